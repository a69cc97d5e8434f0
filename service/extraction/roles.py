"""Agent / target / participant of an event trigger, read off the dependency tree.

Verbs: the subject is the agent (active) and the object, dative or a target preposition's
object is the target; in the passive the subject is the target and the by-phrase the agent
("a charge flatly denied by Beijing"). Missing subjects are inherited along `conj`
("relented and agreed"), `xcomp` (object control: "urged X to ..."), relative clauses and
reduced participles, and as a last resort taken from the nearest preceding actor with no
verb in between (parser slips such as "At the meeting with Putin, Merkel expressed").
Conjuncts are expanded ("met with X and Y"). An object that is not an actor but has an
actor possessor / by- / of-phrase yields that actor ("declared China's treatment ...",
"agreed to a visit by X").
Nouns: possessor, actor compounds and by/from phrases are agents; of-phrases are targets
(or agents for types whose `of_role` is agent); a noun that is the object of a light verb
("held talks", "expressed the wish", "reiterated the appeal") takes the light verb's subject
as agent; a symmetric noun in a prepositional phrase ("at the meeting with Xi, X said")
takes the clause subject as participant.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from .actors import Actor, ActorIndex
from .nlp import main_verb_slip
from .resources import Resources, TypeSpec, get_resources

_SUBJ = ("nsubj", "csubj")
_RELPRON = {"who", "which", "that", "whom"}
_VERBAL = ("VERB", "AUX")


@lru_cache(maxsize=1)
def _object_control() -> frozenset[str]:
    return get_resources().set("object_control_verbs")


@lru_cache(maxsize=1)
def _copular() -> frozenset[str]:
    return get_resources().set("copular_verbs")


@lru_cache(maxsize=1)
def _control_preps() -> frozenset[str]:
    return get_resources().set("subject_control_preps")


@dataclass
class Roles:
    agents: list[tuple[Actor, str]] = field(default_factory=list)
    targets: list[tuple[Actor, str]] = field(default_factory=list)
    participants: list[tuple[Actor, str]] = field(default_factory=list)
    subject_tokens: list[Token] = field(default_factory=list)
    object_tokens: list[Token] = field(default_factory=list)
    passive: bool = False

    def all(self) -> list[Actor]:
        seen: list[Actor] = []
        for a, _ in self.agents + self.targets + self.participants:
            if a not in seen:
                seen.append(a)
        return seen

    def add(self, role: str, actor: Actor | None, surface: str) -> None:
        if actor is None:
            return
        if any(a is actor for a, _ in self.agents + self.targets + self.participants):
            return
        getattr(self, {"agent": "agents", "target": "targets", "participant": "participants"}[role]).append(
            (actor, surface))


def expand(tok: Token) -> list[Token]:
    """A name and the names coordinated with it; also a name coordinated inside its apposition,
    where the parser puts it: "George Tenet, then CIA chief, and his deputy, John McLaughlin, both denied";
    and a list the parser hung on its first name as an apposition with conjuncts ("Secretary Janet
    Napolitano, Commerce Secretary Gary Locke, NOAA Administrator Jane Lubchenco and ... will travel")."""
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i],
            *[n for a in tok.children if a.dep_ == "appos" and a.pos_ == "NOUN" for c in a.conjuncts
              if c.i > a.i and c.pos_ == "NOUN" for n in c.children if n.dep_ == "appos" and n.pos_ == "PROPN"],
            *[n for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN" and tok.pos_ == "PROPN" and
              any(c.dep_ == "conj" for c in a.children) for n in [a, *a.conjuncts]
              if n.pos_ == "PROPN" and n.ent_type_ == tok.ent_type_ != ""]]  # (names of one kind, not a title's words)


def _reduced_participle(v: Token, subj: list[Token]) -> bool:
    """"Hong Kong, criticised for delaying quarantine ..., has sealed": a participle set off by commas
    right after its noun (misparsed as the active verb) describes the noun; the noun undergoes it."""
    if v.tag_ not in ("VBD", "VBN") or not subj or v.i < 2 or v.doc[v.i - 1].text != "," or \
            any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in v.children):
        return False
    return any(s.i < v.i and s.right_edge.i in (v.i - 2, v.i - 1) for s in subj) and any(
        t.text == "," for t in v.doc[v.i + 1:v.sent.end]) and any(
        t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBZ", "VBP", "VBD", "MD") and t.i > v.i for t in v.sent)


def _headline_passive(v: Token, subj: list[Token], res: Resources) -> bool:
    """"BP attacked over oil leak video": a verb that always takes an object, with none and no
    auxiliary but a for/over phrase, is a headline's passive -- the subject is the one attacked."""
    return v.tag_ in ("VBD", "VBN") and bool(subj) and v.lemma_.lower() in res.set("headline_passive_verbs") and \
        not any(c.dep_ in ("dobj", "ccomp", "xcomp", "aux", "auxpass", "dative", "attr") for c in v.children) and \
        any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in v.children)


def _companions(prep: Token) -> list[Token]:
    """The objects of "along with", "together with", "alongside"."""
    if prep.lower_ == "alongside":
        return [p for p in prep.children if p.dep_ == "pobj"]
    if prep.lower_ in ("along", "together"):
        return [p for w in prep.children if w.dep_ == "prep" and w.lower_ == "with"
                for p in w.children if p.dep_ == "pobj"]
    return []


def _parenthesised(t: Token) -> bool:
    doc = t.doc
    return 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"


def complement_subjects(v: Token) -> list[Token]:
    """Subjects of a verb's that-clause or for-to complement ("demanded that Mr Blair explain",
    "called for BP to be barred")."""
    out: list[Token] = []
    for c in v.children:
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN") and "that" in marks:
            out.append(c)  # a clause cut off after its subject: "demanded that the companies ..., including BP"
        if c.pos_ not in _VERBAL:
            continue
        if c.dep_ == "ccomp" or (c.dep_ == "advcl" and marks & {"for", "that"}):
            out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return out


def is_passive(v: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
        return True
    if v.dep_ in ("xcomp", "acomp", "oprd") and v.tag_ == "VBN" and v.head.lemma_.lower() in _copular() and \
            not any(c.dep_ == "dobj" for c in v.children):
        return True  # "Murray stands accused of ...", "remains charged with ..."
    # a reduced relative; the tagger may call its participle a past tense ("the former GCHQ translator
    # accused of leaking details"), but not the main verb it hung on a root noun
    return v.dep_ == "acl" and (v.tag_ == "VBN" or (v.tag_ == "VBD" and not main_verb_slip(v))) and \
        not any(c.dep_ == "dobj" for c in v.children)


def subjects(v: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """Subject tokens of a verb and whether they are passive subjects."""
    if depth > 6:
        return [], False
    subj = [c for c in v.children if c.dep_ in _SUBJ]
    if len(subj) > 1:  # "The Press-Register newspaper in Mobile, Alabama has called": the state after
        # the comma ends the first subject's place phrase, it is no second subject
        subj = [s for s in subj if not (s.ent_type_ in ("GPE", "LOC") and s.i > 1 and v.doc[s.i - 1].text == ","
                                        and any(t.ent_type_ in ("GPE", "LOC") for t in v.doc[s.i - 2:s.i - 1]))]
    if subj:
        out = []
        for s in subj:
            out.append(_relative_head(v) if s.lower_ in _RELPRON and v.dep_ == "relcl" else s)
        return out, False
    pas = [c for c in v.children if c.dep_ == "nsubjpass"]
    if pas:  # "the leader of al-Qaida in Iraq who has been sentenced": the antecedent undergoes it
        return [_relative_head(v) if s.lower_ in _RELPRON and v.dep_ == "relcl" and not (
            s.lower_ == "which" and v.head.ent_type_ == "PERSON") else s for s in pas], True  # (not "Humphrys, which were")
    head = v.head
    if head.i == v.i:
        return [], False
    if v.dep_ == "conj" and head.pos_ in _VERBAL:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i]
        p = v.doc[auxes[0].i - 1] if auxes and auxes[0].i > 0 else None
        if p is not None and p.pos_ in ("NOUN", "PROPN", "PRON") and p.dep_ == "conj" and p.head.i != head.i \
                and any(c.dep_ == "cc" and p.head.i < c.i < p.i for c in p.head.children):
            # "BP managed to seal one of three leaks but oil is still gushing": the parser joined the
            # clause's subject to the noun before "but"; it is this verb's own subject
            return [p], any(c.dep_ == "auxpass" for c in auxes)
        whose = [t for t in v.doc[head.i + 1:v.i] if t.lower_ == "whose" and t.dep_ == "poss"]
        if whose and not any(t.pos_ in _VERBAL and t.dep_ not in ("aux", "auxpass") for t in v.doc[whose[-1].i:v.i]):
            # "Mukasey, whose own firm, Debevoise & Plimpton, was hired by ...": the parser took the
            # relative clause's verb for a conjunct of the main verb; its subject is the whose-noun
            noun = whose[-1].head  # (its own name, when the phrase gives one, not the owner it is in apposition to)
            names = [c for c in noun.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"]
            return names[:1] or [noun], v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.children)
        subj, passive = subjects(head, depth + 1)
        return subj, passive and v.tag_ == "VBN"  # "was arrested and charged" / "was arrested but fled"
    prev = v.doc[v.i - 1] if v.i > 0 else v
    if v.dep_ in ("xcomp", "advcl") and v.tag_ == "VBG" and prev.pos_ in ("NOUN", "PROPN") and \
            prev.ent_type_ not in ("LOC", "FAC", "DATE", "TIME") and \
            prev.i > head.i and prev.dep_ in ("dobj", "conj", "pobj") and \
            not (prev.dep_ == "pobj" and prev.head.lower_ == "to"):  # "sent a letter to Hayward demanding ..."
        # "had briefed Salazar and committees investigating the accident": a reduced relative on
        # the noun right before it, misparsed as the verb's complement; that noun is the subject
        return [prev], False
    if v.dep_ == "xcomp":
        objs = [c for c in head.children if c.dep_ in ("dobj",)]
        if objs and head.lemma_.lower() in _object_control():
            return objs, False
        return subjects(head, depth + 1)[0], False  # "is authorized to lend": the controller acts
    if v.dep_ == "relcl":
        if any(c.dep_ == "advmod" and c.lower_ in ("where", "when", "why") for c in v.children):
            return [], False  # "Ukraine, where ... his mother, having refused ...": a place is no subject
        return [head], False
    if v.dep_ == "acl":
        return [_listed_before(v) or head], v.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in v.children)
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in _control_preps() \
            and head.head.pos_ in _VERBAL:
        return subjects(head.head, depth + 1)[0], False  # "Hayward exacerbated ... by choosing X"
    if v.dep_ in ("advcl",) and v.tag_ in ("VBG", "VBN"):
        return subjects(head, depth + 1)[0], v.tag_ == "VBN"  # "faces prison if convicted"
    return [], False


def _relative_head(v: Token) -> Token:
    """The antecedent of a relative clause's pronoun subject."""
    h = v.head
    if h.ent_type_ in ("GPE", "LOC") and h.dep_ == "pobj" and h.head.dep_ == "prep" and \
            any(c.lower_ == "who" for c in v.children):
        h = h.head.head  # "a girl from south-west London who had visited the US": the girl, not London
    return h


def _by_agent(v: Token) -> list[Token]:
    out = []
    for c in v.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and is_passive(v)):
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


def _prep_objects(tok: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            # "shares in Transocean and in Anadarko": a coordinated repeat of the preposition too
            for p in [c, *(d for d in c.children if d.dep_ == "conj" and d.lower_ == c.lower_)]:
                out += [o for o in p.children if o.dep_ == "pobj"]
    return out


def occurrence_relcl(noun: Token, occurrence_verbs: frozenset[str]) -> Token | None:
    """The relative clause in which a noun occurs as the subject ("the earthquake that struck Haiti")."""
    return next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in occurrence_verbs and any(
        x.dep_ == "nsubj" and x.lower_ in ("that", "which") for x in c.children)), None)


def owners(noun: Token, clause: Token) -> list[Token]:
    """Who owns a thing: "BP's shares", "BP stock", "shares in BP", "General Motors' stock price",
    "Anadarko, whose shares" (the relative clause's head)."""
    out = []
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ == "whose":
            if clause.dep_ == "relcl":  # "Anadarko, whose shares"; "its stock, whose price": the stock's owner
                out += [clause.head, *owners(clause.head, clause.head)]
        elif c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ == "its") or \
                c.dep_ in ("compound", "amod") and c.text[:1].isupper():
            out.append(c)
        elif c.dep_ == "compound":
            out += owners(c, clause)  # "stock" in "GM's stock price" may hold the owner itself
    objs = _prep_objects(noun, {"in", "of"})  # "shares of Transocean Ltd, operator of ...": the name modifying it
    names = [c for o in objs for c in o.children if c.dep_ in ("nmod", "compound", "appos") and c.pos_ == "PROPN"]
    return out + objs + names + [c for n in names for c in n.children if c.dep_ == "compound"]


def _listed_before(v: Token) -> Token | None:
    """"Sanofi Pasteur, ..., Baxter and MedImmune, acquired by AstraZeneca": a participle after a
    comma describes the list's last name, wherever the parser hung it."""
    if v.i < 2 or v.doc[v.i - 1].text != ",":
        return None
    prev, x = v.doc[v.i - 2], v.doc[v.i - 2]
    if prev.pos_ != "PROPN" or prev.i == v.head.i:
        return None
    while x.i != v.head.i:
        if x.dep_ not in ("conj", "appos", "compound") or x.head.i == x.i:
            return None
        x = x.head
    return prev


def _listed_names(noun: Token) -> list[Token]:
    """The names a plural noun lists in apposition ("four members -- A, B, C and D --"): the
    apposition, its conjuncts and the appositions chained to them."""
    out: list[Token] = []
    todo = [c for c in noun.children if c.dep_ == "appos"]
    while todo and len(out) < 12:
        t = todo.pop(0)
        if t.pos_ != "PROPN" or t in out:
            continue
        out.append(t)
        todo += [c for c in t.children if c.dep_ in ("appos", "conj")]
    return out if noun.tag_ in ("NNS", "NNPS") else []


def _under_nouns(t: Token, top: Token) -> bool:
    """`t` hangs below `top` through noun phrases only (no verb of its own in between)."""
    x = t.head
    while x.i != top.i:
        if x.pos_ in _VERBAL or x.head.i == x.i:
            return False
        x = x.head
    return True


def person_of_another(noun: Token, role: str, res: Resources) -> bool:
    """A noun for a person whose possessor is someone else: as the one acted upon, any
    person ("hired Cheney's spokeswoman", "Jackson's doctor was charged"); as the doer, a
    relative ("Jackson's mother sued"), since an office still acts for its owner ("BP's
    chief executive said", "Obama's spokesman announced")."""
    keys = ("personal_relation_nouns",) if role == "agent" else (
        "personal_relation_nouns", "animate_nouns", "description_person_nouns", "office_nouns", "title_heads")
    lemma = noun.lemma_.lower()
    return any(lemma in res.set(key) for key in keys)


def possessed_person(x: Token, role: str, actors: ActorIndex, res: Resources) -> bool:
    """A common noun for a person, with a possessor and no name of its own ("Cheney's spokeswoman"):
    the actors index resolves it to the possessor, but it names someone else."""
    return x.i not in actors.by_token and any(c.dep_ == "poss" for c in x.children) and \
        person_of_another(x, role, res) and not any(c.dep_ == "appos" for c in x.children)


def is_receiving(verb: Token, res: Resources, noun: Token | None = None) -> bool:
    """A light verb of receiving ("had a request", "received an appeal", "got a call"), or a verb of
    taking with the giver named ("took telephone pledges from viewers")."""
    lemma = verb.lemma_.lower()
    return lemma in res.set("receiving_verbs") or (lemma in res.set("taking_from_verbs") and any(
        t.dep_ == "prep" and t.lower_ == "from" for t in [*verb.children, *(noun.children if noun is not None else ())]))


class RoleReader:
    def __init__(self, actors: ActorIndex, res: Resources):
        self.actors = actors
        self.res = res
        self.light = res.set("light_verbs")
        self.occurrence = res.set("occurrence_verbs")
        self._embeds = False
        self._no_it = False
        self._happening = False
        self._directed = False

    # -- filler resolution
    def _fill(self, roles: Roles, role: str, toks: list[Token], inner: bool = False, alone: bool = False) -> None:
        for t in toks:
            for x in ([t] if alone else expand(t)):  # (alone: a relative clause's antecedent, not its list)
                if self._no_it and x.lower_ in ("it", "its"):
                    continue
                actor = self.actors.resolve(x)
                if actor is not None and possessed_person(x, role, self.actors, self.res):
                    actor = None  # "hired Cheney's spokeswoman": she, not Cheney (who spoke through her)
                if actor is not None and role == "agent" and actor.kind == "place" and self._happening:
                    # "oil spilled by BP Plc's ... Gulf of Mexico well", "the Gulf of Mexico rig exploded":
                    # a place is where it happened; whose it was (a possessor) is the agent
                    roles.add("participant", actor, self.actors.surface(x))
                    self._fill(roles, role, [c for c in x.children if c.dep_ == "poss"])
                elif actor is not None:
                    roles.add(role, actor, self.actors.surface(x))
                    if x.i not in self.actors.by_token and x.pos_ == "NOUN":
                        for name in _listed_names(x):  # "four members of the Cabinet -- A, B, C and D -- met"
                            if (a := self.actors.resolve(name)) is not None and a.kind == actor.kind:
                                roles.add(role, a, self.actors.surface(name))
                    if x.pos_ == "NOUN":
                        for name in _prep_objects(x, {"including"}):  # "Russian officials including Igor Sechin"
                            for n in expand(name):
                                if (a := self.actors.resolve(n)) is not None and a.kind == "person":
                                    roles.add(role, a, self.actors.surface(n))
                elif x.pos_ == "NOUN" and (named := _prep_objects(x, {"including"})):
                    self._fill(roles, role, named)  # "countries including Russia and China"
                elif inner and x.pos_ in ("NOUN", "PROPN"):
                    self._fill_inner(roles, role, x)

    def _fill_inner(self, roles: Roles, role: str, noun: Token) -> None:
        """A non-actor object: take the actors attached to it (possessor, by/of/to phrases)."""
        cands = [c for c in noun.children if c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ == "its")]  # not "her son"
        if cands and person_of_another(noun, role, self.res):
            cands = []  # "Jackson's doctor ... was charged", "hired Cheney's spokeswoman": the person, not whose
        cands += _prep_objects(noun, {"by", "including"})
        cands += [p for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN" for p in _by_agent(a)]  # "decisions made by BP"
        cands += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" and any(
            m.lower_ == "such" for m in c.children) for p in c.children if p.dep_ == "pobj"]  # "companies such as BP"
        # "praised the contribution Mr Hayward had made": the subject of a relative clause on the object
        cands += [s for r in noun.children if r.dep_ == "relcl" for s in r.children if s.dep_ == "nsubj"]
        cands += [c for c in noun.children if c.dep_ == "appos"]  # "Haiti's capital, Port-au-Prince"
        cands += [o for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in ("call", "name")
                  for o in a.children if o.dep_ in ("oprd", "dobj", "attr")]  # "a country called Haiti"
        if noun.lemma_.lower() in self.res.set("geo_class_nouns"):  # "a visit to the Gulf of Mexico region"
            cands += [c for c in noun.children if c.dep_ in ("compound", "nmod") and
                      (a := self.actors.resolve(c)) is not None and a.kind in ("place", "country")]
        if noun.lemma_.lower() in self.res.set("counterpart_nouns"):  # "against its South Korean enemy"
            cands += [c for c in noun.children if c.dep_ in ("amod", "compound") and
                      (a := self.actors.resolve(c)) is not None and a.kind == "country"]
        if noun.lemma_.lower() in self.res.set("origin_nouns"):  # "banned pork imports from Mexico"
            cands += _prep_objects(noun, {"from", "to"})
        if self._embeds:  # "denied Amnesty International access", "agreed to a visit of X"
            cands += _prep_objects(noun, {"of"})
            cands += [c for c in noun.children if c.dep_ == "compound" and not (  # not "Gulf residents"
                (a := self.actors.resolve(c)) is not None and a.kind == "place")]
        primary = [c for c in cands if self.actors.resolve(c) is not None]
        if role == "target" and not self._directed:  # "Hayward ... reiterated the company's commitment": a
            # description's owner is no target of a statement (a name still is: "announced BP's results")
            primary = [c for c in primary if c.dep_ != "poss" or c.pos_ != "NOUN"]
        if primary:
            self._fill(roles, role, primary)

    def _place_name(self, t: Token) -> bool:
        """A city or region in a compound ("the Amman hotel bombings", "the Texas refinery blast"):
        where, not who. A country's own name or demonym ("US airstrikes") still names an actor."""
        a = self.actors.resolve(t)
        if a is None:
            return False
        if a.kind == "place":
            return True
        return a.kind == "country" and t.lower_ in self.res.capital_to_country and t.lower_ not in self.res.country_by_key

    def _fallback_subject(self, v: Token) -> list[Token]:
        """Parser slip: an actor name immediately before the verb (only punctuation, quotes,
        adverbs or auxiliaries between) is its subject."""
        sent = v.sent
        best = None
        for m in self.actors.mentions:
            if m.start < sent.start:
                continue
            if m.start >= v.i:
                break
            best = m
        if best is None:
            return []
        root = v.doc[best.start:best.end].root
        if root.dep_ in ("dobj", "pobj", "dative", "attr", "poss", "compound"):
            return []  # "will visit Slovakia to meet ...": an object is not the subject
        x = root
        for _ in range(12):  # "Bush, flanked by X, Y and Z, asked ...": inside an aside, not the subject
            if x.i == v.i or x.head.i == x.i:
                break
            if x.dep_ in ("prep", "agent", "acl", "appos", "relcl", "advcl", "pobj", "npadvmod"):
                return []
            x = x.head
        between = v.doc[best.end:v.i]
        if any(t.pos_ not in ("PUNCT", "ADV", "AUX", "PART", "SPACE") for t in between):
            return []
        return [v.doc[best.end - 1]]

    def read(self, tok: Token, spec: TypeSpec) -> Roles:
        self._embeds = spec.embeds
        self._directed = spec.name in self.res.set("directed_types")
        # "it exploded", "it spread": in disaster / health events "it" is mostly the thing itself
        self._no_it = spec.category in self.res.set("categories_without_it")
        self._happening = spec.name in self.res.set("happening_types")  # no place does these
        roles = self._verb(tok, spec) if tok.pos_ in _VERBAL else self._noun(tok, spec)
        if tok.pos_ in _VERBAL and not roles.targets and spec.name in self.res.set("beneficiary_types"):
            # "pledged 400m euros in emergency aid for Haiti": who the promised thing is for
            # (not inside a clause on it: "promised transparency in matters pertaining to the disaster")
            self._fill(roles, "target", [p for o in tok.children if o.dep_ == "dobj" and o.pos_ not in _VERBAL
                                         for t in o.subtree if t.dep_ == "prep" and t.lower_ in ("for", "to")
                                         and t.head.pos_ == "NOUN" and _under_nouns(t, o)
                                         for p in t.children if p.dep_ == "pobj"])
        if not roles.targets and spec.name in self.res.set("content_subject_target_types"):
            # "accusations by al-Dhari that the Badr Brigades had orchestrated ...": who is said to have done it
            self._fill(roles, "target", [s for c in tok.children if c.dep_ in ("acl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for s in c.children if s.dep_ == "nsubj"])
        if tok.pos_ == "NOUN" and not roles.targets and tok.dep_ == "dobj" and \
                spec.name in self.res.set("complement_subject_target_types") and \
                tok.head.lemma_.lower() in self.res.set("request_handling_verbs"):
            # "Judge Pastor granted a request by the Medical Board": the one who handles a request was asked
            self._fill(roles, "target", [c for c in tok.head.children if c.dep_ == "nsubj"])
        if spec.category in ("disaster", "health") and spec.name not in self.res.set("victim_types"):
            # "the earthquake hit Haiti", "an outbreak in the US": a place is where it happened
            places = [(a, s) for a, s in roles.targets if a.kind in ("country", "place")]
            roles.targets = [t for t in roles.targets if t not in places]
            roles.participants += [p for p in places if all(p[0] is not q for q, _ in roles.participants)]
        return roles

    def _verb(self, v: Token, spec: TypeSpec) -> Roles:
        roles = Roles()
        subj, passive = subjects(v)
        passive = passive or is_passive(v) or _reduced_participle(v, subj) or _headline_passive(v, subj, self.res) or (
            # "X were to blame": X is blamed
            v.dep_ == "xcomp" and v.head.lemma_ == "be" and v.lemma_.lower() in self.res.set("be_to_passives"))
        roles.passive = passive
        asking = spec.name in self.res.set("complement_subject_target_types")  # the act is aimed at the one asked
        # "(AP) President Obama promised": a parenthesised credit is no subject; its apposition is
        subj = [a for t in subj for a in ([c for c in t.children if c.dep_ == "appos"] if _parenthesised(t) else [t])]
        roles.subject_tokens = subj
        if not subj:
            subj = self._fallback_subject(v)
        objs = [c for c in v.children if c.dep_ in ("dobj", "dative", "iobj", "oprd")]
        objs = [p for c in objs for p in ([q for q in c.children if q.dep_ == "pobj"] if c.pos_ == "ADP" else [c])]
        # (a dative parsed on its preposition: "lend money to Greece" -> Greece)
        if not objs:  # "who has been visiting Washington": a name right after the verb misparsed as an adverb
            objs = [c for c in v.children if c.dep_ == "npadvmod" and c.i == v.i + 1 and
                    c.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "PERSON")]
        roles.object_tokens = objs
        if passive:
            self._fill(roles, "agent", _by_agent(v))
            if not roles.agents and spec.category not in ("disaster", "health", "economy"):
                # "was kidnapped, tortured and killed by Hezbollah": the by-phrase is shared
                self._fill(roles, "agent", [p for c in v.conjuncts if c.i > v.i and c.tag_ == "VBN" and not any(
                    s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for p in _by_agent(c)])
            reduced = v.dep_ == "acl" and v.head.i < v.i  # "a flight donated free of charge by British Airways"
            if reduced and not roles.agents:  # the parser hung the by-phrase on the noun after the participle
                self._fill(roles, "agent", [p for p in _prep_objects(v.head, {"by"}) if p.i > v.i])
            self._fill(roles, "target", subj, inner=not reduced)
        else:
            subj_role = spec.subject_role
            # "the Dow fell": an index or market named as the subject is what moved, not an actor
            # "General Amir al-Saadi, who negotiated ...; Rihab Taha, ...": the relative pronoun is one name's
            self._fill(roles, subj_role, [s for s in subj if s.lower_ not in spec.subjects],
                       alone=v.dep_ == "relcl" and all(s.i == v.head.i for s in subj))
            if roles.all() and not spec.symmetric:  # "Bernanke, along with Paulson, had urged Congress"
                self._fill(roles, subj_role, [p for c in v.children if c.dep_ == "prep" and any(
                    s.i < c.i < v.i for s in subj) for p in _companions(c)])
            if spec.subject_owner_role and not roles.all():  # companies own shares, not "U.S." in "U.S. shares"
                kinds = ("organisation", "country") if spec.name in self.res.set("country_owned_types") \
                    else ("organisation",)  # but a country owns its exports and its unemployment
                own = [(o, a) for s in subj for o in owners(s, v) for a in [self.actors.resolve(o)]
                       if a is None or a.kind in kinds or (o.dep_ == "poss" and o.pos_ == "PROPN" and a.kind == "country")]
                if any(a is not None and a.kind == "organisation" for _, a in own):  # "Toyota's U.S. sales": Toyota's
                    own = [(o, a) for o, a in own if a is None or a.kind == "organisation"]
                self._fill(roles, spec.subject_owner_role, [o for o, _ in own])  # ("Japan's market": a country's)
            if spec.object_target:
                self._fill(roles, "target", objs, inner=True)
                if any(o.lemma_.lower() in self.res.set("origin_nouns") for o in objs):
                    self._fill(roles, "target", _prep_objects(v, {"from"}))  # "banned pork imports from Mexico"
        if spec.name == "visit" and v.dep_ == "relcl" and any(c.lower_ == "where" for c in v.children):
            self._fill(roles, "target", [v.head])  # "In Canada, where President Obama visited yesterday"
        if spec.embeds and not roles.targets:  # "agreed to a visit by X", "appealed for help for X"
            self._fill(roles, "target", _prep_objects(v, {"to", "for", "on"}), inner=True)
            # "Merrill Lynch agreed to be purchased by Bank of America": the other party
            self._fill(roles, "target", [a for x in v.children if x.dep_ == "xcomp" and is_passive(x)
                                         for a in _by_agent(x)])
        if spec.complement_target and not roles.targets and not passive:
            # "threatened to remove BP from ...", "pledged to help Haiti": the act is aimed at its object
            for x in v.children:
                if x.pos_ in _VERBAL and (x.dep_ == "xcomp" or (x.dep_ == "advcl" and x.i > v.i and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in x.children))):
                    objects = [c for c in x.children if c.dep_ == "dobj"]
                    self._fill(roles, "target", objects, inner=True)
                    if not roles.targets:  # "threatened to use military action against al-Jazeera"
                        self._fill(roles, "target", [p for y in [x, *objects] for p in _prep_objects(y, {"against"})])
                    # "vowed to hold BP accountable": the one held to account (parsed into the small clause)
                    self._fill(roles, "target", [n for c in x.children if c.dep_ in ("ccomp", "oprd")
                                                 for n in [c, *c.children] if n.dep_ in ("nsubj", "compound")])
                    if not roles.targets:  # "agreed to pay $2.16 billion for Wachovia", "to take the helm at Salomon"
                        preps = self.res.set("complement_target_preps")
                        self._fill(roles, "target", [p for y in [x, *objects] for p in _prep_objects(y, preps)])
        if asking and not roles.targets and not passive:
            # "demanded that Mr Blair explain", "called for BP to be barred": the one asked
            self._fill(roles, "target", complement_subjects(v))
            if not roles.targets:  # "demanded in a letter to BP Chief Executive Tony Hayward that ...": its addressee
                self._fill(roles, "target", [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "through")
                                             for n in c.children if n.dep_ == "pobj" and
                                             n.lemma_.lower() in self.res.set("document_nouns")
                                             for p in _prep_objects(n, {"to"})])
        tprep = _prep_objects(v, spec.target_preps)
        self._fill(roles, "participant" if spec.symmetric else "target", tprep, inner=not spec.symmetric)
        if spec.blame_preps and not roles.targets and not passive:
            phrases = [p for o in v.children if o.dep_ in ("dobj", "prep") for p in o.subtree
                       if p.dep_ == "prep" and p.lower_ in spec.blame_preps]
            blamed = [p for ph in phrases for p in ph.children if p.dep_ == "pobj"]
            self._fill(roles, "target", blamed)
            if not roles.targets:  # "blamed the spill on a breakdown of responsibility at BP": where it failed
                self._fill(roles, "target", [o for p in [*blamed, v] for o in _prep_objects(p, {"at", "within"})
                                             if (a := self.actors.resolve(o)) is not None and a.kind == "organisation"])
        if asking and not roles.targets and not passive:
            # "requested $2m from the levee authority", "demanded the transfer of the prisons from X"
            self._fill(roles, "target", _prep_objects(v, {"from"}) + [
                p for o in v.children if o.dep_ == "dobj" for t in o.subtree
                if t.dep_ == "prep" and t.lower_ == "from" for p in t.children if p.dep_ == "pobj"])
        if asking and not roles.targets and v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.i < v.i:
            # "spoke to Jindal on Tuesday, urging ...", "sent a letter ... to Hayward demanding ...":
            # the one the main verb addressed is the one urged
            inside = {t.i for t in v.subtree}
            self._fill(roles, "target", [p for t in v.head.subtree if t.dep_ == "prep" and t.lower_ == "to"
                                         and t.i not in inside and t.i < v.i
                                         for p in t.children if p.dep_ == "pobj" and (  # not "went to Louisiana"
                                             a := self.actors.resolve(p)) is not None
                                         and a.kind not in ("place", "country")])
        for c in v.children:  # particle phrases: "called on X", "cracked down on X"
            if c.dep_ == "prep" and c.lower_ in ("on", "upon") and spec.name in ("appeal", "restriction"):
                self._fill(roles, "target", [p for p in c.children if p.dep_ == "pobj"])
        return roles

    def _noun(self, n: Token, spec: TypeSpec) -> Roles:
        roles = Roles()
        poss = [c for c in n.children if c.dep_ == "poss"]
        if spec.category in ("disaster", "health"):  # "Britain's worst oil spill": where, not who
            poss = [c for c in poss if (a := self.actors.resolve(c)) is None or a.kind not in ("country", "place")]
        # the possessor plays the subject's role: "Jackson's death" -> target, "BP's announcement" -> agent
        poss_role = spec.poss_role if spec.poss_role in ("agent", "target") else "agent"
        if n.lemma_.lower() in self.res.set("victim_possessor_nouns"):
            poss_role = "target"  # "his assassination": he is the one killed
        self._fill(roles, poss_role, poss)
        if not (roles.agents and poss):  # "compiled at Transocean's request by Lloyd's": the by-phrase is the verb's
            self._fill(roles, "agent", _prep_objects(n, {"by"} if spec.name in self.res.set("from_is_place_types")
                                                     else {"by", "from"}))
        if not roles.agents:  # "the moratorium on deepwater drilling imposed by the U.S. government"
            enacted = [c for c in n.subtree if c.dep_ == "acl" and c.tag_ == "VBN" and
                       c.lemma_.lower() in self.res.set("enacting_participles") and _under_nouns(c, n)]
            self._fill(roles, "agent", [p for c in enacted for p in _by_agent(c)])
        compounds = [c for c in n.children if c.dep_ in ("compound", "amod", "nmod")
                     and self.actors.resolve(c) is not None and not self._place_name(c)
                     and not (c.i >= 2 and c.doc[c.i - 1].text == "-" and c.doc[c.i - 2].lower_ in ("anti", "pro"))]
        # ("the anti-Iraq war demonstrations": for or against it, not by it)
        if spec.symmetric:  # "Wednesday's White House meeting": the building is where it was held
            compounds = [c for c in compounds if self.actors.resolve(c).name.lower() not in self.res.set("venue_names")]
        if any(c.lower_ in self.res.set("nonstate_attack_marks") for c in n.children if c.dep_ in ("compound", "amod")):
            # "the Yemen terror attack on the USS Cole": where terrorists struck, not the state's act
            places = [c for c in compounds if self.actors.resolve(c).kind in ("country", "place")]
            self._fill(roles, "participant", places)
            compounds = [c for c in compounds if c not in places]
        if spec.category == "conflict":  # "the World Trade Center bombing": the building struck
            struck = [c for c in compounds if self.actors.resolve(c).name.split()[-1].lower()
                      in self.res.set("struck_building_heads")]
            self._fill(roles, "target", struck)
            compounds = [c for c in compounds if c not in struck]
        if spec.category == "disaster" and spec.compound_role == "agent":
            # "the U.S. oil spill": a place, not an agent
            compounds = [c for c in compounds if self.actors.resolve(c).kind not in ("country", "place")]
        if spec.category in ("disaster", "health"):  # "the Spanish flu pandemic": a name, not a target
            compounds = [c for c in compounds if c.dep_ != "amod"]
        self._fill(roles, spec.compound_role if spec.compound_role in ("agent", "target") else "agent", compounds)
        for c in n.children:  # "an investigation aimed at BP", "sanctions targeted at Iran"
            if c.dep_ == "acl" and c.lemma_.lower() in self.res.set("aiming_participles"):
                self._fill(roles, "target", _prep_objects(c, {"at", "against", "on"}))
        of_objs = _prep_objects(n, {"of"})
        self._fill(roles, spec.of_role if spec.of_role in ("agent", "target") else "target", of_objs)
        self._fill(roles, "participant" if spec.symmetric else "target",
                   _prep_objects(n, spec.target_preps | {"to"}), inner=not spec.symmetric)
        head = n.head
        if head.i != n.i and head.pos_ in _VERBAL and n.dep_ in ("dobj", "attr", "nsubjpass", "oprd") \
                and head.lemma_.lower() in self.light:
            subj, passive = subjects(head)
            if not subj:
                subj = self._fallback_subject(head)
            if not passive and not spec.symmetric and is_receiving(head, self.res, n):
                # "he had a request to record a single from Brown": the one who receives is the target
                self._fill(roles, "agent", [p for t in [*n.subtree, *head.children] if t.dep_ == "prep" and
                                            t.lower_ == "from" for p in t.children if p.dep_ == "pobj"])
                self._fill(roles, "target", subj)
            elif passive:
                self._fill(roles, "agent", _by_agent(head))
            elif not (roles.agents and poss):  # "the company had taken Abbott's allegations seriously": Abbott's
                self._fill(roles, "agent", subj)
            self._fill(roles, "target", [c for c in head.children if c.dep_ in ("dative", "iobj")])
            self._fill(roles, "target", _prep_objects(head, spec.target_preps))
        elif head.i != n.i and n.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in _VERBAL \
                and spec.symmetric:
            verb = head.head
            subj, passive = subjects(verb)
            if not subj:
                subj = self._fallback_subject(verb)
            if not passive:
                self._fill(roles, "agent", subj)
        elif head.i != n.i and n.dep_ in ("nsubj",) and head.pos_ in _VERBAL \
                and head.lemma_.lower() in self.occurrence:
            # "the quake struck Haiti", "the spill reached Louisiana" (but "the spill has forced
            # Democrats to rethink": the object of a control verb is the next clause's subject)
            if not any(c.dep_ == "xcomp" for c in head.children):  # ("hit Haiti's capital", "destroyed the X rig")
                self._fill(roles, "target", [c for c in head.children if c.dep_ in ("dobj",)], inner=True)
            self._fill(roles, "participant", _prep_objects(head, {"in", "on", "off", "at"}))
        rel = occurrence_relcl(n, self.occurrence)
        if rel is not None:  # "the earthquake that struck Haiti": what it struck
            self._fill(roles, "target", [o for o in rel.children if o.dep_ == "dobj" and (
                a := self.actors.resolve(o)) is not None and a.kind in ("place", "country")])
        if spec.category in ("disaster", "health", "conflict", "politics") and not roles.all():
            # where it happened: "the earthquake in Haiti", "protests in Cairo"
            self._fill(roles, "participant", _prep_objects(n, {"in", "at", "off"}))
            for c in n.children:
                if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC"):
                    self._fill(roles, "participant", [c])
        return roles
