"""Analyst review and accounts: users, API tokens, the claim_reviews audit log, each claim's
review status and corrections, and the indexes the web API's lists and tallies page on.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("disabled", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("label", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("last_used", sa.String(length=32), nullable=True),
        sa.Column("revoked", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "claim_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("claim_key", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=True),
        sa.Column("extractor_value", sa.JSON(), nullable=True),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claim_reviews") as batch_op:
        batch_op.create_index("ix_claim_reviews_key", ["claim_key"])
        batch_op.create_index("ix_claim_reviews_claim", ["claim_id"])
        batch_op.create_index("ix_claim_reviews_user", ["username"])

    with op.batch_alter_table("claims") as batch_op:
        batch_op.add_column(
            sa.Column(
                "review_status", sa.String(length=12), server_default="unreviewed", nullable=False
            )
        )
        batch_op.add_column(sa.Column("corrections", sa.JSON(), nullable=True))
        # (period_end, id) serves what (period_end) did, and the API's keyset order too.
        batch_op.drop_index("ix_claims_period")
        batch_op.create_index("ix_claims_period_id", ["period_end", "id"])
        batch_op.create_index("ix_claims_admin1_period", ["admin1", "period_end", "id"])
        batch_op.create_index("ix_claims_claimant_period", ["claimant_name", "period_end", "id"])

    with op.batch_alter_table("tallies") as batch_op:
        batch_op.drop_index("ix_tallies_day")
        batch_op.create_index("ix_tallies_day_admin1_claimant", ["day", "admin1", "claimant"])


def downgrade() -> None:
    with op.batch_alter_table("tallies") as batch_op:
        batch_op.drop_index("ix_tallies_day_admin1_claimant")
        batch_op.create_index("ix_tallies_day", ["day"])
    with op.batch_alter_table("claims") as batch_op:
        batch_op.drop_index("ix_claims_claimant_period")
        batch_op.drop_index("ix_claims_admin1_period")
        batch_op.drop_index("ix_claims_period_id")
        batch_op.create_index("ix_claims_period", ["period_end"])
        batch_op.drop_column("corrections")
        batch_op.drop_column("review_status")
    op.drop_table("claim_reviews")
    op.drop_table("api_tokens")
    op.drop_table("users")
