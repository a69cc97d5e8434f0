"""The one reading of the engine's output that the round-by-round rule tables compare against."""
from __future__ import annotations

import datetime as dt

from service.temporal import find_timexes


def values(text: str, dct: dt.date) -> list[tuple[str, str, str, str | None]]:
    """(text, type, value, mod) of every TIMEX3 found in `text` written on `dct`."""
    return [(t.text, t.type, t.value, t.mod) for t in find_timexes(text, dct)]
