"""Named periods: quarters, halves, seasons, year-end and the comparison periods of earnings reports."""
from __future__ import annotations

import datetime as dt
import re

from ..context import sentence_before
from ..dates import SEASONS, fmt, parse_value, shift, shift_value
from .state import LONGER_PERIOD, tense_for
from .words import HABITUAL_ADVERBS, LEX, ORDINALS, SEASON_CODE, month_number, norm, ordinal_word, year_number


def _rel_year(s: str | None, dct: dt.date) -> int | None:
    s = norm(s)
    if not s:
        return None
    for word, delta in (("this", 0), ("last", -1), ("next", 1), ("the", 0)):
        if s.startswith(word):
            return dct.year + delta
    return None


def _quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def quarter(m, c, ctx):
    q = ORDINALS.get(norm(m["ord"]).replace("1st", "first").replace("2nd", "second").replace(
        "3rd", "third").replace("4th", "fourth"))
    if not q or q > 4:
        return None
    g = m.groupdict()  # the pair rules ("the second and fourth quarters") have only ord and year2
    y = (int(g["year"]) if g.get("year") else int(g["year2"]) if g.get("year2") else
         _rel_year(g.get("relyear"), ctx.dct) or _rel_year(g.get("relyear2"), ctx.dct))
    if y is None and g.get("yago"):
        y = ctx.dct.year - 1
    if y is None and not g.get("relyear") and _habitual_clause(ctx, c):
        return "SET", f"XXXX-Q{q}"  # "is usually conducted in the second and fourth quarters": every year's
    if y is None and norm(m["ord"]) == "last" and not ctx.text.startswith(" of", c.end):
        # "last quarter's record loss", "a $17 billion loss in the last quarter": the quarter before the DCT's,
        # not Q4 ("the last quarter of 2010" and "the last quarter of the century" stay; round 24)
        return "DATE", shift_value(fmt(ctx.dct, "quarter"), "quarter", -1)
    if y is None:
        y = ctx.dct.year
        if q > _quarter_of(ctx.dct) and tense_for(ctx, c) != "future":
            y -= 1  # a quarter later than the current one is last year's, unless we talk about plans
    return "DATE", f"{y:04d}-Q{q}"


# "compared to the same period in 2009": the reported quarter in the year named right after
_IN_YEAR = re.compile(r"\s+(?:in|of)\s+((?:19|20)\d\d)\b(?!\s*[-/]\d)")


def compared_in_year(c, text: str) -> bool:
    """"the same period in 2009": a comparison period placed in a year of its own (never the reported quarter)."""
    return (norm(c.match.groupdict().get("adj")) in ("same", "comparable", "corresponding")
            and bool(_IN_YEAR.match(text, c.end)))


# "the quarter ended July 31": a fiscal quarter told by its last day
_ENDED_ON = re.compile(r"\s+(?:ended|ending)\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?!\d)(?:,?\s+((?:19|20)\d\d))?")


def _quarter_ended(c, ctx) -> str | None:
    """The calendar quarter most of a three-month quarter ending on a day that is no calendar quarter's end lies in
    ("the quarter ended July 31" is May-July: 1989-Q2); None for a calendar quarter's end ("ended Sept. 30" keeps
    the reported quarter, which may carry a fiscal name)."""
    m = _ENDED_ON.match(ctx.text, c.end)
    month = month_number(m.group(1)) if m else None
    if not month or month % 3 == 0:
        return None
    year = int(m.group(3)) if m.group(3) else ctx.dct.year - (1 if (month, int(m.group(2))) > (
        ctx.dct.month, ctx.dct.day) else 0)  # a quarter that ended is in the past
    middle = dt.date(year, month, 1) - dt.timedelta(days=20)  # the month before the last one
    return fmt(middle, "quarter")


def quarter_rel(m, c, ctx):
    if norm(m["det"]) in ("the", "its") and not norm(m["adj"]) and not m.groupdict().get("yq"):
        ended = _quarter_ended(c, ctx)
        if ended:
            return "DATE", ended
    result = _quarter_rel(m, c, ctx)
    if result and compared_in_year(c, ctx.text) and re.fullmatch(r"\d{4}-Q\d", result[1]):
        return "DATE", f"{_IN_YEAR.match(ctx.text, c.end).group(1)}{result[1][4:]}"
    return result


# "This quarter's loss includes charges": the results of a quarter are told once it is over
_RESULTS_AFTER = re.compile(r"'s\s+(?:[\w-]+\s+)?(?:" + "|".join(LEX["result_nouns"].split()) + r")\b", re.IGNORECASE)


def _quarter_rel(m, c, ctx):
    det, adj = norm(m["det"]), norm(m["adj"])
    if det == "a":
        return None
    current = fmt(ctx.dct, "quarter")
    if m.groupdict().get("yq"):  # "last year's quarter": the reported quarter, a year off
        last = ctx.last_quarter
        reported = last if last and parse_value(last)[0] <= ctx.dct else shift_value(current, "quarter", -1)
        return "DATE", shift_value(reported, "year", {"this": 0, "last": -1, "next": 1}[norm(m["yq"])])
    previous = shift_value(current, "quarter", -1)
    # financial news: "the quarter" is the one being reported: the last one mentioned, if it is over
    last = ctx.last_quarter
    reported = last if last and parse_value(last)[0] <= parse_value(previous)[0] else previous
    if not adj and det in ("the", "that", "its") and last:
        reported = last
    if det == "this" and not adj and last == previous and _RESULTS_AFTER.match(ctx.text, c.end) and tense_for(
            ctx, c) != "future":
        return "DATE", last  # early in a quarter, "this quarter's loss" of a report is the quarter just reported
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
        y = ctx.dct.year - (1 if n > cur and tense_for(ctx, c) != "future" else 0)
    return "DATE", f"{y:04d}-{letter}{n}"


def half(m, c, ctx):
    h = ORDINALS.get(norm(m["ord"]).replace("1st", "first").replace("2nd", "second"))
    if h not in (1, 2):
        return None
    y = int(m["year"]) if m["year"] else int(m["year2"]) if m["year2"] else _rel_year(m["rel"], ctx.dct)
    if y is None:
        y = ctx.dct.year
        if h == 2 and ctx.dct.month <= 6 and tense_for(ctx, c) != "future":
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


_STORY_REACH = 400  # characters after an older year told about, for a bare season

_A_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)


# A habitual clause ("flu cases usually peak in winter", "prices typically rise in the summer"): the season
# recurs, SET XXXX-WI, as TimeBank tags "usually conducted in the second and fourth quarters" (SET XXXX-Q2/Q4).
# Only an adverb of frequency in the season's own clause counts (lexicon.json `habitual_adverbs`).
_HABITUAL = re.compile(r"\b(?:" + "|".join(HABITUAL_ADVERBS) + r")\b", re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[,;:()\"]|\b(?:but|while|whereas|although|though|which|who)\b", re.IGNORECASE)


def _habitual_clause(ctx, c) -> bool:
    left = sentence_before(ctx.text, c.start, 160)
    edges = list(_CLAUSE_EDGE.finditer(left))
    left = left[edges[-1].end():] if edges else left
    right = ctx.text[c.end:c.end + 120]
    stop = re.search(r"[.!?;,:()\"]|\b(?:but|while|whereas|although|though|which|who)\b", right)
    right = right[:stop.start()] if stop else right
    return bool(_HABITUAL.search(left) or _HABITUAL.search(right))


def season(m, c, ctx):
    name = norm(m["season"])
    code = SEASON_CODE[name]
    if _season_in_name(m, ctx):
        return None  # "the Winter Olympics", "the Summer Palace": a name, not a time
    rel = norm(m["rel"])
    if m["year"]:
        y = year_number(m["year"], ctx.dct)
        return ("DATE", f"{y:04d}-{code}") if y else None
    if m["relyear"]:  # "the spring of last year", "the summer of next year"
        return "DATE", f"{_rel_year(m['relyear'], ctx.dct):04d}-{code}"
    if not (rel or m["skip"] or c.mod or m["joined"] is not None):
        return None  # "fall" the verb; "summer camp", "Winter Olympics": not a time
    if name == "fall" and not (rel or c.mod):
        return None  # "prices will fall"
    if name == "fall" and re.match(r"\s+of\b", ctx.text[c.end:c.end + 4]):
        return None  # "the fall of the Berlin Wall"
    if name == "fall" and not rel and _A_BEFORE.search(ctx.text, max(0, c.start - 4), c.start):
        return None  # "shares closed down 15.8% in a late fall": a drop, not autumn
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
    elif rel in ("", "the") and _habitual_clause(ctx, c):
        return "SET", f"XXXX-{code}"  # "flu cases normally spike in winter"
    else:
        when = tense_for(ctx, c)
        told = parse_value(ctx.anchor) if ctx.anchor and 0 <= c.start - ctx.anchor_end <= _STORY_REACH else None
        if when != "future" and told and told[0].year <= dct.year - 2 and told[2] not in ("decade", "century"):
            # a story about an older year ("In 1918 ... in the autumn"): that year's season, not the DCT's (a decade
            # names no year: "since the 1980s ... countries which are in winter")
            return "DATE", f"{told[0].year:04d}-{code}"
        if when == "past":
            y = max(o[0] for o in occ if o[1] <= dct)
        elif when == "future":
            y = min(o[0] for o in occ if o[2] >= dct)
        else:
            y = dct.year
    return "DATE", f"{y:04d}-{code}"


def year_ago_adj(m, c, ctx):
    what = norm(m.groupdict().get("what") or m.groupdict().get("what2"))
    if what and "quarter" in what and what != "quarter":
        q = ORDINALS.get(what.split()[0].replace("1st", "first").replace("2nd", "second").replace(
            "3rd", "third").replace("4th", "fourth"))
        return ("DATE", f"{ctx.dct.year - 1:04d}-Q{q}") if q else None
    if what in ("", "period") and LONGER_PERIOD.search(sentence_before(ctx.text, c.start)):
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
        q = ORDINALS.get(ordinal_word(m["ord"]))
        return ("DATE", f"{y:04d}-Q{q}") if q else None
    if ctx.last_quarter and not LONGER_PERIOD.search(sentence_before(ctx.text, c.start)):
        return "DATE", f"{y:04d}-Q{ctx.last_quarter[-1]}"
    return "DATE", f"{y:04d}"


def year_end(m, c, ctx):
    """"year-end" (the accounting term) is the closing day, Dec. 31; "year's end" and the open "year end" are
    the phrase "the end of the year": the year, mod END (as "the end of the year" is)."""
    rel = norm(m["rel"])
    if rel:
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel]
    else:
        y = ctx.dct.year - (1 if tense_for(ctx, c) == "past" and ctx.dct.month < 12 else 0)
    if "-" not in m.group(0):
        c.mod = c.mod or "END"
        return "DATE", f"{y:04d}"
    return "DATE", f"{y:04d}-12-31"
