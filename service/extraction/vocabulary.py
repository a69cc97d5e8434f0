"""The event vocabulary and the topic taxonomy, as public read-only lists."""
from __future__ import annotations

from dataclasses import dataclass, field

from .resources import get_resources
from .types import TopicRef


@dataclass(frozen=True)
class EventType:
    name: str
    cameo: str | None
    definition: str
    triggers: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)


def event_vocabulary() -> list[EventType]:
    res = get_resources()
    return [EventType(s.name, s.cameo, s.definition, list(s.raw_triggers), list(s.examples))
            for s in res.types.values()]


def topic_taxonomy() -> list[TopicRef]:
    return [TopicRef(t["slug"], t["name"], "theme") for t in get_resources().themes]
