"""The blind annotation sample: skeletons carry the article's exact text and day, the draw is reproducible and
skips excluded articles, and --check refuses altered text or values that are no TIMEX3 values."""
from __future__ import annotations

import json
from pathlib import Path

from service.evaluate.__main__ import main
from service.evaluate.timeml import parse_timeml

ARTICLES = [
    {"id": f"topic_bbc/2010-01-{10 + i}/{i}.htm.txt", "topic": "topic_bbc", "published_at": f"2010-01-{10 + i}",
     "text": f"Article {i} said on Saturday that AT&T <fell> for three years.\n" + "word " * 200}
    for i in range(6)
]


def _articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    return path


def _draw(tmp_path: Path, out: str, *extra: str) -> list[Path]:
    assert main(["timex_sample", "--articles", str(_articles(tmp_path)), "--n", "3", "--seed", "7",
                 "--out", str(tmp_path / out), *extra]) == 0
    return sorted((tmp_path / out).glob("*.tml"))


def test_skeletons_hold_the_article_and_no_timex(tmp_path: Path):
    paths = _draw(tmp_path, "a")
    assert len(paths) == 3
    by_text = {"\n" + a["text"].strip() + "\n": a for a in ARTICLES}
    for path in paths:
        doc = parse_timeml(path)
        article = by_text[doc.text]  # the text survives escaping ("AT&T <fell>") exactly
        assert str(doc.dct) == article["published_at"] and doc.gold == []


def test_draw_is_reproducible_and_skips_excluded(tmp_path: Path):
    first = _draw(tmp_path, "a")
    assert [p.name for p in _draw(tmp_path, "b")] == [p.name for p in first]
    rest = _draw(tmp_path, "c", "--exclude", str(tmp_path / "a"))
    assert not {p.name for p in rest} & {p.name for p in first}


def test_check_accepts_tags_and_refuses_changed_text_or_bad_values(tmp_path: Path, capsys):
    path = _draw(tmp_path, "a")[0]
    raw = path.read_text()
    path.write_text(raw.replace("on Saturday", 'on <TIMEX3 tid="t1" type="DATE" value="2010-01-09">Saturday</TIMEX3>')
                    .replace("three years", '<TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>'))
    args = ["timex_sample", "--articles", str(_articles(tmp_path)), "--check", str(path.parent)]
    assert main(args) == 0
    path.write_text(raw.replace("on Saturday", 'on <TIMEX3 tid="t1" type="DATE" value="last Saturday">Saturday</TIMEX3>'))
    assert main(args) == 1
    assert "value is no TIMEX3 value" in capsys.readouterr().out
    path.write_text(raw.replace("three years", "two years"))
    assert main(args) == 1
    assert "the text differs from the article" in capsys.readouterr().out
