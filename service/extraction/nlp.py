"""Model loading (once per process, lazily, thread-safe) and parsing of an article.

spaCy `Language` objects are not documented as thread-safe (the shared StringStore grows
while parsing), so parsing runs under a lock; everything after parsing works on the
request's own `Doc` and needs no lock.
"""
from __future__ import annotations

import threading

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from service.config import get_settings

_load_lock = threading.Lock()
_parse_lock = threading.Lock()
_nlp: Language | None = None


def get_nlp() -> Language:
    global _nlp
    if _nlp is None:
        with _load_lock:
            if _nlp is None:
                _nlp = spacy.load(get_settings().spacy_model)
    return _nlp


def parse(chunks: list[str], batch_size: int = 64) -> Doc:
    """Parse contiguous pieces of one text and join them into one `Doc` whose text is their
    concatenation (so token offsets are offsets into the article)."""
    nlp = get_nlp()
    with _parse_lock:
        docs = list(nlp.pipe(chunks, batch_size=batch_size))
        if len(docs) == 1:
            return docs[0]
        return Doc.from_docs(docs, ensure_whitespace=False)


def run_locked(fn, *args):
    """Run something that touches the shared vocabulary (e.g. a Matcher) under the parse lock."""
    with _parse_lock:
        return fn(*args)
