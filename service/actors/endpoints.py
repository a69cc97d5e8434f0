from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service import pagination
from service.actors import repository
from service.actors.schemas import ActorOut, ActorPage
from service.config import get_settings
from service.db import SessionDep
from service.errors import InvalidInput, NotFound
from service.models import Actor
from service.text import fold

router = APIRouter(prefix="/v1/actors", tags=["actors"])
_settings = get_settings()


def to_out(actor: Actor, event_count: int) -> ActorOut:
    aliases = [a.alias for a in actor.aliases if a.key != actor.key]
    return ActorOut(
        id=actor.id, name=actor.name, kind=actor.kind, description=actor.description,
        aliases=aliases, event_count=event_count,
    )


@router.get("", response_model=ActorPage, summary="Search actors by name or alias")
def list_actors(
    session: SessionDep,
    q: Annotated[str | None, Query(max_length=300, description="Part of a name or alias, case-insensitive")] = None,
    kind: Annotated[str | None, Query(pattern="^(person|organisation|country|place|group)$",
                                       description="country = a sovereign state; place = a city, region or state")] = None,
    limit: Annotated[int, Query(ge=1, le=_settings.max_page_size)] = _settings.page_size,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> ActorPage:
    after_id = pagination.decode(cursor, 1)[0] if cursor else None
    if after_id is not None and not isinstance(after_id, int):
        raise InvalidInput("cursor is not valid; pass the next_cursor of a previous page")
    rows = repository.search(session, key=fold(q) if q else None, kind=kind, limit=limit + 1, after_id=after_id)
    items = [to_out(actor, count) for actor, count in rows[:limit]]
    next_cursor = pagination.encode([items[-1].id]) if len(rows) > limit else None
    return ActorPage(items=items, next_cursor=next_cursor)


@router.get("/{actor_id}", response_model=ActorOut, summary="One actor with its aliases")
def get_actor(actor_id: int, session: SessionDep) -> ActorOut:
    actor = repository.get(session, actor_id)
    if actor is None:
        raise NotFound(f"actor {actor_id} does not exist")
    return to_out(actor, repository.event_count(session, actor_id))
