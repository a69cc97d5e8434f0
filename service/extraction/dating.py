"""Which date governs each event.

Timexes are found once over the whole article (by `service.temporal`) and mapped to the
tokens they cover. Only DATE/TIME timexes whose `to_interval()` is not None are anchors.

Policy, in order:
1. A date in the event's own sentence wins; with several, the one closest to the trigger
   in the dependency tree (a date on the reporting verb dates a self-reported act:
   "the bank said late last month the report would be delayed" -> <last month> END).
   A planned (or possible) act takes only a date of its own clause -- the trigger's clause
   and the plan/expectation verbs it is the complement of ("plan to ask", "is expected to
   announce") -- never a date hanging on the reporting or announcing verb above it
   ("officials plan to ask BP ..., Jindal said Saturday": Saturday is the saying).
2. Otherwise only a past-tense event (simple past or past perfect) of the sentence's main
   clause (its root, a conjunct of it, or the content of a reporting root) inherits a date
   (a speech act only a date of the previous sentence's own main verb, not of what it reported):
   the last date of the previous sentence's main clause (temporal focus carries over one
   sentence) when the two sentences share the event's agent (else the event stays undated).
   There is no article-wide "report time": an event in a sentence without a date of its own
   that does not continue the previous sentence is undated ("Obama banned deep water
   drilling ..." is not dated by the lede's date).
3. Present-perfect / present / future / modal events, planned or possible ones, and
   iterative ones ("repeatedly", "so far") get no inherited date: "China has so far
   denied ..." is a state up to now, not a dated act. Inherited dates have text=None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .modality import tense_of
from .nlp import main_verb_slip
from .resources import Resources, get_resources
from .sentences import Sentence
from .types import EventDate

if TYPE_CHECKING:  # the temporal engine stays an optional component (pipeline._temporal)
    from service.temporal.types import Timex

_PAST = ("past", "pastperfect")


@cache
def _lex(key: str) -> frozenset[str]:
    """A closed word list of data/lexicon.json."""
    return get_resources().set(key)


@cache
def _lex_union(*keys: str) -> frozenset[str]:
    """Several word lists as one, built once (the checks using them run per date and trigger)."""
    return frozenset().union(*(_lex(k) for k in keys))


def _weekday_text(text: str) -> bool:
    days = _lex("weekday_words")
    return text in days or (text.startswith("on ") and text[3:] in days)


@dataclass
class Anchor:
    timex: object  # service.temporal.Timex
    start: date
    end: date
    granularity: str
    token: Token  # root token of the expression
    sent_index: int

    def event_date(self, inherited: bool) -> EventDate:
        t = self.timex
        return EventDate(value=t.value, start=self.start, end=self.end, granularity=self.granularity,
                         mod=getattr(t, "mod", None), text=None if inherited else t.text)


def as_date(published_at) -> date | None:
    if isinstance(published_at, datetime):
        return published_at.date()
    if isinstance(published_at, date):
        return published_at
    return None


def anchor_timexes(doc: Doc, sents: list[Sentence], timexes: list, to_interval,
                   published: date | None = None) -> dict[int, list[Anchor]]:
    out: dict[int, list[Anchor]] = {}
    if not timexes:
        return out
    bounds = [(s.start, s.end, s.index) for s in sents]
    stamps = {s.span.start for s in sents if len(s.span) and _clock_stamp(s.span[0])}
    if len(stamps) < 2:
        stamps = set()  # one "1504 ..." may be a year; a live blog stamps entry after entry
    for tx in timexes:
        if getattr(tx, "type", None) == "DURATION":
            tx = _counted_on(tx, doc, out, bounds, published) or tx  # "on 8 April but died five days later"
        if getattr(tx, "type", None) not in ("DATE", "TIME"):
            continue
        try:
            iv = to_interval(tx.value)
        except Exception:  # noqa: BLE001 - a bad value must not sink the article
            iv = None
        if iv is None:
            continue
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if _inside_name(span) or _timestamp(span) or span.start in stamps:
            continue
        sidx = _sentence_index(bounds, tx.start)
        if sidx is None:
            continue
        gran = iv.granularity if iv.granularity != "time" else "day"
        if gran in _lex("undatable_granularities") and getattr(tx, "mod", None) not in ("START", "MID", "END"):
            continue  # "the first pandemic of the 21st century": an era, not the date of an act
            # (but "raided Benin at the end of the 19th century" says when)
        out.setdefault(sidx, []).append(Anchor(tx, iv.start, iv.end, gran, span.root, sidx))
    return out


_COUNTED = re.compile(r"P(\d+)([DWMY])")
_LATER_EARLIER = re.compile(r"\s+(later|earlier|after|before)\b")


def _counted_on(tx, doc: Doc, out: dict[int, list[Anchor]], bounds, published: date | None = None) -> Timex | None:
    """TimeML tags "five days later" as the amount (P5D); after a day told about in the same
    sentence it is that day plus the amount, the date of the event it is said of. So is "said on
    Friday, a day after the WHO declared a pandemic": the clause after "after" is a day earlier;
    with a present main clause the day is the publication's ("A week after a devastating earthquake
    hit Haiti, people are still battling"). Months and years are counted only that way, back from
    publication at the amount's granularity ("Five years after John Reid declared the system unfit,
    the Times says nothing has changed")."""
    m = _COUNTED.fullmatch(getattr(tx, "value", "") or "")
    after = _LATER_EARLIER.match(doc.text, tx.end) if m else None
    if after is None:
        return None
    mark = None
    if after.group(1) in ("after", "before"):  # only before a clause: "a day after the WHO declared"
        mark = doc.char_span(after.start(1), after.end(1))
        if mark is None or mark[0].dep_ != "mark":
            return None
    from_publication = mark is not None and published is not None and \
        mark[0].head.head.dep_ == "ROOT" and tense_of(mark[0].head.head) == "present"
    from service.temporal.types import Timex  # (only reached with the engine's own timexes in hand)

    n = int(m.group(1))
    if m.group(2) in ("Y", "M"):
        if not (from_publication and after.group(1) == "after"):
            return None
        k = published.year * 12 + published.month - 1 - n
        value = f"{published.year - n:04d}" if m.group(2) == "Y" else f"{k // 12:04d}-{k % 12 + 1:02d}"
    else:
        days = [a.start for a in out.get(_sentence_index(bounds, tx.start), []) if a.granularity == "day" and
                a.timex.end <= tx.start and adverbial(a.token)]  # (a day of an act, not "the July 7 investigation")
        if not days and from_publication:
            days = [published]
        if not days:
            return None
        n *= (7 if m.group(2) == "W" else 1) * (1 if after.group(1) in ("later", "before") else -1)
        value = (days[-1] + timedelta(days=n)).isoformat()
    return Timex(tx.start, after.end(), doc.text[tx.start:after.end()], "DATE", value)


def _sentence_index(bounds: list[tuple[int, int, int]], pos: int) -> int | None:
    """The index of the sentence holding character `pos` (bounds: start, end, index)."""
    return next((i for s, e, i in bounds if s <= pos < e), None)


_NAME_ENTS = {"EVENT", "ORG", "PERSON", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "GPE", "LOC", "NORP"}


def _timestamp(span) -> bool:
    """A publication stamp run into the text ("Wednesday 16 June 2010 13.15 BST"): not an event date."""
    doc = span.doc
    return any(doc[k].lower_ in _lex("timezones") for k in range(span.end, min(span.end + 4, len(doc))))


def _clock_stamp(tok: Token) -> bool:
    """A live-blog entry's clock time at a sentence start ("1504 Aid agency Cafod pledges ..."):
    four digits that read as hours and minutes, then a capitalised word."""
    t = tok.text
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return len(t) == 4 and t.isdigit() and int(t[:2]) < 24 and int(t[2:]) < 60 and nxt is not None \
        and nxt.text[:1].isupper()


def _fronted_date_word(tok: Token) -> bool:
    """The first word of a date that opens its sentence ("Last August ...", "On Saturday ...")."""
    return tok.i == tok.sent.start and tok.lower_ in _lex("fronted_date_words")


def _inside_name(span) -> bool:
    """A "date" that is part of a proper name ("the Winter Olympics", "the Sept. 11 commission")."""
    if any(t.ent_type_ in _NAME_ENTS for t in span):
        return True
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("on", "in") and \
            span.doc[span.start - 1].dep_ == "prep":
        return False  # "On Saturday Foreign Minister X said": a date the parser hung on the name
    if _fronted_date_word(span[0]):
        return False  # "Last August Enzo Baldoni ... was killed": a fronted date run into the subject
    root = span.root  # "the Winter Olympics", "MOEX Offshore 2007"
    return root.dep_ in ("compound", "nummod") and root.head.pos_ == "PROPN" and \
        not (span.start <= root.head.i < span.end) and root.head.ent_type_ not in ("DATE", "TIME")


def _path_to_root(tok: Token) -> list[int]:
    path = [tok.i]
    x = tok
    for _ in range(60):
        if x.head.i == x.i:
            break
        x = x.head
        path.append(x.i)
    return path


def tree_distance(a: Token, b: Token) -> int:
    pa, pb = _path_to_root(a), _path_to_root(b)
    pos_b = {t: k for k, t in enumerate(pb)}
    for k, t in enumerate(pa):
        if t in pos_b:
            return k + pos_b[t]
    return 100 + abs(a.i - b.i)


_CLAUSE_DEPS = {"conj", "advcl", "relcl", "acl", "ccomp", "xcomp", "parataxis", "csubj", "pcomp"}


def _background_clause(t: Token) -> bool:
    """A relative clause, or a clause placing the event before/after the main one ("took up his
    post earlier this month after his predecessor stepped down") or contrasting it with the main
    one ("expects the economy to contract this year, while the currency has fallen")."""
    if t.pos_ not in ("VERB", "AUX") or main_verb_slip(t):
        return False
    if t.dep_ in ("relcl", "acl"):
        # "a fire-side chat in which he urged ...": the clause happens at the antecedent's time
        return not any(c.dep_ == "prep" and any(p.lower_ in ("which", "whom") for p in c.children)
                       for c in t.children) and not any(c.lower_ == "when" for c in t.children)
    if t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who", "that")
                                 for c in t.children):
        return True  # a relative clause the parser hung on the verb: "a study in October 2004 which estimated ..."
    return t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _lex("sequence_marks") | _lex("contrast_marks")
                                     for c in t.children)


def _own_time(t: Token) -> bool:
    """A coordinated verb placed in time by its own modifier ("and died four years before the plan
    was approved", "and later resigned"): the first conjunct's date is not its date."""
    if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("when", "as", "while")) for c in t.children) \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return True  # "point out that they oversaw ... in the middle of this decade, and that the economy
        # expanded", "announced that he will step down May 31 and as Salazar unveiled reforms"
    for c in t.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _lex("sequence_marks") for m in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ in _lex("relative_time_adverbs"):
            return True
        if c.dep_ == "prep" and c.lower_ in _lex("sequence_preps"):
            return True
    return False


def _left_of_participle(clause: Token, timex: Token, up: set[int]) -> bool:
    """"will meet Obama at the White House on Wednesday prepared to offer concessions": a date the
    parser hung on the left of a trailing participle with no subject belongs to the verb before it."""
    return clause.dep_ == "advcl" and clause.head.i in up and timex.i < clause.i and \
        clause.tag_ in ("VBN", "VBD", "VBG") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") and c.i < clause.i for c in clause.children
                if c.i > timex.i)


def _simultaneous(clause: Token, up: set[int]) -> bool:
    """A when-clause of the event's own clause happens at its time: "will call for a panel when he
    meets Svanberg on Wednesday", "died when the rig exploded on April 20"."""
    return clause.dep_ == "advcl" and clause.head.i in up and \
        any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" and c.i < clause.i for c in clause.children)


def _aspect_complement(x: Token, up: set[int]) -> bool:
    """"continued to pile pressure on BP over the weekend, calling for ...": the complement of an
    aspect verb is that verb's own predicate, so its date is the whole clause's; so is a consent's
    ("the $1.3 billion that Pfizer agreed to pay last September")."""
    return x.dep_ == "xcomp" and x.head.i in up and x.head.lemma_.lower() in _lex_union("aspect_verbs", "consent_verbs")


def _setting_gerund(x: Token) -> bool:
    """"announced the move at a charity poetry reading ... on Saturday": an -ing noun of an occasion,
    parsed as a participle on the noun before it, is a setting, not another clause."""
    return x.dep_ == "acl" and x.tag_ == "VBG" and x.head.dep_ == "pobj" and \
        x.head.head.lower_ in ("at", "during") and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in x.children)


def in_scope(trigger: Token, timex: Token) -> bool:
    """A date governs an event if it hangs in the trigger's clause or in a clause above it
    (a dated reporting verb), not inside another clause below the common ancestor
    ("Paulson has offered a blueprint, and Congress plans to take it up next year")."""
    path = _path_to_root(trigger)
    up = set(path)
    v = next((trigger.doc[k] for k in path if trigger.doc[k].pos_ in ("VERB", "AUX")), None)
    if v is not None and v.head.i != v.i and any(
            c.dep_ == "mark" and c.lower_ in _lex("sequence_marks") and timex.i < c.i and not (
                timex.i == c.i - 1 and timex.head.i == v.i) for c in v.children):
        return False  # "On April 16, four days before the rig exploded": the date is the main clause's
        # (its own "four days before", counted from April 16, is the clause's: _counted_on)
    if v is not None and v.dep_ == "conj" and v.tag_ in ("VBZ", "VBP") and v.head.tag_ in ("VBD", "VBN") and \
            not (v.left_edge.i <= timex.i <= v.right_edge.i):
        return False  # "was made an ambassador in 2007 and provides aid": the present is not that year's
    if _later_clause_between(trigger, timex):
        return False  # "accused Mexico of failing to disclose it until after Obama had visited on 16 April"
    x = timex
    if timex.i > 0 and timex.dep_ in ("compound", "nmod", "npadvmod"):
        p = timex.doc[timex.i - 1]  # "stressed on Sunday BP was ...": the parser hung the date on the name
        if p.dep_ == "prep" and p.lower_ in ("on", "in", "at") and not list(p.children) and \
                p.head.pos_ in ("VERB", "AUX"):
            x = p
    for _ in range(60):
        if x.dep_ == "prep" and x.lower_ in _lex("sequence_preps") and x.i not in up and x.i != timex.head.i:
            return False  # "protests erupted, following weeks of violence in Greece last month": the other event's date
        if x.i in up:
            # a relative clause on the way up is background: "the commission, which is conducting
            # an inquiry, expressed skepticism Monday" does not date the inquiry
            below = path[:path.index(x.i)]
            if any(trigger.doc[k].dep_ == "ccomp" and trigger.doc[k].head.i in below and
                   trigger.doc[k].head.lemma_.lower() in _lex("reaction_predicates") for k in below):
                return False  # "said today that the industry was disappointed that Oettinger reiterated ...":
                # the reaction is dated, what it reacts to came before
            if any(_own_time(trigger.doc[k]) for k in below):
                return False  # "left Miami two decades ago ... and died four years before ...": its own time
            return not any(_background_clause(trigger.doc[k]) or (
                trigger.doc[k].dep_ == "prep" and trigger.doc[k].lower_ in _lex("sequence_preps")) for k in below)
        if x.dep_ in _CLAUSE_DEPS and x.pos_ in ("VERB", "AUX") and not main_verb_slip(x) and not (
                x.dep_ == "advcl" and x.tag_ == "VBG" and x.i < x.head.i
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in x.children)) \
                and not _setting_gerund(x) and not _aspect_complement(x, up) \
                and not _simultaneous(x, up) and not _left_of_participle(x, timex, up):
            return False
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _level_baseline(timex: Token) -> bool:
    """"have fallen 25 percent from their peak in 2006": the date of the level a move started from."""
    up = list(timex.ancestors)
    if timex.head.dep_ == "prep" and timex.head.i > 0:  # (or the phrase hung on the verb right after the level)
        up.append(timex.doc[timex.head.i - 1])
        up += list(up[-1].ancestors)
    return any(a.dep_ == "prep" and a.lower_ == "from" for a in up) and \
        any(a.lemma_.lower() in _lex("level_nouns") for a in up)


def _superlative_baseline(timex: Token) -> bool:
    """"its lowest level since 1997", "the highest since 1992": a record's baseline, not a period of the event."""
    since = timex.head if timex.head.lower_ == "since" else timex.head.head
    heads = [since.head] + ([since.doc[since.i - 1]] if since.i > 0 else [])  # (or the phrase right before it)
    return any(h.tag_ in ("JJS", "RBS") or any(c.tag_ in ("JJS", "RBS") for c in h.children) for h in heads)


def _when_after(trigger: Token, a: Anchor) -> bool:
    """"... by early next week, when President Obama is scheduled to make his fourth visit": a
    when-clause right after a date and a comma happens at that date."""
    x = trigger
    for _ in range(5):
        when = next((c for c in x.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < x.i), None)
        if when is not None:
            comma = x.doc[when.i - 1] if when.i > 0 else None
            return comma is not None and comma.text == "," and a.timex.end == comma.idx
        if x.dep_ not in ("xcomp", "dobj", "pobj", "prep", "conj") or x.head.i == x.i:
            return False
        x = x.head
    return False


def _later_clause_between(trigger: Token, timex: Token) -> bool:
    """Between the trigger and a date after it, a before/after/until word opens a clause with a
    finite verb of its own: the date is that clause's, however the parser hung it."""
    doc = trigger.doc
    if timex.i <= trigger.i:
        return False
    words = _lex_union("sequence_marks", "sequence_preps")
    for t in doc[trigger.i + 1:timex.i]:
        if t.lower_ in words and t.dep_ in ("prep", "mark") and any(
                u.tag_ in ("VBD", "VBZ", "VBP") and u.pos_ in ("VERB", "AUX") for u in doc[t.i + 1:timex.i]):
            return True
    return False


def bound(timex: Token) -> bool:
    """A deadline or a boundary ("pledged legislation by August", "after 2005"), not the date
    of the event itself ("shortly before noon on Monday" is about then)."""
    h = timex.head
    return h.dep_ == "prep" and h.lower_ in _lex("bound_preps") and h.i != timex.i and \
        not any(c.dep_ == "advmod" and c.lower_ in _lex("approximating_adverbs") for c in h.children)


def adverbial(timex: Token) -> bool:
    """The date modifies a verb ("met on Friday", "said late last month"), not a noun
    ("the 20 April explosion")."""
    h = timex.head
    if h.pos_ in ("VERB", "AUX"):
        return True
    return h.dep_ == "prep" and h.head.pos_ in ("VERB", "AUX")


def dates_main_clause(timex: Token, reporting: frozenset[str] = frozenset()) -> bool:
    """An adverbial date of the sentence's main clause: its root (or a coordinated verb), or,
    when the root is a reporting verb, the reported clause ("X rejected ..., his spokesman said")."""
    if not adverbial(timex):
        return False
    root = timex.sent.root
    mains = [root]
    if root.lemma_.lower() in reporting:
        mains += [c for c in root.children if c.dep_ in ("ccomp", "parataxis")]
    return any(in_scope(m, timex) for m in mains)


def date_event(trigger: Token, sent_index: int, tense: str, status: str, iterative: bool,
               anchors: dict[int, list[Anchor]],
               reporting: frozenset[str] = frozenset(), published: date | None = None,
               main: bool = True, continues: bool = True, carried: EventDate | None = None,
               referred: EventDate | None = None, speech: bool = False) -> EventDate | None:
    own = [a for a in anchors.get(sent_index, []) if in_scope(trigger, a.token) and not bound(a.token)
           and not _dates_other_noun(a.token, trigger) and not _impersonal_report(a.token, trigger, reporting)
           and not _saying_date(trigger, a.token, reporting, tense)
           and not (a.token.dep_ == "dobj" and a.token.head.i == trigger.i)  # "declared 2010 the year of ..."
           and not _level_baseline(a.token)]
    top = _planned_clause(trigger, reporting) if status in ("planned", "possible") else None
    if status in ("planned", "possible"):
        own = [a for a in own if top is not None and (_under(a.token, top) or _when_of(top, a.token))]
    if not own:  # "on Oct. 30, the day it made the announcement", "early next week, when Obama is to visit"
        own = [a for a in anchors.get(sent_index, []) if _relative_of_time(trigger, a.token) or _when_after(trigger, a)
               or _dated_antecedent(trigger, a.token)]
    if own:
        best = min(own, key=lambda a: (tree_distance(trigger, a.token), abs(trigger.i - a.token.i)))
        best = _sharpened(best, own)
        if status in ("planned", "possible") and published is not None and best.end < published and \
                tense not in _PAST and \
                _clause_of(best.token) is not None and _clause_of(best.token) == _clause_of(trigger):
            # a future act dated in the past: the date was misread ("will travel to Louisiana on Friday")
            text = (getattr(best.timex, "text", "") or "").lower().strip()
            if best.granularity == "day" and _weekday_text(text) and published - best.start < timedelta(days=7) \
                    and trigger.pos_ in ("VERB", "AUX") and (tense == "future" or (
                        tense in ("present", "perfect") and status == "planned")):
                # "will travel to Louisiana on Friday", "... when it unveils annual results on Tuesday",
                # "will not decide until after Svanberg has met Obama on Wednesday"
                nxt = best.start + timedelta(days=7)
                return EventDate(value=nxt.isoformat(), start=nxt, end=nxt, granularity="day",
                                 mod=getattr(best.timex, "mod", None), text=getattr(best.timex, "text", None))
            return None
        if status == "planned" and _sunday_this_week(best, published):
            return _week_after(best)
        return best.event_date(inherited=False)
    if status == "planned" and published is not None:
        due = [a for a in anchors.get(sent_index, []) if a.token.head.lower_ in ("by", "before") and bound(a.token)
               and a.start > published and top is not None and _under(a.token, top) and in_scope(trigger, a.token)
               and not _dates_other_noun(a.token, trigger)]
        if due:  # "BP must cap the well by August", "will withdraw before the end of the year": a deadline
            a = min(due, key=lambda a: tree_distance(trigger, a.token))
            by = a.token.head
            return EventDate(value=a.timex.value, start=published, end=a.end, granularity=a.granularity,
                             mod="ON_OR_BEFORE", text=trigger.doc.text[by.idx:a.timex.end])
    if status not in ("planned", "possible"):
        span = _period(trigger, anchors.get(sent_index, []), tense, published)
        if span is not None:
            return span  # "expanded from 2003 to 2007", "have been killed since April"
    if status in ("planned", "possible") or iterative or tense not in _PAST or not main:
        return None
    if anchors.get(sent_index):
        return None  # the sentence has dates of its own, none of them this event's  # background in a subordinate clause ("a plan announced by Britain") is not dated
    prev = [a for a in anchors.get(sent_index - 1, []) if dates_main_clause(a.token, reporting)
            and (published is None or a.start <= published)]  # a past event cannot inherit a future date
    if speech:  # "By late September the ratios had returned to normal, Graham said. Graham emphasized ...":
        # a date of what was reported does not date the speaker's next statement
        prev = [a for a in prev if in_scope(a.token.sent.root, a.token)]
    if prev and not continues:
        return None  # the previous sentence's date, but another story: better undated than misdated
    if prev:
        return max(prev, key=lambda a: a.token.i).event_date(inherited=True)
    if referred is not None:
        return referred  # "in their talks", "At the meeting with Xi": the dated event referred back to
    if carried is not None and continues and not anchors.get(sent_index - 1):
        return carried  # the previous sentence's main event, same agent, dated by the one before it
    return None


def _sunday_this_week(a: Anchor, published: date | None) -> bool:
    """"This week Cameron will travel to the US" in a Sunday paper: the week that is coming, not the
    calendar week that ends that day."""
    text = (getattr(a.timex, "text", "") or "").lower().strip()
    return published is not None and published.weekday() == 6 and a.granularity == "week" and \
        text == "this week" and a.end == published


def _week_after(a: Anchor) -> EventDate:
    start, end = a.start + timedelta(days=7), a.end + timedelta(days=7)
    year, week, _ = start.isocalendar()
    return EventDate(value=f"{year}-W{week:02d}", start=start, end=end, granularity="week",
                     mod=getattr(a.timex, "mod", None), text=getattr(a.timex, "text", None))


def _sharpened(best: Anchor, own: list[Anchor]) -> Anchor:
    """"more than 50 years ago, in 1948": an open-ended date ("before 1955") gives way to a plain date
    of the same event that falls inside it."""
    mod = getattr(best.timex, "mod", None)
    if mod not in ("BEFORE", "AFTER"):
        return best
    inside = [a for a in own if a is not best and not getattr(a.timex, "mod", None)
              and (a.end <= best.end if mod == "BEFORE" else a.start >= best.start)]
    return min(inside, key=lambda a: abs(a.token.i - best.token.i)) if inside else best


def _antecedent(trigger: Token) -> Token | None:
    """The noun the trigger's relative clause hangs on, if its clause is one."""
    x = trigger
    for _ in range(6):
        if x.dep_ == "relcl":
            return x.head
        if x.dep_ in ("ccomp", "advcl", "conj", "parataxis") or x.head.i == x.i:
            return None
        x = x.head
    return None


def _relative_of_time(trigger: Token, timex: Token) -> bool:
    """The trigger's clause is a relative clause on the date itself or on a time noun in
    apposition to it ("on Oct. 30, the day it made the announcement"; "next week, when ...")."""
    h = _antecedent(trigger)
    if h is None:
        return False
    comma = h.left_edge.i - 1  # "Oct. 30, the day ...", whatever the parser hung "the day" on
    return h.i == timex.i or (h.dep_ == "appos" and h.head.i == timex.i) or (
        timex.dep_ == "appos" and timex.head.i == h.i) or (
        h.lemma_.lower() in _lex("time_unit_nouns") and comma > 0 and h.doc[comma].text == "," and
        timex.left_edge.i <= comma - 1 <= timex.right_edge.i)


def _dated_antecedent(trigger: Token, timex: Token) -> bool:
    """The trigger's clause is a relative clause on a noun the date modifies: "a 2003 letter from the
    MMS that blasted BP", "the report in March that criticised ...": what the letter did, it did then."""
    h = _antecedent(trigger)
    return h is not None and ((timex.head.i == h.i and timex.dep_ in ("nummod", "compound", "nmod", "amod")) or (
        timex.dep_ == "pobj" and timex.head.dep_ == "prep" and timex.head.lower_ in ("in", "on")
        and timex.head.head.i == h.i))


def _since_event(timex: Token) -> bool:
    """"since the April 20 fire": a date on an event noun after "since" starts a period."""
    noun = timex.head
    return timex.dep_ in ("nmod", "compound", "npadvmod", "amod") and noun.dep_ == "pobj" and \
        noun.head.lower_ == "since" and noun.lemma_.lower() in _event_nouns() | _lex("accident_nouns")


def _period(trigger: Token, anchors: list[Anchor], tense: str, published: date | None) -> EventDate | None:
    """A period the event's own clause spans: "from 2003 to 2007", "between 1996 and 2005" (the
    whole interval, valued by its start), "through the first half of this year" (that period), or
    "since April" in a perfect or past clause (from April up to publication, mod ON_OR_AFTER)."""
    mine = [a for a in anchors if in_scope(trigger, a.token) and bound(a.token)
            and not _dates_other_noun(a.token, trigger)]
    text = trigger.doc.text
    up = set(_path_to_root(trigger))
    for a in mine + [a for a in anchors if _since_event(a.token) and a.token.head.head.head.i in up]:
        prep = "since" if _since_event(a.token) else a.token.head.lower_
        if prep == "from":
            b = next((b for b in mine if b.token.head.lower_ in ("to", "through", "until")
                      and 0 < b.token.i - a.token.i <= 4), None)  # adjacent, wherever the parser hung "to"
        elif prep == "between":
            b = next((b for b in anchors if b.token.dep_ == "conj" and b.token.head.i == a.token.i), None)
        elif prep == "since" and published is not None and tense in ("perfect", "past", "pastperfect") \
                and a.start <= published and not _superlative_baseline(a.token):
            since = a.token.head if a.token.head.lower_ == "since" else a.token.head.head  # or "since the X fire"
            last = a.token.head if since is not a.token.head else a.token
            return EventDate(value=a.timex.value, start=a.start, end=published, granularity=a.granularity,
                             mod="ON_OR_AFTER", text=text[since.idx:max(a.timex.end, last.idx + len(last.text))])
        elif prep in ("through", "throughout") and published is not None and a.token.head.head.i == trigger.i \
                and tense in ("perfect", "past", "pastperfect") and a.start <= published:
            # "the economy expanded through the first half of this year": all of that period
            return EventDate(value=a.timex.value, start=a.start, end=a.end, granularity=a.granularity,
                             mod=getattr(a.timex, "mod", None), text=text[a.token.head.idx:a.timex.end])
        else:
            continue
        if b is not None and b.end >= a.start:
            return EventDate(value=a.timex.value, start=a.start, end=b.end, granularity=a.granularity,
                             text=text[a.token.head.idx:b.timex.end])
    return None


def back_reference(clause: Token | None, res: Resources) -> str | None:
    """The event type a definite noun in the clause refers back to ("in their talks", "At the
    meeting with Xi", "A readout of the meeting"): that earlier event's date is this one's."""
    if clause is None:
        return None
    refs = res.lexicon["event_reference_nouns"]
    for t in clause.subtree:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in refs or t.tag_ == "NNS" and t.lemma_.lower() != "talk":
            continue
        if t.dep_ not in ("pobj",) or t.head.lower_ not in ("in", "at", "during", "of"):
            continue
        if any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "their", "his", "her", "its", "this", "that")
               for c in t.children) and not any(c.dep_ in ("relcl", "acl", "amod", "compound") for c in t.children
                                                if c.dep_ != "prep"):
            return refs[t.lemma_.lower()]
    return None


def _when_of(clause: Token, timex: Token) -> bool:
    """"on 29 November when Conrad Murray is sentenced", "on Wednesday, when the president will press
    them": a when-clause hung on the date says what happens then."""
    whens = [c for c in clause.children if c.lower_ == "when" and c.dep_ in ("advmod", "mark")]
    if clause.dep_ not in ("relcl", "advcl", "acl") or not whens:
        return False
    if clause.head.i == timex.i:
        return True
    # "reports its results on 27 July, when it will announce ...": hung on the verb, but right after the date
    w = whens[0]
    before = w.doc[w.i - 1] if w.i > 0 else w
    if before.is_punct and before.i > 0:
        before = w.doc[before.i - 1]
    return before.i == timex.i


def _under(tok: Token, top: Token) -> bool:
    x = tok
    for _ in range(60):
        if x.i == top.i:
            return True
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _planned_clause(trigger: Token, reporting: frozenset[str]) -> Token | None:
    """The top verb of a planned act's own clause: the trigger's verb and the verbs it is the
    open complement of ("plan to ask", "is expected to announce"), up to (not including) a
    reporting verb or a clause it is the content of ("announced that it will investigate")."""
    v = _clause_of(trigger)
    if v is None:
        return None
    x = trigger.doc[v]
    for _ in range(8):
        h = x.head
        # a conjunct without a subject of its own shares its first conjunct's plan and time
        # ("In the coming week, he will weigh ..., sign ... and hold talks with Cameron")
        shared = x.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)
        # so does a trailing participle ("On Monday, Obama will make his fourth trip to the Gulf, visiting ...")
        shared = shared or (x.dep_ == "advcl" and x.tag_ == "VBG" and x.i > h.i and
                            not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in x.children))
        if h.i == x.i or (x.dep_ != "xcomp" and not shared) or h.pos_ not in ("VERB", "AUX") or \
                h.lemma_.lower() in reporting:
            return x
        x = h
    return x


def _dates_other_noun(timex: Token, trigger: Token) -> bool:
    """A date that hangs on another noun dates that noun, not the event: "postponed Sunday's
    shows", "was investigating an explosion at the refinery in March 2005"."""
    # a bare adverbial date: "announced a set of measures Wednesday" (but on the object of a
    # preposition it dates that noun: "ahead of a summit in London this April")
    if timex.dep_ == "npadvmod" and not (timex.head.pos_ in ("NOUN", "PROPN") and timex.head.dep_ == "pobj"):
        return False
    if timex.dep_ in ("compound", "nmod") and timex.head.dep_ in ("nsubj", "nsubjpass") and (
            _fronted_date_word(timex.left_edge) or timex.left_edge.i == timex.sent.start):
        return False  # "Last August Enzo Baldoni ... was killed", "May 2009 Dr Murray is hired": a fronted date
    up = set(_path_to_root(trigger))
    if timex.i > 0:  # "On Saturday Foreign Minister X criticised": a stray compound after a verb's "on"
        p = timex.doc[timex.i - 1]
        if p.dep_ == "prep" and p.lower_ in ("on", "in") and p.head.i in up and \
                all(c.i == timex.head.i and timex.dep_ == "compound" for c in p.children):
            return False  # also "stressed on Sunday BP was ...": the name taken as the object of "on"
    h = timex.head
    if h.dep_ == "prep" and h.head.i == trigger.i and trigger.pos_ == "NOUN":
        inside = {t.i for t in trigger.subtree}
        if any(n.pos_ == "NOUN" and n.lemma_.lower() in _event_nouns() and n.i in inside
               for n in timex.doc[trigger.i + 1:h.i]):
            return True  # "an investigation into the explosion on the rig on April 20": the explosion's date
    if h.dep_ == "prep" and h.lower_ in ("in", "on") and h.head.dep_ in ("oprd", "attr") and h.head.head.i == trigger.i:
        return False  # "was elected governor in 2008": the office named is no event of its own
    if h.dep_ == "prep" and h.head.dep_ == "dobj" and h.head.head.i == trigger.i and \
            trigger.lemma_.lower() in _lex("light_verbs"):
        return False  # "reached an agreement in June": the light verb's noun is the event itself
    if h.dep_ == "prep" and h.lower_ in ("in", "on") and h.head.dep_ == "dobj" and h.head.head.i == trigger.i and \
            trigger.pos_ in ("VERB", "AUX") and h.head.lemma_.lower() not in _event_nouns():
        return False  # "announced its program in early May": the parser hung the verb's date on its object
    if h.dep_ == "prep" and h.lower_ in ("in", "on") and h.i > 0 and h.i - 1 != trigger.i and \
            h.head.pos_ in ("VERB", "AUX"):
        # hung on the verb but right after another event noun: "charged with manslaughter over the
        # star's death in June 2009" dates the death
        n = timex.doc[h.i - 1]
        if n.pos_ == "NOUN" and n.dep_ == "pobj" and n.i not in up and n.head.lower_ in _lex("sequence_preps") \
                and n.head.i == n.i - 1:
            return True  # "climbed 8p following confirmation on Sunday": the date of what came first
        if n.pos_ == "NOUN" and n.dep_ == "pobj" and n.i not in up and n.lemma_.lower() in _event_nouns() and \
                not _weekday_text(timex.sent.doc[h.i:timex.i + 1].text.lower()):
            return True  # (a weekday after the object dates the verb: "announced a lifting of the moratorium on Tuesday")
    x = timex
    for _ in range(40):
        if x.i in up or x.head.i == x.i:
            return False
        x = x.head
        if x.i in up:
            return False
        if x.pos_ in ("NOUN", "PROPN") and x.ent_type_ not in ("DATE", "TIME"):
            if x.lemma_.lower() in _lex("session_nouns") and x.dep_ == "pobj":
                return False  # "fell by $2.17 in Tuesday trading": the session is the move's time
            if x.dep_ == "nsubj" and x.head.i == trigger.i and x.lemma_.lower() in _lex("document_nouns"):
                return False  # "a UN report on Tuesday urged businesses": the report speaks on Tuesday
            if timex.head.i != x.i and (x.pos_ == "PROPN" or x.lemma_.lower() not in _event_nouns()):
                continue  # "meet Obama at the White House on Wednesday", "from rigs in the Gulf fields on
                # Saturday": a date in a phrase on a name or a thing noun is the verb's, hung low by the parser
            if _setting(x, up):
                return False  # "emphasized in a meeting with reporters Monday": the setting's time is the act's
            return not _fronted_setting(x, up)
    return False


def _saying_date(trigger: Token, timex: Token, reporting: frozenset[str], tense: str) -> bool:
    """What was said is not dated by a date outside it when it is an event noun subject ("Last night,
    friends of Cook said his demise had left a huge gap") or told in the past perfect ("revealed last
    night that BP had turned down his offer": before the telling). A reported verb otherwise is:
    "said Monday it would delay ..."; an object has its own verb ("said yesterday it received a loan")."""
    noun_subject = trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass")
    past_perfect = trigger.pos_ in ("VERB", "AUX") and (tense == "pastperfect" or (  # "had taken ... and investigated"
        trigger.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children) and
        tense_of(trigger.head) == "pastperfect"))  # (the tagger's past tense keeps tense_of from sharing "had")
    if not (noun_subject or past_perfect):
        return False
    x = trigger
    for _ in range(60):
        if x.head.i == x.i:
            return False
        if (x.dep_ in ("ccomp", "parataxis") and x.head.lemma_.lower() in reporting) or (
                x.dep_ == "acl" and x.head.pos_ == "NOUN" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                 for m in x.children)):
            # (or the that-clause of a noun: "delivered the revelation last week that the spill was caused ...")
            subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and x.head.i < timex.i < subj.left_edge.i and _clause_of(timex) == x.i:
                return True  # "said on Monday it had agreed": the parser hung the saying's day on what was said
            return not (x.left_edge.i <= timex.i <= x.right_edge.i)  # a date outside what was said
        x = x.head
    return False


def _impersonal_report(timex: Token, trigger: Token, reporting: frozenset[str]) -> bool:
    """"..., it was reported yesterday": the date of an impersonal report, not of what it reports."""
    if timex.i > 0:  # "according to Democratic and industry officials yesterday" (hung on the verb)
        prev = timex.doc[timex.i - 1]
        for a in [prev, *prev.ancestors]:
            if a.dep_ == "prep" and a.lemma_.lower() == "accord":
                return True
            if a.pos_ in ("VERB", "AUX"):
                break  # "according to the Trust, which last week chose Ross": a clause of its own
    x = timex
    for _ in range(6):
        if x.head.i == x.i:
            return False
        x = x.head
        if x.dep_ == "prep" and x.lemma_.lower() == "accord":
            return True  # "according to officials yesterday": when they spoke
        if x.pos_ in ("VERB", "AUX"):
            return x.i != trigger.i and x.lemma_.lower() in reporting and any(
                c.dep_ == "nsubjpass" and c.lower_ == "it" for c in x.children)
    return False


@cache
def _event_nouns() -> frozenset[str]:
    """Single-word nominal triggers of every event type ("death", "explosion", "election")."""
    return frozenset(t.words[0] for spec in get_resources().types.values() for t in spec.triggers
                     if t.pos == "noun" and len(t.words) == 1)


def _setting(noun: Token, up: set[int]) -> bool:
    """A speech setting in an in/at/during phrase on the event's verb: "said in an interview Monday"."""
    prep = noun.head
    return noun.dep_ == "pobj" and noun.lemma_.lower() in _lex("setting_nouns") and prep.dep_ == "prep" and \
        prep.lower_ in ("in", "at", "during") and prep.head.i in up and prep.head.pos_ in ("VERB", "AUX")


def _fronted_setting(noun: Token, up: set[int]) -> bool:
    """A noun in a fronted adverbial of the event's clause sets the scene of the clause, and a
    date on it dates the clause: "Under harsh questioning from lawmakers on Thursday, Hayward
    urged ...", "In an interview on Sunday, X said ..." -- but not a sequence ("After the
    explosion on April 20, BP said ...": the date is the explosion's)."""
    x = noun
    for _ in range(4):  # up to the preposition that hangs on the clause
        if x.dep_ != "pobj" or x.head.dep_ != "prep":
            return False
        prep = x.head
        if prep.head.i in up and prep.head.pos_ in ("VERB", "AUX"):
            return prep.i < prep.head.i and prep.lower_ not in _lex("sequence_preps") and \
                not any(t.dep_ in ("nsubj", "nsubjpass") and t.i < prep.i for t in prep.head.children)
        x = prep.head
        if x.pos_ not in ("NOUN", "PROPN"):
            return False
    return False


def _clause_of(tok: Token) -> int | None:
    x = tok
    for _ in range(12):
        if x.pos_ in ("VERB", "AUX"):
            return x.i
        if x.head.i == x.i:
            return None
        x = x.head
    return None


def main_clause(v: Token | None, reporting: frozenset[str]) -> bool:
    """Is this verb the sentence's main predication: the root, a conjunct of it, or the
    content of a reporting root ("X rejected ..., his spokesman said")?"""
    for _ in range(6):
        if v is None:
            return False
        if v.head.i == v.i:
            return True
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
            continue
        if v.dep_ in ("ccomp", "parataxis") and v.head.head.i == v.head.i and v.head.lemma_.lower() in reporting:
            return True
        return False
    return False
