"""Normalization: a recognized match -> TIMEX3 (type, value).

One small function per rule family, looked up by the rule's normalizer name (resources/rules.py).
Calendar arithmetic is plain datetime/dateutil (exact); dateparser handles numeric dates, where
its locale-aware parsing is the right tool. Its known pitfalls on free text ("Saturday" a week off
with PREFER_DATES_FROM=past, "late last month", "the fourth quarter", "a month" read as a date,
"we" read as Wednesday) are why recognition and relative reasoning are done here instead.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from . import parser as dp
from .context import plan_verb_before, sentence_cuts, tense
from .dates import GRAIN_RANK, SEASONS, fmt, fmt_day, parse_value, shift, shift_value

LEX = json.loads((Path(__file__).parent / "resources" / "lexicon.json").read_text(encoding="utf-8"))
NUMBERS: dict = LEX["numbers"]
ORDINALS: dict = LEX["ordinals"]
UNITS: dict = LEX["units"]
VAGUE_UNITS: dict = LEX["vague_units"]
GRAIN_OF_UNIT: dict = LEX["grain_of_unit"]
REFS: dict = LEX["refs"]
SET_ADVERBS: dict = LEX["set_adverbs"]
POD: dict = LEX["pod"]
SEASON_CODE: dict = LEX["seasons"]
HOLIDAYS: dict = LEX["holidays"]

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
WEEKDAYS = {w: i for i, w in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])}
_WS = re.compile(r"[\s-]+")


@dataclass(slots=True)
class Context:
    """Per-document state: the DCT and what was mentioned last (for anchored expressions)."""

    text: str
    dct: dt.date
    dct_time: dt.datetime
    anchor: str | None = None  # last explicit/relative date value (not itself anchored)
    anchor_end: int = -1
    last_quarter: str | None = None  # the reporting period of financial news
    last_quarter_end: int = -1

    def recent_quarter(self, pos: int, reach: int = 400) -> str | None:
        """The last quarter mentioned, if it was mentioned shortly before pos (same topic)."""
        return self.last_quarter if self.last_quarter and pos - self.last_quarter_end <= reach else None

    def tense(self, start: int, end: int, strong_only: bool = False, possessive: bool = False) -> str | None:
        return tense(self.text, start, end, strong_only, possessive)


# ---------------------------------------------------------------------------------- helpers


def _norm(s: str | None) -> str:
    return _WS.sub(" ", s.strip().lower()) if s else ""


def month_number(s: str) -> int | None:
    return MONTHS.get(_norm(s)[:3])


def weekday_number(s: str) -> int | None:
    return WEEKDAYS.get(_norm(s)[:3])


def number(s: str | None) -> float | None:
    """'twenty-four' -> 24, '1,000' -> 1000, '2 1/2' -> 2.5, 'a' -> 1; None for vague quantities."""
    s = _norm(s)
    if not s:
        return None
    if s in NUMBERS:
        return NUMBERS[s]
    if s.endswith(" 1/2"):
        base = number(s[:-4])
        return None if base is None else base + 0.5
    digits = s.replace(",", "")
    try:
        return float(digits) if "." in digits else int(digits)
    except ValueError:
        pass
    total, current = 0, 0
    for word in s.replace(" and ", " ").split():
        n = NUMBERS.get(word)
        if n is None:
            return None
        if n in (100, 1000):
            current = max(current, 1) * n
            if n == 1000:
                total, current = total + current, 0
        else:
            current += n
    return total + current or None


def year_number(s: str | None, dct: dt.date) -> int | None:
    """'1998', "'98" (windowed around the DCT), 'nineteen ninety-seven', 'two thousand and one'."""
    s = _norm(s)
    if not s:
        return None
    if s.startswith("'"):
        yy = int(s[1:3])
        century = dct.year // 100 * 100
        y = century + yy
        return y - 100 if y > dct.year + 10 else y
    if s.isdigit():
        return int(s)
    words = s.split()
    if words[0] == "nineteen":
        rest = " ".join(words[1:])
        if rest == "hundred":
            return 1900
        n = number(rest)
        return 1900 + int(n) if n is not None and n < 100 else None
    n = number(s)
    return int(n) if n and 1000 <= n < 3000 else None


def _unit_key(unit: str) -> str:
    u = _norm(unit)
    if u.endswith("ies"):
        return u[:-3] + "ie" if u[:-3] + "ie" in UNITS else u[:-3] + "y"
    return u[:-1] if u.endswith("s") and u[:-1] in UNITS else u


def _pick_year(candidates: list[dt.date], dct: dt.date, when: str | None, future_cost: float = 2.0) -> dt.date:
    """Choose among occurrences of a yearless date. The tense picks the latest occurrence on/before the
    DCT (past) or the earliest on/after it (future), but only within about ten months: tense cues are
    noisy ("extended to Nov. 16", "planned for early March") and news rarely means a date a year away.
    Otherwise the closest occurrence; a future one must be twice as close (news mostly reports the past)."""
    if when == "past":
        past = [d for d in candidates if d <= dct and (dct - d).days <= _PAST_REACH_DAYS]
        if past:
            return max(past)
    elif when == "future":
        fut = [d for d in candidates if d >= dct and (d - dct).days <= _FUTURE_REACH_DAYS]
        if fut:
            return min(fut)
    return min(candidates, key=lambda d: (abs((d - dct).days) * (future_cost if d > dct else 1.0), d > dct))


_MONTH_FUTURE_COST = 4.0  # a bare month name without tense cues is more often the last one than the next
_PAST_REACH_DAYS = 320  # "closed in March" (DCT January) is last March...
_FUTURE_REACH_DAYS = 300  # ...but "will close on Aug. 7" (DCT Aug. 18) is a slip, not next year


def _occurrences(month: int, day: int, dct: dt.date) -> list[dt.date]:
    out = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            out.append(dt.date(y, month, day))
        except ValueError:
            pass
    return out


def _tense_for(ctx: Context, c, strong_only: bool = False, possessive: bool = False) -> str | None:
    t = ctx.tense(c.start, c.end, strong_only, possessive)
    return t if t in ("past", "future") else None


def _grain(value: str | None) -> str | None:
    parsed = parse_value(value) if value else None
    return parsed[2] if parsed else None


# ---------------------------------------------------------------------------------- dates


def iso_date(m, c, ctx):
    try:
        d = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    if m["hour"]:
        return "TIME", f"{fmt_day(d)}T{m['hour']}:{m['minute']}"
    return "DATE", fmt_day(d)


def numeric_date(m, c, ctx):
    parsed = dp.parse(m.group(0), ctx.dct_time)
    if not parsed:
        return None
    return "DATE", fmt_day(parsed[0].date())


_RANGE_YEAR = re.compile(r"\s*(?:and|or|to|through|&|-)\s*(?:[A-Z][a-z]{2,8}\.?\s*)?"
                         r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?,?\s+"
                         r"((?:1[5-9]|20)[0-9]{2})(?!\d)", re.I)


def month_day(m, c, ctx):
    if m.groupdict().get("tail"):
        c.end = m.end("day")  # "May 5-6": the first day; its year may follow the range
    month, day = month_number(m["month"]), int(re.match(r"\d+", m["day"]).group())
    if month is None:
        return None
    year = year_number(m["year"], ctx.dct)
    if year is None:  # "April 24 and 25, 1999": the year after the range is the first day's too
        shared = _RANGE_YEAR.match(ctx.text, c.end)
        year = int(shared.group(1)) if shared else None
    if year is not None:
        try:
            return "DATE", fmt_day(dt.date(year, month, day))
        except ValueError:
            return None
    options = _occurrences(month, day, ctx.dct)
    if not options:
        return None
    rel = _norm(m["rel"])
    if rel == "last" and any(o < ctx.dct for o in options):
        return "DATE", fmt_day(max(o for o in options if o < ctx.dct))
    if rel == "next" and any(o > ctx.dct for o in options):
        return "DATE", fmt_day(min(o for o in options if o > ctx.dct))
    if m["weekday"]:
        wd = weekday_number(m["weekday"])
        matching = [d for d in options if d.weekday() == wd]
        if matching:
            options = matching
    when = _tense_for(ctx, c)
    if when is None and plan_verb_before(ctx.text, c.start):
        when = "future"  # "the conference opens March 3"
    return "DATE", fmt_day(_pick_year(options, ctx.dct, when))


def month_year(m, c, ctx):
    month = month_number(m["month"])
    if m["year"]:
        year = year_number(m["year"], ctx.dct)
    else:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[_norm(m["rel"])]
    if month is None or year is None:
        return None
    return "DATE", f"{year:04d}-{month:02d}"


def month(m, c, ctx):
    name = m["month"]
    rel = _norm(m["rel"])
    # "May" alone is usually the modal verb: only a preposition, "last"/"next" or a modifier make it a month.
    if name.lower() == "may" and not (m["skip"] or rel or c.mod):
        return None
    mon = month_number(name)
    if mon is None:
        return None
    options = [dt.date(y, mon, 1) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    this_month = ctx.dct.replace(day=1)
    if rel in ("last", "this past", "the previous"):
        d = max(o for o in options if o < this_month)
    elif rel in ("next", "this coming", "the following"):
        d = min(o for o in options if o > this_month)
    elif rel == "this":
        d = dt.date(ctx.dct.year, mon, 1)
    else:
        when = _tense_for(ctx, c)
        if when is None and (plan_verb_before(ctx.text, c.start) or _norm(m["skip"]) == "through"):
            when = "future"  # "the summit opens in March", "loans through January"
        d = _pick_year(options, this_month, when, _MONTH_FUTURE_COST)
    return "DATE", fmt(d, "month")


_QUANTITY_BEFORE = re.compile(r"\b(?:about|some|nearly|almost|than|least|most|approximately|roughly"
                              r"|estimated|only|just|another|additional|extra|all|those|these)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?:more\s+|other\s+|new\s+|[a-z]+\s+)?[a-z]{3,}s\b")


def _range_end(first: int, end: str) -> int | None:
    """The second year of "1998-99" / "1998-2000", or None when the digits cannot end a range of years."""
    if len(end) == 4:
        last = int(end)
        return last if 0 < last - first <= 100 else None
    last = first - first % 100 + int(end)
    last += 100 if last <= first else 0  # "1999-00"
    return last if last - first <= 10 else None


def year(m, c, ctx):
    if m["year"].startswith("'") and c.mod is None and not m.groupdict().get("skip"):
        return None
    y = year_number(m["year"], ctx.dct)
    if y is None:
        return None
    if (m["year"][0].isdigit() and _QUANTITY_BEFORE.search(ctx.text[max(0, m.start() - 16):m.start()])
            and _NOUN_AFTER.match(ctx.text, c.end)):
        return None  # "more than 1500 protesters": a count, not a year
    return "DATE", f"{y:04d}"


def year_range(m, c, ctx):
    """Either end of "1998-99" (the span says which); nothing when the digits are no range ("1990-12")."""
    last = _range_end(int(m["first"]), m["end"])
    if last is None:
        return None
    return "DATE", (m["first"] if m.groupdict().get("after") else f"{last:04d}")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
_DECADE_BLOCK = re.compile(r"(?:his|her|their|its|my|your|our|low|mid|upper|high|the\s+low|the\s+high|the\s+mid)"
                           r"[\s-]*$", re.I)


def decade(m, c, ctx):
    if m["cent"]:
        return "DATE", f"{m['cent']}{m['dec']}"
    d = m["dec"] or m["dec2"]
    digit = int(d) if d is not None else _DECADE_WORDS.get(_norm(m["word"]))
    if digit is None:
        return None
    if m["dec"] is not None and not m.group(0).lower().startswith("the"):
        return None  # "90s" without "the" or an apostrophe: temperatures, ages, speeds
    if _DECADE_BLOCK.search(ctx.text[max(0, c.start - 12):c.start]):
        return None
    century = ctx.dct.year // 100
    if digit * 10 > ctx.dct.year % 100:
        century -= 1
    return "DATE", f"{century:02d}{digit}"


def century_s(m, c, ctx):
    return "DATE", m["cent"]


def century(m, c, ctx):
    o = _norm(m["ord"])
    n = ORDINALS.get(o)
    if n is None:
        digits = re.match(r"\d+", o)
        n = int(digits.group()) if digits else None
    if not n:
        return None
    return "DATE", f"{n - 1:02d}"


def _rel_year(s: str | None, dct: dt.date) -> int | None:
    s = _norm(s)
    if not s:
        return None
    for word, delta in (("this", 0), ("last", -1), ("next", 1), ("the", 0)):
        if s.startswith(word):
            return dct.year + delta
    return None


def _quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def quarter(m, c, ctx):
    q = ORDINALS.get(_norm(m["ord"]).replace("1st", "first").replace("2nd", "second").replace(
        "3rd", "third").replace("4th", "fourth"))
    if not q or q > 4:
        return None
    y = (int(m["year"]) if m["year"] else int(m["year2"]) if m["year2"] else
         _rel_year(m["relyear"], ctx.dct) or _rel_year(m["relyear2"], ctx.dct))
    if y is None and m["yago"]:
        y = ctx.dct.year - 1
    if y is None:
        y = ctx.dct.year
        if q > _quarter_of(ctx.dct) and _tense_for(ctx, c) != "future":
            y -= 1  # a quarter later than the current one is last year's, unless we talk about plans
    return "DATE", f"{y:04d}-Q{q}"


def quarter_rel(m, c, ctx):
    det, adj = _norm(m["det"]), _norm(m["adj"])
    if det == "a":
        return None
    current = fmt(ctx.dct, "quarter")
    if m.groupdict().get("yq"):  # "last year's quarter": the reported quarter, a year off
        last = ctx.last_quarter
        reported = last if last and parse_value(last)[0] <= ctx.dct else shift_value(current, "quarter", -1)
        return "DATE", shift_value(reported, "year", {"this": 0, "last": -1, "next": 1}[_norm(m["yq"])])
    previous = shift_value(current, "quarter", -1)
    # financial news: "the quarter" is the one being reported: the last one mentioned, if it is over
    last = ctx.last_quarter
    reported = last if last and parse_value(last)[0] <= parse_value(previous)[0] else previous
    if not adj and det in ("the", "that", "its") and last:
        reported = last
    if adj in ("current", "coming") or (det == "this" and not adj):
        return "DATE", current
    if det == "next" or adj == "following":
        return "DATE", shift_value(current, "quarter", 1)
    if det == "last" and not adj:
        return "DATE", previous
    if "year" in adj or adj in ("comparable", "corresponding"):
        return "DATE", shift_value(reported, "year", -1)
    if adj in ("previous", "prior", "preceding"):
        return "DATE", shift_value(reported, "quarter", -1)
    return "DATE", reported


def quarter_abbr(m, c, ctx):
    """"Q3 2012", "3Q", "H1": reporting periods; without a year, the most recent such period."""
    code = m["q"] or m["h"]
    n = int(code.strip("QH"))
    letter = "Q" if m["q"] else "H"
    y = year_number("'" + m["year"][-2:], ctx.dct) if m["year"] and len(m["year"].strip("'")) == 2 else (
        int(m["year"]) if m["year"] else None)
    if y is None:
        cur = _quarter_of(ctx.dct) if letter == "Q" else (1 if ctx.dct.month <= 6 else 2)
        y = ctx.dct.year - (1 if n > cur and _tense_for(ctx, c) != "future" else 0)
    return "DATE", f"{y:04d}-{letter}{n}"


def half(m, c, ctx):
    h = ORDINALS.get(_norm(m["ord"]).replace("1st", "first").replace("2nd", "second"))
    if h not in (1, 2):
        return None
    y = int(m["year"]) if m["year"] else int(m["year2"]) if m["year2"] else _rel_year(m["rel"], ctx.dct)
    if y is None:
        y = ctx.dct.year
        if h == 2 and ctx.dct.month <= 6 and _tense_for(ctx, c) != "future":
            y -= 1
    return "DATE", f"{y:04d}-H{h}"


_SEASON_NAME_HEADS = frozenset(LEX["season_name_heads"].split())
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"'`(\[]|\n)\s*$")


def _season_in_name(m, ctx) -> bool:
    """The season word is part of a proper name: followed by a capitalized event or place noun ("the Winter
    Olympics", "the summer Games", "the Spring Festival", "the Summer Palace"), or itself capitalized inside a
    sentence ("the Prague Spring", "in Fall River")."""
    text, start, end = ctx.text, m.start("season"), m.end("season")
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1) in _SEASON_NAME_HEADS:
        return True
    word = text[start:end]
    if word[0].isupper() and word[1:].islower() and not m["year"]:
        # ...but a sentence may start with it, also after capitalized words of the match ("Last Winter, ...")
        lead = text[m.start():start].split()
        first = m.start() if all(w[0].isupper() for w in lead) else start
        return not _SENTENCE_START.search(text, max(0, first - 4), first)
    return False


def season(m, c, ctx):
    name = _norm(m["season"])
    code = SEASON_CODE[name]
    if _season_in_name(m, ctx):
        return None  # "the Winter Olympics", "the Summer Palace": a name, not a time
    rel = _norm(m["rel"])
    if m["year"]:
        y = year_number(m["year"], ctx.dct)
        return ("DATE", f"{y:04d}-{code}") if y else None
    if not (rel or m["skip"] or c.mod):
        return None  # "fall" the verb; "summer camp", "Winter Olympics": not a time
    if name == "fall" and not (rel or c.mod):
        return None  # "prices will fall"
    if name == "fall" and re.match(r"\s+of\b", ctx.text[c.end:c.end + 4]):
        return None  # "the fall of the Berlin Wall"
    first = SEASONS[code]
    # occurrences: (year label, start, end)
    occ = []
    for y in (ctx.dct.year - 2, ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        start = dt.date(y, first, 1)
        end = shift(start, "month", 3) - dt.timedelta(days=1)
        occ.append((y, start, end))
    dct = ctx.dct
    if rel == "this past":  # the most recent one that is over: "this past spring" in October is this year's
        y = max((o[0] for o in occ if o[2] < dct), default=dct.year - 1)
    elif rel in ("last", "the past"):
        y = dct.year - 1 if code != "WI" or dct.month != 12 else dct.year  # "last spring" in October: 1988
    elif rel in ("next", "this coming", "the coming"):
        y = min(o[0] for o in occ if o[1] > dct)
    elif rel == "this":
        y = next((o[0] for o in occ if o[1] <= dct <= o[2]), dct.year)
    else:
        when = _tense_for(ctx, c)
        if when == "past":
            y = max(o[0] for o in occ if o[1] <= dct)
        elif when == "future":
            y = min(o[0] for o in occ if o[2] >= dct)
        else:
            y = dct.year
    return "DATE", f"{y:04d}-{code}"


_REL_DELTA = {"this": 0, "current": 0, "the current": 0, "so far this": 0, "the": 0, "the latest": 0,
              "last": -1, "the past": -1, "the previous": -1, "the last": -1, "past": -1, "previous": -1,
              "next": 1, "coming": 1, "the coming": 1, "the next": 1}


def _weekend(ctx: Context, delta: int, when: str | None) -> str:
    """`delta` weekends from the one of the DCT's ISO week; on a weekday, "the weekend" in past
    tense is the one just gone, otherwise the coming one."""
    dct = ctx.dct
    sat = dct + dt.timedelta(days=(5 - dct.weekday()))  # Saturday of the DCT's ISO week
    if delta == 0 and dct.weekday() < 5 and when == "past":
        delta = -1
    return fmt(sat + dt.timedelta(days=7 * delta), "weekend")


_ENDED = re.compile(r"\s+end(?:ed|ing|s)\b", re.I)


def relunit(m, c, ctx):
    rel, unit = _norm(m["rel"]), _norm(m["unit"])
    delta = _REL_DELTA.get(rel)
    if delta is None:
        return None
    if unit == "weekend":
        return "DATE", _weekend(ctx, delta, "future" if _tense_for(ctx, c) == "future" else "past")
    if rel == "the" and unit == "year" and _ENDED.match(ctx.text, c.end):
        return "DURATION", "P1Y"  # "(for) the year ended Sept. 30": a twelve-month period
    if rel in ("the past", "past") and unit in ("decade", "century"):
        # "over the past decade" is the ten years up to now, not the 1990s: a duration
        return "DURATION", duration_value(1, unit)
    if rel == "the" and unit == "week":
        # "For the week, the index fell 3.8%": the week being reported, which TimeBank leaves open
        return "DATE", f"{ctx.dct.year:04d}-WXX"
    grain = GRAIN_OF_UNIT[unit]
    if unit == "week" and delta == -1 and ctx.dct.weekday() == 6:
        delta = 0  # written on a Sunday, "last week" is the (Monday-to-Saturday) week just ending
    d = shift(ctx.dct, unit, delta)
    return ("DATE", fmt(d, grain)) if d else None


def dayref(m, c, ctx):
    word = _norm(m["day"])
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2}
    d = ctx.dct + dt.timedelta(days=offsets[word])
    pod = POD.get(_norm(m["pod"])) if m["pod"] else ("NI" if word == "tonight" else None)
    if pod:
        return "TIME", f"{fmt_day(d)}T{pod}"
    return "DATE", fmt_day(d)


def pod(m, c, ctx):
    if m["pod2"]:
        # "depressed by overnight losses in New York" (after a day was told about): the night before it
        if _grain(ctx.anchor) in ("day", "time") and 0 <= c.start - ctx.anchor_end <= 300:
            return "TIME", f"{shift_value(ctx.anchor[:10], 'day', -1, 'day')}TNI"
        return "TIME", f"{fmt_day(ctx.dct)}TNI"
    rel, p = _norm(m["rel"]), POD[_norm(m["pod"])]
    if m.groupdict().get("the"):
        # "(in) the morning": the day being told about, if one was mentioned shortly before
        if _grain(ctx.anchor) in ("day", "time") and 0 <= c.start - ctx.anchor_end <= 250:
            return "TIME", f"{ctx.anchor[:10]}T{p}"
        return None
    if rel in ("that", "the same", "the next", "the following", "the previous"):
        # relative to the day last mentioned ("On Aug. 7 ... the next morning"), else to the DCT
        base = ctx.anchor if _grain(ctx.anchor) in ("day", "time") else fmt_day(ctx.dct)
        delta = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
        return "TIME", f"{shift_value(base[:10], 'day', delta, 'day')}T{p}"
    offset = {"this": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last": -1}.get(rel, 0)
    if rel == "last" and p != "NI":
        offset = -1
    return "TIME", f"{fmt_day(ctx.dct + dt.timedelta(days=offset))}T{p}"


def _weekday_date(wd: int, ctx: Context, rel: str, when: str | None) -> dt.date:
    dct = ctx.dct
    back = (dct.weekday() - wd) % 7  # days back to the most recent such day (0 = today)
    fwd = (wd - dct.weekday()) % 7
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


def weekday(m, c, ctx):
    wd = weekday_number(m["weekday"])
    if wd is None:
        return None
    # only strong tense cues move a weekday off its default (the most recent such day): weak ones
    # ("to mark ... on Friday") are wrong more often than the default
    rel = _norm(m["rel"])
    # "Tuesday's earthquake", "Friday's vote": a day naming an event; past unless a cue in its own clause
    possessive = not m["pod"] and ctx.text.startswith("'s", c.end)
    when = _tense_for(ctx, c, strong_only=True, possessive=possessive)
    if not rel and when != "future" and plan_verb_before(ctx.text, c.start):
        when = "future"  # "the leaders meet Monday", "trading resumes on Friday"
    d = _weekday_date(wd, ctx, rel, when)
    if m["pod"]:
        return "TIME", f"{fmt_day(d)}T{POD[_norm(m['pod'])]}"
    return "DATE", fmt_day(d)


def _anchor_base(ctx: Context, unit_grain: str) -> tuple[str, str]:
    """(value, grain) the anchored expression is relative to: the last date mentioned if it is at
    least as fine as the unit, else the DCT."""
    g = _grain(ctx.anchor)
    if g and GRAIN_RANK.get(g, 9) <= GRAIN_RANK.get(unit_grain, 9):
        return ctx.anchor, ("day" if g == "time" else g)
    return fmt_day(ctx.dct), "day"


# A reporting period longer than a quarter, named in the same sentence before "a year earlier".
_LONGER_PERIOD = re.compile(r"\b(?:(?:nine|six|eight|ten|eleven|twelve|\d{1,2})[\s-]months?|(?:first|second)\s+half"
                            r"|the\s+(?:fiscal\s+)?year(?![\w-])|year\s+to\s+date|year-to-date)", re.I)


# ...and the day that ends it ("the six months ended Aug. 12"), unlike a day of reporting ("said Friday")
_PERIOD_END = re.compile(r"\b(?:end(?:ed|ing)|through|to)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)")


def _sentence_before(text: str, pos: int, reach: int = 250) -> str:
    """The part of the sentence before pos (at most `reach` characters)."""
    left = text[max(0, pos - reach):pos]
    cuts = sentence_cuts(left)  # "Inc." or "U.S." inside the sentence does not end it
    return left[cuts[-1]:] if cuts else left


# "more than"/"less than" right before "a week ago": a bound on the day, not a duration.
_BOUND_BEFORE = re.compile(r"\b(?:(more|longer|less|fewer)\s+than|(well\s+over))\s+$", re.IGNORECASE)
_COMPARED = re.compile(r"(?:\d[\d,.]*%?|\b(?:percent|per\s+cent|much|far|many|times|points|million|billion"
                       r"|thousand|hundred|dozen|no|any|even|still|somewhat|slightly|little|bit))\s+$", re.IGNORECASE)
_LATER_AS_DURATION = frozenset({"second", "minute", "hour", "day", "night"})


def ago(m, c, ctx):
    unit = _unit_key(m["unit"])
    direction = _norm(m["dir"] or m["dir2"] or m.groupdict().get("dir3"))
    sign = -1 if direction in ("ago", "earlier", "before", "back", "previously") else 1
    n = number(m["num"])
    if direction == "later" and unit in _LATER_AS_DURATION:
        # "three days later", "an hour later": TimeML tags the amount of time, not the day it lands on
        value = duration_value(n, unit)
        if value:
            c.end = m.end("unit")
            return "DURATION", value
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
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
    grain = GRAIN_OF_UNIT.get(unit, "day")
    if unit in ("week", "fortnight"):
        grain = "day"  # "two weeks ago" is a day (TimeML practice), "last week" is a week
    if unit in ("second", "minute", "hour"):
        return None if n > 48 else ("DATE", fmt_day(ctx.dct))
    if n != int(n):
        return None
    n = int(n)
    shift_unit = {"fortnight": "week", "centurie": "century", "night": "day"}.get(unit, unit)
    if unit == "fortnight":
        n *= 2
    quarter = ctx.recent_quarter(c.start) if unit == "year" else None
    sentence = _sentence_before(ctx.text, c.start) if unit == "year" else ""
    if unit == "year" and _LONGER_PERIOD.search(sentence):
        # "For the nine months, net was $5 million, up from $4 million a year earlier": the year's, not a quarter's
        if (direction not in ("ago", "back") and _grain(ctx.anchor) == "day"
                and ctx.anchor_end > c.start - len(sentence) and _PERIOD_END.search(sentence)):
            # "For the six months ended Aug. 12, ... a year earlier": the same day, a year before
            return "DATE", shift_value(ctx.anchor, "year", sign * n, "day")
        base = quarter or (ctx.anchor if direction not in ("ago", "back") and _grain(ctx.anchor) else None)
        return "DATE", shift_value(base or fmt_day(ctx.dct), "year", sign * n, "year")
    if quarter:  # "net rose in the third quarter ... from $4 million a year ago/earlier": last year's Q3
        return "DATE", shift_value(quarter, "year", sign * n)
    if direction in ("ago", "back", "from now", "hence"):
        base, base_grain = fmt_day(ctx.dct), grain
    else:
        # "earlier/later": relative to the last date mentioned; at its granularity when it was a
        # day mentioned just before ("on Aug. 12 ... a year earlier"), else at the unit's
        base, base_grain = _anchor_base(ctx, grain)
        just_mentioned = base == ctx.anchor and base_grain == "day" and c.start - ctx.anchor_end < 200
        if base_grain not in ("quarter", "half") and not just_mentioned:
            base_grain = grain
    if unit in ("decade", "century", "centurie"):  # "a decade ago" is about a year, not "the 1980s"
        return "DATE", shift_value(base, shift_unit, sign * n, "year")
    return "DATE", shift_value(base, shift_unit, sign * n, base_grain)


def the_day(m, c, ctx):
    """"later in the day", "earlier that day": the day last told about (if recent), else the DCT's day."""
    if _grain(ctx.anchor) in ("day", "time") and 0 <= c.start - ctx.anchor_end <= 400:
        return "DATE", ctx.anchor[:10]
    return "DATE", fmt_day(ctx.dct)


def anchored(m, c, ctx):
    rel = _norm(m["rel"]) if m["rel"] else ("that" if m["that"] else _norm(m["dir"]))
    unit = _norm(m["unit"] or m["unit2"] or m["unit3"])
    delta = {"next": 1, "following": 1, "subsequent": 1, "after": 1, "previous": -1, "preceding": -1,
             "prior": -1, "before": -1, "same": 0, "that": 0}.get(rel)
    if delta is None:
        return None
    grain = GRAIN_OF_UNIT.get(unit, unit)
    if unit == "quarter" and ctx.last_quarter:
        return "DATE", shift_value(ctx.last_quarter, "quarter", delta)
    base, _ = _anchor_base(ctx, grain)
    return "DATE", shift_value(base, "week" if unit == "weekend" else unit, delta, grain)


def year_ago_adj(m, c, ctx):
    what = _norm(m.groupdict().get("what") or m.groupdict().get("what2"))
    if what and "quarter" in what and what != "quarter":
        q = ORDINALS.get(what.split()[0].replace("1st", "first").replace("2nd", "second").replace(
            "3rd", "third").replace("4th", "fourth"))
        return ("DATE", f"{ctx.dct.year - 1:04d}-Q{q}") if q else None
    if what in ("", "period") and _LONGER_PERIOD.search(_sentence_before(ctx.text, c.start)):
        return "DATE", f"{ctx.dct.year - 1:04d}"  # "For the nine months, ... year-earlier net": last year's
    if ctx.last_quarter and what in ("", "quarter", "period"):
        return "DATE", shift_value(ctx.last_quarter, "year", -1)
    if what == "month":
        return "DATE", fmt(shift(ctx.dct, "year", -1), "month")
    return "DATE", f"{ctx.dct.year - 1:04d}"


def year_period(m, c, ctx):
    """"the 1988 period", "the 1988 quarter": in earnings reports, the quarter being discussed."""
    y = int(m["year"])
    if m["ord"]:
        q = ORDINALS.get(_ordinal_word(m["ord"]))
        return ("DATE", f"{y:04d}-Q{q}") if q else None
    if ctx.last_quarter and not _LONGER_PERIOD.search(_sentence_before(ctx.text, c.start)):
        return "DATE", f"{y:04d}-Q{ctx.last_quarter[-1]}"
    return "DATE", f"{y:04d}"


def _ordinal_word(s: str) -> str:
    return {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}.get(_norm(s), _norm(s))


def year_end(m, c, ctx):
    rel = _norm(m["rel"])
    if rel:
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel]
    else:
        y = ctx.dct.year - (1 if _tense_for(ctx, c) == "past" and ctx.dct.month < 12 else 0)
    return "DATE", f"{y:04d}-12-31"


def _holiday_date(spec: str, y: int) -> dt.date | None:
    from dateutil.easter import easter

    kind, *args = spec.split()
    if kind == "fixed":
        return dt.date(y, int(args[0]), int(args[1]))
    if kind == "nth":  # nth weekday of month, optionally plus days ("Black Friday": Thanksgiving + 1)
        month, wd, n, *plus = map(int, args)
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1) + sum(plus))
    if kind == "last":
        month, wd = map(int, args)
        last = shift(dt.date(y, month, 1), "month", 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - wd) % 7)
    if kind == "election":  # US: the Tuesday after the first Monday of November
        first = dt.date(y, 11, 1)
        monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
        return monday + dt.timedelta(days=1)
    if kind == "easter":
        return easter(y) + dt.timedelta(days=int(args[0]))
    return None


def holiday(m, c, ctx):
    spec = HOLIDAYS.get(_norm(m["name"]).replace("the fourth", "fourth"))
    if spec is None:
        return None
    if m["year"]:
        d = _holiday_date(spec, int(m["year"]))
        return ("DATE", fmt_day(d)) if d else None
    options = [d for d in (_holiday_date(spec, y) for y in range(ctx.dct.year - 1, ctx.dct.year + 2)) if d]
    rel = _norm(m["rel"])
    if rel == "last":
        d = max(o for o in options if o < ctx.dct)
    elif rel == "next":
        d = min(o for o in options if o > ctx.dct)
    elif rel == "this":
        d = next(o for o in options if o.year == ctx.dct.year)
    else:
        d = _pick_year(options, ctx.dct, _tense_for(ctx, c))
    return "DATE", fmt_day(d)


def ref_word(m, c, ctx):
    value = REFS.get(_norm(m["word"]))
    return ("DATE", value) if value else None


# ---------------------------------------------------------------------------------- times

_CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>[ap](?:\.?m\b|\.?m\.))?", re.I)
_CLOCK_POD = re.compile(r"\b(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b")


def clock_value(s: str) -> str | None:
    s = _norm(s)
    if s.startswith("noon") or s.startswith("midday"):
        return "12:00"
    if s.startswith("midnight"):
        return "24:00"
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
        return ctx.dct + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[_norm(m["dayref"])])
    month_name = m.groupdict().get("month") or m.groupdict().get("month2")
    day = m.groupdict().get("day") or m.groupdict().get("day2")
    year = year_number(m.groupdict().get("year"), ctx.dct)
    if month_name and day:
        mon, dd = month_number(month_name), int(re.match(r"\d+", day).group())
        if year and mon:
            return dt.date(year, mon, dd)
        options = _occurrences(mon, dd, ctx.dct) if mon else []
        return _pick_year(options, ctx.dct, _tense_for(ctx, c)) if options else None
    if m.groupdict().get("weekday"):
        return _weekday_date(weekday_number(m["weekday"]), ctx, "", _tense_for(ctx, c, strong_only=True))
    return None


def time_day(m, c, ctx):
    t, d = clock_value(m["clock"]), _day_of(m, c, ctx)
    if not t or not d:
        return None
    return "TIME", f"{fmt_day(d)}T{t}"


day_time = time_day


def clock(m, c, ctx):
    t = clock_value(m["clock"])
    if not t:
        return None
    # "On Friday ... at 10 p.m.": a bare clock time belongs to the day just told about, else to the DCT's
    if _grain(ctx.anchor) in ("day", "time") and 0 <= c.start - ctx.anchor_end <= 250:
        return "TIME", f"{ctx.anchor[:10]}T{t}"
    return "TIME", f"{fmt_day(ctx.dct)}T{t}"


def military_time(m, c, ctx):
    """"(2000 GMT)", "1430 hours EST": a 24-hour clock with a time zone, on the day of the text."""
    return "TIME", f"{fmt_day(ctx.dct)}T{m['h']}:{m['mi']}"


def race_time(m, c, ctx):
    parts = [(int(m["h"]), "H"), (int(m["m"]), "M"), (int(m["s"]), "S")]
    body = "".join(f"{n}{u}" for n, u in parts if n)
    return "DURATION", f"PT{body or '0S'}"


# ---------------------------------------------------------------------------------- durations


def duration_value(n: float | None, unit: str) -> str | None:
    key = _unit_key(unit)
    if key not in UNITS:
        return None
    if n is None:
        return VAGUE_UNITS.get(key)
    letter, mult, is_time = UNITS[key]
    total = n * mult
    prefix = "PT" if is_time else "P"
    if total == int(total):
        return f"{prefix}{int(total)}{letter}"
    # fractions: spell the remainder in the next smaller unit (P2Y6M, PT1H30M, P1D12H -> PT36H)
    whole = int(total)
    if letter == "Y":
        months = round((total - whole) * 12)
        return f"P{whole}Y{months}M" if whole else f"P{months}M"
    if letter == "M" and not is_time:
        days = round((total - whole) * 30)
        return f"P{whole}M{days}D" if whole else f"P{days}D"
    if letter == "W":
        return f"P{round(total * 7)}D"
    if letter == "Q":
        return f"P{round(total * 3)}M" if total * 3 == round(total * 3) else None
    if letter == "D":
        return f"PT{round(total * 24)}H"
    if letter == "H":
        mins = round((total - whole) * 60)
        return f"PT{whole}H{mins}M" if whole else f"PT{mins}M"
    if letter == "M":
        secs = round((total - whole) * 60)
        return f"PT{whole}M{secs}S" if whole else f"PT{secs}S"
    return None


# "quarter(s) of" + a determiner or an amount is a fraction; "several quarters of losses" is time
_FRACTION_OF = re.compile(r"\s+of\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|all|every|each|\$?\d)\b",
                          re.IGNORECASE)


def duration(m, c, ctx):
    unit = _unit_key(m["unit"])
    num = _norm(m["num"])
    if unit == "second" and num in ("a", "an", "one"):
        return None  # "a second time", "one second-quarter" are ordinals
    if unit == "quarter" and _FRACTION_OF.match(ctx.text, c.end):
        return None  # "a quarter of the shares", "three quarters of its sales" (not "several quarters of losses")
    if num in ("a", "an") and unit == "weekend":
        return None
    pre = _norm(m["pre"])
    if pre == "the" and ctx.text[m.end("num"):m.end("num") + 1] == "-":
        c.start = m.start("num")  # "the 30-year bond": the article belongs to the noun, not the duration
    n = number(num)
    if m["half"] and n is not None:
        n += 0.5
    elif n is not None and _norm(m["num2"]) == "a half" and re.search(r"\band\s+a\s+half\b", m.group(0), re.I):
        n += 0.5  # "two and a half years"
    value = duration_value(n, unit)
    return ("DURATION", value) if value else None


def duration_bare(m, c, ctx):
    value = VAGUE_UNITS.get(_unit_key(m["unit"]))
    return ("DURATION", value) if value else None


def duration_fraction(m, c, ctx):
    frac = {"half a": 0.5, "half an": 0.5, "a half": 0.5, "a quarter": 0.25, "three quarters": 0.75,
            "quarter of a": 0.25, "quarter of an": 0.25}.get(_norm(m["frac"]))
    value = duration_value(frac, m["unit"]) if frac else None
    return ("DURATION", value) if value else None


# ---------------------------------------------------------------------------------- sets


def set_adverb(m, c, ctx):
    value = SET_ADVERBS.get(_norm(m["word"]))
    return ("SET", value) if value else None


def set_every(m, c, ctx):
    unit = _norm(m["unit"])
    num = _norm(m.groupdict().get("num"))
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


def block(m, c, ctx):
    return None


NORMALIZERS = {name: fn for name, fn in globals().items() if callable(fn) and not name.startswith("_")}


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
