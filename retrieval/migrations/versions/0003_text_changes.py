"""Log of recommendation text changes, so the search indexes sync in time proportional to the change.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "text_changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("text_generation", sa.Integer, nullable=False, index=True),
        sa.Column("vec_id", sa.Integer, nullable=False),
    )
    # The log covers changes from the current text generation on; indexes older than that do a full diff.
    conn = op.get_bind()
    meta = sa.table("library_meta", sa.column("key", sa.String), sa.column("value", sa.Integer))
    current = conn.execute(sa.select(meta.c.value).where(meta.c.key == "text_generation")).scalar()
    conn.execute(sa.delete(meta).where(meta.c.key == "text_log_since"))
    conn.execute(sa.insert(meta).values(key="text_log_since", value=int(current or 0)))


def downgrade() -> None:
    op.drop_table("text_changes")
    conn = op.get_bind()
    meta = sa.table("library_meta", sa.column("key", sa.String), sa.column("value", sa.Integer))
    conn.execute(sa.delete(meta).where(meta.c.key == "text_log_since"))
