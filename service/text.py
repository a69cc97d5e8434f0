"""Small text helpers shared by the domains: lookup keys and slugs."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case- and accent-insensitive lookup key: 'António  Guterres' -> 'antonio guterres'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped.casefold()).strip()


def slugify(text: str) -> str:
    """'Human rights' -> 'human-rights'."""
    return _NON_WORD.sub("-", fold(text)).strip("-")


def content_hash(text: str) -> str:
    """Hash of the text with whitespace normalised, so re-sent copies are recognised."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()
