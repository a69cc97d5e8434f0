"""Load the pattern data (resources/rules.py) and compile it once at import time.

The rules are data, not code: fragments, rules, modifiers, trigger. See their header for the format.
Compiled objects are immutable and shared by all threads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

try:  # the regex parser is private: without it the pre-filter is simply off (every rule scans every window)
    from re import _constants as _sre
    from re import _parser
except ImportError:  # pragma: no cover
    _sre = _parser = None

from .resources.rules import RULES

# ASCII: a third faster than Unicode case-folding; the recognizer maps Unicode spaces, quotes and
# dashes to ASCII (same length, so offsets are unchanged) before matching.
FLAGS = re.IGNORECASE | re.VERBOSE | re.ASCII
_FRAGMENT_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")

# Word boundaries added around every rule: not inside a word, a number or an amount,
# and not glued to a following word by a hyphen ("20-year-old" is handled by a blocker).
_LEFT = r"(?<![\w$£€#@])(?<!\d[.,:/-])"
_RIGHT = r"(?!\w)(?!-[A-Za-z0-9])"

_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def lower_ascii(text: str) -> str:
    """ASCII letters lowercased, as IGNORECASE | ASCII folds them (unlike str.lower(), keeps the length)."""
    return text.translate(_LOWER)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    type: str  # DATE | TIME | DURATION | SET | NONE (blocker)
    normalizer: str
    regex: re.Pattern
    priority: int
    needs: tuple[str, ...] = ()  # lowercase literals, one of which is in every match (empty: no pre-filter)


@dataclass(frozen=True, slots=True)
class Modifier:
    mod: str
    types: frozenset
    regex: re.Pattern  # left modifiers are anchored at the end of the left context; suffixes at the start
    extend: bool = True  # False: set mod, keep the extent ("within a week" -> "a week")


@dataclass(frozen=True, slots=True)
class PatternSet:
    rules: tuple[Rule, ...]
    prefixes: tuple[Modifier, ...]
    suffixes: tuple[Modifier, ...]
    fragments: dict
    trigger: re.Pattern | None = None  # speed gate: rules run only in windows around these words
    shifts: tuple[re.Pattern, ...] = ()  # "the day after" right before a day: moves it (anchored at the end of the left)
    literals: frozenset = field(init=False)  # all rules' required literals: each is looked up once per text

    def __post_init__(self):
        object.__setattr__(self, "literals", frozenset(s for rule in self.rules for s in rule.needs))


# Literal pre-filter. A rule's regex is tried at every position of a window, so a rule runs only on windows that hold
# one of the literals its every match must contain ("quarter", "ago", "daily"...). They are read off the parsed
# pattern, never written by hand, so no match can be lost: a zero-width assertion adds nothing, an optional or
# unknown part ends a run of literals.
_MAX_STRINGS = 64  # a larger set of alternatives is dropped (it costs more to build and look up than it saves)


def _needs(strings: set | None) -> set | None:
    """strings as a required set: without a string that contains another one (it adds nothing), if small enough."""
    if strings is None or "" in strings:
        return None
    strings = {s for s in strings if not any(o != s and o in s for o in strings)}
    return strings if len(strings) <= _MAX_STRINGS else None


def _better(a: set | None, b: set | None) -> set | None:
    """The more selective of two required sets (longer shortest string, then fewer strings); None is no set."""
    if a is None or b is not None and (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)):
        return b
    return a


def _item_literals(op, av) -> tuple[set | None, set | None]:
    """(exact, needs) of one parsed item: every string it can match (None: unknown or too many), and strings one of
    which is in every match (None: none known)."""
    if op is _sre.LITERAL:
        s = {chr(av).translate(_LOWER)}
        return s, s
    if op is _sre.IN:  # a small class of single characters ("[-/]")
        chars = set()
        for o, a in av:
            if o is _sre.LITERAL:
                chars.add(chr(a).translate(_LOWER))
            elif o is _sre.RANGE and a[1] - a[0] < 4:
                chars.update(chr(x).translate(_LOWER) for x in range(a[0], a[1] + 1))
            else:
                return None, None
        return (chars, chars) if len(chars) <= 4 else (None, None)
    if op is _sre.SUBPATTERN:
        return _sequence_literals(av[3])
    if op is _sre.ATOMIC_GROUP:
        return _sequence_literals(av)
    if op is _sre.BRANCH:
        exact, needs = set(), set()
        for branch in av[1]:
            e, n = _sequence_literals(branch)
            exact = exact | e if exact is not None and e is not None and len(exact | e) <= _MAX_STRINGS else None
            needs = needs | n if needs is not None and n is not None else None
        return exact, _needs(needs)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        lo, hi, body = av
        e, n = _sequence_literals(body)
        if lo == 0:
            return (e | {""} if hi == 1 and e is not None else None), None
        return (e if lo == hi == 1 else None), n
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {""}, None  # zero width: the literals on either side stay adjacent
    return None, None


def _sequence_literals(items) -> tuple[set | None, set | None]:
    run = {""}  # the exact strings of the items since the last inexact one, joined
    exact, best = True, None
    for op, av in items:
        e, n = _item_literals(op, av)
        if e is not None:
            joined = {a + b for a in run for b in e}
            if len(joined) <= _MAX_STRINGS:
                run = joined
                continue
            exact, best, run = False, _better(best, _needs(run)), e
            continue
        exact, best, run = False, _better(_better(best, _needs(run)), n), {""}
    return (run if exact else None), _better(best, _needs(run))


def required_literals(regex: re.Pattern) -> tuple[str, ...]:
    """Lowercase strings one of which every match of regex contains (empty: none known)."""
    if _parser is None or regex.flags & re.IGNORECASE and not regex.flags & re.ASCII:
        return ()  # Unicode case folding matches more than the lowercase literal ("\u017f" for "s")
    try:
        _, needs = _sequence_literals(_parser.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 -- an internal change in the parser turns the pre-filter off, never the engine
        return ()
    return tuple(sorted(needs or ()))


def _blocks(text: str):
    header, body = None, []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@"):
            if header:
                yield header, "\n".join(body)
            header, body = line[1:].split(), []
        else:
            body.append(line)
    if header:
        yield header, "\n".join(body)


def _expand(source: str, fragments: dict) -> str:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in fragments:
            raise KeyError(f"unknown fragment {{{name}}}")
        return fragments[name]

    return _FRAGMENT_REF.sub(sub, source)


def load(source: str = RULES) -> PatternSet:
    fragments: dict[str, str] = {}
    rules: list[Rule] = []
    prefixes: list[Modifier] = []
    suffixes: list[Modifier] = []
    trigger = None
    shifts: list[re.Pattern] = []
    for header, body in _blocks(source):
        kind = header[0]
        if kind == "fragment":
            fragments[header[1]] = "(?:" + _expand(body, fragments) + ")"
        elif kind == "rule":
            name, typ, normalizer = header[1], header[2], header[3]
            source = _LEFT + "(?:" + _expand(body, fragments) + ")" + _RIGHT
            try:
                regex = re.compile(source, FLAGS)
            except re.error as exc:
                raise ValueError(f"rule {name}: {exc}") from exc
            rules.append(Rule(name, typ, normalizer, regex, len(rules), required_literals(regex)))
        elif kind in ("mod", "modonly"):
            source = r"(?<![\w-])(?:" + _expand(body, fragments) + r")(?:\s+|-)$"
            prefixes.append(Modifier(header[1], frozenset(header[2:]), re.compile(source, FLAGS),
                                     extend=kind == "mod"))
        elif kind == "suffix":
            source = r"^(?:" + _expand(body, fragments) + r")(?!\w)"
            suffixes.append(Modifier(header[1], frozenset(header[2:]), re.compile(source, FLAGS)))
        elif kind == "shift":
            shifts.append(re.compile(r"(?<![\w-])(?:" + _expand(body, fragments) + r")\s+$", FLAGS))
        elif kind == "trigger":
            trigger = re.compile(r"(?<!\w)(?:" + _expand(body, fragments) + ")", FLAGS)
        else:
            raise ValueError(f"unknown block @{kind}")
    return PatternSet(tuple(rules), tuple(prefixes), tuple(suffixes), fragments, trigger, tuple(shifts))


PATTERNS = load()
