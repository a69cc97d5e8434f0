"""The Alembic history builds exactly the schema the models describe, both ways, on both backends."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from service import migrate
from service.db import Base, make_engine

from databases import throwaway_postgres

TABLES = {"articles", "events", "event_mentions", "actors", "actor_aliases", "event_actors", "topics", "event_topics"}


def test_head_matches_models(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations differ; run `alembic revision --autogenerate`: {diff}"


def test_database_is_at_head(engine):
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'roundtrip.db'}"
    else:
        yield from throwaway_postgres()


def test_upgrade_downgrade_upgrade(empty_database):
    engine = make_engine(empty_database)
    try:
        migrate.upgrade(empty_database)
        assert TABLES <= set(inspect(engine).get_table_names())
        migrate.downgrade(empty_database, "base")
        assert not TABLES & set(inspect(engine).get_table_names())
        migrate.upgrade(empty_database)
        assert TABLES <= set(inspect(engine).get_table_names())
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        engine.dispose()
