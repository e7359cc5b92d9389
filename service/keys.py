"""API keys: created with a role and binding, stored as salted SHA-256 hashes, checked per request.

A key reads ``dhr_<id>_<secret>``: the id finds the row, the secret is compared by its salted hash in constant
time. The secret is 256 random bits, so a fast salted hash is enough (a slow KDF guards low-entropy passwords,
and would cost every request tens of milliseconds). ``DHR_ADMIN_KEY`` adds a bootstrap admin key held only in
memory.

A verified key is trusted for ``cache_s`` seconds (``DHR_API_KEY_CACHE_S``, default 1 s; 0: never) without
reading its row again: the row's read was most of a request's CPU outside the search itself (0.3 of ~1.2 ms on
the event loop, ``evaluation/PROFILE.md``). A key revoked through this process is refused here at once; through
another process on the same database, here within ``cache_s`` of the revocation's commit (every cached entry is
dropped ``cache_s`` after its row was read). Only keys that verified are cached, under the SHA-256 of the whole
presented key, so a wrong secret never matches an entry and always reaches the database (and the
failed-authentication limits).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from dhr.errors import NotFoundError
from dhr.schema.service import ApiKeyCreate, ApiKeyCreated, ApiKeyPublic, Role
from retrieval.store import keys as repo

BOOTSTRAP_ADMIN_ID = "bootstrap-admin"
_PREFIX = "dhr"
#: Seconds a verified key is trusted without reading its row (the bound on another process's revocation).
DEFAULT_CACHE_S = 1.0
#: Verified keys cached at most; beyond it the expired ones are dropped, and all of them if none has expired.
MAX_CACHED = 10_000


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the key's id, role and binding."""

    key_id: str
    role: Role
    csp: str | None = None
    agency: str | None = None

    @property
    def label(self) -> str:
        bound = self.csp or self.agency
        return f"{self.role}:{self.key_id}" + (f"({bound})" if bound else "")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _hash(salt: str, secret: str) -> str:
    return hashlib.sha256((salt + ":" + secret).encode()).hexdigest()


def split_key(key: str) -> tuple[str, str] | None:
    """``(id, secret)`` of a well-formed key, else None."""
    parts = key.strip().split("_")
    if len(parts) != 3 or parts[0] != _PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]


def new_key_id() -> str:
    """A fresh key id (public: it is shown in lists and the audit log; the secret is separate)."""
    return secrets.token_hex(6)


class KeyStore:
    """API keys in the library database's ``service_api_keys`` table (created by the store's migrations), read
    and written through :mod:`retrieval.store.keys`. A verified key is trusted for ``cache_s`` seconds (see the
    module docstring): a key revoked by another API process on the same database is refused here within that
    time, one revoked through this store at once."""

    def __init__(
        self,
        engine: Engine,
        admin_key: str | None = None,
        *,
        cache_s: float = DEFAULT_CACHE_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self._admin_hash: tuple[str, str] | None = None
        self._lock = threading.Lock()
        self.cache_s = max(0.0, float(cache_s))
        self._clock = clock
        #: SHA-256 of a presented key that verified -> (its principal, when the entry stops being trusted)
        self._verified: dict[bytes, tuple[Principal, float]] = {}
        #: Revocations through this store: a verification read before one is not cached after it
        self._revocations = 0
        if admin_key:
            salt = secrets.token_hex(16)
            self._admin_hash = (salt, _hash(salt, admin_key))

    @classmethod
    def from_engine(
        cls, engine: Engine, admin_key: str | None = None, *, cache_s: float = DEFAULT_CACHE_S
    ) -> KeyStore:
        """Keys of the library database behind ``engine`` (``LibraryStore.engine``: already migrated)."""
        return cls(engine, admin_key, cache_s=cache_s)

    # --- management ---
    def create(self, spec: ApiKeyCreate, key_id: str | None = None) -> ApiKeyCreated:
        """Store a new key; ``key_id`` (from :func:`new_key_id`) lets the caller audit it in the same commit."""
        key_id = key_id or new_key_id()
        secret = secrets.token_hex(32)
        salt = secrets.token_hex(16)
        row = {
            "id": key_id,
            "role": spec.role,
            "csp": spec.csp,
            "agency": spec.agency,
            "label": spec.label,
            "salt": salt,
            "hash": _hash(salt, secret),
            "created_at": _now(),
            "revoked_at": None,
        }
        with self._lock:
            repo.insert_key(self.engine, row)
        return ApiKeyCreated(key=f"{_PREFIX}_{key_id}_{secret}", **_public_fields(row))

    def list(self, include_revoked: bool = False) -> list[ApiKeyPublic]:
        rows = repo.list_keys(self.engine, include_revoked=include_revoked)
        return [ApiKeyPublic(**_public_fields(r)) for r in rows]

    def get(self, key_id: str) -> ApiKeyPublic:
        row = repo.get_key(self.engine, key_id)
        if row is None:
            raise NotFoundError(f"no API key with id '{key_id}'")
        return ApiKeyPublic(**_public_fields(row))

    def revoke(self, key_id: str) -> ApiKeyPublic:
        with self._lock:
            self._revocations += 1
            self._forget(key_id)
            if not repo.revoke_key(self.engine, key_id, _now()):
                raise NotFoundError(f"no API key with id '{key_id}'")
            # a verification that read the row before the revocation and caches it after is refused by
            # _remember (the count moved); one that read it after sees the revocation
            self._revocations += 1
        return self.get(key_id)

    def _forget(self, key_id: str) -> None:
        """Drop the cached verifications of ``key_id`` (caller holds the lock)."""
        for digest in [d for d, (p, _) in self._verified.items() if p.key_id == key_id]:
            self._verified.pop(digest, None)

    # --- checking ---
    def authenticate(self, key: str) -> Principal | None:
        """The principal of a valid, unrevoked key; None for anything else (never says which part was wrong)."""
        if self._admin_hash is not None:
            salt, digest = self._admin_hash
            if hmac.compare_digest(_hash(salt, key), digest):
                return Principal(BOOTSTRAP_ADMIN_ID, "admin")
        digest = hashlib.sha256(key.encode()).digest() if self.cache_s else b""
        if digest:
            cached = self._verified.get(digest)
            if cached is not None and self._clock() < cached[1]:
                return cached[0]
        parts = split_key(key)
        if parts is None:
            return None
        key_id, secret = parts
        read_at = self._clock()  # the entry's age counts from before the row is read
        revocations = self._revocations
        row = repo.get_key(self.engine, key_id)
        if row is None or row["revoked_at"] is not None:
            return None
        if not hmac.compare_digest(_hash(row["salt"], secret), row["hash"]):
            return None
        principal = Principal(row["id"], row["role"], row["csp"], row["agency"])
        if digest:
            self._remember(digest, principal, read_at + self.cache_s, revocations)
        return principal

    def _remember(self, digest: bytes, principal: Principal, until: float, revocations: int) -> None:
        with self._lock:
            if revocations != self._revocations:  # a revocation through this store since the row was read
                return
            if len(self._verified) >= MAX_CACHED:
                now = self._clock()
                live = {d: entry for d, entry in self._verified.items() if entry[1] > now}
                self._verified = live if len(live) < MAX_CACHED else {}
            self._verified[digest] = (principal, until)


def _public_fields(row: dict[str, object]) -> dict[str, object]:
    return {k: row[k] for k in ("id", "role", "csp", "agency", "label", "created_at", "revoked_at")}
