"""A claim as one flat row: the shape the tabular exports share."""

from __future__ import annotations

from typing import Any

from truceline.ledger.records import Record, claimant, days, place

COLUMNS = (
    "claim", "report", "kind", "start", "end", "count", "unit", "qualifier", "killed",
    "injured", "methods", "outcome", "place", "precision", "admin1", "country", "lat", "lon",
    "claimant", "perpetrator", "target", "part_of", "evidence", "confidence",
)  # fmt: skip


def row(r: Record) -> dict[str, Any]:
    """Flat columns of a stored claim (main place only; evidence joined)."""
    c = r.claim
    loc = place(c)
    span = days(r)
    return {
        "claim": r.key,
        "report": r.report,
        "kind": c.kind,
        "start": span[0] if span else None,
        "end": span[1] if span else None,
        "count": c.count.value if c.count else None,
        "unit": c.count.unit if c.count else None,
        "qualifier": c.count.qualifier if c.count else None,
        "killed": c.killed.value if c.killed else None,
        "injured": c.injured.value if c.injured else None,
        "methods": list(c.methods),
        "outcome": c.outcome,
        "place": None if loc is None else loc.name or loc.mention,
        "precision": None if loc is None else loc.precision,
        "admin1": None if loc is None else loc.admin1,
        "country": None if loc is None else loc.country,
        "lat": None if loc is None else loc.lat,
        "lon": None if loc is None else loc.lon,
        "claimant": claimant(r),
        "perpetrator": c.perpetrator.name if c.perpetrator else None,
        "target": c.target.name if c.target else None,
        "part_of": c.part_of,
        "evidence": " | ".join(" ".join(s.text.split()) for s in c.evidence),
        "confidence": c.confidence,
    }
