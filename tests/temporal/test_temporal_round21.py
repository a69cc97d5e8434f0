"""Round 21: span errors (gold expressions the engine missed, outputs with no gold) in the TimeML tune split, grouped
by surface pattern; a rule kept only when neither half of the tune split got worse and the total improved, and every
changed output on all Timeline17 articles was read by hand.

Each row is the shape of a real news sentence; rows with other values show what a rule must leave alone.
"""
from __future__ import annotations

import datetime as dt

import pytest
from timex_rows import values


@pytest.mark.parametrize("text, dct, expected", [
    # the opening or closing stretch of an event is a vague duration (TimeBank "the first hours" PTXH)
    ("U.S. commanders said 5,500 Iraqi prisoners were taken in the first hours of the ground war.",
     dt.date(1991, 2, 25), [("the first hours", "DURATION", "PTXH", None)]),
    ("If you do the alternative extreme, you don't save as many lives in the early years, by a small fraction.",
     dt.date(1998, 3, 31), [("the early years", "DURATION", "PXY", None)]),
    ("The company kept a low profile during the early weeks of the crisis.", dt.date(2010, 6, 21),
     [("the early weeks", "DURATION", "PXW", None)]),
    ("Her son signed up in the final months of the Clinton era.", dt.date(2005, 12, 9),
     [("the final months", "DURATION", "PXM", None)]),
    ("In the opening days the prosecution has attempted to show that he delayed calling for help.",
     dt.date(2011, 9, 29), [("the opening days", "DURATION", "PXD", None)]),
])
def test_stretch_of_an_event_is_a_vague_duration(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # ...before a date it is that date's START/END modifier, as before
    ("Prices rose in the first days of March.", dt.date(2000, 4, 1),
     [("the first days of March", "DATE", "2000-03", "START")]),
    ("The deal closed in the final days of 1999.", dt.date(2000, 4, 1),
     [("the final days of 1999", "DATE", "1999", "END")]),
    # ..."the first days after ..." stays untagged (TimeBank leaves it)
    ("In the first days after President Bush announced the deployment, officials were nervous.",
     dt.date(1990, 8, 13), []),
    # ..."the early hours" is a part of the night: the day after it is the expression
    ("The FBI arrested him at the airport in the early hours of Thursday morning.", dt.date(1999, 10, 8),
     [("Thursday morning", "TIME", "1999-10-07TMO", None)]),
    # ...a term opened by a possessive keeps its own rule
    ("In his first months in office he cut taxes.", dt.date(2009, 6, 1),
     [("first months", "DURATION", "PXM", None)]),
])
def test_stretch_guards(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "a while" is an unspecified amount of time (TimeBank "for a while" DURATION PXX)
    ("They're going to have to live without it for a while.", dt.date(1998, 1, 11),
     [("a while", "DURATION", "PXX", None)]),
    ("The situation that resulted in the crisis took a while to build up.", dt.date(2008, 10, 9),
     [("a while", "DURATION", "PXX", None)]),
    ("BP was fined, and the calamity was averted. For a little while.", dt.date(2010, 8, 23),
     [("a little while", "DURATION", "PXX", None)]),
    ("That's a long while to wait until you get jabs.", dt.date(2009, 4, 25),
     [("a long while", "DURATION", "PXX", None)]),
])
def test_a_while_is_a_vague_duration(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # ...a frequency, a point in time and the conjunction are left alone
    ("Once in a while he calls his mother.", dt.date(2010, 6, 1), []),
    ("He called a while ago.", dt.date(2010, 6, 1), []),
    ("He stayed a while longer.", dt.date(2010, 6, 1), []),
    ("While the talks went on, prices fell.", dt.date(2010, 6, 1), []),
])
def test_a_while_guards(text, dct, expected):
    assert values(text, dct) == expected
