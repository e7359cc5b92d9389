"""The service's tables under migrations: API keys, shared rate-limit buckets, the audit chain in the database.

``service_api_keys`` was created by the service itself (``metadata.create_all``) before this revision: an
existing library keeps its table and keys; a new one gets it here. ``rate_limit_buckets`` lets every API process
on one database count against the same limits; ``audit_entries`` and ``audit_head`` hold the audit chain when
it is kept in the database (PostgreSQL). The generation counters are seeded, so writers only ever ``UPDATE``
them (two processes inserting the first value at once would collide).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if not sa.inspect(conn).has_table("service_api_keys"):
        op.create_table(
            "service_api_keys",
            sa.Column("id", sa.String(32), primary_key=True),
            sa.Column("role", sa.String(16), nullable=False),
            sa.Column("csp", sa.String(200)),
            sa.Column("agency", sa.String(100)),
            sa.Column("label", sa.String(200)),
            sa.Column("salt", sa.String(64), nullable=False),
            sa.Column("hash", sa.String(64), nullable=False),
            sa.Column("created_at", sa.String(40), nullable=False),
            sa.Column("revoked_at", sa.String(40)),
        )
    op.create_table(
        "rate_limit_buckets",
        sa.Column("name", sa.String(250), primary_key=True),
        sa.Column("tokens", sa.Float, nullable=False),
        sa.Column("at", sa.Float, nullable=False),
    )
    op.create_table(
        "audit_entries",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("line", sa.Text, nullable=False),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("line", sa.Text, nullable=False),
    )
    meta = sa.table("library_meta", sa.column("key", sa.String), sa.column("value", sa.Integer))
    have = set(conn.execute(sa.select(meta.c.key)).scalars())
    for key in ("generation", "text_generation"):
        if key not in have:
            conn.execute(sa.insert(meta).values(key=key, value=0))


def downgrade() -> None:
    op.drop_table("audit_head")
    op.drop_table("audit_entries")
    op.drop_table("rate_limit_buckets")
    op.drop_table("service_api_keys")
