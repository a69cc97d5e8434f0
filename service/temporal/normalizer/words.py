"""Words to numbers: the lexicon tables and parsers for number words, years, month and weekday names."""
from __future__ import annotations

import datetime as dt
import re

from ..resources import LEX

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
HABITUAL_ADVERBS: tuple = tuple(LEX["habitual_adverbs"].split())

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
WEEKDAYS = {w: i for i, w in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])}
_WS = re.compile(r"[\s-]+")


def norm(s: str | None) -> str:
    return _WS.sub(" ", s.strip().lower()) if s else ""


def month_number(s: str) -> int | None:
    return MONTHS.get(norm(s)[:3])


def weekday_number(s: str) -> int | None:
    return WEEKDAYS.get(norm(s)[:3])


def number(s: str | None) -> float | None:
    """'twenty-four' -> 24, '1,000' -> 1000, '2 1/2' -> 2.5, 'a' -> 1; None for vague quantities."""
    s = norm(s)
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
    s = norm(s)
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


_UNIT_ABBR = {"hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute"}


def unit_key(unit: str) -> str:
    u = norm(unit)
    if u in _UNIT_ABBR:
        return _UNIT_ABBR[u]  # "8 hrs ago"
    if u.endswith("ies"):
        return u[:-3] + "ie" if u[:-3] + "ie" in UNITS else u[:-3] + "y"
    return u[:-1] if u.endswith("s") and u[:-1] in UNITS else u


def ordinal_word(s: str) -> str:
    return {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}.get(norm(s), norm(s))
