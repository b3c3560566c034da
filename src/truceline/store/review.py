"""Analyst reviews in the ledger: the append-only claim_reviews log, and each claim's row
kept as the analyst sees it.

A claim's columns hold its corrected values, so every query, filter, tally and export
reads one truth; the extractor's values live on in the log (`extractor_value`). The log is
keyed by claim key (report text hash and claim id), which outlives re-extraction: replaying
a key's rows onto a freshly extracted claim gives back its status and corrections.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from truceline.ledger.records import place
from truceline.model import Claim, Count, Location, Party, Period
from truceline.store import claims as claim_rows
from truceline.store.schema import claim_reviews, claims, reports

FIELDS = ("kind", "count", "killed", "injured", "period_start", "period_end", "place",
          "admin1", "claimant", "methods", "outcome")  # fmt: skip
VERDICTS = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}
# Rows written by the ledger itself, not by an analyst: a reviewed claim that a new
# extraction no longer finds, and a corrected field whose extracted value changed under it.
DROPPED, REEXTRACT = "dropped", "reextract"
SYSTEM_USER = "truceline"
# Columns a review never rewrites: which report and claim the row is, and who extracted it.
_IDENTITY = ("report_id", "cid", "extractor_version")


def _count_json(c: Count | None, unit: bool = False) -> dict[str, Any] | None:
    if c is None:
        return None
    out: dict[str, Any] = {"value": c.value, "qualifier": c.qualifier}
    if unit:
        out["unit"] = c.unit
    return out


def field_value(claim: Claim, field: str) -> Any:
    """The claim's value of a reviewable field, in the JSON form the log and corrections use."""
    loc = place(claim)
    values: dict[str, Any] = {
        "kind": claim.kind,
        "count": _count_json(claim.count, unit=True),
        "killed": _count_json(claim.killed),
        "injured": _count_json(claim.injured),
        "period_start": claim.period.start if claim.period else None,
        "period_end": claim.period.end if claim.period else None,
        "place": None if loc is None else loc.name or loc.mention,
        "admin1": None if loc is None else loc.admin1,
        "claimant": claim.claimant.name if claim.claimant else None,
        "methods": list(claim.methods),
        "outcome": claim.outcome,
    }
    return values[field]


def _count(d: Mapping[str, Any] | None, unit: str) -> Count | None:
    if d is None:
        return None
    return Count(d["value"], d["qualifier"], d.get("unit", unit))  # type: ignore[arg-type]


def _with_place(claim: Claim, name: str | None, admin1: str | None, touch_admin1: bool) -> Claim:
    """The claim with its main place renamed (and its admin1 set); a claim without places
    gets one, unresolved, so the correction has somewhere to live."""
    loc = place(claim)
    if loc is None:
        new = Location(name or "", name, admin1=admin1 if touch_admin1 else None)
        return replace(claim, locations=(new,))
    changed = replace(loc, name=name if name is not None else loc.name,
                      admin1=admin1 if touch_admin1 else loc.admin1)  # fmt: skip
    return replace(claim, locations=tuple(changed if x is loc else x for x in claim.locations))


def corrected(claim: Claim, corrections: Mapping[str, Any]) -> Claim:
    """The claim with validated corrections (field -> JSON value) applied over it."""
    c = claim
    if "kind" in corrections:
        c = replace(c, kind=corrections["kind"])
    if "count" in corrections:
        unit = (
            c.count.unit if c.count else ("person" if c.kind == "casualty_tally" else "violation")
        )
        c = replace(c, count=_count(corrections["count"], unit))
    for name in ("killed", "injured"):
        if name in corrections:
            c = replace(c, **{name: _count(corrections[name], "person")})
    if "period_start" in corrections or "period_end" in corrections:
        old = c.period
        start = corrections.get("period_start", old.start if old else None)
        end = corrections.get("period_end", old.end if old else None)
        c = replace(c, period=Period(start, end))
    if "place" in corrections or "admin1" in corrections:
        c = _with_place(c, corrections.get("place"), corrections.get("admin1"),
                        "admin1" in corrections)  # fmt: skip
    if "claimant" in corrections:
        name = corrections["claimant"]
        party = None if name is None else (
            replace(c.claimant, name=name, aliases=()) if c.claimant else Party(name))  # fmt: skip
        c = replace(c, claimant=party)
    if "methods" in corrections:
        c = replace(c, methods=tuple(corrections["methods"]))
    if "outcome" in corrections:
        c = replace(c, outcome=corrections["outcome"])
    return c


def replay(rows: Iterable[Any]) -> tuple[str, dict[str, Any]]:
    """A claim's review status and corrections from its log rows, oldest first."""
    status, fixes = "unreviewed", {}
    for r in rows:
        if r.action in VERDICTS:
            status = VERDICTS[r.action]
        if r.action == "correct" and r.field:
            fixes[r.field] = r.value
    return status, fixes


def claim_row(conn: Connection, claim_id: int) -> Any:
    """A claim's row with its report's text hash, or None."""
    query = (
        select(claims, reports.c.text_hash)
        .join(reports, claims.c.report_id == reports.c.id)
        .where(claims.c.id == claim_id)
    )
    return conn.execute(query).first()


def log(conn: Connection, entries: Sequence[Mapping[str, Any]]) -> None:
    """Append rows to the audit log."""
    if entries:
        conn.execute(insert(claim_reviews), list(entries))


def history(conn: Connection, keys: Sequence[str]) -> dict[str, list[Any]]:
    """The log rows of these claim keys, oldest first, by key."""
    out: dict[str, list[Any]] = {}
    if not keys:
        return out
    query = (
        select(claim_reviews)
        .where(claim_reviews.c.claim_key.in_(keys))
        .order_by(claim_reviews.c.id)
    )
    for r in conn.execute(query):
        out.setdefault(r.claim_key, []).append(r)
    return out


def extracted_value(rows: Sequence[Any], claim: Claim, field: str,
                    fixes: Mapping[str, Any]) -> Any:  # fmt: skip
    """What the extractor said for `field`: the claim's own value unless the field is
    corrected, else the value the latest log row about the field recorded."""
    if field not in fixes:
        return field_value(claim, field)
    for r in reversed(rows):
        if r.field == field and r.action in ("correct", REEXTRACT):
            return r.extractor_value
    return field_value(claim, field)


def write_claim(conn: Connection, row: Any, claim: Claim, status: str,
                fixes: Mapping[str, Any]) -> None:  # fmt: skip
    """Store the claim as now seen, with its review status and corrections."""
    values = claim_rows.to_row(claim, row.report_id, row.extractor_version)
    for name in _IDENTITY:
        values.pop(name)
    conn.execute(
        update(claims)
        .where(claims.c.id == row.id)
        .values(**values, review_status=status, corrections=dict(fixes) or None)
    )


def reapply(engine: Engine, report_id: int, at: str) -> int:
    """Replay the log onto a report's freshly extracted claims: reviews of keys that
    survive come back (and their log rows point at the new claim rows); reviewed keys
    that are gone get a `dropped` row. Returns how many claims got their review back."""
    with engine.begin() as conn:
        text_hash = conn.scalar(select(reports.c.text_hash).where(reports.c.id == report_id))
        rows = conn.execute(
            select(claims).where(claims.c.report_id == report_id).order_by(claims.c.id)
        ).all()
        by_key = {f"{text_hash}#{r.cid}": r for r in rows}
        logged = conn.execute(
            select(claim_reviews.c.claim_key)
            .where(claim_reviews.c.claim_key.like(f"{text_hash}#%"))
            .distinct()
        ).scalars()
        past = history(conn, sorted(logged))
        restored = 0
        for key, entries in past.items():
            row = by_key.get(key)
            if row is None:
                if entries[-1].action != DROPPED:
                    log(
                        conn,
                        [_system_row(key, DROPPED, at, "the claim is gone after re-extraction")],
                    )
                continue
            restored += _restore(conn, key, row, entries, at)
    return restored


def _restore(conn: Connection, key: str, row: Any, entries: Sequence[Any], at: str) -> int:
    status, fixes = replay(entries)
    if status == "unreviewed":
        return 0
    fresh = claim_rows.from_row(row)
    notes = []
    for field in fixes:
        was = extracted_value(entries, fresh, field, fixes)
        now = field_value(fresh, field)
        if now != was:  # the extractor changed its mind under a correction: say so
            notes.append({**_system_row(key, REEXTRACT, at, "new extracted value; correction kept"),
                          "claim_id": row.id, "field": field, "extractor_value": now,
                          "value": fixes[field]})  # fmt: skip
    write_claim(conn, row, corrected(fresh, fixes), status, fixes)
    conn.execute(
        update(claim_reviews).where(claim_reviews.c.claim_key == key).values(claim_id=row.id)
    )
    log(conn, notes)
    return 1


def _system_row(key: str, action: str, at: str, note: str) -> dict[str, Any]:
    return {"claim_id": None, "claim_key": key, "action": action, "field": None,
            "extractor_value": None, "value": None, "username": SYSTEM_USER, "at": at,
            "note": note}  # fmt: skip


def entries(engine: Engine, *, limit: int = 100, before: int | None = None,
            keys: Sequence[str] | None = None, username: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Audit log rows, newest first: those before the row id `before`, of these claim keys,
    by this user."""
    query = select(claim_reviews).order_by(claim_reviews.c.id.desc()).limit(limit)
    if before is not None:
        query = query.where(claim_reviews.c.id < before)
    if keys is not None:
        query = query.where(claim_reviews.c.claim_key.in_(keys))
    if username is not None:
        query = query.where(claim_reviews.c.username == username)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
