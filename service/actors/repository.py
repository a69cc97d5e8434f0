"""SQL access for actors and their aliases."""
from __future__ import annotations

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, selectinload

from service.models import Actor, ActorAlias, EventActor


def by_key(session: Session, key: str) -> Actor | None:
    return session.scalar(select(Actor).where(Actor.key == key))


def by_alias_key(session: Session, key: str, kind: str | None = None) -> list[Actor]:
    """Actors having this alias, the most used first (ties: the oldest)."""
    uses = select(func.count()).where(EventActor.actor_id == Actor.id).scalar_subquery()
    stmt = select(Actor).join(ActorAlias).where(ActorAlias.key == key)
    if kind:
        stmt = stmt.where(Actor.kind == kind)
    return list(session.scalars(stmt.order_by(uses.desc(), Actor.id)).unique())


def ids_matching(session: Session, key: str) -> list[int]:
    """Ids of actors whose name or alias has this key; if none, those whose key contains it."""
    exact = select(Actor.id).where(Actor.key == key).union(select(ActorAlias.actor_id).where(ActorAlias.key == key))
    ids = list(session.scalars(exact))
    if ids:
        return ids
    pattern = f"%{key}%"
    partial = select(Actor.id).where(Actor.key.like(pattern)).union(
        select(ActorAlias.actor_id).where(ActorAlias.key.like(pattern))
    )
    return list(session.scalars(partial))


def get(session: Session, actor_id: int) -> Actor | None:
    return session.get(Actor, actor_id, options=[selectinload(Actor.aliases)])


def search(session: Session, *, key: str | None, kind: str | None, limit: int, after_id: int | None):
    """Actors with their event counts, ordered by id (keyset pagination)."""
    count = func.count(func.distinct(EventActor.event_id)).label("event_count")
    stmt = (
        select(Actor, count)
        .outerjoin(EventActor, EventActor.actor_id == Actor.id)
        .group_by(Actor.id)
        .order_by(Actor.id)
        .options(selectinload(Actor.aliases))
        .limit(limit)
    )
    if key:
        aliased = select(ActorAlias.actor_id).where(ActorAlias.key.like(f"%{key}%"))
        stmt = stmt.where(or_(Actor.key.like(f"%{key}%"), Actor.id.in_(aliased)))
    if kind:
        stmt = stmt.where(Actor.kind == kind)
    if after_id is not None:
        stmt = stmt.where(Actor.id > after_id)
    return list(session.execute(stmt).all())


def event_count(session: Session, actor_id: int) -> int:
    stmt = select(func.count(func.distinct(EventActor.event_id))).where(EventActor.actor_id == actor_id)
    return session.scalar(stmt) or 0


def delete_unused(session: Session) -> int:
    """Remove actors that no event refers to any more."""
    used = select(EventActor.actor_id)
    result = session.execute(delete(Actor).where(Actor.id.not_in(used)))
    return result.rowcount or 0
