"""Analytics tables: review timeline events and national-recommendation routing (retrieval/analytics_tables.py).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_timeline_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "review_id",
            sa.String(64),
            sa.ForeignKey("reviews.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("day", sa.Integer, nullable=False),
        sa.UniqueConstraint("review_id", "event"),
    )
    op.create_table(
        "recommendation_routing",
        sa.Column(
            "vec_id",
            sa.Integer,
            sa.ForeignKey("recommendations.vec_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("department", sa.String(32), nullable=False, index=True),
        sa.Column("named_department", sa.String(32)),
        sa.Column("flag", sa.String(32)),
        sa.Column("note", sa.Text),
    )


def downgrade() -> None:
    op.drop_table("recommendation_routing")
    op.drop_table("review_timeline_events")
