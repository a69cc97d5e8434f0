"""Tense around an expression: decides which Friday or which March a bare name means."""
from __future__ import annotations

import re

from .resources import LEX

_ABBR_TITLE = frozenset(LEX["abbreviations_title"].split())
_ABBR = frozenset(LEX["abbreviations"].split())
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\n")
_WORD_BEFORE_DOT = re.compile(r"(?:^|[\s(\"'`])([A-Za-z][A-Za-z.]*)$")


def sentence_cuts(text: str) -> list[int]:
    """Offsets in text where a new sentence starts. A period after an abbreviation is no sentence end:
    never after a title, a month or an initial ("Gen.", "Jan.", "J."), and after "Inc.", "Calif.",
    "U.S." only when a capitalized word follows ("...in Mobile, Ala. The storm...")."""
    return [m.end() for m in _SENTENCE_END.finditer(text)
            if not (text[m.start()] == "." and _abbreviation_dot(text, m.start(), m.end()))]


def _abbreviation_dot(text: str, dot: int, after: int) -> bool:
    """The period at `dot` closes an abbreviation inside a sentence (see sentence_cuts)."""
    w = _WORD_BEFORE_DOT.search(text, max(0, dot - 40), dot)
    if not w:
        return False
    word = w.group(1).lower()
    if len(word) == 1 or word in _ABBR_TITLE:
        return True
    return word in _ABBR and not text[after:after + 2].lstrip()[:1].isupper()


def sentence_before(text: str, pos: int, reach: int = 250) -> str:
    """The part of the sentence before pos (at most `reach` characters)."""
    left = text[max(0, pos - reach):pos]
    cuts = sentence_cuts(left)  # "Inc." or "U.S." inside the sentence does not end it
    return left[cuts[-1]:] if cuts else left


# Strong markers decide; weak ones (any "-ed" word, "to" + verb) only when no strong one is in the clause.
_MARKERS = re.compile(
    r"\b(?:(?P<fut>(?-i:will|may|can|must|might|could(?!\s+(?:not|never|only|be)\b))|won't|wo\s+n't"
    # a present copula before a plan or likelihood ("are expected to", "is likely to") is no present cue
    r"|(?:is|are)\s+(?:(?:also|still|now|not|widely|generally)\s+)?(?:expected|likely|scheduled|slated|poised|set)\s+to"
    r"|shall|'ll|going\s+to|plans?\s+to|planning\s+to|likely\s+to|"
    r"scheduled|expect(?:s|ing)?|expected\s+to|(?:is|are|was|were|be|been|not)\s+due\s+to|is\s+to|are\s+to|"
    r"intends?\s+to|hopes?\s+to|wants?\s+to|(?:was|were)\s+to\s+(?!the\b|a\b|an\b)|"
    r"aims?\s+to|upcoming|next(?!\s+to\b|-door)|would|should|planned|set\s+to|to\s+be\s+held|await\w*|(?:is|are)\s+due|"
    r"forecast\w*|until|payable|extended\s+to|set\s+(?:to|for)|planned\s+for|expires?|expiring)"
    r"|(?P<past>was|were|had|did|said|told|ago|last|earlier|yesterday|been|brought|took|came|went|began|made|gave"
    r"|rose|fell|won|lost|sent|met|held|left|saw|got|spoke|struck|broke|fought|led|ran|paid|sold|bought|found"
    r"|became|grew|knew|thought|wrote|drove|flew|chose|stood|felt|kept|heard|built|spent|shot|fled|sank|died)"
    # ...an infinitive's or a future's "have" is no present ("plans to have a party in October", "will have its
    # meeting"; a modal perfect "would have allowed" stays as it was)
    r"|(?P<pres>is|are|am|says|tells|has|(?<!\bto\s)(?<!will\s)(?<!shall\s)have|does)"
    r"|(?P<wpast>(?-i:(?!(?:succe|proce|exce|ne|se|fe|spe|ble|bre|inde|hundr|sh|w|embe|plann)ed\b)[a-z]{2,}ed))"
    r"|(?P<wfut>to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|our\b|my\b|your\b|this\b|that\b|be\b"
    # ...a quantity after "to" is no verb: "rose from 1,150 sq miles to around 3,850 sq miles"
    r"|around\b|about\b|nearly\b|almost\b|roughly\b|approximately\b|some\b|more\b|less\b|over\b|under\b|just\b"
    r"|only\b)[a-z]+))\b",
    re.IGNORECASE,
)
# "could have", "may have been killed": a modal perfect looks back, it is no future cue.
_MODAL_PERFECT = re.compile(r"\s+(?:not\s+|n't\s+)?have\b", re.IGNORECASE)
_PERFECT_MODALS = frozenset("may might could would should must can".split())
# "as early as Wednesday", "as soon as Friday": the earliest point of something still ahead (unless the
# clause is past: "knew of it as early as March").
_EARLIEST = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.IGNORECASE)
# A temporal subordinate clause: "will report results when it unveils them on Tuesday".
_SUBORDINATE = re.compile(r"\b(?:when|whenever|after|before|until|till|once|as\s+soon\s+as)\b", re.IGNORECASE)
# "It could be Sunday or Monday before ...": a modal with "be" and the time as its complement says when
# something will happen ("could be" before a participle stays no cue: "could be located Wednesday").
_COPULA_MODAL = re.compile(r"\b(?:it|that|this|which)\s+(?:could|may|might|would|will|should)\s+(?:well\s+|not\s+)?be\s+"
                           r"(?:as\s+(?:early|late|soon)\s+as\s+|until\s+)?(?:(?-i:[A-Z][a-z]+)\s+or\s+)?$", re.IGNORECASE)
# A participle before "by" makes "by" the agent ("left by Tuesday's quake"), not a deadline.
_AGENT_BY = re.compile(r"\b(?:[a-z]{2,}ed|left|hit|struck|caused|made|brought|shaken|torn|broken|built|taken"
                       r"|driven|done|seen|shown|known|thrown|flattened)\s+by\s+$", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:by|until|till|as\s+soon\s+as|no\s+later\s+than)\s+$", re.IGNORECASE)
# "since March", "since year-end", "since announcing in July": the period started before the DCT.
_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+(?:[a-z]{3,}ing\s+(?:[a-z]+\s+)?(?:in|on)\s+)?"
                    r"(?:early\s+|late\s+|mid-?\s*|the\s+)?$", re.IGNORECASE)
# Words that state the terms of an announcement: the date is still ahead.
_TERM_BEFORE = re.compile(
    r"\b(?:payable|effective|expiring|(?<!than\s)expected|slated|scheduled|set\s+for|planned\s+for|plans\s+for"
    r"|takes\s+effect|goes\s+into\s+effect|comes\s+into\s+(?:force|effect)|due(?:\s+back|\s+out)?"
    r"|deadline\s+(?:is|of)(?:\s+(?:now|at|on))?)"
    r"\s+(?:on\s+|as\s+of\s+|for\s+)?$", re.IGNORECASE)
# Preparing for an event named with its day (or for the time itself): it is still ahead ("prepared for a Senate
# hearing Tuesday", "a paper released in preparation for the G-20 summit in April", "to prepare the beach for the
# holiday weekend").
_PREPARING_FOR = re.compile(
    r"\b(?:in\s+preparation\s+for|prepar(?:e|es|ed|ing)\s+(?:[\w'-]+\s+){0,3}?for|on\s+the\s+eve\s+of"
    r"|set(?:s|ting)?\s+the\s+stage\s+for|head(?:s|ing)?\s+(?:towards?|into)|in\s+the\s+(?:run|lead)[\s-]up\s+to)\s+"
    r"(?:(?:(?:the|a|an|its|his|her|their|this|next)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:hearing|meeting|summit|vote|talks|session|conference|debate|trial|election|visit|testimony|launch|opening"
    r"|start|arrival|storm|hurricane|game|match|speech|deadline|showdown)s?"
    # ...also with the event's partners and place between: "on the eve of Obama's meeting with top BP executives
    # at the White House on Wednesday"
    r"(?:\s+(?:with|at|in|of|between|among)(?:\s+(?!(?:is|are|was|were|will|has|have|had|said|says|that|which)\b)"
    r"[\w'.-]+){1,5}?){0,2}\s+(?:on\s+|in\s+|at\s+)?)?$",
    re.IGNORECASE)
# A day named right after an accident or attack ("after the explosion at the Deepwater Horizon rig April 20", "the
# blast on Tuesday"): such events are told only once they happened, so the day is past whatever the main clause
# says (lexicon.json `unplanned_events`).
_UNPLANNED_EVENT = re.compile(
    r"\b(?:the|a|an|this|that|its|their|last\s+week's)\s+(?:[\w'-]+\s+){0,2}?(?:"
    + "|".join(sorted(LEX["unplanned_events"].split(), key=len, reverse=True))
    + r")(?:\s+(?:at|on|in|aboard|off|near|of)\s+(?:the\s+)?(?:[\w'.-]+\s+){0,4}?)?\s*(?:on\s+)?$", re.IGNORECASE)
# ...and a day naming such an event ("Thursday's platform fire", "Tuesday's devastating earthquake"): past
_UNPLANNED_AFTER = re.compile(
    r"'s\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(LEX["unplanned_events"].split(), key=len, reverse=True))
    + r")\b", re.IGNORECASE)


def unplanned_event_after(text: str, end: int) -> bool:
    """The time right before end names an accident or attack by its day ("after Thursday's accident")."""
    return bool(_UNPLANNED_AFTER.match(text, end))


# A bare weekday under a clear future cue ("will be grilled about the disaster on Thursday") is the plan's day.
WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY_ONLY = re.compile(WEEKDAY_WORD, re.IGNORECASE)
_FUTURE_CUE = re.compile(r"\b(?:will|(?:is|are)\s+(?:expected|scheduled|due|set|slated)\s+to)\s+(?:[a-z]+\s+){0,3}$",
                         re.IGNORECASE)


# A plan reported in the past perfect is over: "had been scheduled to expire Friday", "had been due Monday".
_PAST_PLAN = re.compile(r"\b(?:had|had\s+not|hadn't)\s+(?:been\s+)?$", re.IGNORECASE)
# ...and so is the verb of such a plan: "had been due to expire Friday", "had been scheduled to open Monday".
# "as (previously) planned", "as scheduled": a comparison with the plan, no future cue ("let the ground offensive
# begin as previously planned Saturday night" is the Saturday just gone)
_AS_PLANNED = re.compile(r"\bas\s+(?:(?:previously|originally|initially|earlier|first|long)\s+)?$", re.IGNORECASE)
_PAST_PLAN_VERB = re.compile(r"\b(?:had|had\s+not|hadn't)\s+(?:been\s+)?(?:due|scheduled|set|expected|planned|supposed"
                             r"|slated|going|hoping|planning)\s+to\s+$", re.IGNORECASE)
# A past verb right before the expression settles it: "announced Wednesday", "fell 50 cents on Friday".
# The verb nearest the expression decides: "which was scheduled to be retired next year, exploded Thursday" is
# settled by "exploded", not by the farther "retired" (whose auxiliary would otherwise drop the cue).
_PAST_VERB_WORD = re.compile(
    r"\b(?:(?-i:(?!(?:succe|proce|exce|ne|se|fe|spe|ble|bre|inde|hundr|sh|w|embe|extend|schedul|plann|expect)ed\b)"
    r"[a-z]{2,}ed)|said|was|were|met|held|began|came|went|took|made|left|told|saw|got|gave|rose|fell|won|lost"
    r"|sent|hit|killed|arrived|spoke|struck|broke|fought|led|ran|paid|sold|bought|found|became"
    r"|slid|sank|shrank|grew|swung|flew|fled|drew|withdrew|wrote|chose|stood|spent|built|kept|brought|sought"
    r"|caught|thought|meant|felt|heard|tore|wore|froze|shook|rang|lay)\b", re.IGNORECASE)
# A past verb right after the expression (one adverb at most between): the verb the time modifies
_PAST_VERB_RIGHT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?=\S)(?:" + _PAST_VERB_WORD.pattern + r")(?!\s+by\b)")
_PAST_VERB_GAP = re.compile(r"(?:\s+[\w$.,%]+){0,3}?\s+(?:on\s+|late\s+|early\s+)?")
_AUX_BEFORE = re.compile(r"\b(?:be|been|being|to|will|would|'ll|can|may|might|must|should|could|shall|get|gets)\s+"
                         r"(?:[a-z]{2,}ly\s+)?$",
                         re.IGNORECASE)
_AUX_REACH = 28  # how far before a participle its auxiliary may stand ("will be officially held")


def _aux_before(s: str, pos: int, reach: int = _AUX_REACH) -> bool:
    """An auxiliary ends the reach before pos: the participle there is no past verb ("will be held")."""
    return bool(_AUX_BEFORE.search(s[max(0, pos - reach):pos]))


_RIGHT_WINDOW = 30
# A sentence opening with the time and stating a plan in the present after its subject: the plan is still ahead
# (only this unambiguous form is looked for beyond the right window: "planned to" may be a past plan)
_PLAN_STATED = re.compile(r"\s*,?\s*(?:(?!(?:is|are|was|were|has|have|had|will|would)\b)[\w'.-]+\s+){1,8}?"
                          r"(?:is|are)\s+(?:scheduled|expected|set|due|slated|poised|going)\s+to\b", re.IGNORECASE)
_PLAN_STATED_REACH = 90
_PAST_WITNESS = object()  # stands for a past-perfect plan ("had been due") among the markers
# The right context ends at the sentence end or a closing quote ("...Thursday,'' Castro said").
_RIGHT_STOP = re.compile(r"[.!?;]\s|\n\n|''|\"|\u201d")


def _right_of(text: str, end: int, width: int) -> str:
    """The text right of end, up to width characters and the end of the sentence ("the U.S. offered" goes on)."""
    right = text[end:end + width]
    for m in _RIGHT_STOP.finditer(right):
        if not (right[m.start()] == "." and _abbreviation_dot(text, end + m.start(), end + m.end())):
            return right[:m.start()]
    return right


# After one of these, the words right of an expression form another clause ("Thursday that it will cap the
# well", "Thursday, and crews will search"); its tense only counts when the left side has no marker at all
# ("On Friday, the leaders will meet").
_CLAUSE_BREAK = re.compile(r"[,:(]|\b(?:that|and|but|or|which|who|whom|where|while|when|whereas|because|although"
                           r"|though|after|before|as(?!\s+part\s+of\b)|so|if|unless)\b", re.IGNORECASE)


# A subordinate or relative clause opening between a main clause's cue and the time: the clause has its own tense.
_CLAUSE_OPENER = re.compile(r"\b(?:after|when|before|since|because|while|although|though|that|which|who|where)\b",
                            re.IGNORECASE)
_CONTRAST = re.compile(r"[,;]\s*but\b", re.IGNORECASE)
_POSSESSIVE_LEFT = 24
# "Friday's Hope For Haiti telethon": a planned event named by its day (names between the day and the noun)
_PLANNED_EVENT_AFTER = re.compile(r"'s\s+(?:(?-i:[A-Z][\w'-]*)\s+|(?:for|of|and|the)\s+){0,5}(?:"
                                  + "|".join(LEX["planned_events"].split()) + r")\b", re.IGNORECASE)
# A participle right after one of these is an adjective ("the flooded valley"), not a past verb.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+$", re.IGNORECASE)


def _future_main_clause(left: str) -> bool:
    """left (the sentence up to an expression) ends in a temporal clause (when/after/before/until ...) with no
    past or future marker of its own, under a main clause whose nearest strong marker is future: a present
    tense there refers to the future ("BP will report results when it unveils them on Tuesday")."""
    subs = list(_SUBORDINATE.finditer(left))
    if not subs:
        return False
    sub = subs[-1]
    for m in _MARKERS.finditer(left, sub.end()):
        if m.group("fut") or m.group("past") or (m.group("wpast") and not _aux_before(left, m.start())):
            return False  # "when the plan was approved on Tuesday", "after it is expected Tuesday"
    main = left[:sub.start()]
    nearest = None
    for m in _MARKERS.finditer(main):
        if m.group("fut") or m.group("past") or m.group("pres"):
            nearest = m
    return bool(nearest and nearest.group("fut") and not (
        nearest.group(0).lower() in _PERFECT_MODALS and _MODAL_PERFECT.match(main, nearest.end())))


def _past_verb_left(text: str, start: int) -> int:
    """Offset of the past verb nearest before start and at most three words from it, else -1."""
    window = sentence_before(text, start, 40)  # not the last verb of the sentence before ("criticised the EPA. On")
    base = start - len(window)
    for m in reversed(list(_PAST_VERB_WORD.finditer(window))):
        if _PAST_VERB_GAP.fullmatch(window, m.end()):
            if _DETERMINER_BEFORE.search(text, max(0, base + m.start() - 12), base + m.start()):
                continue  # an adjective: "will travel to the flooded valley on Friday"
            return base + m.start()
    return -1


def tense(text: str, start: int, end: int, strong_only: bool = False, possessive: bool = False) -> str | None:
    """'future', 'past', 'present' or None from the nearest tense marker in the same sentence
    (strong markers first; with strong_only, weak markers are ignored). A possessive ("Tuesday's quake") names
    an event by its day: "by" before it is the agent, and only a future cue in its own clause counts."""
    near = text[max(0, start - 24):start]
    if _COPULA_MODAL.search(text, max(0, start - 40), start):
        return "future"  # "It could be Sunday or Monday before officials learn ..."
    if _EARLIEST.search(near):
        # "could vote as early as Wednesday": ahead unless the clause is past ("knew of it as early as March")
        return "past" if _tense(text, start, end, strong_only, possessive) == "past" else "future"
    return _tense(text, start, end, strong_only, possessive)


_ANY_MODAL = re.compile(r"\b(?:will|would|could|can|may|might|must|shall|should|'ll|wo\s+n't|won't)\b", re.IGNORECASE)


def _modal_free_left(text: str, pos: int, after_contrast: bool = False) -> str | None:
    """The sentence before pos (after its last contrastive "but", if asked), or None when it has a modal."""
    left = sentence_before(text, pos, 200)
    contrast = list(_CONTRAST.finditer(left)) if after_contrast else []
    if contrast:
        left = left[contrast[-1].end():]
    return None if _ANY_MODAL.search(left) else left


def _past_by(text: str, by: int, end: int) -> bool:
    """ "by" + a time in a past sentence is the point something was done by, not a deadline ahead: the sentence
    before "by" has a strong past marker nearest and no future cue or modal at all ("the oil was gone by the end of
    July", "shares had fallen 5% by Friday"; not "said the well could be capped by August"); a sentence opening
    with "By the end of May, ..." takes the tense of its main clause's first verb."""
    left = _modal_free_left(text, by, after_contrast=True)
    if left is None:
        return False
    nearest = None
    for m in _MARKERS.finditer(left):
        if m.group("fut"):
            return False
        if m.group("past") or m.group("pres") or (m.group("wfut") and nearest is not None):
            nearest = m  # "to" + verb counts only after the main verb: "said he expected the deal to close by"
    if nearest is not None:
        return bool(nearest.group("past"))
    if left.strip(" \t\n\"'`(").strip():
        return False  # words but no tense: leave it a deadline
    right = _right_of(text, end, 160)
    for m in _MARKERS.finditer(right):
        if (m.group("past") or m.group("wpast")) and _aux_before(right, m.start()):
            continue
        return bool(m.group("past") or m.group("wpast"))
    return False


_LASTING_VERBS = frozenset(LEX["lasting_verbs"].split())
_ASPECT_PAST = re.compile(r"\b(?:" + "|".join(LEX["aspect_past_verbs"].split()) + r")\s+$", re.IGNORECASE)
_LASTING_GAP = re.compile(r"(?:\s+(?:on|late|into|well|far|long|all|the|night|day)){0,3}\s+$", re.IGNORECASE)


def _past_until(text: str, until: int) -> bool:
    """ "until" + a time right after a past verb of something that went on ("The talks lasted until late Tuesday",
    "the meeting ran until 2 a.m. Thursday") in a sentence with no modal or future cue: the time is past."""
    left = _modal_free_left(text, until)
    if left is None:
        return False
    nearest = None
    for m in _MARKERS.finditer(left):
        if m.group("fut"):
            return False
        nearest = m
    return (nearest is not None and nearest.group(0).lower() in _LASTING_VERBS
            and bool(_LASTING_GAP.fullmatch(left, nearest.end())))


def _tense(text: str, start: int, end: int, strong_only: bool, possessive: bool) -> str | None:
    near = text[max(0, start - 24):start]
    deadline = _DEADLINE.search(near)
    if deadline and not (possessive and _AGENT_BY.search(near)):
        if deadline.group(0)[:2].lower() == "by" and _past_by(text, max(0, start - 24) + deadline.start(), end):
            return "past"  # "was eaten by bacteria by the end of July", "had fallen 5% by Friday"
        if deadline.group(0)[:2].lower() in ("un", "ti") and _past_until(text, max(0, start - 24) + deadline.start()):
            return "past"  # "The talks lasted until late Tuesday"
        return "future"  # "by Jan. 14", "until May", "as soon as Tuesday" (not "left by Tuesday's quake")
    if _SINCE.search(text, max(0, start - 40), start):
        return "past"  # "since March", "since year-end"
    if _PREPARING_FOR.search(text, max(0, start - 110), start):
        return "future"  # "prepared for a Senate hearing Tuesday"
    event = _UNPLANNED_EVENT.search(text, max(0, start - 70), start)
    if event and not (_WEEKDAY_ONLY.fullmatch(text, start, end) and _FUTURE_CUE.search(
            sentence_before(text, event.start(), 80))):
        return "past"  # "after the explosion at the rig April 20" (not "is expected to discuss the disaster Thursday")
    term = _TERM_BEFORE.search(near)
    if term and not _PAST_PLAN.search(near[:term.start()]) and not _AS_PLANNED.search(
            text, max(0, start - 48), max(0, start - 24) + term.start()):
        return "future"  # "payable Jan. 2", "effective Feb. 1", "is expected Monday" (not "had been expected")
    verb = _past_verb_left(text, start)
    if verb >= 0 and not _aux_before(text, verb, 36):
        return "past"  # ...but "will be held on Nov. 6" is not
    left = sentence_before(text, start, 120)
    if _PAST_VERB_RIGHT.match(text, end) and not _MARKERS.search(left):
        return "past"  # "The WHO on Thursday officially declared it would stop ...": the verb it modifies
        # (not "will meet Obama on Wednesday prepared to offer ...": the clause's own tense comes first)
    if _PAST_VERB_RIGHT.match(text, end):
        opener = max(_CLAUSE_OPENER.finditer(left), key=lambda m: m.end(), default=None)
        if opener and not _MARKERS.search(left, opener.end()):
            return "past"  # "could ban BP after lawmakers in July voted to ...": the time's own clause is past
    sentence_left = left
    contrast = list(_CONTRAST.finditer(left))
    if contrast:
        # "it may be back in a flash, but at 3:25 p.m. Thursday it ceased to spew oil": the clause after a
        # contrastive "but" has its own tense; the markers before it are another clause's
        left = left[contrast[-1].end():]
    if possessive:
        # "will organise a conference to help the victims of Tuesday's earthquake": the main clause's
        # future is not the event's; only a cue in the noun phrase's own clause, a few words back, counts
        breaks = list(_CLAUSE_BREAK.finditer(left))
        if breaks:
            left = left[breaks[-1].end():]
        if len(left) > _POSSESSIVE_LEFT and not _PLANNED_EVENT_AFTER.match(text, end):
            cut = left.find(" ", len(left) - _POSSESSIVE_LEFT)  # whole words only
            left = left[cut:] if cut >= 0 else ""
    best = {True: (None, 10 ** 6), False: (None, 10 ** 6)}  # strong?, (match, distance)
    for m in _MARKERS.finditer(left):
        if (m.group("past") or m.group("wpast")) and _aux_before(left, m.start()):
            continue  # participle after an auxiliary: "will be held", "to be announced"
        if m.group("wfut") and _ASPECT_PAST.search(left, max(0, m.start() - 16), m.start()):
            continue  # "continued to pile pressure ... over the weekend": the past verb's own time
        if m.group("fut") and m.group(0).lower() in ("planned", "scheduled") and _AS_PLANNED.search(
                left, max(0, m.start() - 20), m.start()):
            continue  # "as previously planned Saturday night"
        if m.group("fut") and (_PAST_PLAN.search(left[max(0, m.start() - 16):m.start()])
                               or _PAST_PLAN_VERB.search(left[max(0, m.start() - 36):m.start()])
                               or (m.group(0).lower() in _PERFECT_MODALS and _MODAL_PERFECT.match(left, m.end()))):
            best[True] = (_PAST_WITNESS, len(left) - m.end())  # "had been scheduled to", "may have been killed"
            continue
        strong = not (m.group("wpast") or m.group("wfut"))
        dist = len(left) - m.end()
        if dist <= best[strong][1]:
            best[strong] = (m, dist)
    left_marked = best[True][0] is not None or best[False][0] is not None
    right = _right_of(text, end, _RIGHT_WINDOW)
    for m in _MARKERS.finditer(right):
        if (m.group("past") or m.group("wpast")) and _aux_before(right, m.start()):
            continue
        if left_marked and _CLAUSE_BREAK.search(right, 0, m.start()):
            break  # "said ... Thursday that it will ...": the next clause has its own time
        if m.group("fut") and m.group(0).lower() in _PERFECT_MODALS and _MODAL_PERFECT.match(right, m.end()):
            continue  # "Monday's storm may have killed ..." looks back
        strong = not (m.group("wpast") or m.group("wfut"))
        dist = m.start() + 5  # left context is a slightly better witness than right context
        if dist < best[strong][1]:
            best[strong] = (m, dist)
    if not left_marked and best[True][0] is None and _PLAN_STATED.match(_right_of(text, end, _PLAN_STATED_REACH)):
        return "future"  # "On Wednesday, a toxicologist from Texas Tech University is scheduled to tell ..."
    m = best[True][0] or (None if strong_only else best[False][0])
    if not possessive and (m is None or (m is not _PAST_WITNESS and m.group("pres"))) and _future_main_clause(
            sentence_left):
        return "future"  # "will report its results when it unveils them (is sworn in) on Tuesday"
    if m is None:
        return None
    if m is _PAST_WITNESS:
        return "past"
    if m.group("fut") or m.group("wfut"):
        return "future"
    if m.group("past") or m.group("wpast"):
        return "past"
    return "present"


# Present tense announcing a plan right before a weekday: "Arafat and Netanyahu meet separately Monday",
# "the court hears the case Tuesday", "trading resumes on Friday". News uses it for the coming day; the
# word before the verb must not make it a noun ("the vote Monday", "his visit Friday"), past ("did") or
# leave the tense to the other cues ("did not meet", "had been due to expire").
_PLAN_VERB_LEFT = re.compile(
    r"(?:^|[\s,])(?P<prev>[\w'.]+)\s+"
    r"(?:meets?|opens?|begins?|starts?|arrives?|leaves?|visits?|resumes?|heads?|votes?|travels?|returns?"
    r"|faces?|goes|closes?|ends?|hears?|convenes?|flies|departs?|reopens?|kicks\s+off|expires?|plays?"
    r"|testifies|testify|rules|decides|takes\s+office|gets\s+under\s+way"
    # ...also a verb with what is held or put out (lexicon.json `plan_object_verbs`, `plan_object_nouns`): "the
    # commission holds its first meeting Monday", "Shell, which reports its results on Wednesday", "when it unveils
    # annual results on Tuesday"
    r"|(?:" + "|".join(LEX["plan_object_verbs"].split()) + r")\s+(?:(?:its|their|his|her|a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(LEX["plan_object_nouns"].split()) + r"))"
    r"(?:\s+(?:separately|again|jointly|together|here|there|abroad|home|formally|officially))?"
    # ...also with the place between: "Albright arrives in Kenya on Tuesday", "who returns to Washington on Friday"
    r"(?:\s+(?:to|in|for|at)\s+(?:the\s+)?(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){0,2})?"
    r"\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_NOT_SUBJECT = frozenset(
    "the a an his her its their our my your this that these those last first next each every no any "
    "did didn't had hadn't was were wasn't weren't not never been to".split())


_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]{3,}ing\b")


def infinitive_between(text: str, a: int, b: int) -> bool:
    """The text from a to b (one sentence, no clause with a verb of its own) is "to" + verb and what that verb
    governs: "agreed Tuesday [to resume talks] Friday", "was ordered Monday [to appear in court] Friday"."""
    between = text[a:b]
    if len(between) > 80 or re.search(r"[.;:!?]", between) or _PARTICIPLE_CLAUSE.search(between):
        return False  # ...not across a participle clause ("to close at 11,059, recovering part of Monday's drop")
    to = None
    for m in _MARKERS.finditer(between):
        if to is None:
            if not m.group("wfut"):
                return False  # a verb of another clause before the infinitive
            to = m
        elif m.group("past") or m.group("wpast") or m.group("pres") or m.group("fut"):
            return False  # "went Monday to see his mother, who died Friday"
    return to is not None and not re.search(r"(?:who|which|that|when|where)", between, re.IGNORECASE)


def plan_verb_before(text: str, start: int) -> bool:
    """A present-tense plan verb ("meet", "opens") directly before the expression at start."""
    m = _PLAN_VERB_LEFT.search(text[max(0, start - 60):start])
    return bool(m) and m.group("prev").lower() not in _NOT_SUBJECT
