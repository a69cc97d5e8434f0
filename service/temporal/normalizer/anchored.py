"""Anchored expressions: "three years ago", "a year earlier", "the next day", "later in the day"."""
from __future__ import annotations

import datetime as dt
import re

from ..context import sentence_before
from ..dates import fmt, fmt_day, parse_value, shift_value
from ..patterns import PATTERNS
from ..resources import LEX
from .durations import duration_value
from .state import LONGER_PERIOD, PERIOD_END, anchor_base, grain_of, tense_for
from .words import GRAIN_OF_UNIT, POD, norm, number, unit_key, weekday_number

# "more than"/"less than" right before "a week ago": a bound on the day, not a duration.
_BOUND_BEFORE = re.compile(r"\b(?:(more|longer|less|fewer)\s+than|(well\s+over))\s+$", re.IGNORECASE)
_COMPARED = re.compile(r"(?:\d[\d,.]*%?|\b(?:percent|per\s+cent|much|far|many|times|points|million|billion"
                       r"|thousand|hundred|dozen|no|any|even|still|somewhat|slightly|little|bit))\s+$", re.IGNORECASE)
_ANCHOR_NEAR = 300  # an anchor farther back than this may not be the one "three years later" counts from
_LATER_AS_DURATION = frozenset({"second", "minute", "hour", "day", "night"})


def ago(m, c, ctx):
    unit = unit_key(m["unit"])
    direction = norm(m["dir"] or m["dir2"] or m.groupdict().get("dir3"))
    sign = -1 if direction in ("ago", "earlier", "before", "back", "previously") else 1
    n = number(m["num"])
    if m.groupdict().get("half") and n is not None:
        n += 0.5  # "a minute and a half later"; "a year and a half ago" is eighteen months back (below)
    if direction == "later" and unit in _LATER_AS_DURATION:
        # "three days later", "an hour later": TimeML tags the amount of time, not the day it lands on
        value = duration_value(n, unit)
        if value:
            c.end = m.end("half") if m.groupdict().get("half") else m.end("unit")
            return "DURATION", value
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    today = m.groupdict().get("today")
    step = {"year": "year", "month": "month", "week": "week", "day": "day", "night": "day"}.get(unit)
    grain = norm(m.groupdict().get("this")) or "day"
    if today and (grain == "month" and step not in ("year", "month") or grain == "week" and step not in ("year", "week")):
        c.end = m.start("today")  # "three days ago this week": the days are counted from the DCT
    elif today:  # "a year ago today": that very day; "25 years ago this month": that month
        base = fmt(ctx.dct, grain) if grain != "day" else fmt_day(ctx.dct)
        return ("DATE", shift_value(base, step, sign * int(n), grain)) if step and n == int(n) else None
    if re.search(r"\bor\s+so\b", m.group(0), re.I):
        c.mod = c.mod or "APPROX"  # "a week or so ago"
    bound = _BOUND_BEFORE.search(ctx.text, max(0, c.start - 20), c.start) if not c.mod else None
    if bound and _COMPARED.search(ctx.text, max(0, bound.start() - 30), bound.start()):
        bound = None  # "5,000 more than a week ago", "10% less than a year ago": a comparison, not a bound
    if bound:
        # TimeML: "more than a week ago" is BEFORE that day, "less than a week ago" AFTER it ("later": reversed)
        more = bool(bound.group(2)) or bound.group(1).lower() in ("more", "longer")
        c.mod = "BEFORE" if more == (sign < 0) else "AFTER"
        c.start = bound.start()
    if n != int(n) and unit == "year":
        unit, n = "month", n * 12
    grain = GRAIN_OF_UNIT.get(unit, "day")
    if unit in ("week", "fortnight"):
        grain = "day"  # "two weeks ago" is a day (TimeML practice), "last week" is a week
    if unit in ("second", "minute", "hour"):
        # "5 hrs ago", "55 mins ago": the day of the text (not more than two days back)
        limit = {"hour": 48, "minute": 48 * 60, "second": 48 * 3600}[unit]
        return None if n > limit else ("DATE", fmt_day(ctx.dct))
    if n != int(n):
        return None
    n = int(n)
    shift_unit = {"fortnight": "week", "centurie": "century", "night": "day"}.get(unit, unit)
    if unit == "fortnight":
        n *= 2
    # only "a year ago/earlier" compares a reported quarter with the same one a year back; "12 years ago" is a year
    quarter = ctx.recent_quarter(c.start) if unit == "year" and n == 1 else None
    sentence = sentence_before(ctx.text, c.start) if unit in ("year", "month") else ""
    if unit == "year" and LONGER_PERIOD.search(sentence):
        # "For the nine months, net was $5 million, up from $4 million a year earlier": the year's, not a quarter's
        if (direction not in ("ago", "back") and grain_of(ctx.anchor) == "day"
                and ctx.anchor_end > c.start - len(sentence) and PERIOD_END.search(sentence)):
            # "For the six months ended Aug. 12, ... a year earlier": the same day, a year before
            return "DATE", shift_value(ctx.anchor, "year", sign * n, "day")
        base = quarter or (ctx.anchor if direction not in ("ago", "back") and grain_of(ctx.anchor) else None)
        return "DATE", shift_value(base or fmt_day(ctx.dct), "year", sign * n, "year")
    if quarter:  # "net rose in the third quarter ... from $4 million a year ago/earlier": last year's Q3
        return "DATE", shift_value(quarter, "year", sign * n)
    if direction in ("ago", "back", "from now", "hence"):
        base, base_grain = fmt_day(ctx.dct), grain
    elif (unit in ("year", "month") and ctx.anchor_end < c.start - len(sentence)
          and ctx.tense(c.start, c.end, strong_only=True) == "present"):
        # "Many exporters have seen demand halve from a year earlier" (the last year told about is in an older
        # sentence): a present-tense comparison is with now, as "a year ago"
        base, base_grain = fmt_day(ctx.dct), grain
    else:
        # "earlier/later": relative to the last date mentioned; at its granularity when it was a
        # day mentioned just before ("on Aug. 12 ... a year earlier"), else at the unit's
        base, base_grain = anchor_base(ctx, grain)
        just_mentioned = base == ctx.anchor and base_grain == "day" and c.start - ctx.anchor_end < 200
        if base_grain not in ("quarter", "half") and not just_mentioned:
            base_grain = grain
    # "a decade ago" is about a year, not "the 1980s"
    value = shift_value(base, shift_unit, sign * n, "year" if unit in ("decade", "century", "centurie") else base_grain)
    far = base == ctx.anchor and c.start - ctx.anchor_end > _ANCHOR_NEAR
    parsed = parse_value(value) if value and far and sign > 0 and direction not in ("from now", "hence") else None
    if parsed and parsed[0] > ctx.dct and tense_for(ctx, c) == "past":
        # "He graduated three years later" (after enrolling, told without a date; the last date told about is
        # paragraphs back): a past event cannot lie after the DCT, so the anchor is unknown
        return "DATE", re.sub(r"\d", "X", fmt(parsed[0], grain if grain in ("year", "month", "day") else "year"))
    return "DATE", value


def the_day(m, c, ctx):
    """"later in the day", "earlier that day": the day last told about (if recent), else the DCT's day; "earlier in
    the week", "later in the month": the week or month of the date told about (if recent and as fine), else the
    DCT's."""
    unit = norm(m["unit"])
    if unit == "day":
        return "DATE", ctx.day_told(c.start, 400) or fmt_day(ctx.dct)
    if ctx.anchor is not None and 0 <= c.start - ctx.anchor_end <= 400:
        return "DATE", shift_value(anchor_base(ctx, unit)[0], unit, 0, unit)
    shift = 0
    if unit == "week":  # on a Monday the week's earlier days are last week's; at the weekend later ones next week's
        earlier = norm(m["skip"]).startswith("earl")
        shift = -1 if earlier and ctx.dct.weekday() == 0 else 1 if not earlier and ctx.dct.weekday() >= 5 else 0
    return "DATE", shift_value(fmt_day(ctx.dct), unit, shift, unit)


def anchored(m, c, ctx):
    rel = norm(m["rel"]) if m["rel"] else ("that" if m["that"] else norm(m["dir"]))
    unit = norm(m["unit"] or m["unit2"] or m["unit3"])
    delta = {"next": 1, "following": 1, "subsequent": 1, "after": 1, "previous": -1, "preceding": -1,
             "prior": -1, "before": -1, "same": 0, "that": 0}.get(rel)
    if delta is None:
        return None
    grain = GRAIN_OF_UNIT.get(unit, unit)
    if unit == "quarter" and ctx.last_quarter:
        return "DATE", shift_value(ctx.last_quarter, "quarter", delta)
    base, _ = anchor_base(ctx, grain)
    if (unit == "day" and base == fmt_day(ctx.dct) and ctx.last_day and grain_of(ctx.anchor) != "day"
            and 0 <= c.start - ctx.last_day_end <= 1000):
        # "introduced his plan yesterday ... by the end of the year ... came on the same day": the day told about
        base = ctx.last_day
    return "DATE", shift_value(base, "week" if unit == "weekend" else unit, delta, grain)


# after the day: it names an event, the real anchor ("the day after Tuesday's vote", "the day after Sept. 11 attacks")
_EVENT_NAMED_BY_DAY = re.compile(
    r"'s\b|\s+(?:" + "|".join(sorted(set(LEX["shift_blocking_nouns"].split() + LEX["unplanned_events"].split()),
                                     key=len, reverse=True)) + r")\b", re.IGNORECASE)


def shifted_day(text: str, start: int, end: int, value: str) -> tuple[int, str, str] | None:
    """"the day after Labor Day", "the night before Christmas", "the week after Christmas", "the Friday after
    Thanksgiving": (start, type, value) of the whole expression when a shift (resources/rules.py `@shift`) ends right
    before the day told at [start, end) with this value; None when there is none or the value is no day."""
    parsed = parse_value(value)
    if not parsed or parsed[2] not in ("day", "time") or _EVENT_NAMED_BY_DAY.match(text, end):
        return None
    left = text[max(0, start - 40):start]
    m = next((m for m in (p.search(left) for p in PATTERNS.shifts) if m), None)
    if m is None:
        return None
    day, unit, sign = parsed[0], norm(m["unit"]), 1 if norm(m["dir"]) == "after" else -1
    begin = start - len(left) + m.start()
    if unit == "day":
        return begin, "DATE", fmt_day(day + dt.timedelta(days=sign))
    if unit == "week":
        return begin, "DATE", fmt(day + dt.timedelta(days=7 * sign), "week")
    if unit in POD:
        return begin, "TIME", f"{fmt_day(day + dt.timedelta(days=sign))}T{POD[unit]}"
    wd = weekday_number(unit)
    if wd is None:
        return None
    gap = ((wd - day.weekday()) % 7 or 7) if sign > 0 else -((day.weekday() - wd) % 7 or 7)
    return begin, "DATE", fmt_day(day + dt.timedelta(days=gap))
