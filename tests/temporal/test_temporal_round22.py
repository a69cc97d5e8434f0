"""Round 22: phrases in Timeline17 articles that look temporal but were not tagged (or were tagged as what they are
not), checked against how TimeBank/AQUAINT annotate the same shape in the tune split; a rule kept only when neither
half of the tune split got worse and the total improved, and every changed output on all Timeline17 articles was
read by hand.

Each row is the shape of a real news sentence; rows with other values show what a rule must leave alone.
"""
from __future__ import annotations

import datetime as dt

import pytest
from timex_rows import values


@pytest.mark.parametrize("text, dct, expected", [
    # the stretch after an event told about is a vague duration (TimeBank "In the [years] that followed" PXY)
    ("In the years that followed, the guerrilla fighters waged war on the government.", dt.date(2000, 4, 1),
     [("years", "DURATION", "PXY", None)]),
    ("In the days that followed, the newly chastised Obama team became more aggressive.", dt.date(2008, 11, 5),
     [("days", "DURATION", "PXD", None)]),
    ("There was more resistance at Ubaydi in the following days.", dt.date(2005, 11, 23),
     [("the following days", "DURATION", "PXD", None)]),
    ("In the following months, many fishermen had to find unskilled work on land.", dt.date(2010, 6, 14),
     [("the following months", "DURATION", "PXM", None)]),
    ("In the ensuing weeks and months it was not detected elsewhere.", dt.date(2009, 5, 5),
     [("the ensuing weeks", "DURATION", "PXW", None)]),
])
def test_stretch_after_an_event_is_a_vague_duration(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # ...a counted stretch keeps its amount, a singular unit is still the day/week after
    ("In the two hours that followed the first blast, there was confusion.", dt.date(2005, 7, 11),
     [("the two hours", "DURATION", "PT2H", None)]),
    ("The following day, the rig sank.", dt.date(2010, 6, 16),
     [("The following day", "DATE", "2010-06-17", None)]),
    ("Talks resumed in the following week.", dt.date(2010, 6, 16),
     [("the following week", "DATE", "2010-W25", None)]),
])
def test_stretch_after_guards(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # an amount of time per period: the period is the rate's, no duration of its own
    ("He said teams are working 24 hours a day on every possible solution.", dt.date(2010, 5, 2),
     [("24 hours", "DURATION", "PT24H", None)]),
    ("Our call center is operating 24 hours a day, seven days a week.", dt.date(2010, 6, 17),
     [("24 hours", "DURATION", "PT24H", None), ("seven days", "DURATION", "P7D", None)]),
    ("Workers have had their schedules cut to three days a week.", dt.date(2008, 10, 18),
     [("three days", "DURATION", "P3D", None)]),
])
def test_period_after_a_unit_amount_is_a_rate(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # ...a count of events per period is still a set, a frequency too
    ("The company held hundreds of interviews a day.", dt.date(2010, 6, 16), [("a day", "SET", "P1D", None)]),
    ("He visits his mother twice a week.", dt.date(2010, 6, 16), [("twice a week", "SET", "P1W", None)]),
    # ...and "a week ago/from now" after an amount is a date
    ("The strike lasted three days, a week ago.", dt.date(2010, 6, 16),
     [("three days", "DURATION", "P3D", None), ("a week ago", "DATE", "2010-06-09", None)]),
])
def test_unit_rate_guards(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # pay or stock measured in time is an amount (TimeBank leaves "six months of base pay" untagged)
    ("Upjohn is offering a one-time retirement bonus equal to six months of base pay.", dt.date(1989, 11, 2), []),
    ("Mr Hayward will receive a year's salary plus benefits worth more than 1m pounds.", dt.date(2010, 7, 26), []),
    ("He will also receive a full year's salary plus retain the rights on BP shares.", dt.date(2010, 7, 27), []),
    ("In the UK, stocks of all food are typically down to 11 days of supply.", dt.date(2009, 5, 2), []),
])
def test_pay_measured_in_time_is_no_duration(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # ...work or talks that long are still durations
    ("He was paid for two weeks' work.", dt.date(2010, 6, 16), [("two weeks", "DURATION", "P2W", None)]),
    ("They had three months of talks.", dt.date(2010, 6, 16), [("three months", "DURATION", "P3M", None)]),
])
def test_pay_guards(text, dct, expected):
    assert values(text, dct) == expected
