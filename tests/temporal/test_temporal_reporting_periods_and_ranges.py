"""Earnings-report periods (which quarter is reported, longer periods, year-earlier spans), year ranges, the
reach of a bare clock time, fractions vs. quarters of time, "the week", generic "of tomorrow"."""
from __future__ import annotations

import datetime as dt

import pytest

from service.temporal import find_timexes

THU = dt.date(1989, 11, 2)  # a Thursday in the fourth quarter
MON = dt.date(1989, 10, 30)


def values(text: str, dct=THU) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


# Texts from TimeBank (tune split) earnings reports; the checked expression is the last with that text.
@pytest.mark.parametrize("text, expr, value", [
    # a quarter that is not over yet ("a fourth-quarter charge" in November) is no reported period
    ("Travelers Corp.'s third-quarter net income rose 11%. Travelers estimated that the earthquake last month "
     "will result in a fourth-quarter pre-tax charge. It lost $7.2 million, compared with earnings of "
     "$6.1 million a year ago.", "a year ago", "1988-Q3"),
    ("Net rose in the third quarter. The company expects a fourth-quarter charge. In the 1989 period, "
     "interest expense was lower.", "the 1989 period", "1989-Q3"),
    # after a period longer than a quarter in the same sentence, the comparison is last year, not its quarter
    ("RMS had a loss in the third quarter. For the nine months, the company reported a net loss of $608,413, "
     "compared with year-earlier net income of $967,809.", "year-earlier", "1988"),
    ("Net rose in the third quarter. In the first nine months, net was $306 million, compared with a loss of "
     "$195 million in the 1988 period.", "the 1988 period", "1988"),
    # ...which a day of reporting ("said Friday") does not turn into a day a year back
    ("Unisys said Friday that it had losses of $673.3 million through the first nine months, compared with "
     "earnings a year earlier of $382.2 million.", "a year earlier", "1988"),
    ("For the six months ended Aug. 12, net was C$10 million, compared with C$18.1 million a year earlier.",
     "a year earlier", "1988-08-12"),
])
def test_reported_period(text, expr, value):
    assert values(text)[expr] == ("DATE", value)


@pytest.mark.parametrize("text, expected", [
    ("Net for the year-earlier nine months included a gain.", {"the year-earlier nine months": ("DURATION", "P9M")}),
    ("It achieved profitability after several quarters of losses.",
     {"several quarters": ("DURATION", "PXQ")}),
    ("Iraq imports about three-quarters of its foodstuffs.", {}),
    ("He sold a quarter of the shares.", {}),
    ("1988's third quarter was weak.", {"1988's third quarter": ("DATE", "1988-Q3")}),
    ("Sales rose in 1988's second half.", {"1988's second half": ("DATE", "1988-H2")}),
])
def test_period_phrases(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the 1998-99 season", [("1998", "1998"), ("99", "1999")]),
    ("from 1998-2000, sales rose", [("1998", "1998"), ("2000", "2000")]),
    ("the 1998/99 crop", [("1998", "1998"), ("99", "1999")]),
    ("the 1999-00 season", [("1999", "1999"), ("00", "2000")]),
    ("call 1990-12 now", [("now", "PRESENT_REF")]),  # not a range of years
    ("code 1998-1234", []),
    ("1998-99%", []),
])
def test_year_ranges(text, expected):
    assert [(t.text, t.value) for t in find_timexes(text, THU)] == expected


def test_a_bare_clock_time_belongs_to_the_day_told_about():
    # APW20000405.0276: "Thursday" is about 170 characters before "4 in the morning"
    text = ("Craig announced in Washington that the father would be traveling to the United States Thursday with his "
            "wife, their son, and with the chief of the Cuban Interests Section in Washington.  ''This courageous "
            "father will leave at 4 in the morning,'' Castro said.")
    assert values(text, dt.date(2000, 4, 5))["4 in the morning"] == ("TIME", "2000-04-06T04:00")


@pytest.mark.parametrize("text, expr, value", [
    ("The Nasdaq Composite Index tumbled 5.39 on Friday. For the week, the index dropped 3.8%.", "the week",
     "1989-WXX"),
    ("Volume was up from Thursday and the week's most active session.", "the week", "1989-WXX"),
    ("Bond prices rose last week.", "last week", "1989-W43"),
])
def test_the_week_is_left_open(text, expr, value):
    assert values(text, MON)[expr] == ("DATE", value)


@pytest.mark.parametrize("text, expected", [
    ('"If I were choosing the people of tomorrow, I would have chosen them," he said.', {}),
    ("The vote is ahead of tomorrow's deadline.", {"tomorrow": ("DATE", "1989-11-03")}),
    ("He will speak on the morning of tomorrow.", {"tomorrow": ("DATE", "1989-11-03")}),
])
def test_of_tomorrow_is_generic(text, expected):
    assert values(text) == expected
