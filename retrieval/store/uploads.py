"""Repository of the documents the service read itself (table ``service_uploads``, revision 0007).

A row is ``(sha256, scope)``: the SHA-256 the server computed of an upload and whose it is (the scope is the
service's: ``service.uploads.upload_scope``). Any API process on the database sees every other's rows.
"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from retrieval import tables as t

_TABLE = t.ServiceUpload.__table__


def record_upload(engine: Engine, sha256: str, scope: str, created_at: str) -> bool:
    """Log that ``scope`` uploaded the document ``sha256``; False when it was logged already (kept as it was:
    the first upload's time). Two processes logging one document at once both succeed."""
    insert = pg_insert if engine.dialect.name == "postgresql" else sqlite_insert
    stmt = insert(_TABLE).values(sha256=sha256, scope=scope, created_at=created_at).on_conflict_do_nothing()
    with engine.begin() as conn:
        # RETURNING, not rowcount: psycopg reports -1 for an INSERT ... ON CONFLICT DO NOTHING
        return conn.execute(stmt.returning(_TABLE.c.sha256)).first() is not None


def upload_known(engine: Engine, sha256: str, scope: str | None) -> bool:
    """Whether the document ``sha256`` was uploaded by ``scope`` (None: by anyone)."""
    stmt = select(_TABLE.c.sha256).where(_TABLE.c.sha256 == sha256)
    if scope is not None:
        stmt = stmt.where(_TABLE.c.scope == scope)
    with engine.connect() as conn:
        return conn.execute(stmt.limit(1)).first() is not None
