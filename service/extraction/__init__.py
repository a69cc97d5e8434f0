"""Event extraction: news article text -> dated events (who did what to whom, and when).

    from service.extraction import extract, event_vocabulary, topic_taxonomy
    extraction = extract(text, published_at, title=None)  # Extraction(timexes, events)

Thread-safe (the spaCy model is loaded once, lazily, under a lock; parsing is serialised),
and never raises on odd input. See `pipeline.py` for the steps.
"""
from .pipeline import Extraction, extract
from .vocabulary import EventType, event_vocabulary, topic_taxonomy

__all__ = ["extract", "Extraction", "event_vocabulary", "topic_taxonomy", "EventType"]
