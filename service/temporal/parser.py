"""dateparser, one parser per (thread, reference time); used only on well-formed pieces.

dateparser is slow and has known pitfalls on free text (see normalizer/__init__.py), so the engine hands it
only strings it has already recognized, and caches results per (expression, reference time).
DateDataParser takes its settings (RELATIVE_BASE) per instance, hence a small per-thread dict.
"""
from __future__ import annotations

import datetime as dt
import functools
import threading

_local = threading.local()
_MAX_PARSERS_PER_THREAD = 32


def _parser_for(reference: dt.datetime):
    cache = getattr(_local, "parsers", None)
    if cache is None:
        cache = _local.parsers = {}
    parser = cache.get(reference)
    if parser is None:
        from dateparser.date import DateDataParser

        if len(cache) >= _MAX_PARSERS_PER_THREAD:
            cache.clear()
        parser = cache[reference] = DateDataParser(
            languages=["en"],
            settings={"RELATIVE_BASE": reference, "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "MDY",
                      "RETURN_AS_TIMEZONE_AWARE": False})
    return parser


@functools.lru_cache(maxsize=4096)
def parse(expression: str, reference: dt.datetime) -> tuple[dt.datetime, str] | None:
    """(datetime, period) for a well-formed expression relative to `reference`, or None."""
    try:
        data = _parser_for(reference).get_date_data(expression)
    except Exception:  # dateparser raises on some odd strings; the engine must not
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.replace(tzinfo=None), data.period or "day"
