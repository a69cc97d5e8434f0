"""to_interval: the inclusive calendar interval a DATE/TIME value denotes."""
from __future__ import annotations

from .dates import parse_value
from .types import Interval


def to_interval(value: str) -> Interval | None:
    """'2022-02-05' -> day, '2022-01' -> month, '2022-W05' -> ISO week, '1997-Q4', '1997-H1', '2012-SU',
    '1998' year, '199' decade, '19' century, '2022-02-05T15:00' -> that day with granularity 'time'.
    None for anything that is not a calendar interval (P3Y, PRESENT_REF, XXXX-WXX-1, ...)."""
    try:
        parsed = parse_value(value) if isinstance(value, str) else None
    except Exception:  # never raise on odd input
        return None
    if parsed is None:
        return None
    return Interval(*parsed)
