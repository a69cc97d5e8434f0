"""tests/pgtemp.py: a private PostgreSQL cluster that can be stopped and started again."""
from __future__ import annotations

import os

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from pgtemp import PostgresUnavailable, TempPostgres


def _select_one(url: str) -> int:
    engine = sa.create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("select 1")).scalar_one()
    finally:
        engine.dispose()


@pytest.fixture
def pg():
    try:
        temp = TempPostgres()
    except PostgresUnavailable as e:
        if os.environ.get("REQUIRE_POSTGRES"):
            pytest.fail(str(e))
        pytest.skip(str(e))
    with temp:
        yield temp


def test_stop_and_start_again(pg: TempPostgres) -> None:
    assert pg.port != 5432
    assert _select_one(pg.url) == 1

    pg.stop()
    assert not pg.running
    with pytest.raises(sa.exc.OperationalError):
        _select_one(pg.url)

    pg.start()
    assert pg.running
    assert _select_one(pg.url) == 1


def test_cleanup_removes_the_folder() -> None:
    try:
        pg = TempPostgres()
    except PostgresUnavailable as e:
        pytest.skip(str(e))
    with pg:
        folder = pg.folder
        assert folder is not None and (folder / "data" / "PG_VERSION").exists()
    assert not folder.exists()
