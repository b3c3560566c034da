"""Exports of the ledger: one module per format, registered by name in FORMATS.

Each writer takes the filtered records and their events and writes to a binary stream,
returning how many rows or features it wrote. Adding a format is one module, one line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import BinaryIO

from truceline.export import acled, geojson, jsonl, parquet
from truceline.ledger.events import Event
from truceline.ledger.records import Record

Writer = Callable[[Sequence[Record], Sequence[Event], BinaryIO], int]

FORMATS: dict[str, Writer] = {
    "acled": acled.write,
    "geojson": geojson.write,
    "jsonl": jsonl.write,
    "parquet": parquet.write,
}
