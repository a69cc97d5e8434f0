"""Date-F1 of the summary timeline on Timeline17 (news timeline summarization).

For each human timeline: ingest every article of its topic (source = topic), ask for the N
most important days (N = the timeline's number of dates) between the timeline's first and
last date, and score the F1 of the two sets of days; the mean over timelines is printed,
next to the publication-date-counting baseline computed on the same articles.

    python -m service.evaluate t17 [--topics H1N1_bbc haiti_bbc] [--max-articles 50] [--workers 2]
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from service import migrate
from service.articles import repository as articles_repository
from service.articles import service as articles_service
from service.articles.schemas import ArticleIn
from service.config import ROOT, get_settings
from service.db import make_engine
from service.events import repository as events_repository
from service.events.repository import EventFilter
from service.text import content_hash

DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "t17"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=Path, default=DEFAULT_DIR / "articles.jsonl")
    parser.add_argument("--timelines", type=Path, default=DEFAULT_DIR / "timelines.jsonl")
    parser.add_argument("--topics", nargs="*", help="only these topics (default: all)")
    parser.add_argument("--max-articles", type=int, default=None, help="at most this many articles per topic")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes")
    parser.add_argument("--database-url", default=None, help="default: a temporary SQLite file")


def f1(predicted: set, gold: set) -> float:
    hits = len(predicted & gold)
    if not hits:
        return 0.0
    precision, recall = hits / len(predicted), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def _extract(item: tuple[str, str]):
    from service import extraction

    text, published = item
    return extraction.extract(text, datetime.fromisoformat(published))


def load_topic(session, articles: list[dict], topic: str, workers: int) -> int:
    """Ingest the topic's articles; returns how many were refused (too long for the service)."""
    limit = get_settings().max_text_chars
    accepted = [a for a in articles if len(a["text"]) <= limit]
    # With a kept --database-url, a second run only re-scores: stored articles are not extracted again.
    accepted = [a for a in accepted if articles_repository.by_hash(session, content_hash(a["text"])) is None]
    requests = [ArticleIn(text=a["text"], published_at=a["published_at"], source=topic) for a in accepted]
    items = [(a["text"], a["published_at"]) for a in accepted]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for request, extracted in zip(requests, pool.map(_extract, items, chunksize=4), strict=True):
            articles_service.ingest(session, request, extracted)
    return sum(len(a["text"]) > limit for a in articles)


def run(args: argparse.Namespace) -> int:
    timelines = [json.loads(line) for line in args.timelines.read_text().splitlines() if line.strip()]
    by_topic: dict[str, list[dict]] = {}
    for line in args.articles.read_text().splitlines():
        if line.strip():
            article = json.loads(line)
            by_topic.setdefault(article["topic"], []).append(article)
    if args.topics:
        timelines = [t for t in timelines if t["topic"] in args.topics]

    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 't17.db'}"
        migrate.upgrade(url)
        engine = make_engine(url)
        scores, baseline_scores = [], []
        print(f"{'topic':24} {'articles':>8} {'dates':>5} {'Date-F1':>8} {'pub-date':>8} {'seconds':>8}")
        for timeline in timelines:
            topic = timeline["topic"]
            articles = by_topic.get(topic, [])[: args.max_articles]
            gold = {date.fromisoformat(e["date"]) for e in timeline["entries"]}
            first, last = min(gold), max(gold)
            started = time.perf_counter()
            with Session(engine) as session:
                refused = load_topic(session, articles, topic, args.workers)
                f = EventFilter(source=topic, date_from=first, date_to=last)
                predicted = {day for day, _, _ in events_repository.top_days(session, f, limit=len(gold))}
            elapsed = time.perf_counter() - started
            # Baseline: the days with the most articles published.
            published = Counter(
                d for d in (date.fromisoformat(a["published_at"][:10]) for a in articles) if first <= d <= last
            )
            baseline = {d for d, _ in published.most_common(len(gold))}
            scores.append(f1(predicted, gold))
            baseline_scores.append(f1(baseline, gold))
            note = f"  ({refused} over {get_settings().max_text_chars} chars refused)" if refused else ""
            print(f"{topic:24} {len(articles):8} {len(gold):5} {scores[-1]:8.3f} {baseline_scores[-1]:8.3f} "
                  f"{elapsed:8.1f}{note}")
        engine.dispose()
    if scores:
        print(f"{'mean':24} {'':8} {'':5} {sum(scores) / len(scores):8.3f} {sum(baseline_scores) / len(scores):8.3f}")
    return 0
