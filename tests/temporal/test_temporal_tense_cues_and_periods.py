"""Tense cues and reporting periods: sentence ends at abbreviations, past-perfect plans, month tense cues, overnight,
"last week" on a Sunday, "last year's quarter", blocked "soon after" and "the future of"."""
from __future__ import annotations

import datetime as dt

import pytest

from service.temporal import find_timexes
from service.temporal.context import sentence_cuts, tense

WED = dt.date(2001, 5, 9)  # a Wednesday
MON = dt.date(1989, 10, 30)  # a Monday
SUN = dt.date(1998, 3, 22)  # a Sunday


def values(text: str, dct=WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def test_abbreviations_do_not_end_sentences():
    text = "Gen. Smith met Mr. Jones in Mobile, Ala. The storm hit U.S. towns. It was over."
    starts = [text[i:i + 3] for i in sentence_cuts(text)]
    assert starts == ["The", "It "]


def test_tense_reads_past_an_abbreviation():
    text = "The talks will resume at the U.N. headquarters on Friday."
    start = text.index("Friday")
    assert tense(text, start, start + 6) == "future"
    assert values(text) == [("Friday", "DATE", "2001-05-11")]


def test_next_to_is_no_future_cue():
    text = "Hundreds were killed in the blasts next to the U.S. embassies in Kenya and Tanzania on Friday."
    assert values(text) == [("Friday", "DATE", "2001-05-04")]


@pytest.mark.parametrize("text", [
    "The offer had been due to expire Friday evening.",
    "The hearing had been scheduled to open Friday.",
])
def test_a_past_perfect_plan_is_over(text):
    got = values(text, MON)
    assert got and got[0][2].startswith("1989-10-27"), got


def test_a_present_plan_still_points_ahead():
    assert values("The offer is due to expire Friday.", MON) == [("Friday", "DATE", "1989-11-03")]


@pytest.mark.parametrize("text, value", [
    ("The credit line runs through January.", "1990-01"),  # a term: still ahead
    ("In January, a week after the anniversary, a doctor was shot.", "1989-01"),  # no cue: the last one
    ("The new plant opens in March.", "1990-03"),  # present-tense plan verb
])
def test_month_without_year(text, value):
    got = [v for t, _, v in values(text, MON) if not t.endswith("week")]
    assert got[0] == value


def test_month_day_after_a_plan_verb():
    assert values("The conference opens March 3 in Geneva.", MON)[0] == ("March 3", "DATE", "1990-03-03")


def test_overnight_is_the_night_before_the_day_told_about():
    text = ("London share prices closed sharply lower Friday. Shares were depressed by overnight losses "
            "in New York, and the index fell 4.5% from the previous Friday.")
    got = values(text, MON)
    assert ("overnight", "TIME", "1989-10-26TNI") in got
    assert ("the previous Friday", "DATE", "1989-10-20") in got
    assert values("Stocks fell overnight in Tokyo.", MON) == [("overnight", "TIME", "1989-10-30TNI")]


def test_last_week_written_on_a_sunday():
    assert values("He met the president last week.", SUN) == [("last week", "DATE", "1998-W12")]
    assert values("He met the president last week.", WED) == [("last week", "DATE", "2001-W18")]


def test_last_years_quarter():
    text = "Net fell in the third quarter. U.K. sales for last year's quarter were about $3 million."
    got = values(text, dt.date(1989, 11, 1))
    assert got == [("the third quarter", "DATE", "1989-Q3"), ("last year's quarter", "DATE", "1988-Q3")]


def test_the_1988_period_is_a_comparison_not_the_reported_quarter():
    text = ("It earned $5 million in the fiscal first quarter. In the 1988 period, it earned $6 million. "
            "It expected to break even for the quarter.")
    got = values(text, dt.date(1989, 10, 26))
    assert got[-1] == ("the quarter", "DATE", "1989-Q1")


@pytest.mark.parametrize("text", [
    "He was probably killed soon after being captured.",
    "That is very important to the future of our peoples.",
])
def test_not_references(text):
    assert values(text) == []


def test_references_still_found():
    assert values("Prices will rise soon.") == [("soon", "DATE", "FUTURE_REF")]
    assert values("Rates may rise in the future.") == [("the future", "DATE", "FUTURE_REF")]


def test_years_end():
    # "year's end" is "the end of the year" (the year, mod END); the accounting term "year-end" is Dec. 31
    assert values("Rules should be in place by year's end.", MON) == [("year's end", "DATE", "1989")]


@pytest.mark.parametrize("text, span, value", [
    ("The summit is set for May 5-6 in Brussels.", "May 5", "2001-05-05"),
    ("Delegates meet June 3-4.", "June 3", "2001-06-03"),
    ("The fair ran Sept. 30-Oct. 2, 1999, in Ohio.", "Sept. 30", "1999-09-30"),
])
def test_day_ranges_keep_the_first_day(text, span, value):
    assert values(text)[0] == (span, "DATE", value)


@pytest.mark.parametrize("text, span, mod", [
    ("Detainees may be held no more than five days.", "no more than five days", "EQUAL_OR_LESS"),
    ("He has lived there for over a decade.", "over a decade", "MORE_THAN"),
    ("The cost will be spread over three years.", "three years", None),
    ("The strike lasted more than two weeks.", "more than two weeks", "MORE_THAN"),
])
def test_duration_modifiers(text, span, mod):
    (t,) = find_timexes(text, WED)
    assert (t.text, t.mod) == (span, mod)


@pytest.mark.parametrize("text, span", [
    ("Net fell in the third quarter. For the quarter a year ago, it earned $16 million.", "the quarter a year ago"),
    ("Net fell in the third quarter from the same period last year.", "the same period last year"),
])
def test_the_quarter_a_year_ago(text, span):
    got = values(text, dt.date(1989, 10, 26))
    assert got[-1] == (span, "DATE", "1988-Q3")


def test_a_plan_for_a_month_points_ahead():
    text = "The official said that the accession was planned for early March."
    assert values(text, dt.date(1999, 2, 10)) == [("early March", "DATE", "1999-03")]


@pytest.mark.parametrize("text", ["The future looks bleak for the industry.", "Analysts debated the future of Europe."])
def test_the_future_as_a_noun(text):
    assert values(text) == []


def test_due_to_as_a_cause_is_no_plan():
    # "due to" = "because of" must not make Friday the coming one
    assert values("Shares fell due to weak demand on Friday.", WED) == [("Friday", "DATE", "2001-05-04")]
    assert values("The envoy is due to arrive on Friday.", WED) == [("Friday", "DATE", "2001-05-11")]


def test_year_earlier_after_a_period_ending_on_a_day():
    text = ("For the six months ended Aug. 12, Provigo Inc. posted net income of C$6.5 million, "
            "compared with C$18.1 million a year earlier.")
    got = values(text, dt.date(1989, 10, 26))
    assert got[-1] == ("a year earlier", "DATE", "1988-08-12")
    text = "For the nine months of fiscal 1989, U.S. sales rose 5%, compared with a 3% gain a year earlier."
    assert values(text, dt.date(1989, 10, 26))[-1] == ("a year earlier", "DATE", "1988")


@pytest.mark.parametrize("text, span, value", [
    ("He was elected in 1994; two years later he resigned.", "two years later", "1996"),
    ("He left in 2008. A year earlier he had married.", "A year earlier", "2007"),
])
def test_year_later_before_a_pronoun(text, span, value):
    assert values(text)[-1] == (span, "DATE", value)


@pytest.mark.parametrize("text", [
    "He told The Daily Beast that he would run.",
    "The People's Daily said the talks had failed.",
    "Israel Hayom, a free daily, reported the deal.",
    "He made the remarks on Fox News Sunday.",
])
def test_names_are_not_times(text):
    assert values(text) == []


def test_daily_as_an_adverb_is_still_a_set():
    assert values("The ministry publishes the figures daily.") == [("daily", "SET", "P1D")]


@pytest.mark.parametrize("text, value", [
    ("The new law takes effect on Jan. 1.", "2014-01-01"),
    ("The ban goes into effect Jan. 1.", "2014-01-01"),
    ("The new law took effect on Jan. 1.", "2013-01-01"),
])
def test_taking_effect(text, value):
    assert values(text, dt.date(2013, 3, 21))[0][2] == value
