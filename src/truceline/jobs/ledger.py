"""Events and tallies from the stored claims: rebuilt whole, so reruns give the same ledger."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine

from truceline.ledger import events, tallies
from truceline.ledger.records import Filter, Record
from truceline.store import ledger as stored


def records(engine: Engine, where: Filter | None = None) -> list[Record]:
    """Stored claims of current reports that pass the filter."""
    found = stored.records(engine)
    return found if where is None else [r for r in found if where.matches(r)]


def rebuild(engine: Engine) -> tuple[int, int]:
    """Regroup every claim into events and refill the finest-grain tallies; returns counts."""
    found = stored.records(engine)
    grouped = events.group(found)
    rows = tallies.tally(found, by=tallies.DIMENSIONS)
    stored.save_events(engine, grouped)
    stored.save_tallies(engine, rows)
    return len(grouped), len(rows)


def tally(
    engine: Engine, by: Sequence[str], where: Filter | None = None
) -> tuple[tallies.Row, ...]:
    """Tally rows grouped by `by`, over the filtered claims."""
    return tallies.tally(records(engine, where), by=by)


def event_list(
    engine: Engine, where: Filter | None = None
) -> tuple[tuple[events.Event, ...], dict[str, Record]]:
    """Events among the filtered claims, and the records behind them by key."""
    found = records(engine, where)
    return events.group(found), {r.key: r for r in found}
