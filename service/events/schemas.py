from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from service.topics.schemas import TopicOut


class SpanOut(BaseModel):
    start: int = Field(description="Offset of the first character (Python string index into the article text)")
    end: int = Field(description="Offset just past the last character")


class EventDateOut(BaseModel):
    value: str = Field(description="TIMEX3 value; for a period ('from 2003 to 2007', 'since April') the value of "
                                   "its start", examples=["2022-02-05", "2022-01"])
    start: date = Field(description="First day of the interval the value denotes (inclusive); for a deadline "
                                    "('by August'), the publication day")
    end: date = Field(description="Last day of the interval (inclusive); for a period, its last day ('since X': "
                                  "the publication day)")
    granularity: str = Field(examples=["day", "month", "quarter", "year"])
    mod: str | None = Field(None, description="TIMEX3 modifier: START, MID, END, APPROX, BEFORE, AFTER, "
                                              "ON_OR_AFTER ('since April'), ON_OR_BEFORE (a planned act's "
                                              "deadline: 'to withdraw by early next year')…")
    text: str | None = Field(None, description="The expression in the article; null when inherited from context")


class EventActorOut(BaseModel):
    id: int
    name: str
    role: str = Field(description="agent | target | participant")


class MentionOut(BaseModel):
    article_id: int
    sentence: str
    span: SpanOut


class EventOut(BaseModel):
    id: int
    article_id: int = Field(description="The article this mention comes from (the first report, unless listed per article)")
    type: str = Field(examples=["meeting"])
    cameo: str | None = Field(None, description="CAMEO root code", examples=["04"])
    summary: str
    sentence: str
    span: SpanOut
    status: str = Field(description="occurred | planned | possible | claimed | negated")
    claim_source: str | None = Field(None, description="Who claims it, when status is `claimed`")
    date: EventDateOut | None = Field(description="null when the text does not date the event")
    reported_at: datetime = Field(description="Publication time of the first article reporting the event")
    actors: list[EventActorOut]
    topics: list[TopicOut]
    mention_count: int = Field(description="How many article passages report this event")
    mentions: list[MentionOut]


class EventPage(BaseModel):
    items: list[EventOut]
    next_cursor: str | None = Field(None, description="Pass as `cursor` to get the next page; null on the last")


class TimelineDate(BaseModel):
    date: date
    score: float = Field(
        description="Importance: 1 per article dating an event to this day, plus a smaller vote (see the summary "
        "endpoint) per reporting article published on this day or the day after"
    )
    event_count: int = Field(description="Events dated to this day")
    events: list[EventOut] = Field(
        description="Up to 5 events placed on this day, most reported first: those dated to it, then undated "
        "ones first reported that day"
    )
