"""ACLED-style CSV: ACLED's column names, and its event types where a claim maps to one.

Only claims about one occurrence map (incidents, agreements, operations); counts over a
period (violation and casualty tallies) have no ACLED row and are left out; the JSON Lines
and Parquet exports carry them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import BinaryIO

from truceline.export.countries import country_fields
from truceline.ledger.events import Event
from truceline.ledger.records import Record, claimant, days, place
from truceline.model import Claim

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

_REMOTE = "Explosions/Remote violence"
# method -> (event_type, sub_event_type), first match wins in this order
_METHODS = (
    ("air_strike", (_REMOTE, "Air/drone strike")),
    ("drone", (_REMOTE, "Air/drone strike")),
    ("ied", (_REMOTE, "Remote explosive/landmine/IED")),
    ("landmine", (_REMOTE, "Remote explosive/landmine/IED")),
    ("missile", (_REMOTE, "Shelling/artillery/missile attack")),
    ("rocket", (_REMOTE, "Shelling/artillery/missile attack")),
    ("artillery", (_REMOTE, "Shelling/artillery/missile attack")),
    ("mortar", (_REMOTE, "Shelling/artillery/missile attack")),
    ("shelling", (_REMOTE, "Shelling/artillery/missile attack")),
    ("explosion", (_REMOTE, "Shelling/artillery/missile attack")),
    ("ground_attack", ("Battles", "Armed clash")),
    ("small_arms", ("Battles", "Armed clash")),
    ("sniper", ("Battles", "Armed clash")),
)
_GEO_PRECISION = {"settlement": "1", "admin2": "2", "admin1": "3", "zone": "3", "country": "3"}


def event_type(c: Claim) -> tuple[str, str, str] | None:
    """(disorder_type, event_type, sub_event_type) of a claim, or None when none fits."""
    if c.kind == "agreement":
        return ("Strategic developments", "Strategic developments", "Agreement")
    if c.kind == "operation":
        return ("Strategic developments", "Strategic developments", "Change to group/activity")
    if c.kind != "incident":
        return None
    for method, (etype, sub) in _METHODS:
        if method in c.methods:
            return ("Political violence", etype, sub)
    return ("Political violence", "Battles", "Armed clash")


def _precision(start: str, end: str) -> str:
    return "1" if start == end else "2"


def row(r: Record, event_id: str | None) -> dict[str, str] | None:
    """One ACLED row, or None when the claim has no ACLED event type or no date."""
    kind = event_type(r.claim)
    span = days(r)
    if kind is None or span is None:
        return None
    c, loc = r.claim, place(r.claim)
    out = dict.fromkeys(COLUMNS, "")
    out.update(
        event_id_cnty=event_id or r.key, event_date=span[1], year=span[1][:4],
        time_precision=_precision(*span), disorder_type=kind[0], event_type=kind[1],
        sub_event_type=kind[2], actor1=c.perpetrator.name if c.perpetrator else "",
        actor2=c.target.name if c.target else "", source=claimant(r) or "",
        notes=" ".join(" ".join(s.text.split()) for s in c.evidence),
        fatalities=str(c.killed.value) if c.killed else "0",
    )  # fmt: skip
    if loc is not None:
        out.update(country_fields(loc.country))
        out.update(
            admin1=loc.admin1 or "", admin2=loc.admin2 or "",
            location=loc.name or loc.mention, geo_precision=_GEO_PRECISION.get(loc.precision, ""),
            latitude="" if loc.lat is None else f"{loc.lat:.4f}",
            longitude="" if loc.lon is None else f"{loc.lon:.4f}",
        )  # fmt: skip
    return out


def write(records: Sequence[Record], events: Sequence[Event], out: BinaryIO) -> int:
    """The CSV with a header row; returns the number of data rows."""
    event_of = {key: e.id for e in events for key in e.claims}
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = csv.DictWriter(text, fieldnames=COLUMNS)
    writer.writeheader()
    written = 0
    for r in records:
        line = row(r, event_of.get(r.key))
        if line is not None:
            writer.writerow(line)
            written += 1
    text.flush()
    text.detach()
    return written
