"""The engine's public value types."""
from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """One TIMEX3: Python string offsets into the text (text == original[start:end])."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Interval:
    """Inclusive calendar interval a DATE/TIME value denotes."""

    start: datetime.date
    end: datetime.date
    granularity: str  # day | time | week | weekend | month | quarter | half | season | year | decade | century
