from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from service import pagination
from service.actors import repository as actors_repository
from service.config import get_settings
from service.db import SessionDep
from service.errors import InvalidInput, NotFound
from service.events import repository, service
from service.events.repository import EventFilter
from service.events.schemas import EventOut, EventPage, TimelineDate
from service.text import fold
from service.topics import repository as topics_repository

router = APIRouter(prefix="/v1", tags=["events"])
_settings = get_settings()
Status = Literal["occurred", "planned", "possible", "claimed", "negated"]


ActorQ = Annotated[str | None, Query(max_length=300, description="Actor id, or canonical name or alias (case-insensitive)")]
TopicQ = Annotated[str | None, Query(max_length=200, description="Topic slug or name, e.g. `human-rights` or `human rights`")]
TypeQ = Annotated[list[str] | None, Query(alias="type", description="Event type(s); repeat for several")]
StatusQ = Annotated[list[Status] | None, Query(alias="status", description="What the text says of the event; repeat for several")]
SourceQ = Annotated[str | None, Query(max_length=200, description="Source of a reporting article (case-insensitive)")]
FromQ = Annotated[date | None, Query(alias="from", description="Events whose date interval ends on or after this day")]
ToQ = Annotated[date | None, Query(alias="to", description="Events whose date interval starts on or before this day")]
TextQ = Annotated[str | None, Query(max_length=300, description="Free text in the summary or sentence")]


def timeline_filter(
    session: SessionDep,
    actor: ActorQ = None,
    topic: TopicQ = None,
    types: TypeQ = None,
    statuses: StatusQ = None,
    source: SourceQ = None,
    date_from: FromQ = None,
    date_to: ToQ = None,
    q: TextQ = None,
) -> EventFilter:
    """The filters shared by the timeline and its summary; names and aliases resolved to ids."""
    if date_from and date_to and date_from > date_to:
        raise InvalidInput("`from` must not be after `to`")
    actor_ids = None
    if actor is not None:
        actor_ids = [int(actor)] if actor.isdigit() else actors_repository.ids_matching(session, fold(actor))
    topic_ids = topics_repository.ids_matching(session, topic) if topic is not None else None
    return EventFilter(
        actor_ids=actor_ids, topic_ids=topic_ids, types=types, statuses=statuses, source=source,
        date_from=date_from, date_to=date_to, text=q,
    )


FilterDep = Annotated[EventFilter, Depends(timeline_filter)]


@router.get(
    "/events",
    response_model=EventPage,
    summary="The timeline: events in chronological order",
    description="Events ordered by date, then id. An event's place is the first day of its date interval "
    "(`date.start`); an **undated event is placed on the day it was first reported** (`reported_at`), "
    "so it keeps a stable place. Keyset pagination: pass `next_cursor` back as `cursor`.",
    responses={422: {"description": "Invalid filter or cursor"}},
)
def list_events(
    session: SessionDep,
    f: FilterDep,
    limit: Annotated[int, Query(ge=1, le=_settings.max_page_size)] = _settings.page_size,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> EventPage:
    after = None
    if cursor:
        day, last_id = pagination.decode(cursor, 2)
        try:
            after = (date.fromisoformat(day), int(last_id))
        except (TypeError, ValueError) as exc:
            raise InvalidInput("cursor is not valid; pass the next_cursor of a previous page") from exc
    events = repository.timeline(session, f, limit=limit + 1, after=after)
    page = events[:limit]
    next_cursor = None
    if len(events) > limit:
        next_cursor = pagination.encode([page[-1].sort_date.isoformat(), page[-1].id])
    return EventPage(items=[service.to_out(e) for e in page], next_cursor=next_cursor)


@router.get(
    "/timeline/summary",
    response_model=list[TimelineDate],
    summary="The most important dates",
    description="The `limit` most important days, in chronological order, each with its most reported events. "
    "A day scores 1 for each article that dates one of the selected events to it, plus "
    f"{repository.PUBLICATION_VOTE} for each article "
    "reporting selected events that was published on it or the day after. Same filters as `/v1/events`.",
)
def timeline_summary(
    session: SessionDep,
    f: FilterDep,
    limit: Annotated[int, Query(ge=1, le=_settings.max_page_size)] = 10,
) -> list[TimelineDate]:
    days = sorted(repository.top_days(session, f, limit=limit))
    result = []
    for day, score, count in days:
        events = repository.timeline(session, replace(f, date_from=day, date_to=day), limit=200)
        events = [e for e in events if e.sort_date == day]
        events.sort(key=lambda e: (e.date_start != day, -len(e.mentions), e.id))
        result.append(TimelineDate(date=day, score=score, event_count=count, events=[service.to_out(e) for e in events[:5]]))
    return result


@router.get("/events/{event_id}", response_model=EventOut, summary="One event with all its mentions",
            responses={404: {"description": "No such event"}})
def get_event(event_id: int, session: SessionDep) -> EventOut:
    event = repository.get(session, event_id)
    if event is None:
        raise NotFound(f"event {event_id} does not exist")
    return service.to_out(event)
