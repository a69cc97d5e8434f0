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


@pytest.mark.parametrize("text, dct, expected", [
    # "as (previously) planned/scheduled" compares with a plan: no future cue
    ("Mr. Bush let the ground offensive begin as previously planned Saturday night.", dt.date(1991, 2, 25),
     ("Saturday night", "TIME", "1991-02-23TNI")),
    ("The vote went ahead as scheduled Tuesday.", dt.date(1991, 2, 25), ("Tuesday", "DATE", "1991-02-19")),
    # ...a plan stated as such still points ahead
    ("The vote is scheduled Tuesday.", dt.date(1991, 2, 25), ("Tuesday", "DATE", "1991-02-26")),
    ("The offensive is planned for Saturday night.", dt.date(1991, 2, 25),
     ("Saturday night", "TIME", "1991-03-02TNI")),
    ("The talks will go ahead as planned on Tuesday.", dt.date(1991, 2, 25), ("Tuesday", "DATE", "1991-02-26")),
])
def test_as_planned_is_no_plan(text, dct, expected):
    assert expected in values(text, dct)


@pytest.mark.parametrize("text, expected", [
    # a kind of accounting year is neither a year of the story nor an amount of time
    ("The funeral home and cemetery operator changed from a fiscal year to a calendar year in December.",
     [("December", "DATE", "1988-12")]),
    ("Results are now reported on a calendar-year basis.", [("now", "DATE", "PRESENT_REF")]),
    # ...an amount of time or the company's own year stays
    ("The rule limits withdrawals to two within a calendar year.", [("a calendar year", "DURATION", "P1Y")]),
    ("Sales in the fiscal year rose 8%.", [("the fiscal year", "DATE", "1989")]),
])
def test_accounting_year_kind(text, expected):
    assert values(text, dt.date(1989, 10, 27)) == expected


@pytest.mark.parametrize("text, expected", [
    # two quarters joined by "and" are two TIMEX3s, the first ordinal alone (as "between 1985 and 1987")
    ("Profit rose in the second and third quarters.",
     [("second", "DATE", "1989-Q2"), ("third quarters", "DATE", "1989-Q3")]),
    ("Profit will rise in the third and fourth quarters of 1990.",
     [("third", "DATE", "1990-Q3"), ("fourth quarters of 1990", "DATE", "1990-Q4")]),
    # ...habitual, every year's quarters (TimeBank: SET XXXX-Q2, as a season is XXXX-WI)
    ("The company said 80% of its auction business is usually conducted in the second and fourth quarters.",
     [("second", "SET", "XXXX-Q2"), ("fourth quarters", "SET", "XXXX-Q4")]),
    ("Retail sales are typically strongest in the fourth quarter.", [("the fourth quarter", "SET", "XXXX-Q4")]),
    # ...one quarter, a fraction or a quarter with its year stay as they were
    ("Sales rose in the second quarter.", [("the second quarter", "DATE", "1989-Q2")]),
    ("Three quarters of its sales are usually abroad.", []),
    ("Sales usually rose in the fourth quarter of 1988.", [("the fourth quarter of 1988", "DATE", "1988-Q4")]),
])
def test_joined_quarters(text, expected):
    assert values(text, dt.date(1989, 10, 26)) == expected
