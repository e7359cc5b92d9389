"""Repository of the rate-limit token buckets shared by every API process on one database (table
``rate_limit_buckets``, revision 0005).

A bucket is read and written in one transaction with its row locked (``SELECT ... FOR UPDATE`` on PostgreSQL;
on SQLite a write comes first, which takes the whole database's write lock), so two processes taking from one bucket at once cannot both spend the
same token. Times are seconds since the epoch from the callers' clocks (hosts sharing a database keep their
clocks in step, NTP); a bucket's time never moves back, so a host whose clock runs behind refills nothing.
"""

from __future__ import annotations

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from retrieval import tables as t

_TABLE = t.RateBucket.__table__
#: Longest bucket name stored (longer keys are cut: a client address or key id never is).
MAX_NAME = 250


def take(engine: Engine, name: str, *, rate: float, burst: float, cost: float, now: float) -> float:
    """Take ``cost`` tokens from bucket ``name`` (``rate`` tokens a second refill it up to ``burst``); 0.0 when
    taken, else the seconds to wait before ``cost`` tokens are there (none are taken then)."""
    name = name[:MAX_NAME]
    postgresql = engine.dialect.name == "postgresql"
    insert = (pg_insert if postgresql else sqlite_insert)(_TABLE).values(name=name, tokens=burst, at=now)
    with engine.begin() as conn:
        locked = select(_TABLE.c.tokens, _TABLE.c.at).where(_TABLE.c.name == name).with_for_update()
        # SQLite: the insert comes first, so the transaction holds the database's write lock before it reads
        # (the driver would run a SELECT first outside any transaction, and two takes could spend one token)
        row = None if not postgresql else conn.execute(locked).first()
        if row is None:
            conn.execute(insert.on_conflict_do_nothing())
            row = conn.execute(locked).one()  # ours, or the one another process inserted first
        tokens = min(burst, row.tokens + max(0.0, now - row.at) * rate)
        wait = 0.0 if tokens >= cost else (cost - tokens) / rate
        if wait == 0.0:
            tokens -= cost
        conn.execute(update(_TABLE).where(_TABLE.c.name == name).values(tokens=tokens, at=max(now, row.at)))
    return wait


def peek(engine: Engine, name: str, *, rate: float, burst: float, cost: float, now: float) -> float:
    """Seconds before ``cost`` tokens could be taken from ``name`` (0.0: now), taking none."""
    with engine.connect() as conn:
        row = conn.execute(
            select(_TABLE.c.tokens, _TABLE.c.at).where(_TABLE.c.name == name[:MAX_NAME])
        ).first()
    if row is None:
        return 0.0
    tokens = min(burst, row.tokens + max(0.0, now - row.at) * rate)
    return 0.0 if tokens >= cost else (cost - tokens) / rate


def prune(engine: Engine, prefix: str, *, idle_before: float) -> int:
    """Drop the buckets named ``prefix...`` untouched since ``idle_before`` (full again by then: nothing to
    remember); returns how many. Keeps the table small when buckets are keyed by client address."""
    with engine.begin() as conn:
        result = conn.execute(
            delete(_TABLE).where(_TABLE.c.name.startswith(prefix, autoescape=True), _TABLE.c.at < idle_before)
        )
    return int(result.rowcount or 0)
