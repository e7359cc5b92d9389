"""Repository of the audit chain's rows when the chain is kept in the database (tables ``audit_entries`` and
``audit_head``, revision 0005): several API processes on one PostgreSQL database then write one chain.

The entries' content (fields, keyed hashes) is the service's (``service.audit``); here are the statements.
:func:`append_entry` runs on the connection of the change being audited, inside its transaction: the entry is
stored if and only if the change is. A transaction-scoped advisory lock serialises appends (PostgreSQL; SQLite
holds its database write lock already), so each entry links to the one committed before it, never to a sibling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlalchemy import Connection, Engine, func, insert, select, update

from retrieval import tables as t

#: The advisory lock key of the audit chain (any constant unique within the database; 'dhraudit' in ASCII).
AUDIT_LOCK_KEY = 0x6468726175646974
_HEAD_ID = 1


def append_entry(conn: Connection, build: Callable[[str | None], tuple[int, str, str]]) -> None:
    """Append one entry in ``conn``'s transaction. ``build(last line or None)`` returns ``(seq, line, head)``:
    the new entry's sequence number and JSON line, and the new head line."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(AUDIT_LOCK_KEY)))
    last = conn.execute(select(t.AuditRow.line).order_by(t.AuditRow.seq.desc()).limit(1)).scalar()
    seq, line, head = build(last)
    conn.execute(insert(t.AuditRow).values(seq=seq, line=line))
    if conn.execute(update(t.AuditHead).where(t.AuditHead.id == _HEAD_ID).values(line=head)).rowcount == 0:
        conn.execute(insert(t.AuditHead).values(id=_HEAD_ID, line=head))


def entry_lines(engine: Engine, batch: int = 1000) -> Iterator[str]:
    """Every entry's line in sequence order (read in batches: a long chain is not held in memory at once)."""
    after = 0
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                select(t.AuditRow.seq, t.AuditRow.line)
                .where(t.AuditRow.seq > after)
                .order_by(t.AuditRow.seq)
                .limit(batch)
            ).all()
        if not rows:
            return
        for seq, line in rows:
            yield line
            after = seq


def head_line(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(t.AuditHead.line).where(t.AuditHead.id == _HEAD_ID)).scalar()
