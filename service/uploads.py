"""The documents this service has read itself: the SHA-256 of each ``/v1/extract`` upload and who sent it.

A draft's ``source.sha256`` is written by the client and never checked, so it cannot decide a review's id (one
CSP could claim another's document and take its id first). A commit whose hash is in this log, sent by the same
CSP (or the DAC), came from an upload the server hashed itself: only then does the hash name the review.

The rows are the store's (table ``service_uploads``, created by the library's migrations; statements in
:mod:`retrieval.store.uploads`); who shares whose uploads is decided here.
"""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy.engine import Engine

from retrieval.store import uploads as repo
from service.keys import Principal


def upload_scope(principal: Principal) -> str:
    """Whose uploads a caller shares: a CSP's keys share their CSP's, DAC keys the DAC's."""
    if principal.role == "csp" and principal.csp:
        return "csp:" + " ".join(principal.csp.lower().split())
    return principal.role


class UploadLog:
    """``(sha256, scope)`` rows in the library's database (shared by every worker process)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # one writer of this process at a time (SQLite has one database write lock)
        self._lock = threading.Lock()

    @classmethod
    def from_engine(cls, engine: Engine) -> UploadLog:
        """The log of the library database behind ``engine`` (``LibraryStore.engine``: already migrated)."""
        return cls(engine)

    def record(self, sha256: str, principal: Principal) -> None:
        """Log the document for the caller's CSP (once: a second upload of it changes nothing)."""
        with self._lock:
            repo.record_upload(self.engine, sha256, upload_scope(principal), datetime.now(UTC).isoformat())

    def extracted_for(self, sha256: str, principal: Principal) -> bool:
        """Whether the server read a document with this hash for the caller's CSP (the DAC: for anyone)."""
        return repo.upload_known(
            self.engine, sha256, None if principal.role == "dac" else upload_scope(principal)
        )


class _HasUploads(Protocol):
    uploads: UploadLog


def record_upload(state: _HasUploads, data: bytes, principal: Principal) -> str:
    """Hash a document the server read and log it for the caller; the hash (the draft's ``source.sha256``).

    Shared by ``POST /v1/extract``, the web upload and the background extraction job, so all three record
    the same way (a job must not import a router to do it)."""
    sha = hashlib.sha256(data).hexdigest()
    state.uploads.record(sha, principal)
    return sha
