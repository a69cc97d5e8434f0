"""Loading the articles in `seeds/` (idempotent: already stored articles are left as they are)."""
from __future__ import annotations

import json
import logging
from pathlib import Path

from sqlalchemy.orm import Session

from service.articles import service as articles_service
from service.articles.schemas import ArticleIn

log = logging.getLogger(__name__)


def read_manifest(seeds_dir: Path) -> list[ArticleIn]:
    """`seeds/articles.json` lists the articles: file name plus metadata (title, source, published_at…)."""
    manifest = seeds_dir / "articles.json"
    if not manifest.exists():
        return []
    articles = []
    for entry in json.loads(manifest.read_text(encoding="utf-8")):
        text = (seeds_dir / entry["file"]).read_text(encoding="utf-8")
        fields = {k: v for k, v in entry.items() if k in ArticleIn.model_fields and k != "text"}
        articles.append(ArticleIn(text=text, **fields))
    return articles


def load(session: Session, seeds_dir: Path) -> tuple[int, int]:
    """Ingest every seed article; returns (created, already stored)."""
    created = existing = 0
    for article in read_manifest(seeds_dir):
        _, was_created = articles_service.ingest(session, article)
        created += was_created
        existing += not was_created
    log.info("seeds: %d ingested, %d already stored", created, existing)
    return created, existing
