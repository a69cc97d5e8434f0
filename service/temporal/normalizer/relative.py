"""Expressions relative to the DCT: "last week", "today", weekdays, "now"."""
from __future__ import annotations

import datetime as dt
import re

from ..context import WEEKDAY_WORD, infinitive_between, plan_verb_before, sentence_before, unplanned_event_after
from ..dates import fmt, fmt_day, parse_value, shift, shift_value
from .calendar_dates import nth_weekday, pick_year
from .durations import duration_value
from .state import Context, anchor_base, clock_chain_start, tense_for
from .words import GRAIN_OF_UNIT, HABITUAL_ADVERBS, POD, REFS, month_number, norm, weekday_number, year_number

_REL_DELTA = {"this": 0, "current": 0, "the current": 0, "so far this": 0, "the": 0, "the latest": 0,
              "last": -1, "the past": -1, "the previous": -1, "the last": -1, "past": -1, "previous": -1,
              "next": 1, "coming": 1, "the coming": 1, "the next": 1,
              "this past": -1, "this coming": 1}


def _weekend(ctx: Context, delta: int, when: str | None) -> str:
    """`delta` weekends from the one of the DCT's ISO week; on a weekday, "the weekend" in past
    tense is the one just gone, in future tense the coming one, and without a cue the nearer one
    (just gone early in the week: "after this weekend" on a Monday; coming later: "has given prosecutors
    the weekend" on a Thursday)."""
    dct = ctx.dct
    sat = dct + dt.timedelta(days=(5 - dct.weekday()))  # Saturday of the DCT's ISO week
    if delta == 0 and dct.weekday() < 5 and (when == "past" or when is None and dct.weekday() <= 1):
        delta = -1
    return fmt(sat + dt.timedelta(days=7 * delta), "weekend")


_ENDED = re.compile(r"\s+end(?:ed|ing|s)\b", re.I)
_TOLD_REACH = 250  # characters from the date told about to "the month" that means its month


def relunit(m, c, ctx):
    rel, unit = norm(m["rel"]), norm(m["unit"])
    delta = _REL_DELTA.get(rel)
    if delta is None:
        return None
    if unit == "weekend":
        if rel in ("this past", "this coming"):  # the nearer one on that side of the DCT
            return "DATE", _weekend(ctx, 0, "past" if rel == "this past" else "future")
        return "DATE", _weekend(ctx, delta, tense_for(ctx, c))
    if rel == "the" and unit == "year" and _ENDED.match(ctx.text, c.end):
        return "DURATION", "P1Y"  # "(for) the year ended Sept. 30": a twelve-month period
    if rel in ("the past", "past") and unit in ("decade", "century"):
        # "over the past decade" is the ten years up to now, not the 1990s: a duration
        return "DURATION", duration_value(1, unit)
    if rel == "the" and unit == "week" and not c.mod:
        # "For the week, the index fell 3.8%": the week being reported, which TimeBank leaves open ("by the end
        # of the week" is the DCT's week)
        return "DATE", f"{ctx.dct.year:04d}-WXX"
    grain = GRAIN_OF_UNIT[unit]
    if rel in ("the next", "the previous") and unit in ("year", "month", "week") and tense_for(ctx, c) == "past":
        # "the 1978 referendum ... was followed the next year by ...": told in the past, the year after the one
        # just mentioned (as "the following year"), not the one after the DCT
        base, base_grain = anchor_base(ctx, grain)
        if base_grain != "day" or base != fmt_day(ctx.dct):
            return "DATE", shift_value(base, unit, delta, grain)
    if rel == "the" and unit in ("month", "year") and 0 <= c.start - ctx.anchor_end <= _TOLD_REACH and tense_for(
            ctx, c) == "past":
        # "The strike began Oct. 1. By the end of the month, it had spread": told in the past right after a date,
        # the month (year) of that date, not the DCT's
        base, base_grain = anchor_base(ctx, grain)
        told = parse_value(base)
        if told and told[0] < ctx.dct and fmt(told[0], grain) != fmt(ctx.dct, grain):
            return "DATE", fmt(told[0], grain)
    if unit == "week" and delta == -1 and ctx.dct.weekday() == 6:
        delta = 0  # written on a Sunday, "last week" is the (Monday-to-Saturday) week just ending
    d = shift(ctx.dct, unit, delta)
    return ("DATE", fmt(d, grain)) if d else None


def dayref(m, c, ctx):
    word = norm(m["day"])
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2}
    d = ctx.dct + dt.timedelta(days=offsets[word])
    pod = POD.get(norm(m["pod"])) if m["pod"] else ("NI" if word == "tonight" else None)
    if pod:
        return "TIME", f"{fmt_day(d)}T{pod}"
    return "DATE", fmt_day(d)


def weekday_date(wd: int, ctx: Context, rel: str, when: str | None) -> dt.date:
    dct = ctx.dct
    back = (dct.weekday() - wd) % 7  # days back to the most recent such day (0 = today)
    fwd = (wd - dct.weekday()) % 7
    if rel == "last" and back == 1:
        # the day before the DCT is "yesterday": "last Tuesday's quake" written on a Wednesday is the week before
        return dct - dt.timedelta(days=8)
    if rel in ("last", "this past"):
        return dct - dt.timedelta(days=back or 7)
    if rel in ("next", "this coming", "coming"):
        return dct + dt.timedelta(days=fwd or 7)
    if rel in ("the previous", "the following", "that", "the same"):
        base = parse_value(ctx.anchor) if ctx.anchor else None
        anchor = base[0] if base and base[2] in ("day", "time") else dct
        if rel == "the previous":
            return anchor - dt.timedelta(days=((anchor.weekday() - wd) % 7) or 7)
        if rel == "the following":
            return anchor + dt.timedelta(days=((wd - anchor.weekday()) % 7) or 7)
        back = (anchor.weekday() - wd) % 7
        return anchor - dt.timedelta(days=back)
    if rel == "this":
        return dct + dt.timedelta(days=wd - dct.weekday())  # same ISO week
    if when == "future":
        return dct + dt.timedelta(days=fwd)
    return dct - dt.timedelta(days=back)  # news default: the most recent such day, on or before the DCT


_NARRATIVE_REACH = 400  # characters after the day told about

# "by Thursday or Friday", "hearings on Tuesday and Thursday", "Monday to Friday": two weekdays joined like this are
# one stretch of days, the second coming a few days after the first (whatever direction the first was taken in)
_WEEKDAY_BEFORE = re.compile(WEEKDAY_WORD + r"(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)
_PAIR_JOIN = re.compile(r",?\s*(?:-|\u2013|(?:and|or|to|through|until|till)\s+(?:on\s+)?)", re.IGNORECASE)


def _paired_day(ctx: Context, c, wd: int) -> dt.date | None:
    """The day of the second of two joined weekdays: the first such day after the first one."""
    if not ctx.last_day or not _PAIR_JOIN.fullmatch(ctx.text, ctx.last_day_end, c.start):
        return None
    if not _WEEKDAY_BEFORE.search(ctx.text, max(0, ctx.last_day_end - 20), ctx.last_day_end):
        return None
    base = parse_value(ctx.last_day)
    gap = (wd - base[0].weekday()) % 7 if base else 0
    if not 1 <= gap <= 4:
        return None  # "statements made Friday and Thursday": not in order, each day on its own
    second = base[0] + dt.timedelta(days=gap)
    if base[0] < ctx.dct < second:
        return None  # a stretch across the DCT ("attended school on Wednesday to Friday last week"): each on its own
    return second


def _narrative_day(ctx: Context, c, wd: int) -> dt.date | None:
    """A story told about an older day named with its weekday ("On Friday, April 24, ... Saturday at 5 a.m."),
    written more than a week later: a bare weekday soon after is the first such day on or after it, not the one
    before the DCT."""
    if not ctx.last_day or not ctx.last_day_named or not 0 <= c.start - ctx.last_day_end <= _NARRATIVE_REACH:
        return None
    base = parse_value(ctx.last_day)
    if not base or (ctx.dct - base[0]).days <= 7:
        return None
    return base[0] + dt.timedelta(days=(wd - base[0].weekday()) % 7)


def weekday(m, c, ctx):
    wd = weekday_number(m["weekday"])
    if wd is None:
        return None
    # only strong tense cues move a weekday off its default (the most recent such day): weak ones
    # ("to mark ... on Friday") are wrong more often than the default
    rel = norm(m["rel"])
    # "Tuesday's earthquake", "Friday's vote": a day naming an event; past unless a cue in its own clause
    possessive = not m["pod"] and ctx.text.startswith("'s", c.end)
    chain = clock_chain_start(ctx.text, c.start) if not rel else c.start
    if chain < c.start:  # "slated for 3 p.m. local time (2000 GMT) on Thursday": the clock time's tense
        t = ctx.tense(chain, c.end, strong_only=True)
        when = t if t in ("past", "future") else None
    else:
        when = tense_for(ctx, c, strong_only=True, possessive=possessive)
    if possessive and not rel and unplanned_event_after(ctx.text, c.end):
        when = "past"  # "after Thursday's accident the department may hesitate": told only once it happened
    elif not rel and when != "future" and plan_verb_before(ctx.text, c.start):
        when = "future"  # "the leaders meet Monday", "trading resumes on Friday"
    d = weekday_date(wd, ctx, rel, when)
    narrative = _narrative_day(ctx, c, wd) if not rel and when != "future" else None
    if narrative:
        d = narrative
    paired = _paired_day(ctx, c, wd) if not rel else None
    if paired:
        return ("TIME", f"{fmt_day(paired)}T{POD[norm(m['pod'])]}") if m["pod"] else ("DATE", fmt_day(paired))
    if not rel and when != "future" and ctx.last_day and infinitive_between(ctx.text, ctx.last_day_end, c.start):
        # "The two sides agreed Tuesday to resume talks Friday": what the infinitive says comes after that day
        base = parse_value(ctx.last_day)
        if base and d <= base[0]:
            d = base[0] + dt.timedelta(days=((wd - base[0].weekday()) % 7) or 7)
    if m["pod"]:
        return "TIME", f"{fmt_day(d)}T{POD[norm(m['pod'])]}"
    return "DATE", fmt_day(d)


def ref_word(m, c, ctx):
    value = REFS.get(norm(m["word"]))
    return ("DATE", value) if value else None


# The lexicon's habitual adverbs without its frequency words ("often held on the last Friday of the month" stays
# this month's day) and with "regularly" (which seasons do not count): the words this test has always used.
_HABITUAL_WORDS = [w for w in HABITUAL_ADVERBS if w not in ("often", "commonly", "tend", "tends")] + ["regularly"]
_HABITUAL = re.compile(r"\b(?:" + "|".join(_HABITUAL_WORDS) + r")\b", re.I)

_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}


def ordinal_weekday(m, c, ctx):
    """"the first Monday in October" (a day), "the last Tuesday of each month" (a SET, as "monthly"), "normally
    reported on the last Tuesday of the month" (habitual: a SET), "on the last Friday of the month" (this month's)."""
    wd, n = weekday_number(m["weekday"]), _NTH[norm(m["ord"])]
    if wd is None:
        return None
    if m["every"]:
        every = norm(m["every"])
        if every != "the month" or _HABITUAL.search(sentence_before(ctx.text, c.start)):
            return "SET", "P1M"
        return "DATE", fmt_day(nth_weekday(ctx.dct.year, ctx.dct.month, wd, n))
    mon = month_number(m["month"])
    year = year_number(m["year"], ctx.dct) if m["year"] else None
    if mon is None:
        return None
    if year is None:
        options = [nth_weekday(y, mon, wd, n) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        return "DATE", fmt_day(pick_year(options, ctx.dct, tense_for(ctx, c)))
    return "DATE", fmt_day(nth_weekday(year, mon, wd, n))
