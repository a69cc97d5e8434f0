"""Extraction without storage, and the event vocabulary."""
from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter

from service import extraction
from service.analysis.schemas import AnalysisOut, AnalyzedActor, AnalyzedEvent, EventTypeOut, TimexOut
from service.articles.schemas import ArticleIn
from service.articles.service import publication_time
from service.events.schemas import EventDateOut, SpanOut
from service.topics.schemas import TopicOut

router = APIRouter(prefix="/v1", tags=["analysis"])


@router.post(
    "/analyze",
    response_model=AnalysisOut,
    summary="Extract temporal expressions and events; store nothing",
    responses={422: {"description": "Invalid input (RFC 9457 problem details)"}},
)
def analyze(data: ArticleIn) -> AnalysisOut:
    published_at, _ = publication_time(data)
    result = extraction.extract(data.text, published_at, title=data.title)
    return AnalysisOut(
        timexes=[TimexOut(start=t.start, end=t.end, text=t.text, type=t.type, value=t.value, mod=t.mod)
                 for t in result.timexes],
        events=[
            AnalyzedEvent(
                type=e.type, cameo=e.cameo, summary=e.summary, sentence=e.sentence,
                span=SpanOut(start=e.span[0], end=e.span[1]), trigger=e.trigger, status=e.status,
                claim_source=e.claim_source,
                date=EventDateOut(**asdict(e.date)) if e.date else None,
                actors=[AnalyzedActor(name=a.name, kind=a.kind, role=a.role, description=a.description,
                                      aliases=list(a.aliases)) for a in e.actors],
                topics=[TopicOut(slug=t.slug, name=t.name) for t in e.topics],
            )
            for e in result.events
        ],
    )


@router.get("/event-types", response_model=list[EventTypeOut], summary="The event vocabulary",
            tags=["events"])
def event_types() -> list[EventTypeOut]:
    return [
        EventTypeOut(name=t.name, cameo=t.cameo, definition=t.definition, triggers=list(t.triggers),
                     examples=list(t.examples))
        for t in extraction.event_vocabulary()
    ]
