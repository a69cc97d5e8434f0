"""Alembic environment: migrates the database named by DATABASE_URL (or a URL set by the caller)."""
from __future__ import annotations

from alembic import context

from service import models  # noqa: F401  (registers every table on Base.metadata)
from service.config import get_settings
from service.db import Base, make_engine

config = context.config
target_metadata = Base.metadata


def database_url() -> str:
    # Callers (tests, prestart) may pass an explicit URL; otherwise use the service settings.
    return config.attributes.get("database_url") or get_settings().database_url


def run_migrations_offline() -> None:
    context.configure(url=database_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(database_url())
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


def _run(connection) -> None:
    # Batch mode lets ALTER-style migrations work on SQLite too.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
    if connection.in_transaction():
        connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
