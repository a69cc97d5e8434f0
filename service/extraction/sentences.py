"""Cutting an article into parse chunks and sentences.

Chunks are contiguous substrings of the text (their concatenation is the text), so a
`Doc` joined from them keeps article offsets. A line break ends a chunk unless the text
is hard-wrapped (the line ends without punctuation and the next one starts lowercase).
A wire-service dateline ("WASHINGTON (Reuters) - ", "United Nations (United States)
(AFP) - ") becomes a chunk of its own so that it does not swallow the first sentence's
subject, and is marked so that no event is read from it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

MAX_CHUNK = 20_000
_DATELINE = re.compile(
    r"^\s*(?:[\w.'\u2019:/-]+(?:[ ,]+[\w.'\u2019():/-]+){0,10}?\s*\((?:[A-Z][\w.&-]*(?: [\w.&-]+){0,3})\)"
    r"|[A-Z][A-Z .,'-]{2,40})\s*(?:-{1,2}|\u2013|\u2014)\s+(?=\S)"
)
# a dateline inside the text, after a photo credit or a headline: "(By X -- The Washington Post)
# BELTON, Mo., Oct. 20 -- Battling ...", "... Crisis TOULON, France, Sept. 25 -- ", "OSLO, July 29
# (Reuters) - ": its day is when the story was filed, not when what it tells happened
_MONTH = r"(?:Jan|Feb|March|Mar|April|Apr|May|June|July|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_BODY = (r"(?<![\w'.-])[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                  rf", {_MONTH} \d{{1,2}}(?: \([A-Z][\w.&-]*\))? ?(?:-{{1,2}}|\u2013|\u2014)")
_INLINE_DATELINE = re.compile(_DATELINE_BODY + r" +(?=[\"'\u201c]?[A-Z])")  # (a sentence follows)
_DATELINE_ONLY = re.compile(_DATELINE_BODY)
_SOFT_END = re.compile(r"[\w,;]\s*$")
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'\u201c(]?[A-Z])")
# a scraped text that lost its apostrophes ("Dick Cheney s former spokeswoman", "it didn t"):
# the space before the stray "s"/"t" becomes the apostrophe, which keeps every offset
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z]{2}) (?=s\b(?!['\u2019]))|(?<=[A-Za-z]n) (?=t\b(?!['\u2019]))")


@dataclass
class Sentence:
    index: int  # ordinal among non-empty sentences
    span: Span
    start: int  # char offsets into the article (stripped)
    end: int
    dateline: bool = False
    text: str = ""


# a photo caption's position after a name ("Bush, center, flanked by Bernanke, left, ... asked"): the
# parser takes "left," for a list item; as "(left)" it is an aside ("Bush (center) flanked by ...")
_PHOTO_POSITION = re.compile(
    r"\b([A-Z][\w.'-]*), ((?:second |third |far )?(?:from )?(?:left|right)|cent(?:er|re)|front|rear|top|bottom), ")


def repair_apostrophes(text: str) -> str:
    """The text with lost possessive and "n't" apostrophes restored, of the same length."""
    return _LOST_APOSTROPHE.sub("'", text)


def photo_positions_as_asides(text: str) -> str:
    """What the parser reads: photo positions made asides, of the same length."""
    return _PHOTO_POSITION.sub(r"\1 (\2) ", text)


def chunk_text(text: str) -> tuple[list[str], int]:
    """Return the chunks and the length of a leading dateline (0 if none)."""
    lines = text.splitlines(keepends=True)
    chunks: list[str] = []
    buf = ""
    for i, line in enumerate(lines):
        buf += line
        nxt = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        soft = bool(line.strip()) and _SOFT_END.search(line) and nxt[:1].islower()
        if not soft:
            chunks.append(buf)
            buf = ""
    if buf:
        chunks.append(buf)
    chunks = [piece for chunk in chunks for piece in _cut_inline_datelines(chunk)]
    dateline_len = 0
    for k, chunk in enumerate(chunks):
        if not chunk.strip():
            continue
        m = _DATELINE.match(chunk)
        if m and m.end() < len(chunk.rstrip()) and len(m.group(0)) <= 120:
            dateline_len = sum(len(c) for c in chunks[:k]) + m.end()
            chunks[k:k + 1] = [chunk[:m.end()], chunk[m.end():]]
        break
    out: list[str] = []
    for chunk in chunks:
        if len(chunk) <= MAX_CHUNK:
            out.append(chunk)
            continue
        piece_start = 0
        last = 0
        for m in _SENT_SPLIT.finditer(chunk):
            if m.end() - piece_start > MAX_CHUNK and last > piece_start:
                out.append(chunk[piece_start:last])
                piece_start = last
            last = m.end()
        while len(chunk) - piece_start > MAX_CHUNK * 2:  # no usable boundary: cut hard at spaces
            cut = chunk.rfind(" ", piece_start, piece_start + MAX_CHUNK) + 1 or piece_start + MAX_CHUNK
            if cut <= piece_start:
                cut = piece_start + MAX_CHUNK
            out.append(chunk[piece_start:cut])
            piece_start = cut
        out.append(chunk[piece_start:])
    return [c for c in out if c], dateline_len


def _cut_inline_datelines(chunk: str) -> list[str]:
    """The chunk cut before and after each dateline inside it, so that it is a sentence of its own."""
    pieces, last = [], 0
    for m in _INLINE_DATELINE.finditer(chunk):
        pieces += [chunk[last:m.start()], chunk[m.start():m.end()]]
        last = m.end()
    return [p for p in pieces + [chunk[last:]] if p]


def sentences(doc: Doc, dateline_len: int = 0) -> list[Sentence]:
    out: list[Sentence] = []
    text = doc.text
    for sent in doc.sents:
        raw = text[sent.start_char:sent.end_char]
        stripped = raw.strip()
        if not stripped or not any(ch.isalnum() for ch in stripped):
            continue
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        dateline = end <= dateline_len or _DATELINE_ONLY.fullmatch(stripped) is not None
        out.append(Sentence(len(out), sent, start, end, dateline=dateline, text=stripped))
    return out
