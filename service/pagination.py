"""Opaque keyset cursors: base64url-encoded JSON of the last row's sort key."""
from __future__ import annotations

import base64
import json
from typing import Any

from service.errors import InvalidInput


def encode(key: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode().rstrip("=")


def decode(cursor: str, arity: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except ValueError as exc:
        raise InvalidInput("cursor is not valid; pass the next_cursor of a previous page") from exc
    if not isinstance(key, list) or len(key) != arity:
        raise InvalidInput("cursor is not valid; pass the next_cursor of a previous page")
    return key
