"""Score the temporal engine on TimeML folders (TempEval-3 Task A: TIMEX3 extent, type, value).

    python -m service.evaluate timeml DIR [DIR...] [--docs-list FILE | --split tune|heldout|all] [--worst N]
    python -m service.evaluate timeml DIR --system RUN_DIR   # another tagger's TimeML output, same scorer

Gold: every TIMEX3 inside <TEXT>; the DCT is the TIMEX3 with functionInDocument="CREATION_TIME".
Offsets are into the tag-stripped, entity-unescaped <TEXT> content (the same text the engine sees).

Hold-out split (fixed before any tuning): a document is held out when the last hex digit of
sha1(file name) is 0-3 (about 25 %), or when its folder holds a file named HELDOUT (a whole test
set, such as the TempEval-3 platinum documents or freshly annotated news). `--worst` never lists
held-out errors unless `--show-heldout-errors` is given, so tuning cannot peek at them by accident.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HELDOUT_DIGITS = "0123"
HELDOUT_MARKER = "HELDOUT"  # a file of this name marks its whole folder as a test set

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_TEXT_BLOCK = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT_BLOCK = re.compile(r"<DCT>(.*?)</DCT>", re.S)


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(slots=True)
class Document:
    name: str
    text: str
    dct: dt.date | dt.datetime
    gold: list[GoldTimex] = field(default_factory=list)
    heldout: bool = False


def is_heldout(path: str | Path) -> bool:
    path = Path(path)
    if (path.parent / HELDOUT_MARKER).is_file():
        return True
    return hashlib.sha1(path.name.encode("utf-8")).hexdigest()[-1] in HELDOUT_DIGITS


def _parse_dct(value: str) -> dt.date | dt.datetime:
    digits = re.sub(r"[^0-9]", "", value)
    if len(digits) >= 12:
        return dt.datetime(int(digits[:4]), int(digits[4:6]), int(digits[6:8]), int(digits[8:10]),
                           int(digits[10:12]))
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def parse_timeml(path: Path) -> Document:
    raw = path.read_text(encoding="utf-8")
    dct_value = None
    block = _DCT_BLOCK.search(raw)
    for m in _TAG.finditer(block.group(1) if block else raw):
        attrs = dict(_ATTR.findall(m.group(3)))
        if m.group(2) == "TIMEX3" and attrs.get("functionInDocument") == "CREATION_TIME":
            dct_value = attrs.get("value")
            break
    if not dct_value:
        raise ValueError(f"{path}: no CREATION_TIME TIMEX3")
    body = _TEXT_BLOCK.search(raw)
    source = body.group(1) if body else ""
    parts: list[str] = []
    length = 0
    gold: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(source):
        chunk = html.unescape(source[pos:m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1) == "":
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
            if m.group(4):  # empty <TIMEX3/>: no extent in the text, not scorable
                open_timex = None
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            text = "".join(parts)[start:length]
            gold.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs.get("value", ""),
                                  attrs.get("mod") or None))
    parts.append(html.unescape(source[pos:]))
    return Document(path.name, "".join(parts), _parse_dct(dct_value), gold, is_heldout(path))


def load_documents(dirs: list[str], split: str = "all", docs_list: str | None = None) -> list[Document]:
    paths: list[Path] = []
    for d in dirs:
        p = Path(d)
        paths.extend(sorted(p.glob("*.tml")) if p.is_dir() else [p])
    if docs_list:
        wanted = {line.strip() for line in Path(docs_list).read_text().splitlines() if line.strip()}
        paths = [p for p in paths if p.name in wanted or p.stem in wanted]
    docs = [parse_timeml(p) for p in paths]
    if docs_list or split == "all":
        return docs
    return [d for d in docs if d.heldout == (split == "heldout")]


# ---------------------------------------------------------------- matching and scoring


def _overlap(a, b) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(gold: list, system: list) -> list[tuple[object, object]]:
    """One-to-one relaxed matching: each gold takes the unused system span overlapping it most."""
    pairs = []
    used: set[int] = set()
    j0 = 0
    for g in gold:
        while j0 < len(system) and system[j0].end <= g.start:
            j0 += 1
        best, best_ov = None, 0
        j = j0
        while j < len(system) and system[j].start < g.end:
            ov = _overlap(g, system[j])
            if j not in used and ov > best_ov:
                best, best_ov = j, ov
            j += 1
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Scores:
    n_gold: int = 0
    n_sys: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0
    words: int = 0
    seconds: float = 0.0
    gold_by_type: Counter = field(default_factory=Counter)
    found_by_type: Counter = field(default_factory=Counter)
    value_by_type: Counter = field(default_factory=Counter)
    sys_by_type: Counter = field(default_factory=Counter)
    sys_matched_by_type: Counter = field(default_factory=Counter)
    errors: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        rp, rr, rf = _prf(self.relaxed, self.n_sys, self.n_gold)
        sp, sr, sf = _prf(self.strict, self.n_sys, self.n_gold)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {"relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf, "strict_p": sp, "strict_r": sr,
                "strict_f1": sf, "type_acc": type_acc, "value_acc": value_acc, "value_f1": rf * value_acc}


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"...{left}[[{text[start:end]}]]{right}..."


def engine_timexes(doc: Document) -> list:
    from service.temporal import find_timexes

    return find_timexes(doc.text, doc.dct)


def run_timexes(run_dir: str):
    """System timexes read from another tagger's TimeML output of the same documents (same file
    names, same text once the tags are stripped), to compare it under exactly this scorer."""
    def read(doc: Document) -> list:
        path = Path(run_dir) / doc.name
        if not path.is_file():
            raise ValueError(f"{run_dir}: no output for {doc.name}")
        out = parse_timeml(path)
        if out.text != doc.text:
            raise ValueError(f"{path}: its text differs from the gold document's, offsets would not match")
        return out.gold
    return read


def score(docs: list[Document], collect_errors_for=lambda doc: True, system_for=engine_timexes) -> Scores:
    s = Scores()
    for doc in docs:
        t0 = time.perf_counter()
        system = system_for(doc)
        s.seconds += time.perf_counter() - t0
        s.words += len(doc.text.split())
        s.n_gold += len(doc.gold)
        s.n_sys += len(system)
        for g in doc.gold:
            s.gold_by_type[g.type] += 1
        for t in system:
            s.sys_by_type[t.type] += 1
        pairs = match(doc.gold, system)
        keep = collect_errors_for(doc)
        matched_gold = {id(g) for g, _ in pairs}
        matched_sys = {id(t) for _, t in pairs}
        for g, t in pairs:
            s.relaxed += 1
            s.found_by_type[g.type] += 1
            s.sys_matched_by_type[t.type] += 1
            s.strict += g.start == t.start and g.end == t.end
            s.type_ok += g.type == t.type
            if g.value == t.value:
                s.value_ok += 1
                s.value_by_type[g.type] += 1
            elif keep:
                s.errors.append(("wrong value", g.text, f"gold {g.type} {g.value} {g.mod or ''}",
                                 f"got [{t.text}] {t.type} {t.value} {t.mod or ''}",
                                 f"{doc.name} dct={doc.dct} {_context(doc.text, g.start, g.end)}"))
        if keep:
            for g in doc.gold:
                if id(g) not in matched_gold:
                    s.errors.append(("missed", g.text, f"gold {g.type} {g.value} {g.mod or ''}", "",
                                     f"{doc.name} dct={doc.dct} {_context(doc.text, g.start, g.end)}"))
            for t in system:
                if id(t) not in matched_sys:
                    s.errors.append(("spurious", t.text, "", f"got {t.type} {t.value} {t.mod or ''}",
                                     f"{doc.name} dct={doc.dct} {_context(doc.text, t.start, t.end)}"))
    return s


def format_report(label: str, s: Scores) -> str:
    f = s.summary()
    lines = [
        f"== {label}: gold={s.n_gold} system={s.n_sys} relaxed={s.relaxed} strict={s.strict}",
        f"relaxed span  P={f['relaxed_p']:.4f} R={f['relaxed_r']:.4f} F1={f['relaxed_f1']:.4f}",
        f"strict span   P={f['strict_p']:.4f} R={f['strict_r']:.4f} F1={f['strict_f1']:.4f}",
        f"type accuracy  {f['type_acc']:.4f}",
        f"value accuracy {f['value_acc']:.4f}",
        f"value F1       {f['value_f1']:.4f}   (relaxed F1 x value accuracy)",
        "per type (gold: recall, value acc | system: precision)",
    ]
    for typ in sorted(set(s.gold_by_type) | set(s.sys_by_type)):
        ng, nf, nv = s.gold_by_type[typ], s.found_by_type[typ], s.value_by_type[typ]
        ns, nm = s.sys_by_type[typ], s.sys_matched_by_type[typ]
        lines.append(f"  {typ:9s} gold={ng:4d} recall={nf / ng if ng else 0:.3f} "
                     f"value_acc={nv / nf if nf else 0:.3f} | system={ns:4d} "
                     f"precision={nm / ns if ns else 0:.3f}")
    if s.seconds:
        lines.append(f"speed: {s.words} words in {s.seconds:.2f}s = {s.words / s.seconds:,.0f} words/s")
    return "\n".join(lines)


def format_worst(s: Scores, n: int) -> str:
    """The N most frequent error groups (kind, lower-cased text, gold/system value), one example each."""
    groups: Counter = Counter()
    example: dict = {}
    for kind, text, gold, got, ctx in s.errors:
        key = (kind, text.lower(), gold, got)
        groups[key] += 1
        example.setdefault(key, ctx)
    lines = [f"-- {min(n, len(groups))} most frequent error groups (of {len(s.errors)} errors)"]
    for key, count in groups.most_common(n):
        kind, text, gold, got = key
        lines.append(f"{count:3d}x {kind:11s} {text!r} {gold} {got}\n      {example[key]}")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dirs", nargs="+", help="folders of .tml files (or single files)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--docs-list", help="file with one document name per line")
    group.add_argument("--split", choices=["tune", "heldout", "all"], default="all")
    parser.add_argument("--worst", type=int, default=0, help="list the N most frequent error groups")
    parser.add_argument("--show-heldout-errors", action="store_true",
                        help="let --worst list errors in held-out documents (only for the final report)")
    parser.add_argument("--system", metavar="RUN_DIR",
                        help="score another tagger's TimeML output (same file names) instead of this engine")


def run(args: argparse.Namespace) -> int:
    docs = load_documents(args.dirs, args.split, args.docs_list)
    if not docs:
        print("no documents")
        return 1
    show = (lambda d: True) if args.show_heldout_errors else (lambda d: not d.heldout)
    system_for = run_timexes(args.system) if args.system else engine_timexes
    try:
        s = score(docs, show if args.worst else (lambda d: False), system_for)
    except ValueError as exc:
        print(exc)
        return 1
    label = f"{len(docs)} docs" + ("" if args.docs_list else f", split={args.split}")
    if args.system:
        label += f", system={Path(args.system).name}"
        s.seconds = 0.0  # reading files is not the other tagger's speed
    print(format_report(label, s))
    if args.worst:
        print(format_worst(s, args.worst))
    return 0
