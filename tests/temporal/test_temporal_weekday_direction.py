"""Weekday direction: which weekday a future main clause, a modal or "as early as" points to, possessive
weekdays ("Tuesday's quake") and "more/less than X ago". All sentences are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from service.temporal import find_timexes

SUN = dt.date(2011, 1, 30)  # a Sunday
TUE = dt.date(2010, 5, 25)  # a Tuesday
WED = dt.date(2010, 5, 26)  # a Wednesday
SUN2 = dt.date(2010, 1, 17)  # a Sunday


def value_of(text: str, word: str, dct) -> tuple[str, str | None]:
    [t] = [t for t in find_timexes(text, dct) if word in t.text]
    return t.value, t.mod


# ---------------------------------------------------------------------------------- 1. future main clause

@pytest.mark.parametrize("text", [
    "Norvale will publish its figures when it unveils them on Tuesday.",
    "The mayor will comment before the new council is sworn in on Tuesday.",
    "The union will decide after the board has its meeting on Tuesday.",
    "Shares will trade again once the exchange reopens on Tuesday.",
    "The band will not tour until the new album is out on Tuesday.",
])
def test_present_tense_in_temporal_clause_under_future_main_clause(text):
    assert value_of(text, "Tuesday", SUN)[0] == "2011-02-01"


@pytest.mark.parametrize("text", [
    "The mayor commented before the new council was sworn in on Tuesday.",
    "The mayor says he is ready when the council is sworn in on Tuesday.",
    "The mayor may have spoken when the council is sworn in on Tuesday.",
    "The firm will sell the plant, which opened when the strike ended on Tuesday.",
])
def test_temporal_clause_without_future_main_clause_stays_past(text):
    assert value_of(text, "Tuesday", SUN)[0] == "2011-01-25"


# ---------------------------------------------------------------------------------- 2. "will" + adverb + verb

@pytest.mark.parametrize("text", [
    "The governor will also travel to the flooded valley on Friday.",
    "The governor will once again travel to the flooded valley on Friday, his office said.",
    "The governor also will visit the flooded region of the northern valley on Friday.",
    "The governor will also be travelling to the coast on Friday.",
])
def test_future_with_adverb_before_the_verb(text):
    assert value_of(text, "Friday", WED)[0] == "2010-05-28"


@pytest.mark.parametrize("text", [
    "Crews reached the flooded valley on Friday.",
    "The flooded valley was evacuated on Friday.",
])
def test_adjective_participle_does_not_hide_a_past_verb(text):
    assert value_of(text, "Friday", WED)[0] == "2010-05-21"


# ---------------------------------------------------------------------------------- 3. modals, "as early as"

@pytest.mark.parametrize("text", [
    "The assembly could vote on the measure as early as Wednesday.",
    "The assembly could vote on the measure Wednesday.",
    "The panel might release its findings as soon as Friday.",
    "Regulators may approve the merger on Friday.",
    "The cap could be lowered over the well as early as Friday.",
])
def test_modal_and_earliest_point_ahead(text):
    day = "Wednesday" if "Wednesday" in text else "Friday"
    assert value_of(text, day, TUE)[0] == {"Wednesday": "2010-05-26", "Friday": "2010-05-28"}[day]


@pytest.mark.parametrize("text, day, want", [
    ("Inspectors knew of the crack as early as Monday.", "Monday", "2010-05-24"),
    ("The airline could not say on Monday how many flights were cancelled.", "Monday", "2010-05-24"),
    ("The farmer could not be reached Monday.", "Monday", "2010-05-24"),
    ("The measure could have passed on Monday.", "Monday", "2010-05-24"),
    ("Hundreds may have died in the storm on Monday.", "Monday", "2010-05-24"),
])
def test_past_modal_uses_stay_past(text, day, want):
    assert value_of(text, day, TUE)[0] == want


# ---------------------------------------------------------------------------------- 4. possessive weekdays

@pytest.mark.parametrize("text", [
    "Rescuers searched the rubble left by Tuesday's quake.",
    "Volunteers will collect blankets for the victims of Tuesday's quake.",
    "Thousands may have been killed in Tuesday's quake.",
    "Tuesday's quake flattened the old market.",
    "The charity will hold a concert, the first since Tuesday's quake.",
])
def test_possessive_weekday_without_own_future_cue_is_past(text):
    assert value_of(text, "Tuesday", SUN2)[0] == "2010-01-12"


@pytest.mark.parametrize("text", [
    "Friday's vote will decide the measure.",
    "Lawmakers will attend Friday's vote.",
    "The bids must be in by Friday's deadline.",
])
def test_possessive_weekday_with_own_future_cue_is_ahead(text):
    assert value_of(text, "Friday", SUN2)[0] == "2010-01-22"


# ---------------------------------------------------------------------------------- 5. more/less than X ago

@pytest.mark.parametrize("text, span, mod", [
    ("The plant closed more than a week ago.", "more than a week ago", "BEFORE"),
    ("The plant closed about a week ago.", "about a week ago", "APPROX"),
    ("The plant closed less than a week ago.", "less than a week ago", "AFTER"),
    ("The plant closed well over a week ago.", "well over a week ago", "BEFORE"),
    ("The plant will close less than a week later.", "less than a week later", "BEFORE"),
])
def test_bounded_ago(text, span, mod):
    [t] = [t for t in find_timexes(text, SUN2) if "week" in t.text]
    assert (t.text, t.type, t.value, t.mod) == (span, "DATE", "2010-01-10" if "ago" in span else t.value, mod)


@pytest.mark.parametrize("text", [
    "The company now has 5,000 more staff than a week ago.",
    "There are now 5,000 more than a week ago.",
    "Sales were 10% less than a year ago.",
])
def test_comparison_is_no_bound(text):
    [t] = [t for t in find_timexes(text, SUN2) if "ago" in t.text]
    assert t.mod is None and not t.text.startswith(("more", "less"))
