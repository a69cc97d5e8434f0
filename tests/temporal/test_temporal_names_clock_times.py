"""Names, clock times and clause-bounded cues: season words inside event names, a part of day after a clock time, and past-tense
weekdays next to future cues of another clause."""
from __future__ import annotations

import datetime as dt

import pytest

from service.temporal import find_timexes
from service.temporal.context import tense

FRI = dt.date(2010, 10, 29)  # a Friday
SAT = dt.date(2010, 10, 30)  # a Saturday
MON = dt.date(2021, 2, 1)  # a Monday


def values(text: str, dct=FRI) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


# ---------------------------------------------------------------------------------- 1. seasons in names

@pytest.mark.parametrize("text", [
    "Athletes from 90 countries arrived in Vancouver for the Winter Olympics on Monday.",
    "The sprinter won two gold medals at the Summer Games in Sydney.",
    "Millions of workers travelled home for the Spring Festival holiday.",
    "Tourists queued outside the Summer Palace in Beijing.",
    "The Winter Paralympics open in March.",
    "He scored twice in the Winter Classic at Fenway Park.",
    "Hockey fans watched the winter Olympics final on television.",
    "Protesters in Cairo drew inspiration from the Arab Spring.",
    "The factory in Fall River closed its doors.",
])
def test_season_in_a_name_is_no_date(text):
    assert not [v for v in values(text, MON) if v[2].endswith(("-WI", "-SU", "-SP", "-FA"))]


@pytest.mark.parametrize("text, expected", [
    ("Heating bills soared last winter, the utility said.", ("last winter", "DATE", "2020-WI")),
    ("The bridge collapsed in the winter of 2009.", ("the winter of 2009", "DATE", "2009-WI")),
    ("The ministry will open the new terminal this summer.", ("this summer", "DATE", "2021-SU")),
    ("Last Winter was the coldest in decades.", ("Last Winter", "DATE", "2020-WI")),
])
def test_season_as_time_still_works(text, expected):
    assert expected in values(text, MON)


# ---------------------------------------------------------------------------------- 2. clock + part of day

@pytest.mark.parametrize("text, expected", [
    ("The ceasefire was broken around 5 o'clock in the afternoon.",
     ("around 5 o'clock in the afternoon", "TIME", "2010-10-29T17:00")),
    ("The council will meet again at 9 in the evening.", ("9 in the evening", "TIME", "2010-10-29T21:00")),
    ("The first trains left at 7 in the morning.", ("7 in the morning", "TIME", "2010-10-29T07:00")),
    ("The blast was heard at 10:30 in the evening.", ("10:30 in the evening", "TIME", "2010-10-29T22:30")),
    ("Guards opened the gates at nine o'clock at night.", ("nine o'clock at night", "TIME", "2010-10-29T21:00")),
    ("The alarm sounded at 12 in the morning.", ("12 in the morning", "TIME", "2010-10-29T00:00")),
    ("The polls closed at 8 p.m. in the evening.", ("8 p.m. in the evening", "TIME", "2010-10-29T20:00")),
    ("Rescuers reached the mine at 6 in the evening Thursday.",
     ("6 in the evening Thursday", "TIME", "2010-10-28T18:00")),
])
def test_part_of_day_sets_the_half_of_the_day(text, expected):
    assert expected in values(text)


# ---------------------------------------------------------------------------------- 3. past weekdays

@pytest.mark.parametrize("text", [
    # the verb nearest the weekday decides, not a farther participle after an auxiliary
    "The rig, which was scheduled to be retired next year, exploded Thursday.",
    # a future cue after "that" / "and" / a comma belongs to the next clause
    "The company said in a statement on its website Thursday that it will cap the well.",
    "Officials told a news conference in Houston Thursday that crews will resume the search.",
    "The rig exploded about 50 miles off the coast Thursday and will be towed to port.",
    "The rig exploded off the coast of Louisiana Thursday, and crews will search the area overnight.",
    "The platform would be towed to port, officials said Thursday.",
    "The rig exploded Thursday, officials said.",
])
def test_past_weekday_resolves_back(text):
    assert ("Thursday", "DATE", "2010-10-28") in values(text)


def test_nearest_past_verb_decides():
    text = "The rig, which was scheduled to be retired next year, exploded Thursday."
    start = text.index("Thursday")
    assert tense(text, start, start + 8) == "past"


def test_future_after_the_weekday_counts_without_a_left_cue():
    assert values("On Friday, the leaders will meet in Geneva.", SAT) == [("Friday", "DATE", "2010-11-05")]
    assert values("Talks on Monday will focus on trade.", SAT) == [("Monday", "DATE", "2010-11-01")]


@pytest.mark.parametrize("text, dct, expected", [
    ("The spokesman said Saturday that talks would resume.", SAT, "2010-10-30"),
    ("The foreign ministers will meet on Friday.", SAT, "2010-11-05"),
    ("The talks collapsed last Friday.", SAT, "2010-10-22"),  # the day before would be "yesterday" (round 23)
    ("The talks collapsed last Friday.", FRI, "2010-10-22"),
])
def test_weekday_checks(text, dct, expected):
    assert [v[2] for v in values(text, dct)] == [expected]
