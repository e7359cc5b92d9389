"""Review kind (DHR or DARDR) and death type (homicide, suicide, other, unknown) on reviews.

Since the Victims and Prisoners Act 2024, Domestic Homicide Reviews are being renamed Domestic Abuse Related
Death Reviews, and analysts count reviews by how the person died. Existing rows get 'unknown' for both: the
value was never read from their reports.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("review_kind", sa.String(16), nullable=False, server_default="unknown"))
        batch.add_column(sa.Column("death_type", sa.String(16), nullable=False, server_default="unknown"))
        batch.create_index("ix_reviews_death_type", ["death_type"])


def downgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.drop_index("ix_reviews_death_type")
        batch.drop_column("death_type")
        batch.drop_column("review_kind")
