from __future__ import annotations

from pydantic import BaseModel, Field

from service.events.schemas import EventDateOut, SpanOut
from service.topics.schemas import TopicOut


class TimexOut(BaseModel):
    start: int = Field(description="Python string offset into the submitted text")
    end: int
    text: str
    type: str = Field(description="DATE | TIME | DURATION | SET")
    value: str = Field(description="TIMEX3 value", examples=["2022-02-05", "2022-01", "P3Y", "PRESENT_REF"])
    mod: str | None = Field(None, description="TIMEX3 modifier: START, MID, END, APPROX…")


class AnalyzedActor(BaseModel):
    name: str
    kind: str
    role: str
    description: str | None = None
    aliases: list[str]


class AnalyzedEvent(BaseModel):
    type: str
    cameo: str | None
    summary: str
    sentence: str
    span: SpanOut
    trigger: str
    status: str
    claim_source: str | None
    date: EventDateOut | None
    actors: list[AnalyzedActor]
    topics: list[TopicOut]


class AnalysisOut(BaseModel):
    timexes: list[TimexOut]
    events: list[AnalyzedEvent]


class EventTypeOut(BaseModel):
    name: str = Field(examples=["meeting"])
    cameo: str | None = Field(None, description="CAMEO root code where one fits", examples=["04"])
    definition: str
    triggers: list[str]
    examples: list[str]
