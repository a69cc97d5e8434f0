"""SQL access for topics."""
from __future__ import annotations

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from service.extraction.types import TopicRef
from service.models import EventTopic, Topic
from service.text import fold, slugify


def get_or_create(session: Session, ref: TopicRef) -> Topic:
    topic = session.scalar(select(Topic).where(Topic.slug == ref.slug))
    if topic is None:
        topic = Topic(slug=ref.slug[:200], name=ref.name[:200], kind=ref.kind)
        session.add(topic)
        session.flush()
    return topic


def ids_matching(session: Session, query: str) -> list[int]:
    """Topics whose slug or name matches the query ("human rights", "human-rights", "Human Rights")."""
    slug = slugify(query)
    return list(session.scalars(select(Topic.id).where(or_(Topic.slug == slug, func.lower(Topic.name) == fold(query)))))


def list_with_counts(session: Session, *, key: str | None, kind: str | None):
    count = func.count(EventTopic.event_id).label("event_count")
    stmt = select(Topic, count).outerjoin(EventTopic).group_by(Topic.id).order_by(count.desc(), Topic.slug)
    if key:
        stmt = stmt.where(or_(Topic.slug.like(f"%{slugify(key)}%"), func.lower(Topic.name).like(f"%{fold(key)}%")))
    if kind:
        stmt = stmt.where(Topic.kind == kind)
    return list(session.execute(stmt).all())


def delete_unused(session: Session) -> int:
    result = session.execute(delete(Topic).where(Topic.id.not_in(select(EventTopic.topic_id))))
    return result.rowcount or 0
