"""Throughput of the whole extraction pipeline (spaCy parse included) on Timeline17 articles.

    .venv/bin/python benchmarks/extraction_bench.py [--articles FILE] [--n 60] [--seed 7]

Prints articles, words, seconds, events and words/s on one core. Not a test: timings depend on the
machine and its load. The model is loaded by one warm-up article before timing.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.evaluate.sample import DEFAULT_ARTICLES, load_articles, published  # noqa: E402
from service.extraction import extract  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    ap.add_argument("--n", type=int, default=60, help="articles timed (a seeded random choice)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    articles = load_articles(args.articles)
    random.Random(args.seed).shuffle(articles)
    chosen = articles[:args.n]
    extract(chosen[0]["text"], published(chosen[0]))  # warm-up: model and resources
    words = events = 0
    start = time.perf_counter()
    for art in chosen:
        events += len(extract(art["text"], published(art)).events)
        words += len(art["text"].split())
    took = time.perf_counter() - start
    print(f"articles: {len(chosen)}  words: {words}  seconds: {took:.1f}  events: {events}  "
          f"words/s: {words / took:,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
