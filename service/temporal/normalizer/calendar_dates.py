"""Calendar dates: ISO and numeric dates, month/day, months, years, decades, centuries, holidays."""
from __future__ import annotations

import datetime as dt
import re

from .. import parser as dp
from ..context import plan_verb_before, sentence_before, unplanned_event_after
from ..dates import fmt, fmt_day, parse_value, shift
from .state import grain_of, tense_for
from .words import HOLIDAYS, ORDINALS, month_number, norm, weekday_number, year_number


def pick_year(candidates: list[dt.date], dct: dt.date, when: str | None, future_cost: float = 2.0) -> dt.date:
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


_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# "the second quarter ended Oct. 31": a period that ended has its last day on or before the DCT, however far back
# (news tells a period that has not ended with "ending": "the year ending June 30")
_ENDED_BEFORE = re.compile(r"\bended\s+(?:on\s+)?$", re.IGNORECASE)
_MONTH_FUTURE_COST = 4.0  # a bare month name without tense cues is more often the last one than the next
_PAST_REACH_DAYS = 320  # "closed in March" (DCT January) is last March...
_FUTURE_REACH_DAYS = 300  # ...but "will close on Aug. 7" (DCT Aug. 18) is a slip, not next year


def occurrences(month: int, day: int, dct: dt.date) -> list[dt.date]:
    out = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            out.append(dt.date(y, month, day))
        except ValueError:
            pass
    return out


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


# a range of days: "from 1 June [to] 30 November", "between Dec. 20 [and] Jan. 5"
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|thru|and|-|\u2013)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+[^,;:()]{1,25}$", re.IGNORECASE)


def _range_start(ctx, pos: int) -> dt.date | None:
    """The first day of a range whose second day starts at pos: the day told right before, after from/between."""
    if grain_of(ctx.anchor) != "day" or not _RANGE_JOIN.fullmatch(ctx.text, ctx.anchor_end, pos):
        return None
    if not _RANGE_OPEN.search(ctx.text, max(0, ctx.anchor_end - 40), ctx.anchor_end):
        return None
    parsed = parse_value(ctx.anchor)
    return parsed[0] if parsed else None


def month_day(m, c, ctx):
    g = m.groupdict()
    if g.get("tail"):
        c.end = m.end("yy") if g.get("yy") else m.end("day")  # "May 5-6": the first day; its year may follow the range
    day = int(re.match(r"\d+", m["day"]).group()) if g.get("day") else _day_word(g.get("dayword"))
    month = month_number(m["month"])
    if month is None or not day:
        return None
    if g.get("first") and day <= int(re.match(r"\d+", m["first"]).group()):
        return None  # "raised its alert on April 29 to 5 on the scale": a range's second day comes after the first
    year = year_number(m["year"] or (g.get("yy") and "'" + g["yy"]), ctx.dct)
    if year is None and g.get("relyear"):  # "on 25 June last year"
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[norm(g["relyear"])]
    if year is None:  # "April 24 and 25, 1999": the year after the range is the first day's too
        shared = _RANGE_YEAR.match(ctx.text, c.end)
        year = int(shared.group(1)) if shared else None
    if year is not None:
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        ctx.known_days.setdefault((month, day), d)
        return "DATE", fmt_day(d)
    options = occurrences(month, day, ctx.dct)
    if not options:
        return None
    first = _range_start(ctx, c.start)
    if first is not None and any(first < o <= first + dt.timedelta(days=366) for o in options):
        # "runs from 1 June to 30 November", "between Dec. 20 and Jan. 5": a range's end comes after its start
        return "DATE", fmt_day(min(o for o in options if o > first))
    rel = norm(m["rel"])
    if rel == "last" and any(o < ctx.dct for o in options):
        return "DATE", fmt_day(max(o for o in options if o < ctx.dct))
    if rel == "next" and any(o > ctx.dct for o in options):
        return "DATE", fmt_day(min(o for o in options if o > ctx.dct))
    if m["weekday"]:
        wd = weekday_number(m["weekday"])
        matching = [d for d in options if d.weekday() == wd]
        if matching:
            options = matching
    if _ENDED_BEFORE.search(ctx.text, max(0, c.start - 12), c.start) and any(o <= ctx.dct for o in options):
        d = max(o for o in options if o <= ctx.dct)
        ctx.known_days.setdefault((month, day), d)
        return "DATE", fmt_day(d)
    when = tense_for(ctx, c)
    if when is None and plan_verb_before(ctx.text, c.start):
        when = "future"  # "the conference opens March 3"
    known = ctx.known_days.get((month, day))
    if known is not None and known not in options and known < ctx.dct and when != "future":
        # "warned Blair in a document on March 7 2003 ... refused to publish the March 7 document": the day told
        # with its year earlier in the text, even when that year is beyond the DCT's neighbours
        return "DATE", fmt_day(known)
    if known in options and (when is None or tense_for(ctx, c, strong_only=True) is None):
        return "DATE", fmt_day(known)  # "the 20 April explosion", after "exploded on 20 April": the same day
    d = pick_year(options, ctx.dct, when)
    if when is not None:
        ctx.known_days.setdefault((month, day), d)
    return "DATE", fmt_day(d)


_DAY_WORD_UNITS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}


def _day_word(word: str | None) -> int | None:
    """"first" -> 1, "twenty-third" -> 23, "thirtieth" -> 30 (a day of the month in words)."""
    w = norm(word)
    if not w:
        return None
    if w == "thirtieth":
        return 30
    for tens, base in (("twenty", 20), ("thirty", 30)):
        if w.startswith(tens + " "):
            rest = w[len(tens) + 1:]
            return base + (1 if rest == "first" else _DAY_WORD_UNITS.get(rest, 0)) if rest else None
    n = ORDINALS.get(w)
    if n is None and re.match(r"\d+", w):
        n = int(re.match(r"\d+", w).group())
    return n if n and 1 <= n <= 31 and w not in ("last", "final", "latter", "back") else None


def month_year(m, c, ctx):
    month = month_number(m["month"])
    if m["year"]:
        year = year_number(m["year"], ctx.dct)
    else:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[norm(m["rel"])]
    if month is None or year is None:
        return None
    return "DATE", f"{year:04d}-{month:02d}"


# "that June": the month in the year of the date just told about (within a couple of sentences)
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)
_THAT_REACH = 300


def month(m, c, ctx):
    name = m["month"]
    rel = norm(m["rel"])
    # "May" alone is usually the modal verb: only a preposition, "last"/"next" or a modifier make it a month.
    if name.lower() == "may" and not (m["skip"] or rel or c.mod):
        return None
    mon = month_number(name)
    if mon is None:
        return None
    shared = _MONTH_RANGE_YEAR.match(ctx.text, c.end) if not rel else None
    if shared and month_number(shared.group(1)) and month_number(shared.group(1)) > mon:
        return "DATE", f"{int(shared.group(2)):04d}-{mon:02d}"  # "July to September 2009": the year is shared
    if not rel and _THAT_BEFORE.search(ctx.text, max(0, c.start - 8), c.start) and ctx.anchor and \
            ctx.anchor[:4].isdigit() and ctx.anchor_end > c.start - _THAT_REACH:
        return "DATE", f"{ctx.anchor[:4]}-{mon:02d}"  # "established in April 2003 ... visited that June": 2003
    options = [dt.date(y, mon, 1) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    this_month = ctx.dct.replace(day=1)
    if rel in ("last", "this past", "the previous"):
        d = max(o for o in options if o < this_month)
    elif rel in ("next", "this coming", "the following"):
        d = min(o for o in options if o > this_month)
    elif rel == "this":
        d = dt.date(ctx.dct.year, mon, 1)
    else:
        when = tense_for(ctx, c)
        if ctx.text.startswith("'s", c.end) and unplanned_event_after(ctx.text, c.end):
            when = "past"  # "emerge from April's Deepwater Horizon disaster": an accident is told once it happened
        if when is None and (plan_verb_before(ctx.text, c.start) or norm(m["skip"]) == "through"
                             or _AHEAD_OF.search(ctx.text, max(0, c.start - 24), c.start)):
            when = "future"  # "the summit opens in March", "loans through January", "ahead of November elections"
        d = pick_year(options, this_month, when, _MONTH_FUTURE_COST)
    return "DATE", fmt(d, "month")


# the first month of a range whose end carries the year: "compared to July to September 2009", "June-August 2008"
_MONTH_RANGE_YEAR = re.compile(r"\s*(?:-|\u2013|to|through|until|and)\s*([A-Z][a-z]{2,8})\.?,?\s+((?:19|20)\d\d)\b")


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
        if m["end"] == m["first"] and m.groupdict().get("after"):
            return "DATE", m["first"]  # "2008-2008": one year, told twice
        return None
    return "DATE", (m["first"] if m.groupdict().get("after") else f"{last:04d}")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
_DECADE_BLOCK = re.compile(r"(?:his|her|their|its|my|your|our|low|mid|upper|high|the\s+low|the\s+high|the\s+mid)"
                           r"[\s-]*$", re.I)


_DECADE_BEFORE = re.compile(r"(?:(1[0-9]|20)[0-9]|\bthe\s+([1-9]))0'?s\s+(?:and|or|to|through)\s+$")


def _decade_century(digit: int, dct: dt.date) -> int:
    """The century of a decade told without one ("the 50s"): the latest such decade not after the DCT's."""
    return dct.year // 100 - (1 if digit * 10 > dct.year % 100 else 0)


# a bare "the 80s" after a weather word in its sentence is a temperature ("temperatures in the 80s and 90s")
_TEMPERATURE = re.compile(r"\b(?:temperatures?|degrees|highs?|lows?|thermometers?|heat|weather|Fahrenheit|Celsius)\b",
                          re.IGNORECASE)


def decade(m, c, ctx):
    if m["joined"] is not None:
        first = _DECADE_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)
        if first and first.group(1):
            return "DATE", f"{first.group(1)}{m['dec3']}"
        if not first or _TEMPERATURE.search(sentence_before(ctx.text, c.start, 150)):
            return None
        return "DATE", f"{_decade_century(int(first.group(2)), ctx.dct):02d}{m['dec3']}"
    if m["cent"]:
        return "DATE", f"{m['cent']}{m['dec']}"
    d = m["dec"] or m["dec2"]
    digit = int(d) if d is not None else _DECADE_WORDS.get(norm(m["word"]))
    if digit is None:
        return None
    if m["dec"] is not None and not m.group(0).lower().startswith("the"):
        return None  # "90s" without "the" or an apostrophe: temperatures, ages, speeds
    if _DECADE_BLOCK.search(ctx.text[max(0, c.start - 12):c.start]):
        return None
    if m["dec"] is not None and _TEMPERATURE.search(sentence_before(ctx.text, c.start, 150)):
        return None
    return "DATE", f"{_decade_century(digit, ctx.dct):02d}{digit}"


def century_s(m, c, ctx):
    """"the 1900s" is a century; "the 2000s" (the early 2000's) is the decade: the century is "the 21st century"."""
    return "DATE", "200" if m["cent"] == "20" else m["cent"]


def century(m, c, ctx):
    o = norm(m["ord"])
    n = ORDINALS.get(o)
    if n is None:
        digits = re.match(r"\d+", o)
        n = int(digits.group()) if digits else None
    if not n:
        return None
    return "DATE", f"{n - 1:02d}"


def nth_weekday(year: int, month: int, wd: int, n: int) -> dt.date:
    """The n-th weekday wd (Monday 0) of the month; n = -1 is the last one."""
    if n == -1:
        last = shift(dt.date(year, month, 1), "month", 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - wd) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))


def _holiday_date(spec: str, y: int) -> dt.date | None:
    from dateutil.easter import easter

    kind, *args = spec.split()
    if kind == "fixed":
        return dt.date(y, int(args[0]), int(args[1]))
    if kind == "nth":  # nth weekday of month, optionally plus days ("Black Friday": Thanksgiving + 1)
        month, wd, n, *plus = map(int, args)
        return nth_weekday(y, month, wd, n) + dt.timedelta(days=sum(plus))
    if kind == "last":
        month, wd = map(int, args)
        return nth_weekday(y, month, wd, -1)
    if kind == "election":  # US: the Tuesday after the first Monday of November
        first = dt.date(y, 11, 1)
        monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
        return monday + dt.timedelta(days=1)
    if kind == "easter":
        return easter(y) + dt.timedelta(days=int(args[0]))
    return None


def holiday(m, c, ctx):
    spec = HOLIDAYS.get(norm(m["name"]).replace("the fourth", "fourth"))
    if spec is None:
        return None
    if m["year"]:
        d = _holiday_date(spec, int(m["year"]))
        return ("DATE", _holiday_day(d, m)) if d else None
    options = [d for d in (_holiday_date(spec, y) for y in range(ctx.dct.year - 1, ctx.dct.year + 2)) if d]
    rel = norm(m["rel"])
    if rel == "last":
        d = max(o for o in options if o < ctx.dct)
    elif rel == "next":
        d = min(o for o in options if o > ctx.dct)
    elif rel == "this":
        d = next(o for o in options if o.year == ctx.dct.year)
    else:
        d = pick_year(options, ctx.dct, tense_for(ctx, c))
    return "DATE", _holiday_day(d, m)


def _holiday_day(d: dt.date, m) -> str:
    """The holiday, or with "weekend" its weekend: the one before a Monday holiday ("the Labor Day weekend"),
    else the one of its week ("Easter weekend", "the Thanksgiving weekend"); with "week" the week it falls in
    ("as Easter week began")."""
    if m.groupdict().get("week"):
        return fmt(d, "week")
    if not m.groupdict().get("weekend"):
        return fmt_day(d)
    sat = d - dt.timedelta(days=2) if d.weekday() == 0 else d + dt.timedelta(days=max(0, 5 - d.weekday()))
    return fmt(sat, "weekend")
