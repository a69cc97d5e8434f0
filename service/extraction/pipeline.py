"""The extraction pipeline: small named steps run in order over one article.

    parse        nlp.py        chunks -> one spaCy Doc (offsets = article offsets)
    sentences    sentences.py  sentences (dateline marked)
    timexes      service.temporal over the whole text, mapped to sentences (dating.py)
    actors       actors.py     mentions -> canonical actors of the article
    triggers     triggers.py   vocabulary matches per sentence
    roles        roles.py      agent / target / participants from the dependency tree
    filter       here          type constraints; complements absorbed as content
    status       modality.py   occurred / planned / possible / claimed / negated
    dating       dating.py     the governing date
    topics       topics.py     themes, places, named events
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache

from spacy.tokens import Token

from . import dating
from .actors import PERSON, Actor, ActorIndex
from .modality import StatusReader
from .nlp import get_nlp, parse
from .resources import Resources, TypeSpec, get_resources
from .roles import RoleReader, Roles
from .sentences import Sentence, chunk_text, sentences
from .topics import TopicIndex
from .triggers import TriggerMatch, find_triggers
from .types import ActorMention, ExtractedEvent

log = logging.getLogger(__name__)

_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "acomp", "appos", "pcomp"}
_CONTENT_PREPS = {"for", "to", "on", "of", "about", "over", "into", "against", "before", "until"}
_BLOCK_DEPS = {"relcl", "acl", "advcl"}


@dataclass
class Extraction:
    timexes: list = field(default_factory=list)
    events: list[ExtractedEvent] = field(default_factory=list)


@dataclass
class Candidate:
    match: TriggerMatch
    spec: TypeSpec
    roles: Roles
    sent: Sentence


@lru_cache(maxsize=1)
def noun_index() -> frozenset[str]:
    """English common nouns (the lemmatizer's WordNet noun index of the loaded model)."""
    try:
        lem = get_nlp().get_pipe("lemmatizer")
        return frozenset(lem.lookups.get_table("lemma_index")["noun"])
    except Exception:  # noqa: BLE001 - model without the table: fall back to POS tags only
        return frozenset()


def _temporal():
    try:
        from service.temporal import find_timexes, to_interval
    except Exception:  # noqa: BLE001 - the engine is a separate component; without it events are undated
        log.exception("temporal engine unavailable; events stay undated")
        return None, None
    return find_timexes, to_interval


def _dct(published_at) -> datetime:
    if isinstance(published_at, datetime):
        return published_at
    if isinstance(published_at, date):
        return datetime.combine(published_at, time(12, 0))
    return datetime.now()


# ---------------------------------------------------------------- filtering
def _type_ok(spec: TypeSpec, match: TriggerMatch, trig, roles: Roles, res: Resources) -> bool:
    tok = match.token
    if spec.subjects:
        subj = roles.subject_tokens
        if not subj:
            return False
        words = set()
        for s in subj:
            words.add(s.lemma_.lower())
            words.add(s.lower_)
            if s.lemma_.lower() in spec.subject_heads:  # "oil prices", "Japan's key stock index"
                words.update(c.lemma_.lower() for c in s.children if c.dep_ in ("compound", "amod"))
        if not words & spec.subjects:
            return False
    if spec.context:
        words = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
        if not words & spec.context:
            return False
    c = trig.constraint
    if c == "obj":
        objs = roles.object_tokens if not roles.passive else roles.subject_tokens
        if not any(o.lemma_.lower() in spec.objects or o.lower_ in spec.objects for o in objs):
            return False
    if c in ("person", "org"):
        kinds = {a.kind for a, _ in roles.targets}
        if c == "person" and not kinds & {PERSON, "group"}:
            return False
        if c == "org" and "organisation" not in kinds:
            return False
    for subj in roles.subject_tokens:  # the writer or the reader ("I really do agree with Mark")
        if subj.lower_ in ("i", "we", "you", "me", "us") and not roles.passive:
            return False
    req = spec.requires
    if req == "agent" and not roles.agents:
        return False
    if req == "agent_or_passive" and not roles.agents and not (roles.passive and roles.targets):
        return False
    if req == "target" and not roles.targets:
        return False
    if req == "actor" and not roles.all():
        return False
    if spec.symmetric and len(roles.all()) < 2:
        return False
    if tok.pos_ not in ("VERB", "AUX") and not _eventive(tok, res):
        return False
    return True


def _light_object(n: Token, res: Resources) -> bool:
    return n.head.i != n.i and n.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and \
        n.head.lemma_.lower() in res.set("light_verbs")


def _eventive(n: Token, res: Resources) -> bool:
    """Is a nominal trigger asserted to happen here, rather than mentioned in passing ("the BP
    oil spill", "at the meeting")? Yes if it is the object of a light verb ("held talks",
    "launched an appeal"), the subject of an occurrence verb ("the quake struck"), has a
    by-agent ("a visit by X"; a bare possessor -- "Jackson's death" -- is a reference), is dated on its own ("the April
    20 explosion", "Tuesday's quake") or is introduced existentially ("there was an explosion")."""
    head = n.head
    hl = head.lemma_.lower()
    if head.i != n.i and n.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and hl in res.set("light_verbs"):
        return True
    if n.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and head.i != n.i:
        return _eventive(head, res)
    if head.i != n.i and n.dep_ in ("nsubj", "nsubjpass") and hl in res.set("occurrence_verbs"):
        return True
    if n.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children):
        return True
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return True
        if c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("compound", "npadvmod", "nmod", "amod", "poss"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
                p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj"):
            return True
    return False


def _content_child(a: Token, b: Token) -> Token | None:
    """The child of `a` through which `b` hangs below it, if it is `a`'s content."""
    path = []
    x = b
    for _ in range(40):
        if x.i == a.i:
            break
        path.append(x)
        if x.head.i == x.i:
            return None
        x = x.head
    else:
        return None
    if x.i != a.i or not path:
        return None
    child = path[-1]
    if any(p.dep_ in _BLOCK_DEPS for p in path[:-1]):
        return None
    if child.dep_ in _CONTENT_DEPS:
        return child
    if child.dep_ == "acl" and a.pos_ in ("NOUN", "PROPN"):  # "the expectation that ... will allow ..."
        return child
    if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS:
        return child
    return None


def _is_content(a: Candidate, b: Candidate, light: frozenset[str]) -> bool:
    at, bt = a.match.token, b.match.token
    if bt.i == at.i or a.match.start <= bt.i < a.match.end:
        return False
    if _content_child(at, bt) is not None:
        return True
    head = at.head
    if at.pos_ in ("NOUN", "PROPN") and head.i != at.i and head.lemma_.lower() in light:
        c = _content_child(head, bt)
        if c is not None and c.dep_ in ("ccomp", "xcomp"):
            return True
    return False


def _select(cands: list[Candidate], res: Resources) -> list[Candidate]:
    light = res.set("light_verbs")
    absorbed: set[int] = set()
    dropped: set[int] = set()
    for i, a in enumerate(cands):
        if not a.spec.embeds:
            continue
        inner = [j for j, b in enumerate(cands) if j != i and _is_content(a, b, light)]
        if not inner:
            continue
        if a.spec.reporting:
            dropped.add(i)
        else:
            absorbed.update(inner)
    kept = [c for k, c in enumerate(cands) if k not in absorbed and k not in dropped]
    # one event per type per sentence: keep the best attested
    best: dict[tuple[int, str], Candidate] = {}
    for c in kept:
        key = (c.sent.index, c.spec.name)
        cur = best.get(key)
        if cur is None or len(c.roles.all()) > len(cur.roles.all()):
            best[key] = c
    return sorted(best.values(), key=lambda c: c.match.token.i)


# ---------------------------------------------------------------- building
def _mention(actor: Actor, role: str) -> ActorMention:
    return ActorMention(name=actor.name, kind=actor.kind, role=role, aliases=tuple(actor.aliases),
                        description=actor.description)


def _summary(spec: TypeSpec, roles: Roles) -> str:
    left = ", ".join(a.name for a, _ in roles.agents) or "?"
    right = ", ".join(a.name for a, _ in roles.targets + roles.participants)
    return f"{left} \u2014 {spec.name}" + (f" \u2014 {right}" if right else "")


def _evidence_span(tok: Token, sent: Sentence, text: str) -> tuple[int, int]:
    x = tok
    for _ in range(8):
        if x.pos_ in ("VERB", "AUX") or x.head.i == x.i:
            break
        x = x.head
    sub = list(x.subtree)
    start = max(sub[0].idx, sent.start)
    last = sub[-1]
    end = min(last.idx + len(last.text), sent.end)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if end - start < 10:
        return sent.start, sent.end
    return start, end


def _extract(text: str, published_at, title: str | None) -> Extraction:
    res = get_resources()
    find_timexes, to_interval = _temporal()
    timexes = []
    if find_timexes is not None:
        try:
            timexes = find_timexes(text, _dct(published_at))
        except Exception:  # noqa: BLE001
            log.exception("temporal engine failed")
            timexes = []
    if not text.strip():
        return Extraction(timexes, [])
    chunks, dateline_len = chunk_text(text)
    doc = parse(chunks)
    sents = sentences(doc, dateline_len)
    actors = ActorIndex(doc, sents, res, noun_index())
    anchors = dating.anchor_timexes(doc, sents, timexes, to_interval) if to_interval else {}
    pub = dating.as_date(published_at)
    rt = dating.report_time(sents, anchors, res, pub)
    topics = TopicIndex(doc, sents, actors, res)
    roles_reader = RoleReader(actors, res)
    status_reader = StatusReader(actors, res)

    events: list[ExtractedEvent] = []
    seen: set[tuple] = set()
    boilerplate = res.set("boilerplate_markers")
    reporting = res.set("reporting_verbs")
    for sent in sents:
        if sent.dateline or sent.text.rstrip("\"'\u201d\u2019 )").endswith("?"):
            continue  # questions assert nothing
        low = sent.text.lower()
        if any(m in low for m in boilerplate):
            continue
        cands: list[Candidate] = []
        for match in find_triggers(sent.span, res):
            for type_name, trig in match.types:
                spec = res.types[type_name]
                roles = roles_reader.read(match.token, spec)
                if _type_ok(spec, match, trig, roles, res):
                    cands.append(Candidate(match, spec, roles, sent))
                    break
        for c in _select(cands, res):
            tok = c.match.token
            event_actors = c.roles.all()
            st = status_reader.read(tok, set(range(c.match.start, c.match.end)), event_actors)
            # a nominal mention inherits no date unless a light verb makes it a clause ("held talks")
            tense = st.tense if tok.pos_ in ("VERB", "AUX") or _light_object(tok, res) else "none"
            edate = dating.date_event(tok, sent.index, tense, st.status, st.iterative, anchors, rt, reporting, pub)
            actors_out = [_mention(a, "agent") for a, _ in c.roles.agents]
            actors_out += [_mention(a, "target") for a, _ in c.roles.targets]
            actors_out += [_mention(a, "participant") for a, _ in c.roles.participants]
            key = (c.spec.name, tok.lemma_.lower(), tuple(sorted(a.name for a in event_actors)),
                   edate.value if edate else None, st.status)
            if key in seen:
                continue
            seen.add(key)
            events.append(ExtractedEvent(
                type=c.spec.name, cameo=c.spec.cameo, summary=_summary(c.spec, c.roles),
                sentence=sent.text, span=_evidence_span(tok, sent, text), trigger=c.match.text,
                status=st.status, claim_source=st.claim_source, date=edate, actors=actors_out,
                topics=topics.topics_for(sent.index, event_actors), sentence_index=sent.index,
            ))
    return Extraction(timexes, events)


def extract(text: str, published_at, title: str | None = None) -> Extraction:
    """Events of one article. Never raises: on an internal error it logs and returns what it can."""
    try:
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        from service.config import get_settings

        limit = get_settings().max_text_chars
        if len(text) > limit:
            text = text[:limit]
        return _extract(text, published_at, title)
    except Exception:  # noqa: BLE001 - the API must answer; a failure is logged
        log.exception("extraction failed")
        return Extraction([], [])
