"""Repository of the web app's sessions and drafts under review (tables ``web_sessions`` and ``web_drafts``,
revision 0007).

Rows go in and out as plain dicts of the tables' columns; tokens, expiry rules and what a draft holds are the
service's (``service.web.sessions``). Times are seconds since the epoch from the callers' clocks. Every call
reads the database, so every API process sees the same sessions and drafts.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from retrieval import tables as t

_SESSIONS = t.WebSession.__table__
_DRAFTS = t.WebDraft.__table__


def _dict(row: Any) -> dict[str, Any]:
    return dict(row._mapping)


# ------------------------------------------------------------------------------------------------ sessions


def start_session(engine: Engine, row: dict[str, Any], *, idle_before: float) -> None:
    """Store a new session (``row``: every column) and, in the same transaction, drop the sessions not seen
    since ``idle_before`` (expired: nobody can use them), so the table holds only live ones."""
    with engine.begin() as conn:
        conn.execute(delete(_SESSIONS).where(_SESSIONS.c.seen_at < idle_before))
        conn.execute(_SESSIONS.insert().values(**row))


def get_session(engine: Engine, token_sha: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        found = conn.execute(select(_SESSIONS).where(_SESSIONS.c.token_sha == token_sha)).first()
    return None if found is None else _dict(found)


def touch_session(engine: Engine, token_sha: str, seen_at: float) -> None:
    """Restart a session's idle clock."""
    with engine.begin() as conn:
        conn.execute(update(_SESSIONS).where(_SESSIONS.c.token_sha == token_sha).values(seen_at=seen_at))


def end_session(engine: Engine, token_sha: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(_SESSIONS).where(_SESSIONS.c.token_sha == token_sha))


# -------------------------------------------------------------------------------------------------- drafts


def insert_draft(engine: Engine, row: dict[str, Any], *, stale_before: float) -> bool:
    """Store a new draft (``row``: every column); False, storing nothing, when a draft with its id exists (two
    requests making one draft at once: the first wins). In the same transaction, drop the drafts not touched
    since ``stale_before``."""
    insert = pg_insert if engine.dialect.name == "postgresql" else sqlite_insert
    with engine.begin() as conn:
        conn.execute(delete(_DRAFTS).where(_DRAFTS.c.updated_at < stale_before))
        # RETURNING, not rowcount: psycopg reports -1 for an INSERT ... ON CONFLICT DO NOTHING
        stmt = insert(_DRAFTS).values(**row).on_conflict_do_nothing().returning(_DRAFTS.c.id)
        return conn.execute(stmt).first() is not None


def get_draft(engine: Engine, draft_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        found = conn.execute(select(_DRAFTS).where(_DRAFTS.c.id == draft_id)).first()
    return None if found is None else _dict(found)


def update_draft(
    engine: Engine, draft_id: str, *, current: str, updated_at: float, committed_review: str | None
) -> None:
    """Save a draft's edited state (``current``, JSON) and the review it was committed as, if it was."""
    with engine.begin() as conn:
        conn.execute(
            update(_DRAFTS)
            .where(_DRAFTS.c.id == draft_id)
            .values(current=current, updated_at=updated_at, committed_review=committed_review)
        )
