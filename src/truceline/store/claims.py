"""Claims to table rows and back: the only place that knows the claims table's columns."""

from __future__ import annotations

from typing import Any

from truceline.ledger.records import place
from truceline.model import Claim, claim_from_json, claim_to_json


def _count_cols(prefix: str, count: dict[str, Any] | None, unit: bool = False) -> dict[str, Any]:
    out = {
        f"{prefix}_value": None if count is None else count["value"],
        f"{prefix}_qualifier": None if count is None else count["qualifier"],
    }
    if unit:
        out[f"{prefix}_unit"] = None if count is None else count["unit"]
    return out


def to_row(claim: Claim, report_id: int, extractor_version: str) -> dict[str, Any]:
    """The claims-table row of one claim: every contract field, evidence spans included."""
    j = claim_to_json(claim)
    loc = place(claim)
    period = j["period"] or {}
    return {
        "report_id": report_id,
        "cid": j["id"],
        "kind": j["kind"],
        "methods": j["methods"],
        **_count_cols("count", j["count"], unit=True),
        **_count_cols("killed", j["killed"]),
        **_count_cols("injured", j["injured"]),
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "locations": j["locations"],
        "place": None if loc is None else loc.name or loc.mention,
        "admin1": None if loc is None else loc.admin1,
        "claimant_name": claim.claimant.name if claim.claimant else None,
        "claimant": j["claimant"],
        "reported_by": j["reported_by"],
        "perpetrator": j["perpetrator"],
        "target": j["target"],
        "outcome": j["outcome"],
        "part_of": j["part_of"],
        "evidence": j["evidence"],
        "confidence": j["confidence"],
        "extractor_version": extractor_version,
    }


def _count(row: Any, prefix: str, unit: str | None) -> dict[str, Any] | None:
    value = getattr(row, f"{prefix}_value")
    if value is None:
        return None
    return {"value": value, "qualifier": getattr(row, f"{prefix}_qualifier"), "unit": unit}


def from_row(row: Any) -> Claim:
    """The claim a claims-table row holds."""
    period = None
    if row.period_start is not None:
        period = {"start": row.period_start, "end": row.period_end}
    return claim_from_json(
        {
            "id": row.cid,
            "kind": row.kind,
            "methods": row.methods,
            "count": _count(row, "count", row.count_unit),
            "killed": _count(row, "killed", "person"),
            "injured": _count(row, "injured", "person"),
            "period": period,
            "locations": row.locations,
            "claimant": row.claimant,
            "reported_by": row.reported_by,
            "perpetrator": row.perpetrator,
            "target": row.target,
            "outcome": row.outcome,
            "part_of": row.part_of,
            "evidence": row.evidence,
            "confidence": row.confidence,
        }
    )
