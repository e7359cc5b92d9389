"""Switching a SQLite connection to write-ahead logging when several processes open the same new file at once.

Changing the journal mode needs the file to itself, and SQLite answers "database is locked" at once, without
waiting out the connection's busy timeout, while another process holds it (seen when two server workers start
together on a new library). The switch is retried for a bounded time instead of failing start-up.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

#: How long to keep retrying, and the first pause (doubled up to a quarter of a second).
WAL_WAIT_S = 30.0
_FIRST_PAUSE_S = 0.01


def enable_wal(cursor: Any, wait_s: float = WAL_WAIT_S) -> None:
    """Run ``PRAGMA journal_mode=WAL`` on ``cursor`` (a sqlite3 connection or cursor), retrying while another
    connection holds the file; re-raises once ``wait_s`` has passed or for any other error."""
    deadline = time.monotonic() + wait_s
    pause = _FIRST_PAUSE_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.25)


__all__ = ["WAL_WAIT_S", "enable_wal"]
