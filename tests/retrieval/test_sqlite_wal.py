"""Two processes opening one new SQLite file at once (two server workers on a new library): the switch to
write-ahead logging waits for the other connection instead of failing start-up with "database is locked"."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from retrieval.sqlite_wal import enable_wal


def _holder(path: Path) -> sqlite3.Connection:
    """A connection holding the file exclusively, as a worker mid-way through its own start-up does."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
    return conn


def test_the_switch_waits_for_the_other_connection(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    holder = _holder(path)
    other = sqlite3.connect(path, timeout=0)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("PRAGMA journal_mode=WAL")  # what start-up ran before: it failed at once

    release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    enable_wal(other, wait_s=10)
    release.join()
    assert time.monotonic() - started >= 0.2
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_wait_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    holder = _holder(path)
    other = sqlite3.connect(path, timeout=0)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        enable_wal(other, wait_s=0.2)
    holder.execute("COMMIT")
