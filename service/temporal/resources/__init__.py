"""Pattern data for service.temporal: rules (rules.py) and word lists (lexicon.json)."""
