"""Clock times and parts of day: "10 p.m.", "Friday at noon", "(2000 GMT)", "the morning", "overnight"."""
from __future__ import annotations

import datetime as dt
import re

from ..context import sentence_before
from ..dates import fmt_day, shift_value
from .calendar_dates import occurrences, pick_year
from .relative import weekday_date
from .state import WEEKDAY_AFTER_CLOCK, clock_chain_start, tense_for
from .words import POD, month_number, norm, number, weekday_number, year_number

# a market report's session: "in the morning" in a sentence about trading is that day's session (as "in afternoon
# trading"), the DCT's when no other day was told about
_TRADING = re.compile(r"\b(?:trading|traded|trade|shares|stocks|index|Dow|Nasdaq|FTSE|Nikkei)\b")


def pod(m, c, ctx):
    if m["pod2"]:
        # "depressed by overnight losses in New York" (after a day was told about): the night before it
        day = ctx.day_told(c.start, 300)
        if day:
            return "TIME", f"{shift_value(day, 'day', -1, 'day')}TNI"
        return "TIME", f"{fmt_day(ctx.dct)}TNI"
    rel, p = norm(m["rel"]), POD[norm(m["pod"])]
    if m.groupdict().get("session") is not None:
        # "in afternoon trading": the session of the day told about just before, else of the DCT
        return "TIME", f"{ctx.day_told(c.start) or fmt_day(ctx.dct)}T{p}"
    if m.groupdict().get("the"):
        # "(in) the morning": the day being told about, if one was mentioned shortly before
        day = ctx.day_told(c.start)
        if day:
            return "TIME", f"{day}T{p}"
        if _TRADING.search(sentence_before(ctx.text, c.start)):
            return "TIME", f"{fmt_day(ctx.dct)}T{p}"  # "shares gyrated in New York trading, ... in the morning"
        return None
    if rel in ("that", "the same", "the next", "the following", "the previous"):
        # relative to the day last mentioned ("On Aug. 7 ... the next morning"), else to the DCT
        base = ctx.day_told() or fmt_day(ctx.dct)
        delta = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
        return "TIME", f"{shift_value(base, 'day', delta, 'day')}T{p}"
    offset = {"this": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last": -1}.get(rel, 0)
    if rel == "last" and p != "NI":
        offset = -1
    return "TIME", f"{fmt_day(ctx.dct + dt.timedelta(days=offset))}T{p}"


_CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>[ap](?:\.?m\b|\.?m\.))?", re.I)
_MILITARY = re.compile(r"([01]\d|2[0-3])([0-5]\d)\b")
_CLOCK_POD = re.compile(r"\b(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b")


def clock_value(s: str) -> str | None:
    s = norm(s)
    if s.startswith("noon") or s.startswith("midday"):
        return "12:00"
    if s.startswith("midnight"):
        return "24:00"
    military = _MILITARY.match(s)
    if military:  # "2000 BST" after a day
        return f"{military.group(1)}:{military.group(2)}"
    word = re.match(r"([a-z]+)\b(?:\s+o'clock)?", s)  # "five o'clock", "nine in the evening"
    if word:
        n = number(word.group(1))
        if not n or n > 12:
            return None
        h, mi = int(n), 0
    else:
        m = _CLOCK.match(s)
        if not m:
            return None
        h, mi = int(m["h"]), int(m["mi"] or 0)
        if m["ampm"]:
            if h > 12:
                return None
            h = h % 12 + (12 if m["ampm"][0].lower() == "p" else 0)
            return f"{h:02d}:{mi:02d}"
    pod = _CLOCK_POD.search(s)
    if pod and h <= 12:
        # "5 o'clock in the afternoon" is 17:00, "9 in the evening" 21:00, "10 at night" 22:00 (but "2 at night"
        # stays 02:00), "12 in the morning" is midnight
        part = pod.group(1) or pod.group(2)
        if part in ("afternoon", "evening") and h < 12 or part == "night" and 6 <= h < 12:
            h += 12
        elif part == "morning" and h == 12:
            h = 0
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def _day_of(m, c, ctx) -> dt.date | None:
    if m.groupdict().get("dayref"):
        # "at 8.30 pm tonight", "at 11 p.m. last night", "at 10 am this morning": the day is the text's (or next to it)
        ref = norm(m["dayref"])
        return ctx.dct + dt.timedelta(days={"yesterday": -1, "last night": -1, "tomorrow": 1}.get(ref, 0))
    g = m.groupdict()
    month_name = g.get("month") or g.get("month2") or g.get("month3") or g.get("month4")
    day = g.get("day") or g.get("day2") or g.get("day3") or g.get("day4")
    year = year_number(g.get("year") or g.get("year3") or g.get("year4"), ctx.dct)
    if month_name and day:
        mon, dd = month_number(month_name), int(re.match(r"\d+", day).group())
        if year and mon:
            return dt.date(year, mon, dd)
        options = occurrences(mon, dd, ctx.dct) if mon else []
        return pick_year(options, ctx.dct, tense_for(ctx, c)) if options else None
    if m.groupdict().get("weekday"):
        return weekday_date(weekday_number(m["weekday"]), ctx, "", tense_for(ctx, c, strong_only=True))
    return None


def time_day(m, c, ctx):
    t, d = clock_value(m["clock"]), _day_of(m, c, ctx)
    if not t or not d:
        return None
    return "TIME", f"{fmt_day(d)}T{t}"




def _weekday_after(c, ctx) -> dt.date | None:
    """The day of "3 p.m. local time (2000 GMT) on Thursday", "2200 GMT, Friday": the weekday right after the clock
    time, in the tense of the whole chain ("slated for 3 p.m. ... on Thursday" is ahead)."""
    w = WEEKDAY_AFTER_CLOCK.match(ctx.text, c.end)
    if not w:
        return None
    start = clock_chain_start(ctx.text, c.start)
    when = ctx.tense(start, w.end(), strong_only=True)
    return weekday_date(weekday_number(w["weekday"]), ctx, "", when if when in ("past", "future") else None)


def _live_blog_stamp(c, ctx) -> bool:
    """A clock time opening a line and followed by a colon ("3.17 pm: So it has come to this ..."): a live blog's
    entry, on the day of the text, not on the day the previous entry talked about."""
    return (c.start == 0 or ctx.text[c.start - 1] == "\n") and ctx.text.startswith(":", c.end)


def clock(m, c, ctx):
    t = clock_value(m["clock"])
    if not t:
        return None
    day = _weekday_after(c, ctx)
    if day:
        return "TIME", f"{fmt_day(day)}T{t}"
    if _live_blog_stamp(c, ctx):
        return "TIME", f"{fmt_day(ctx.dct)}T{t}"
    # "On Friday ... at 10 p.m.": a bare clock time belongs to the day just told about, else to the DCT's
    return "TIME", f"{ctx.day_told(c.start) or fmt_day(ctx.dct)}T{t}"


def clock_rel_day(m, c, ctx):
    """"11:45 the next morning", "at 6 that evening": a clock time on a day relative to the day told about."""
    pod = norm(m["pod"])
    t = clock_value(m["clock"] + ("" if pod == "day" else " at night" if pod == "night" else f" in the {pod}"))
    if not t:
        return None
    base = ctx.day_told() or fmt_day(ctx.dct)
    delta = {"the next": 1, "the following": 1, "the previous": -1}.get(norm(m["rel"]), 0)
    return "TIME", f"{shift_value(base, 'day', delta, 'day')}T{t}"


def military_time(m, c, ctx):
    """"(2000 GMT)", "1430 hours EST": a 24-hour clock with a time zone, on the day of the text; in parentheses
    right after a time told with its day ("at 6 a.m. Monday (0400 GMT)"), the same moment in another zone: on
    that day (as annotators write it, without moving over midnight)."""
    day = _weekday_after(c, ctx) or _paren_zone_day(c, ctx) or ctx.dct
    return "TIME", f"{fmt_day(day)}T{m['h']}:{m['mi']}"


def _paren_zone_day(c, ctx) -> dt.date | None:
    if not ctx.last_day or ctx.text[ctx.last_day_end:c.start].strip() != "(":
        return None
    return dt.date.fromisoformat(ctx.last_day)
