"""Server-side sessions and the drafts under review, in two tables of the library's database (``web_sessions``
and ``web_drafts``, created by its migrations; statements in :mod:`retrieval.store.web`).

The browser holds only a random session token (an HttpOnly cookie); the table keeps its SHA-256, the key's
id and binding, the CSRF token and the expiry, so a stolen database gives no usable cookie and every worker
process of ``dhr serve --workers N`` sees the same sessions. A session ends at sign-out, after
``IDLE_S`` without a request, ``MAX_AGE_S`` after sign-in, or as soon as its API key is revoked.

A draft under review is the extraction result as the officer is editing it, with the result as extracted
(the difference is what the commit records as corrections). It belongs to the key that uploaded it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass

from sqlalchemy.engine import Engine

from dhr.errors import ConflictError, NotFoundError
from dhr.schema import ExtractionResult
from retrieval.store import web as repo
from service.keys import BOOTSTRAP_ADMIN_ID, KeyStore, Principal

#: A session ends after this long without a request ...
IDLE_S = 30 * 60
#: ... and this long after sign-in, whatever happens.
MAX_AGE_S = 8 * 60 * 60
#: Drafts not touched for this long are deleted (an officer who walked away re-uploads).
DRAFT_TTL_S = 7 * 24 * 60 * 60


def _sha(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Session:
    token_sha: str
    principal: Principal
    csrf: str


@dataclass
class Draft:
    id: str
    key_id: str
    original: ExtractionResult
    current: ExtractionResult
    pages: dict[str, str]
    committed_review: str | None = None


class WebStore:
    """Sessions and drafts (thread-safe; the database does the sharing between processes)."""

    def __init__(self, engine: Engine, keys: KeyStore) -> None:
        self.engine = engine
        self.keys = keys
        # one writer of this process at a time (SQLite has one database write lock)
        self._lock = threading.Lock()

    # --- sessions ---
    def start(self, principal: Principal) -> tuple[str, Session]:
        """A new session for ``principal``: the cookie's token (shown once) and the session."""
        token = secrets.token_urlsafe(32)
        now = time.time()
        row = {
            "token_sha": _sha(token),
            "key_id": principal.key_id,
            "role": principal.role,
            "csp": principal.csp,
            "agency": principal.agency,
            "csrf": secrets.token_urlsafe(32),
            "created_at": now,
            "seen_at": now,
        }
        with self._lock:
            repo.start_session(self.engine, row, idle_before=now - IDLE_S)
        return token, Session(row["token_sha"], principal, row["csrf"])

    def get(self, token: str | None) -> Session | None:
        """The live session of a cookie's token, its idle clock restarted; None when absent, expired or its
        key revoked (then the session is deleted)."""
        if not token or len(token) > 200:
            return None
        sha = _sha(token)
        row = repo.get_session(self.engine, sha)
        if row is None:
            return None
        now = time.time()
        expired = now - row["seen_at"] > IDLE_S or now - row["created_at"] > MAX_AGE_S
        if expired or not self._key_live(row["key_id"]):
            self.end(token)
            return None
        with self._lock:
            repo.touch_session(self.engine, sha, now)
        principal = Principal(row["key_id"], row["role"], row["csp"], row["agency"])
        return Session(sha, principal, row["csrf"])

    def _key_live(self, key_id: str) -> bool:
        if key_id == BOOTSTRAP_ADMIN_ID:  # the environment's admin key: no row, lives as long as the process
            return True
        try:
            return self.keys.get(key_id).revoked_at is None
        except NotFoundError:
            return False

    def end(self, token: str | None) -> None:
        if not token:
            return
        with self._lock:
            repo.end_session(self.engine, _sha(token))

    # --- drafts ---
    def new_draft(
        self,
        key_id: str,
        result: ExtractionResult,
        pages: dict[str, str] | None = None,
        draft_id: str | None = None,
    ) -> str:
        """Store a new draft (``draft_id``: a given one, e.g. derived from a background job's id; a
        :class:`ConflictError` when a draft with that id exists already)."""
        draft_id = draft_id or secrets.token_hex(12)
        body = result.model_dump_json()
        now = time.time()
        row = {
            "id": draft_id,
            "key_id": key_id,
            "original": body,
            "current": body,
            "pages": json.dumps(pages or {}),
            "updated_at": now,
            "committed_review": None,
        }
        with self._lock:
            made = repo.insert_draft(self.engine, row, stale_before=now - DRAFT_TTL_S)
        if not made:
            raise ConflictError(f"a draft with id {draft_id!r} exists already")
        return draft_id

    def draft(self, draft_id: str, principal: Principal) -> Draft:
        """The draft, if ``principal``'s key uploaded it (anyone else: not found, as for an unknown id)."""
        row = repo.get_draft(self.engine, draft_id[:64])
        if row is None or row["key_id"] != principal.key_id:
            raise NotFoundError(
                f"no draft with id {draft_id[:64]!r}: it may have expired; upload the report again"
            )
        return Draft(
            row["id"],
            row["key_id"],
            ExtractionResult.model_validate_json(row["original"]),
            ExtractionResult.model_validate_json(row["current"]),
            json.loads(row["pages"]),
            row["committed_review"],
        )

    def save(self, draft: Draft) -> None:
        with self._lock:
            repo.update_draft(
                self.engine,
                draft.id,
                current=draft.current.model_dump_json(),
                updated_at=time.time(),
                committed_review=draft.committed_review,
            )
