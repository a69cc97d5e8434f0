"""Print N random events from random Timeline17 articles, for a human to judge.

    python -m service.evaluate sample --n 30 --seed 1 [--articles ../shared/eval/t17/articles.jsonl]

Articles are drawn at random (seeded) and extracted until N events are collected; one event
is taken at random from each article so the sample spreads over topics and sources.
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ARTICLES = ROOT.parent / "shared" / "eval" / "t17" / "articles.jsonl"


def load_articles(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def published(article: dict) -> datetime:
    return datetime.fromisoformat(article["published_at"][:10]).replace(hour=12)


def fmt_actor(a) -> str:
    return a.name + (f" ({a.description})" if a.description else "")


def event_block(art: dict, e, n: int) -> list[str]:
    """The printed lines of one sampled event (also what `recheck` compares)."""
    d = e.date
    ds = f"{d.value}{' ' + d.mod if d.mod else ''}" + (f" ({d.text!r})" if d.text else " (inherited)") \
        if d else "undated"
    agents = [fmt_actor(a) for a in e.actors if a.role == "agent"]
    targets = [fmt_actor(a) for a in e.actors if a.role == "target"]
    others = [fmt_actor(a) for a in e.actors if a.role not in ("agent", "target")]
    lines = [f"#{n} {art['id']} (published {art['published_at'][:10]})",
             f"   sentence: {e.sentence}",
             f"   type    : {e.type} (trigger {e.trigger!r}, CAMEO {e.cameo or '-'})   status: {e.status}"
             + (f" by {e.claim_source}" if e.claim_source else ""),
             f"   agent   : {'; '.join(agents) or '-'}",
             f"   target  : {'; '.join(targets) or '-'}"]
    if others:  # symmetric partners and places where it happened
        lines.append(f"   other   : {'; '.join(others)}")
    lines += [f"   date    : {ds}", f"   topics  : {', '.join(t.slug for t in e.topics[:8])}"]
    return lines


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--per-article", type=int, default=1, help="events taken from each article")


def run(args: argparse.Namespace) -> int:
    from service.extraction import extract

    rng = random.Random(args.seed)
    articles = load_articles(args.articles)
    order = list(range(len(articles)))
    rng.shuffle(order)
    shown = 0
    for idx in order:
        if shown >= args.n:
            break
        art = articles[idx]
        events = extract(art["text"], published(art)).events
        if not events:
            continue
        for e in rng.sample(events, min(args.per_article, len(events))):
            if shown >= args.n:
                break
            shown += 1
            print("\n".join(event_block(art, e, shown)))
            print()
    return 0
