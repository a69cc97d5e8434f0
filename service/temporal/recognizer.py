"""Recognition: run every rule, keep the longest non-overlapping matches, attach modifiers.

Returns raw candidates (span + rule + match); normalization happens in the normalizer package.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .patterns import PATTERNS, PatternSet, Rule, lower_ascii

_LEFT_WINDOW = 40

# One character for one character, so offsets into the folded text are offsets into the original.
_FOLD = str.maketrans({
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ",
    "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u3000": " ",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
})


def fold(text: str) -> str:
    """ASCII look-alikes for Unicode spaces, quotes and dashes (length-preserving)."""
    return text.translate(_FOLD)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match
    mod: str | None = None


def _span(rule: Rule, m: re.Match) -> tuple[int, int]:
    # A `skip` group is context, not part of the expression ("in" before "May"); so is a trailing `after`
    # group ("-99" after "1998": the word boundary is checked after it, the span ends before it).
    start, end = m.start(), m.end()
    groups = rule.regex.groupindex
    if "skip" in groups and m.group("skip") is not None:
        start = m.end("skip")
        while start < end and m.string[start].isspace():
            start += 1
    if "after" in groups and m.group("after") is not None:
        end = m.start("after")
    return start, end


_WINDOW = 80  # no expression reaches further than this from its trigger word


def windows(text: str, patterns: PatternSet = PATTERNS) -> list[tuple[int, int]]:
    """Merged text windows around trigger words; scanning only these is what makes the engine fast."""
    if patterns.trigger is None:
        return [(0, len(text))]
    out: list[list[int]] = []
    n = len(text)
    for m in patterns.trigger.finditer(text):
        a, b = max(0, m.start() - _WINDOW), min(n, m.end() + _WINDOW)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def candidates(text: str, patterns: PatternSet = PATTERNS) -> list[Candidate]:
    found: list[Candidate] = []
    spans = windows(text, patterns)
    low = lower_ascii(text)
    present = {s for s in patterns.literals if s in low}
    for rule in patterns.rules:
        rule_spans = spans
        if rule.needs:  # only the windows holding one of the rule's required literals can hold a match
            needs = [s for s in rule.needs if s in present]
            if not needs:
                continue
            rule_spans = [(a, b) for a, b in spans if any(low.find(s, a, b) >= 0 for s in needs)]
        finditer = rule.regex.finditer
        for a, b in rule_spans:
            for m in finditer(text, a, b):
                start, end = _span(rule, m)
                if end > start:
                    found.append(Candidate(start, end, rule, m))
    # Longest first, then rule order; greedy keeps the best non-overlapping set.
    # Ties on the span go to the longer whole match (context included), then to rule order.
    found.sort(key=lambda c: (c.start - c.end, c.match.start() - c.match.end(), c.rule.priority, c.start))
    starts: list[int] = []  # taken spans are disjoint: sorted starts and their ends suffice
    ends: list[int] = []
    kept: list[Candidate] = []
    for c in found:
        i = bisect.bisect_left(starts, c.end)  # spans starting before c ends; only the last can overlap
        if i and ends[i - 1] > c.start:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    kept = [c for c in kept if c.rule.type != "NONE"]
    kept.sort(key=lambda c: c.start)
    return kept


# a stretch with no amount to approximate: "about" is its preposition ("talks about the early days", "about the past")
_NO_AMOUNT = re.compile(r"the\s+(?:past|future|present)$"
                        r"|the\s+(?:early|first|final|last|closing|opening|dying)\s+(?:hours|days|weeks|months|years)$")


def attach_modifiers(text: str, cands: list[Candidate], typ_of, patterns: PatternSet = PATTERNS) -> None:
    """Extend spans leftwards over "early", "the end of", "about"... (and rightwards over "or so")."""
    prev_end = 0
    for i, c in enumerate(cands):
        typ = typ_of(c)
        left = text[max(prev_end, c.start - _LEFT_WINDOW):c.start]
        head = text[c.start:c.end].lower()
        possessive = text.startswith("'s", c.end)  # "around Wednesday's ruling": the mod is the noun's
        ref_word = c.rule.normalizer == "ref_word"
        best = None  # the longest modifier wins ("no more than" over "more than"), then file order
        for mod in patterns.prefixes:
            if mod.mod == "APPROX" and (possessive or _NO_AMOUNT.match(head)):
                continue
            if typ not in mod.types:
                continue
            if ref_word and mod.mod in ("START", "MID", "END"):
                continue  # "those who cashed out early now": the adverb is the verb's, "now" has no start
            # "over the past year" is a preposition, not "more than"; quantity mods need a number.
            if typ == "DURATION" and mod.mod != "APPROX" and head.startswith(("the ", "each ", "in ", "for ")):
                continue
            m = mod.regex.search(left)
            if m and (best is None or m.start() < best[1].start()):
                best = (mod, m)
        if best:
            mod, m = best
            if mod.extend:
                c.start -= len(left) - m.start()
            c.mod = mod.mod
        nxt = cands[i + 1].start if i + 1 < len(cands) else len(text)
        right = text[c.end:nxt]
        for mod in patterns.suffixes:
            if typ not in mod.types:
                continue
            m = mod.regex.match(right)
            if m:
                c.end += m.end()
                c.mod = c.mod or mod.mod
                break
        prev_end = c.end
