import json
import re
from pathlib import Path

from service.extraction import event_vocabulary, topic_taxonomy

DATA = Path(__file__).resolve().parents[2] / "service" / "extraction" / "data"
REQUIRED = ["meeting", "visit", "statement", "appeal", "demand", "agreement", "praise", "criticism", "accusation",
            "denial", "delay", "threat", "protest", "sanction", "arrest", "attack", "election", "appointment",
            "resignation", "death", "disaster"]


def test_vocabulary_covers_required_types():
    vocab = {t.name: t for t in event_vocabulary()}
    for name in REQUIRED:
        assert name in vocab, name
        assert vocab[name].definition and vocab[name].triggers and vocab[name].examples
    assert vocab["meeting"].cameo == "04"
    assert vocab["denial"].cameo == "12"
    assert vocab["attack"].cameo == "18"
    assert {"meet", "talks", "meeting"} <= set(vocab["meeting"].triggers)
    assert {"deny", "denial", "refusal"} <= set(vocab["denial"].triggers)
    assert "would not be forthcoming before" in vocab["delay"].triggers


def test_taxonomy_slugs():
    themes = topic_taxonomy()
    slugs = {t.slug for t in themes}
    assert {"human-rights", "climate-change", "elections", "armed-conflict", "public-health", "economy",
            "disasters", "sport", "terrorism", "energy", "law-justice"} <= slugs
    for t in themes:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", t.slug) and t.kind == "theme"


def test_data_files_do_not_name_the_seed():
    for path in DATA.glob("*.json"):
        text = path.read_text(encoding="utf-8").lower()
        json.loads(text)
        for word in ("guterres", "xinjiang", "bachelet", "uyghur", "yilamujiang"):
            assert word not in text, (path.name, word)
