"""Per-document state (DCT, last anchor, reporting quarter) and what the text said just before."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..context import tense
from ..dates import GRAIN_RANK, fmt_day, parse_value


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
    # days named earlier with a year or a tense ("the explosion on 20 April" in a past sentence): a later bare
    # mention of the same month and day without any cue is the same day ("the 20 April explosion")
    known_days: dict[tuple[int, int], dt.date] = field(default_factory=dict)
    # the last day told about (a coarser anchor such as "by the end of the year" may have come after it)
    last_day: str | None = None
    last_day_end: int = -1
    last_day_named: bool = False  # the last day was told with its weekday ("Friday, April 24")

    def recent_quarter(self, pos: int, reach: int = 400) -> str | None:
        """The last quarter mentioned, if it was mentioned shortly before pos (same topic)."""
        return self.last_quarter if self.last_quarter and pos - self.last_quarter_end <= reach else None

    def day_told(self, pos: int | None = None, reach: int = 250) -> str | None:
        """The day (YYYY-MM-DD) of the last date told about, if it was a day or a time and, given pos, it ended at
        most `reach` characters before pos ("On Friday ... at 10 p.m.")."""
        if grain_of(self.anchor) not in ("day", "time"):
            return None
        if pos is not None and not 0 <= pos - self.anchor_end <= reach:
            return None
        return self.anchor[:10]

    def tense(self, start: int, end: int, strong_only: bool = False, possessive: bool = False) -> str | None:
        return tense(self.text, start, end, strong_only, possessive)


def tense_for(ctx: Context, c, strong_only: bool = False, possessive: bool = False) -> str | None:
    """"past" or "future" for candidate c, None when the sentence gives no usable cue."""
    t = ctx.tense(c.start, c.end, strong_only, possessive)
    return t if t in ("past", "future") else None


def grain_of(value: str | None) -> str | None:
    """Granularity of a calendar value ("day", "quarter", ...), None for PAST_REF and the like."""
    parsed = parse_value(value) if value else None
    return parsed[2] if parsed else None


def anchor_base(ctx: Context, unit_grain: str) -> tuple[str, str]:
    """(value, grain) the anchored expression is relative to: the last date mentioned if it is at
    least as fine as the unit, else the DCT."""
    g = grain_of(ctx.anchor)
    if g and GRAIN_RANK.get(g, 9) <= GRAIN_RANK.get(unit_grain, 9):
        return ctx.anchor, ("day" if g == "time" else g)
    return fmt_day(ctx.dct), "day"


# A reporting period longer than a quarter, named in the same sentence before "a year earlier".
LONGER_PERIOD = re.compile(r"\b(?:(?:nine|six|eight|ten|eleven|twelve|\d{1,2})[\s-]months?|(?:first|second)\s+half"
                           r"|the\s+(?:fiscal\s+)?year(?![\w-])|year\s+to\s+date|year-to-date)", re.I)


# ...and the day that ends it ("the six months ended Aug. 12"), unlike a day of reporting ("said Friday")
PERIOD_END = re.compile(r"\b(?:end(?:ed|ing)|through|to)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)")


# A clock time (and its parenthetical other zone) right before a weekday: "slated for 3 p.m. local time (2000 GMT)
# on Thursday", "As of 0200 local time (2200 GMT, Friday)": the day's tense is read where the chain starts.
_CLOCK_CHAIN = re.compile(
    r"(?:\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?)?|\b(?:[01]\d|2[0-3])[0-5]\d|\bnoon|\bmidnight)"
    r"(?:\s+(?:local\s+time|[A-Z]{2,4}))?(?:\s*\((?:[^()]{1,30}\)|[^()]{0,30}$))?"
    r"(?:,?\s+(?:on\s+)?)?$", re.IGNORECASE)
WEEKDAY_AFTER_CLOCK = re.compile(
    r"(?:\s+(?:local\s+time|[A-Z]{2,4}))?(?:\s*\([^()]{1,30}\))?\)?,?\s+(?:on\s+)?"
    r"(?P<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?!'s)")


def clock_chain_start(text: str, pos: int) -> int:
    """Start of a clock time (with a parenthetical) that ends right before pos, else pos."""
    base = max(0, pos - 48)
    m = _CLOCK_CHAIN.search(text, base, pos)
    if m and m.end() == pos and m.start() < pos and re.search(r"\d|noon|midnight", m.group(0), re.I):
        return m.start()
    return pos
