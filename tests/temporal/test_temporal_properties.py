"""Property test: the engine never raises and returns well-formed, in-text, sorted, disjoint spans."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from service.temporal import find_timexes

WORDS = ["May", "may", "Friday", "last", "next", "week", "year", "1998", "the", "1990s", "early", "a", "ago",
         "3:07:35", "15:00", "GMT", "p.m.", "every", "daily", "now", "quarter", "fourth", "-", "'", ",", ".",
         "20-year-old", "Feb.", "5", "Covid-19", "of", "earlier", "mid", "'80s", "Christmas", "or so", "\n",
         "1998-99", "1990-2000", "tomorrow"]

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
)
dcts = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@settings(max_examples=200, deadline=None)
@given(texts, dcts)
def test_never_raises_and_spans_inside(text, dct):
    found = find_timexes(text, dct)
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= last_end
        assert t.type in {"DATE", "TIME", "DURATION", "SET"}
        assert isinstance(t.value, str) and t.value
        last_end = t.end
