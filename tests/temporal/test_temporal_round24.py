"""Round 24: "the first/second half of" something that is no year, and "(the) last quarter" with no "of" after it
(no tune output changed: kept because every changed output on all Timeline17 articles was read by hand and the
changes were clearly more right than wrong).

Each row is the shape of a real news sentence; rows with other values show what a rule must leave alone.
"""
from __future__ import annotations

import datetime as dt

import pytest
from timex_rows import values


@pytest.mark.parametrize("text, dct, expected", [
    # a half of a month, a game, a century, a sum or a text is no half of the DCT's year
    ("BP says the first of the relief wells will be finished in the first half of August.", dt.date(2010, 7, 11),
     [("August", "DATE", "2010-08", None)]),
    ("From 4pm, coverage of the second half of the game between Chelsea and Blackpool.", dt.date(2010, 9, 8),
     [("4pm", "TIME", "2010-09-08T16:00", None)]),
    ("The company diversified throughout the second half of the 20th century.", dt.date(2010, 6, 14),
     [("the 20th century", "DATE", "19", None)]),
    ('"My immediate task is making sure that the second half of that money is spent properly."',
     dt.date(2009, 2, 10), []),
    ("The stuff spattered the back half of his boat.", dt.date(2010, 5, 9), []),
])
def test_half_of_something_else_is_no_half_year(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # guards: a half of a year told, or a half standing alone in business news, stays a half year
    ("The transaction is expected to close in the second half of 2010.", dt.date(2010, 7, 27),
     [("the second half of 2010", "DATE", "2010-H2", None)]),
    ("Jobs will be lost in the second half of the year.", dt.date(2010, 6, 28),
     [("the second half of the year", "DATE", "2010-H2", None)]),
    ("Sales rose in the first half of fiscal 1990.", dt.date(1989, 10, 30),
     [("the first half of fiscal 1990", "DATE", "1990-H1", None)]),
    ("Hiscox reported a drop in first-half profits.", dt.date(2010, 8, 23),
     [("first-half", "DATE", "2010-H1", None)]),
])
def test_half_of_a_year_stays(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "(the) last quarter" alone is the quarter before the DCT's, not Q4
    ("The firm also announced a record $17 billion loss in the last quarter.", dt.date(2010, 8, 4),
     [("the last quarter", "DATE", "2010-Q2", None)]),
    ("The last quarter shows a robust 3.3% growth.", dt.date(2008, 9, 19),
     [("The last quarter", "DATE", "2008-Q2", None)]),
    ("It reported a profit after last quarter's record loss.", dt.date(2010, 11, 2),
     [("last quarter", "DATE", "2010-Q3", None)]),
])
def test_last_quarter_alone_is_the_previous_quarter(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # guards: "the last quarter of <year>" is that year's Q4; "the fourth quarter" keeps its rule
    ("Investors could receive dividends for the last quarter of 2010 as soon as March.", dt.date(2011, 1, 6),
     [("the last quarter of 2010", "DATE", "2010-Q4", None), ("March", "DATE", "2011-03", None)]),
    ("Safety will be the sole measure for bonuses in the last quarter of this year.", dt.date(2010, 10, 25),
     [("the last quarter of this year", "DATE", "2010-Q4", None)]),
    ("The economy contracted in the fourth quarter.", dt.date(2009, 6, 12),
     [("the fourth quarter", "DATE", "2008-Q4", None)]),
])
def test_last_quarter_of_a_year_stays(text, dct, expected):
    assert values(text, dct) == expected
