"""ORM models: the tables behind articles, events, actors and topics.

An *event* is a real-world happening; each article that reports it adds an *event mention*
(the sentence and character span). `sort_date`/`sort_end` hold the interval the timeline is
ordered and filtered by: the event's own date when the text gives one, otherwise the day it
was first reported (so undated events keep a stable place).
"""
from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from service.db import Base


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes stored in UTC; SQLite (which drops offsets) reads back aware values too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            value = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str | None] = mapped_column(String(2048), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(String(1000))
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    language: Mapped[str] = mapped_column(String(16), default="en")
    text: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # "given" when the client sent published_at, "ingested" when the ingestion time stood in.
    published_at_source: Mapped[str] = mapped_column(String(16))
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    mentions: Mapped[list[EventMention]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class Actor(Base):
    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # Case- and accent-folded name: one actor per key.
    key: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # person | organisation | country | place | group
    description: Mapped[str | None] = mapped_column(String(300))

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", passive_deletes=True, order_by="ActorAlias.id"
    )


class ActorAlias(Base):
    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), index=True)

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class Topic(Base):
    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # theme | place | named_event


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_timeline", "sort_date", "id"),
        Index("ix_events_type_timeline", "type", "sort_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(50))
    cameo: Mapped[str | None] = mapped_column(String(8))
    summary: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="occurred")
    claim_source: Mapped[str | None] = mapped_column(String(300))

    date_value: Mapped[str | None] = mapped_column(String(40))
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_granularity: Mapped[str | None] = mapped_column(String(16))
    date_mod: Mapped[str | None] = mapped_column(String(16))
    date_text: Mapped[str | None] = mapped_column(String(300))

    sort_date: Mapped[date] = mapped_column(Date)
    sort_end: Mapped[date] = mapped_column(Date)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    mentions: Mapped[list[EventMention]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True, order_by="EventMention.id"
    )
    actor_links: Mapped[list[EventActor]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    topic_links: Mapped[list[EventTopic]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )


class EventMention(Base):
    """One report of an event: which article, which sentence, where."""

    __tablename__ = "event_mentions"
    __table_args__ = (UniqueConstraint("event_id", "article_id", "span_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    trigger: Mapped[str] = mapped_column(String(200))

    event: Mapped[Event] = relationship(back_populates="mentions")
    article: Mapped[Article] = relationship(back_populates="mentions")


class EventActor(Base):
    __tablename__ = "event_actors"
    __table_args__ = (Index("ix_event_actors_actor_event", "actor_id", "event_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)  # agent | target | participant

    event: Mapped[Event] = relationship(back_populates="actor_links")
    actor: Mapped[Actor] = relationship()


class EventTopic(Base):
    __tablename__ = "event_topics"
    __table_args__ = (Index("ix_event_topics_topic_event", "topic_id", "event_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True)

    event: Mapped[Event] = relationship(back_populates="topic_links")
    topic: Mapped[Topic] = relationship()
