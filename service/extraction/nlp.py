"""Model loading (once per process, lazily, thread-safe) and parsing of an article.

spaCy `Language` objects are not documented as thread-safe (the shared StringStore grows
while parsing), so parsing runs under a lock; everything after parsing works on the
request's own `Doc` and needs no lock.
"""
from __future__ import annotations

import threading
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from service.config import get_settings

from .resources import get_resources

_load_lock = threading.Lock()
_parse_lock = threading.Lock()
_nlp: Language | None = None


@lru_cache(maxsize=1)
def _runon_tags() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The tag sets and abbreviated titles, built once (the component runs on every parsed chunk)."""
    lex = get_resources().lexicon
    abbreviated = frozenset(t for t in lex["titles"] if t.endswith("."))
    return frozenset(lex["runon_start_tags"]), frozenset(lex["runon_end_tags"]), abbreviated


@Language.component("runon_splitter")
def runon_splitter(doc: Doc) -> Doc:
    """Run-on headlines, captions and photo credits glued to a sentence without punctuation
    ("... at the age of 50 However, one has ...", "... by the 2004 tsunami The last ..."):
    a capitalised function word or plural noun right after a word that can end a sentence
    starts a new sentence, so that the parser does not join the two into one clause; so does
    the word after a photo credit ("Name/AP"). Runs
    after the tagger, before the parser (which keeps preset sentence starts). Conversely a
    name after an abbreviated title ("retired Coast Guard Adm. Thad Allen") never starts one."""
    starts, ends, abbreviated_titles = _runon_tags()
    for i in range(1, len(doc)):
        t, p = doc[i], doc[i - 1]
        if t.text[:1].isupper() and p.lower_.rsplit("-", 1)[-1] in abbreviated_titles:
            t.is_sent_start = False
        elif t.text[:1].isupper() and t.text != "I" and t.tag_ in starts and p.tag_ in ends \
                and not p.is_punct and not p.is_space and p.text[-1:].isalnum():
            t.is_sent_start = True
        elif i >= 2 and doc[i - 2].text == "/" and p.text.isupper() and t.text[:1].isupper() and t.is_alpha:
            t.is_sent_start = True  # after a photo credit: "Photograph: Jane Doe/AP Barack Obama said ..."
    return doc


def get_nlp() -> Language:
    global _nlp
    if _nlp is None:
        with _load_lock:
            if _nlp is None:
                nlp = spacy.load(get_settings().spacy_model)
                if "tagger" in nlp.pipe_names and "parser" in nlp.pipe_names:
                    nlp.add_pipe("runon_splitter", after="tagger")
                _nlp = nlp
    return _nlp


def parse(chunks: list[str], batch_size: int = 64) -> Doc:
    """Parse contiguous pieces of one text and join them into one `Doc` whose text is their
    concatenation (so token offsets are offsets into the article)."""
    nlp = get_nlp()
    with _parse_lock:
        docs = list(nlp.pipe(chunks, batch_size=batch_size))
        if len(docs) == 1:
            return docs[0]
        return Doc.from_docs(docs, ensure_whitespace=False)


def run_locked(fn, *args):
    """Run something that touches the shared vocabulary (e.g. a Matcher) under the parse lock."""
    with _parse_lock:
        return fn(*args)


def main_verb_slip(x: Token) -> bool:
    """"On Tuesday, the Paris Club ..., called on other nations": a finite past verb the parser hung
    as a clause on a root noun is the sentence's main verb."""
    return x.dep_ == "acl" and x.tag_ == "VBD" and x.head.dep_ == "ROOT" and x.head.pos_ in ("NOUN", "PROPN")
