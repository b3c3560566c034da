"""Covering indexes for the web API's tallies: by day (every dated view) and by province
then day (a province's timeline), each carrying the claimant and the measures, so a grouped
tally reads index pages only.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MEASURES = ["violations", "explosions", "settlements", "killed", "injured", "reports"]


def upgrade() -> None:
    with op.batch_alter_table("tallies") as batch_op:
        batch_op.drop_index("ix_tallies_day_admin1_claimant")
        batch_op.create_index("ix_tallies_day_cover", ["day", "admin1", "claimant", *MEASURES])
        batch_op.create_index("ix_tallies_admin1_cover", ["admin1", "day", "claimant", *MEASURES])


def downgrade() -> None:
    with op.batch_alter_table("tallies") as batch_op:
        batch_op.drop_index("ix_tallies_admin1_cover")
        batch_op.drop_index("ix_tallies_day_cover")
        batch_op.create_index("ix_tallies_day_admin1_claimant", ["day", "admin1", "claimant"])
