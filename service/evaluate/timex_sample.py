"""Blind TimeML skeletons of Timeline17 articles for hand-annotating TIMEX3, and a check of annotated files.

    python -m service.evaluate timex_sample --n 40 --seed 2029 --out DIR [--exclude DIR ...]
    python -m service.evaluate timex_sample --check DIR

A skeleton is a TimeML file whose DOCID is the article's id, whose DCT is its publication day and whose TEXT is
its text, with no TIMEX3: annotators add them by hand following service/temporal/ANNOTATION.md, without ever
seeing the engine's output. `--check` makes sure an annotated file still holds the article's exact text and that
every TIMEX3 has a TimeML type, value and mod. The folder is then scored like TimeBank:
`python -m service.evaluate timeml DIR`. The annotations derive from ../shared data: keep them out of the repo.
"""
from __future__ import annotations

import argparse
import html
import os
import random
import re
from pathlib import Path

from service.evaluate.sample import DEFAULT_ARTICLES, load_articles
from service.evaluate.timeml import parse_timeml

_TYPES = {"DATE", "TIME", "DURATION", "SET"}
_MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",
         "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
_VALUE = re.compile(
    r"PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|[0-9X]{1,4}(?:-[0-9X]{2}(?:-[0-9X]{2})?)?(?:T(?:[0-9X]{2}(?::[0-9X]{2})?|MO|AF|EV|NI|DT))?"
    r"|[0-9X]{4}-(?:W[0-9X]{1,2}(?:-[1-7X]|-WE)?|Q[1-4X]|H[12X]|SP|SU|FA|WI)"
    r"|P(?:(?:[0-9X]+(?:\.[0-9]+)?(?:DE|CE|[YMWDQLEC]))+(?:T(?:[0-9X]+(?:\.[0-9]+)?[HMS])+)?"
    r"|T(?:[0-9X]+(?:\.[0-9]+)?[HMS])+)")


def file_name(article_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", article_id).strip("_")[:80] + ".tml"


def article_text(article: dict) -> str:
    """The TEXT a skeleton holds, and so what an annotated file must still hold once its tags are stripped."""
    return "\n" + article["text"].strip() + "\n"


def skeleton(article: dict) -> str:
    day = article["published_at"][:10]
    text = article_text(article)
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{html.escape(article["id"])}</DOCID>\n'
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>\n'
            f'<TEXT>{html.escape(text, quote=False)}</TEXT>\n</TimeML>\n')


def doc_id(path: Path) -> str | None:
    m = re.search(r"<DOCID>(.*?)</DOCID>", path.read_text(encoding="utf-8"), re.S)
    return html.unescape(m.group(1).strip()) if m else None


def pick(articles: list[dict], n: int, seed: int, exclude: set[str], min_words: int, max_words: int) -> list[dict]:
    """n articles of min..max words, none of them excluded, drawn at random (seeded)."""
    pool = [a for a in articles if min_words <= len(a["text"].split()) <= max_words and a["id"] not in exclude]
    return random.Random(seed).sample(pool, min(n, len(pool)))


def problems(path: Path, articles_by_id: dict[str, dict]) -> list[str]:
    """What is wrong with one annotated file (nothing when it can be scored)."""
    article = articles_by_id.get(doc_id(path) or "")
    if article is None:
        return ["its DOCID names no Timeline17 article"]
    try:
        doc = parse_timeml(path)
    except ValueError as exc:
        return [str(exc)]
    found = []
    original = article_text(article)
    if doc.text != original:
        i = len(os.path.commonprefix([doc.text, original]))
        found.append(f"the text differs from the article at character {i}: {doc.text[max(0, i - 30):i + 30]!r}")
    for g in doc.gold:
        where = f"{g.text!r} ({g.type} {g.value})"
        if g.type not in _TYPES:
            found.append(f"{where}: type is not one of {sorted(_TYPES)}")
        if not _VALUE.fullmatch(g.value):
            found.append(f"{where}: value is no TIMEX3 value")
        if g.mod and g.mod not in _MODS:
            found.append(f"{where}: mod {g.mod} is no TIMEX3 mod")
        if not g.text or g.text != g.text.strip():
            found.append(f"{where}: extent is empty or starts/ends with white space")
    return found


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min-words", type=int, default=150)
    parser.add_argument("--max-words", type=int, default=450)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="folder of skeletons or annotated files whose articles are not drawn again")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--out", type=Path, help="write the skeletons here")
    action.add_argument("--check", type=Path, help="check the annotated .tml files in this folder")


def run(args: argparse.Namespace) -> int:
    articles = load_articles(args.articles)
    if args.check:
        by_id = {a["id"]: a for a in articles}
        paths = sorted(args.check.glob("*.tml"))
        bad = 0
        for path in paths:
            for problem in problems(path, by_id):
                bad += 1
                print(f"{path.name}: {problem}")
        print(f"{len(paths)} files, {bad} problems")
        return 1 if bad or not paths else 0
    exclude = {doc_id(p) for folder in args.exclude for p in folder.glob("*.tml")}
    args.out.mkdir(parents=True, exist_ok=True)
    chosen = pick(articles, args.n, args.seed, exclude, args.min_words, args.max_words)
    for article in chosen:
        (args.out / file_name(article["id"])).write_text(skeleton(article), encoding="utf-8")
    print(f"{len(chosen)} skeletons in {args.out} ({sum(len(a['text'].split()) for a in chosen)} words)")
    return 0
