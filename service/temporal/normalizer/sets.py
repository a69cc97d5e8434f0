"""Sets (recurring times): "daily", "every Monday", "each summer", "every other week"."""
from __future__ import annotations

from .durations import duration_value
from .words import MONTHS, POD, SEASON_CODE, SET_ADVERBS, month_number, norm, number, weekday_number


def set_adverb(m, c, ctx):
    value = SET_ADVERBS.get(norm(m["word"]))
    return ("SET", value) if value else None


def set_every(m, c, ctx):
    unit = norm(m["unit"])
    num = norm(m.groupdict().get("num"))
    wd = weekday_number(unit) if unit in _WEEKDAY_NAMES else None
    if wd is not None:
        return "SET", f"XXXX-WXX-{wd + 1}"
    mon = month_number(unit) if len(unit) >= 3 and unit[:3] in MONTHS and unit not in ("mar", "may") else None
    if unit == "may" or (mon is not None and len(unit) > 3):
        return "SET", f"XXXX-{month_number(unit):02d}"
    if unit in SEASON_CODE:
        return "SET", f"XXXX-{SEASON_CODE[unit]}"
    if unit in POD:
        return "SET", f"XXXX-XX-XXT{POD[unit]}"
    if unit == "season":
        return "SET", "P3M"
    if unit == "weekend":
        return "SET", "XXXX-WXX-WE"
    n = 2 if num == "other" else (number(num) if num else 1)
    value = duration_value(n, unit)
    return ("SET", value) if value else None


_WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def set_weekday(m, c, ctx):
    wd = weekday_number(m["weekday"])
    return ("SET", f"XXXX-WXX-{wd + 1}") if wd is not None else None
