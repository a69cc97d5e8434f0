"""Rule-family tests for the temporal engine on real-style sentences (no external data needed)."""
from __future__ import annotations

import datetime as dt

import pytest

from service.temporal import Timex, find_timexes

SAT = dt.date(2022, 2, 5)  # a Saturday
THU = dt.date(1998, 1, 8)


def one(text: str, dct=SAT, needle: str | None = None) -> Timex:
    found = find_timexes(text, dct)
    if needle is not None:
        found = [t for t in found if needle in t.text]
    assert len(found) == 1, found
    return found[0]


def values(text: str, dct=SAT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


@pytest.mark.parametrize("text, span, typ, value, mod", [
    ("his spokesman said Saturday", "Saturday", "DATE", "2022-02-05", None),
    ("the world body said late last month", "late last month", "DATE", "2022-01", "END"),
    ("The accord was signed Feb. 5, 2022, in Geneva.", "Feb. 5, 2022", "DATE", "2022-02-05", None),
    ("It happened on April 7, 1998.", "April 7, 1998", "DATE", "1998-04-07", None),
    ("He left in 1998.", "1998", "DATE", "1998", None),
    ("Prices soared in the 1990s.", "the 1990s", "DATE", "199", None),
    ("Music from the '80s is back.", "the '80s", "DATE", "198", None),
    ("It is the 20th century all over again.", "the 20th century", "DATE", "19", None),
    ("Profit rose in the fourth quarter.", "the fourth quarter", "DATE", "2021-Q4", None),
    ("Sales fell in the third quarter of 1997.", "the third quarter of 1997", "DATE", "1997-Q3", None),
    ("Revenue grew in the first half of 1997.", "the first half of 1997", "DATE", "1997-H1", None),
    ("We met last summer.", "last summer", "DATE", "2021-SU", None),
    ("He visited in the summer of 2012.", "the summer of 2012", "DATE", "2012-SU", None),
    ("Talks stalled in early December.", "early December", "DATE", "2021-12", "START"),
    ("Elections are expected in mid-2023.", "mid-2023", "DATE", "2023", "MID"),
    ("He arrived yesterday.", "yesterday", "DATE", "2022-02-04", None),
    ("Officials will meet tomorrow.", "tomorrow", "DATE", "2022-02-06", None),
    ("It opened this week.", "this week", "DATE", "2022-W05", None),
    ("It closed last year.", "last year", "DATE", "2021", None),
    ("The budget for this fiscal year is tight.", "this fiscal year", "DATE", "2022", None),
    ("She was elected two years ago.", "two years ago", "DATE", "2020", None),
    ("The rally was held on Christmas Day.", "Christmas Day", "DATE", "2021-12-25", None),
    ("Voters go to the polls on Election Day 2022.", "Election Day 2022", "DATE", "2022-11-08", None),
])
def test_dates(text, span, typ, value, mod):
    t = one(text, needle=span.split()[-1])
    assert (t.text, t.type, t.value, t.mod) == (span, typ, value, mod)
    assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("text, span, value", [
    ("The vote closed at 15:00 GMT Saturday.", "15:00 GMT Saturday", "2022-02-05T15:00"),
    ("He spoke this morning.", "this morning", "2022-02-05TMO"),
    ("The strike began at 3 p.m. Tuesday.", "3 p.m. Tuesday", "2022-02-01T15:00"),
    ("They landed last night.", "last night", "2022-02-04TNI"),
])
def test_times(text, span, value):
    t = one(text)
    assert (t.text, t.type, t.value) == (span, "TIME", value)


@pytest.mark.parametrize("text, span, value", [
    ("The deal took a month to close.", "a month", "P1M"),
    ("Troops stayed 90 days.", "90 days", "P90D"),
    ("Prices rose over the past several months.", "the past several months", "PXM"),
    ("He won in 3:07:35.", "3:07:35", "PT3H7M35S"),
    ("a 10-year contract", "10-year", "P10Y"),
    ("It lasted three hours.", "three hours", "PT3H"),
    ("It took a year and a half.", "a year and a half", "P1Y6M"),
    ("They waited for months.", "months", "PXM"),
])
def test_durations(text, span, value):
    t = one(text)
    assert (t.text, t.type, t.value) == (span, "DURATION", value)


@pytest.mark.parametrize("text, span, value", [
    ("Inspections happen every week.", "every week", "P1W"),
    ("The paper is published daily.", "daily", "P1D"),
    ("The market is open every Monday.", "every Monday", "XXXX-WXX-1"),
    ("Ticket prices go up each season.", "each season", None),
])
def test_sets(text, span, value):
    t = one(text)
    assert (t.text, t.type) == (span, "SET")
    if value:
        assert t.value == value


@pytest.mark.parametrize("text, span, value", [
    ("Prices are now rising.", "now", "PRESENT_REF"),
    ("He is currently abroad.", "currently", "PRESENT_REF"),
    ("Such errors happened in the past.", "the past", "PAST_REF"),
    ("He recently resigned.", "recently", "PAST_REF"),
    ("They will decide in the near future.", "the near future", "FUTURE_REF"),
])
def test_refs(text, span, value):
    t = one(text)
    assert (t.text, t.type, t.value) == (span, "DATE", value)


def test_weekdays_by_tense():
    # Saturday 2022-02-05: past tense -> most recent such day on or before the DCT; future -> next one.
    assert one("his spokesman said Saturday").value == "2022-02-05"
    assert one("The minister resigned on Friday.").value == "2022-02-04"
    assert one("They will meet on Friday.").value == "2022-02-11"
    assert one("The talks resume next Monday.").value == "2022-02-07"
    assert one("He was arrested last Friday.").value == "2022-01-28"  # the day before is "yesterday" (round 23)
    assert one("Rebels attacked the town Wednesday.").value == "2022-02-02"


def test_months_by_tense():
    assert one("The plant closed in March.", dct=dt.date(1998, 1, 8)).value == "1997-03"
    assert one("The plant will close in March.", dct=dt.date(1998, 1, 8)).value == "1998-03"
    assert one("The talks must end by May.", dct=dt.date(1998, 3, 22)).value == "1998-05"
    assert one("He took office in January.", dct=dt.date(1998, 3, 22)).value == "1998-01"


def test_anchoring():
    text = "Profit rose in the third quarter of 1997. A year earlier, it fell."
    assert values(text)[1] == ("A year earlier", "DATE", "1996-Q3")
    text = "The bomb exploded on Aug. 7, 1998. The next day, police made arrests."
    assert values(text)[1] == ("The next day", "DATE", "1998-08-08")
    text = "The plan was announced in March 1997. The following month, it was dropped."
    assert values(text)[1] == ("The following month", "DATE", "1997-04")
    text = "Exports fell in 1995 after rising in the previous year."
    assert values(text)[1] == ("the previous year", "DATE", "1994")


def test_granularity_kept():
    assert one("It happened in January 2022.").value == "2022-01"
    assert one("Sales in December were flat.", dct=THU).value == "1997-12"


def test_two_digit_year():
    assert one("It was founded in May '98.", dct=THU).value == "1998-05"


@pytest.mark.parametrize("text", [
    "we went home", "We agreed.", "You may leave.", "It may rain.", "They sat down.",
    "The South China Morning Post reported it.", "a 20-year-old student", "Covid-19 cases rose",
    "He paid 12345 dollars.", "There were 42 people.", "1500 troops arrived", "The March on Washington",
    "the fall of the Berlin Wall", "Flight 1549 landed", "Call 555-1998 for tickets", "Bloody Sunday",
    "Super Tuesday", "It appeared in the Mail on Sunday.", "20-year-olds", "He watched 60 Minutes.",
    "Prices will fall.", "a summer camp", "more than 1500 protesters marched", "about 2000 new jobs", "The index closed at 1678.5.", "in his 90s",
])
def test_negatives(text):
    assert find_timexes(text, SAT) == [], find_timexes(text, SAT)


def test_sorted_non_overlapping_and_offsets():
    text = "On Feb. 5, 2022, at 3 p.m., officials said that a week earlier, since 1998, now and daily..."
    found = find_timexes(text, SAT)
    assert found
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for t in found:
        assert text[t.start:t.end] == t.text


def test_datetime_dct_and_bad_input():
    assert one("said Saturday", dct=dt.datetime(2022, 2, 5, 23, 10)).value == "2022-02-05"
    assert find_timexes("", SAT) == []
    assert find_timexes("\x00\uffff 1998-13-45 99/99/99", SAT) is not None


SAMPLES = [
    "his spokesman said Saturday", "the world body said late last month", "The vote closed at 15:00 GMT Saturday.",
    "Prices rose over the past several months.", "He won in 3:07:35.", "Inspections happen every week.",
    "Profit rose in the third quarter of 1997. A year earlier, it fell.", "the comparable year-ago quarter",
    "each of the past three years", "as soon as possible", "the foreseeable future", "The South China Morning Post",
    "Voters go to the polls on Election Day 2022.", "It took a year and a half.", "since the early 1990s",
    "nineteen ninety-seven", "the year two thousand", "Valentine\u2019s Day", "Feb.\u00a05, 2022", "a 20\u2011year\u2011old",
    "They meet on June 4 and 5.", "On Tuesday stocks fell; later in the day and in the afternoon they rose.",
    "at 3 p.m. (1900 GMT)", "the then-current price", "Three days later", "the average daily volume",
]


def test_trigger_gate_loses_nothing():
    """The trigger windows are only a speed gate: results must equal a full scan."""
    from service.temporal import patterns
    from service.temporal.recognizer import candidates, fold

    ungated = patterns.PatternSet(patterns.PATTERNS.rules, patterns.PATTERNS.prefixes,
                                  patterns.PATTERNS.suffixes, patterns.PATTERNS.fragments, None)
    for text in SAMPLES:
        folded = fold(text)
        gated = [(c.start, c.end, c.rule.name) for c in candidates(folded)]
        full = [(c.start, c.end, c.rule.name) for c in candidates(folded, ungated)]
        assert gated == full, text


def test_literal_prefilter_loses_nothing():
    """A rule runs only on windows holding one of its required literals, read off its pattern: every match of a
    rule contains one, and the results equal a scan without the pre-filter."""
    import dataclasses
    import re

    from service.temporal import patterns
    from service.temporal.recognizer import candidates, fold

    literals = patterns.required_literals
    assert literals(re.compile(r"(?:last|next)\s+(?-i:May|June)\b(?!\s+Day)", patterns.FLAGS)) == ("last", "next")
    assert literals(re.compile(r"\d+\s+(?:days?|weeks?)?", patterns.FLAGS)) == ()  # an optional part is no need
    assert literals(re.compile(r"year", re.IGNORECASE)) == ()  # Unicode case folding: no pre-filter
    unfiltered = dataclasses.replace(
        patterns.PATTERNS, rules=tuple(dataclasses.replace(r, needs=()) for r in patterns.PATTERNS.rules))
    extra = ["He made 30 calls a day.", "at 11:45 the next morning", "said spokeswoman Hannah August.",
             "the German weekly Die Zeit, which", "Prime Minister Theresa May said"]
    for text in SAMPLES + extra + [t.upper() for t in SAMPLES + extra]:
        folded = fold(text)
        low = patterns.lower_ascii(folded)
        for rule in patterns.PATTERNS.rules:
            for m in rule.regex.finditer(folded):
                assert not rule.needs or any(n in low[m.start():m.end()] for n in rule.needs), (rule.name, text)
        filtered = [(c.start, c.end, c.rule.name) for c in candidates(folded)]
        assert filtered == [(c.start, c.end, c.rule.name) for c in candidates(folded, unfiltered)], text


def test_unicode_spaces_quotes_dashes():
    assert values("Feb.\u00a05, 2022") == [("Feb.\u00a05, 2022", "DATE", "2022-02-05")]
    assert values("a 20\u2011year\u2011old") == []
    assert values("music of the \u201980s") == [("the \u201980s", "DATE", "198")]


def test_thread_safety():
    from concurrent.futures import ThreadPoolExecutor

    texts = [(s, dt.date(2000 + i % 20, 1 + i % 12, 1 + i % 28)) for i, s in enumerate(SAMPLES * 5)]
    expected = [find_timexes(t, d) for t, d in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda td: find_timexes(*td), texts))
    assert got == expected


@pytest.mark.parametrize("text, value", [
    ("The report dated 3/4/98 was leaked.", "1998-03-04"),  # numeric dates go through dateparser
    ("It was signed on 12/25/2021.", "2021-12-25"),
    ("Easter 2013", "2013-03-31"),
    ("Memorial Day", "2013-05-27"),
    ("Thanksgiving Day", "2012-11-22"),
    ("the day before yesterday", "2013-03-12"),
    ("nineteen ninety-seven", "1997"),
    ("the year two thousand", "2000"),
    ("the twenties", "192"),
    ("the 1800s", "18"),
    ("the 21st century", "20"),
    ("Q3 2012 results", "2012-Q3"),
    ("in the year-earlier quarter", "2011-Q4"),  # a year before the reported quarter (2012-Q4)
    ("His 1989-Q3 numbers", None),
])
def test_more_dates(text, value):
    found = find_timexes(text, dt.date(2013, 3, 14))
    if value is None:
        assert all(t.value != "1989-Q3" for t in found)
    else:
        assert [t.value for t in found] == [value], found


@pytest.mark.parametrize("text, value, mod", [
    ("half an hour", "PT30M", None),
    ("an hour and a half", "PT1H30M", None),
    ("nearly three years", "P3Y", "LESS_THAN"),
    ("more than a decade", "P10Y", "MORE_THAN"),
    ("at least 10 days", "P10D", "EQUAL_OR_MORE"),
    ("up to six months", "P6M", "EQUAL_OR_LESS"),
    ("about 20 minutes", "PT20M", "APPROX"),
])
def test_duration_modifiers(text, value, mod):
    t = one(text)
    assert (t.text, t.type, t.value, t.mod) == (text, "DURATION", value, mod)


def test_ago_and_approx():
    assert one("a week or so ago").mod == "APPROX"
    assert one("He left two weeks ago.").value == "2022-01-22"
    assert one("He left three months ago.").value == "2021-11"
    assert one("It started several years ago.").value == "PAST_REF"


def test_sets_more():
    assert one("Fridays are busy.").value == "XXXX-WXX-5"
    assert one("every other week").value == "P2W"
    assert one("every six months").value == "P6M"
    assert one("twice a year").value == "P1Y"
    assert find_timexes("It earns $5 a year and 3% a month.", SAT) == []


def test_named_days():
    assert one("Black Friday sales", dct=dt.date(2022, 2, 5)).value == "2021-11-26"
    assert one("Ash Wednesday", dct=dt.date(2022, 2, 5)).value == "2022-03-02"
    assert one("on New Year's Eve", dct=dt.date(2022, 2, 5)).value == "2021-12-31"


def test_financial_reporting_periods():
    dct = dt.date(1989, 10, 26)
    text = ("Net income rose in the third quarter. Sales were $5 million, up from $4 million a year earlier. "
            "In the latest quarter, costs fell. The year-ago results included a charge.")
    got = [(t.text, t.value) for t in find_timexes(text, dct)]
    assert got == [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3"),
                   ("the latest quarter", "1989-Q3"), ("year-ago", "1988-Q3")]
    assert one("Profit fell in the fourth quarter.", dct=dt.date(1998, 1, 26)).value == "1997-Q4"


def test_extents_follow_timeml():
    assert one("The deal should close within a week.").text == "a week"
    assert one("The deal should close within a week.").mod == "EQUAL_OR_LESS"
    assert one("a third-quarter loss", dct=dt.date(1989, 10, 26)).text == "third-quarter"
    assert one("the 30-year bond").text == "30-year"
    assert one("the nine months ended Sept. 30", needle="months").text == "the nine months"


def test_anchored_times_and_short_years():
    got = values("The bomb went off on Aug. 7, 1998. The next morning, police came.")
    assert got[1] == ("The next morning", "TIME", "1998-08-08TMO")
    assert values("He graduated in '89.", dct=THU) == [("'89", "DATE", "1989")]
    assert values("Reagan's '89 budget", dct=THU) == []


def test_year_ended_is_a_duration():
    t = one("Net rose 5% for the year ended Sept. 30.", dct=dt.date(1989, 10, 26), needle="year")
    assert (t.text, t.type, t.value) == ("the year", "DURATION", "P1Y")


def test_year_earlier_granularity_follows_the_comparison():
    dct = dt.date(1989, 10, 26)
    text = "On Aug. 12, the shares closed at $5, up from $4 a year earlier."
    assert values(text, dct)[-1] == ("a year earlier", "DATE", "1988-08-12")
    text = "For the quarter ended Sept. 30, net rose to $5 million from $4 million a year earlier."
    assert values(text, dct)[-1] == ("a year earlier", "DATE", "1988-Q3")
    text = "Net rose in the fiscal first quarter. Sales were flat. Profit was $3 million a year ago."
    assert values(text, dct)[-1] == ("a year ago", "DATE", "1988-Q1")
    text = "Prices rose 3% in 1996. A decade later, they fell. A year later, they rose."
    assert [v for _, _, v in values(text, dct)] == ["1996", "2006", "1997"]


# ------------------------------------------------------------------ tense cues and rule families added later
WED = dt.date(2001, 5, 9)  # a Wednesday


@pytest.mark.parametrize("text, value", [
    ("The two leaders meet separately Monday with the envoy.", "2001-05-14"),
    ("Parliament convenes on Thursday to debate the bill.", "2001-05-10"),
    ("The trial resumes Friday in Dallas.", "2001-05-11"),
    ("The vote Monday was close.", "2001-05-07"),  # a noun, not a plan: the default (past) stays
    ("They did not meet Monday.", "2001-05-07"),
    ("Troops could arrive as soon as Friday.", "2001-05-11"),
    ("The offer had been scheduled to expire Friday.", "2001-05-04"),
    ("The strike had been due to end on Tuesday.", "2001-05-08"),
])
def test_weekday_plan_cues(text, value):
    assert one(text, dct=WED).value == value


@pytest.mark.parametrize("text, value", [
    ("The dividend is payable Jan. 15 to holders of record.", "2002-01-15"),
    ("The merger becomes final, effective March 1.", "2002-03-01"),
    ("Shares have doubled since March.", "2001-03"),
])
def test_month_terms_and_since(text, value):
    assert one(text, dct=dt.date(2001, 11, 20)).value == value


def test_since_year_end_is_the_last_one():
    assert one("The index is up 12% since year-end.", dct=dt.date(2001, 11, 20)).value == "2000-12-31"


def test_this_past_season_is_the_last_completed_one():
    assert one("The plant closed this past summer.", dct=dt.date(2001, 11, 20)).value == "2001-SU"
    assert one("The plant closed last summer.", dct=dt.date(2001, 11, 20)).value == "2000-SU"


@pytest.mark.parametrize("text, span, value", [
    ("Five minutes later, the alarm sounded.", "Five minutes", "PT5M"),
    ("A few days later, the firm filed for bankruptcy.", "A few days", "PXD"),
    ("Two hours later, rescuers arrived.", "Two hours", "PT2H"),
])
def test_short_later_is_a_duration(text, span, value):
    assert values(text, WED) == [(span, "DURATION", value)]


def test_a_year_later_stays_a_date():
    assert values("Prices rose in 1996. A year later, they fell.", WED)[-1] == ("A year later", "DATE", "1997")


def test_day_ranges():
    got = values("The ministers meet on June 4 and 5 in Brussels.", WED)
    assert got == [("June 4", "DATE", "2001-06-04"), ("5", "DATE", "2001-06-05")]
    got = values("Hearings ran from Oct. 2 through 6, 1995.", WED)
    assert got == [("Oct. 2", "DATE", "1995-10-02"), ("6, 1995", "DATE", "1995-10-06")]


def test_parts_of_the_day_in_context():
    got = values("Markets fell on Tuesday. Buyers returned in the afternoon.", WED)
    assert got[-1] == ("the afternoon", "TIME", "2001-05-08TAF")
    assert values("He likes to run in the morning.", WED) == []  # habitual: no day to attach it to
    assert values("The ferry leaves at 6 in the morning.", WED) == [("6 in the morning", "TIME", "2001-05-09T06:00")]


def test_later_in_the_day():
    assert values("The envoy flew to Cairo later in the day.", WED) == [("the day", "DATE", "2001-05-09")]


@pytest.mark.parametrize("text, value", [
    ("Losses mounted over the past two quarters.", "P2Q"),
    ("The fee is paid every quarter.", "P1Q"),
    ("He served two and a half years in prison.", "P2Y6M"),
    ("Crime fell over the past decade.", "P10Y"),
])
def test_duration_units(text, value):
    assert find_timexes(text, WED)[0].value == value


@pytest.mark.parametrize("text", [
    "Average daily volume was 150 million shares.",
    "The company declared its initial quarterly of 10 cents.",
    "the state-run daily Al Ahram reported",
    "Sales should grow 8% annually.",  # rates, like "$5 a year", are not sets
    "The mill makes 4,000 tons annually.",
    "For the villagers, high noon comes early.",
])
def test_set_adverbs_used_as_nouns(text):
    assert find_timexes(text, WED) == []


def test_expected_and_due_point_ahead():
    assert one("A ruling is expected Monday.", dct=WED).value == "2001-05-14"
    assert one("The report is due Tuesday.", dct=WED).value == "2001-05-15"
    assert one("A ruling had been expected Monday.", dct=WED).value == "2001-05-07"


def test_military_time_with_zone():
    got = values("The blast came at 3 p.m. (1900 GMT).", WED)
    assert ("1900 GMT", "TIME", "2001-05-09T19:00") in got
    assert all(v != "1900" for _, _, v in got)


@pytest.mark.parametrize("text, span, value", [
    ("Analysts doubt the current strategy will work.", "current", "PRESENT_REF"),
    ("Holders may buy shares at the then-current market price.", "then-current", "PAST_REF"),
])
def test_current_as_a_reference(text, span, value):
    assert values(text, WED) == [(span, "DATE", value)]


@pytest.mark.parametrize("text", ["The current account deficit widened.", "The current assets rose."])
def test_current_accounting_terms(text):
    assert find_timexes(text, WED) == []


def test_year_earlier_after_a_longer_period_is_the_year():
    dct = dt.date(1989, 10, 26)
    text = ("Profit rose in the third quarter to $5 million from $4 million a year earlier. "
            "For the nine months, net was $12 million, compared with $10 million a year earlier.")
    assert [v for _, _, v in values(text, dct)] == ["1989-Q3", "1988-Q3", "P9M", "1988"]


def test_bare_clock_follows_the_day_just_mentioned():
    got = values("The gunman struck on Oct. 23, 1998. The shot was fired at 10 p.m. from the woods.", WED)
    assert got[-1] == ("10 p.m.", "TIME", "1998-10-23T22:00")
    assert values("The polls close at 8 p.m.", WED) == [("8 p.m.", "TIME", "2001-05-09T20:00")]


def test_every_rule_names_a_known_normalizer():
    """Normalizers are listed explicitly (normalizer/__init__.py): a rule must not name a missing one."""
    from service.temporal import patterns
    from service.temporal.normalizer import NORMALIZERS

    missing = {r.name: r.normalizer for r in patterns.PATTERNS.rules
               if not r.normalizer.startswith("const:") and r.normalizer not in NORMALIZERS}
    assert not missing
