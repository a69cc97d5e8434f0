"""Data tables of the extraction rules, loaded once from `data/*.json`.

Everything a rule needs to know about words (trigger lemmas, titles, role nouns, demonyms,
capitals, organisations, topic keywords, stop-names) lives in the JSON files next to this
module; this module only loads them and builds lookup structures.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def _load(name: str) -> dict:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)


def norm(text: str) -> str:
    """Lowercase, unify quotes/dashes and collapse whitespace (lookup key)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def slugify(text: str) -> str:
    text = norm(text).replace("'s ", " ").replace("&", " and ")
    text = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-")
    return text or "unknown"


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]  # lemmas
    pos: str  # verb | noun | phrase
    constraint: str | None  # light | ctrl | plural | obj | person | org


@dataclass
class TypeSpec:
    name: str
    cameo: str | None
    category: str
    definition: str
    triggers: list[Trigger]
    examples: list[str]
    requires: str = "actor"
    embeds: bool = False
    reporting: bool = False
    symmetric: bool = False
    subject_role: str = "agent"
    subjects: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    subject_heads: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    avoid_context: tuple[str, ...] = ()  # phrases in the sentence that give the trigger another sense
    of_role: str = "target"
    compound_role: str = "agent"
    poss_role: str = "agent"
    target_preps: frozenset[str] = frozenset({"with", "against"})
    complement_target: bool = False
    # sense constraints: a prepositional phrase that gives the trigger another sense
    # ("nominated for best actor" is no appointment, oil "surged into the gulf" no market move)
    sense_exclusions: tuple[tuple[str, frozenset[str]], ...] = ()
    weak_subjects: frozenset[str] = frozenset()  # count only with a price/amount in the clause
    avoid_subject_modifiers: frozenset[str] = frozenset()  # "the heat index soared": weather, no market
    # the role of whoever owns a thing subject ("BP's shares fell": BP is the market move's target)
    subject_owner_role: str | None = None
    # "blamed everything from Katrina to the meltdown on Bush": the one blamed, wherever the
    # parser hung the phrase inside the verb's objects
    blame_preps: frozenset[str] = frozenset()
    avoid_complements: frozenset[str] = frozenset()  # "refused to comment" is no denial
    object_target: bool = True  # False: the direct object is never the target ("resigned his post")
    raw_triggers: list[str] = field(default_factory=list)


@dataclass
class Country:
    name: str
    aliases: list[str]
    demonyms: list[str]
    capitals: list[str]


@dataclass
class Org:
    name: str
    kind: str
    aliases: list[str]
    descriptions: list[str]
    epithets: list[str]


@dataclass
class Resources:
    types: dict[str, TypeSpec]
    countries: dict[str, Country]
    country_by_key: dict[str, str]  # normalised name/alias -> canonical country name
    country_case_keys: dict[str, str]  # short all-caps aliases matched case-sensitively ("US")
    demonym_to_country: dict[str, str]
    capital_to_country: dict[str, str]
    orgs: dict[str, Org]
    org_by_key: dict[str, str]
    org_case_keys: dict[str, str]
    org_epithets: dict[str, str]  # "world body" -> United Nations
    org_descriptions: dict[str, str]  # "bloc" -> European Union (only when named in the article)
    lexicon: dict
    titles: frozenset[str]
    role_classes: dict[str, frozenset[str]]
    role_words: frozenset[str]  # every word that occurs in a title/role class
    government_nouns: frozenset[str]
    org_class_nouns: frozenset[str]
    stop_names: frozenset[str]
    themes: list[dict]
    theme_patterns: list[tuple[dict, re.Pattern]]
    named_event_heads: list[tuple[str, ...]]
    exclude_phrases: list[tuple[str, ...]] = field(default_factory=list)
    _sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)  # built once per key

    def set(self, key: str) -> frozenset[str]:
        """A lexicon list as a set; the lexicon is read-only after loading, so each is built once."""
        out = self._sets.get(key)
        if out is None:
            out = self._sets[key] = frozenset(self.lexicon.get(key, ()))
        return out


def _parse_trigger(raw: str, pos: str) -> Trigger:
    text, _, constraint = raw.partition("|")
    return Trigger(tuple(text.lower().split()), pos, constraint or None)


def _is_case_key(alias: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return 0 < len(letters) <= 4 and letters.isupper()


@lru_cache(maxsize=1)
def figure_names() -> frozenset[str]:
    """people.json's full names, folded."""
    return frozenset(norm(p["name"]) for p in _load("people.json")["people"])


@lru_cache(maxsize=1)
def known_people() -> dict[str, list[tuple[str, int, int]]]:
    """people.json by folded short name: [(full name, from year, to year)]."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for p in _load("people.json")["people"]:
        for n in p["names"]:
            out.setdefault(norm(n), []).append((p["name"], p["from"], p["to"]))
    return out


def _with_lexicon(words, lex: dict) -> frozenset[str]:
    """A word list of a type, where "@key" stands for the lexicon's list of that name."""
    return frozenset(w for x in words for w in (lex[x[1:]] if x.startswith("@") else (x,)))


@lru_cache(maxsize=1)
def get_resources() -> Resources:
    ev = _load("event_types.json")
    lex = _load("lexicon.json")
    types: dict[str, TypeSpec] = {}
    for t in ev["types"]:
        triggers = [_parse_trigger(v, "verb") for v in t.get("verbs", [])]
        triggers += [_parse_trigger(n, "noun") for n in t.get("nouns", [])]
        triggers += [_parse_trigger(p, "phrase") for p in t.get("phrases", [])]
        for trig in list(triggers):  # multiword verbs/nouns are phrases
            if trig.pos != "phrase" and len(trig.words) > 1:
                triggers.remove(trig)
                triggers.append(Trigger(trig.words, "phrase", trig.constraint))
        raw = [x.partition("|")[0] for x in t.get("verbs", []) + t.get("nouns", []) + t.get("phrases", [])]
        types[t["name"]] = TypeSpec(
            name=t["name"], cameo=t.get("cameo"), category=t.get("category", ""),
            definition=t.get("definition", ""), triggers=triggers, examples=list(t.get("examples", [])),
            requires=t.get("requires", "actor"), embeds=bool(t.get("embeds")), reporting=bool(t.get("reporting")),
            symmetric=bool(t.get("symmetric")), subject_role=t.get("subject_role", "agent"),
            subjects=frozenset(t.get("subjects", ())), objects=frozenset(t.get("objects", ())),
            subject_heads=frozenset(t.get("subject_heads", ())),
            context=frozenset(t.get("context", ())),
            avoid_context=tuple(t.get("avoid_context", ())),
            of_role=t.get("of_role", "target"),
            compound_role=t.get("compound_role", "agent"),
            poss_role=t.get("poss_role", t.get("subject_role", "agent")),
            target_preps=frozenset(t.get("target_preps", ())) | {"with", "against"},
            complement_target=bool(t.get("complement_target")),
            sense_exclusions=tuple((x["prep"], frozenset(x["objects"])) for x in t.get("sense_exclusions", ())),
            weak_subjects=frozenset(t.get("weak_subjects", ())),
            avoid_subject_modifiers=frozenset(t.get("avoid_subject_modifiers", ())),
            subject_owner_role=t.get("subject_owner_role"),
            blame_preps=frozenset(t.get("blame_preps", ())),
            avoid_complements=_with_lexicon(t.get("avoid_complements", ()), lex),
            object_target=t.get("object_target", True),
            raw_triggers=raw,
        )

    cdata = _load("countries.json")["countries"]
    countries, by_key, case_keys, demonyms, capitals = {}, {}, {}, {}, {}
    for c in cdata:
        country = Country(c["name"], c.get("aliases", []), c.get("demonyms", []), c.get("capitals", []))
        countries[country.name] = country
        for a in [country.name, *country.aliases]:
            if _is_case_key(a):
                case_keys[a] = country.name
            else:
                by_key[norm(a)] = country.name
                if norm(a).startswith("the "):
                    by_key[norm(a)[4:]] = country.name
        for d in country.demonyms:
            if _is_case_key(d):
                case_keys[d] = country.name
            else:
                demonyms[norm(d)] = country.name
        for cap in country.capitals:
            capitals[norm(cap)] = country.name

    odata = _load("organisations.json")["organisations"]
    orgs, org_by_key, org_case, epithets, descriptions = {}, {}, {}, {}, {}
    for o in odata:
        org = Org(o["name"], o.get("kind", "organisation"), o.get("aliases", []), o.get("descriptions", []),
                  o.get("epithets", []))
        orgs[org.name] = org
        for a in [org.name, *org.aliases]:
            if _is_case_key(a):
                org_case[a] = org.name
            else:
                key = norm(a)
                org_by_key[key] = org.name
                if key.startswith("the "):
                    org_by_key[key[4:]] = org.name
        for e in org.epithets:
            epithets[norm(e)] = org.name
        for d in org.descriptions:
            descriptions.setdefault(norm(d), org.name)

    role_classes = {k: frozenset(v) for k, v in lex["role_classes"].items()}
    titles = frozenset(lex["titles"])
    role_words: set[str] = set()
    for phrase in list(titles) + [w for v in role_classes.values() for w in v]:
        role_words.update(re.split(r"[\s-]+", phrase))

    topics = _load("topics.json")
    theme_patterns = []
    for theme in topics["themes"]:
        kws = sorted({norm(k) for k in theme["keywords"]}, key=len, reverse=True)
        pat = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in kws) + r")(?![\w-])")
        theme_patterns.append((theme, pat))

    return Resources(
        types=types, countries=countries, country_by_key=by_key, country_case_keys=case_keys,
        demonym_to_country=demonyms, capital_to_country=capitals, orgs=orgs, org_by_key=org_by_key,
        org_case_keys=org_case, org_epithets=epithets, org_descriptions=descriptions, lexicon=lex,
        titles=titles, role_classes=role_classes, role_words=frozenset(role_words),
        government_nouns=frozenset(lex["government_nouns"]),
        org_class_nouns=frozenset(lex["organisation_class_nouns"]),
        stop_names=frozenset(norm(s) for s in _load("stop_names.json")["stop_names"]),
        themes=topics["themes"], theme_patterns=theme_patterns,
        named_event_heads=[tuple(g) for g in topics["named_event_heads"]],
        exclude_phrases=[tuple(p.lower().split()) for p in ev.get("exclude_phrases", [])],
    )
