"""The trust gate: the last step before an event is emitted ("few, right, explained").

1. `complete(case)` assigns a participant the sentence clearly names but the role reader left
   out, where the reading is safe: a place compound of a visit's object ("touring the Alabama
   coast" -> Alabama), a conjunct of a filled role ("sat down with X and Y").
2. Filters (the last rows of `filters.FILTERS`, applied by `filters.rejection`) drop an event when
   - a participant the sentence clearly names stays unassigned: the trigger's direct object,
     dative or target-preposition object (or, for blame/accusation/criticism, the possessor of
     that object) is a named entity or a known actor, but no role holds it;
   - a directed act (lexicon `directed_types`: accused, sued, visited, ...) has no target while a
     name close to the trigger in its own clause holds no role (`untargeted_named_party`);
   - an actor name fails the name-quality check: a title abbreviation left in a person's name
     ("Adm Allen"), caption or credit words ("Getty Images BP"), a headline run into the name.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .roles import complement_subjects, expand, person_of_another, possessed_person

if TYPE_CHECKING:  # pragma: no cover
    from .filters import Case

_NAMED = ("PERSON", "ORG", "GPE", "NORP")
_PRONOUNS = {"it", "its", "he", "him", "his", "she", "her", "they", "them", "their", "this", "that", "which", "who"}


def _held(case: Case) -> set[int]:
    return {id(a) for a in case.roles.all()}


def _object_slots(case: Case) -> list[Token]:
    """The tokens that name the event's other participant: direct object, dative, the
    type's target prepositions (the passive subject for a passive verb)."""
    tok, spec, roles = case.tok, case.spec, case.roles
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Token] = []
    if roles.passive:
        out += [t for t in tok.children if t.dep_ == "nsubjpass"]
    elif spec.object_target:  # (not "withdraw US troops": what one withdraws is one's own)
        out += [t for t in tok.children if t.dep_ in ("dobj", "dative")]
    for c in tok.children:  # "urged other defendants, including Transocean ...": parsed on the verb
        if c.dep_ == "prep" and (c.lower_ in spec.target_preps or (c.lower_ == "including" and out)):
            out += [p for p in c.children if p.dep_ == "pobj"]
    return [x for t in out for x in expand(t)]


def _inner_names(x: Token, blame: bool, res) -> list[Token]:
    """Names inside a non-actor object: "other defendants ..., including Transocean, Anadarko and
    MOEX"; for blame, the possessor, also through "of" ("the failure of Transocean's preventer"),
    not a person's possessor ("Dick Cheney's former spokeswoman")."""
    out: list[Token] = []
    person = person_of_another(x, "target", res)
    for c in x.children:
        if c.dep_ == "prep" and c.lower_ in ("including", "like", "such"):
            for p in c.subtree:
                if p.dep_ in ("pobj", "conj", "appos") and p.pos_ == "PROPN":
                    out.append(p)
        if blame and c.dep_ == "poss" and not person:
            out.append(c)
        if blame and c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [p] + [q for q in p.children if q.dep_ == "poss"]
    return out


def _cut_from_longer_name(case: Case, actor) -> bool:
    """The actor's only mention in the sentence is the tail of a longer proper name before a rig,
    vessel or accident noun ("the Deepwater Horizon oil rig explosion" -> 'Horizon'): no actor."""
    res, titles = case.res, case.res.titles
    toks = [t for t in case.sent.span if case.actors.resolve(t) is actor and t.pos_ == "PROPN"]
    if not toks or actor.kind == "person":
        return False
    first = min(toks, key=lambda t: t.i)
    if first.i == 0:
        return False
    p = first.doc[first.i - 1]
    if p.pos_ != "PROPN" or not p.is_title or p.dep_ != "compound" or p.head.i not in {t.i for t in toks} \
            or case.actors.resolve(p) is not None or p.lower_ in titles or p.lower_ in res.set("honorifics"):
        return False
    h, nouns = toks[-1], res.set("rig_vessel_nouns")
    for _ in range(4):
        if h.dep_ != "compound" or h.head.i == h.i:
            return False
        h = h.head
        if h.pos_ == "NOUN" and h.lemma_.lower() in nouns:
            return True
    return False


def _conjunct_actor(case: Case, x: Token):
    """The actor a further conjunct names; not the possessor of a person ("hired Kolton and Dick
    Cheney's spokeswoman": she, not Cheney)."""
    return None if possessed_person(x, "target", case.actors, case.res) else case.actors.resolve(x)


def complete(case: Case) -> None:
    """Assign a clearly named participant the role reader missed (see the module docstring)."""
    actors, roles = case.actors, case.roles
    if actors is None:
        return
    for lst in (roles.agents, roles.targets, roles.participants):  # drop "Horizon" cut from "Deepwater Horizon"
        lst[:] = [(a, srf) for a, srf in lst if not _cut_from_longer_name(case, a)]
    held = _held(case)
    scope = case.clause if case.clause is not None else case.tok.head  # (its own clause, not another
    # mention of the same actor: "a conversation between Bush and Blair, when Bush threatened")
    for role, lst in (("agent", roles.agents), ("target", roles.targets), ("participant", roles.participants)):
        ids = {id(a) for a, _ in lst}
        for t in case.sent.span:  # "sat down with ... former Senator Bob Graham and William Reilly"
            if t.pos_ != "PROPN" or (a := actors.resolve(t)) is None or id(a) not in ids or \
                    not scope.left_edge.i <= t.i <= scope.right_edge.i:
                continue
            if case.clause is not None and case.clause.dep_ == "relcl" and case.clause.head.i == t.i:
                continue  # "Amir al-Saadi, who negotiated ...; Rihab Taha, ...": the clause is about one name
            for c in t.conjuncts:
                b = _conjunct_actor(case, c)
                if b is not None and id(b) not in held and b.kind == a.kind:
                    roles.add(role, b, actors.surface(c))
                    held.add(id(b))
    for x in _object_slots(case):
        if case.spec.name == "visit" and actors.resolve(x) is None and x.pos_ == "NOUN":
            # "touring the Alabama coast", "visiting the town of Biloxi, Mississippi": the place visited
            places = [c for c in x.children if c.dep_ == "compound"]
            places += [p for c in x.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                       for p in c.children if p.dep_ == "pobj"]  # "a command center in Venice, La."
            places += [a for p in places for a in p.children if a.dep_ == "appos"]
            for c in places:
                a = actors.resolve(c)
                if a is not None and a.kind in ("place", "country") and id(a) not in held:
                    roles.add("target", a, actors.surface(c))
                    held.add(id(a))
        if case.spec.name in case.res.set("beneficiary_types") and not roles.targets and x.pos_ == "NOUN":
            for c in x.children:  # "promised $100m for Haiti's relief effort": Haiti benefits
                for p in (c.children if c.dep_ == "prep" and c.lower_ == "for" else ()):
                    if p.dep_ != "pobj":
                        continue
                    for y in [p] + [q for q in p.children if q.dep_ == "poss"]:
                        a = actors.resolve(y)
                        if a is not None and y.lower_ not in _PRONOUNS and id(a) not in held:
                            roles.add("target", a, actors.surface(y))
                            held.add(id(a))
        if case.spec.name in case.res.set("directed_types") and case.spec.name != "visit" and not roles.targets \
                and x.pos_ == "NOUN" and actors.resolve(x) is None:
            owners = [c for c in x.children if c.dep_ in ("compound", "poss")]
            owners += [q for c in x.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj" for q in [p, *p.children] if q.i == p.i or q.dep_ in ("compound", "poss")]
            for c in owners:  # "criticized Petrolux executives", "attacked the tone of the BBC coverage"
                a = actors.resolve(c) if c.lower_ not in _PRONOUNS else None
                if a is not None and id(a) not in held and (a.kind not in ("place", "country") or c.dep_ == "poss"):
                    roles.add("target", a, actors.surface(c))
                    held.add(id(a))
        a = _conjunct_actor(case, x)
        if a is not None and id(a) not in held and x.lower_ not in _PRONOUNS and roles.targets:
            # a further conjunct of a filled target ("urged Transocean, Anadarko and MOEX"): the
            # object slots already include the conjuncts
            roles.add("target", a, actors.surface(x))
            held.add(id(a))


def _named(x: Token, case: Case) -> bool:
    if x.lower_ in _PRONOUNS or x.pos_ == "PRON":
        return False
    if case.actors.resolve(x) is not None or (x.ent_type_ in _NAMED and x.pos_ == "PROPN"):
        return True
    # a name in a list with a named one ("urged Transocean, Anadarko and MOEX")
    return x.pos_ == "PROPN" and x.dep_ == "conj" and x.ent_type_ not in ("LOC", "FAC", "DATE", "TIME") and any(
        c.ent_type_ in _NAMED or case.actors.resolve(c) is not None for c in [x.head, *x.head.conjuncts] if c.i != x.i)


def _deep_possessors(x: Token, depth: int = 4) -> list[Token]:
    """Possessors down a chain of prepositional phrases ("into a spill at one of Repsol's rigs")."""
    out: list[Token] = []
    for c in x.children:
        if c.dep_ == "poss":
            out.append(c)
        if depth > 0 and c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    out += _deep_possessors(p, depth - 1)
    return out


def unassigned_participant(case: Case) -> bool:
    if case.actors is None:
        return False
    held = _held(case)
    blame = case.spec.name in case.res.set("possessor_target_types")
    slots = _object_slots(case)
    if case.spec.name in case.res.set("complement_subject_target_types") and case.tok.pos_ in ("VERB", "AUX"):
        slots += [x for t in complement_subjects(case.tok) for x in expand(t)]  # "demanded that the companies ..."
    if case.tok.pos_ in ("VERB", "AUX") and not case.roles.passive:  # "the Sunday Express and Sunday Mirror, which accused"
        for s in case.roles.subject_tokens:
            if case.actors.resolve(s) is not None:
                slots += [c for c in s.conjuncts if c.i > s.i and c.pos_ == "PROPN"]
    if case.tok.pos_ in ("NOUN", "PROPN"):  # "allegations by the Sunday Express and Sunday Mirror"
        slots += [x for c in case.tok.children if c.dep_ == "prep" and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pobj" for x in expand(p) if x.pos_ == "PROPN"]
    if case.tok.pos_ in ("VERB", "AUX") and slots:  # "rebuked one of their own, Texas Rep. Joe Barton" (misattached)
        slots += [c for c in case.tok.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ in _NAMED]
    deep: list[Token] = []
    if case.tok.pos_ in ("NOUN", "PROPN"):  # "an investigation into a spill at one of Repsol's rigs"
        t = case.tok  # the prepositional phrase may hang on the light verb ("began an investigation ... into")
        kids = list(t.children) + (list(t.head.children) if t.dep_ == "dobj" and t.head.pos_ in ("VERB", "AUX") else [])
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in {"into", "against", "on", "over"} | case.spec.target_preps:
                deep += [q for p in c.children if p.dep_ == "pobj" for q in [p, *_deep_possessors(p)]]
    for y in deep:
        if _named(y, case) and (a := case.actors.resolve(y)) is not None and id(a) not in held:
            return True
    if case.tok.pos_ in ("VERB", "AUX"):  # "promised to limit Citigroup's losses"
        for x in case.tok.children:  # (a place there is content: "urged tourists not to abandon the Gulf Coast")
            if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX"):
                slots += [o for o in x.children if o.dep_ in ("dobj", "dative") and not (
                    (a := case.actors.resolve(o)) is not None and a.kind == "place")]
    for x in slots:
        cands = [x]
        if x.pos_ == "NOUN":
            cands += _inner_names(x, blame or x.head.i != case.tok.i, case.res)
        for y in cands:
            if not _named(y, case) or y.pos_ == "NOUN" and possessed_person(y, "target", case.actors, case.res):
                continue  # (a person's noun names no one by its possessor: "Cheney's spokeswoman")
            a = case.actors.resolve(y)
            if a is None or id(a) not in held:
                return True
    return False


_FREE_DEPS = {"compound", "flat", "appos", "conj", "cc", "poss", "det", "amod", "nmod", "punct", "case"}


def _clause_tokens(tok: Token, held: set[int], hops: int = 3) -> list[Token]:
    """Tokens close to the trigger in its own clause: at most `hops` steps down the tree (name
    parts, conjuncts and possessors are free), never into subjects, infinitives or clauses of
    their own, nor below the name of an actor that already holds a role (`held`, token indices). A
    noun trigger also reaches its light verb's phrases ("began an investigation into")."""
    stop = {"nsubj", "nsubjpass", "csubj", "relcl", "advcl", "ccomp", "xcomp", "acl", "parataxis", "mark",
            "npadvmod"}
    tops = [(tok, 0)]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
        tops += [(c, 1) for c in tok.head.children if c.dep_ in ("prep", "dative")]
    out: list[Token] = []
    todo = list(tops)
    while todo:
        t, d = todo.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in stop or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) or (t.i in held and c.dep_ != "conj"):
                continue  # (what describes a held actor is no new party: "Mahdi militia, supporters of ...")
            step = 0 if c.dep_ in _FREE_DEPS else 1
            if d + step <= hops:
                todo.append((c, d + step))
    return out


def untargeted_named_party(case: Case) -> bool:
    """A directed act ("accused", "visited", "sued") with no target while its own clause names a party
    that holds no role ("accused the Obama administration of ...", "arrived in Haiti", "attacks on
    South Korea"): the reading missed the one acted upon, so the event is not emitted. Where the
    act happened ("met in Geneva") is no party, except for a visit."""
    roles = case.roles
    if case.actors is None or roles.targets or (case.spec.symmetric and roles.participants) or \
            case.spec.name not in case.res.set("directed_types"):
        return False  # (a symmetric act's partner is a participant: "met with X")
    held = _held(case)
    described = {t.i for t in case.sent.span if (a := case.actors.resolve(t)) is not None and id(a) in held}
    venue_preps = case.res.set("venue_preps") - case.spec.target_preps
    for t in _clause_tokens(case.tok, described):
        if t.i == case.tok.i or t.pos_ != "PROPN" or not _named(t, case):
            continue
        a = case.actors.resolve(t)
        if a is not None and (id(a) in held or a.name.lower() in case.res.set("venue_names")):
            continue  # (a building is where it happened: "a White House meeting")
        if case.spec.name != "visit" and \
                any(h.dep_ == "pobj" and h.head.lower_ in venue_preps for h in [t, *t.ancestors][:3]):
            continue  # where it happened
        if any(h.lower_ in case.res.set("source_markers") for h in list(t.ancestors)[:4]):
            continue  # whose account it is: "according to an official Xinhua news agency article"
        return True
    return False


def _bad_name(name: str, kind: str, res) -> bool:
    words = name.replace(";", " ; ").split()
    low = [w.lower() for w in words]
    if any(ch in name for ch in ";|") or len(words) > 6:
        return True  # a headline run into the name: "Obama Blueprint Deepens Federal Role in; Obama"
    credit = res.set("credit_words")
    if len(words) > 1 and any(w.strip(".,:") in credit for w in low):
        return True  # "Getty Images BP", "AFP Barack Obama"
    if kind == "person":
        if len(words) > 1 and (low[0] in res.titles or low[0].rstrip(".") in res.titles
                               or low[0] in res.set("honorifics")):
            return True  # "Adm Allen", "Dr Shafer": a title left in the name
        if any(w.islower() and w.rstrip(".") not in res.set("name_particles") for w in words):
            return True  # "Blueprint Deepens Federal Role in": a headline fragment
        caps = [w.isupper() and len(w) > 2 and w.isalpha() for w in words]
        if any(w in ("-", "--", "\u2013", "\u2014") for w in words) or (any(caps) and not all(caps)):
            return True  # "Obama - WHO STOPPED": a caption or headline run into the name
    return False


def _geo(word: str, res) -> bool:
    w = word.lower().strip(".,")
    return word[:1].isupper() and (w in res.country_by_key or w in res.capital_to_country)


def _run_on_description(desc: str | None, res) -> bool:
    """Two place names side by side in a description: text from before a lost sentence break
    ("summoned to Washington US speaker Nancy Pelosi" -> "Washington US speaker")."""
    words = (desc or "").split()
    return any(_geo(a, res) and _geo(b, res) for a, b in zip(words, words[1:], strict=False))


def _merged_surname(actor, others) -> bool:
    """A three-word person name ending in another person's surname, with a different first name
    ("Judge Michael Pastor Murray did not ...": Michael Pastor and Conrad Murray run together)."""
    words = actor.name.split()
    if actor.kind != "person" or len(words) != 3 or len(words[1].rstrip(".")) < 2:
        return False
    return any(o is not actor and o.kind == "person" and len(ow := o.name.split()) == 2 and ow[1] == words[2]
               and ow[0] != words[0] for o in others)


def bad_actor_name(case: Case) -> bool:
    people = list(case.actors.actors.values()) if case.actors is not None else []
    return any(_bad_name(a.name, a.kind, case.res) or _run_on_description(a.description, case.res)
               or _merged_surname(a, people) for a in case.roles.all())


_MALE_PRONOUNS = {"he", "him", "his", "himself"}
_FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}


def _marked_sex(case: Case, actor) -> str | None:
    """"female"/"male" when a name of the actor in the sentence follows a title or kin noun that
    tells the sex ("Ms Toward", "His wife Lynthia", "Mr Blair")."""
    female, male = case.res.set("female_markers"), case.res.set("male_markers")
    for t in case.sent.span:
        if t.pos_ != "PROPN" or case.actors.resolve(t) is not actor:
            continue
        start = t.left_edge.i if t.dep_ == "compound" else t.i
        while start > 0 and t.doc[start - 1].pos_ == "PROPN" and t.doc[start - 1].dep_ == "compound":
            start -= 1
        words = [t.doc[k].lower_.rstrip(".") for k in range(max(start - 2, t.sent.start), t.i)]
        words = [w for w in words if w not in (",", "'s")][-2:]
        if any(w in female for w in words):
            return "female"
        if any(w in male for w in words):
            return "male"
    return None


def pronoun_sex_mismatch(case: Case) -> bool:
    """A role held through "he" by a person the sentence marks as a woman (or through "she" by a
    man): "His wife Lynthia said that after he had been injured" -- the injured is her husband."""
    if case.actors is None:
        return False
    for a, surface in case.roles.agents + case.roles.targets + case.roles.participants:
        low = surface.lower().strip()
        want = "male" if low in _MALE_PRONOUNS else "female" if low in _FEMALE_PRONOUNS else None
        if want is not None and (sex := _marked_sex(case, a)) is not None and sex != want:
            return True
    return False


def kin_possessor_role(case: Case) -> bool:
    """The event's subject or object is a kin noun and its named possessor holds a role ("John
    Smith's wife was injured", "Ms Toward's husband died"): the victim is the relative, not the
    possessor."""
    if case.actors is None:
        return False
    kin = case.res.set("personal_relation_nouns")
    held = _held(case)
    for s in case.roles.subject_tokens + case.roles.object_tokens:
        if s.lemma_.lower() in kin or s.lower_ in kin:
            for p in s.children:
                if p.dep_ == "poss" and (a := case.actors.resolve(p)) is not None and id(a) in held:
                    return True
    return False
