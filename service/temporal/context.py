"""Tense around an expression: decides which Friday or which March a bare name means."""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?;]\s|\n\n")
# Strong markers decide; weak ones (any "-ed" word, "to" + verb) only when no strong one is in the clause.
_MARKERS = re.compile(
    r"\b(?:(?P<fut>(?-i:will|may|can|must|might)|won't|wo\s+n't|shall|'ll|going\s+to|plans?\s+to|planning\s+to|"
    r"scheduled|expects?\s+to|expected\s+to|due\s+to|is\s+to|are\s+to|intends?\s+to|hopes?\s+to|wants?\s+to|"
    r"aims?\s+to|upcoming|next|would|should|planned|set\s+to|to\s+be\s+held|await\w*|"
    r"forecast\w*|until|payable|extended\s+to|set\s+(?:to|for)|planned\s+for|expires?|expiring)"
    r"|(?P<past>was|were|had|did|said|told|ago|last|earlier|yesterday|been|brought|took|came|went|began|made|gave"
    r"|rose|fell|won|lost|sent|met|held|left|saw|got|spoke|struck|broke|fought|led|ran|paid|sold|bought|found"
    r"|became|grew|knew|thought|wrote|drove|flew|chose|stood|felt|kept|heard|built|spent|shot|fled|sank|died)"
    r"|(?P<pres>is|are|am|says|tells|has|have|does)"
    r"|(?P<wpast>(?-i:(?!(?:succe|proce|exce|ne|se|fe|spe|ble|bre|inde|hundr|sh|w|embe|plann)ed\b)[a-z]{2,}ed))"
    r"|(?P<wfut>to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|our\b|my\b|your\b|this\b|that\b|be\b)[a-z]+))\b",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"\b(?:by|until|till)\s+$", re.IGNORECASE)
# A past verb right before the expression settles it: "announced Wednesday", "fell 50 cents on Friday".
_PAST_VERB_LEFT = re.compile(
    r"\b(?:(?-i:(?!(?:succe|proce|exce|ne|se|fe|spe|ble|bre|inde|hundr|sh|w|embe|extend|schedul|plann|expect)ed\b)"
    r"[a-z]{2,}ed)|said|was|were|met|held|began|came|went|took|made|left|told|saw|got|gave|rose|fell|won|lost"
    r"|sent|hit|killed|arrived|spoke|struck|broke|fought|led|ran|paid|sold|bought|found|became)"
    r"(?:\s+[\w$.,%]+){0,3}?\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
_AUX_BEFORE = re.compile(r"\b(?:be|been|being|to|will|would|'ll|can|may|might|must|should|could|shall|get|gets)\s+$",
                         re.IGNORECASE)
_RIGHT_WINDOW = 30
# The right context ends at the sentence end or a closing quote ("...Thursday,'' Castro said").
_RIGHT_STOP = re.compile(r"[.!?;]\s|\n\n|''|\"|\u201d")


def tense(text: str, start: int, end: int, strong_only: bool = False) -> str | None:
    """'future', 'past', 'present' or None from the nearest tense marker in the same sentence
    (strong markers first; with strong_only, weak markers are ignored)."""
    if _DEADLINE.search(text[max(0, start - 8):start]):
        return "future"  # "by Jan. 14", "until May"
    base = max(0, start - 40)
    verb = _PAST_VERB_LEFT.search(text[base:start])
    if verb and not _AUX_BEFORE.search(text[max(0, base + verb.start() - 20):base + verb.start()]):
        return "past"  # ...but "will be held on Nov. 6" is not
    lo = max(0, start - 120)
    left = text[lo:start]
    cuts = [m.end() for m in _SENTENCE_END.finditer(left)]
    if cuts:
        left = left[cuts[-1]:]
    right = text[end:end + _RIGHT_WINDOW]
    stop = _RIGHT_STOP.search(right)
    if stop:
        right = right[:stop.start()]
    best = {True: (None, 10 ** 6), False: (None, 10 ** 6)}  # strong?, (match, distance)
    for m in _MARKERS.finditer(left):
        if (m.group("past") or m.group("wpast")) and _AUX_BEFORE.search(left[max(0, m.start() - 12):m.start()]):
            continue  # participle after an auxiliary: "will be held", "to be announced"
        strong = not (m.group("wpast") or m.group("wfut"))
        dist = len(left) - m.end()
        if dist <= best[strong][1]:
            best[strong] = (m, dist)
    for m in _MARKERS.finditer(right):
        if (m.group("past") or m.group("wpast")) and _AUX_BEFORE.search(right[max(0, m.start() - 12):m.start()]):
            continue
        strong = not (m.group("wpast") or m.group("wfut"))
        dist = m.start() + 5  # left context is a slightly better witness than right context
        if dist < best[strong][1]:
            best[strong] = (m, dist)
    m = best[True][0] or (None if strong_only else best[False][0])
    if m is None:
        return None
    if m.group("fut") or m.group("wfut"):
        return "future"
    if m.group("past") or m.group("wpast"):
        return "past"
    return "present"
