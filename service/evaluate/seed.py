"""Score extract() on the seed article against its hand-made gold events.

    python -m service.evaluate seed [--gold PATH] [--article PATH] [-v]

Matching follows ../shared/eval/README.md: an extracted event matches a gold event when
its type is one of the gold `types`, every gold actor group is matched by one of its
actors (canonical name or an alias contains one of the group's names; case- and
accent-insensitive) and its date fits the gold `date` (on / value+mod+within / by /
undated). Recall is counted over the required events and over all gold events;
precision over the extracted events (an event matching any gold event is correct, so a
second mention of a matched event does not count against it). Topic coverage: for each
gold topic, the share of its listed events that are matched by an extracted event
carrying that topic (slug or name, case-insensitive).
"""
from __future__ import annotations

import argparse
import json
import unicodedata
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = SHARED / "eval" / "seed_gold.json"


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower().strip()


def _slug(s: str) -> str:
    return "-".join(_fold(s).replace("-", " ").split())


def actor_group_ok(event, group: list[str]) -> bool:
    names = [_fold(n) for n in group]
    for a in event.actors:
        forms = [_fold(a.name), *(_fold(x) for x in a.aliases)]
        if any(n in f for f in forms for n in names):
            return True
    return False


def date_ok(event, spec: dict) -> bool:
    d = event.date
    if spec.get("undated"):
        return True
    if "on" in spec:
        day = date.fromisoformat(spec["on"])
        return d is not None and d.start == day and d.end == day
    if "value" in spec:
        if d is None or d.value != spec["value"]:
            return False
        if spec.get("mod") and (d.mod or None) != spec["mod"]:
            return False
        if "within" in spec:
            lo, hi = (date.fromisoformat(x) for x in spec["within"])
            return lo <= d.start and d.end <= hi
        return True
    if "by" in spec:
        return d is None or d.end <= date.fromisoformat(spec["by"])
    return True


def matches(event, gold: dict) -> bool:
    if event.type.lower() not in {t.lower() for t in gold["types"]}:
        return False
    if not all(actor_group_ok(event, g) for g in gold.get("actors", [])):
        return False
    return date_ok(event, gold.get("date", {}))


def has_topic(event, topic: str) -> bool:
    want_name, want_slug = _fold(topic), _slug(topic)
    return any(_fold(t.name) == want_name or _fold(t.slug) == want_slug for t in event.topics)


def score(events: list, gold: dict) -> dict:
    golds = gold["events"]
    matched = {g["key"]: [e for e in events if matches(e, g)] for g in golds}
    required = [g for g in golds if g.get("required")]
    correct = [e for e in events if any(matches(e, g) for g in golds)]
    topics = {}
    for topic, keys in gold.get("topics", {}).items():
        ok = [k for k in keys if any(has_topic(e, topic) for e in matched.get(k, []))]
        topics[topic] = (len(ok), len(keys), [k for k in keys if k not in ok])
    return {
        "required_recall": sum(bool(matched[g["key"]]) for g in required) / max(1, len(required)),
        "recall": sum(bool(matched[g["key"]]) for g in golds) / max(1, len(golds)),
        "precision": len(correct) / max(1, len(events)),
        "n_events": len(events),
        "matched": {k: len(v) for k, v in matched.items()},
        "missing_required": [g["key"] for g in required if not matched[g["key"]]],
        "unmatched_events": [e for e in events if e not in correct],
        "topics": topics,
        "topic_coverage": sum(v[0] for v in topics.values()) / max(1, sum(v[1] for v in topics.values())),
    }


def load_seed(gold_path: Path, article: Path | None = None) -> tuple[str, datetime, dict]:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    if article is None:
        article = Path(gold_path).resolve().parents[1] / gold["article"]
    text = Path(article).read_text(encoding="utf-8")
    published = datetime.fromisoformat(gold["published_at"])
    return text, published, gold


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--article", type=Path, default=None,
                        help="default: the gold's `article`, relative to the shared folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every extracted event")


def run(args: argparse.Namespace) -> int:
    from service.extraction import extract

    text, published, gold = load_seed(args.gold, args.article)
    ex = extract(text, published)
    s = score(ex.events, gold)
    if args.verbose:
        for e in ex.events:
            d = e.date
            ds = f"{d.value}{' ' + d.mod if d.mod else ''}" if d else "undated"
            ok = "  " if e in s["unmatched_events"] else "ok"
            print(f"{ok} [{e.sentence_index:2}] {e.type:12} {e.status:9} {ds:14} {e.summary}")
        print()
    print(f"events extracted : {s['n_events']}")
    print(f"required recall  : {s['required_recall']:.2f}" +
          (f"  (missing: {', '.join(s['missing_required'])})" if s["missing_required"] else ""))
    print(f"overall recall   : {s['recall']:.2f}  "
          f"(missed: {', '.join(k for k, n in s['matched'].items() if not n) or '-'})")
    print(f"precision        : {s['precision']:.2f}  ({s['n_events'] - len(s['unmatched_events'])}"
          f"/{s['n_events']} match a gold event)")
    for topic, (ok, n, missing) in s["topics"].items():
        print(f"topic {topic!r:18}: {ok}/{n}" + (f"  (missing: {', '.join(missing)})" if missing else ""))
    print(f"topic coverage   : {s['topic_coverage']:.2f}")
    return 0 if not s["missing_required"] else 1
