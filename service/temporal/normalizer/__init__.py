"""Normalization: a recognized match -> TIMEX3 (type, value).

This module only dispatches: each rule names its normalizer (resources/rules.py) and the functions live
in one module per rule family:

    calendar_dates  ISO/numeric dates, "March 5", "May 1998", months, years, decades, centuries, holidays
    periods         quarters, halves, seasons, year-end, the comparison periods of earnings reports
    relative        relative to the DCT: "last week", "today", weekdays, "now"
    anchored        relative to an earlier mention: "a year earlier", "the next day", "three days ago"
    clock           clock times and parts of the day
    durations       durations, race times
    sets            recurring times
    state           per-document state (`Context`) and look-behind helpers shared by the families
    words           lexicon tables and number/year/month/weekday word parsing

Calendar arithmetic is plain datetime/dateutil (exact); dateparser handles numeric dates, where
its locale-aware parsing is the right tool. Its known pitfalls on free text ("Saturday" a week off
with PREFER_DATES_FROM=past, "late last month", "the fourth quarter", "a month" read as a date,
"we" read as Wednesday) are why recognition and relative reasoning are done here instead.
"""
from __future__ import annotations

from . import anchored, calendar_dates, clock, durations, periods, relative, sets
from .state import Context


def block(m, c, ctx):
    """Blockers (rules of type NONE) win their overlap and produce nothing."""
    return None


# Rule normalizer name -> function. Listed explicitly so that a helper can never be picked by a rule.
NORMALIZERS = {fn.__name__: fn for fn in (
    calendar_dates.iso_date, calendar_dates.numeric_date, calendar_dates.month_day, calendar_dates.month_year,
    calendar_dates.month, calendar_dates.year, calendar_dates.year_range, calendar_dates.decade,
    calendar_dates.century_s, calendar_dates.century, calendar_dates.holiday,
    periods.quarter, periods.quarter_rel, periods.quarter_abbr, periods.half, periods.season,
    periods.year_ago_adj, periods.year_period, periods.year_end,
    relative.relunit, relative.dayref, relative.weekday, relative.ordinal_weekday, relative.ref_word,
    anchored.ago, anchored.the_day, anchored.anchored,
    clock.pod, clock.time_day, clock.clock, clock.clock_rel_day, clock.military_time,
    durations.duration, durations.duration_bare, durations.duration_first, durations.duration_fraction, durations.race_time,
    sets.set_adverb, sets.set_every, sets.set_weekday,
    block,
)}
NORMALIZERS["day_time"] = clock.time_day  # "Friday at noon": same as "at noon Friday"

__all__ = ["Context", "NORMALIZERS", "normalize"]


def normalize(c, ctx: Context) -> tuple[str, str] | None:
    """(type, value) for a candidate, or None to drop it."""
    spec = c.rule.normalizer
    if spec.startswith("const:"):
        return c.rule.type, spec[6:]
    fn = NORMALIZERS.get(spec)
    if fn is None:
        raise KeyError(f"rule {c.rule.name}: unknown normalizer {spec}")
    result = fn(c.match, c, ctx)
    if result is None or result[1] is None:
        return None
    return result
