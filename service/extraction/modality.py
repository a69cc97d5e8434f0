"""Status of an event: occurred / planned / possible / claimed / negated, and who claims it.

- negated: a negation on the trigger's clause that is not part of the trigger phrase
  ("did not meet", "made no mention"), or the trigger is the complement of fail/decline.
- possible: may/might/could/can, would outside reported speech, conditional "if",
  hedging adverbs (possibly, likely).
- planned: will/shall/'ll, "be to/set to/due to/expected to", a complement of an intent
  verb (plan to, hope to, want to), a future tense.
- claimed: the clause is the complement of a reporting verb whose speaker is not one of
  the event's actors (self-reports such as "the world body said it would not ..." stay
  occurred), or "according to <actor>", or a claim adverb (reportedly, allegedly);
  claim_source is the speaker's canonical name, or the speaker phrase ("Campaigners").
Precedence: negated > possible > planned > claimed > occurred.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .actors import Actor, ActorIndex
from .resources import Resources
from .roles import subjects

_VERBAL = ("VERB", "AUX")
_DOCUMENT_NOUNS = {"statement", "readout", "report", "communique", "communiqué", "release", "transcript", "letter",
                   "note", "memo", "document", "announcement", "account", "summary", "record", "message"}


@dataclass
class Status:
    status: str = "occurred"
    claim_source: str | None = None
    tense: str = "none"  # past | pastperfect | perfect | present | future | modal | none
    iterative: bool = False
    reporter: Token | None = None  # the governing reporting verb, if any
    hypothetical: bool = False  # inside a condition ("if ...") or counterfactual ("would have")
    none_happened: bool = False  # a negated count as subject ("Not one Briton died"): nothing to report


def clause_verb(tok: Token) -> Token | None:
    x = tok
    for _ in range(8):
        if x.pos_ in _VERBAL:
            return x
        if x.head.i == x.i:
            return None
        x = x.head
    return None


def tense_of(v: Token | None, depth: int = 0) -> str:
    if v is None or depth > 5:
        return "none"
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    lows = {a.lower_ for a in auxes}
    if lows & {"will", "shall", "'ll", "wo"}:
        return "future"
    haves = [a for a in auxes if a.dep_ == "aux" and a.lemma_ == "have"]
    if haves:
        if any(a.tag_ == "VBD" for a in haves):
            return "pastperfect"
        if any(a.tag_ == "MD" for a in auxes):
            return "modal"
        if any(a.tag_ in ("VBZ", "VBP") for a in haves):
            return "perfect"
    if any(a.tag_ == "MD" for a in auxes):
        return "modal"
    if v.dep_ == "conj" and not auxes and v.tag_ != "VBD" and v.head.i != v.i and v.head.pos_ in _VERBAL and \
            any(c.dep_ in ("aux", "auxpass") for c in v.head.children):
        return tense_of(v.head, depth + 1)  # "has shelled out ... and promised": the auxiliary is shared
    if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if v.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if v.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp") and v.head.i != v.i:
        h = v.head
        if h.pos_ not in _VERBAL:
            h = clause_verb(h)
        return tense_of(h, depth + 1) if h is not None and h is not v else "none"
    return "none"


def implicative_past(head: Token, res: Resources) -> bool:
    """A past implicative verb asserts its complement: "managed to cap", "was forced to raid"."""
    return head.lemma_.lower() in res.set("implicative_verbs") and tense_of(head) in ("past", "perfect", "pastperfect")


def _not_until(v: Token) -> bool:
    """The negated clause has its own until-phrase or until-clause ("didn't drop to single digits until
    1941"): the act happened then. Not when a complement comes first ("didn't promise not to play golf
    until ...": the until belongs to the promise's content)."""
    for c in v.children:
        until = c.lower_ in ("until", "till") and c.dep_ == "prep" or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("until", "till") for m in c.children)
        if until and not any(k.dep_ in ("xcomp", "ccomp") and k.i < c.i for k in v.children):
            return True
    return False


def _finite(v: Token) -> bool:
    """A verb with its own tense ("has declared", "was set up"), unlike an infinitive or a
    subjunctive ("to visit", "demanded that he explain")."""
    return v.tag_ in ("VBD", "VBZ", "VBP") or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBZ", "VBP") for a in v.children)


class StatusReader:
    def __init__(self, actors: ActorIndex, res: Resources):
        self.actors = actors
        self.res = res
        self.reporting = res.set("reporting_verbs")
        self.claim_verbs = res.set("claim_verbs")
        self.claim_adverbs = res.set("claim_adverbs")
        self.possible = res.set("possible_markers")
        self.planned = res.set("planned_markers")
        self.intent = res.set("intent_verbs")
        self.negations = res.set("negation_words")
        self.iterative = res.set("iterative_markers")
        self.cancel = res.set("cancel_verbs")

    def reporter_of(self, v: Token) -> Token | None:
        x = v
        for _ in range(8):
            if x.head.i == x.i:
                break
            if x.dep_ in ("ccomp", "parataxis") and x.head.lemma_.lower() in self.reporting and x.head.pos_ == "VERB":
                return x.head
            if x.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in self.res.set("presupposing_marks")
                                         for m in x.children):
                break  # "pulled her out ... after the quake struck": a temporal clause is presupposed, not claimed
            if x.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in self.res.set("presupposing_marks")
                                         for m in x.children):
                break  # (the same clause taken for a complement: "suggested it had made clear ..., a day after
                # the US government demanded clarification")
            if x.dep_ in ("pcomp", "pobj") and x.head.lower_ in self.res.set("presupposing_marks"):
                break  # "a day after the US government demanded clarification"
            if x.dep_ in ("conj", "ccomp", "xcomp", "advcl") or x.pos_ not in _VERBAL:
                x = x.head
                continue
            break
        # "X met Y, Z said": the reporting verb hangs below the event's clause
        for c in v.children:
            if c.dep_ in ("parataxis", "ccomp") and c.i > v.i and c.lemma_.lower() in self.reporting \
                    and c.pos_ == "VERB" and not any(g.dep_ == "ccomp" for g in c.children):
                return c
        return None

    def _pending_mark(self, mark: Token) -> bool:
        """A conjunction that makes a simple-present clause a condition ("until Blair quits", "once",
        "as and when"): what it introduces has not happened and is not scheduled ("until after he
        has met Obama", a perfect, is left to `_pending`)."""
        doc = mark.doc
        for phrase in self.res.set("condition_marks"):
            words = phrase.split()
            k = mark.i - len(words) + 1
            if k >= 0 and [t.lower_ for t in doc[k:mark.i + 1]] == words:
                return True
        return False

    @staticmethod
    def _inside_condition(tok: Token) -> bool:
        """Is the trigger anywhere inside an if/unless/whether clause? A relative clause on a definite
        noun inside it is presupposed, not supposed ("if Petrolux was negligent at the time the rig
        exploded"); one on an indefinite noun is part of the supposition ("if he was the captain of a
        ship that crashed")."""
        x = tok
        for _ in range(30):
            if x.dep_ == "relcl" and (x.head.pos_ == "PROPN" or any(
                    c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "some") for c in x.head.children)):
                return False  # (so is one on a name: "whether an inquiry should be held into the death of Mousa, who died")
            if x.pos_ in _VERBAL and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                                         for c in x.children):
                return True
            if x.head.i == x.i:
                return False
            x = x.head
        return False

    def _modal_above(self, v: Token) -> bool:
        """A modal on a clause the event's clause depends on without a subject or tense of its own:
        "he can detonate the explosives, killing those ...", "it would be compassionate to let him
        die", "could agree to pay" -- the event is as possible as its governing clause. A "would"
        inside reported speech is a reported future, left to the planned reading."""
        x = v
        for _ in range(4):
            h = x.head
            # "should have shut down the party by raising rates": the means of an act shares its modality
            means = x.dep_ == "pcomp" and x.tag_ == "VBG" and h.dep_ == "prep" and h.lower_ == "by"
            if means:
                h = h.head
            if h.i == x.i or h.pos_ not in _VERBAL:
                return False
            participial = x.dep_ == "advcl" and x.tag_ in ("VBG", "VBN") and not any(
                c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in x.children)
            complement = x.dep_ in ("xcomp", "ccomp") and h.lemma_.lower() not in self.reporting
            # "could lose the confidence of investors and collapse, threatening ...": a conjunct shares the modal
            shared = x.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in x.children)
            if not (participial or complement or means or shared):
                return False
            if x.dep_ == "ccomp" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in x.children):
                return False
            lows = {c.lower_ for c in h.children if c.dep_ == "aux" and c.tag_ == "MD"}
            if lows & {"may", "might", "could", "can", "ca", "must", "should"}:
                return True
            if lows & {"would", "'d"} and self.reporter_of(h) is None:
                return True
            x = h
        return False

    def _possibility_adjective(self, v: Token) -> bool:
        """The clause complements an adjective of possibility or fear ("able to sue", "likely that
        WHO will declare", "concerned that BP will bail out"); a past "was able to" asserts it."""
        if v.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in self.res.set("possibility_adjectives")
                                    for c in v.children):
            return True  # "a BP bankruptcy was more likely than not": what is likely, of a noun
        a = v.head
        if v.dep_ not in ("xcomp", "ccomp") or a.i == v.i or a.pos_ != "ADJ" or \
                a.lower_ not in self.res.set("possibility_adjectives"):
            return False
        be = a.head if a.dep_ == "acomp" else a
        return not (a.lower_ in self.res.set("ability_adjectives") and tense_of(be) in ("past", "pastperfect"))

    def _open_possibility(self, v: Token) -> bool:
        """The complement of a negated "rule out" ("has not ruled out meeting X"): left open."""
        x = v
        for _ in range(3):
            h = x.head
            if h.i == x.i:
                return False
            if h.lemma_.lower() in self.res.set("open_possibility_verbs") and \
                    any(c.dep_ == "neg" for c in h.children) and x.dep_ in ("xcomp", "ccomp", "dobj", "pcomp", "prep"):
                return True
            x = h
        return False

    def _pending(self, v: Token) -> bool:
        """A clause marked "until (after)" / "before" under a clause that is future, negated or
        present: what it says has not happened yet."""
        marks = self.res.set("pending_marks")
        if tense_of(v) in ("past", "pastperfect"):
            return False  # "is believed to have resulted from ... before the WHO announced the epidemic": it did
        x = v
        for _ in range(3):
            h = x.head
            if h.i == x.i:
                return False
            marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in x.children) or (
                x.dep_ == "pcomp" and h.lower_ in marks) or (h.dep_ == "prep" and h.lower_ in marks)
            if marked and x.dep_ in ("advcl", "pcomp", "pobj"):
                g = h if h.pos_ in _VERBAL else clause_verb(h.head if h.dep_ == "prep" else h)
                gt = tense_of(g) if g is not None else "none"
                if g is not None and g.i != v.i and (gt in ("future", "present") or (
                        any(c.dep_ == "neg" for c in g.children) and gt not in ("past", "pastperfect"))):
                    return True  # (but "they weren't in it until Japan bombed Pearl Harbour": it happened)
            x = h
        return False

    def _speaker(self, r: Token) -> tuple[Actor | None, str | None, bool]:
        """(actor, phrase, pronoun) for the subject of a reporting verb."""
        subj, passive = subjects(r)
        if passive or not subj:
            return None, None, False
        s = subj[0]
        if s.lower_ in ("which", "that") and r.dep_ != "relcl":
            # "a US study in October 2004 which estimated ...": the relative clause misparsed; the
            # speaker is the nearest noun before the pronoun
            s = next((t for t in reversed(list(r.doc[max(r.sent.start, s.i - 6):s.i]))
                      if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")), s)
        if s.pos_ == "PRON":
            actor = self.actors.resolve(s) if s.lower_ in ("he", "she") else None
            return actor, None, actor is None
        actor = self.actors.resolve(s)
        if actor is None and s.lemma_.lower() in _DOCUMENT_NOUNS:
            for c in s.subtree:
                if c.i != s.i and self.actors.resolve(c) is not None:
                    actor = self.actors.resolve(c)
                    break
        if actor is None:
            for c in s.children:
                if c.dep_ == "poss" and c.pos_ == "PRON":  # "his spokesman", "its office": the actor's own voice
                    return self.actors.resolve(c), None, True
        phrase = None
        if actor is None:
            toks = [t for t in s.subtree if t.dep_ not in ("det", "punct") and not t.is_space]
            toks = [t for t in toks if t.i >= s.i - 10 and t.i <= s.i + 4 and t.dep_ not in ("relcl", "acl")]
            if toks:
                phrase = s.doc[toks[0].i:toks[-1].i + 1].text.strip(" ,\"'")
        return actor, phrase, False

    def _pronoun_reports_named(self, r: Token, v: Token | None) -> bool:
        """The reporting verb's subject is a personal pronoun and the reported clause's subject
        is a name: "he claimed Jackson demanded Propofol", "they said the Taliban attacked"."""
        if v is None:
            return False
        spk, passive = subjects(r)
        if passive or not spk or spk[0].pos_ != "PRON" or spk[0].lower_ not in self.res.set("speaker_pronouns"):
            return False
        subj, _ = subjects(v)
        return any(s.pos_ == "PROPN" and s.i > r.i for s in subj)

    def _undone(self, tok: Token) -> bool:
        """A possessed or definite act that a verb sets out to undo exists already: "try to overturn
        Obama's six-month ban", "to lift the moratorium"."""
        return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.res.set("undoing_verbs") \
            and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in tok.children)

    def _past_disaster(self, tok: Token) -> bool:
        """A disaster/accident noun, not the subject of its own verb, that names a past event:
        a past modifier or "since" ("last week's earthquake", "since the quake"), or a definite
        article or possessor on an accident that cannot be forecast ("the explosion")."""
        low = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or low not in self.res.set("accident_nouns") or tok.dep_ in ("nsubj", "nsubjpass"):
            return False
        marks = self.res.set("past_disaster_marks")
        if tok.dep_ == "pobj" and tok.head.lower_ in marks:
            return True
        mods = [c for c in tok.children if c.dep_ in ("amod", "poss", "det")]
        mods += [m for c in mods if c.dep_ == "poss" for m in c.children if m.dep_ == "amod"]
        if any(m.lower_ in marks for m in mods):
            return True
        return low in self.res.set("presupposed_accident_nouns") and any(
            (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in tok.children)

    def read(self, tok: Token, phrase_ids: set[int], event_actors: list[Actor]) -> Status:
        st = Status()
        v = tok if tok.pos_ in _VERBAL else clause_verb(tok)
        st.tense = tense_of(v)
        negated = possible = planned = False
        claim: str | None = None
        claimed = False
        # negation on the trigger itself (nominal: "no talks") or on its clause
        scope = [tok] + ([v] if v is not None and v.i != tok.i and tok.dep_ in ("dobj", "attr", "nsubjpass") else [])
        if tok.pos_ in _VERBAL:  # "offers no picture", "made no mention"
            scope += [c for c in tok.children if c.dep_ == "dobj"]
        for x in scope:
            for c in x.children:
                if c.i in phrase_ids:
                    continue
                if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                    negated = True
                if c.dep_ in ("advmod", "npadvmod") and (c.lower_ in self.iterative or
                                                         " ".join(t.lower_ for t in c.subtree) in self.iterative):
                    st.iterative = True
                if c.dep_ == "advmod" and c.lower_ in self.claim_adverbs:
                    claimed = True
                if c.dep_ == "advmod" and c.lower_ in self.possible:
                    possible = True
                if c.dep_ == "advmod" and c.lower_ in self.res.set("near_miss_adverbs") and tok.pos_ in _VERBAL:
                    possible = True  # "he nearly died": it did not happen
                if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                    possible = st.hypothetical = True
                if c.dep_ in ("mark", "advmod") and x.tag_ in ("VBZ", "VBP") and self._pending_mark(c):
                    possible = st.hypothetical = True  # "until Blair quits", "as and when WHO declares"
        if self._inside_condition(tok):
            possible = st.hypothetical = True  # "if he was the captain of a ship that crashed ..., spilling oil"
        first = next((t for t in tok.sent if not t.is_punct and not t.is_space), None)
        if first is not None and first.lower_ in ("if", "unless"):
            possible = st.hypothetical = True  # "If the spill delays barge traffic, prices could rise"
        opening = " ".join(t.lower_ for t in tok.sent[:4] if not t.is_punct)
        if any(opening.startswith(p) for p in self.res.set("conditional_openers")):
            possible = st.hypothetical = True  # "In that case, BP will soon be blaming an iceberg"
        x = v
        for _ in range(4):  # "faces bankruptcy if it sends a team"; "if ..., it is going to end up lending"
            if x is None:
                break
            for c in x.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                    possible = st.hypothetical = True
            if x.dep_ not in ("xcomp", "conj") or x.head.i == x.i:
                break
            x = x.head
        if v is not None and v.dep_ != "ROOT" and any(s.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "advmod" and c.lower_ == "even" and c.i + 1 in (s.i, s.left_edge.i) and
                c.i > c.sent.start and not c.doc[c.i - 1].is_punct
                for c in [*s.children, *v.children]) for s in v.children):
            # "would protect BP against claims even it was found guilty": "even if" without its "if"
            # (a clause-initial focus "Even Obama criticised BP" is left alone)
            possible = st.hypothetical = True
        if v is not None and self._modal_above(v):
            possible = st.hypothetical = True
        if v is not None and v.dep_ in ("csubj", "nsubj") and v.tag_ == "VBG" and v.head.i != v.i and any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in v.head.children):
            possible = st.hypothetical = True  # "nationalizing banks wouldn't make sense": a gerund under a modal
        if v is not None and v.dep_ == "conj" and v.tag_ == "VB" and v.head.i != v.i and \
                not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in v.children) and \
                any(c.dep_ == "neg" for c in v.head.children) and \
                any(c.dep_ == "aux" and c.lemma_ == "do" for c in v.head.children):
            negated = True  # "Britain did not pour hardware into Iraq, or call for an uprising": shared negation
        if v is not None:  # "Not one Briton died", "No one was hurt"
            negq = self.res.set("negative_quantifiers")
            for s in v.children:
                if s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ in negq or any(
                        c.dep_ in ("neg", "det", "advmod", "preconj") and c.lower_ in negq
                        for x in [s, *[k for k in s.children if k.dep_ in ("nummod", "amod")]]
                        for c in x.children)):
                    negated = st.none_happened = True
        if v is not None and v.dep_ == "xcomp" and v.head.lemma_.lower() in self.res.set("continuation_verbs"):
            st.hypothetical = True  # "BP will continue to invest": a standing commitment, not an act
        if tok.pos_ in ("NOUN", "PROPN") and v is not None and v.i != tok.i and tok.dep_ in ("dobj", "nsubjpass") \
                and (v.lemma_.lower() in self.cancel or " ".join(
                    [v.lemma_.lower()] + [c.lower_ for c in v.children if c.dep_ == "prt"]) in self.cancel):
            negated = True  # "called off the visit", "cancelled the meeting"
        if v is not None and v.dep_ == "xcomp" and v.head.i != v.i:
            h = v.head  # "has yet to arrive", "is yet to decide": not happened
            if any(c.lower_ == "yet" and c.dep_ == "advmod" for c in h.children):
                negated = True
        if v is not None:
            auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i not in phrase_ids]
            lows = {a.lower_ for a in auxes}
            if lows & (self.possible - {"should", "would"}):  # may, might, could, can, must
                possible = True
            if lows & {"will", "shall", "'ll", "wo"}:
                planned = True
            if any(a.lower_ == "'d" and a.tag_ == "MD" for a in auxes):
                # "'d" parsed as "would" (not "had"): "said he'd fired Hayward" is a counterfactual
                # "would have fired", "he'd fire him" a conditional -- neither happened
                possible = st.hypothetical = True
            if "would" in lows or "should" in lows:
                if "have" in lows or "'ve" in lows:  # counterfactual: "would have fired"
                    possible = st.hypothetical = True
                elif "should" in lows:  # obligation: "Murray should be charged" is no charge
                    possible = st.hypothetical = True
                elif self.reporter_of(v) is not None:
                    planned = True
                else:
                    possible = True
            # complement of an intent / plan verb ("plans to visit", "is expected to meet")
            infinitival_acl = v.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
            w = v  # "is expected to order ... and to extend a ban": a conjunct shares its plan verb
            for _ in range(3):
                if w.dep_ == "conj" and w.head.i != w.i and w.head.pos_ in _VERBAL and \
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in w.children):
                    w = w.head
                else:
                    break
            if (w.dep_ in ("xcomp", "ccomp") or infinitival_acl) and w.head.i != w.i:  # "a plan to withdraw"
                h = w.head
                hl = h.lemma_.lower()
                if hl == "be" and w.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in w.children) \
                        and w.lemma_.lower() not in self.res.set("be_to_passives"):
                    planned = True  # "is to meet": an arrangement, not yet done
                elif hl in ("fail", "decline", "refuse"):
                    negated = True
                elif hl in self.res.set("permission_verbs") and w.tag_ == "VB":
                    possible = True  # "elections allowing Tony Blair to hail democracy": made possible, not done
                elif hl in self.res.set("stop_verbs"):
                    # "has stopped investigating": it happened and ended; "stopped short of calling": never done
                    negated = any(c.lower_ == "short" for c in h.children)
                elif _finite(w):
                    pass  # "now that a pandemic has been declared": a finite clause reports, it does not intend
                elif implicative_past(h, self.res):
                    pass  # "have helped deliver aid": delivered
                elif hl in self.res.set("aspect_verbs") and any(
                        a.dep_ == "aux" and a.lower_ in self.res.set("future_auxes") for a in h.children):
                    planned = True  # "would begin withdrawing": the start is still to come
                elif hl in self.intent or hl in self.planned or h.lower_ in self.planned:
                    if hl != "have" and hl not in self.res.set("aspect_verbs"):
                        planned = True
                    if any(c.dep_ == "neg" for c in h.children):
                        negated = True  # "is not planning to resign", "does not intend to sue": no plan
            if v.i != tok.i and tok.pos_ in ("NOUN", "PROPN"):
                for c in tok.children:
                    if c.dep_ == "amod" and c.lower_ in self.planned:
                        planned = True
                    if c.dep_ == "amod" and c.lower_ in self.possible:  # "a possible debt default by BP"
                        possible = True
        hypo = self.res.set("hypothetical_np_marks")
        for x in [tok] + ([v] if v is not None and v.i != tok.i else []):
            for c in x.children:  # "make an announcement alongside any such declaration"
                if c.dep_ == "prep" and any(p.dep_ == "pobj" and " ".join(
                        m.lower_ for m in p.children if m.dep_ in ("det", "amod", "predet") and m.i < p.i) in hypo
                        for p in c.children):
                    possible = st.hypothetical = True
        if negated and v is not None and _not_until(v):
            negated = False  # "didn't drop until 1941", "did not arrive until Friday": it did
        if v is not None and self._possibility_adjective(v):
            possible = st.hypothetical = True  # "will be able to sue", "more likely that WHO will declare"
        if st.tense == "future":
            planned = True
        if v is not None and self._open_possibility(v):
            possible = True  # "has not ruled out meeting X"
        if v is not None and self._pending(v):
            planned = True  # "will not decide until after he has met Obama"
        if v is not None and v.dep_ in ("advcl", "relcl") and st.tense == "present" and v.head.i != v.i and \
                any(m.dep_ == "advmod" and m.lower_ in ("when", "once", "after", "before", "until") for m in v.children) \
                and tense_of(clause_verb(v.head)) == "future":
            planned = True  # "BP will report a profit when it unveils results on Tuesday", "next week when he meets"
        r = self.reporter_of(v) if v is not None else None
        if r is not None and tok.pos_ in ("NOUN", "PROPN") and ((tok.dep_ == "pobj" and tok.head.lower_ in
                                                                self.res.set("presupposing_marks")) or
                                                               tok.lemma_.lower() in self.res.set("accident_nouns")):
            # "at the start of the BP spill in April ..., the panel said": a disaster named is presupposed
            r = None  # "drove to Port-au-Prince immediately after Tuesday's earthquake": presupposed, not claimed
        if r is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in self.res.set("presupposed_fate_nouns") \
                and any(c.dep_ == "poss" for c in tok.children):
            r = None  # "friends of Cook said his demise had left a huge gap": his death is a known fact
        if r is not None and tok.pos_ == "NOUN" and any(
                c.dep_ in ("compound", "nmod", "poss", "amod") and c.ent_type_ == "DATE" for c in tok.children):
            r = None  # "the April 20 Deepwater Horizon blowout prompted the move, Daley said": a dated fact named
        if r is not None and any(c.dep_ == "nsubj" and (c.lower_ in self.res.set("negative_quantifiers") or any(
                d.lower_ in self.res.set("negative_quantifiers") for d in c.children if d.dep_ in ("det", "neg")))
                for c in r.children):
            r = None  # "No one had told his wife that he was injured": what nobody told is no one's claim
        st.reporter = r
        if r is not None and r.lemma_.lower() in self.claim_verbs:
            actor, phrase, pron = self._speaker(r)
            if actor is not None and actor not in event_actors:
                claimed, claim = True, actor.name
            elif actor is None and phrase and not pron:
                claimed, claim = True, phrase
            elif any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in r.children):
                claimed, claim = True, None  # "..., it was reported yesterday": an unattributed report
            elif self._pronoun_reports_named(r, v):
                # "he claimed Jackson demanded ...": a pronoun cannot be the person named in its
                # own complement, so the speaker is a third party even when unresolved
                claimed, claim = True, None
        if v is not None and not claimed and v.dep_ == "acl" and v.head.lower_ in self.res.set("report_nouns") and \
                any(m.dep_ == "mark" and m.lower_ == "that" for m in v.children):
            # "denied reports that Ms Gutierrez had infected 20 people": what the reports say, whose they are
            claimed = True
            claim = next((a.name for c in v.head.children if c.dep_ in ("poss", "compound")
                          for a in [self.actors.resolve(c)] if a is not None and a not in event_actors), None)
        if v is not None and not claimed:
            for c in v.children:
                if c.dep_ == "prep" and c.lemma_.lower() == "accord":
                    for to in c.children:
                        for p in to.children:
                            a = self.actors.resolve(p) if p.dep_ == "pobj" else None
                            if a is not None and a not in event_actors:
                                claimed, claim = True, a.name
                            elif a is None and p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN"):
                                # "according to Democratic and industry officials yesterday"
                                toks = [t for t in p.subtree if t.ent_type_ not in ("DATE", "TIME") and not t.is_punct]
                                claimed = True
                                claim = " ".join(t.text for t in toks) or None
        if tok.pos_ == "NOUN" and v is not None and v.i != tok.i and any(
                c.dep_ == "amod" and c.lower_ in self.res.set("ongoing_adjectives") for c in tok.children):
            planned = possible = False  # "an ongoing investigation by U.S. authorities would hold BP accountable"
        if planned and (self._past_disaster(tok) or self._undone(tok)):
            planned = False  # "to help it cope with last week's earthquake", "to overturn Obama's ban": it exists
        if negated:
            st.status = "negated"
        elif possible:
            st.status = "possible"
        elif planned:
            st.status = "planned"
        elif claimed:
            st.status = "claimed"
            st.claim_source = claim
        return st
