"""A throwaway PostgreSQL server for the tests: the store suite and the two-process test run on it (issue 16).

One server per test process, started on first use from Debian's binaries (``/usr/lib/postgresql/*/bin``, or
``pg_ctl`` on the PATH) in a temporary folder, stopped at exit; each test gets a fresh database from
pytest-postgresql's :class:`DatabaseJanitor`. PostgreSQL refuses to run as root, and CI runs as root: there the
server runs as the ``postgres`` user that Debian's package creates (``runuser``), in a folder it owns.

Without the binaries the PostgreSQL variants skip, saying so, except in CI (``CI=true``), where they fail:
``.ci/run`` installs the package, so a missing server there is a broken set-up, not a reason to skip.
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

_lock = threading.Lock()
_server: PgServer | None = None
_names = itertools.count(1)


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).resolve().parent if on_path else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """A PostgreSQL cluster in a temporary folder, listening on 127.0.0.1 (trust authentication)."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = _free_port()
        self.user = "postgres"
        self.root = Path(tempfile.mkdtemp(prefix="dhr-pg-"))
        self.data = self.root / "data"
        self._as: list[str] = []
        if os.geteuid() == 0:  # postgres will not run as root: run it as Debian's postgres user
            runuser = shutil.which("runuser")
            if runuser is None:
                raise RuntimeError("running as root and no runuser to start PostgreSQL as the postgres user")
            shutil.chown(self.root, "postgres", "postgres")
            self._as = [runuser, "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, timeout=120, cwd=self.root)

    def start(self) -> PgServer:
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            self.user,
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        # Durability off: a test server's data is thrown away; fsyncs would dominate the test time.
        opts = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            opts,
            "-l",
            str(self.root / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        self._watch()
        return self

    def _watch(self) -> None:
        """A watchdog in its own session stops the server once the test process is gone: a run killed by a
        timeout (no exit handlers) would otherwise leave it running."""
        stop = shlex.join(
            [*self._as, str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]
        )
        script = (
            f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 2; done; "
            f"{stop} >/dev/null 2>&1; rm -rf {shlex.quote(str(self.root))}"
        )
        subprocess.Popen(
            ["/bin/sh", "-c", script],
            start_new_session=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except (subprocess.SubprocessError, OSError):
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{dbname}"

    @contextmanager
    def database(self) -> Iterator[str]:
        """A fresh, empty database for one test (dropped after it); yields its SQLAlchemy URL."""
        from pytest_postgresql.janitor import DatabaseJanitor

        name = f"dhr_test_{os.getpid()}_{next(_names)}"
        janitor = DatabaseJanitor(user=self.user, host="127.0.0.1", port=self.port, dbname=name, version=None)
        janitor.init()
        try:
            yield self.url(name)
        finally:
            try:
                janitor.drop()  # terminates connections a test left open, then drops
            except Exception:  # noqa: BLE001 - a database left behind goes with the server at exit
                pass


def server() -> PgServer:
    """The test process's PostgreSQL server (started on first use); skips, or fails in CI, without one."""
    global _server
    with _lock:
        if _server is None:
            bin_dir = _bin_dir()
            if bin_dir is None:
                why = "PostgreSQL binaries not found (/usr/lib/postgresql/*/bin or pg_ctl on PATH)"
                if os.environ.get("CI") == "true":
                    pytest.fail(f"{why}; CI must run the PostgreSQL tests (.ci/run installs postgresql)")
                pytest.skip(f"{why}: install Debian's postgresql package to run the PostgreSQL variants")
            _server = PgServer(bin_dir).start()
            atexit.register(_server.stop)
        return _server


def available() -> bool:
    return _bin_dir() is not None


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a fresh database on the throwaway PostgreSQL server."""
    with server().database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each test that takes it runs twice: on a SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'library.sqlite'}"
        return
    with server().database() as url:
        yield url
