from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from service.config import get_settings
from service.events.schemas import EventOut

SUPPORTED_LANGUAGES = ("en",)


class ArticleIn(BaseModel):
    """An article to ingest (or to analyze without storing)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "Guterres met with Chinese President Xi Jinping on Saturday.",
                    "published_at": "2022-02-05",
                    "title": "UN chief meets Xi",
                    "url": "https://example.org/news/1",
                    "source": "AFP",
                }
            ]
        },
    )

    text: str = Field(min_length=1, max_length=get_settings().max_text_chars, description="Plain text of the article")
    published_at: datetime | None = Field(
        None,
        description="ISO 8601 date or datetime of publication; relative dates are read against it. "
        "Missing: the ingestion time is used and `published_at_source` says `ingested`. "
        "A time without offset is taken as UTC.",
    )
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2048, pattern=r"^https?://\S+$")
    source: str | None = Field(None, max_length=200, description="Publisher or agency, e.g. AFP")
    language: str = Field("en", description="ISO 639-1 code; only `en` is supported")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text must contain more than white space")
        return value

    @field_validator("language")
    @classmethod
    def _supported(cls, value: str) -> str:
        value = value.lower()
        if value not in SUPPORTED_LANGUAGES:
            raise ValueError(f"language {value!r} is not supported; supported: {', '.join(SUPPORTED_LANGUAGES)}")
        return value


class ArticleOut(BaseModel):
    id: int
    url: str | None
    title: str | None
    source: str | None
    language: str
    published_at: datetime
    published_at_source: str = Field(description="`given` by the client, or `ingested` (the ingestion time stood in)")
    ingested_at: datetime
    text: str
    events: list[EventOut] = Field(description="Events this article reports, in chronological order")
