"""Re-extract judged sample events with the current code: which judged events a change removed or altered.

    python -m service.evaluate recheck --judged DIR [--articles ../shared/eval/t17/articles.jsonl]

DIR holds the printed samples (`sample_<seed>.txt`, from `sample --seed <seed>`) and the reviewers'
verdicts (`verdicts_*.jsonl`, one JSON object per event with at least seed, n and verdict "ok" or
"wrong"). Each judged event is found again by article, sentence and trigger; it is `gone` (no longer
emitted), `changed` (its type, status, roles or date line differs) or `same`. The counts, crossed with
the verdicts, show whether a change mends wrong events without breaking right ones, before any fresh
sample is judged.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from service.evaluate.sample import DEFAULT_ARTICLES, event_block, load_articles, published

_COMPARED = ("   type    :", "   agent   :", "   target  :", "   other   :", "   date    :")


def read_samples(folder: Path) -> dict[tuple[int, int], list[str]]:
    """(seed, n) -> the printed lines of that event."""
    out: dict[tuple[int, int], list[str]] = {}
    for path in sorted(folder.glob("sample_*.txt")):
        seed = int(re.search(r"sample_(\d+)", path.name).group(1))
        block: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines() + [""]:
            if line.strip():
                block.append(line)
            elif block:
                out[(seed, int(block[0][1:].split()[0]))] = block
                block = []
    return out


def read_verdicts(folder: Path) -> dict[tuple[int, int], dict]:
    out = {}
    for path in sorted(folder.glob("verdicts_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                v = json.loads(line)
                out[(int(v["seed"]), int(v["n"]))] = v
    return out


def _trigger(block: list[str]) -> str:
    return re.search(r"\(trigger '(.*?)', CAMEO", block[2]).group(1)


def recheck(samples: dict, verdicts: dict, articles: dict, extract) -> tuple[Counter, list[str]]:
    cache: dict[str, list] = {}
    counts: Counter = Counter()
    lines: list[str] = []
    for key in sorted(verdicts):
        block = samples.get(key)
        if block is None:
            continue
        art_id = block[0].split()[1]
        art = articles[art_id]
        if art_id not in cache:
            cache[art_id] = extract(art["text"], published(art)).events
        sentence = block[1].split("sentence: ", 1)[1]
        found = [e for e in cache[art_id] if e.sentence == sentence and e.trigger == _trigger(block)]
        verdict = verdicts[key].get("verdict", "?")
        if not found:
            state = "gone"
        else:
            new = event_block(art, found[0], key[1])
            state = "same" if [x for x in new if x.startswith(_COMPARED)] == \
                [x for x in block if x.startswith(_COMPARED)] else "changed"
        counts[(state, verdict)] += 1
        if state != "same":
            note = verdicts[key].get("note", "")
            lines.append(f"{state.upper():8s} seed {key[0]} #{key[1]} (judged {verdict}) {block[2].strip()} | {note}")
    return counts, lines


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--judged", type=Path, required=True, help="folder of sample_*.txt and verdicts_*.jsonl")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)


def run(args: argparse.Namespace) -> int:
    from service.extraction import extract

    articles = {a["id"]: a for a in load_articles(args.articles)}
    counts, lines = recheck(read_samples(args.judged), read_verdicts(args.judged), articles, extract)
    print("\n".join(lines))
    for state in ("same", "changed", "gone"):
        print(f"{state:8s}: " + ", ".join(f"{counts[(state, v)]} judged {v}" for v in ("ok", "wrong")))
    return 0
