"""Chunking keeps article offsets; evidence spans point into the article text."""
from datetime import datetime

from service.extraction import extract
from service.extraction.sentences import chunk_text


def test_chunks_concatenate_to_text_and_split_datelines():
    for text in ["WASHINGTON (Reuters) - The Fed cut rates.\nStocks rose.",
                 "CAIRO, Egypt (CNN) -- Protesters rallied on Friday.",
                 "a hard-wrapped line\nthat continues here.\n\nNew paragraph.", ""]:
        chunks, dateline = chunk_text(text)
        assert "".join(chunks) == text
    chunks, dateline = chunk_text("WASHINGTON (Reuters) - The Fed cut rates.")
    assert chunks[0] == "WASHINGTON (Reuters) - " and dateline == len(chunks[0])


def test_dateline_is_not_an_actor_and_spans_are_offsets(nlp):
    text = ("BAGHDAD (Reuters) - Iraqi Prime Minister Nuri al-Maliki met U.S. Vice President Joe Biden "
            "in Baghdad on Monday.\nMaliki also criticized Iran.")
    ex = extract(text, datetime(2010, 7, 6))
    assert {e.type for e in ex.events} == {"meeting", "criticism"}
    for e in ex.events:
        s, t = e.span
        assert 0 <= s < t <= len(text) and text[s:t] in e.sentence
        assert e.trigger in text[s:t]
        assert "Reuters" not in {a.name for a in e.actors}
    crit = [e for e in ex.events if e.type == "criticism"][0]
    assert {a.name for a in crit.actors if a.role == "agent"} == {"Nuri al-Maliki"}
    assert crit.summary == "Nuri al-Maliki \u2014 criticism \u2014 Iran"
