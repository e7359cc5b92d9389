"""Initial library schema: reviews, recommendations, labels, actions, implementation updates, corrections.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "library_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("reference", sa.String(200)),
        sa.Column("csp", sa.String(200), index=True),
        sa.Column("owner_csp", sa.String(200), index=True),
        sa.Column("region", sa.String(200), index=True),
        sa.Column("year", sa.Integer, index=True),
        sa.Column("published", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("source_filename", sa.Text),
        sa.Column("source_sha256", sa.String(64), unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "recommendations",
        sa.Column("vec_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(300), nullable=False, unique=True),
        sa.Column(
            "review_id",
            sa.String(64),
            sa.ForeignKey("reviews.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("number", sa.String(64)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_sha", sa.String(64), nullable=False),
        sa.Column("content_sha", sa.String(64), nullable=False),
        sa.Column("agencies", sa.JSON, nullable=False),
        sa.Column("themes", sa.JSON, nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("target_date", sa.String(10)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "recommendation_labels",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "vec_id",
            sa.Integer,
            sa.ForeignKey("recommendations.vec_id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64), nullable=False, index=True),
        sa.UniqueConstraint("vec_id", "kind", "value"),
    )
    op.create_table(
        "actions",
        sa.Column("id", sa.String(320), primary_key=True),
        sa.Column(
            "vec_id",
            sa.Integer,
            sa.ForeignKey("recommendations.vec_id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("agencies", sa.JSON, nullable=False),
        sa.Column("target_date", sa.String(10)),
        sa.Column("status", sa.String(16), index=True),
        sa.Column("implementation_level", sa.String(16)),
        sa.Column("quality", sa.String(16)),
        sa.Column("evidence", sa.Text),
        sa.Column("updated_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "implementation_updates",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "action_id",
            sa.String(320),
            sa.ForeignKey("actions.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("status", sa.String(16)),
        sa.Column("implementation_level", sa.String(16)),
        sa.Column("quality", sa.String(16)),
        sa.Column("evidence", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("recommendation_id", sa.String(300), nullable=False, index=True),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("old_value", sa.JSON),
        sa.Column("new_value", sa.JSON, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "corrections",
        "implementation_updates",
        "actions",
        "recommendation_labels",
        "recommendations",
        "reviews",
        "library_meta",
    ):
        op.drop_table(table)
