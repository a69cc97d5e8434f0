"""Actors: named-entity mentions -> canonical real-world actors of one article.

Steps (all rules read their word lists from `data/`):
1. Every PERSON/ORG/GPE/NORP/LOC entity is cleaned (determiners, possessive 's, quotes)
   and classified: country (names, aliases, demonyms; capitals are metonymic for their
   country), well-known organisation (names, acronyms), person, other organisation,
   group (NORP that is not a country adjective), or discarded (stop-names: weekdays,
   months, event words; single common nouns such as "Campaigners").
2. Person names: titles and descriptions are split off ("French President Nicolas Sarkozy" ->
   Nicolas Sarkozy, description "French President"; appositions "Lula, a former president
   of Brazil"); a one-word mention ("Sarkozy", "Merkel") is an alias of the person of the
   article whose name contains it, whatever label spaCy gave it.
3. Definite descriptions: "the UN chief" -> the person whose description has a title of
   the same role class and the same organisation ("UN Secretary-General ..."), preferring
   the description with fewest extra qualifiers; "the world body" -> United Nations
   (epithets); "the bloc" -> the EU only if the EU is named; "the company" -> the last
   organisation named; "Chinese authorities" / "China's foreign ministry" -> China.
4. Pronouns filling a role: it/its -> last organisation or country, he/she -> last
   person (within the sentence and the two before it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from .resources import Resources, figure_names, known_people, norm
from .sentences import Sentence


def _lookup_key(text: str) -> str:
    """Table key of a name as written, without a possessive: "China's" -> "china"."""
    key = norm(text)
    return key[:-2] if key.endswith("'s") else key


PERSON, ORG, COUNTRY, GROUP = "person", "organisation", "country", "group"
# a city, region or state that is not a sovereign state in the countries table
PLACE = "place"
_STRIP_LEFT = {"the", "a", "an", "'", '"', "\u201c", "\u2018", "(", "["}
_STRIP_RIGHT = {"'s", "'", "\u2019s", "\u2019", '"', "\u201d", ")", "]", ",", ".", "-", "--"}
_DESC_DEPS = {"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod", "nummod", "advmod", "quantmod"}
_TITLE_STOP = {"former", "then", "late", "acting", "deputy", "vice", "assistant", "senior", "top", "state", "the",
               "of", "and", "'s", "-", "new"}


_NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le",
                   "del", "dos", "das", "jr", "sr", "ii", "iii", "mr", "mrs", "ms", "dr"}


_DASHES = ("-", "--", "\u2013", "\u2014")


def _line_dateline(ent: Span) -> bool:
    """An all-capitals place at the start of a line, followed by a dash ("NEW ORLEANS -- BP's
    stock plummeted"): a dateline, never an actor."""
    doc = ent.doc
    words = [t for t in ent if t.is_alpha]
    if ent.label_ not in ("GPE", "LOC", "FAC") or not words or not all(t.is_upper for t in words) \
            or sum(len(t) for t in words) < 3 or ent.end >= len(doc) or doc[ent.end].text not in _DASHES:
        return False
    if ent.start == 0:
        return True
    prev = doc[ent.start - 1]
    return "\n" in prev.text_with_ws[len(prev.text):] or (prev.is_space and "\n" in prev.text)


@dataclass
class Actor:
    name: str
    kind: str
    description: str | None = None
    aliases: list[str] = field(default_factory=list)
    name_tokens: frozenset[str] = frozenset()
    desc_words: frozenset[str] = frozenset()  # lowercase content words of the description(s)
    desc_orgs: frozenset[str] = frozenset()  # canonical actors named in the description ("United Nations")

    def add_alias(self, surface: str) -> None:
        surface = surface.strip()
        if surface and surface != self.name and surface not in self.aliases:
            self.aliases.append(surface)


def _compared_to(t: Token) -> bool:
    """A name in a comparison ("forced them to dance 'like Michael Jackson'") is no one in the story."""
    x = t
    while x.dep_ in ("compound", "flat") and x.head.i != x.i:
        x = x.head
    return x.dep_ == "pobj" and x.head.lower_ in ("like", "unlike")


def _photo_credit(ent: Span) -> bool:
    """A name opening a parenthesised credit: "(Name - Outlet)", "(Name/Outlet)"."""
    doc, marks = ent.doc, ("-", "--", "\u2013", "\u2014", "/")
    end = ent.end
    while end > ent.start + 1 and doc[end - 1].text in marks:
        end -= 1  # the entity may have swallowed the dash
    if ent.start == 0 or doc[ent.start - 1].text != "(" or end >= len(doc) or doc[end].text not in marks:
        return False
    return any(t.text == ")" for t in doc[end + 1:end + 8])


def thing_acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms the text defines as common nouns: "its blowout preventer (BOP)", "the lower marine
    riser package (LMRP)". The word before the parenthesis is a lower-case noun starting with the
    acronym's last letter, and a lower-case word just before it starts with its first letter
    (so "pressure on (BP)" or a credit "spoonbills (AP)" defines nothing)."""
    out = set()
    for t in doc[1:-2]:
        acr = doc[t.i + 1].text.removesuffix("s")
        if t.text != "(" or doc[t.i + 2].text != ")" or not (2 <= len(acr) <= 6 and acr.isupper() and acr.isalpha()):
            continue
        words = []
        for w in reversed(doc[max(0, t.i - 5):t.i]):
            if not (w.is_lower or w.text == "-"):
                break
            words[:0] = [p for p in w.text.split("-") if p]
        if words and doc[t.i - 1].tag_ in ("NN", "NNS") and words[-1][0] == acr[-1].lower() and \
                any(w[0] == acr[0].lower() for w in words[:-1]):
            out.add(acr)
    return frozenset(out)


@dataclass
class Mention:
    start: int  # token indices [start, end)
    end: int
    actor: Actor
    text: str


def _figure_tail(name: Span) -> Span:
    """A public figure's full name at the end of a longer run ("hurricane Katrina Barack Obama
    surveys ...", a caption run into the name): the figure's name alone (people.json)."""
    for k in range(name.start + 1, name.end - 1):
        if norm(name.doc[k:name.end].text) in figure_names():
            return name.doc[k:name.end]
    return name


# entity labels a known name may be swallowed by: no name label of its own
# a well-known organisation's name the recogniser took for a number, a date or a product ("Anadarko, whose shares")
_MISREAD_ORG = frozenset({"", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "PRODUCT"})


def _clean_span(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    for k in range(start + 1, end):  # "World Health Organization (WHO": drop an unclosed parenthesis
        if doc[k].text == "(" and not any(doc[j].text == ")" for j in range(k, end)):
            end = k
            break
    slash = [k for k in range(start, end - 1) if "/" in doc[k].text]
    if slash:  # photo credit run into a name: "Patrick Semansky/AP Barack Obama" -> "Barack Obama"
        start = slash[-1] + 1
        while start < end - 1 and doc[start].text.isupper():
            start += 1  # the agency ("AP", "AFP", "EPA")
    while start < end and (doc[start].lower_ in _STRIP_LEFT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].lower_ in _STRIP_RIGHT or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


class ActorIndex:
    """All actor mentions of one article, and resolution of role fillers to actors."""

    def __init__(self, doc: Doc, sents: list[Sentence], res: Resources, noun_index: frozenset[str],
                 year: int | None = None):
        self.doc = doc
        self.year = year  # publication year: which figure a bare surname names (people.json)
        self.res = res
        self.noun_index = noun_index
        self.actors: dict[tuple[str, str], Actor] = {}
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        self.sent_of_token: list[int] = [0] * len(doc)
        for s in sents:
            for i in range(s.span.start, s.span.end):
                self.sent_of_token[i] = s.index
        self._named_orgs: set[str] = set()
        self._pron_cache: dict[int, Actor | None] = {}
        self._build()

    # ------------------------------------------------------------------ building
    def _actor(self, name: str, kind: str) -> Actor:
        if kind == PERSON and self.year is not None:  # "Obama" alone in 2010 is Barack Obama (people.json)
            name = next((full for full, first, last in known_people().get(norm(name), ())
                         if first <= self.year <= last), name)
        key = (kind, name)
        actor = self.actors.get(key)
        if actor is None:
            actor = Actor(name=name, kind=kind, name_tokens=frozenset(norm(name).split()))
            self.actors[key] = actor
        return actor

    def _add_mention(self, start: int, end: int, actor: Actor, text: str, alias: bool = True) -> None:
        m = Mention(start, end, actor, text)
        for i in range(start, end):
            if i not in self.by_token:
                self.by_token[i] = m
        self.mentions.append(m)
        if alias:  # generic descriptions ("the company", "the country") are not names of the actor
            actor.add_alias(text)

    def lookup_country(self, text: str, label: str | None = None) -> str | None:
        res = self.res
        if text in res.country_case_keys:
            return res.country_case_keys[text]
        key = _lookup_key(text)
        if key in res.country_by_key:
            return res.country_by_key[key]
        if label in (None, "NORP", "GPE", "ORG") and key in res.demonym_to_country:
            return res.demonym_to_country[key]
        if label in (None, "GPE", "ORG") and key in res.capital_to_country:
            return res.capital_to_country[key]
        return None

    def lookup_org(self, text: str) -> str | None:
        res = self.res
        if text in res.org_case_keys:
            return res.org_case_keys[text]
        return res.org_by_key.get(_lookup_key(text))

    def title_only(self, span: Span) -> bool:
        """A span that is a title or office and no name: "Roman Catholic Archbishop",
        "Deputy Governor" (its last word is a title; the words before it qualify it)."""
        words = [t for t in span if not t.is_punct]
        if not words:
            return True
        last = words[-1].lower_.rstrip(".")
        return last in self.res.set("title_heads") and not self.lookup_org(span.text) \
            and not self.lookup_country(span.text)

    def lowercase_elsewhere(self, span: Span) -> bool:
        """A one-word "name" that the article also writes in lowercase inside a sentence is an
        ordinary word (a drug, a product, a thing): "demanded Propofol" / "the propofol"."""
        content = [t for t in span if not t.is_punct]
        if len(content) != 1 or not content[0].is_alpha:
            return False
        low = content[0].lower_
        if low in known_people():
            return False  # "blame bush" written in a comment is still George W. Bush (people.json)
        return any(t.lower_ == low and t.is_lower and not t.is_sent_start for t in self.doc)

    def shouted_word(self, span: Span) -> bool:
        """A one-word all-capitals "name" that is an English word ("SIXTEENTH", "WRAPUP" is not one,
        "BREAKING") and no organisation or country of the tables: emphasis or a wire label."""
        content = [t for t in span if not t.is_punct]
        if len(content) != 1:
            return False
        t = content[0]
        if not (t.is_alpha and t.text.isupper() and len(t.text) >= 5):
            return False
        if self.lookup_org(t.text) or self.lookup_country(t.text):
            return False
        return t.lower_ in self.noun_index or t.lower_ in self.res.set("wire_labels")

    def thing_named(self, span: Span) -> bool:
        """A name given to a thing by the common noun before it or in apposition: "the anesthetic
        Propofol", "a powerful anesthetic, Propofol", "the tanker Exxon Valdez"."""
        things = self.res.set("thing_class_nouns")
        doc = span.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.pos_ in ("NOUN", "ADJ") and prev.is_lower and (
                prev.lemma_.lower() in things or prev.lower_ in things):
            return True
        root = span.root
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in things:
            return True
        return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in things for c in root.children)

    def is_common_noun(self, span: Span) -> bool:
        """A one-word name that is an ordinary English noun used as such ("Campaigners")."""
        content = [t for t in span if not t.is_punct]
        if len(content) != 1:
            return False
        tok = content[0]
        low = tok.lower_
        if tok.tag_ in ("NN", "NNS") and (low in self.noun_index or tok.lemma_.lower() in self.noun_index):
            return True
        return tok.is_lower

    def _build(self) -> None:
        doc, res = self.doc, self.res
        ents = [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")]
        persons: list[tuple[Span, Span]] = []  # (cleaned name span, original entity)
        pending: list[tuple[Span, str]] = []
        things = thing_acronyms(doc)
        # pass 1: multi-word persons, countries, organisations
        for ent in ents:
            if 0 < ent.start and ent.end + 1 < len(doc) and doc[ent.start - 1].text == "(" and \
                    doc[ent.end].text == ")" and doc[ent.end + 1].text in ("-", "--", "\u2013", "\u2014"):
                continue  # a wire dateline inside the text: "WASHINGTON (Reuters) - ..."
            if _line_dateline(ent):
                continue  # "NEW ORLEANS -- BP's stock plummeted": a dateline after a headline line
            if _photo_credit(ent):
                continue  # "(Gerald Martineau - The Washington Post) In the months before he died, ..."
            span = _clean_span(ent)
            if span is None:
                continue
            text = span.text
            if not any(ch.isupper() for ch in text):
                continue  # "the national commission", "conservatives": a lower-case common noun phrase, no name
            key = norm(text)
            if key in res.stop_names or not any(ch.isalpha() for ch in text) or key.split()[-1] in res.set("timezones"):
                continue  # (a clock time "0718 GMT" is no organisation)
            if text.removesuffix("s") in things:
                continue  # "the BOP": a device the article named by its initials
            label = ent.label_
            if label in ("ORG", "LOC", "FAC"):
                span = self._extend_name(span)  # "the Deepwater [Horizon]": the name's first word left out
                text = span.text
            poss = [k for k in range(span.start, span.end - 1) if doc[k].text in ("'s", "\u2019s")]
            if label == "ORG" and len(poss) == 1 and span.end - poss[0] == 2 and doc[span.end - 1].is_title \
                    and norm(doc[span.end - 1].text) not in res.set("org_suffixes") \
                    and doc[span.end - 1].tag_ == "NNP" and not self.lookup_org(span.text):
                # "Mexicana's Crespo": a person of an organisation, not an organisation
                span, label = doc[span.end - 1:span.end], "PERSON"
                text, key = span.text, norm(span.text)
            if label == "ORG" and not self.lookup_org(span.text):
                name_span, title = self._split_title(span)
                if title is not None and name_span is not None and (len(name_span) >= 2 and any(
                        t.lower_.rstrip(".") in res.titles for t in title) or
                        all(t.lower_ in res.set("honorifics") for t in title if not t.is_punct)) and \
                        not all(t.lower_ in self.noun_index for t in name_span if t.is_alpha):
                    label = "PERSON"  # "Lance-Corporal George Solomou", "Dr Fukuda" tagged ORG: a titled person
                    # (not "Tri-State Bird Rescue": a name of common nouns is an organisation's)
            if label == "PERSON":
                span = self._trim_noise(span)
                span = self._extend_name(span)
                name_span, _ = self._split_title(span)
                if name_span is None:
                    continue
                name_span = _figure_tail(name_span)
                if len([t for t in name_span if not t.is_punct]) >= 2 and not self._titled_pair(name_span):
                    persons.append((name_span, span))
                else:
                    pending.append((span, label))
                continue
            pending.append((span, label))
        # canonical persons: merge names contained in longer names ("George Bush" < "George W. Bush");
        # the canonical form is the one written most often (ties: the longest), so that a stray
        # longer span ("Martin Argles Robin Cook", a photo credit run into the name) does not win
        persons = self._trim_glued(persons)
        counts: dict[str, int] = {}
        for name_span, _ in persons:
            counts[name_span.text] = counts.get(name_span.text, 0) + 1
        groups: list[tuple[frozenset[str], list[str]]] = []
        for name in sorted(counts, key=lambda n: -len(n)):
            toks = frozenset(norm(name).split())
            for tset, members in groups:
                if toks <= tset:
                    members.append(name)
                    break
            else:
                groups.append((toks, [name]))
        canon: dict[str, Actor] = {}
        by_tokens: list[tuple[frozenset[str], Actor]] = []
        for _tset, members in groups:
            best = max(members, key=lambda n: (counts[n], len(n)))
            actor = self._actor(best, PERSON)
            by_tokens.append((frozenset(norm(best).split()), actor))
            for name in members:
                canon[name] = actor
        for name_span, span in persons:
            actor = canon[name_span.text]
            self._add_mention(span.start, span.end, actor, name_span.text)
            self._describe_person(actor, span, name_span)
        surname_index: dict[str, list[Actor]] = {}
        self._given: set[tuple[str, int]] = set()  # (word, actor id): the word is only a given name
        # how often each word stands alone as a name: the first word of "Xi Jinping" written alone
        # again and again (and "Jinping" never) is the family name
        self._alone: dict[str, int] = {}
        for t in doc:
            if t.pos_ == "PROPN" and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN") and \
                    not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
                self._alone[t.lower_] = self._alone.get(t.lower_, 0) + 1
        for tset, actor in by_tokens:
            words = [w for w in norm(actor.name).split() if w.rstrip(".") not in _NAME_PARTICLES]
            if len(words) >= 2 and words[0] != words[-1]:
                self._given.add((words[0], id(actor)))
            for tok in tset:
                parts = {tok} | {p for p in tok.split("-") if len(p) > 2 and p not in _NAME_PARTICLES}
                for part in parts:
                    if part.rstrip(".").isalpha() and len(part.rstrip(".")) > 1:
                        surname_index.setdefault(part, [])
                        if actor not in surname_index[part]:
                            surname_index[part].append(actor)
        # a name given to a thing once ("the anesthetic Propofol") names that thing everywhere
        things = {norm(sp.text) for sp, _ in pending if self.thing_named(sp)}
        # "the Gulf" in an article that also says "the Gulf of Mexico": the full name written there
        full_places: dict[str, dict[str, int]] = {}
        for span, label in pending:
            words = span.text.split()
            if label in ("GPE", "LOC") and len(words) >= 2 and words[0].lower() in res.set("geo_feature_nouns"):
                counts = full_places.setdefault(words[0].lower(), {})
                counts[span.text] = counts.get(span.text, 0) + 1
        # pass 2: single words and non-person entities
        for span, label in pending:
            text = span.text
            key = norm(text)
            words = key.split()
            if len(words) == 1 and span.start > 0 and doc[span.start - 1].lower_ in res.set("indefinite_dets") \
                    and not (span.root.dep_ in ("compound", "nmod") and label in ("ORG", "PERSON")):
                continue  # "choosing another Briton, Alan Parker", "a Democrat": someone described, no name
                # (but "a Greenpeace protest", "a BP spokesman": the article goes with the noun the name modifies)
            if len(words) == 1 and span.start > 0 and doc[span.start - 1].lower_ == "the" and \
                    words[0] in res.set("party_member_nouns"):
                continue  # "later rejected the Democrat": one party member described, not the party
            if self.shouted_word(span):
                continue  # "the SIXTEENTH worst ever oil spill": an ordinary word in capitals
            if len(words) == 1 and words[0] in surname_index and not self.lookup_country(text, label) \
                    and not self.lookup_org(text):
                actor = self._link_name(words[0], surname_index[words[0]], span.start)
                if actor is not None:
                    self._add_mention(span.start, span.end, actor, text)
                    continue
            country = self.lookup_country(text, label)
            if label in ("GPE", "LOC") and not country and len(words) == 1 and span.root.dep_ == "appos" and \
                    span.root.head.lemma_.lower() in res.set("personal_relation_nouns"):
                label = "PERSON"  # "whose son, Ciaran, 24,": a relative's given name, no place
            if country and label == "NORP" and key in res.demonym_to_country and key.endswith("s") \
                    and self._norp_is_actor(span):
                # "Haitians have been donating": people, not the state
                self._add_mention(span.start, span.end, self._actor(text, GROUP), text)
                continue
            if country and label == "NORP" and key in res.demonym_to_country and self._norp_is_actor(span) and \
                    any(c.dep_ == "det" and (c.lower_ in ("a", "an") or (c.lower_ == "the" and key + "s" in
                                                                           res.demonym_to_country))
                        for c in span.root.children):
                continue  # "A 21-year-old Canadian", "The Iraqi protested": one unnamed person, not the country
            if country:
                if label == "NORP" and key in res.demonym_to_country and not self._norp_is_actor(span):
                    # "Chinese" as an adjective is not a mention of China by itself
                    self._add_mention(span.start, span.end, self._actor(country, COUNTRY), text)
                    continue
                self._add_mention(span.start, span.end, self._actor(country, COUNTRY), text)
                continue
            org = self.lookup_org(text)
            if org:
                o = res.orgs[org]
                self._named_orgs.add(org)
                self._add_mention(span.start, span.end, self._actor(org, o.kind), text)
                continue
            if self.is_common_noun(span) or self.lowercase_elsewhere(span) or norm(text) in things:
                continue
            if label in ("ORG", "PERSON", "NORP") and self.title_only(span):
                continue  # "Roman Catholic Archbishop (of Port-au-Prince)": an office, not an actor
            if label == "ORG" and not self.lookup_org(text):
                linked = self._titled_surname(span, surname_index, org=True)
                if linked is not None:  # "Dr Shafer" tagged ORG, "The Atlantic Murray" (a credit run in)
                    self._add_mention(span.start, span.end, linked, text)
                    continue
            if label == "PERSON":
                name_span, _ = self._split_title(span)
                if name_span is None or self.is_common_noun(name_span):
                    continue
                linked = self._titled_surname(name_span, surname_index)
                if linked is not None:  # "Adm Allen" -> Thad Allen, "Dean McKelvey" -> Houston McKelvey
                    self._add_mention(span.start, span.end, linked, name_span.text)
                    continue
                family = self._family_name(name_span) if len(name_span) == 1 else None
                actor = self._actor(f"{name_span.text} {family}" if family else name_span.text, PERSON)
                self._add_mention(span.start, span.end, actor, name_span.text)
                self._describe_person(actor, span, name_span)
            elif label == "ORG" and self._ethnonym(span):
                self._add_mention(span.start, span.end, self._actor(text, GROUP), text)
            elif label == "ORG":
                acronym_of = self._acronym_of(text)
                actor = acronym_of or self._actor(self._org_name(span), ORG)
                self._add_mention(span.start, span.end, actor, text)
            elif label in ("GPE", "LOC"):  # "Louisiana", "the Gulf Coast": where things happen, who was visited
                name = res.lexicon["state_abbreviations"].get(text, text)  # "Venice, La." -> Louisiana
                if key in full_places:
                    name = max(full_places[key], key=lambda n: (full_places[key][n], len(n)))
                self._add_mention(span.start, span.end, self._actor(name, PLACE), text)
            elif label == "NORP" and not self._one_member(span):
                self._add_mention(span.start, span.end, self._actor(text, GROUP), text)
            # LOC / FAC that are not in the tables are places, not actors
        # well-known names the recogniser missed ("The Justice Department is suing BP")
        for tok in doc:  # (the tagger may take a name for an adjective: "Transocean shares also tumbled")
            if tok.i in self.by_token or not (tok.pos_ == "PROPN" or (tok.tag_ == "JJ" and tok.text[:1].isupper())) \
                    or tok.ent_type_ not in _MISREAD_ORG:
                continue  # ("June 1 - BP shares plunge": a name the recogniser ran into a date)
            org = res.org_case_keys.get(tok.text) or (res.org_by_key.get(tok.lower_) if len(tok.text) > 4 else None)
            if org:
                self._named_orgs.add(org)
                self._add_mention(tok.i, tok.i + 1, self._actor(org, res.orgs[org].kind), tok.text)
                continue
            country = res.country_case_keys.get(tok.text) or res.country_by_key.get(tok.lower_)
            if country and tok.text[:1].isupper():
                self._add_mention(tok.i, tok.i + 1, self._actor(country, COUNTRY), tok.text)
        # surnames the tagger missed ("At the meeting with Putin, Merkel ...")
        for tok in doc:
            if tok.i in self.by_token or tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper():
                continue
            cands = surname_index.get(tok.lower_)
            if cands and tok.ent_type_ not in ("ORG", "GPE", "EVENT", "FAC", "WORK_OF_ART"):
                actor = self._link_name(tok.lower_, cands, tok.i)
                if actor is not None:
                    self._add_mention(tok.i, tok.i + 1, actor, tok.text)
        self.mentions.sort(key=lambda m: m.start)
        self._add_descriptions()
        self.mentions.sort(key=lambda m: m.start)

    def _family_name(self, given: Span) -> str | None:
        """The family name a lone given name shares: "Sam and Charles Wyly" (a pair of brothers),
        "Rose Gentle, whose son Gordon", "Sean Cassidy, whose son, Ciaran"."""
        doc = given.doc
        if norm(given.text) in known_people() or any(
                e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == given.text for e in doc.ents):
            return None  # "Obama and Hillary Clinton", "Paulson and Ben Bernanke": a surname is no given name
        if given.end + 2 < len(doc) and doc[given.end].lower_ == "and":
            m = self.by_token.get(given.end + 1)
            if m is not None and m.start == given.end + 1 and m.actor.kind == PERSON and len(m.actor.name.split()) == 2:
                return m.actor.name.split()[-1]
        kin = given.root.head if given.root.dep_ in ("appos", "compound", "npadvmod") else None
        whose = next((c for c in kin.children if c.dep_ == "poss" and c.lower_ == "whose"), None) if kin is not None else None
        if whose is None or kin.lemma_.lower() not in self.res.set("surname_sharing_relatives") or whose.i < 2:
            return None
        owner = doc[whose.i - 2] if doc[whose.i - 1].is_punct else doc[whose.i - 1]  # the name before "whose"
        for _ in range(3):  # "Rose Gentle from Glasgow, whose son": the clause may follow a place
            m = self.by_token.get(owner.i)
            if m is not None and m.actor.kind == PERSON and len(m.actor.name.split()) >= 2:
                return m.actor.name.split()[-1]
            if owner.dep_ != "pobj" or owner.head.dep_ != "prep":
                return None
            owner = owner.head.head
        return None

    def _titled_pair(self, name: Span) -> bool:
        """"Dean McKelvey": an ambiguous title (or a given name) before one surname."""
        words = [t for t in name if not t.is_punct]
        return len(words) == 2 and words[0].lower_.rstrip(".") in self.res.set("ambiguous_titles")

    def _titled_surname(self, name: Span, surname_index: dict[str, list[Actor]], org: bool = False) -> Actor | None:
        """The person named in full elsewhere in the article whose surname ends this span, when the
        rest of the span is a title, honorific or caption word ("Adm Allen", "Dr Shafer", "Dean
        McKelvey") -- or, for a span the recogniser took as an organisation, any short run-in
        ("The Atlantic Murray": a photo credit before the surname)."""
        words = [t for t in name if not t.is_punct]
        if not words:
            return None
        last = words[-1].lower_
        cands = [a for a in surname_index.get(last, []) if len(norm(a.name).split()) >= 2]
        if not cands:
            return None
        res = self.res
        lead = {w.lower_.rstrip(".") for w in words[:-1]} | {w.lower_ for w in words[:-1]}
        titles = res.titles | res.set("honorifics") | res.set("ambiguous_titles") | \
            res.set("name_noise_words") | res.set("description_lead_noise")
        if len(words) == 1 or lead <= titles:
            return self._link_name(last, cands, name.start)
        if org and len(words) <= 3 and last not in res.set("org_suffixes") | res.set("institution_class_nouns") | \
                res.set("org_head_nouns") and \
                not any(w.lower_ in {x for a in cands for x in norm(a.name).split()[:-1]} for w in words[:-1]):
            return self._link_name(last, cands, name.start)
        return None

    @staticmethod
    def _trim_glued(persons: list[tuple[Span, Span]]) -> list[tuple[Span, Span]]:
        """A capitalised word glued before a name ("after Katrina Barack Obama visited"): when the
        rest of the span is written on its own as a person's name in the article, the leading
        words belong to something else (a storm, a headline) and are dropped."""
        names = {n.text for n, _ in persons}
        out = []
        for name_span, span in persons:
            words = [t for t in name_span if not t.is_punct]
            if len(words) >= 3:
                for k in range(1, len(name_span) - 1):
                    rest = name_span[k:]
                    if rest.text in names and len([t for t in rest if not t.is_punct]) >= 2:
                        name_span = rest
                        span = span.doc[max(span.start, rest.start):span.end]
                        break
            out.append((name_span, span))
        return out

    def _trim_noise(self, span: Span) -> Span:
        """Caption and headline words run into a name: "Quote Michelle Obama (End)",
        "Michael S. Barr Career" -> the name (only while two name words remain)."""
        noise = self.res.set("name_noise_words")
        doc = span.doc
        start, end = span.start, span.end
        while end - start > 2 and doc[start].lower_ in noise:
            start += 1
        while end - start > 2 and (doc[end - 1].lower_ in noise or doc[end - 1].is_punct):
            end -= 1
        honorifics = self.res.set("honorifics")
        for k in range(start + 2, end - 1):  # "Gordon Brown Mrs Brown": a headline run into a caption
            if doc[k].lower_ in honorifics:
                end = k
                break
        # a capitalised sentence-initial verb, adverb or preposition is no part of the name
        # ("Expecting Obama to know ...", "Meanwhile Hayward said")
        lead = self.res.set("name_lead_tags")
        while end - start > 1 and doc[start].tag_ in lead and doc[start].pos_ != "PROPN":
            start += 1
        return doc[start:end]

    def _extend_name(self, span: Span) -> Span:
        """Take in first words the recogniser left out ("Anders [Fogh Rasmussen]", "the Deepwater [Horizon]")."""
        doc, res = span.doc, self.res
        start = span.start
        while start > 0:
            t = doc[start - 1]
            low = t.lower_.rstrip(".")
            if t.pos_ != "PROPN" or t.dep_ != "compound" or not (span.start <= t.head.i < span.end) \
                    or not t.text[:1].isupper() or t.ent_type_ not in ("", "PERSON") \
                    or low in res.titles or low in res.role_words or self.lookup_country(t.text) \
                    or self.lookup_org(t.text) or norm(t.text) in res.stop_names \
                    or t.lower_ in res.set("name_noise_words"):
                break
            start -= 1
        return doc[start:span.end] if start < span.start else span

    def _ethnonym(self, span: Span) -> bool:
        """"Kurds", "Rohingyas": a plural name whose singular modifies nouns elsewhere ("Kurd fighters")."""
        if len(span) != 1 or not span.text.endswith("s") or len(span.text) < 4:
            return False
        singular = span.text[:-1]
        return any(t.text == singular and t.dep_ in ("amod", "compound") for t in span.doc)

    def _org_name(self, span: Span) -> str:
        """"Nordic bank Nordea" -> "Nordea": a lower-case description run into the name is cut
        (particles such as "of" in "Bank of America" are part of names)."""
        particles = self.res.set("org_name_particles")
        cut = max((t.i for t in span if t.is_lower and t.is_alpha and t.lower_ not in particles), default=None)
        if cut is None or cut + 1 >= span.end or not span.doc[cut + 1].text[:1].isupper():
            return span.text
        return span.doc[cut + 1:span.end].text

    def _acronym_of(self, text: str) -> Actor | None:
        if not (2 <= len(text) <= 6 and text.isupper() and text.isalpha()):
            return None
        for (kind, name), actor in self.actors.items():
            if kind != ORG:
                continue
            initials = "".join(w[0] for w in name.split() if w[0].isupper())
            if initials == text:
                return actor
        return None

    def _link_name(self, word: str, candidates: list[Actor], pos: int) -> Actor | None:
        """The person a one-word name refers to. A surname shared by several people ("Jackson"
        with Michael, Tito and Jermaine Jackson) is the one named in this or the previous sentence,
        else the article's first-named bearer (its protagonist: "Jackson died" is Michael). A given
        name alone ("Dan") is linked only when one person bears it and was named within the last
        three sentences; another "Dan" elsewhere stays a separate person. A first word written alone
        again and again while the last never is ("Xi" of "Xi Jinping") is a family name."""
        surnames = [a for a in candidates if (word, id(a)) not in self._given or (
            self._alone.get(word, 0) >= 2 and not self._alone.get(norm(a.name).split()[-1], 0)
            and not {norm(a.name).split()[-1], norm(a.name).split()[-1][:-1]} & self.noun_index)]
        # (the last word no English noun: "Obama Outlines" is a headline glued to a name)
        sent = self.sent_of_token[pos] if pos < len(self.sent_of_token) else 0
        if surnames:
            if len(surnames) == 1:
                return surnames[0]
            near = self._nearest_person(surnames, pos)
            if any(m.actor is near and m.start <= pos and sent - self.sent_of_token[m.start] <= 1
                   for m in self.mentions):
                return near
            ids = {id(a) for a in surnames}
            before = [m for m in self.mentions if id(m.actor) in ids and m.start <= pos]
            first = before or [m for m in self.mentions if id(m.actor) in ids]
            return min(first, key=lambda m: m.start).actor if first else surnames[0]
        if len(candidates) != 1:
            return None
        actor = candidates[0]
        if any(m.actor is actor and m.start <= pos and 0 <= sent - self.sent_of_token[m.start] <= 3
               for m in self.mentions):
            return actor
        return None

    def _nearest_person(self, candidates: list[Actor], pos: int) -> Actor:
        if len(candidates) == 1:
            return candidates[0]
        best, best_pos = candidates[0], -1
        ids = {id(c) for c in candidates}  # identity, not dataclass equality (which compares every field)
        for m in self.mentions:
            if m.start <= pos and m.start > best_pos and id(m.actor) in ids:
                best, best_pos = m.actor, m.start
        return best

    @staticmethod
    def _one_member(span: Span) -> bool:
        """"The California Democrat", "a Briton": one (unnamed) member, not the group."""
        doc, root = span.doc, span.root
        if root.tag_ not in ("NN", "NNP"):
            return False
        before = [t.lower_ for t in doc[max(root.left_edge.i, span.start - 3):span.start]]
        return any(t.dep_ == "det" and t.lower_ in ("a", "an", "the", "one") for t in root.children) or \
            any(w in ("a", "an", "the", "one") for w in before)

    def _norp_is_actor(self, span: Span) -> bool:
        head = span.root
        return head.dep_ not in ("amod", "compound")

    def _split_title(self, span: Span) -> tuple[Span | None, Span | None]:
        """Split leading titles off a PERSON entity ("President Obama" -> "Obama")."""
        res = self.res
        i = span.start
        doc = span.doc
        while i < span.end - 1:
            low = doc[i].lower_.rstrip(".")
            if doc[i + 1].text in ("'s", "\u2019s") and i + 1 < span.end - 1:
                i += 2  # "Mexicana's Crespo", "BP's Hayward"
                continue
            if low in res.titles or doc[i].lower_ in res.titles or low in res.role_words \
                    or self.lookup_country(doc[i].text) or self.lookup_org(doc[i].text) \
                    or doc[i].is_punct:
                i += 1
                continue
            if i + 2 < span.end - 1 and doc[i + 1].text == "-" and doc[i + 2].lower_.rstrip(".") in res.titles:
                i += 2  # "Lance-Corporal George Solomou": a hyphenated title
                continue
            if low in res.set("ambiguous_titles") and span.end - i >= 3 and \
                    all(t.text[:1].isupper() for t in doc[i + 1:span.end]):
                i += 1  # "Dean Houston McKelvey": a title before a full name
                continue
            break
        name = doc[i:span.end]
        # drop trailing possessive / punctuation
        name = _clean_span(name)
        if name is None:
            return None, None
        if self.title_only(name):
            return None, None  # "Roman Catholic Archbishop": a title, no name
        title = doc[span.start:i] if i > span.start else None
        return name, title

    def _describe_person(self, actor: Actor, ent: Span, name: Span) -> None:
        """Description: title words inside the entity and modifiers just left of it, or an apposition."""
        doc = ent.doc
        head = name.root
        left = name.start
        j = name.start - 1
        inside = set(range(name.start, name.end))
        chain = set(inside)
        while j >= 0:
            t = doc[j]
            if t.is_space or t.text in (",", ";", ":", "(", ")", '"', "\u201c", "\u201d") or t.dep_ in ("det", "cc"):
                break
            if t.ent_type_ == "PERSON" and j not in inside:
                break
            if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") or t.like_num or \
                    name.start - j > 6:
                break
            if t.head.i in chain or t.head.i == head.i or (t.dep_ in _DESC_DEPS and any(
                    a.i in chain for a in t.ancestors)):
                chain.add(j)
                left = j
                j -= 1
                continue
            break
        desc = None
        left = self._desc_start(left, name.start)
        if left < name.start:
            desc_span = doc[left:name.start]
            desc = desc_span.text.strip(" -\u2013")
            if not self._desc_ok(desc_span, name):
                desc = None
        else:
            for child in head.children:
                if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > head.i:
                    sub = list(child.subtree)
                    end = min([c.left_edge.i - (doc[c.left_edge.i - 1].dep_ == "cc") for c in child.children
                               if c.dep_ == "conj" and any(d.dep_ in ("poss", "det", "appos") for d in c.children)]
                              + [sub[-1].i + 1])  # "then CIA chief, and his deputy, John ...": the first one's only
                    s = doc[sub[0].i:end]
                    s = _clean_span(s)
                    if s is not None:
                        words = [t for t in s if t.lower_ not in ("a", "an", "the")]
                        if words and self._desc_ok(doc[words[0].i:s.end], name):
                            desc = doc[words[0].i:s.end].text
                    break
        if desc and len(desc) < 80:
            if actor.description is None:
                actor.description = desc
            words = {w for w in re.split(r"[\s\-\u2013]+", norm(desc)) if w}
            orgs = set()
            for t in doc[left:name.start] if left < name.start else []:
                c = self.lookup_country(t.text) or self.lookup_org(t.text)
                if c:
                    orgs.add(c)
            actor.desc_words = actor.desc_words | frozenset(words)
            actor.desc_orgs = actor.desc_orgs | frozenset(orgs)

    def _desc_start(self, left: int, end: int) -> int:
        """Skip words that open a description without belonging to it: a quantifier or page stamp
        ("both Dr", "BST BP chief"), a verb ("attacks Independent administrator"), a common noun
        run into a title ("death Dr")."""
        doc, res = self.doc, self.res
        noise = res.set("description_lead_noise")
        people = self._person_words
        while left < end:
            t = doc[left]
            if t.lower_ in noise or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "PART") or t.is_punct or (
                    t.is_lower and t.pos_ == "NOUN" and t.lemma_.lower() not in people and left + 1 < end
                    and doc[left + 1].text[:1].isupper()):
                left += 1
                continue
            break
        return left

    @cached_property
    def _person_words(self) -> frozenset[str]:
        res = self.res
        return res.titles | res.role_words | res.set("title_heads") | res.set("office_nouns") | \
            res.set("animate_nouns") | res.set("honorifics") | res.set("description_person_nouns")

    def _desc_ok(self, desc: Span, name: Span) -> bool:
        """A description says what the person is (a title, office, role or person noun) and does
        not repeat the name: not "Mexico", "BP's", "Summers", "number of news outlets"; nor is it a
        relative clause ("whose former employer"), a possessed thing ("singer's death Pop star") or
        a natural region before a title ("Gulf President")."""
        people = self._person_words
        own = {t.lower_ for t in name}
        words = [t for t in desc if not t.is_punct]
        if not words or any(t.lower_ in own for t in words):
            return False
        if words[0].is_lower and words[0].tag_ in ("WDT", "WP", "WP$"):
            return False  # "whose former employer": a relative clause, not a title
        geo = self.res.set("geographic_feature_words")
        for a, b in zip(words, words[1:], strict=False):
            if a.tag_ == "POS" and b.is_lower and b.pos_ not in ("ADJ", "VERB") and b.lower_ not in people \
                    and b.lemma_.lower() not in people:
                return False  # "singer's death Pop star": the possessor owns a thing, not a post
            if a.lower_ in geo and (b.lower_ in people or b.lemma_.lower() in people):
                return False  # "Gulf President": a region, not a jurisdiction
        return any(t.lower_.rstrip(".") in people or t.lower_ in people or t.lemma_.lower() in people
                   for t in words)

    def _add_descriptions(self) -> None:
        """Definite descriptions: role nouns ("the UN chief"), epithets ("the world body"),
        class nouns ("the company") and government nouns ("Chinese authorities")."""
        doc, res = self.doc, self.res
        mentions_sorted = sorted(self.mentions, key=lambda m: m.start)
        possessors = [doc[t.left_edge.i:t.i + 1] for t in doc if t.dep_ == "poss" and t.pos_ == "NOUN"]
        for chunk in [*doc.noun_chunks, *possessors]:  # (a possessor is no chunk: "the energy giant's shares")
            head = chunk.root
            if head.i in self.by_token or head.pos_ not in ("NOUN", "PROPN"):
                continue
            span = _clean_span(chunk)
            if span is None:
                continue
            key = norm(span.text)
            org = self.lookup_org(span.text) if len(span) > 1 else None
            if org:  # a known organisation written in lower case ("the US justice department")
                self._add_mention(span.start, span.end, self._actor(org, res.orgs[org].kind), span.text)
                continue
            if key in res.org_epithets:
                org = res.org_epithets[key]
                self._add_mention(span.start, span.end, self._actor(org, res.orgs[org].kind), span.text)
                continue
            if key in res.org_descriptions and res.org_descriptions[key] in self._named_orgs:
                org = res.org_descriptions[key]
                self._add_mention(span.start, span.end, self._actor(org, res.orgs[org].kind), span.text)
                continue
            lemma = head.lemma_.lower()
            low = head.lower_
            if low in res.government_nouns or lemma in res.government_nouns:
                polity = self._local_force(head, self._modifier_polity(head)) or self._leader_government(head)
                if polity:
                    self._add_mention(span.start, span.end, polity, span.text)
                continue
            has_det = any(t.lower_ in ("the", "this", "that") for t in span.doc[chunk.start:head.i]) or \
                chunk[0].lower_ == "the"
            if (low in res.role_words or lemma in res.role_words) and head.tag_ in ("NNS", "NNPS"):
                continue  # "BP executives", "the ministers": several people, not one named person
            if (low in res.role_words or lemma in res.role_words) and (has_det or self._modifier_actor(head)):
                actor = self._resolve_role_noun(span, head)
                if actor:
                    self._add_mention(span.start, span.end, actor, span.text)
                continue
            place = self._place_by_first_word(span, head)
            if place is not None:  # "visit the gulf again" in an article about the Gulf of Mexico
                self._add_mention(span.start, span.end, place, span.text, alias=False)
                continue
            if lemma in res.set("country_class_nouns") and chunk[0].lower_ == "the" and len(span) == 1 \
                    and head.tag_ == "NN":  # "the country" -> the country last named
                actor = self._recent(head.i, (COUNTRY,), max_sents=2, mentions=mentions_sorted)
                if actor:
                    self._add_mention(span.start, span.end, actor, span.text, alias=False)
                continue
            if lemma in res.org_class_nouns and has_det and len(span) <= 3 and head.tag_ in ("NN", "NNP") \
                    and not self._named_modifier(span, head):
                actor = self._recent(head.i, (ORG,), max_sents=3, mentions=mentions_sorted, salient=True)
                if actor and lemma in res.set("institution_class_nouns") and lemma not in norm(actor.name).split():
                    actor = None  # "the committee" is a committee, not the newspaper last named
                elif actor and lemma not in res.set("institution_class_nouns") and \
                        set(norm(actor.name).split()) & res.set("public_body_words"):
                    actor = None  # "the company" is not the Treasury last named
                if actor is None and lemma not in res.set("institution_class_nouns"):
                    actor = self._only_company_in_sentence(span)  # "pressure on BP, ... demanded that the company"
                if actor:
                    self._add_mention(span.start, span.end, actor, span.text, alias=False)

    def _only_company_in_sentence(self, span: Span) -> Actor | None:
        """The one organisation, not a public body, that the sentence names before the description:
        "In a sign of pressure on BP, Admiral Thad Allen demanded that the company ..."."""
        sent = self.sent_of_token[span.start]
        public = self.res.set("public_body_words")
        return self._sole_org(lambda m: self.sent_of_token[m.start] == sent and m.end <= span.start
                              and not set(norm(m.actor.name).split()) & public)

    def _sole_org(self, keep) -> Actor | None:
        """The one organisation among the mentions that `keep` accepts; none or several: None."""
        found = {id(m.actor): m.actor for m in self.mentions if m.actor.kind == ORG and keep(m)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _place_by_first_word(self, span: Span, head: Token) -> Actor | None:
        """"the gulf" (lower case, alone) is the place named "Gulf ..." in this article, if there is one."""
        if len(span) != 1 or head.tag_ != "NN" or not head.is_lower or span.start == 0 or \
                span.doc[span.start - 1].lower_ != "the" or \
                head.lower_ in self.res.set("geo_class_nouns") | self.res.set("country_class_nouns"):
            return None
        places = [a for a in self.actors.values() if a.kind == PLACE and norm(a.name).split()[:1] == [head.lower_]]
        return min(places, key=lambda a: len(a.name)) if places else None

    def _named_modifier(self, span: Span, head: Token) -> bool:
        """"the US justice department", "the Senate committee": a class noun with a name or a
        country of its own is another organisation than the one last named."""
        return any(t.i != head.i and (t.pos_ == "PROPN" or self.lookup_country(t.text)) for t in span)

    def _modifier_actor(self, head: Token) -> Actor | None:
        for child in head.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i in self.by_token:
                return self.by_token[child.i].actor
        return None

    def _local_force(self, head: Token, polity: Actor | None) -> Actor | None:
        """A city's or state's police is an organisation of its own ("Los Angeles police" -> Los Angeles
        Police), not the place; a country's police stays the state ("Iraqi police" -> Iraq)."""
        if polity is None or polity.kind != PLACE or head.lemma_.lower() not in self.res.set("local_force_nouns"):
            return polity
        return self._actor(f"{polity.name} Police", ORG)

    def _leader_government(self, head: Token) -> Actor | None:
        """A government named after its leader: "the Obama administration", "the Mubarak regime" ->
        an organisation named as written (the leader's own actor stays the person)."""
        if head.lemma_.lower() not in self.res.set("leader_government_nouns"):
            return None
        names = [c for c in head.children if c.dep_ == "compound" and c.i in self.by_token
                 and self.by_token[c.i].actor.kind == PERSON]
        if len(names) != 1:
            return None
        m = self.by_token[names[0].i]
        words = [t.text for t in self.doc[m.start:m.end] if t.pos_ == "PROPN"]
        return self._actor(" ".join(words[-1:] + [head.lower_]), ORG) if words else None

    def _modifier_polity(self, head: Token) -> Actor | None:
        """The country or place whose government a noun names: "Chinese authorities", "the
        Louisiana officials", "the government of Haiti". Media are the state's only when state-run
        ("Chinese state media", not "US media")."""
        if {head.lemma_.lower(), head.lower_} & self.res.set("state_run_nouns") and \
                not any(c.lower_ in self.res.set("state_run_marks") for c in head.children):
            return None
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.res.set("non_state_sectors")
               for c in head.children):
            return None  # "British business leaders", "Iraqi opposition leaders": not the state
        for child in head.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod"):
                if child.i in self.by_token and self.by_token[child.i].actor.kind in (COUNTRY, PLACE):
                    return self.by_token[child.i].actor
                if child.dep_ == "poss" and child.lower_ == "its":  # "travel to China, accusing its government"
                    subject = [self.by_token[s.i].actor for s in head.sent.root.children
                               if s.dep_ == "nsubj" and s.i in self.by_token]
                    if subject and subject[0].kind != PERSON:  # "Al-Qaeda is watching ..., its leaders"
                        if subject[0].kind == COUNTRY:
                            return subject[0]
                        continue
                    before = [m.actor for m in sorted(self.mentions, key=lambda m: m.start)
                              if head.sent.start <= m.start < child.i]
                    if before and before[-1].kind == COUNTRY:
                        return before[-1]  # the last actor named before it in the sentence, if a country
                    continue
                mods = [m for m in child.children if m.dep_ in ("compound", "amod") and m.i < child.i]
                if mods and not self.lookup_country(self.doc[mods[0].i:child.i + 1].text):
                    continue  # "Latin American leaders", "Central American leaders": a region, not the US
                c = self.lookup_country(child.text)
                if c:
                    return self._actor(c, COUNTRY)
            if child.dep_ == "prep" and child.lower_ == "of":
                for p in child.children:
                    if p.dep_ == "pobj":
                        if p.i in self.by_token and self.by_token[p.i].actor.kind in (COUNTRY, PLACE):
                            return self.by_token[p.i].actor
        return None

    def _resolve_role_noun(self, span: Span, head: Token) -> Actor | None:
        res = self.res
        head_key = head.lower_
        if head_key not in res.role_classes:
            head_key = head.lemma_.lower()
        # multiword role in the span ("foreign minister", "secretary-general")
        text = norm(span.text)
        for rc in res.role_classes:
            if len(rc.split()) > 1 and text.endswith(rc):
                head_key = rc
        compat = set(res.role_classes.get(head_key, frozenset({head_key})))
        for members in res.role_classes.values():  # "strongman" is a kind of "leader"
            if head_key in members:
                compat |= members
        compat_words = {w for c in compat for w in re.split(r"[\s-]+", c)}
        mods: set[str] = set()
        mod_words: set[str] = set()
        of_objs = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        for p in of_objs:  # "the head of the Minerals Management Service"
            a = self.by_token[p.i].actor.name if p.i in self.by_token else None
            if a is None:
                return None
            mods.add(a)
        for t in span:
            if t.i == head.i or t.is_punct or t.lower_ in ("the", "'s"):
                continue
            c = (self.by_token[t.i].actor.name if t.i in self.by_token else None) or \
                self.lookup_country(t.text) or self.lookup_org(t.text)
            if c:
                mods.add(c)
            else:
                mod_words.add(t.lower_)
        best, best_score = None, None
        for actor in self.actors.values():
            if actor.kind != PERSON or not actor.desc_words:
                continue
            if not (actor.desc_words & compat_words):
                continue
            if mods and not mods <= actor.desc_orgs:
                continue
            same_word = head.lower_ in actor.desc_words or head.lemma_.lower() in actor.desc_words
            if not same_word and not mods:
                continue  # "the head" is not "the US President"; "the UN chief" can be "UN Secretary-General"
            if mod_words - actor.desc_words - _TITLE_STOP:
                continue
            extra = actor.desc_words - compat_words - _TITLE_STOP - mod_words - {norm(m) for m in mods}
            extra = {w for w in extra if not any(w in norm(o).split() or w == norm(o) for o in actor.desc_orgs)}
            score = (len(mods) + len(mod_words) - len(extra), -self._first_pos(actor))
            if best_score is None or score > best_score:
                best, best_score = actor, score
        if best is not None and self._first_pos(best) > head.i:
            return None  # a description can only refer back
        return best

    def _first_pos(self, actor: Actor) -> int:
        for m in self.mentions:
            if m.actor is actor:
                return m.start
        return 10**9

    def _recent(self, pos: int, kinds: tuple[str, ...], max_sents: int = 2,
                mentions: list[Mention] | None = None, salient: bool = False, owner: bool = False) -> Actor | None:
        """The last actor of these kinds mentioned before `pos` (within `max_sents` sentences);
        with `salient`, a subject or possessor mention beats a later one inside a phrase."""
        sent = self.sent_of_token[pos] if pos < len(self.sent_of_token) else 0
        best = best_salient = None
        for m in mentions or self.mentions:
            if m.start >= pos:
                break
            if m.actor.kind not in kinds or sent - self.sent_of_token[m.start] > max_sents:
                continue
            best = m.actor
            head = self.doc[m.start:m.end].root
            if head.dep_ in ("nsubj", "nsubjpass") or (
                    owner and head.dep_ == "poss" and head.head.dep_ in ("nsubj", "nsubjpass")):
                best_salient = m.actor  # "BP's chief executive ... its stock": "its" may be the subject's owner
        if salient:
            if best_salient is not None and kinds == (PERSON,) and \
                    self.sent_of_token[self._last_pos(best_salient, pos)] != sent:
                # across a sentence boundary "he"/"she" is resolved only when unambiguous
                prev = {m.actor.name for m in (mentions or self.mentions)
                        if m.actor.kind == PERSON and m.start < pos and self.sent_of_token[m.start] == sent - 1}
                if len(prev) != 1:
                    return None
            if best_salient is not None and kinds != (PERSON,) and \
                    self.sent_of_token[self._last_pos(best_salient, pos)] != sent:
                # across a sentence boundary "it" is resolved only when one organisation is in view
                # ("X, Y and Z ... Last week it agreed": which one?)
                seen = {m.actor.name for m in (mentions or self.mentions)
                        if m.start < pos and sent - self.sent_of_token[m.start] <= max_sents
                        and m.actor.kind in kinds}
                if len(seen) > 1:
                    return None
            return best_salient
        return best

    def _relative_antecedent(self, tok: Token) -> Actor | None:
        """"BP, which has seen its stock plummet": "its" in a relative clause is its antecedent's."""
        x = tok
        for _ in range(8):
            if x.dep_ == "relcl":
                m = self.by_token.get(x.head.i)
                return m.actor if m is not None and m.actor.kind in (ORG, COUNTRY) else None
            if x.head.i == x.i or (x.pos_ in ("VERB", "AUX") and x.dep_ not in ("ccomp", "xcomp")):
                return None  # left the clause "its" is in
            x = x.head
        return None

    def _last_pos(self, actor: Actor, pos: int) -> int:
        last = 0
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.actor is actor:
                last = m.start
        return last

    # ------------------------------------------------------------------ resolution
    def resolve(self, tok: Token) -> Actor | None:
        """The actor a role-filling token refers to, or None."""
        m = self.by_token.get(tok.i)
        if m is not None:
            return m.actor
        low = tok.lower_
        lex = self.res.lexicon
        if tok.pos_ == "PRON":
            if low in lex["pronouns_nonperson"]:
                if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
                    return None  # "buy it back": an object "it" is mostly a thing, not the company
                actor = self._relative_antecedent(tok) or self._recent(tok.i, (ORG, COUNTRY), max_sents=1, salient=True,
                                                                        owner=tok.dep_ == "poss")
                if actor is not None and self._thing_between(actor, tok):
                    return None  # "the 1918 pandemic, cited ... because it killed 40 million": the pandemic
                return actor
            if low in self.res.set("plural_object_pronouns") and tok.dep_ in ("dobj", "pobj", "dative"):
                return self._plural_object(tok)
            if low in lex["pronouns_person"]:
                doc = tok.doc
                if any(doc[k].lower_ == "or" and doc[k + 1].pos_ == "PRON" for k in (tok.i + 1,) if k + 1 < len(doc)) \
                        or (tok.i >= 2 and doc[tok.i - 1].lower_ == "or" and doc[tok.i - 2].pos_ == "PRON"):
                    return None  # "he or she", "his or her": anyone
                return self._person_pronoun(tok)
            return None
        if tok.lemma_.lower() in self.res.set("geo_class_nouns"):  # "the Caribbean nation of Haiti"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        m = self.by_token.get(p.i)
                        if p.dep_ == "pobj" and m is not None and m.actor.kind in (COUNTRY, PLACE):
                            return m.actor
        if tok.lemma_.lower() in self.res.government_nouns or low in self.res.government_nouns:
            polity = self._local_force(tok, self._modifier_polity(tok))
            if polity:
                return polity
        if low in self.res.set("force_nouns"):  # "NATO warplanes", "Kadhafi's forces"
            for child in tok.children:
                if child.dep_ in ("compound", "poss", "amod", "nmod") and child.i in self.by_token:
                    return self.by_token[child.i].actor
        if tok.lemma_.lower() in self.res.set("document_nouns") or low in self.res.set("document_nouns"):
            # "a readout from Xinhua", "the UN statement", "China's spokesman": the source speaks
            for child in tok.children:
                if child.dep_ in ("poss", "compound") and child.i in self.by_token:
                    return self.by_token[child.i].actor
                if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                    for p in child.children:
                        if p.dep_ == "pobj" and p.i in self.by_token:
                            return self.by_token[p.i].actor
        # an apposition naming the actor ("the athlete, John Smith")
        for child in tok.children:
            if child.dep_ == "appos" and child.i in self.by_token:
                return self.by_token[child.i].actor
        # the description in apposition to a name ("Daniel Becnel, a Louisiana lawyer who is suing BP")
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.i in self.by_token and \
                self.by_token[tok.head.i].actor.kind in (PERSON, ORG):
            return self.by_token[tok.head.i].actor
        return None

    def _plural_object(self, tok: Token) -> Actor | None:
        """"against BP Plc and its partners by suing them": an object "them" is the one organisation named
        before it in the sentence, other than a subject above it; none or several stay unresolved."""
        verbs = [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")]  # "X ... by suing them": X's subject too
        subj = {id(m.actor) for v in verbs for c in v.children if c.dep_ == "nsubj"
                for m in [self.by_token.get(c.i)] if m is not None}
        return self._sole_org(lambda m: tok.sent.start <= m.start < tok.i and id(m.actor) not in subj)

    def _person_pronoun(self, tok: Token) -> Actor | None:
        """he/she/him/his: one person named earlier in the sentence is the antecedent; with
        several, only the speaker of a reported clause holding the pronoun ("X told Y that he
        would not step down" -> X); with none, the salient person of the previous sentence
        (when unambiguous). Ambiguous pronouns stay unresolved."""
        if tok.i in self._pron_cache:
            return self._pron_cache[tok.i]
        self._pron_cache[tok.i] = None  # guards against cycles
        person_prons = self.res.lexicon["pronouns_person"]
        in_sent: list[Actor] = []
        for t in self.doc[tok.sent.start:tok.i]:
            a = None
            m = self.by_token.get(t.i)
            if m is not None and m.actor.kind == PERSON and not _compared_to(t):
                a = m.actor
            elif t.pos_ == "PRON" and t.lower_ in person_prons:
                a = self._person_pronoun(t)
            if a is not None and a not in in_sent:
                in_sent.append(a)
        out: Actor | None = None
        clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if not in_sent and clause is not None and clause.dep_ == "advcl" and clause.i < clause.head.i:
            # cataphora: "Even as he resigned, Cook sought to minimise the damage"
            for sj in clause.head.children:
                m = self.by_token.get(sj.i)
                if sj.dep_ == "nsubj" and m is not None and m.actor.kind == PERSON:
                    self._pron_cache[tok.i] = m.actor
                    return m.actor
        if len(in_sent) == 1:
            out = None if self._person_noun_between(in_sent[0], tok) else in_sent[0]
        elif len(in_sent) >= 2:
            x = tok
            for _ in range(12):
                if x.head.i == x.i:
                    break
                if x.dep_ in ("ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "pcomp") and \
                        x.pos_ in ("VERB", "AUX"):
                    v = x.head
                    if x.dep_ == "ccomp" and v.lemma_.lower() in self.res.set("reporting_verbs"):
                        for sj in v.children:
                            if sj.dep_ == "nsubj":
                                m = self.by_token.get(sj.i)
                                if m is not None and m.actor.kind == PERSON:
                                    out = m.actor
                                elif sj.pos_ == "PRON" and sj.lower_ in person_prons:
                                    out = self._person_pronoun(sj)
                    break
                x = x.head
        elif not self._person_noun_before(tok):  # "The Italian journalist ... the circumstances in which she
            out = self._recent(tok.i, (PERSON,), max_sents=1, salient=True)  # was shot": her, not the last name
        if out is None and len(in_sent) == 2:
            out = self._not_the_subject(tok, in_sent)
        self._pron_cache[tok.i] = out
        return out

    def _not_the_subject(self, pron: Token, people: list[Actor]) -> Actor | None:
        """An object "him"/"her" is not its own clause's subject: in "McCain called Bush and asked him
        to ...", of two people named, him is the one who is not asking."""
        if pron.lower_ not in ("him", "her") or pron.dep_ not in ("dobj", "dative"):
            return None
        v = pron.head
        if v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            v = v.head  # a conjunct sharing the first verb's subject
        subj = [self.by_token.get(c.i) for c in v.children if c.dep_ == "nsubj"]
        actors = [m.actor for m in subj if m is not None]
        if len(actors) != 1 or actors[0] not in people:
            return None
        return next(a for a in people if a is not actors[0])

    def _closer_noun(self, actor: Actor, pron: Token, candidate) -> bool:
        """Is there, between the actor's last mention in the sentence and the pronoun, an unresolved
        common noun that candidate() accepts as another possible antecedent?"""
        last = max((m.end for m in self.mentions if m.actor is actor and m.end <= pron.i), default=pron.sent.start)
        return any(t.tag_ == "NN" and t.i not in self.by_token and candidate(t) and self.resolve(t) is None
                   for t in self.doc[max(last, pron.sent.start):pron.i])

    def _thing_between(self, actor: Actor, pron: Token) -> bool:
        """"the 1918 pandemic, cited ... because it killed 40 million": a thing as a subject."""
        return self._closer_noun(actor, pron, lambda t: t.dep_ in ("nsubj", "nsubjpass"))

    def _described_person(self, t: Token, counted_or_owned: bool = False) -> bool:
        """A common noun for one person in particular: "the star"; with counted_or_owned also "one
        detainee", "his mother"."""
        return t.pos_ == "NOUN" and t.lower_ in self._person_words and t.dep_ != "compound" and any(
            d.lower_ in ("the", "this", "that") or (counted_or_owned and (
                (d.lower_ == "one" and d.dep_ == "nummod") or (d.dep_ == "poss" and d.pos_ == "PRON")))
            for d in t.children)

    def _person_noun_before(self, pron: Token) -> bool:
        """A definite common noun for a person earlier in the pronoun's sentence, named by no one."""
        return any(self._described_person(t) and t.i not in self.by_token and self.resolve(t) is None
                   for t in self.doc[pron.sent.start:pron.i])

    def _person_noun_between(self, actor: Actor, pron: Token) -> bool:
        """"Judge Pastor sided with prosecutors who said the star was healthy before he died", "beat one
        detainee ... until he died", "as his mother has traveled to London, ... she has made an appeal":
        a person described by a common noun."""
        return self._closer_noun(actor, pron, lambda t: self._described_person(t, counted_or_owned=True))

    def surface(self, tok: Token) -> str:
        m = self.by_token.get(tok.i)
        if m is not None:
            return m.text
        return tok.text

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start < end]
