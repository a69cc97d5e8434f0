"""The extraction pipeline: small named steps run in order over one article.

    parse        nlp.py        chunks -> one spaCy Doc (offsets = article offsets)
    sentences    sentences.py  sentences (dateline marked)
    timexes      service.temporal over the whole text, mapped to sentences (dating.py)
    actors       actors.py     mentions -> canonical actors of the article
    triggers     triggers.py   vocabulary matches per sentence
    roles        roles.py      agent / target / participants from the dependency tree
    select       here          type constraints; complements absorbed as content
    status       modality.py   occurred / planned / possible / claimed / negated
    dating       dating.py     the governing date
    filters      filters.py    named rejections (not an event, not happened, ...), in order
    topics       topics.py     themes, places, named events
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache

from spacy.tokens import Token

from . import dating, trust
from .actors import PERSON, Actor, ActorIndex
from .filters import Case, rejection
from .modality import StatusReader, tense_of
from .nlp import get_nlp, parse
from .resources import Resources, TypeSpec, get_resources
from .roles import RoleReader, Roles, expand, occurrence_relcl, owners
from .sentences import Sentence, chunk_text, photo_positions_as_asides, repair_apostrophes, sentences
from .topics import TopicIndex
from .triggers import TriggerMatch, find_triggers
from .types import ActorMention, ExtractedEvent

log = logging.getLogger(__name__)

_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "acomp", "appos", "pcomp"}
_CONTENT_PREPS = {"for", "to", "on", "of", "about", "over", "into", "against", "before", "until"}
_BLOCK_DEPS = {"relcl", "acl", "advcl"}
_RELPRON = {"that", "which", "who"}


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
def _prep_heads(prep: Token) -> list[Token]:
    """What a preposition governs: its object, or the first word of its clause ("to what is called ...")."""
    out = [p for p in prep.children if p.dep_ == "pobj"]
    return out + [next(iter(p.subtree)) for p in prep.children if p.dep_ == "pcomp"]


def _animal_victims(tok: Token, res: Resources) -> bool:
    """The object, passive subject or of-phrase of a violent act names animals ("thousands of pigs")."""
    victims = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    victims += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in _prep_heads(c)]
    victims += [p for v in victims for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for p in _prep_heads(c)]
    return any(v.lemma_.lower() in res.set("animal_nouns") for v in victims)


def _swallowed(subj: Token) -> Token:
    """"the Gulf of Mexico oil spill is threatening": the parser made the place the subject and the
    noun after its of-name the object of "of"; that noun is the real head."""
    last = subj.right_edge
    if subj.pos_ == "PROPN" and last.pos_ == "NOUN" and last.dep_ == "pobj" and last.head.lower_ == "of" and \
            last.head.head.i == subj.i:
        return last
    return subj


def _type_ok(spec: TypeSpec, match: TriggerMatch, trig, roles: Roles, res: Resources,
             actors: ActorIndex | None = None) -> bool:
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
        if any(c.dep_ in ("compound", "amod") and c.lower_ in spec.avoid_subject_modifiers
               for s in subj for c in s.children):
            return False  # "the heat index soared to 110 degrees": weather, no market
        if words & spec.subjects <= spec.weak_subjects and not any(
                t.ent_type_ in ("MONEY", "PERCENT") for t in tok.subtree):
            return False  # "the crude that surged into the gulf": oil itself, no price
    if spec.context:
        words = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
        if not words & spec.context:
            return False
    if spec.avoid_context:  # "Tottenham Hotspur meets Portsmouth" in an FA Cup semi-final: a sports fixture
        low = " " + re.sub(r"[^\w-]+", " ", tok.sent.text.lower()) + " "
        if any(f" {p} " in low for p in spec.avoid_context):
            return False
    if spec.avoid_complements and any(x.dep_ == "xcomp" and (x.lemma_.lower() in spec.avoid_complements or
                                                          "*" in spec.avoid_complements) for x in tok.children):
        return False  # "BP refused to comment on the speculation": no denial; "battling to get through": no fight
    c = trig.constraint
    if c == "obj":
        objs = roles.object_tokens if not roles.passive else roles.subject_tokens
        if tok.pos_ in ("NOUN", "PROPN"):  # "passage of the bill", "the bill's passage", "budget passage"
            objs = [p for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for p in ch.children
                    if p.dep_ == "pobj"] + [ch for ch in tok.children if ch.dep_ in ("poss", "compound")]
        if not any(o.lemma_.lower() in spec.objects or o.lower_ in spec.objects for o in objs):
            return False
    if c in ("person", "org"):
        kinds = {a.kind for a, _ in roles.targets}
        if tok.pos_ in ("VERB", "AUX") and actors is not None:
            # the object itself must be the person / organisation, not a possessor inside it
            # ("dismissed Melancon's performance" is no dismissal of Melancon)
            objs = roles.object_tokens if not roles.passive else roles.subject_tokens
            kinds = {a.kind for o in objs for x in expand(o) if (a := actors.resolve(x)) is not None}
        if c == "person" and not kinds & {PERSON, "group"}:
            return False
        if c == "org" and "organisation" not in kinds:
            return False
    for prep, objs in spec.sense_exclusions:  # "nominated for best actor", "named among the dead"
        if any(c.dep_ in ("prep", "agent") and c.lower_ == prep and ("*" in objs or any(
                p.lemma_.lower() in objs or p.lower_ in objs for p in _prep_heads(c)))
               for c in tok.children):
            return False
    if spec.name == "acquisition" and tok.pos_ == "VERB" and any(
            o.lemma_.lower() in res.set("public_office_objects") for o in roles.object_tokens):
        return False  # "takes over the State Department": taking office, not buying a company
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
    if spec.name in res.set("accident_sensitive_types") and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in res.set("accident_nouns") for p in c.children)
            for c in tok.children):
        return False  # "was killed in the explosion": an accident, not an attack
    if spec.name == "appointment" and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and \
            tok.lemma_.lower() in res.set("naming_participles") and tok.i + 1 < len(tok.doc) and \
            tok.doc[tok.i + 1].pos_ == "PROPN" and tok.head.i < tok.i:
        return False  # "an analyst named Derek Harvey": a name given, no appointment
    if spec.name == "appointment" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in res.set("non_office_nouns") for p in c.children)
            for c in tok.children):
        return False  # "has not been named as a suspect"
    if spec.name == "appointment" and tok.lemma_.lower() in res.set("naming_participles") and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pobj" and not _office(p, res) for p in c.children)
            for c in tok.children):
        return False  # "named as a wildlife expert", "named as the biggest selling artist": a description
    if spec.name in res.set("as_phrase_types") and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False  # "was dismissed as a zealot": disregarded, not fired
    if spec.name in res.set("duty_with_types") and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children) for c in tok.children):
        return False  # "is charged with deciding when to move": a duty, not an indictment
    if spec.name in res.set("accident_sensitive_types") and any(
            n.lemma_.lower() in res.set("accident_nouns") for s in roles.subject_tokens for n in (s, _swallowed(s))):
        return False  # "the leak of poisonous chemicals, which killed 12,000 people", "the spill is threatening"
    if spec.name in res.set("accident_sensitive_types") and tok.pos_ == "VERB" and _accident_before(tok, res):
        return False  # "since the April 20 explosion on an offshore rig killed 11 workers" (parsed as a conjunct)
    if spec.name in res.set("accident_sensitive_types") and _accident_antecedent(tok, res):
        return False  # "the April 20 explosion aboard the rig Deepwater Horizon that killed 11 workers"
    if spec.category in ("disaster", "health") and tok.pos_ in ("NOUN", "PROPN") and \
            tok.dep_ in ("dobj", "nsubjpass", "oprd") and tok.head.lemma_.lower() in res.set("declaration_verbs"):
        return False  # "a pandemic has been declared by WHO": the declaration (a statement) is the event
    if spec.name == "meeting" and any(o.dep_ in ("dobj", "pobj") and o.lemma_.lower() in res.set("personal_relation_nouns")
                                      for x in [tok, *[p for p in tok.children if p.dep_ == "prep"]]
                                      for o in x.children):
        return False  # "where he met his first wife, Margaret": personal life, no political meeting
    if spec.name in res.set("body_agent_types") and roles.agents and all(
            a.kind == PERSON and not set((a.description or "").lower().split()) & res.set("legislator_words")
            for a, _ in roles.agents):
        return False  # "Ken Salazar (Interior Secretary) ... voting to go forward": a body votes, or its members
    if spec.category == "disaster" and tok.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("amod", "compound") and c.lower_ in res.set("figurative_disaster_modifiers") for c in tok.children):
        return False  # "before the global financial tsunami hit": a figure of speech
    if spec.category == "conflict" and tok.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("amod", "compound") and c.lower_ in res.set("figurative_conflict_modifiers") for c in tok.children):
        return False  # "launched a legal battle against BP", "a PR war": no armed conflict
    if spec.subject_owner_role and actors is not None and any(
            (a := actors.resolve(o)) is not None and a.kind == PERSON for s in roles.subject_tokens for o in owners(s, tok)):
        return False  # "Cook's stock rose": a person's standing, no market
    if spec.category == "conflict" and _animal_victims(tok, res):
        return False  # "a mass slaughter of thousands of pigs", "culled 300,000 pigs": no violence against people
    if actors is not None and spec.category == "conflict" and tok.lemma_.lower() in res.set("verbal_clash_verbs") and any(
            s.pos_ == "PROPN" and (a := actors.resolve(s)) is not None and a.kind == PERSON
            for s in roles.subject_tokens):
        return False  # "Zapatero clashed with the Bush administration": a person clashes in words
    if spec.name == "appointment" and tok.pos_ == "VERB" and tok.lemma_.lower() in res.set("naming_participles") and \
            not any((c.dep_ in ("oprd", "attr", "xcomp") and _office(c, res)) or
                    (c.dep_ == "prep" and c.lower_ in ("as", "to", "for", "head")) for c in tok.children):
        return False  # "the child, who rescuers have named Mia": a name given, no post
    if spec.name in res.set("forecast_sensitive_types") and any(
            s.lemma_.lower() in res.set("forecast_nouns") for s in roles.subject_tokens):
        return False  # "three major forecasts have all called for dramatic hurricane seasons": a prediction
    if spec.name == "protest" and _purpose(tok, res.set("non_protest_purposes")):
        return False  # "held a rally to help lift the spirits of communities": no protest
    if spec.name in res.set("accident_sensitive_types") and _after_accident(tok, res):
        return False  # "the rig exploded, killing 11 workers", "collided while trying to ..., killing 17"
    return True


def _accident_antecedent(tok: Token, res: Resources) -> bool:
    """A relative clause ("that killed 11 workers") whose antecedent is, or lies inside a
    prepositional phrase of, an accident noun ("the explosion aboard the rig ... that killed")."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in _RELPRON for c in tok.children):
        return False
    x = tok.head
    for _ in range(5):
        if x.lemma_.lower() in res.set("accident_nouns") and x.pos_ == "NOUN":
            return True
        if x.dep_ not in ("pobj", "prep", "appos", "compound") or x.head.i == x.i:
            return False
        x = x.head
    return False


def _purpose(tok: Token, verbs: frozenset[str]) -> bool:
    """Is the trigger (or the light verb it is the object of) for one of these purposes
    ("held a rally to help lift ...")?"""
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX") else [])
    return any(c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_.lower() in verbs and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for h in heads for c in h.children)


def _after_accident(tok: Token, res: Resources) -> bool:
    """Does the trigger hang (as a participle, conjunct or complement, up to three clauses) on an
    accident verb ("the rig exploded, killing 11 workers", "helicopters collided while trying to
    avoid ground fire, killing 17 soldiers")?"""
    x = tok
    for _ in range(3):
        if x.dep_ not in ("advcl", "conj", "xcomp") or x.head.i == x.i:
            return False
        x = x.head
        if x.lemma_.lower() in res.set("accident_verbs"):
            return True
    return False


def _office(n: Token, res: Resources) -> bool:
    """Is this noun a post ("as chief executive", "as its new coach")?"""
    words = {n.lemma_.lower(), n.lower_} | {c.lower_ for c in n.children if c.dep_ == "compound"}
    offices = res.set("office_nouns") | res.set("title_heads") | res.set("titles")
    return bool(words & offices) or n.lemma_.lower() in res.role_words


def _accident_before(v: Token, res: Resources) -> bool:
    """An accident noun right before the verb with no other verb between ("the explosion on an
    offshore rig killed 11 workers"): its subject, whatever the parser made of it."""
    nouns = res.set("accident_nouns")
    sent_start = v.sent.start
    for k in range(v.i - 1, max(sent_start, v.i - 8) - 1, -1):
        t = v.doc[k]
        if t.pos_ in ("VERB", "AUX") or t.is_punct or t.lower_ in ("and", "but", "or", "that", "which", "who"):
            return False
        if t.pos_ == "NOUN" and t.lemma_.lower() in nouns:
            return True
    return False


@lru_cache(maxsize=1)
def _stamp_patterns_cached() -> tuple:
    return tuple(re.compile(p) for p in get_resources().lexicon["page_stamp_patterns"])


def _stamp_patterns(res: Resources) -> tuple:
    if res is get_resources():
        return _stamp_patterns_cached()
    return tuple(re.compile(p) for p in res.lexicon["page_stamp_patterns"])


def _reportage(span, res: Resources) -> bool:
    """Is this sentence third-person reportage an analyst can date events from? Not a reader's
    comment or first-person aside ("I even read once of plans to ..."), not a run of headlines
    and captions ("Government response to Baby P scandal promises money ... 6 May 2009: ..."),
    not an overlong run-on."""
    words = [t for t in span if t.is_alpha]
    if len(words) > res.lexicon["max_sentence_words"]:
        return False
    if any(p.search(span.text) for p in _stamp_patterns(res)):
        return False  # a page furniture run into the text: "... 13.15 BST", "Last updated at", "By Jane Doe BBC News"
    years = sum(1 for t in span if t.like_num and len(t.text) == 4 and t.text[:2] in ("16", "17", "18", "19", "20"))
    if years >= 3:
        return False  # a timeline list: "1973 Mark tackles Watergate 1976 Andy comes out 1980 ..."
    root = span.root
    if root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children):
        return False  # an imperative: "Let Cairo drown in garbage."
    first = res.set("first_person")
    if any(t.lower_ in first and t.tag_ in ("PRP", "PRP$") and t.text != "US" for t in span):
        return False
    return True


def _naming(v: Token) -> bool:
    """"called the leak the biggest catastrophe", "declared the spill near an end": the verb
    describes the noun, it does not perform it; nor does a phrasal verb ("is holding up Lew's
    nomination")."""
    return any(c.dep_ in ("oprd", "ccomp", "xcomp", "prt") for c in v.children) or \
        sum(1 for c in v.children if c.dep_ in ("dobj", "dative")) > 1


def _light_object(n: Token, res: Resources) -> bool:
    return n.head.i != n.i and n.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and \
        n.head.lemma_.lower() in res.set("light_verbs") and not _naming(n.head)


def _occurrence_clause(n: Token, res: Resources) -> Token | None:
    """The clause in which a disaster noun occurs, as its subject ("On Saturday morning, an
    aftershock struck") or through a relative clause ("the earthquake that struck Haiti on January
    12"): its verb, whose date is the event's."""
    if n.lemma_.lower() not in res.set("accident_nouns"):
        return None
    occurs = res.set("occurrence_verbs")
    rel = occurrence_relcl(n, occurs)
    if rel is None and n.dep_ == "nsubj" and n.head.pos_ == "VERB" and n.head.lemma_.lower() in occurs:
        return n.head
    return rel


def _eventive(n: Token, res: Resources) -> bool:
    """Is a nominal trigger asserted to happen here, rather than mentioned in passing ("the BP
    oil spill", "at the meeting")? Yes if it is the object of a light verb ("held talks",
    "launched an appeal"), the subject of an occurrence verb ("the quake struck"), has a
    by-agent ("a visit by X"; a bare possessor -- "Jackson's death" -- is a reference), is dated on its own ("the April
    20 explosion", "Tuesday's quake") or is introduced existentially ("there was an explosion")."""
    head = n.head
    hl = head.lemma_.lower()
    if head.i != n.i and n.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and hl in res.set("light_verbs") \
            and not _naming(head):
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


def _date(c: Candidate, st, tense: str, clause: Token | None, actors: ActorIndex, anchors,
          reporting: frozenset[str], pub: date | None, dated: dict, res: Resources):
    """The governing date of the event (dating.py), or None when it cannot be trusted."""
    tok, sent = c.match.token, c.sent
    main = dating.main_clause(clause, reporting)
    prev_actors = {m.actor.name for m in actors.mentions if actors.sent_of_token[m.start] == sent.index - 1}
    # the story continues when the previous sentence names this event's agent ("Last year, BP
    # paid ... Mr Dudley pledged to make BP ...": a fact about the target is background)
    continuers = [a for a, _ in c.roles.agents] or c.roles.all()
    continues = any(a.name in prev_actors for a in continuers)
    ref = dating.back_reference(clause, res)
    referred = dated.get(("type", ref)) if ref else None
    edate = None
    if clause is not None and clause.dep_ == "relcl" and clause.head.i == tok.i:
        # "the earthquake that struck Haiti on January 12": dated in its own relative clause
        edate = dating.date_event(clause, sent.index, tense, st.status, st.iterative,
                                  {sent.index: anchors.get(sent.index, [])}, reporting, pub, main=False)
    edate = edate or dating.date_event(tok, sent.index, tense, st.status, st.iterative, anchors, reporting, pub,
                                       main=main, continues=continues, carried=dated.get(("sent", sent.index - 1)),
                                       referred=referred, speech=c.spec.reporting)
    if edate is not None and pub is not None and edate.start > pub and \
            st.status in ("occurred", "claimed", "negated") and tense in ("past", "pastperfect", "none"):
        return None  # a reported past act dated after publication: the date was misread
    return edate


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
    shown = repair_apostrophes(text)  # same length: offsets hold
    chunks, dateline_len = chunk_text(photo_positions_as_asides(shown))
    doc = parse(chunks)
    sents = sentences(doc, dateline_len)
    pub = dating.as_date(published_at)
    actors = ActorIndex(doc, sents, res, noun_index(), year=pub.year if pub else None)
    anchors = dating.anchor_timexes(doc, sents, timexes, to_interval, pub) if to_interval else {}
    topics = TopicIndex(doc, sents, actors, res)
    roles_reader = RoleReader(actors, res)
    status_reader = StatusReader(actors, res)

    events: list[ExtractedEvent] = []
    seen: set[tuple] = set()
    dated: dict[tuple, object] = {}  # ("type", name) / ("sent", index) -> the latest emitted date (dating rule 2)
    boilerplate = res.set("boilerplate_markers")
    reporting = res.set("reporting_verbs")
    for sent in sents:
        if sent.dateline or sent.text.rstrip("\"'\u201d\u2019 )").endswith(("?", "!")):
            continue  # questions assert nothing; exclamations are comment, not report
        low = sent.text.lower()
        if any(m in low for m in boilerplate) or not _reportage(sent.span, res):
            continue
        # a list, caption or fragment without a finite verb ("Andy Lippincott dying of Aids, passing over ...")
        verbless = not any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent.span)
        cands: list[Candidate] = []
        for match in find_triggers(sent.span, res):
            if verbless:
                break  # a list or caption without a verb ("Joint inquiry by the US Coast Guard ...") reports nothing
            for type_name, trig in match.types:
                spec = res.types[type_name]
                roles = roles_reader.read(match.token, spec)
                if _type_ok(spec, match, trig, roles, res, actors):
                    cands.append(Candidate(match, spec, roles, sent))
                    break
        for c in _select(cands, res):
            tok = c.match.token
            event_actors = c.roles.all()
            st = status_reader.read(tok, set(range(c.match.start, c.match.end)), event_actors)
            # a nominal mention inherits no date unless a light verb makes it a clause ("held talks")
            own = _occurrence_clause(tok, res) if tok.pos_ not in ("VERB", "AUX") else None
            clausal = tok.pos_ in ("VERB", "AUX") or _light_object(tok, res) or own is not None
            tense = (tense_of(own) if own is not None else st.tense) if clausal else "none"
            clause = tok if tok.pos_ in ("VERB", "AUX") else (own or tok.head if clausal else None)
            edate = _date(c, st, tense, clause, actors, anchors, reporting, pub, dated, res)
            if st.status == "occurred" and tense == "present" and edate is not None and pub is not None and \
                    edate.text and (edate.start > pub or "later" in edate.text.lower()):
                st.status = "planned"  # "David Cameron travels to Washington later today": a schedule
            case = Case(c, st, res, sent, reporting, clause, tense, edate, pub, actors)
            trust.complete(case)  # a participant the sentence clearly names, where safely readable
            if rejection(case) is not None:
                continue
            event_actors = c.roles.all()
            actors_out = [_mention(a, "agent") for a, _ in c.roles.agents]
            actors_out += [_mention(a, "target") for a, _ in c.roles.targets]
            actors_out += [_mention(a, "participant") for a, _ in c.roles.participants]
            key = (c.spec.name, tok.lemma_.lower(), tuple(sorted((m.role, m.name) for m in actors_out)),
                   edate.value if edate else None, st.status)  # (roles count: "BP blamed Transocean" and back)
            if key in seen:
                continue
            seen.add(key)
            if edate is not None:
                dated[("type", c.spec.name)] = edate
                if tense in ("past", "pastperfect") and dating.main_clause(clause, reporting):
                    dated.setdefault(("sent", sent.index), edate)
            events.append(ExtractedEvent(
                type=c.spec.name, cameo=c.spec.cameo, summary=_summary(c.spec, c.roles),
                sentence=shown[sent.start:sent.end],  # (the parser read photo positions as asides)
                span=_evidence_span(tok, sent, text), trigger=c.match.text,
                status=st.status, claim_source=st.claim_source, date=edate, actors=actors_out,
                topics=topics.topics_for(sent.index, event_actors), sentence_index=sent.index,
            ))
        if ("sent", sent.index) not in dated and not anchors.get(sent.index):
            ref = dating.back_reference(sent.span.root, res)  # "At the meeting with Xi, Guterres expressed ..."
            if ref and ("type", ref) in dated:
                dated[("sent", sent.index)] = dated[("type", ref)]
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
