"""JSON Lines of claims: the contract's claim JSON plus the report it came from."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import BinaryIO

from truceline.ledger.events import Event
from truceline.ledger.records import Record
from truceline.model import claim_to_json


def write(records: Sequence[Record], events: Sequence[Event], out: BinaryIO) -> int:
    """One line per claim; `event` names the event it belongs to, if any."""
    event_of = {key: e.id for e in events for key in e.claims}
    for r in records:
        line = {"report": r.report, "published": r.published, "claimant_default": r.claimant_default,
                "event": event_of.get(r.key), **claim_to_json(r.claim)}  # fmt: skip
        out.write(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")
    return len(records)
