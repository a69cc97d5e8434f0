"""A throwaway PostgreSQL cluster for tests that stop or break a database.

Such tests must never touch the shared server on 127.0.0.1:5432, so they run their own:

    with TempPostgres() as pg:
        engine = sqlalchemy.create_engine(pg.url)
        ...
        pg.stop()   # the database goes away (pg_ctl stop -m fast)
        pg.start()  # and comes back on the same port

The cluster lives in a fresh temporary folder (trust auth, 127.0.0.1 on a free port, its unix
socket inside that folder) and is stopped and deleted on exit. initdb and postgres refuse to run
as root, so when the tests run as root (as CI does) the server runs as the `postgres` OS user.
"""
from __future__ import annotations

import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import weakref
from pathlib import Path
from typing import Self

__all__ = ["PostgresUnavailable", "TempPostgres", "find_bindir"]


class PostgresUnavailable(RuntimeError):
    """The PostgreSQL server binaries (initdb, pg_ctl) cannot be found."""


def find_bindir() -> Path:
    """Folder with initdb and pg_ctl: $PG_BINDIR, the newest /usr/lib/postgresql/*/bin, or PATH."""
    candidates = []
    if os.environ.get("PG_BINDIR"):
        candidates.append(Path(os.environ["PG_BINDIR"]))
    versions = glob.glob("/usr/lib/postgresql/*/bin")
    versions.sort(key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parent.name.split(".")])
    candidates += [Path(p) for p in reversed(versions)]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    raise PostgresUnavailable("PostgreSQL server binaries (initdb, pg_ctl) not found; set PG_BINDIR")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as(user: str | None, argv: list[str], cwd: Path, timeout: float) -> None:
    if user is not None:
        if shutil.which("runuser"):
            argv = ["runuser", "-u", user, "--", *argv]
        else:
            argv = ["su", user, "-s", "/bin/sh", "-c", shlex.join(argv)]
    proc = subprocess.run(
        argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(
            f"{shlex.join(argv)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}".rstrip()
        )


def _stop_and_remove(bindir: Path, user: str | None, folder: Path) -> None:
    data = folder / "data"
    if (data / "postmaster.pid").exists():
        try:
            _run_as(user, [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                    folder, timeout=60)
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
    shutil.rmtree(folder, ignore_errors=True)


class TempPostgres:
    """Context manager: a private PostgreSQL cluster, started on enter, stopped and deleted on exit."""

    def __init__(self, os_user: str = "postgres", db_user: str = "postgres", timeout: float = 60) -> None:
        self.bindir = find_bindir()
        # initdb/postgres refuse to run as root: switch to the postgres OS user then.
        self.os_user: str | None = os_user if os.geteuid() == 0 else None
        self.db_user = db_user
        self.timeout = timeout
        self.folder: Path | None = None
        self.port: int | None = None
        self._finalizer: weakref.finalize | None = None

    # -- paths -------------------------------------------------------------------------------
    @property
    def datadir(self) -> Path:
        assert self.folder is not None, "cluster not initialised"
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        assert self.folder is not None, "cluster not initialised"
        return self.folder / "socket"

    @property
    def logfile(self) -> Path:
        assert self.folder is not None, "cluster not initialised"
        return self.folder / "server.log"

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the cluster's `postgres` database."""
        assert self.port is not None, "cluster not initialised"
        return f"postgresql+psycopg://{self.db_user}@127.0.0.1:{self.port}/postgres"

    # -- lifecycle ---------------------------------------------------------------------------
    def init(self) -> None:
        """initdb into a fresh temporary folder and configure it; does not start the server."""
        self.folder = Path(tempfile.mkdtemp(prefix="pgtemp-"))
        self._finalizer = weakref.finalize(self, _stop_and_remove, self.bindir, self.os_user, self.folder)
        self.socket_dir.mkdir()
        if self.os_user is not None:
            entry = pwd.getpwnam(self.os_user)
            for path in (self.folder, self.socket_dir):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self._pg([
            str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", self.db_user,
            "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync",
        ])
        self.port = _free_port()
        with open(self.datadir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                "\n# tests/pgtemp.py\n"
                "listen_addresses = '127.0.0.1'\n"
                f"port = {self.port}\n"
                f"unix_socket_directories = '{self.socket_dir}'\n"
                "fsync = off\n"
                "synchronous_commit = off\n"
                "full_page_writes = off\n"
                "max_connections = 50\n"
            )

    def start(self) -> None:
        """Start the server (pg_ctl -w start) and wait until it accepts connections."""
        if self.folder is None:
            self.init()
        self._pg([
            str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l", str(self.logfile),
            "-w", "-t", str(int(self.timeout)), "start",
        ])

    def stop(self) -> None:
        """Stop the server (pg_ctl stop -m fast); the data stays for a later start()."""
        self._pg([str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "fast", "-w", "stop"])

    @property
    def running(self) -> bool:
        return self.folder is not None and (self.datadir / "postmaster.pid").exists()

    def cleanup(self) -> None:
        """Stop the server if it runs and delete the folder."""
        if self._finalizer is not None:
            self._finalizer()  # runs _stop_and_remove once
        self.folder = None
        self.port = None

    def log(self) -> str:
        try:
            return self.logfile.read_text(errors="replace")
        except (OSError, AssertionError):
            return ""

    def __enter__(self) -> Self:
        try:
            self.start()
        except BaseException:
            self.cleanup()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.cleanup()

    def _pg(self, argv: list[str]) -> None:
        assert self.folder is not None
        try:
            _run_as(self.os_user, argv, self.folder, timeout=self.timeout + 30)
        except RuntimeError as e:
            log = self.log()
            raise RuntimeError(f"{e}\n--- server log ---\n{log}" if log else str(e)) from None
