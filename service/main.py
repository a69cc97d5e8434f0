"""The FastAPI application: routers, error handling, OpenAPI metadata."""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute

from service.actors.endpoints import router as actors_router
from service.analysis.endpoints import router as analysis_router
from service.articles.endpoints import router as articles_router
from service.errors import install_handlers, problem_responses_in_openapi
from service.events.endpoints import router as events_router
from service.health.endpoints import router as health_router
from service.topics.endpoints import router as topics_router

DESCRIPTION = """
Reads news articles and turns them into dated events — who did what to whom, and when —
so that anyone can ask for the timeline of an actor or a topic.

Dates are normalized against the article's publication time (TIMEX3 values with granularity
and modifier). Errors are RFC 9457 `application/problem+json` documents.
"""


def operation_id(route: APIRoute) -> str:
    # Short, stable operation ids ("list_events") make generated clients readable.
    return route.name


def create_app() -> FastAPI:
    app = FastAPI(
        title="Event timeline service",
        version="1.0.0",
        description=DESCRIPTION,
        generate_unique_id_function=operation_id,
    )
    install_handlers(app)
    for router in (articles_router, analysis_router, events_router, actors_router, topics_router, health_router):
        app.include_router(router)

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = problem_responses_in_openapi(FastAPI.openapi(app))
        return app.openapi_schema

    app.openapi = openapi

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/docs")

    return app


app = create_app()
