"""Round 7 rules, checked on the tune split: a count per period is a SET; "one day" after a modal is FUTURE_REF.

Each row is a real-style sentence (the first of each group is from the tune split); rows with other values show
what the rule must leave alone.
"""
from __future__ import annotations

import datetime as dt

import pytest

from service.temporal import find_timexes

DCT = dt.date(1998, 10, 25)


def values(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, DCT)]


@pytest.mark.parametrize("text, expected", [
    # a count of things or events per period recurs with the period: SET (TimeBank: "a day" SET P1D)
    ("``We are doing dozens if not hundreds of interviews a day,'' said Paul Moskal.", [("a day", "SET", "P1D")]),
    ("Uh, there are over fifty thousand CDs a year sold with uh lyrics.", [("a year", "SET", "P1Y")]),
    ("The soldiers get three meals a day.", [("a day", "SET", "P1D")]),
    ("The clinic performs 40 operations a week.", [("a week", "SET", "P1W")]),
    # money and measures per period are rates (blocked), units stay durations, anchored uses keep their reading
    ("The plan should save $500 million a year.", []),
    ("It costs five billion dollars a year.", []),
    ("The field produces 500,000 barrels a day.", []),  # a rate like "4,000 tons annually" (round 9)
    # a unit amount is no count of things: no SET; its "a day" is the rate's, no duration (round 22)
    ("Police stood outside the office 24 hours a day.", [("24 hours", "DURATION", "PT24H")]),
    ("He had 300 employees a year ago.", [("a year ago", "DATE", "1997")]),
    ("He counted 300 businesses a year later.", [("a year later", "DATE", "1999")]),
    ("It takes a week.", [("a week", "DURATION", "P1W")]),
    ("They gave the three classes a day off.", [("a day", "DURATION", "P1D")]),
    ("The class meets two times a week.", [("two times a week", "SET", "P1W")]),
])
def test_count_per_period(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a modal, "one day" means "someday": an indefinite future, not a duration
    ("According to the Arab American institute, Islam will one day be the second largest religion in the country.",
     [("one day", "DATE", "FUTURE_REF")]),
    ("He may one day run for office.", [("one day", "DATE", "FUTURE_REF")]),
    ("Scientists hope the vaccine could also one day protect children.", [("one day", "DATE", "FUTURE_REF")]),
    # a verb between: the length of something
    ("The strike will last one day.", [("one day", "DURATION", "P1D")]),
    ("John Major had only been in the job one day.", [("one day", "DURATION", "P1D")]),
    ("The action followed by one day an Intelogic announcement.", [("one day", "DURATION", "P1D")]),
    ("Staff can work one day a week from home.", [("one day", "DURATION", "P1D"), ("a week", "DURATION", "P1W")]),
])
def test_one_day_after_modal(text, expected):
    assert values(text) == expected
