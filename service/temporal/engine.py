"""find_timexes: recognize, attach modifiers, normalize in document order (anchors flow forward)."""
from __future__ import annotations

import datetime as dt
import logging
import re

from .dates import fmt, parse_value
from .normalizer import Context, normalize
from .normalizer.anchored import shifted_day
from .normalizer.periods import compared_in_year
from .recognizer import attach_modifiers, candidates, fold
from .resources import LEX
from .types import Timex

log = logging.getLogger(__name__)

# Normalizers whose output is relative to an earlier mention must not become the next anchor,
# or chains of "a year earlier" would drift.
_NOT_ANCHORS = {"anchored", "ago", "year_ago_adj", "quarter_rel", "year_period"}


# "After a flat second quarter, ...", "compared with the second quarter": an earlier quarter told as background or
# for comparison, not the new reporting period
_BACKGROUND_QUARTER = re.compile(r"\b(?:after|following|unlike|than|compared\s+with|compared\s+to|versus|vs\.)\s+"
                                 r"(?:(?:a|an|the|its|their)\s+)?$", re.IGNORECASE)


# "has lost 44bn since 20 April", "the largest decline since October 2006": the start of a stretch running up to the
# time told about, not the new time of the story; later "the previous day", a bare clock time keep the old anchor
# (a year stays one: "the first white mayor since 1979, the year his father left office")
_SINCE_GRAINS = ("month", "week", "weekend", "day", "time")
_SINCE_BEFORE = re.compile(r"\b(?:ever\s+)?since\s+(?:early\s+|late\s+|mid-?|the\s+)?$", re.IGNORECASE)


def _as_datetime(dct) -> dt.datetime:
    if isinstance(dct, dt.datetime):
        return dct.replace(tzinfo=None)
    if isinstance(dct, dt.date):
        return dt.datetime(dct.year, dct.month, dct.day)
    raise TypeError("dct must be a date or datetime")


def find_timexes(text: str, dct: dt.date | dt.datetime) -> list[Timex]:
    """All temporal expressions in text, sorted by start, non-overlapping, normalized against the
    document creation time dct (the publication time)."""
    if not isinstance(text, str) or not text:
        return []
    dct_time = _as_datetime(dct)
    try:
        return _find(text, dct_time)
    except Exception:  # never raise on any input: log and return what is safe (nothing)
        log.exception("temporal engine failed on a %d-character text", len(text))
        return []


def _find(original: str, dct_time: dt.datetime) -> list[Timex]:
    text = fold(original)  # same length: spans below index both
    cands = candidates(text)
    attach_modifiers(text, cands, lambda c: c.rule.type)
    ctx = Context(text=text, dct=dct_time.date(), dct_time=dct_time)
    out: list[Timex] = []
    for c in cands:
        try:
            result = normalize(c, ctx)
        except Exception:  # one odd expression (dates near year 1/9999...) must not cost the others
            log.debug("normalizer %s failed on %r", c.rule.normalizer, text[c.start:c.end], exc_info=True)
            result = None
        if result is None:
            continue
        typ, value = result
        start, end = c.start, c.end
        moved = shifted_day(text, start, end, value) if typ in ("DATE", "TIME") and c.mod is None else None
        if moved and not (out and out[-1].start < moved[0] < out[-1].end):
            # "the day after Labor Day": one expression; a "the week"/"Monday" inside the shift is part of it
            start, typ, value = moved
            while out and out[-1].start >= start:
                out.pop()
        if not 0 <= start < end <= len(text):
            continue
        out.append(Timex(start, end, original[start:end], typ, value, c.mod))
        if typ in ("DATE", "TIME") and c.rule.normalizer not in _NOT_ANCHORS:
            parsed = parse_value(value)
            if parsed and not (parsed[2] in _SINCE_GRAINS and _SINCE_BEFORE.search(text, max(0, start - 20), start)):
                ctx.anchor, ctx.anchor_end = value, end
                if parsed[2] in ("day", "time"):
                    ctx.last_day, ctx.last_day_end = value[:10], end
                    ctx.last_day_named = c.rule.normalizer in ("month_day", "time_day", "day_time") and bool(
                        c.match.groupdict().get("weekday"))
                if parsed[2] == "quarter" and (parsed[1] < ctx.dct or not ctx.last_quarter) and not (
                        ctx.last_quarter and _BACKGROUND_QUARTER.search(text, max(0, start - 30), start)):
                    ctx.last_quarter, ctx.last_quarter_end = value, end
        elif typ == "DATE" and c.rule.normalizer == "quarter_rel" and value[:1].isdigit() and not compared_in_year(
                c, text):
            # "the quarter", "the latest quarter": the reporting period is still the topic
            if not ctx.last_quarter:
                ctx.last_quarter = value
            if ctx.last_quarter == value:
                ctx.last_quarter_end = end
    return _appositive(_period_of_next(out, text), text, original)


_PERIOD_OF = {"the week": "week", "the month": "month"}
_PERIOD_LINKS = (" of ", " ended ", " ending ")


def _period_of_next(out: list[Timex], text: str) -> list[Timex]:
    """"the week of March 16", "the month of February", "the week ended Friday": the period holding the date
    told right after "of"/"ended" (not the reported week or the DCT's month)."""
    for i in range(len(out) - 1):
        grain = _PERIOD_OF.get(out[i].text.lower())
        nxt = out[i + 1]
        if grain is None or out[i].mod or text[out[i].end:nxt.start].lower() not in _PERIOD_LINKS:
            continue
        parsed = parse_value(nxt.value) if nxt.type == "DATE" else None
        if parsed and (parsed[2] == "day" or (grain == "month" and parsed[2] == "month")):
            out[i] = Timex(out[i].start, out[i].end, out[i].text, "DATE", fmt(parsed[0], grain), None)
    return out


# "Eight trading days after Oct. 12, the day before the stock market plunge", "since 2005, the year of Hurricane
# Katrina": "the day/month/year" in apposition to the date right before it names that date (TimeBank tags "the day"
# with its value); "Black Friday, the day after Thanksgiving" is one shifted expression and stays as it is
_APPOSITIVE = re.compile(r",\s+(the\s+(day|month|year))(?=\s+(?:" + "|".join(LEX["appositive_links"].split())
                         + r")\b)", re.IGNORECASE)
_APPOSITIVE_GRAINS = {"day": ("day", "time"), "month": ("month", "day", "time"),
                      "year": ("year", "quarter", "half", "season", "month", "week", "day", "time")}


def _appositive(out: list[Timex], text: str, original: str) -> list[Timex]:
    i = 0
    while i < len(out):
        prev = out[i]
        m = _APPOSITIVE.match(text, prev.end) if prev.type in ("DATE", "TIME") and not prev.mod else None
        parsed = parse_value(prev.value) if m else None
        unit = m.group(2).lower() if m else ""
        if parsed and parsed[2] in _APPOSITIVE_GRAINS[unit]:
            start, end = m.span(1)
            nxt = out[i + 1] if i + 1 < len(out) else None
            app = Timex(start, end, original[start:end], "DATE", fmt(parsed[0], unit), None)
            if nxt is not None and nxt.start == start and nxt.end == end:
                out[i + 1] = app
            elif nxt is None or nxt.start >= end:
                out.insert(i + 1, app)
        i += 1
    return out
