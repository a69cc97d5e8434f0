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
    _add_aliases(actor, [mention.name, *(a for a in mention.aliases if _plausible_alias(actor, a))])
    session.flush()
    return actor


def _tokens(name: str) -> frozenset[str]:
    return frozenset(fold(name).replace(".", " ").split())


def _same_person(a: str, b: str) -> bool:
    """Names that can denote one person: one's words all appear in the other's ("Obama" and
    "Barack Obama"), never two different full names ("Saddam Hussein" vs "Barack Hussein Obama")."""
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _by_aliases(session: Session, mention: ActorMention) -> Actor | None:
    """A stored actor known by one of the mention's names.

    Only name-like surfaces are looked up (role descriptions such as "the UN chief" change
    holders over time), and a person must have a compatible name, so that one wrong alias
    cannot pull other people into an actor.
    """
    surfaces = [mention.name]
    if mention.kind == "person":
        surfaces += [a for a in mention.aliases if _same_person(a, mention.name)]
    for surface in surfaces:
        for candidate in repository.by_alias_key(session, fold(surface)[:MAX_NAME], kind=mention.kind):
            if mention.kind != "person" or _same_person(candidate.name, mention.name):
                return candidate
    return None


def _plausible_alias(actor: Actor, alias: str) -> bool:
    """For people, keep name parts and role descriptions ("the UN chief"), not other names."""
    return actor.kind != "person" or _same_person(alias, actor.name) or fold(alias).startswith("the ")


def _is_fuller_name(mention: ActorMention, actor: Actor) -> bool:
    return mention.kind == actor.kind == "person" and _tokens(actor.name) < _tokens(mention.name)


def _add_aliases(actor: Actor, surfaces) -> None:
    known = {alias.key for alias in actor.aliases}
    for surface in surfaces:
        key = fold(surface)[:MAX_NAME]
        if key and key not in known:
            actor.aliases.append(ActorAlias(alias=surface[:MAX_NAME], key=key))
            known.add(key)
