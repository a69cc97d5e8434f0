"""SQL access for articles."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.models import Article


def get(session: Session, article_id: int) -> Article | None:
    return session.get(Article, article_id)


def by_hash(session: Session, digest: str) -> Article | None:
    return session.scalar(select(Article).where(Article.content_hash == digest))


def by_url(session: Session, url: str) -> Article | None:
    return session.scalar(select(Article).where(Article.url == url))
