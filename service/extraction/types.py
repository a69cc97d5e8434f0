"""Plain data passed from the extraction pipeline to the storage layer.

These dataclasses are the contract between `service.extraction` (which knows nothing
about SQL) and the domain services that persist events. Keep them free of spaCy objects.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened: a TIMEX3 value plus the inclusive interval it denotes."""

    value: str  # TIMEX3 value: "2022-02-05", "2022-01", "2022-W05", "1997-Q4", ...
    start: date  # first day of the interval (inclusive)
    end: date  # last day of the interval (inclusive)
    granularity: str  # day | week | month | quarter | half | season | year | decade | century
    mod: str | None = None  # TIMEX3 modifier: START, MID, END, APPROX, BEFORE, AFTER, ...
    text: str | None = None  # the expression in the article ("late last month"); None if inherited


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor taking part in an event, already resolved to its canonical name within the article."""

    name: str  # canonical name: "Xi Jinping", "United Nations", "China"
    kind: str  # person | organisation | country | place | group
    role: str  # agent | target | participant
    aliases: tuple[str, ...] = ()  # other surface forms seen in the article ("Xi", "UN chief")
    description: str | None = None  # title / description stripped from the name ("Chinese President")


@dataclass(frozen=True, slots=True)
class TopicRef:
    slug: str  # "human-rights"
    name: str  # "Human rights"
    kind: str = "theme"  # theme | place | named_event


@dataclass(slots=True)
class ExtractedEvent:
    type: str  # name from the event vocabulary ("meeting", "denial", ...)
    cameo: str | None  # CAMEO root code ("04") where one fits
    summary: str  # short human-readable line: "Antonio Guterres meeting Xi Jinping"
    sentence: str  # the sentence the event was found in
    span: tuple[int, int]  # evidence span: Python string offsets into the article text
    trigger: str  # the trigger word(s) as written
    status: str = "occurred"  # occurred | planned | possible | claimed | negated
    claim_source: str | None = None  # who claims it ("Campaigners"), when status is claimed
    date: EventDate | None = None
    actors: list[ActorMention] = field(default_factory=list)
    topics: list[TopicRef] = field(default_factory=list)
    sentence_index: int = 0
