"""Actor resolution: one stored actor per real-world entity, across articles.

The extraction step already gives one canonical name per article (with the surface forms
seen as aliases). Here that name is matched against what is stored: first by canonical
name, then by alias ("Xi" in a later article joins the stored "Xi Jinping"), so the actor
timeline spans every article that mentions the entity.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from service.actors import repository
from service.extraction.types import ActorMention
from service.models import Actor, ActorAlias
from service.text import fold

MAX_NAME = 300


def resolve(session: Session, mention: ActorMention) -> Actor:
    key = fold(mention.name)[:MAX_NAME]
    actor = repository.by_key(session, key)
    if actor is None:
        actor = _by_aliases(session, mention)
        if actor is None:
            actor = Actor(name=mention.name[:MAX_NAME], key=key, kind=mention.kind, description=mention.description)
            session.add(actor)
        elif _is_fuller_name(mention, actor):
            # A later article gives the full name of an actor first seen by a short form.
            actor.name, actor.key = mention.name[:MAX_NAME], key
    if actor.description is None and mention.description:
        actor.description = mention.description[:MAX_NAME]
    _add_aliases(actor, (mention.name, *mention.aliases))
    session.flush()
    return actor


def _by_aliases(session: Session, mention: ActorMention) -> Actor | None:
    for surface in (mention.name, *mention.aliases):
        candidates = repository.by_alias_key(session, fold(surface)[:MAX_NAME], kind=mention.kind)
        if candidates:
            return candidates[0]
    return None


def _is_fuller_name(mention: ActorMention, actor: Actor) -> bool:
    return mention.kind == actor.kind == "person" and fold(actor.name) in fold(mention.name).split() and len(
        mention.name
    ) > len(actor.name)


def _add_aliases(actor: Actor, surfaces) -> None:
    known = {alias.key for alias in actor.aliases}
    for surface in surfaces:
        key = fold(surface)[:MAX_NAME]
        if key and key not in known:
            actor.aliases.append(ActorAlias(alias=surface[:MAX_NAME], key=key))
            known.add(key)
