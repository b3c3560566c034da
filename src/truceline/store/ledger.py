"""Reading claims as ledger records, and writing the events and tallies built from them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select

from truceline.ledger.events import Event
from truceline.ledger.records import Record
from truceline.ledger.tallies import DIMENSIONS, MEASURES, Row
from truceline.store import claims as claim_rows
from truceline.store.schema import (
    claims,
    event_claims,
    events,
    province_tallies,
    reports,
    tallies,
)


def records(engine: Engine) -> list[Record]:
    """Every claim of every current report (older versions of a page are left out), as
    corrected by analysts; claims an analyst rejected are left out too."""
    query = (
        select(claims, reports.c.text_hash, reports.c.published, reports.c.claimant.label("dflt"))
        .join(reports, claims.c.report_id == reports.c.id)
        .where(reports.c.current, claims.c.review_status != "rejected")
        .order_by(claims.c.id)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [Record(r.text_hash, claim_rows.from_row(r), r.published, r.dflt) for r in rows]


def save_events(engine: Engine, found: Sequence[Event]) -> None:
    """Replace the events table with `found` (they are rebuilt whole, deterministically)."""
    ids = _claim_ids(engine)
    with engine.begin() as conn:
        conn.execute(delete(event_claims))
        conn.execute(delete(events))
        if not found:
            return
        conn.execute(insert(events), [_event_row(e) for e in found])
        links = [
            {"event_id": e.id, "claim_id": ids[key]}
            for e in found
            for key in e.claims
            if key in ids
        ]
        if links:
            conn.execute(insert(event_claims), links)


def _event_row(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "kind": e.kind, "status": e.status, "start": e.start, "end": e.end,
        "place": e.place, "admin1": e.admin1, "lat": e.lat, "lon": e.lon,
        "claimants": list(e.claimants),
    }  # fmt: skip


def _claim_ids(engine: Engine) -> dict[str, int]:
    query = select(claims.c.id, claims.c.cid, reports.c.text_hash).join(
        reports, claims.c.report_id == reports.c.id
    )
    with engine.connect() as conn:
        return {f"{h}#{cid}": i for i, cid, h in conn.execute(query)}


def save_tallies(engine: Engine, rows: Iterable[Row], by: Sequence[str] = DIMENSIONS) -> None:
    """Replace the tallies table with rows grouped by `by` (the finest grain by default),
    and `province_tallies` with their sums, in one transaction: a reader never sees the
    two tables disagree."""
    values = [row.as_dict(by) for row in rows]
    with engine.begin() as conn:
        conn.execute(delete(tallies))
        if values:
            conn.execute(insert(tallies), values)
        roll_up(conn)


_ROLLED = ("day", "admin1", "claimant")


def roll_up(conn: Connection) -> None:
    """Refill `province_tallies` from `tallies`: each day, province and claimant's rows
    summed over zones and settlements. SUM keeps NULL where no row reported a measure, and
    sums of sums are the sums the web API would make from the finer rows, as measures add
    up across places (never across claimants, which stay apart here)."""
    keys = [tallies.c[k] for k in _ROLLED]
    sums = [func.sum(tallies.c[m]) for m in (*MEASURES, "reports")]
    conn.execute(delete(province_tallies))
    conn.execute(
        insert(province_tallies).from_select(
            [*_ROLLED, *MEASURES, "reports"], select(*keys, *sums).group_by(*keys)
        )
    )


def stored_events(engine: Engine) -> list[dict[str, Any]]:
    """The events table with each event's claim keys, as plain mappings."""
    with engine.connect() as conn:
        rows = conn.execute(select(events).order_by(events.c.start, events.c.id)).all()
        links = conn.execute(
            select(event_claims.c.event_id, reports.c.text_hash, claims.c.cid)
            .join(claims, event_claims.c.claim_id == claims.c.id)
            .join(reports, claims.c.report_id == reports.c.id)
        ).all()
    members: dict[str, list[str]] = {}
    for event_id, text_hash, cid in links:
        members.setdefault(event_id, []).append(f"{text_hash}#{cid}")
    return [{**r._asdict(), "claims": sorted(members.get(r.id, []))} for r in rows]
