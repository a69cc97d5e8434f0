"""The SQL layer on SQLite and PostgreSQL: actor resolution, one event per real-world event,
timeline order, filters, keyset pages and clean deletion."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from service.actors import repository as actors_repository
from service.articles import service as articles_service
from service.events import repository as events_repository
from service.events import service as events_service
from service.events.repository import EventFilter
from service.extraction.types import ActorMention, EventDate, ExtractedEvent, TopicRef
from service.models import Actor, Article, Event, Topic
from service.text import content_hash

XI = ActorMention("Xi Jinping", "person", "target", aliases=("Xi", "Chinese President Xi Jinping"),
                  description="Chinese President")
GUTERRES = ActorMention("Antonio Guterres", "person", "agent", aliases=("Guterres", "the UN chief"))
HUMAN_RIGHTS = TopicRef("human-rights", "Human rights")


def article(session, text: str, day: date, source: str = "AFP") -> Article:
    a = Article(text=text, content_hash=content_hash(text), source=source, language="en",
                published_at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
                published_at_source="given")
    session.add(a)
    session.flush()
    return a


def event(type_="meeting", actors=(GUTERRES, XI), when: EventDate | None = None, span=(0, 10),
          topics=(HUMAN_RIGHTS,), status="occurred") -> ExtractedEvent:
    return ExtractedEvent(type=type_, cameo="04", summary=f"{type_} summary", sentence="A sentence.", span=span,
                          trigger=type_, status=status, date=when, actors=list(actors), topics=list(topics))


def record_one(session, stored_in: Article, extracted: ExtractedEvent) -> Event:
    [stored] = events_service.record_all(session, stored_in, [extracted])
    return stored


def day(d: date, text: str | None = None) -> EventDate:
    return EventDate(d.isoformat(), d, d, "day", None, text)


def test_actor_found_again_by_alias_in_a_later_article(session):
    first = article(session, "one", date(2022, 2, 5))
    record_one(session, first, event(when=day(date(2022, 2, 5))))
    later = article(session, "two", date(2022, 3, 1))
    short = ActorMention("Xi", "person", "agent")
    stored = record_one(session, later, event(type_="statement", actors=[short], when=day(date(2022, 3, 1))))
    [link] = stored.actor_links
    assert link.actor.name == "Xi Jinping"
    assert session.scalar(select(func.count()).select_from(Actor)) == 2


def test_actor_first_known_by_short_name_takes_the_full_name(session):
    a = article(session, "one", date(2022, 2, 5))
    record_one(session, a, event(actors=[ActorMention("Xi", "person", "agent")], when=day(date(2022, 2, 5))))
    b = article(session, "two", date(2022, 2, 6))
    stored = record_one(session, b, event(type_="visit", actors=[XI], when=day(date(2022, 2, 6))))
    assert stored.actor_links[0].actor.name == "Xi Jinping"
    assert actors_repository.ids_matching(session, "xi") == [stored.actor_links[0].actor.id]


def test_same_event_from_two_articles_is_stored_once_with_two_mentions(session):
    when = day(date(2022, 2, 5))
    first = record_one(session, article(session, "one", date(2022, 2, 5)), event(when=when))
    second = record_one(session, article(session, "two", date(2022, 2, 6)), event(when=when, span=(5, 9)))
    assert first.id == second.id
    assert len(second.mentions) == 2
    assert session.scalar(select(func.count()).select_from(Event)) == 1


def test_different_days_types_or_statuses_stay_apart(session):
    a = article(session, "one", date(2022, 2, 5))
    base = record_one(session, a, event(when=day(date(2022, 2, 5))))
    other_day = record_one(session, a, event(when=day(date(2022, 2, 7)), span=(20, 30)))
    other_type = record_one(session, a, event("visit", when=day(date(2022, 2, 5)), span=(40, 50)))
    negated = record_one(session, a, event(when=day(date(2022, 2, 5)), span=(60, 70), status="negated"))
    assert len({base.id, other_day.id, other_type.id, negated.id}) == 4


def test_month_dated_event_matches_a_day_inside_it(session):
    january = EventDate("2022-01", date(2022, 1, 1), date(2022, 1, 31), "month", "END", "late last month")
    first = record_one(session, article(session, "one", date(2022, 2, 5)), event("delay", when=january))
    again = record_one(session, article(session, "two", date(2022, 2, 6)),
                                  event("delay", when=day(date(2022, 1, 28))))
    assert first.id == again.id


def _ids(events):
    return [e.id for e in events]


def test_timeline_is_chronological_with_undated_events_at_their_report_day(session):
    a = article(session, "one", date(2022, 2, 5))
    late = record_one(session, a, event("visit", when=day(date(2022, 3, 1))))
    undated = record_one(session, a, event("denial", when=None, span=(11, 20)))
    early = record_one(session, a, event("meeting", when=day(date(2021, 12, 1)), span=(21, 30)))
    items = events_repository.timeline(session, EventFilter(), limit=10)
    assert _ids(items) == [early.id, undated.id, late.id]
    assert undated.sort_date == date(2022, 2, 5) and undated.date_value is None


def test_keyset_pages_cover_everything_once(session):
    a = article(session, "one", date(2022, 2, 5))
    stored = [record_one(session, a, event("visit", when=day(date(2022, 1, 1 + i % 5)), span=(i, i + 1),
                                                     actors=[ActorMention(f"Person {i}", "person", "agent")]))
              for i in range(12)]
    seen, after = [], None
    while True:
        page = events_repository.timeline(session, EventFilter(), limit=5, after=after)
        seen += _ids(page)
        if len(page) < 5:
            break
        after = (page[-1].sort_date, page[-1].id)
    assert sorted(seen) == sorted(e.id for e in stored) and len(seen) == len(set(seen))
    dates = [session.get(Event, i).sort_date for i in seen]
    assert dates == sorted(dates)


def test_filters(session):
    a = article(session, "one", date(2022, 2, 5), source="AFP")
    b = article(session, "two", date(2022, 2, 6), source="Reuters")
    meeting = record_one(session, a, event("meeting", when=day(date(2022, 2, 5))))
    other = record_one(session, b, event("protest", actors=[ActorMention("Campaign group", "group", "agent")],
                                                     when=day(date(2022, 2, 6)), topics=[TopicRef("sport", "Sport")]))

    def ids(**kw):
        return _ids(events_repository.timeline(session, EventFilter(**kw), limit=10))

    xi_ids = actors_repository.ids_matching(session, "xi")
    assert ids(actor_ids=xi_ids) == [meeting.id]
    assert ids(actor_ids=[]) == []
    hr = session.scalar(select(Topic.id).where(Topic.slug == "human-rights"))
    assert ids(topic_ids=[hr]) == [meeting.id]
    assert ids(types=["protest"]) == [other.id]
    assert ids(source="reuters") == [other.id]
    assert ids(date_from=date(2022, 2, 6)) == [other.id]
    assert ids(date_to=date(2022, 2, 5)) == [meeting.id]
    assert ids(text="PROTEST summ") == [other.id]


def test_deleting_an_article_removes_its_events_and_unused_actors_and_topics(session):
    a = article(session, "one", date(2022, 2, 5))
    b = article(session, "two", date(2022, 2, 6))
    shared = record_one(session, a, event(when=day(date(2022, 2, 5))))
    record_one(session, b, event(when=day(date(2022, 2, 5))))
    only_a = record_one(session, a, event("protest", actors=[ActorMention("Lone Group", "group", "agent")],
                                                      when=None, span=(50, 60), topics=[TopicRef("sport", "Sport")]))
    only_a_id = only_a.id
    articles_service.delete(session, a.id)
    session.expire_all()
    assert session.get(Event, only_a_id) is None
    assert session.get(Event, shared.id) is not None and len(session.get(Event, shared.id).mentions) == 1
    assert session.scalar(select(Actor).where(Actor.name == "Lone Group")) is None
    assert session.scalar(select(Topic).where(Topic.slug == "sport")) is None
    assert session.scalar(select(Actor).where(Actor.name == "Xi Jinping")) is not None


def test_top_days_rank_by_reporting_articles(session):
    busy, quiet = date(2022, 2, 5), date(2022, 2, 1)
    for i in range(3):
        record_one(session, article(session, f"art {i}", busy), event(when=day(busy)))
    record_one(session, article(session, "quiet", quiet), event("visit", when=day(quiet)))
    record_one(session, article(session, "coarse", busy),
                          event("delay", when=EventDate("2022-01", date(2022, 1, 1), date(2022, 1, 31), "month")))
    # busy: 3 articles date the meeting to it (3) + 4 articles published on it (4 x 0.25) = 4.0
    # quiet: 1 article (1) + its own publication vote (0.25) = 1.25; the days before get votes only
    days = events_repository.top_days(session, EventFilter(), limit=3)
    assert days == [(busy, 4.0, 1), (quiet, 1.25, 1), (busy - timedelta(days=1), 1.0, 0)]
    assert events_repository.top_days(session, EventFilter(date_to=quiet), limit=5)[0][0] == quiet


def test_a_wrong_alias_never_pulls_another_person_in(session):
    a = article(session, "one", date(2022, 2, 5))
    # The extraction wrongly lists another person's name among Obama's aliases.
    noisy = ActorMention("Barack Obama", "person", "agent", aliases=("Obama", "Barack Hussein Obama", "Saddam Hussein",
                                                                      "Mr", "the president"))
    obama = record_one(session, a, event("statement", actors=[noisy], when=day(date(2022, 2, 5))))
    obama_actor = obama.actor_links[0].actor
    assert {alias.alias for alias in obama_actor.aliases} == {"Barack Obama", "Obama", "Barack Hussein Obama",
                                                             "the president"}
    b = article(session, "two", date(2022, 2, 6))
    saddam = ActorMention("Saddam Hussein", "person", "agent", aliases=("Hussein",))
    stored = record_one(session, b, event("statement", actors=[saddam], when=day(date(2022, 2, 6))))
    assert stored.actor_links[0].actor.name == "Saddam Hussein"
    again = record_one(session, b, event("visit", actors=[ActorMention("Obama", "person", "agent")],
                                                     when=day(date(2022, 2, 6)), span=(30, 40)))
    assert again.actor_links[0].actor.id == obama_actor.id
