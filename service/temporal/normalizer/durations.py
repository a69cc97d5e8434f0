"""Durations: "three years", "two and a half hours", "half a day", "weeks", race times."""
from __future__ import annotations

import re

from .words import UNITS, VAGUE_UNITS, norm, number, unit_key


def duration_value(n: float | None, unit: str) -> str | None:
    key = unit_key(unit)
    if key not in UNITS:
        return None
    if n is None:
        return VAGUE_UNITS.get(key)
    letter, mult, is_time = UNITS[key]
    total = n * mult
    prefix = "PT" if is_time else "P"
    if total == int(total):
        return f"{prefix}{int(total)}{letter}"
    # fractions: spell the remainder in the next smaller unit (P2Y6M, PT1H30M, P1D12H -> PT36H)
    whole = int(total)
    if letter == "Y":
        months = round((total - whole) * 12)
        return f"P{whole}Y{months}M" if whole else f"P{months}M"
    if letter == "M" and not is_time:
        days = round((total - whole) * 30)
        return f"P{whole}M{days}D" if whole else f"P{days}D"
    if letter == "W":
        return f"P{round(total * 7)}D"
    if letter == "Q":
        return f"P{round(total * 3)}M" if total * 3 == round(total * 3) else None
    if letter == "D":
        return f"PT{round(total * 24)}H"
    if letter == "H":
        mins = round((total - whole) * 60)
        return f"PT{whole}H{mins}M" if whole else f"PT{mins}M"
    if letter == "M":
        secs = round((total - whole) * 60)
        return f"PT{whole}M{secs}S" if whole else f"PT{secs}S"
    return None


# "quarter(s) of" + a determiner or an amount is a fraction; "several quarters of losses" is time
_FRACTION_OF = re.compile(r"\s+of\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|all|every|each|it|them"
                          r"|us|which|what|\$?\d)\b",
                          re.IGNORECASE)


# ...and so is one before a percentage ("one quarter (25 percent) of the oil"), and a hyphenated plural
# ("the other three-quarters", "three-quarters of it") unless a time follows ("the first three-quarters of 2009")
_PERCENT_AFTER = re.compile(r"\s*\(\s*(?:about\s+|some\s+|nearly\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s*\)",
                            re.IGNORECASE)
_OF_TIME = re.compile(r"\s+of\s+(?:(?:an?|the|this|that|last|next|each|every|fiscal|calendar)\s+)*"
                      r"(?:years?|hours?|centur(?:y|ies)|decades?|seasons?|days?|months?|(?:19|20)\d\d)\b", re.IGNORECASE)


def duration(m, c, ctx):
    unit = unit_key(m["unit"])
    num = norm(m["num"])
    if unit == "second" and num in ("a", "an", "one"):
        return None  # "a second time", "one second-quarter" are ordinals
    if unit == "quarter" and _FRACTION_OF.match(ctx.text, c.end):
        return None  # "a quarter of the shares", "three quarters of its sales" (not "several quarters of losses")
    if unit == "quarter" and (_PERCENT_AFTER.match(ctx.text, c.end) or (
            m["unit"].lower() == "quarters" and ctx.text[m.end("num"):m.start("unit")] == "-"
            and not _OF_TIME.match(ctx.text, c.end))):
        return None  # "one quarter (25 percent) of", "the other three-quarters has gone"
    if num in ("a", "an") and unit == "weekend":
        return None
    pre = norm(m["pre"])
    if pre == "the" and ctx.text[m.end("num"):m.end("num") + 1] == "-":
        c.start = m.start("num")  # "the 30-year bond": the article belongs to the noun, not the duration
    # "the past year and a half": one and a half; "the week-long strike": one
    n = number(num) if num or not (m["half"] or m["long"]) else 1
    if m["half"] and n is not None:
        n += 0.5
    elif n is not None and norm(m["num2"]) == "a half" and re.search(r"\band\s+a\s+half\b", m.group(0), re.I):
        n += 0.5  # "two and a half years"
    value = duration_value(n, unit)
    return ("DURATION", value) if value else None


def duration_bare(m, c, ctx):
    value = VAGUE_UNITS.get(unit_key(m["unit"]))
    return ("DURATION", value) if value else None


def duration_first(m, c, ctx):
    """"his first months in office" PXM, "the first hundred days" P100D."""
    num = norm(m["num"] or m["num2"])
    value = duration_value(100 if num == "hundred" else None, m["unit"])
    return ("DURATION", value) if value else None


def duration_fraction(m, c, ctx):
    frac = {"half a": 0.5, "half an": 0.5, "a half": 0.5, "a quarter": 0.25, "three quarters": 0.75,
            "quarter of a": 0.25, "quarter of an": 0.25, "half": 0.5, "quarter": 0.25}.get(
        re.sub(r"^three[\s-]quarters(?:\s+of\s+an?)?$", "three quarters", norm(m["frac"])))
    value = duration_value(frac, m["unit"]) if frac else None
    return ("DURATION", value) if value else None


def race_time(m, c, ctx):
    parts = [(int(m["h"]), "H"), (int(m["m"]), "M"), (int(m["s"]), "S")]
    body = "".join(f"{n}{u}" for n, u in parts if n)
    return "DURATION", f"PT{body or '0S'}"
