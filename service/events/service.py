"""Turning extracted events into stored ones, and stored ones into API output."""
from __future__ import annotations

from sqlalchemy.orm import Session

from service.actors import service as actors_service
from service.events import repository
from service.events.schemas import EventActorOut, EventDateOut, EventOut, MentionOut, SpanOut
from service.extraction.types import ExtractedEvent
from service.models import Actor, Article, Event, EventActor, EventMention, EventTopic, Topic
from service.topics import repository as topics_repository
from service.topics.schemas import TopicOut


def record_all(session: Session, article: Article, extracted: list[ExtractedEvent]) -> list[Event]:
    """Store an article's events; each actor and topic is resolved once per article."""
    actors: dict[tuple[str, str], Actor] = {}
    topics: dict[str, Topic] = {}
    stored = []
    for event in extracted:
        for mention in event.actors:
            if (mention.name, mention.kind) not in actors:
                actors[mention.name, mention.kind] = actors_service.resolve(session, mention)
        for ref in event.topics:
            if ref.slug not in topics:
                topics[ref.slug] = topics_repository.get_or_create(session, ref)
        roles = [(actors[m.name, m.kind], m.role) for m in event.actors]
        stored.append(_record(session, article, event, roles, [topics[ref.slug] for ref in event.topics]))
    return stored


def _record(
    session: Session,
    article: Article,
    extracted: ExtractedEvent,
    actors: list[tuple[Actor, str]],
    topics: list[Topic],
) -> Event:
    """Store one extracted event, with its resolved actors and topics, as a mention of a new
    or already-known event."""
    reported_day = article.published_at.date()
    when = extracted.date
    start, end = (when.start, when.end) if when else (reported_day, reported_day)

    event = repository.find_same(
        session,
        type=extracted.type,
        status=extracted.status,
        actor_ids=[actor.id for actor, _ in actors],
        start=start,
        end=end,
        dated=when is not None,
        day_granular=when is not None and when.granularity in repository.DAY_GRANULARITIES,
    )
    if event is None:
        event = Event(
            type=extracted.type,
            cameo=extracted.cameo,
            summary=extracted.summary,
            status=extracted.status,
            claim_source=extracted.claim_source,
            sort_date=start,
            sort_end=end,
            reported_at=article.published_at,
        )
        if when:
            event.date_value, event.date_start, event.date_end = when.value, when.start, when.end
            event.date_granularity, event.date_mod, event.date_text = when.granularity, when.mod, when.text
        session.add(event)
    elif article.published_at < event.reported_at:
        event.reported_at = article.published_at

    if not any(m.article_id == article.id and m.span_start == extracted.span[0] for m in event.mentions):
        event.mentions.append(
            EventMention(
                article=article,
                sentence=extracted.sentence,
                span_start=extracted.span[0],
                span_end=extracted.span[1],
                trigger=extracted.trigger[:200],
            )
        )
    linked = {(link.actor_id, link.role) for link in event.actor_links}
    for actor, role in actors:
        if (actor.id, role) not in linked:
            event.actor_links.append(EventActor(actor=actor, role=role))
            linked.add((actor.id, role))
    tagged = {link.topic_id for link in event.topic_links}
    for topic in topics:
        if topic.id not in tagged:
            event.topic_links.append(EventTopic(topic=topic))
            tagged.add(topic.id)
    session.flush()
    return event


def to_out(event: Event, article_id: int | None = None) -> EventOut:
    """API view of an event; `article_id` picks that article's mention as the main one."""
    mentions = event.mentions
    main = next((m for m in mentions if m.article_id == article_id), mentions[0])
    date = None
    if event.date_value is not None:
        date = EventDateOut(
            value=event.date_value, start=event.date_start, end=event.date_end,
            granularity=event.date_granularity, mod=event.date_mod, text=event.date_text,
        )
    return EventOut(
        id=event.id,
        article_id=main.article_id,
        type=event.type,
        cameo=event.cameo,
        summary=event.summary,
        sentence=main.sentence,
        span=SpanOut(start=main.span_start, end=main.span_end),
        status=event.status,
        claim_source=event.claim_source,
        date=date,
        reported_at=event.reported_at,
        actors=[EventActorOut(id=link.actor.id, name=link.actor.name, role=link.role) for link in event.actor_links],
        topics=[TopicOut(slug=link.topic.slug, name=link.topic.name) for link in event.topic_links],
        mention_count=len(mentions),
        mentions=[
            MentionOut(article_id=m.article_id, sentence=m.sentence, span=SpanOut(start=m.span_start, end=m.span_end))
            for m in mentions
        ],
    )
