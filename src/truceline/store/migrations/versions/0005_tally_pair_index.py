"""A covering index for tallies grouped by province and claimant over a window of days (the
dashboard's map): by province, claimant, then day, carrying the measures. The web API walks
it one (province, claimant) pair at a time, summing each pair's days, instead of sorting a
month of rows to group them.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MEASURES = ["violations", "explosions", "settlements", "killed", "injured", "reports"]


def upgrade() -> None:
    op.create_index("ix_tallies_pair_cover", "tallies", ["admin1", "claimant", "day", *MEASURES])


def downgrade() -> None:
    op.drop_index("ix_tallies_pair_cover", table_name="tallies")
