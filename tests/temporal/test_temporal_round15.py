"""Round 15 (issue #3): normalization and recognition fixes found on the TimeML tune split.

Each row is the shape of a real news sentence; rows with other values show what a rule must leave alone.
"""
from __future__ import annotations

import datetime as dt

import pytest

from service.temporal import find_timexes


def full(text: str, dct: dt.date) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in find_timexes(text, dct)]


@pytest.mark.parametrize("text, dct, expected", [
    # "year's end" and the open "year end" are the phrase "the end of the year": the year, mod END
    ("GM announced plans to reduce employment by at least 6,000 people by year end.", dt.date(1989, 10, 26),
     [("year end", "DATE", "1989", "END")]),
    ("Stiffer regulatory requirements should be in place by year's end.", dt.date(1989, 10, 26),
     [("year's end", "DATE", "1989", "END")]),
    ("Profit will fall by the end of the year.", dt.date(1989, 10, 26),
     [("the end of the year", "DATE", "1989", "END")]),
    # ...the accounting term "year-end" stays the closing day
    ("The percentage change is since year-end.", dt.date(1989, 10, 30), [("year-end", "DATE", "1988-12-31", None)]),
    ("It expects to complete the transaction by year-end.", dt.date(1989, 10, 30),
     [("year-end", "DATE", "1989-12-31", None)]),
])
def test_year_end(text, dct, expected):
    assert full(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "a week from today" is that very day, a week on (as "a year ago today" is the day a year back)
    ("The judge said a ruling is due a week from today.", dt.date(1998, 3, 11),
     [("a week from today", "DATE", "1998-03-18", None)]),
    ("A year ago today, the wall fell.", dt.date(1998, 3, 11), [("A year ago today", "DATE", "1997-03-11", None)]),
    # ..."from now" keeps the unit's grain
    ("He will retire a month from now.", dt.date(1998, 3, 11), [("a month from now", "DATE", "1998-04", None)]),
])
def test_from_today(text, dct, expected):
    assert full(text, dct) == expected
