"""Topics of an event: curated themes, places and named events.

- themes (data/topics.json): keyword regexes over the lowercase text and the lemma text
  of the event's sentence and its two neighbours, plus the descriptions of the event's
  actors ("UN human rights chief" -> Human rights);
- places: GPE/LOC entities of the event's sentence (countries under their canonical name);
- named events: EVENT entities; within an article a short mention ("the Games", "Olympic")
  refers to the longest named event of the same head group ("Winter Olympics").
Slugs are lowercase-hyphenated.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from .actors import Actor, ActorIndex, _clean_span
from .resources import Resources, norm, slugify
from .sentences import Sentence
from .types import TopicRef


class TopicIndex:
    def __init__(self, doc: Doc, sents: list[Sentence], actors: ActorIndex, res: Resources):
        self.res = res
        self.sents = sents
        self.theme_by_sent: list[set[str]] = []
        self.places_by_sent: list[list[TopicRef]] = []
        self.events_by_sent: list[list[TopicRef]] = []
        self.theme_refs = {t["slug"]: TopicRef(t["slug"], t["name"], "theme") for t in res.themes}
        for s in sents:
            low = norm(s.text)
            lem = norm("".join(t.lemma_ + t.whitespace_ for t in s.span))
            found = set()
            for theme, pat in res.theme_patterns:
                if pat.search(low) or pat.search(lem):
                    found.add(theme["slug"])
            self.theme_by_sent.append(found)
        ents_by_sent: list[list] = [[] for _ in sents]
        starts = [s.span.start for s in sents]
        for ent in doc.ents:
            k = bisect.bisect_right(starts, ent.start) - 1
            if 0 <= k < len(sents) and ent.start < sents[k].span.end:
                ents_by_sent[k].append(ent)
        # places
        for s in sents:
            refs: list[TopicRef] = []
            for ent in ents_by_sent[s.index]:
                if ent.label_ not in ("GPE", "LOC") or s.dateline:
                    continue
                span = _clean_span(ent)
                if span is None:
                    continue
                name = span.text
                if norm(name) in res.stop_names:
                    continue
                m = actors.by_token.get(span.start)
                if m is not None and m.actor.kind == "person":
                    continue  # a person the recogniser took for a place (a surname as GPE)
                country = actors.lookup_country(name, "GPE")
                if country and norm(name) not in res.capital_to_country:
                    name = country
                ref = TopicRef(slugify(name), name, "place")
                if ref not in refs:
                    refs.append(ref)
            self.places_by_sent.append(refs)
        # named events
        groups = res.named_event_heads

        def group_of(text: str) -> int | None:
            low = norm(text)
            for k, g in enumerate(groups):
                for h in g:
                    if low == h or low.endswith(" " + h):
                        return k
            return None

        canon: dict[int, str] = {}
        cands: dict[int, list[tuple[int, str]]] = {}
        event_mentions: list[tuple[int, str, int | None]] = []  # (sent, name, group)
        for s in sents:
            for ent in ents_by_sent[s.index]:
                if ent.label_ != "EVENT":
                    continue
                span = _clean_span(ent)
                if span is None:
                    continue
                name = span.text
                g = group_of(name)
                event_mentions.append((s.index, name, g))
                if g is not None:
                    cands.setdefault(g, []).append((len(cands.get(g, ())), name))
        for g, lst in cands.items():
            primary = groups[g][0]
            canon[g] = min(lst, key=lambda x: (primary not in norm(x[1]), len(x[1].split()) < 2, x[0]))[1]
        for s in sents:  # capitalised short mentions not tagged EVENT ("the Games")
            for t in s.span:
                if t.ent_type_ == "EVENT" or not t.text[:1].isupper() or t.i == s.span.start:
                    continue
                g = group_of(t.text)
                if g is not None and g in canon and t.pos_ in ("PROPN", "NOUN", "ADJ"):
                    event_mentions.append((s.index, t.text, g))
        self.events_by_sent = [[] for _ in sents]
        for sidx, name, g in event_mentions:
            if g is not None and g in canon:
                name = canon[g]
            elif g is not None and len(name.split()) == 1:
                continue  # a bare "Games" with no named event in the article
            ref = TopicRef(slugify(name), name, "named_event")
            if ref not in self.events_by_sent[sidx]:
                self.events_by_sent[sidx].append(ref)

    def topics_for(self, sent_index: int, event_actors: list[Actor]) -> list[TopicRef]:
        slugs: set[str] = set()
        for k in (sent_index - 1, sent_index, sent_index + 1):
            if 0 <= k < len(self.theme_by_sent):
                slugs |= self.theme_by_sent[k]
        for a in event_actors:
            if a.description:
                d = norm(a.description)
                for theme, pat in self.res.theme_patterns:
                    if pat.search(d):
                        slugs.add(theme["slug"])
        out = [self.theme_refs[t["slug"]] for t in self.res.themes if t["slug"] in slugs]
        for ref in self.places_by_sent[sent_index] + self.events_by_sent[sent_index]:
            if ref not in out:
                out.append(ref)
        return out
