"""Repository of the service's API keys (table ``service_api_keys``, revision 0005).

Rows go in and out as plain dicts of the table's columns; hashing, secrets and roles are the service's
(``service.keys``). Every call reads the database, so a key revoked by one process is refused by every other
process on the same database at its next request.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, bindparam, insert, select, update

from retrieval import tables as t

_COLUMNS = [c.name for c in t.ApiKey.__table__.columns]


def _row(mapping: Any) -> dict[str, Any]:
    return {name: mapping[name] for name in _COLUMNS}


def insert_key(engine: Engine, row: dict[str, Any]) -> None:
    """Store a new key row (``row`` has every column of the table)."""
    with engine.begin() as conn:
        conn.execute(insert(t.ApiKey.__table__).values(**row))


#: Read on every authenticated request: built once (building a select cost more than running it).
_KEY_BY_ID = select(t.ApiKey.__table__).where(t.ApiKey.id == bindparam("key_id"))


def get_key(engine: Engine, key_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        found = conn.execute(_KEY_BY_ID, {"key_id": key_id}).first()
    return None if found is None else _row(found._mapping)


def list_keys(engine: Engine, *, include_revoked: bool = False) -> list[dict[str, Any]]:
    """Keys ordered by creation time and id; only unrevoked ones unless ``include_revoked``."""
    table = t.ApiKey.__table__
    stmt = select(table).order_by(table.c.created_at, table.c.id)
    if not include_revoked:
        stmt = stmt.where(table.c.revoked_at.is_(None))
    with engine.connect() as conn:
        return [_row(r._mapping) for r in conn.execute(stmt)]


def revoke_key(engine: Engine, key_id: str, when: str) -> bool:
    """Mark a key revoked at ``when`` (kept if already revoked); False when there is no such key."""
    table = t.ApiKey.__table__
    with engine.begin() as conn:
        found = conn.execute(select(table.c.revoked_at).where(table.c.id == key_id)).first()
        if found is None:
            return False
        if found.revoked_at is None:
            conn.execute(update(table).where(table.c.id == key_id).values(revoked_at=when))
    return True
