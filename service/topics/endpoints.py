from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service.db import SessionDep
from service.topics import repository
from service.topics.schemas import TopicListItem

router = APIRouter(prefix="/v1/topics", tags=["topics"])


@router.get("", response_model=list[TopicListItem], summary="List topics with their event counts")
def list_topics(
    session: SessionDep,
    q: Annotated[str | None, Query(max_length=200, description="Part of a slug or name")] = None,
    kind: Annotated[str | None, Query(pattern="^(theme|place|named_event)$")] = None,
) -> list[TopicListItem]:
    rows = repository.list_with_counts(session, key=q, kind=kind)
    return [TopicListItem(slug=t.slug, name=t.name, kind=t.kind, event_count=n) for t, n in rows]
