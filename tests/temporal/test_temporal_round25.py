"""Round 25 (from a fresh, blind TIMEX3 annotation of Timeline17 news, dev half): "earlier/later in the week/month/
year" is the week/month/year told about or the DCT's, not an unknown week; the second day of "from X to Y" /
"between X and Y" comes after the first (no tune output changed; every changed output on all Timeline17 articles
was read by hand).

Each row is the shape of a real news sentence; rows with other values show what a rule must leave alone.
"""
from __future__ import annotations

import datetime as dt

import pytest
from timex_rows import values


@pytest.mark.parametrize("text, dct, expected", [
    # the DCT's week (Wednesday, Jan. 20, 2010; Friday, June 11, 2010)
    ("Earlier in the week, concerns were raised that unusual spending habits coincided with the appeal.",
     dt.date(2010, 1, 20), [("the week", "DATE", "2010-W03", None)]),
    ("He said earlier in the week that he'd fired BP CEO Tony Hayward.", dt.date(2010, 6, 11),
     [("the week", "DATE", "2010-W23", None)]),
    ("BP will not be able to restart the system until later in the week, officials said.", dt.date(2010, 6, 30),
     [("the week", "DATE", "2010-W26", None)]),
    # written on a Monday, the week's earlier days are last week's
    ("Earlier in the week, officials drastically increased their estimate of the leak.", dt.date(2010, 5, 3),
     [("the week", "DATE", "2010-W17", None)]),
    # the month of the date told just before
    ("The strike began on March 3. Later in the month, the talks failed.", dt.date(2010, 6, 30),
     [("March 3", "DATE", "2010-03-03", None), ("the month", "DATE", "2010-03", None)]),
    # guards: the week of something named stays unknown; the day keeps its reading
    ("It rained later in the week of the storm.", dt.date(2010, 6, 30), [("the week", "DATE", "2010-WXX", None)]),
    ("Later in the day, he left for Washington.", dt.date(2010, 6, 30), [("the day", "DATE", "2010-06-30", None)]),
])
def test_earlier_or_later_in_the_unit_is_the_unit_told_about(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    ("The Atlantic hurricane season runs from 1 June to 30 November, and meteorologists predict an active one.",
     dt.date(2010, 6, 30), [("1 June", "DATE", "2010-06-01", None), ("30 November", "DATE", "2010-11-30", None)]),
    ("He was away from Monday, Dec. 20 to Jan. 5.", dt.date(2011, 1, 30),
     [("Monday, Dec. 20", "DATE", "2010-12-20", None), ("Jan. 5", "DATE", "2011-01-05", None)]),
    # guards: a range inside one month, and two days not joined as a range
    ("The fair ran from May 3 to May 7.", dt.date(2010, 6, 30),
     [("May 3", "DATE", "2010-05-03", None), ("May 7", "DATE", "2010-05-07", None)]),
    ("Sales on Dec. 20 rose; on Jan. 5 they fell.", dt.date(2010, 1, 30),
     [("Dec. 20", "DATE", "2009-12-20", None), ("Jan. 5", "DATE", "2010-01-05", None)]),
])
def test_range_end_comes_after_its_start(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # awards, named years and English school years are no times
    ('Reuters "Journalist of the Year" Winners: Story of the Year: Turmoil in Iran.', dt.date(2009, 12, 20), []),
    ("Nicola won the BBC Young Musician of the Year competition in 2006.", dt.date(2010, 3, 1),
     [("2006", "DATE", "2006", None)]),
    ("closer to schism than any issue since the Year of Disruption in 1843.", dt.date(2009, 5, 20),
     [("1843", "DATE", "1843", None)]),
    ("Other cases included five Year Seven pupils who were off sick on Friday.", dt.date(2009, 5, 5),
     [("Friday", "DATE", "2009-05-01", None)]),
    # guards: a year told in lower case stays a time
    ("It was the hottest day of the year.", dt.date(2010, 7, 1), [("the year", "DATE", "2010", None)]),
    ("He will retire next year.", dt.date(2010, 7, 1), [("next year", "DATE", "2011", None)]),
])
def test_award_and_school_years_are_no_times(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a planned event named by its day takes the tense of its sentence: "as part of" opens no clause
    ('U2 are due to appear in London for "a group performance" as part of Friday\'s Hope For Haiti telethon.',
     dt.date(2010, 1, 20), [("Friday", "DATE", "2010-01-22", None)]),
    # "that" before a possessive weekday is a conjunction, not "that Friday"
    ("Obama spoke on Tuesday, voicing hope that Wednesday's procedure would succeed.", dt.date(2010, 5, 25),
     [("Tuesday", "DATE", "2010-05-25", None), ("Wednesday", "DATE", "2010-05-26", None)]),
    ("It was immediately obvious that Tuesday's quake in Haiti would be a disaster.", dt.date(2010, 1, 13),
     [("Tuesday", "DATE", "2010-01-12", None)]),
    # guards: a planned event told in the past, an accident, a demonstrative "that Friday"
    ("Stars performed at Friday's concert.", dt.date(2010, 1, 20), [("Friday", "DATE", "2010-01-15", None)]),
    ("He will organise a conference to help the victims of Tuesday's earthquake.", dt.date(2010, 1, 20),
     [("Tuesday", "DATE", "2010-01-19", None)]),
    ("He arrived that Friday.", dt.date(2010, 1, 20), [("that Friday", "DATE", "2010-01-15", None)]),
])
def test_possessive_day_of_a_planned_event(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # the opening or closing stretch of a life or an office, with a possessive
    ("Murray had been attempting to wean the singer off propofol in his final days.", dt.date(2011, 10, 7),
     [("final days", "DURATION", "PXD", None)]),
    ("Sarkozy is in his last months in the rotating presidency.", dt.date(2008, 11, 13),
     [("last months", "DURATION", "PXM", None)]),
    ("Did BP and the government react robustly enough in its early days?", dt.date(2010, 5, 2),
     [("early days", "DURATION", "PXD", None)]),
    # "about" before a stretch with no amount is its preposition, not APPROX
    ("Bernard talks about his early days with the band.", dt.date(2010, 4, 16),
     [("early days", "DURATION", "PXD", None)]),
    ("We should learn about the past.", dt.date(2010, 4, 16), [("the past", "DATE", "PAST_REF", None)]),
    # guards: an amount keeps its APPROX
    ("The trial is expected to last about two years.", dt.date(2010, 4, 16),
     [("about two years", "DURATION", "P2Y", "APPROX")]),
    ("The blast happened around Wednesday.", dt.date(2010, 4, 16),
     [("around Wednesday", "DATE", "2010-04-14", "APPROX")]),
])
def test_possessive_stretch_and_about(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # British "at the minute" is "at the moment"
    ("a young band who are getting lots of play on MTV at the minute; In Case of Fire", dt.date(2010, 1, 21),
     [("at the minute", "DATE", "PRESENT_REF", None)]),
    ("We later learned that the minute they arrived they were sent back.", dt.date(2010, 1, 21), []),
    # a quotation opening after "after"/"before" is its object: the amount is a duration, not an anchored date
    ('Response strategy should have been refiled 15 days after "significant change in worst-case scenario".',
     dt.date(2010, 8, 15), [("15 days", "DURATION", "P15D", None)]),
    ('Two days after "top kill" began, Hayward touched down.', dt.date(2010, 6, 1),
     [("Two days", "DURATION", "P2D", None)]),
    # guard: an adverb at the end of its clause stays an anchored date
    ("He was arrested on May 3 and freed three weeks after.", dt.date(2010, 6, 1),
     [("May 3", "DATE", "2010-05-03", None), ("three weeks after", "DATE", "2010-05-24", None)]),
])
def test_at_the_minute_and_quoted_objects(text, dct, expected):
    assert values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "the minute-long quake": one of the unit, as "a year-long inquiry"; the determiner is the noun's
    ("The minute-long quake was felt all over the island.", dt.date(2010, 1, 14),
     [("minute-long", "DURATION", "PT1M", None)]),
    ("Two couples formed relationships during their week-long incarceration.", dt.date(2009, 5, 10),
     [("week-long", "DURATION", "P1W", None)]),
    # guards: a counted or articled one keeps its reading
    ("It was a year-long inquiry.", dt.date(2010, 1, 14), [("a year-long", "DURATION", "P1Y", None)]),
    ("It ended a two-year-long war.", dt.date(2010, 1, 14), [("two-year-long", "DURATION", "P2Y", None)]),
])
def test_the_unit_long_is_one_unit(text, dct, expected):
    assert values(text, dct) == expected
