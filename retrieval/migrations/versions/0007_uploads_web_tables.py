"""The uploads log and the web app's sessions and drafts under migrations (issue 15: service/ holds no SQL).

``service_uploads`` (service/uploads.py), ``web_sessions`` and ``web_drafts`` (service/web/sessions.py) were
created by the service itself (``metadata.create_all``) before this revision: an existing library keeps its
tables and rows (same columns as before), a new one gets them here. Their statements are in
``retrieval/store/uploads.py`` and ``retrieval/store/web.py``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if "service_uploads" not in have:
        op.create_table(
            "service_uploads",
            sa.Column("sha256", sa.String(64), primary_key=True),
            sa.Column("scope", sa.String(220), primary_key=True),
            sa.Column("created_at", sa.String(40), nullable=False),
        )
    if "web_sessions" not in have:
        op.create_table(
            "web_sessions",
            sa.Column("token_sha", sa.String(64), primary_key=True),
            sa.Column("key_id", sa.String(32), nullable=False),
            sa.Column("role", sa.String(16), nullable=False),
            sa.Column("csp", sa.String(200)),
            sa.Column("agency", sa.String(100)),
            sa.Column("csrf", sa.String(64), nullable=False),
            sa.Column("created_at", sa.Float, nullable=False),
            sa.Column("seen_at", sa.Float, nullable=False),
        )
    if "web_drafts" not in have:
        op.create_table(
            "web_drafts",
            sa.Column("id", sa.String(32), primary_key=True),
            sa.Column("key_id", sa.String(32), nullable=False),
            sa.Column("original", sa.Text, nullable=False),
            sa.Column("current", sa.Text, nullable=False),
            sa.Column("pages", sa.Text, nullable=False),
            sa.Column("updated_at", sa.Float, nullable=False),
            sa.Column("committed_review", sa.String(64)),
        )


def downgrade() -> None:
    op.drop_table("web_drafts")
    op.drop_table("web_sessions")
    op.drop_table("service_uploads")
