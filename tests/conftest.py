"""Shared fixtures: one migrated database per backend, a rolled-back transaction per test.

Every database test runs on SQLite *and* on PostgreSQL. PostgreSQL comes from
TEST_POSTGRES_URL (default: the local server, database `test`); each run creates its own
throwaway database there. Without a reachable server the PostgreSQL cases are skipped —
unless REQUIRE_POSTGRES=1 (set by CI), which turns that into a failure.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from service import migrate
from service.db import get_session, make_engine
from service.main import create_app

from databases import throwaway_postgres

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory) -> Iterator[str]:
    """A freshly migrated, empty database of each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
        migrate.upgrade(url)
        yield url
    else:
        for url in throwaway_postgres():
            migrate.upgrade(url)
            yield url


@pytest.fixture(scope="session")
def engine(database_url) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine) -> Iterator[Session]:
    """A session inside an outer transaction that is rolled back after the test.

    Service code may commit: with `create_savepoint` its commits only release savepoints.
    """
    with engine.connect() as connection:
        outer = connection.begin()
        with Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False) as s:
            yield s
        outer.rollback()


@pytest.fixture
def client(session) -> Iterator[TestClient]:
    """An httpx-based client for the app, bound to the test's session."""
    app = create_app()
    app.dependency_overrides[get_session] = lambda: session
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def seed_article() -> dict:
    """The seed article from seeds/ (shipped in the repo) as an ingestion request body."""
    from service.config import get_settings
    from service.seeds import read_manifest

    [article] = read_manifest(get_settings().seeds_dir)
    return article.model_dump(mode="json", exclude_none=True)
