"""Pattern data for service.temporal: rules (rules.py) and word lists (lexicon.json).

LEX is the lexicon, loaded once here for both context.py and normalizer/ (which imports context.py, so
neither can load it for the other without an import cycle).
"""
from __future__ import annotations

import json
from pathlib import Path

LEX: dict = json.loads((Path(__file__).parent / "lexicon.json").read_text(encoding="utf-8"))
