"""Repository of the service's background jobs (table ``service_jobs``, revision 0006).

Rows go in and out as plain dicts of the table's columns; what a job means (its principal, parameters and
result as objects, worker names, which processes are alive) is the service's (``service.jobs``). Times are
seconds since the epoch from the callers' clocks. Every API process on the database shares the table:

- a claim is one conditional ``UPDATE ... WHERE status='queued'``, after ``SELECT ... FOR UPDATE SKIP LOCKED``
  on PostgreSQL so claimers skip each other's rows instead of queueing on them (on SQLite the database's single
  writer serialises claims);
- every change to a running job names its worker and its status in the ``WHERE``, so a run that was re-queued
  meanwhile (stale) cannot be finished or heartbeaten by the worker that lost it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, inspect, select, update
from sqlalchemy.exc import DBAPIError

from retrieval import tables as t

_TABLE = t.ServiceJob.__table__
#: Every column but the upload: what reading a job's state needs (the payload can be large).
_LIGHT = [c for c in _TABLE.c if c.name != "payload"]
#: How often a claim looks again when another process took the row it saw.
_CLAIM_TRIES = 5


def _dict(row: Any) -> dict[str, Any]:
    return dict(row._mapping)


def ensure_table(engine: Engine) -> None:
    """Create the table if it is missing (a database opened without the migrations). Several worker processes
    starting at once may race to create it: the loser's error is ignored once the table is there."""
    try:
        t.Base.metadata.create_all(engine, tables=[_TABLE])
    except DBAPIError:
        if not inspect(engine).has_table(_TABLE.name):
            raise


def insert_job(engine: Engine, row: dict[str, Any]) -> None:
    """Store a new job (``row``: its columns; those left out are NULL, ``attempts`` 0)."""
    with engine.begin() as conn:
        conn.execute(_TABLE.insert().values(**row))


def get_job(engine: Engine, job_id: str) -> dict[str, Any] | None:
    """A job's columns, without the upload; None when there is no such job."""
    with engine.connect() as conn:
        found = conn.execute(select(*_LIGHT).where(_TABLE.c.id == job_id)).first()
    return None if found is None else _dict(found)


def count_queued(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).where(_TABLE.c.status == "queued")).scalar_one())


def claim_job(
    engine: Engine, worker: str, now: float, kinds: tuple[str, ...] | None = None
) -> dict[str, Any] | None:
    """The oldest queued job (of ``kinds``), marked running by ``worker`` at ``now`` with one more attempt; its
    columns with the upload, or None when there is none."""
    skip_locked = engine.dialect.name == "postgresql"
    for _ in range(_CLAIM_TRIES):  # another process took the one we saw: look again
        with engine.begin() as conn:
            stmt = select(_TABLE.c.id).where(_TABLE.c.status == "queued")
            if kinds:
                stmt = stmt.where(_TABLE.c.kind.in_(kinds))
            stmt = stmt.order_by(_TABLE.c.created_at).limit(1)
            if skip_locked:
                stmt = stmt.with_for_update(skip_locked=True)
            found = conn.execute(stmt).first()
            if found is None:
                return None
            claimed = conn.execute(
                update(_TABLE)
                .where(_TABLE.c.id == found.id, _TABLE.c.status == "queued")
                .values(
                    status="running",
                    worker=worker,
                    started_at=now,
                    heartbeat_at=now,
                    attempts=_TABLE.c.attempts + 1,
                )  # fmt: skip
            ).rowcount
            if claimed == 1:
                return _dict(conn.execute(select(_TABLE).where(_TABLE.c.id == found.id)).one())
    return None


def heartbeat_jobs(engine: Engine, worker: str, job_ids: list[str], now: float) -> None:
    """Mark ``worker``'s running jobs among ``job_ids`` as alive at ``now``."""
    if not job_ids:
        return
    with engine.begin() as conn:
        conn.execute(
            update(_TABLE)
            .where(_TABLE.c.id.in_(job_ids), _TABLE.c.worker == worker, _TABLE.c.status == "running")
            .values(heartbeat_at=now)
        )


def finish_job(engine: Engine, job_id: str, worker: str, values: dict[str, Any]) -> bool:
    """Set ``values`` on the job if it is still running by ``worker``; False when it no longer is (re-queued
    meanwhile as stale: its new run decides)."""
    with engine.begin() as conn:
        done = conn.execute(
            update(_TABLE)
            .where(_TABLE.c.id == job_id, _TABLE.c.worker == worker, _TABLE.c.status == "running")
            .values(**values)
        ).rowcount
    return done == 1


def running_jobs(engine: Engine) -> list[dict[str, Any]]:
    """The running jobs' ``id``, ``worker``, ``attempts`` and ``heartbeat_at`` (what recovery decides on)."""
    cols = (_TABLE.c.id, _TABLE.c.worker, _TABLE.c.attempts, _TABLE.c.heartbeat_at)
    with engine.connect() as conn:
        return [_dict(r) for r in conn.execute(select(*cols).where(_TABLE.c.status == "running")).all()]


def reset_run(engine: Engine, job_id: str, worker: str | None, values: dict[str, Any]) -> bool:
    """Set ``values`` (re-queued, or failed) on a job only if it is still the same run (running by ``worker``):
    a live worker may have finished it meanwhile. False when it was not."""
    with engine.begin() as conn:
        done = conn.execute(
            update(_TABLE)
            .where(_TABLE.c.id == job_id, _TABLE.c.status == "running", _TABLE.c.worker == worker)
            .values(**values)
        ).rowcount
    return done == 1
