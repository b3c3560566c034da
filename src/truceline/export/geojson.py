"""GeoJSON: one feature per event and one per claim (geometry null when unlocated)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, BinaryIO

from truceline.export import flat
from truceline.ledger.events import Event
from truceline.ledger.records import Record


def _point(lat: float | None, lon: float | None) -> dict[str, Any] | None:
    return None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}


def features(records: Sequence[Record], events: Sequence[Event]) -> list[dict[str, Any]]:
    """Event features first, then claim features."""
    out: list[dict[str, Any]] = []
    for e in events:
        props: dict[str, Any] = {"layer": "event", "id": e.id, "kind": e.kind, "status": e.status,
                 "start": e.start, "end": e.end, "place": e.place, "admin1": e.admin1,
                 "claimants": list(e.claimants), "claims": list(e.claims)}  # fmt: skip
        out.append({"type": "Feature", "geometry": _point(e.lat, e.lon), "properties": props})
    for r in records:
        row = {"layer": "claim", **flat.row(r)}
        geometry = _point(row.pop("lat"), row.pop("lon"))
        out.append({"type": "Feature", "geometry": geometry, "properties": row})
    return out


def write(records: Sequence[Record], events: Sequence[Event], out: BinaryIO) -> int:
    """A FeatureCollection of events and claims."""
    found = features(records, events)
    data = {"type": "FeatureCollection", "features": found}
    out.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return len(found)
