"""The documents this service has read itself: the SHA-256 of each ``/v1/extract`` upload and who sent it.

A draft's ``source.sha256`` is written by the client and never checked, so it cannot decide a review's id (one
CSP could claim another's document and take its id first). A commit whose hash is in this log, sent by the same
CSP (or the DAC), came from an upload the server hashed itself: only then does the hash name the review.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from sqlalchemy import Column, MetaData, String, Table, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from service.keys import Principal

metadata = MetaData()

uploads = Table(
    "service_uploads",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("scope", String(220), primary_key=True),
    Column("created_at", String(40), nullable=False),
)


def upload_scope(principal: Principal) -> str:
    """Whose uploads a caller shares: a CSP's keys share their CSP's, DAC keys the DAC's."""
    if principal.role == "csp" and principal.csp:
        return "csp:" + " ".join(principal.csp.lower().split())
    return principal.role


class UploadLog:
    """``(sha256, scope)`` rows in the library's database (shared by every worker process)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()

    @classmethod
    def from_engine(cls, engine: Engine) -> UploadLog:
        metadata.create_all(engine, tables=[uploads])
        return cls(engine)

    def record(self, sha256: str, principal: Principal) -> None:
        row = {"sha256": sha256, "scope": upload_scope(principal), "created_at": datetime.now(UTC).isoformat()}
        try:
            with self._lock, self.engine.begin() as conn:
                conn.execute(insert(uploads).values(**row))
        except IntegrityError:  # read before by the same CSP: already recorded
            pass

    def extracted_for(self, sha256: str, principal: Principal) -> bool:
        """Whether the server read a document with this hash for the caller's CSP (the DAC: for anyone)."""
        stmt = select(uploads.c.sha256).where(uploads.c.sha256 == sha256)
        if principal.role != "dac":
            stmt = stmt.where(uploads.c.scope == upload_scope(principal))
        with self.engine.connect() as conn:
            return conn.execute(stmt.limit(1)).first() is not None
