"""Round 16 (issue #3): fixes found on the TimeML tune split.

Each row is the shape of a real news sentence; rows with other values show what a rule must leave alone.
"""
from __future__ import annotations

import datetime as dt

import pytest

from service.temporal import find_timexes


def values(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


@pytest.mark.parametrize("text, dct, expected", [
    # a period that "ended" on a yearless day ended on or before the DCT, even about a year back
    ("In the comparable year-ago quarter, the second quarter ended Oct. 31, Service Corp. had a loss.",
     dt.date(1989, 10, 27), ("Oct. 31", "DATE", "1988-10-31")),
    ("For the quarter ended Sept. 30, Delta posted net income of $133.1 million.", dt.date(1989, 10, 26),
     ("Sept. 30", "DATE", "1989-09-30")),
    # ...a period still running ends ahead
    ("It expects net income in the year ending Oct. 31 to fall.", dt.date(1989, 10, 27),
     ("Oct. 31", "DATE", "1989-10-31")),
])
def test_period_ended_on_a_day(text, dct, expected):
    assert expected in values(text, dct)
