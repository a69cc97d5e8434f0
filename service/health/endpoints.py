from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from service import migrate
from service.db import SessionDep
from service.errors import NotReady

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness: the process answers")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: database reachable and migrated to head",
            responses={503: {"description": "Not ready"}})
def readyz(session: SessionDep) -> dict[str, str]:
    try:
        connection = session.connection()
        connection.execute(text("SELECT 1"))
        current = migrate.current_revision(connection)
    except SQLAlchemyError as exc:
        raise NotReady(f"database unreachable: {type(exc).__name__}") from exc
    head = migrate.head_revision()
    if current != head:
        raise NotReady(f"database schema at {current}, migrations head is {head}", current=current, head=head)
    return {"status": "ready", "revision": current or ""}
