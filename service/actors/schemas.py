from __future__ import annotations

from pydantic import BaseModel, Field


class ActorOut(BaseModel):
    id: int
    name: str = Field(examples=["Xi Jinping"])
    kind: str = Field(description="person | organisation | country (a sovereign state) | place (city, region, state) | group")
    description: str | None = Field(None, examples=["Chinese President"])
    aliases: list[str] = Field(examples=[["Xi", "Chinese President Xi Jinping"]])
    event_count: int


class ActorPage(BaseModel):
    items: list[ActorOut]
    next_cursor: str | None = Field(None, description="Pass as `cursor` to get the next page; null on the last")
