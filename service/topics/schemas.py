from __future__ import annotations

from pydantic import BaseModel, Field


class TopicOut(BaseModel):
    slug: str = Field(examples=["human-rights"])
    name: str = Field(examples=["Human rights"])


class TopicListItem(TopicOut):
    kind: str = Field(description="theme | place | named_event")
    event_count: int
