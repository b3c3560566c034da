"""Claims to table rows and back: the only place that knows the claims table's columns."""

from __future__ import annotations

from typing import Any

from truceline.ledger.records import place
from truceline.model import Claim, Count, Location, Party, Period, Span, claim_to_json


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


def _count(row: Any, prefix: str, unit: str | None) -> Count | None:
    value = getattr(row, f"{prefix}_value")
    if value is None:
        return None
    return Count(value, getattr(row, f"{prefix}_qualifier"), unit)  # type: ignore[arg-type]


def _party(d: dict[str, Any] | None) -> Party | None:
    if not d:
        return None
    return Party(d["name"], d.get("mention"), d.get("type"), tuple(d.get("aliases") or ()))


def _location(d: dict[str, Any]) -> Location:
    return Location(
        d["mention"], d.get("name"), d.get("role", "at"), d.get("precision", "unresolved"),
        d.get("country"), d.get("admin1"), d.get("admin2"), d.get("geonameid"), d.get("lat"),
        d.get("lon"), tuple(d.get("aliases") or ()),
    )  # fmt: skip


def from_row(row: Any) -> Claim:
    """The claim a claims-table row holds (built directly: ledgers load many thousands)."""
    period = None if row.period_start is None else Period(row.period_start, row.period_end)
    return Claim(
        kind=row.kind,
        evidence=tuple(Span(e["start"], e["end"], e["text"]) for e in row.evidence),
        id=row.cid,
        methods=tuple(row.methods),
        count=_count(row, "count", row.count_unit),
        killed=_count(row, "killed", "person"),
        injured=_count(row, "injured", "person"),
        period=period,
        locations=tuple(_location(d) for d in row.locations),
        claimant=_party(row.claimant),
        reported_by=tuple(p for p in map(_party, row.reported_by) if p is not None),
        perpetrator=_party(row.perpetrator),
        target=_party(row.target),
        outcome=row.outcome,
        part_of=row.part_of,
        confidence=row.confidence,
    )
