"""`python -m service.evaluate recheck`: judged sample events found again, changed or gone."""
import argparse
import contextlib
import io
import json

from service.evaluate import recheck, sample
from service.extraction import extract

ARTICLE = {"id": "a1", "published_at": "2010-06-12T10:00:00",
           "text": "Boris Johnson accused the Obama administration of anti-British rhetoric on Friday."}


def _judged(tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        sample.run(argparse.Namespace(n=1, seed=1, articles=articles, per_article=1))
    (tmp_path / "sample_1.txt").write_text(out.getvalue(), encoding="utf-8")
    (tmp_path / "verdicts_A.jsonl").write_text(json.dumps({"seed": 1, "n": 1, "verdict": "wrong"}) + "\n")
    return {"a1": ARTICLE}


def _run(tmp_path, articles):
    return recheck.recheck(recheck.read_samples(tmp_path), recheck.read_verdicts(tmp_path), articles, extract)


def test_an_unchanged_event_is_same(tmp_path):
    articles = _judged(tmp_path)
    counts, lines = _run(tmp_path, articles)
    assert counts == {("same", "wrong"): 1} and not lines


def test_a_different_role_is_changed_and_a_missing_event_is_gone(tmp_path):
    articles = _judged(tmp_path)
    path = tmp_path / "sample_1.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("   target  : Obama administration", "   target  : -"), encoding="utf-8")
    counts, lines = _run(tmp_path, articles)
    assert counts == {("changed", "wrong"): 1} and lines[0].startswith("CHANGED")
    path.write_text(text.replace("anti-British rhetoric", "anti-French rhetoric"), encoding="utf-8")
    counts, _ = _run(tmp_path, articles)
    assert counts == {("gone", "wrong"): 1}
