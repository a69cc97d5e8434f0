"""Temporal-expression engine: TimeML TIMEX3 recognition and normalization.

    from service.temporal import find_timexes, to_interval, Timex, Interval

find_timexes(text, dct) -> list[Timex]   all expressions, sorted, non-overlapping, normalized to dct
to_interval(value) -> Interval | None    the inclusive calendar interval a DATE/TIME value denotes

Thread-safe: compiled patterns are shared read-only; dateparser instances are per thread.
"""
from .engine import find_timexes
from .intervals import to_interval
from .types import Interval, Timex

__all__ = ["find_timexes", "to_interval", "Timex", "Interval"]
