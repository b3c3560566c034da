"""`province_tallies`: the finest-grain tallies summed over zones and settlements (one row
per day, province and claimant), with the same covering indexes, filled from the tallies
already stored. The ledger builder refills it with `tallies`; the web API reads it whenever
a request neither groups nor filters by zone or settlement.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MEASURES = ["violations", "explosions", "settlements", "killed", "injured", "reports"]
KEYS = ["day", "admin1", "claimant"]


def upgrade() -> None:
    op.create_table(
        "province_tallies",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("admin1", sa.Text()),
        sa.Column("claimant", sa.Text()),
        *(sa.Column(m, sa.Integer()) for m in MEASURES[:-1]),
        sa.Column("reports", sa.Integer(), nullable=False),
    )
    columns = ", ".join([*KEYS, *MEASURES])
    sums = ", ".join(f"SUM({m})" for m in MEASURES)
    op.execute(
        f"INSERT INTO province_tallies ({columns}) SELECT {', '.join(KEYS)}, {sums}"
        f" FROM tallies GROUP BY {', '.join(KEYS)}"
    )
    op.create_index("ix_province_tallies_day_cover", "province_tallies", [*KEYS, *MEASURES])
    op.create_index(
        "ix_province_tallies_admin1_cover",
        "province_tallies",
        ["admin1", "day", "claimant", *MEASURES],
    )
    op.create_index(
        "ix_province_tallies_pair_cover",
        "province_tallies",
        ["admin1", "claimant", "day", *MEASURES],
    )


def downgrade() -> None:
    op.drop_table("province_tallies")
