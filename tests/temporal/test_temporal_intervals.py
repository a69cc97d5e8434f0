import datetime as dt

import pytest

from service.temporal import Interval, to_interval

D = dt.date


@pytest.mark.parametrize("value, expected", [
    ("2022-02-05", Interval(D(2022, 2, 5), D(2022, 2, 5), "day")),
    ("2022-01", Interval(D(2022, 1, 1), D(2022, 1, 31), "month")),
    ("2024-02", Interval(D(2024, 2, 1), D(2024, 2, 29), "month")),
    ("2022-W05", Interval(D(2022, 1, 31), D(2022, 2, 6), "week")),
    ("2020-W53", Interval(D(2020, 12, 28), D(2021, 1, 3), "week")),
    ("1997-Q4", Interval(D(1997, 10, 1), D(1997, 12, 31), "quarter")),
    ("1997-H1", Interval(D(1997, 1, 1), D(1997, 6, 30), "half")),
    ("2012-SU", Interval(D(2012, 6, 1), D(2012, 8, 31), "season")),
    ("1998", Interval(D(1998, 1, 1), D(1998, 12, 31), "year")),
    ("199", Interval(D(1990, 1, 1), D(1999, 12, 31), "decade")),
    ("19", Interval(D(1900, 1, 1), D(1999, 12, 31), "century")),
    ("2022-02-05T15:00", Interval(D(2022, 2, 5), D(2022, 2, 5), "time")),
    ("2022-02-05TMO", Interval(D(2022, 2, 5), D(2022, 2, 5), "time")),
])
def test_calendar_values(value, expected):
    assert to_interval(value) == expected


@pytest.mark.parametrize("value", ["P3Y", "PRESENT_REF", "PAST_REF", "XXXX-WXX-1", "XXXX-02-05", "", "2022-13",
                                   "2022-02-30", "2022-W54", "garbage", "PT3H7M35S", "1998-QX"])
def test_not_intervals(value):
    assert to_interval(value) is None


def test_never_raises_on_non_strings():
    assert to_interval(None) is None  # type: ignore[arg-type]
