"""API keys: created with a role and binding, stored as salted SHA-256 hashes, checked per request.

A key reads ``dhr_<id>_<secret>``: the id finds the row, the secret is compared by its salted hash in constant
time. The secret is 256 random bits, so a fast salted hash is enough (a slow KDF guards low-entropy passwords,
and would cost every request tens of milliseconds). ``DHR_ADMIN_KEY`` adds a bootstrap admin key held only in
memory.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from dhr.errors import NotFoundError
from dhr.schema.service import ApiKeyCreate, ApiKeyCreated, ApiKeyPublic, Role
from retrieval.store import keys as repo

BOOTSTRAP_ADMIN_ID = "bootstrap-admin"
_PREFIX = "dhr"


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
    and written through :mod:`retrieval.store.keys`. Nothing is cached: a key revoked by one API process is
    refused by every process on the same database at its next request."""

    def __init__(self, engine: Engine, admin_key: str | None = None) -> None:
        self.engine = engine
        self._admin_hash: tuple[str, str] | None = None
        self._lock = threading.Lock()
        if admin_key:
            salt = secrets.token_hex(16)
            self._admin_hash = (salt, _hash(salt, admin_key))

    @classmethod
    def from_engine(cls, engine: Engine, admin_key: str | None = None) -> KeyStore:
        """Keys of the library database behind ``engine`` (``LibraryStore.engine``: already migrated)."""
        return cls(engine, admin_key)

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
            if not repo.revoke_key(self.engine, key_id, _now()):
                raise NotFoundError(f"no API key with id '{key_id}'")
        return self.get(key_id)

    # --- checking ---
    def authenticate(self, key: str) -> Principal | None:
        """The principal of a valid, unrevoked key; None for anything else (never says which part was wrong)."""
        if self._admin_hash is not None:
            salt, digest = self._admin_hash
            if hmac.compare_digest(_hash(salt, key), digest):
                return Principal(BOOTSTRAP_ADMIN_ID, "admin")
        parts = split_key(key)
        if parts is None:
            return None
        key_id, secret = parts
        row = repo.get_key(self.engine, key_id)
        if row is None or row["revoked_at"] is not None:
            return None
        if not hmac.compare_digest(_hash(row["salt"], secret), row["hash"]):
            return None
        return Principal(row["id"], row["role"], row["csp"], row["agency"])


def _public_fields(row: dict[str, object]) -> dict[str, object]:
    return {k: row[k] for k in ("id", "role", "csp", "agency", "label", "created_at", "revoked_at")}
