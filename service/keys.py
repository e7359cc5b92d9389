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

from sqlalchemy import Column, MetaData, String, Table, create_engine, insert, select, update
from sqlalchemy.engine import Engine

from dhr.errors import NotFoundError
from dhr.schema.service import ApiKeyCreate, ApiKeyCreated, ApiKeyPublic, Role

metadata = MetaData()

api_keys = Table(
    "service_api_keys",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("csp", String(200), nullable=True),
    Column("agency", String(100), nullable=True),
    Column("label", String(200), nullable=True),
    Column("salt", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("revoked_at", String(40), nullable=True),
)

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
    """API keys in a SQL table (the library's database, or any SQLAlchemy URL)."""

    def __init__(self, engine: Engine, admin_key: str | None = None) -> None:
        self.engine = engine
        self._admin_hash: tuple[str, str] | None = None
        self._lock = threading.Lock()
        if admin_key:
            salt = secrets.token_hex(16)
            self._admin_hash = (salt, _hash(salt, admin_key))

    @classmethod
    def open(cls, url: str, admin_key: str | None = None) -> KeyStore:
        engine = create_engine(
            url, connect_args={"check_same_thread": False} if url.startswith("sqlite") else {}
        )
        return cls.from_engine(engine, admin_key)

    @classmethod
    def from_engine(cls, engine: Engine, admin_key: str | None = None) -> KeyStore:
        metadata.create_all(engine, tables=[api_keys])
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
        with self._lock, self.engine.begin() as conn:
            conn.execute(insert(api_keys).values(**row))
        return ApiKeyCreated(key=f"{_PREFIX}_{key_id}_{secret}", **_public_fields(row))

    def list(self, include_revoked: bool = False) -> list[ApiKeyPublic]:
        stmt = select(api_keys).order_by(api_keys.c.created_at, api_keys.c.id)
        if not include_revoked:
            stmt = stmt.where(api_keys.c.revoked_at.is_(None))
        with self.engine.connect() as conn:
            return [ApiKeyPublic(**_public_fields(r._mapping)) for r in conn.execute(stmt)]

    def get(self, key_id: str) -> ApiKeyPublic:
        with self.engine.connect() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.id == key_id)).first()
        if row is None:
            raise NotFoundError(f"no API key with id '{key_id}'")
        return ApiKeyPublic(**_public_fields(row._mapping))

    def revoke(self, key_id: str) -> ApiKeyPublic:
        with self._lock, self.engine.begin() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.id == key_id)).first()
            if row is None:
                raise NotFoundError(f"no API key with id '{key_id}'")
            if row.revoked_at is None:
                conn.execute(update(api_keys).where(api_keys.c.id == key_id).values(revoked_at=_now()))
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
        with self.engine.connect() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.id == key_id)).first()
        if row is None or row.revoked_at is not None:
            return None
        if not hmac.compare_digest(_hash(row.salt, secret), row.hash):
            return None
        return Principal(row.id, row.role, row.csp, row.agency)


def _public_fields(row: object) -> dict[str, object]:
    get = row.__getitem__  # type: ignore[attr-defined]
    return {k: get(k) for k in ("id", "role", "csp", "agency", "label", "created_at", "revoked_at")}
