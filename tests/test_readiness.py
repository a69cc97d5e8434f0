"""/readyz tells the truth when the database goes away or is not migrated.

The outage is played on a PostgreSQL cluster of the test's own (tests/pgtemp.py), never on
the shared server.
"""
from __future__ import annotations

from collections.abc import Iterator

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from service import migrate
from service.db import get_session, make_engine
from service.main import create_app

from pgtemp import TempPostgres


def client_for(url: str) -> TestClient:
    engine = make_engine(url)

    def session() -> Iterator[Session]:
        with Session(engine) as s:
            yield s

    app = create_app()
    app.dependency_overrides[get_session] = session
    return TestClient(app, raise_server_exceptions=False)


def test_readyz_follows_the_database_down_and_up():
    with TempPostgres() as pg:
        migrate.upgrade(pg.url)
        client = client_for(pg.url)
        assert client.get("/readyz").status_code == 200
        pg.stop()
        down = client.get("/readyz")
        assert down.status_code == 503
        assert down.headers["content-type"].startswith("application/problem+json")
        assert "unreachable" in down.json()["detail"]
        assert client.get("/healthz").status_code == 200  # the process itself is alive
        pg.start()
        assert client.get("/readyz").status_code == 200


def test_readyz_refuses_an_unmigrated_database(tmp_path):
    client = client_for(f"sqlite:///{tmp_path / 'empty.db'}")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["head"] == migrate.head_revision()
