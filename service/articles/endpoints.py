from __future__ import annotations

from fastapi import APIRouter, Response, status

from service.articles import service
from service.articles.schemas import ArticleIn, ArticleOut
from service.db import SessionDep

router = APIRouter(prefix="/v1/articles", tags=["articles"])


@router.post(
    "",
    response_model=ArticleOut,
    status_code=status.HTTP_201_CREATED,
    summary="Ingest an article and extract its events",
    responses={
        200: {"model": ArticleOut, "description": "The same text was already stored: the stored article"},
        409: {"description": "The URL is already stored with a different text"},
        422: {"description": "Invalid input (RFC 9457 problem details)"},
    },
)
def ingest_article(data: ArticleIn, session: SessionDep, response: Response) -> ArticleOut:
    article, created = service.ingest(session, data)
    if not created:
        response.status_code = status.HTTP_200_OK
    return service.to_out(session, article)


@router.get("/{article_id}", response_model=ArticleOut, summary="One article with its events",
            responses={404: {"description": "No such article"}})
def get_article(article_id: int, session: SessionDep) -> ArticleOut:
    return service.to_out(session, service.get(session, article_id))


@router.delete("/{article_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete an article and its events",
               responses={404: {"description": "No such article"}})
def delete_article(article_id: int, session: SessionDep) -> Response:
    service.delete(session, article_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
