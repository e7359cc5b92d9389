"""The job table: background work of the API (large extractions, bulk imports) kept in the library's database.

A job is a row: who asked (key, role, CSP), what (kind, parameters, the uploaded bytes), its status
(queued -> running -> done | failed), its result or error, and the worker running it with a heartbeat. Keeping
jobs in the store's database (SQLite or PostgreSQL) rather than in a process means:

- any process on the database can run any job (a claim is one conditional ``UPDATE ... WHERE status='queued'``,
  after ``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL so claimers skip each other's rows instead of
  queueing on them; on SQLite the database's single writer serialises claims);
- a job outlives the process that accepted it: a running job whose worker stopped (its process is gone, or its
  heartbeat is older than ``api_job_stale_s``) is queued again, or failed with the reason after
  ``api_job_max_attempts`` runs. Nothing is lost.

The statements are the store's (``retrieval.store.jobs``, table ``retrieval.tables.ServiceJob``); this module
decides what a job is and when a worker has stopped.

Why not procrastinate: it needs PostgreSQL (the embedded default here is SQLite, which would then need a second
queue) and its own schema and worker process; one table with ``SKIP LOCKED`` does the same on both engines.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Engine

from retrieval.store import jobs as repo
from service.keys import Principal

_HOST = socket.gethostname()


def worker_name() -> str:
    """``host:pid:random``: unique per process, and tells a restarted process on the same host which jobs were
    left by a process that no longer exists (checked at once, without waiting for the heartbeat to go stale)."""
    return f"{_HOST}:{os.getpid()}:{secrets.token_hex(4)}"


def _iso(t: float | None) -> str | None:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="seconds") if t is not None else None


@dataclass
class Job:
    id: str
    kind: str
    status: str
    principal: Principal
    params: dict[str, Any]
    attempts: int
    created_at: float
    started_at: float | None
    finished_at: float | None
    result: dict[str, Any] | None
    error: str | None
    worker: str | None = None
    payload: bytes | None = None

    def iso(self, name: str) -> str | None:
        return _iso(getattr(self, name))


def _job(m: dict[str, Any], payload: bool = False) -> Job:
    return Job(
        id=m["id"],
        kind=m["kind"],
        status=m["status"],
        principal=Principal(key_id=m["key_id"], role=m["role"], csp=m["csp"], agency=m["agency"]),
        params=json.loads(m["params"]),
        attempts=m["attempts"],
        created_at=m["created_at"],
        started_at=m["started_at"],
        finished_at=m["finished_at"],
        result=json.loads(m["result"]) if m["result"] else None,
        error=m["error"],
        worker=m["worker"],
        payload=m.get("payload") if payload else None,
    )


class JobQueue:
    """The job table of one database (shared by every process on it)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def from_engine(cls, engine: Engine) -> JobQueue:
        # the migrations (revision 0006) create the table; this covers a database opened without them
        repo.ensure_table(engine)
        return cls(engine)

    # --- submit and read ---
    def submit(self, kind: str, principal: Principal, params: dict[str, Any], payload: bytes) -> Job:
        now = time.time()
        row = {
            "id": "job_" + secrets.token_hex(12),
            "kind": kind,
            "status": "queued",
            "key_id": principal.key_id,
            "role": principal.role,
            "csp": principal.csp,
            "agency": principal.agency,
            "params": json.dumps(params),
            "payload": payload,
            "attempts": 0,
            "created_at": now,
        }
        repo.insert_job(self.engine, row)
        return Job(
            id=row["id"], kind=kind, status="queued", principal=principal, params=params, attempts=0,
            created_at=now, started_at=None, finished_at=None, result=None, error=None,
        )  # fmt: skip

    def get(self, job_id: str) -> Job | None:
        row = repo.get_job(self.engine, job_id)
        return _job(row) if row is not None else None

    def queued(self) -> int:
        return repo.count_queued(self.engine)

    # --- workers ---
    def claim(self, worker: str, kinds: tuple[str, ...] | None = None) -> Job | None:
        """The oldest queued job (of ``kinds``), marked running by ``worker``; None when there is none."""
        row = repo.claim_job(self.engine, worker, time.time(), kinds)
        return _job(row, payload=True) if row is not None else None

    def heartbeat(self, worker: str, job_ids: list[str]) -> None:
        repo.heartbeat_jobs(self.engine, worker, job_ids, time.time())

    def finish(self, job_id: str, worker: str, *, result: Any = None, error: str | None = None) -> bool:
        """Record the outcome (done with ``result``, or failed with ``error``) and drop the upload. False when
        the job is no longer this worker's (re-queued meanwhile as stale): its new run decides."""
        values: dict[str, Any] = {"finished_at": time.time(), "payload": None, "heartbeat_at": None}
        if error is None:
            values.update(status="done", result=json.dumps(result), error=None)
        else:
            values.update(status="failed", error=error[:2000])
        return repo.finish_job(self.engine, job_id, worker, values)

    def recover(self, stale_s: float, max_attempts: int, alive: Any = None) -> tuple[int, int]:
        """Running jobs whose worker stopped: queued again, or failed with the reason after ``max_attempts``
        runs. A worker has stopped when its heartbeat is older than ``stale_s``, or (``alive(worker)`` False)
        its process on this host is gone. Returns (re-queued, failed)."""
        now = time.time()
        requeued = failed = 0
        for row in repo.running_jobs(self.engine):
            stale = row["heartbeat_at"] is None or row["heartbeat_at"] < now - stale_s
            gone = alive is not None and not alive(row["worker"])
            if not (stale or gone):
                continue
            attempts, worker = row["attempts"], row["worker"]
            if attempts < max_attempts:
                values: dict[str, Any] = {
                    "status": "queued", "worker": None, "heartbeat_at": None,
                    "error": f"run {attempts} stopped with its process ({worker}); queued again",
                }  # fmt: skip
                requeued += 1
            else:
                values = {
                    "status": "failed", "finished_at": now, "payload": None, "heartbeat_at": None,
                    "error": f"interrupted {attempts} times: the process running it stopped (restart or "
                    "crash) each time; submit it again, or split the upload",
                }  # fmt: skip
                failed += 1
            # only if it is still the same run: a live worker may have finished it meanwhile
            repo.reset_run(self.engine, row["id"], worker, values)
        return requeued, failed


def process_alive(worker: str | None) -> bool:
    """Whether the process named in a worker name is still running (only knowable for this host: True for
    others, whose stale heartbeat decides)."""
    if not worker:
        return False
    host, _, rest = worker.partition(":")
    if host != _HOST:
        return True
    try:
        pid = int(rest.split(":", 1)[0])
    except ValueError:
        return False
    if pid == os.getpid():  # this process: alive only if the name is one of ours (checked by the caller)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, another user's
        return True
    return True
