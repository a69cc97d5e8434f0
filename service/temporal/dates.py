"""Calendar arithmetic on TIMEX3 values: formatting, parsing a value into (start, granularity), shifting.

Plain datetime/dateutil arithmetic: exact and fast. Granularity is kept: a month stays `YYYY-MM`.
"""
from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each (northern, meteorological) season
SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                   9: "FA", 10: "FA", 11: "FA"}
# Order of granularities from fine to coarse; used to decide what an anchored shift can express.
GRAIN_RANK = {"time": 0, "day": 1, "weekend": 2, "week": 2, "month": 3, "season": 4, "quarter": 4, "half": 5,
              "year": 6, "decade": 7, "century": 8}

_VALUE = re.compile(
    r"^(?:(?P<ymd>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<t>[0-9:]+|MO|AF|EV|NI|DT))?"
    r"|(?P<yw>\d{4})-W(?P<w>\d\d)(?P<we>-WE)?"
    r"|(?P<ym>\d{4})-(?P<m2>\d\d)"
    r"|(?P<yq>\d{4})-Q(?P<q>[1-4])"
    r"|(?P<yh>\d{4})-H(?P<h>[12])"
    r"|(?P<ys>\d{4})-(?P<s>SP|SU|FA|WI)"
    r"|(?P<y>\d{4})|(?P<dec>\d{3})|(?P<cen>\d{2}))$"
)


def fmt_day(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _fmt_season(d: dt.date) -> str:
    # winter starts in December, so January and February belong to the previous year's winter
    return f"{d.year - (1 if d.month in (1, 2) else 0):04d}-{SEASON_OF_MONTH[d.month]}"


# How the period of each granularity containing a day is written (TIMEX3 value syntax).
_FORMATS = {
    "time": fmt_day,  # a time is anchored at its day: the clock part is added by the caller
    "day": fmt_day,
    "week": fmt_week,
    "weekend": lambda d: fmt_week(d) + "-WE",
    "month": lambda d: f"{d.year:04d}-{d.month:02d}",
    "quarter": lambda d: f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}",
    "half": lambda d: f"{d.year:04d}-H{1 if d.month <= 6 else 2}",
    "season": _fmt_season,
    "year": lambda d: f"{d.year:04d}",
    "decade": lambda d: f"{d.year // 10:03d}",
    "century": lambda d: f"{d.year // 100:02d}",
}


def fmt(d: dt.date, grain: str) -> str:
    """Render the period of granularity `grain` containing day d."""
    render = _FORMATS.get(grain)
    if render is None:
        raise ValueError(grain)
    return render(d)


def parse_value(value: str) -> tuple[dt.date, dt.date, str] | None:
    """(start, end, granularity) of a calendar value, or None if the value is not one."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["ymd"]:
            d = dt.date(int(g["ymd"]), int(g["m"]), int(g["d"]))
            return d, d, ("time" if g["t"] else "day")
        if g["yw"]:
            start = dt.date.fromisocalendar(int(g["yw"]), int(g["w"]), 1)
            if g["we"]:
                return start + dt.timedelta(days=5), start + dt.timedelta(days=6), "weekend"
            return start, start + dt.timedelta(days=6), "week"
        if g["ym"]:
            start = dt.date(int(g["ym"]), int(g["m2"]), 1)
            return start, start + relativedelta(months=1, days=-1), "month"
        if g["yq"]:
            start = dt.date(int(g["yq"]), 3 * int(g["q"]) - 2, 1)
            return start, start + relativedelta(months=3, days=-1), "quarter"
        if g["yh"]:
            start = dt.date(int(g["yh"]), 6 * int(g["h"]) - 5, 1)
            return start, start + relativedelta(months=6, days=-1), "half"
        if g["ys"]:
            year, first = int(g["ys"]), SEASONS[g["s"]]
            start = dt.date(year, first, 1)
            return start, start + relativedelta(months=3, days=-1), "season"
        if g["y"]:
            y = int(g["y"])
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        if g["dec"]:
            y = int(g["dec"]) * 10
            return dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31), "decade"
        if g["cen"]:
            y = int(g["cen"]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31), "century"
    except (ValueError, OverflowError):
        return None
    return None


_UNIT_DELTA = {
    "day": relativedelta(days=1), "week": relativedelta(weeks=1), "weekend": relativedelta(weeks=1),
    "month": relativedelta(months=1), "quarter": relativedelta(months=3), "half": relativedelta(months=6),
    "season": relativedelta(months=3), "year": relativedelta(years=1), "decade": relativedelta(years=10),
    "century": relativedelta(years=100),
}


def shift(d: dt.date, unit: str, n: int) -> dt.date | None:
    try:
        return d + _UNIT_DELTA[unit] * n
    except (OverflowError, ValueError, KeyError):
        return None


def shift_value(value: str, unit: str, n: int, grain: str | None = None) -> str | None:
    """Shift a calendar value by n units; render at `grain` (default: the value's own granularity)."""
    parsed = parse_value(value)
    if not parsed:
        return None
    start, _, own = parsed
    if own == "time":
        own = "day"
    d = shift(start, unit, n)
    if d is None or not 1 <= d.year <= 9999:
        return None
    return fmt(d, grain or own)
