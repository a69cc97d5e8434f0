"""Event triggers: tokens (or multiword phrases) whose lemma is in the event vocabulary.

A lookup by (lemma, part of speech) for single words and by first lemma for phrases; a
phrase word matches a token's lemma or its lowercase form, and determiners in the text
may be skipped ("reach an agreement" ~ "reach agreement"). The trigger-level constraints
(light / ctrl / plural) are checked here; type-level ones (subjects, objects, person)
need the roles and are checked in `roles.py`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from .resources import Resources, Trigger, get_resources

_BLOCK_ENTS = {"PERSON", "ORG", "GPE", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT", "NORP", "LANGUAGE"}
_CULPRIT_ENTS = {"PERSON", "ORG", "GPE", "NORP"}  # who can be blamed


@dataclass
class TriggerMatch:
    token: Token  # the head token (verb of a phrase, else its last noun)
    start: int  # token span of the trigger words
    end: int
    types: list[tuple[str, Trigger]]  # candidate (type name, trigger) in vocabulary order

    @property
    def text(self) -> str:
        doc = self.token.doc
        return doc[self.start:self.end].text


@lru_cache(maxsize=1)
def _tables() -> tuple[dict, dict]:
    res: Resources = get_resources()
    single: dict[tuple[str, str], list[tuple[str, Trigger]]] = {}
    phrases: dict[str, list[tuple[str, Trigger]]] = {}
    for spec in res.types.values():
        for trig in spec.triggers:
            if trig.pos == "phrase":
                phrases.setdefault(trig.words[0], []).append((spec.name, trig))
            else:
                single.setdefault((trig.words[0], trig.pos), []).append((spec.name, trig))
    for lst in phrases.values():
        lst.sort(key=lambda x: -len(x[1].words))
    return single, phrases


@lru_cache(maxsize=1)
def _excluded_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for ex in get_resources().exclude_phrases:
        out.setdefault(ex[0], []).append(ex)
    return {k: tuple(v) for k, v in out.items()}


def _pos(tok: Token) -> str | None:
    if tok.pos_ == "VERB":
        return "verb"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "noun"
    return None


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _word_matches(word: str, tok: Token) -> bool:
    return word == _lemma(tok) or word == tok.lower_


def _light_ok(tok: Token, res: Resources) -> bool:
    light = res.set("light_verbs")
    if tok.dep_ in ("dobj", "attr", "nsubjpass", "oprd", "conj") and _lemma(tok.head) in light:
        return True
    if any(c.dep_ == "poss" for c in tok.children):
        return True
    return False


_NOT_CONTROLLEE = {"it", "i", "we", "you", "me", "us", "this", "that", "there"}


def _controllee_ok(t: Token) -> bool:
    """The one urged/expected to act must be someone: a pronoun for people or a name."""
    if t.lower_ in _NOT_CONTROLLEE:
        return False
    return t.pos_ in ("PRON", "PROPN") or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _ctrl_ok(tok: Token, res: Resources) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False  # "BP is expected to ...": a schedule, nobody asked
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    for c in tok.children:
        if c.lemma_ in ("be", "have") or c.lemma_.lower() in res.set("forecast_complements") or (
                tok.lemma_.lower() == "expect" and c.lemma_.lower() in res.set("expectation_forecast_complements")):
            continue  # "expected them to last 48 hours", "expected BP to face greater costs": a forecast
        if c.dep_ == "xcomp" and any(_controllee_ok(o) for o in objs):
            return True
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and \
                any(a.dep_ in ("nsubj", "nsubjpass") and _controllee_ok(a) for a in c.children):
            return True
    return False


def _counted(noun: Token, res: Resources) -> Token:
    """The thing counted by a number noun ("thousands of jobs" -> jobs, "millions of Jews" -> Jews)."""
    if noun.lemma_.lower() in res.set("number_nouns"):
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((p for p in c.children if p.dep_ == "pobj"), noun)
    return noun


def _constraint_ok(trig: Trigger, tok: Token, res: Resources) -> bool:
    c = trig.constraint
    if c is None or c in ("obj", "person", "org", "particle"):  # "particle" is checked on the phrase's last word
        return True
    if c == "light":
        return _light_ok(tok, res)
    if c == "ctrl":
        return _ctrl_ok(tok, res)
    if c == "plural":
        return tok.tag_ in ("NNS", "NNPS")
    if c == "intrans":  # and active: "troops pulled out", not "she was pulled out"
        return not any(ch.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "auxpass") for ch in tok.children)
    if c == "from":  # "pulled out of Iraq" (the of-phrase may hang on the particle)
        kids = list(tok.children)
        kids += [g for ch in kids if ch.dep_ in ("prt", "prep", "advmod") and ch.lower_ in ("out", "away", "back")
                 for g in ch.children]
        return any(ch.dep_ == "prep" and ch.lower_ in ("from", "of") for ch in kids) and \
            not any(ch.dep_ in ("nsubjpass", "auxpass") for ch in tok.children)
    if c == "complement":
        # "agreed to a visit", "agreed a deal" -- not "agreed that the media has to ...", an opinion
        # ("a military dictatorship ruled South Korea": a country as the object is governed, no ruling)
        return any((ch.dep_ == "dobj" and ch.ent_type_ not in ("GPE", "LOC", "NORP")) or ch.dep_ == "xcomp" or (
            ch.dep_ == "prep" and ch.lower_ in ("to", "on", "upon")) for ch in tok.children) and \
            not any(ch.dep_ == "ccomp" for ch in tok.children)
    if c == "violent":  # "vowed to kill anyone who took part": a threat, not a promise
        return any(ch.dep_ == "xcomp" and ch.lemma_.lower() in res.set("violent_complements") for ch in tok.children)
    if c == "noclause":
        return not any(ch.dep_ == "ccomp" for ch in tok.children)
    if c == "animate":  # "killed 11 workers", "he was killed" -- not "killed the well"
        objs = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            objs.append(tok.head)
        people = res.set("animate_nouns")
        objs = [_counted(o, res) for o in objs]  # "thousands of jobs": the jobs are what is killed
        return any(o.ent_type_ in ("PERSON", "NORP") or (o.pos_ == "PRON" and o.lower_ not in ("it", "this", "that"))
                   or o.lemma_.lower() in people or o.lower_ in people for x in objs for o in [x, *x.conjuncts])
    if c in ("physical", "verbal"):  # "Obama attacked for expanding government", "attacked the tone of
        # the coverage": a verbal attack, i.e. criticism
        abstract = res.set("verbal_attack_objects")
        verbal = any(ch.dep_ == "prep" and ch.lower_ in ("for", "over") for ch in tok.children) or any(
            ch.dep_ in ("dobj", "nsubjpass") and (ch.lower_ in abstract or ch.lemma_.lower() in abstract)
            for ch in tok.children)
        if tok.pos_ == "NOUN":  # "his fiercest attack yet on BP", "an attack on the policy"
            mods = res.set("verbal_attack_modifiers")
            verbal = any(ch.dep_ == "amod" and (ch.lower_ in mods or ch.lemma_.lower() in mods or any(
                g.lower_ in mods for g in ch.children)) for ch in tok.children) or any(
                ch.dep_ == "prep" and ch.lower_ in ("on", "against") and any(
                    p.lower_ in abstract or p.lemma_.lower() in abstract for p in ch.children) for ch in tok.children)
        if c == "physical" and any(ch.dep_ == "dobj" and ch.lemma_.lower() in res.set("accident_nouns")
                                   for ch in tok.children):
            return False  # "attacking the spill": fighting a disaster, no attack
        return verbal if c == "verbal" else not verbal
    if c in ("police", "military"):  # "offices were raided as part of the police investigation": a search
        words = res.set("police_search_words")
        police = any(t.lower_ in words or t.lemma_.lower() in words for t in tok.sent) or any(
            ch.dep_ in ("dobj", "nsubjpass") and ch.lemma_.lower() in res.set("searched_premises")
            for ch in tok.children)  # "Dr Murray's home is also raided": a search of premises
        return police if c == "police" else not police
    if c == "nodobj":  # "appealed for calm" -- not "appealed the ruling", a legal appeal
        return not any(ch.dep_ == "dobj" for ch in tok.children)
    if c == "case":  # "investigating other options to cap the leak" is no investigation
        bad = res.set("non_case_objects")
        return not any(ch.dep_ == "dobj" and (ch.lemma_.lower() in bad or ch.lower_ in bad) for ch in tok.children)
    if c == "money":  # "lend $20bn", "lend money to banks" -- not "lend BP his submarines" or "lend support"
        money = res.set("money_words")
        objs = [ch for ch in tok.children if ch.dep_ == "dobj"]
        return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in money or t.lower_ in money
                   for o in objs for t in o.subtree)
    if c == "dobj":  # "pushed back the vote" / "the vote was pushed back", not "McCain pushed back"
        return any(ch.dep_ in ("dobj", "nsubjpass") for ch in tok.children)
    if c == "with":
        return any(ch.dep_ == "prep" and ch.lower_ in ("with", "against") for ch in tok.children)
    if c == "culprit":  # "blamed BP", "was blamed", "blamed the delays on Transocean" -- not "blamed the delays"
        return any(ch.dep_ in ("nsubjpass", "auxpass") or (ch.dep_ == "prep" and ch.lower_ in ("on", "for")) or (
            ch.dep_ == "dobj" and (ch.pos_ == "PRON" or ch.lemma_.lower() in res.set("animate_nouns") or any(
                t.pos_ == "PROPN" or t.ent_type_ in _CULPRIT_ENTS for t in ch.subtree)))  # "the failure of X's BOP"
            for ch in tok.children) or any(
            g.dep_ == "prep" and g.lower_ in ("on", "for") for ch in tok.children if ch.dep_ == "dobj" for g in ch.children)
    if c == "nodirection":  # "blasted the plan" -- not "blasting heavy mud into the well", a motion
        ways = res.set("direction_preps")
        return not any(ch.dep_ in ("prep", "prt", "advmod") and ch.lower_ in ways for ch in tok.children)
    return True


def find_triggers(sent: Span, res: Resources | None = None) -> list[TriggerMatch]:
    res = res or get_resources()
    single, phrases = _tables()
    out: list[TriggerMatch] = []
    used: set[int] = set()
    toks = list(sent)
    n = len(toks)
    excluded = _excluded_by_first()
    for k in range(n):  # words of excluded phrases ("cardiac arrest") are never triggers
        t = toks[k]
        for ex in excluded.get(t.lower_, ()) + excluded.get(_lemma(t), ()):
            if k + len(ex) <= n and all(_word_matches(w, toks[k + j]) for j, w in enumerate(ex)):
                used.update(toks[k + j].i for j in range(len(ex)))
            elif len(ex) == 2 and any(c.dep_ in ("prt", "advmod") and c.i > t.i + 1 and c.lower_ == ex[1]
                                      for c in t.children):
                used.add(t.i)  # a phrasal verb with its object between: "drowned him out", "ruled it out"
    for k, tok in enumerate(toks):
        if tok.i in used or tok.is_space or tok.is_punct:
            continue
        # multiword phrases first (longest first)
        for key in {_lemma(tok), tok.lower_}:
            for type_name, trig in phrases.get(key, ()):
                j, w = k, 0
                matched: list[Token] = []
                while w < len(trig.words) and j < n:
                    t = toks[j]
                    if _word_matches(trig.words[w], t):
                        matched.append(t)
                        w += 1
                        j += 1
                    elif matched and (t.pos_ in ("DET", "ADJ") or t.is_space or t.lower_ in ("'s",)):
                        j += 1  # "reach an agreement", "send humanitarian aid"
                    else:
                        break
                if w == len(trig.words) and not any(m.i in used for m in matched):
                    if any(m.ent_type_ in _BLOCK_ENTS and m.ent_iob_ != "O" for m in matched[:1]) and \
                            matched[0].pos_ == "PROPN":
                        continue
                    ids = {m.i for m in matched}
                    head = next((m for m in matched if m.head.i not in ids or m.head.i == m.i), matched[0])
                    if not _constraint_ok(trig, head, res):
                        continue
                    if trig.constraint == "particle" and any(c.dep_ == "pobj" for c in matched[-1].children):
                        continue  # "an opinion given in August 1992": a preposition with its object, no "give in"
                    span_start, span_end = matched[0].i, matched[-1].i + 1
                    existing = next((o for o in out if o.token.i == head.i), None)
                    if existing:
                        existing.types.append((type_name, trig))
                    else:
                        out.append(TriggerMatch(head, span_start, span_end, [(type_name, trig)]))
                    used.update(m.i for m in matched)
        if tok.i in used:
            continue
        pos = _pos(tok)
        if pos is None:
            continue
        if tok.ent_type_ in _BLOCK_ENTS:
            continue
        if pos == "verb" and tok.dep_ in ("amod", "compound"):  # participle as adjective: "threatened species"
            continue
        if pos == "verb" and tok.tag_ == "VB" and any(a.dep_ == "aux" and a.lemma_ == "have" for a in tok.children):
            continue  # tagger slip: a base form after "has" is a noun ("Alaska has spill contingency plans")
        if pos == "noun" and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            continue  # a modifier, not an event: "spill contingency plans", "earthquake relief fund"
        if pos == "noun" and k > 0 and tok.text[:1].isupper() and not tok.is_sent_start and \
                toks[k - 1].text not in ("\"", "\u201c", "'", "\u2018", "(", ":", "-", "--"):
            continue  # a capitalised noun inside a sentence names something ("the Spanish Pandemic")
        cands = single.get((_lemma(tok), pos)) or (single.get((tok.lower_, pos)) if pos == "noun" else None)
        if not cands:
            continue
        ok = [(name, trig) for name, trig in cands if _constraint_ok(trig, tok, res)]
        if ok:
            out.append(TriggerMatch(tok, tok.i, tok.i + 1, ok))
            used.add(tok.i)
    out.sort(key=lambda m: m.token.i)
    return out
