"""Throughput of the temporal engine (recognition + normalization) on TimeML documents.

    .venv/bin/python benchmarks/temporal_bench.py [DIR ...] [--repeat N]

Prints words, seconds and words/s on one core. Defaults to ../shared/eval/timeml/{timebank,aquaint}.
Not a test: timings depend on the machine. One warm-up pass first (imports, dateparser language data);
the engine's per-(expression, DCT) cache for dateparser is cleared before timing, so it is measured cold.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.evaluate.timeml import load_documents  # noqa: E402
from service.temporal import find_timexes  # noqa: E402
from service.temporal import parser as dp  # noqa: E402

DEFAULT_DIRS = [ROOT.parent / "shared" / "eval" / "timeml" / name for name in ("timebank", "aquaint")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", default=[str(d) for d in DEFAULT_DIRS])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best one is reported")
    args = ap.parse_args(argv)
    dirs = [d for d in args.dirs if Path(d).exists()]
    if not dirs:
        print("no TimeML folders found", file=sys.stderr)
        return 1
    docs = load_documents(dirs)
    words = sum(len(d.text.split()) for d in docs)
    find_timexes("warm up on Friday, Feb. 5, 2022, 3/4/98", docs[0].dct)
    best = float("inf")
    n = 0
    for _ in range(max(1, args.repeat)):
        dp.parse.cache_clear()
        t0 = time.perf_counter()
        n = sum(len(find_timexes(d.text, d.dct)) for d in docs)
        best = min(best, time.perf_counter() - t0)
    print(f"documents: {len(docs)}  timexes: {n}")
    print(f"words: {words}  seconds: {best:.3f}  words/s: {words / best:,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
