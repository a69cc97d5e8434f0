"""One error hierarchy, rendered as RFC 9457 problem details (application/problem+json).

Domain code raises a `ServiceError` subclass; the handlers registered by `install_handlers`
turn it (and FastAPI's validation and routing errors) into a problem document.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "https://event-timeline.dev/problems/"  # identifiers only; not fetched
log = logging.getLogger(__name__)


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field(description="URI identifying the problem type")
    title: str
    status: int
    detail: str
    instance: str = Field(description="The request path")
    errors: list[dict[str, Any]] | None = Field(None, description="Validation errors: loc, msg, type")


def problem_responses_in_openapi(spec: dict[str, Any]) -> dict[str, Any]:
    """Make every 4xx/5xx response in the OpenAPI document a problem+json `Problem`."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    for path in spec.get("paths", {}).values():
        for operation in path.values():
            for code, response in operation.get("responses", {}).items():
                if code[0] in "45":
                    response["content"] = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}
                    if code == "422":
                        response["description"] = "Invalid input"
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return spec


class ServiceError(Exception):
    status: int = 500
    slug: str = "internal-error"
    title: str = "Internal server error"

    def __init__(self, detail: str | None = None, **extra: Any) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.extra = extra


class NotFound(ServiceError):
    status, slug, title = 404, "not-found", "Resource not found"


class Conflict(ServiceError):
    status, slug, title = 409, "conflict", "Conflict with the stored state"


class InvalidInput(ServiceError):
    status, slug, title = 422, "invalid-input", "The request is not valid"


class NotReady(ServiceError):
    status, slug, title = 503, "not-ready", "Service not ready"


def problem(status: int, slug: str, title: str, detail: str, instance: str, **extra: Any) -> JSONResponse:
    body = {"type": PROBLEM_BASE + slug, "title": title, "status": status, "detail": detail, "instance": instance}
    body.update(jsonable_encoder(extra))
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON)


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ServiceError)
    async def _service_error(request: Request, exc: ServiceError) -> JSONResponse:
        return problem(exc.status, exc.slug, exc.title, exc.detail, request.url.path, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors) or "invalid request"
        return problem(422, "validation-error", "Request validation failed", detail, request.url.path, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        slug = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http-error")
        response = problem(exc.status_code, slug, str(exc.detail), str(exc.detail), request.url.path)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return problem(500, "internal-error", "Internal server error", "An unexpected error occurred.", request.url.path)
