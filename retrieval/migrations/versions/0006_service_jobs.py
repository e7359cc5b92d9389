"""The service's background jobs (service/jobs.py): large extractions and bulk imports, claimed by any API
process on the database and kept with their results.

The service also creates the table itself if it is missing (``metadata.create_all``), as it did before this
revision: an existing library keeps its jobs.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("service_jobs"):
        return
    op.create_table(
        "service_jobs",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("key_id", sa.String(80), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("csp", sa.String(300)),
        sa.Column("agency", sa.String(100)),
        sa.Column("params", sa.Text, nullable=False),
        sa.Column("payload", sa.LargeBinary),
        sa.Column("result", sa.Text),
        sa.Column("error", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("worker", sa.String(200)),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("started_at", sa.Float),
        sa.Column("finished_at", sa.Float),
        sa.Column("heartbeat_at", sa.Float),
    )
    op.create_index("ix_service_jobs_status", "service_jobs", ["status"])


def downgrade() -> None:
    op.drop_index("ix_service_jobs_status", table_name="service_jobs")
    op.drop_table("service_jobs")
