"""The ledger's tables (SQLAlchemy Core); migrations/ creates them, this module queries them.

A test checks that the migrations and these tables agree.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    false,
)

metadata = MetaData()

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("url", Text, nullable=False),
    Column("kind", String(10), nullable=False),  # feed | page
    Column("claimant", String(300)),  # who speaks when a report names nobody
    Column("claimant_type", String(20)),
    Column("interval_s", Integer, nullable=False),
    Column("allow_private", Boolean, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled", String(32)),
    Column("last_error", Text),
)

reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("url", Text),
    Column("text_hash", String(80), nullable=False, unique=True),
    Column("previous_id", Integer, ForeignKey("reports.id")),  # the version this one replaces
    Column("current", Boolean, nullable=False),  # False once a newer version is stored
    Column("title", Text),
    Column("published", String(10)),
    Column("fetched_at", String(32), nullable=False),
    Column("language", String(16), nullable=False),
    Column("extractor_version", String(64), nullable=False),
    Column("claimant", String(300)),
    Column("text", Text, nullable=False),
    Column("etag", Text),  # the page's validators, for a conditional GET next time
    Column("last_modified", Text),
    Index("ix_reports_url", "url"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("cid", String(16), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("methods", JSON, nullable=False),
    Column("count_value", Integer),
    Column("count_qualifier", String(12)),
    Column("count_unit", String(12)),
    Column("killed_value", Integer),
    Column("killed_qualifier", String(12)),
    Column("injured_value", Integer),
    Column("injured_qualifier", String(12)),
    Column("period_start", String(10)),
    Column("period_end", String(10)),
    Column("locations", JSON, nullable=False),
    Column("place", Text),  # the main place's name, for filters
    Column("admin1", Text),
    Column("claimant_name", Text),
    Column("claimant", JSON),
    Column("reported_by", JSON, nullable=False),
    Column("perpetrator", JSON),
    Column("target", JSON),
    Column("outcome", String(12)),
    Column("part_of", String(16)),
    Column("evidence", JSON, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("extractor_version", String(64), nullable=False),
    # An analyst's verdict: unreviewed | confirmed | rejected | corrected (claim_reviews
    # keeps the history); `corrections` maps a field to its corrected value.
    Column("review_status", String(12), nullable=False, server_default="unreviewed"),
    Column("corrections", JSON),
    Index("ix_claims_report", "report_id"),
    # Lists are sorted newest period first, then by id (keyset paging), whole or filtered.
    Index("ix_claims_period_id", "period_end", "id"),
    Index("ix_claims_admin1_period", "admin1", "period_end", "id"),
    Index("ix_claims_claimant_period", "claimant_name", "period_end", "id"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("status", String(16), nullable=False),
    Column("start", String(10)),
    Column("end", String(10)),
    Column("place", Text),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("claimants", JSON, nullable=False),
)

event_claims = Table(
    "event_claims",
    metadata,
    Column("event_id", String(16), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
)

_MEASURES = ("violations", "explosions", "settlements", "killed", "injured", "reports")


def _measure_columns() -> list[Column]:
    """What a tally row counts (new Column objects each time: a column belongs to one table)."""
    return [Column(m, Integer, nullable=m != "reports") for m in _MEASURES]


def _covering_indexes(table: str) -> list[Index]:
    """Covering (key, claimant and measures): a grouped tally reads index pages only, by
    days (every dated view) or by province, then days (a province's timeline); by province
    and claimant, then day, a window's sums read one pair at a time (the map)."""
    return [
        Index(f"ix_{table}_day_cover", "day", "admin1", "claimant", *_MEASURES),
        Index(f"ix_{table}_admin1_cover", "admin1", "day", "claimant", *_MEASURES),
        Index(f"ix_{table}_pair_cover", "admin1", "claimant", "day", *_MEASURES),
    ]


tallies = Table(
    "tallies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("day", String(10), nullable=False),
    Column("admin1", Text),
    Column("zone", Text),
    Column("settlement", Text),
    Column("claimant", Text),
    *_measure_columns(),
    *_covering_indexes("tallies"),
)

# `tallies` summed over zones and settlements: one row per day, province and claimant,
# refilled with it by the ledger builder (store.ledger.save_tallies). The web API reads it
# whenever a request neither groups nor filters by zone or settlement: a week of a big
# ledger is a third as many rows to sum. Same covering indexes as `tallies`.
province_tallies = Table(
    "province_tallies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("day", String(10), nullable=False),
    Column("admin1", Text),
    Column("claimant", Text),
    *_measure_columns(),
    *_covering_indexes("province_tallies"),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),  # argon2id, never the password
    Column("role", String(12), nullable=False),  # analyst | admin
    Column("created_at", String(32), nullable=False),
    Column("disabled", Boolean, nullable=False, server_default=false()),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 hex of the token
    Column("label", Text),
    Column("created_at", String(32), nullable=False),
    Column("last_used", String(32)),
    Column("revoked", Boolean, nullable=False, server_default=false()),
)

# Append-only: one row per verdict, or per corrected field. claim_key (report text hash and
# claim id) outlives re-extraction, which gives the claim a new row id.
claim_reviews = Table(
    "claim_reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="SET NULL")),
    Column("claim_key", String(120), nullable=False),
    Column("action", String(10), nullable=False),  # confirm | reject | correct | dropped
    Column("field", String(20)),
    Column("extractor_value", JSON),
    Column("value", JSON),
    Column("username", String(64), nullable=False),
    Column("at", String(32), nullable=False),  # ISO-8601 UTC
    Column("note", Text),
    Index("ix_claim_reviews_key", "claim_key"),
    Index("ix_claim_reviews_claim", "claim_id"),
    Index("ix_claim_reviews_user", "username"),
)
