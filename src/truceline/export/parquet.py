"""Parquet: the flat claim rows as one table (pyarrow, imported only when used)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, BinaryIO

from truceline.export import flat
from truceline.ledger.events import Event
from truceline.ledger.records import Record


def write(records: Sequence[Record], events: Sequence[Event], out: BinaryIO) -> int:
    """One row per claim, with the id of its event."""
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    event_of = {key: e.id for e in events for key in e.claims}
    rows = [{**flat.row(r), "event": event_of.get(r.key)} for r in records]
    table = pa.Table.from_pylist(rows, schema=_schema(pa, [*flat.COLUMNS, "event"]))
    pq.write_table(table, out)
    return len(rows)


def _schema(pa: Any, columns: list[str]) -> Any:
    """Column types: counts as int64, coordinates and confidence as float64, methods a list."""
    ints = {"count", "killed", "injured"}
    floats = {"lat", "lon", "confidence"}
    fields = []
    for name in columns:
        if name in ints:
            kind = pa.int64()
        elif name in floats:
            kind = pa.float64()
        elif name == "methods":
            kind = pa.list_(pa.string())
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)
