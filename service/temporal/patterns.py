"""Load the pattern data (resources/rules.py) and compile it once at import time.

The rules are data, not code: fragments, rules, modifiers, trigger. See their header for the format.
Compiled objects are immutable and shared by all threads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .resources.rules import RULES

# ASCII: a third faster than Unicode case-folding; the recognizer maps Unicode spaces, quotes and
# dashes to ASCII (same length, so offsets are unchanged) before matching.
FLAGS = re.IGNORECASE | re.VERBOSE | re.ASCII
_FRAGMENT_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")

# Word boundaries added around every rule: not inside a word, a number or an amount,
# and not glued to a following word by a hyphen ("20-year-old" is handled by a blocker).
_LEFT = r"(?<![\w$£€#@])(?<!\d[.,:/-])"
_RIGHT = r"(?!\w)(?!-[A-Za-z0-9])"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    type: str  # DATE | TIME | DURATION | SET | NONE (blocker)
    normalizer: str
    regex: re.Pattern
    priority: int


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
            rules.append(Rule(name, typ, normalizer, regex, len(rules)))
        elif kind in ("mod", "modonly"):
            source = r"(?<![\w-])(?:" + _expand(body, fragments) + r")(?:\s+|-)$"
            prefixes.append(Modifier(header[1], frozenset(header[2:]), re.compile(source, FLAGS),
                                     extend=kind == "mod"))
        elif kind == "suffix":
            source = r"^(?:" + _expand(body, fragments) + r")(?!\w)"
            suffixes.append(Modifier(header[1], frozenset(header[2:]), re.compile(source, FLAGS)))
        elif kind == "trigger":
            trigger = re.compile(r"(?<!\w)(?:" + _expand(body, fragments) + ")", FLAGS)
        else:
            raise ValueError(f"unknown block @{kind}")
    return PatternSet(tuple(rules), tuple(prefixes), tuple(suffixes), fragments, trigger)


PATTERNS = load()
