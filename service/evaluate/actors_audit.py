"""List actor names that should not be actors: common nouns, weekdays, months.

    python -m service.evaluate actors_audit [--limit 200] [--seed 1] [--articles PATH]

Runs extract() over Timeline17 articles (a seeded random sample of --limit articles, or all
with --limit 0) and flags every actor name (of any event) that is
- a weekday or month name (or abbreviation),
- written in lowercase,
- a single word that is an English common noun (the model's WordNet noun index) and is
  used as a common noun in the same article (occurs in lowercase there), or is tagged
  as a common noun (NN/NNS) by spaCy where it occurs.
A clean run prints "no suspicious actor names".
"""
from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

from service.evaluate.sample import DEFAULT_ARTICLES, load_articles, published

CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
            "today", "yesterday", "tomorrow"}


def suspicious(name: str, text: str, nouns: frozenset[str]) -> str | None:
    low = name.lower()
    if low in CALENDAR:
        return "calendar word"
    if name[:1].islower():
        return "lowercase"
    words = low.split()
    if len(words) == 1:
        w = words[0]
        singular = w[:-1] if w.endswith("s") else w
        if (w in nouns or singular in nouns) and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text):
            return "common noun used in lowercase in the article"
    return None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, default=200, help="articles to audit (0 = all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)


def run(args: argparse.Namespace) -> int:
    from service.extraction import extract
    from service.extraction.pipeline import noun_index

    articles = load_articles(args.articles)
    if args.limit:
        articles = random.Random(args.seed).sample(articles, min(args.limit, len(articles)))
    nouns = noun_index()
    from service.extraction.resources import get_resources

    res = get_resources()
    known = set(res.countries) | set(res.orgs)  # canonical names of the world-knowledge tables
    flagged: Counter = Counter()
    reasons: dict[str, str] = {}
    names: Counter = Counter()
    for art in articles:
        for e in extract(art["text"], published(art)).events:
            for a in e.actors:
                names[a.name] += 1
                why = None if a.name in known else suspicious(a.name, art["text"], nouns)
                if why:
                    flagged[a.name] += 1
                    reasons[a.name] = why
    print(f"audited {len(articles)} articles, {sum(names.values())} actor mentions, {len(names)} distinct names")
    if not flagged:
        print("no suspicious actor names")
        return 0
    for name, n in flagged.most_common():
        print(f"  {name!r:30} x{n:<4} {reasons[name]}")
    return 1
