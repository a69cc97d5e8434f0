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


@pytest.mark.parametrize("text, dct, expected", [
    # a season or month "of last/next/this year" is one DATE in that year (was the DCT's season + "last year")
    ("The talks broke down in the spring of last year.", dt.date(1998, 3, 11),
     [("the spring of last year", "DATE", "1997-SP", None)]),
    ("The plant will open in the summer of next year.", dt.date(1998, 3, 11),
     [("the summer of next year", "DATE", "1999-SU", None)]),
    ("The deal closed in the fall of this year.", dt.date(1998, 11, 11),
     [("the fall of this year", "DATE", "1998-FA", None)]),
    ("In March of last year, Pol Pot was arrested.", dt.date(1998, 2, 19),
     [("March of last year", "DATE", "1997-03", None)]),
    # ...a fall of something is no season
    ("Fans mourned the fall of last year's champion.", dt.date(1998, 3, 11), [("last year", "DATE", "1997", None)]),
    ("In June last year, the leadership had a falling out.", dt.date(1998, 2, 19),
     [("June last year", "DATE", "1997-06", None)]),
])
def test_season_and_month_of_a_relative_year(text, dct, expected):
    assert full(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # the present "expect(s)" + an object looks ahead like "expects to": a month or weekday after it is the next one
    ("Officials expect a decision in mid-December on the proposed rules.", dt.date(1998, 3, 11),
     [("mid-December", "DATE", "1998-12", "MID")]),
    ("Analysts expect a ruling Friday.", dt.date(1998, 3, 11), [("Friday", "DATE", "1998-03-13", None)]),
    # ...a past verb right before the day still decides
    ("Few expect the plan announced Monday to pass.", dt.date(1998, 3, 11), [("Monday", "DATE", "1998-03-09", None)]),
    ("The plan, as expected, was announced in December.", dt.date(1998, 3, 11),
     [("December", "DATE", "1997-12", None)]),
])
def test_present_expect_looks_ahead(text, dct, expected):
    assert full(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # early in a quarter, an earnings report's "this quarter's loss" is the quarter just reported (tune gold 1989-Q3)
    ("Lyphomed had a loss of $4 million in the third quarter, compared with net income for the corresponding period "
     "last year. This quarter's loss includes pretax charges of $4.9 million.", dt.date(1989, 11, 1),
     [("the third quarter", "DATE", "1989-Q3", None), ("the corresponding period last year", "DATE", "1988-Q3", None),
      ("This quarter", "DATE", "1989-Q3", None)]),
    # ...but results still to come are the current quarter's, and so is "this quarter" without such a report
    ("Net fell in the third quarter. This quarter's earnings will be hurt by the strike.", dt.date(1989, 11, 1),
     [("the third quarter", "DATE", "1989-Q3", None), ("This quarter", "DATE", "1989-Q4", None)]),
    ("Sales this quarter are strong.", dt.date(1989, 11, 1), [("this quarter", "DATE", "1989-Q4", None)]),
])
def test_this_quarters_results(text, dct, expected):
    assert full(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "are expected to", "is likely to" after the expression look ahead; the present copula is no present cue
    ("Earnings in the second half are expected to improve, the company said.", dt.date(1998, 3, 11),
     [("the second half", "DATE", "1998-H2", None)]),
    ("Sales in the fourth quarter are likely to rise.", dt.date(1998, 3, 11),
     [("the fourth quarter", "DATE", "1998-Q4", None)]),
    ("The vote on Friday is expected to be close.", dt.date(1998, 3, 11), [("Friday", "DATE", "1998-03-13", None)]),
    # ...a past "was expected to" is left as it was
    ("The vote Friday was expected to be close.", dt.date(1998, 3, 11), [("Friday", "DATE", "1998-03-06", None)]),
])
def test_present_plan_copula_looks_ahead(text, dct, expected):
    assert full(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a present plan verb with its place between still announces the coming day
    ("Albright arrives in Kenya on Tuesday.", dt.date(1998, 3, 11), [("Tuesday", "DATE", "1998-03-17", None)]),
    ("Clinton, who returns to Washington on Friday, said he was pleased.", dt.date(1998, 3, 11),
     [("Friday", "DATE", "1998-03-13", None)]),
    # ...a past verb with its place does not
    ("The minister flew to Paris on Sunday.", dt.date(1998, 3, 11), [("Sunday", "DATE", "1998-03-08", None)]),
    ("His visit to Paris on Sunday was brief.", dt.date(1998, 3, 11), [("Sunday", "DATE", "1998-03-08", None)]),
])
def test_plan_verb_with_a_place(text, dct, expected):
    assert full(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # what an infinitive after a dated verb says comes after that day
    ("The two sides agreed Tuesday to resume talks Friday.", dt.date(1998, 3, 11),
     [("Tuesday", "DATE", "1998-03-10", None), ("Friday", "DATE", "1998-03-13", None)]),
    ("He was ordered Monday to appear in court Friday.", dt.date(1998, 3, 11),
     [("Monday", "DATE", "1998-03-09", None), ("Friday", "DATE", "1998-03-13", None)]),
    # ...not through a clause of its own
    ("He went Monday to see his mother, who died Friday.", dt.date(1998, 3, 11),
     [("Monday", "DATE", "1998-03-09", None), ("Friday", "DATE", "1998-03-06", None)]),
    ("Police said Monday they arrested him Sunday.", dt.date(1998, 3, 11),
     [("Monday", "DATE", "1998-03-09", None), ("Sunday", "DATE", "1998-03-08", None)]),
])
def test_infinitive_after_a_dated_verb(text, dct, expected):
    assert full(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "the month"/"the year" told in the past right after an older date is that date's month (year)
    ("The strike began Oct. 1. By the end of the month, it had spread to three plants.", dt.date(1998, 3, 11),
     [("Oct. 1", "DATE", "1997-10-01", None), ("the end of the month", "DATE", "1997-10", "END")]),
    ("Car sales rose 5% in September. For the month, imports fell.", dt.date(1989, 10, 26),
     [("September", "DATE", "1989-09", None), ("the month", "DATE", "1989-09", None)]),
    # ...a deadline ahead stays the DCT's month
    ("The first troops arrived on Aug. 8. The goal is to put 40,000 troops in the region by the end of the month.",
     dt.date(1990, 8, 13), [("Aug. 8", "DATE", "1990-08-08", None), ("the end of the month", "DATE", "1990-08", "END")]),
    ("Shares hit a high in June. For the year, the stock is up 20%.", dt.date(1989, 10, 26),
     [("June", "DATE", "1989-06", None), ("the year", "DATE", "1989", None)]),
])
def test_the_month_of_a_date_told_before(text, dct, expected):
    assert full(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "until" after a past verb of something that went on is a past time
    ("The meeting ran until 2 a.m. Thursday, officials said.", dt.date(1998, 3, 11),
     [("2 a.m. Thursday", "TIME", "1998-03-05T02:00", None)]),
    ("The talks lasted until late Tuesday night.", dt.date(1998, 3, 11),
     [("late Tuesday night", "TIME", "1998-03-10TNI", "END")]),
    # ...a verb that moves or sets a time, or a future, still points ahead
    ("The court adjourned until Monday.", dt.date(1998, 3, 11), [("Monday", "DATE", "1998-03-16", None)]),
    ("The INS has given the relatives until 9 a.m. Tuesday to sign.", dt.date(1998, 3, 11),
     [("9 a.m. Tuesday", "TIME", "1998-03-17T09:00", None)]),
    ("Officials will stay until Friday.", dt.date(1998, 3, 11), [("Friday", "DATE", "1998-03-13", None)]),
])
def test_until_after_a_lasting_past_verb(text, dct, expected):
    assert full(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "25 years ago this month" is that month (as "a year ago today" is that day)
    ("The company was founded 25 years ago this month.", dt.date(1998, 3, 11),
     [("25 years ago this month", "DATE", "1973-03", None)]),
    ("NATO was created 50 years ago this week.", dt.date(1999, 4, 6),
     [("50 years ago this week", "DATE", "1949-W14", None)]),
    # ...days are still counted from the DCT
    ("He left three days ago this week.", dt.date(1998, 3, 11), [("three days ago", "DATE", "1998-03-08", None)]),
])
def test_ago_this_month(text, dct, expected):
    assert full(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # the infinitive of a past aspect verb happens with it: the weekend just gone
    ("Barack Obama continued to pile pressure on the company over the weekend, calling for funds.",
     dt.date(2010, 6, 14), [("the weekend", "DATE", "2010-W23-WE", None)]),
    # ...an agreement to do something still points ahead
    ("Obama agreed to meet Hayward over the weekend.", dt.date(2010, 6, 14),
     [("the weekend", "DATE", "2010-W24-WE", None)]),
])
def test_infinitive_of_a_past_aspect_verb(text, dct, expected):
    assert full(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "that June" is June of the year just told about
    ("The camp was established by the American forces in April 2003, and damage was already visible when Dr "
     "Curtis first visited part of the site that June.", dt.date(2005, 1, 15),
     [("April 2003", "DATE", "2003-04", None), ("June", "DATE", "2003-06", None)]),
    # ...without a date told about, the month is read as usual
    ("He said that June sales rose.", dt.date(2005, 1, 15), [("June", "DATE", "2004-06", None)]),
])
def test_that_month_is_in_the_year_told_about(text, dct, expected):
    assert full(text, dct) == expected
