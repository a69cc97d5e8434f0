"""Seed acceptance (skipped without ../shared/seeds) and robustness on odd input."""
from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest

from service.extraction import extract

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "eval" / "seed_gold.json"


@pytest.mark.skipif(not (SHARED / "seeds").exists() or not GOLD.exists(), reason="no ../shared/seeds")
def test_seed_acceptance(nlp):
    from service.evaluate.seed import load_seed, score

    text, published, gold = load_seed(GOLD)
    s = score(extract(text, published).events, gold)
    assert s["required_recall"] == 1.0, s["missing_required"]
    assert s["recall"] >= 0.8
    assert s["precision"] >= 0.8
    assert s["topic_coverage"] == 1.0, s["topics"]


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", "Hello", "Saturday", ".", "?!", "\x00\x01\x02", "\ufeff\u200b\u202e text \U0001F600",
    "a" * 5000, "word " * 3000, "((((((((((", "-- -- --", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
    "WASHINGTON (Reuters) - ", "He said.\r\nShe said.\rThey said.", "\t\t\tX met Y.",
])
def test_never_raises(nlp, text):
    ex = extract(text, datetime(2020, 1, 1))
    assert isinstance(ex.events, list) and isinstance(ex.timexes, list)


def test_odd_published_values(nlp):
    for pub in (date(2020, 1, 1), datetime(2020, 1, 1, 23, 59), None):
        extract("The president met the king on Monday.", pub)


def test_huge_text(nlp):
    text = "The minister met the ambassador in Paris on Monday. " * 4000  # ~200k chars
    ex = extract(text, datetime(2020, 1, 1))
    assert isinstance(ex.events, list)


def test_thread_safe(nlp):
    text = "French President Nicolas Sarkozy met Barack Obama in Washington on Tuesday."
    expected = [e.summary for e in extract(text, datetime(2011, 3, 12)).events]
    results, errors = [], []

    def work():
        try:
            for _ in range(3):
                results.append([e.summary for e in extract(text, datetime(2011, 3, 12)).events])
        except Exception as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and all(r == expected for r in results)
