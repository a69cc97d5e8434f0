"""Timings of the HTTP API in-process (httpx through FastAPI's TestClient).

Measures: ingesting the seed article (extraction + storage, model already loaded), and
timeline queries once a corpus is loaded (optionally T17 articles, to make the tables
non-trivial).

    python benchmarks/api_bench.py [--database-url URL] [--t17 200] [--repeat 10] [--queries 200]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from service import migrate  # noqa: E402
from service.config import ROOT, get_settings  # noqa: E402
from service.db import get_session, make_engine  # noqa: E402
from service.main import create_app  # noqa: E402
from service.seeds import read_manifest  # noqa: E402

T17 = ROOT.parent / "shared" / "eval" / "t17" / "articles.jsonl"


def ms(samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, int(0.95 * len(samples)))]
    return f"median {statistics.median(samples) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   n={len(samples)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url")
    parser.add_argument("--t17", type=int, default=0, help="also load this many T17 articles first")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        migrate.upgrade(url)
        engine = make_engine(url)

        def session():
            with Session(engine) as s:
                yield s

        app = create_app()
        app.dependency_overrides[get_session] = session
        client = TestClient(app)
        [seed] = read_manifest(get_settings().seeds_dir)
        body = seed.model_dump(mode="json", exclude_none=True)
        client.post("/v1/analyze", json=body)  # load the model outside the timings

        if args.t17 and T17.exists():
            started = time.perf_counter()
            words = 0
            with T17.open() as lines:
                for i, line in enumerate(lines):
                    if i >= args.t17:
                        break
                    a = json.loads(line)
                    words += len(a["text"].split())
                    client.post("/v1/articles", json={"text": a["text"], "published_at": a["published_at"],
                                                      "source": a["topic"]})
            took = time.perf_counter() - started
            print(f"load {args.t17} T17 articles: {took:.1f} s, {words / took:,.0f} words/s")

        ingest = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            response = client.post("/v1/articles", json=body)
            ingest.append(time.perf_counter() - started)
            assert response.status_code == 201, response.text
            client.delete(f"/v1/articles/{response.json()['id']}")
        client.post("/v1/articles", json=body)
        print(f"ingest seed ({len(body['text'].split())} words):  {ms(ingest)}")

        for name, params in [
            ("timeline ?actor=Guterres", {"actor": "Guterres"}),
            ("timeline ?topic=human rights", {"topic": "human rights"}),
            ("timeline (all, limit 50)", {"limit": 50}),
            ("timeline ?actor=Obama", {"actor": "Obama"}),
            ("timeline ?topic=energy&from=2010-05-01", {"topic": "energy", "from": "2010-05-01"}),
            ("summary  ?limit=10", None),
        ]:
            samples = []
            for _ in range(args.queries):
                started = time.perf_counter()
                if params is None:
                    response = client.get("/v1/timeline/summary", params={"limit": 10})
                else:
                    response = client.get("/v1/events", params=params)
                samples.append(time.perf_counter() - started)
                assert response.status_code == 200
            print(f"{name:30} {ms(samples)}")
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
