"""Ingesting and deleting articles.

Identity: an article is its text (whitespace-normalised SHA-256). Re-sending the same text
returns the stored article, whatever the URL; a known URL with a different text is a
conflict (409) — the stored version is kept; delete it first to replace it.
"""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from service import extraction
from service.actors import repository as actors_repository
from service.articles import repository
from service.articles.schemas import ArticleIn, ArticleOut
from service.errors import Conflict, NotFound
from service.events import repository as events_repository
from service.events import service as events_service
from service.events.repository import EventFilter
from service.models import Article, utcnow
from service.text import content_hash
from service.topics import repository as topics_repository


def publication_time(data: ArticleIn) -> tuple[datetime, str]:
    if data.published_at is None:
        return utcnow(), "ingested"
    given = data.published_at
    return (given if given.tzinfo else given.replace(tzinfo=UTC)), "given"


def ingest(session: Session, data: ArticleIn, extracted: extraction.Extraction | None = None) -> tuple[Article, bool]:
    """Store the article and its events; returns (article, created).

    `extracted` lets batch loaders run the extraction elsewhere (e.g. in worker processes).
    """
    digest = content_hash(data.text)
    existing = repository.by_hash(session, digest)
    if existing is not None:
        return existing, False
    if data.url and repository.by_url(session, data.url) is not None:
        raise Conflict(f"an article with url {data.url} is already stored with a different text", url=data.url)

    published_at, published_source = publication_time(data)
    if extracted is None:
        extracted = extraction.extract(data.text, published_at, title=data.title)
    article = Article(
        url=data.url, content_hash=digest, title=data.title, source=data.source, language=data.language,
        text=data.text, published_at=published_at, published_at_source=published_source,
    )
    try:
        session.add(article)
        session.flush()
        events_service.record_all(session, article, extracted.events)
        session.commit()
    except IntegrityError:
        # A concurrent request stored the same article first: answer with that one.
        session.rollback()
        existing = repository.by_hash(session, digest)
        if existing is None:
            raise
        return existing, False
    return article, True


def to_out(session: Session, article: Article) -> ArticleOut:
    events = events_repository.timeline(session, EventFilter(article_id=article.id), limit=10_000)
    return ArticleOut(
        id=article.id, url=article.url, title=article.title, source=article.source, language=article.language,
        published_at=article.published_at, published_at_source=article.published_at_source,
        ingested_at=article.ingested_at, text=article.text,
        events=[events_service.to_out(event, article_id=article.id) for event in events],
    )


def get(session: Session, article_id: int) -> Article:
    article = repository.get(session, article_id)
    if article is None:
        raise NotFound(f"article {article_id} does not exist")
    return article


def delete(session: Session, article_id: int) -> None:
    """Delete the article, the events only it reported, and actors/topics left unused."""
    session.delete(get(session, article_id))
    session.flush()
    events_repository.delete_unmentioned(session)
    actors_repository.delete_unused(session)
    topics_repository.delete_unused(session)
    session.commit()
