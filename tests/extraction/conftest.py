"""Fixtures of the extraction tests: the model is loaded once per session."""
from __future__ import annotations

from datetime import datetime

import pytest

from service.extraction import extract
from service.extraction.nlp import get_nlp

PUBLISHED = datetime(2011, 3, 12, 12, 0)  # a Saturday


@pytest.fixture(scope="session")
def nlp():
    return get_nlp()


@pytest.fixture(scope="session")
def run(nlp):
    """extract() with a fixed publication time; returns the events."""
    def _run(text: str, published: datetime = PUBLISHED):
        return extract(text, published).events
    return _run


def by_type(events, type_name):
    return [e for e in events if e.type == type_name]


def names(event, role=None):
    return {a.name for a in event.actors if role is None or a.role == role}
