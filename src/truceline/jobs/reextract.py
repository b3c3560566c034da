"""Rerunning the extractor over stored reports: each report's claims replaced in one
transaction, the new extractor version recorded on every claim, and analysts' reviews
replayed from the audit log onto the claims that keep their key."""

from __future__ import annotations

from sqlalchemy import Engine

from truceline.jobs import extractor
from truceline.jobs.ingest import Extract
from truceline.jobs.ledger import rebuild
from truceline.store import reports, review
from truceline.store.accounts import now


def reextract(engine: Engine, *, force: bool = False,
              extract: Extract = extractor.extract) -> tuple[int, int]:  # fmt: skip
    """Re-extract reports made by another extractor version (all with `force`);
    returns (reports redone, reports left as they were)."""
    current = extractor.version()
    redone = kept = 0
    for report_id, version, doc in reports.documents(engine):
        if version == current and not force:
            kept += 1
            continue
        reports.replace_claims(engine, report_id, extract(doc).claims, current)
        review.reapply(engine, report_id, now())  # reviews of claims that survive come back
        redone += 1
    if redone:
        rebuild(engine)
    return redone, kept
