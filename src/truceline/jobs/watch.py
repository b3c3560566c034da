"""Polling every source on its own interval until stopped; a source that is down is logged
and retried at its next turn, never fatal."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable

from sqlalchemy import Engine

from truceline.ingest.web import Fetcher
from truceline.jobs import extractor
from truceline.jobs.fetch import poll
from truceline.jobs.ingest import Extract, Summary
from truceline.jobs.ledger import rebuild
from truceline.store import sources

log = logging.getLogger("truceline.watch")


def due(source: sources.Source, at: dt.datetime) -> bool:
    """Whether a source's interval has passed since its last poll."""
    if source.last_polled is None:
        return True
    last = dt.datetime.fromisoformat(source.last_polled)
    return (at - last).total_seconds() >= source.interval_s


def _safe_poll(engine: Engine, source: sources.Source, fetcher: Fetcher,
               extract: Extract) -> Summary:  # fmt: skip
    try:
        return poll(engine, source, fetcher, extract=extract)
    except Exception:  # one source's bug or a database hiccup must not end the watch
        log.exception("source %s: unexpected error; retried at its next turn", source.name)
        return Summary(failed=1)


def watch(engine: Engine, fetcher: Fetcher, stop: threading.Event, *,
          extract: Extract = extractor.extract, tick: float = 1.0,
          on_round: Callable[[Summary], None] | None = None) -> Summary:  # fmt: skip
    """Poll due sources, rebuild events and tallies when anything new arrived, wait, repeat."""
    total = Summary()
    while not stop.is_set():
        found = Summary()
        for source in sources.all_sources(engine):
            if stop.is_set():
                break
            if due(source, dt.datetime.now(dt.UTC)):
                found += _safe_poll(engine, source, fetcher, extract)
        if found.new or found.versions:
            rebuild(engine)
            log.info("%s", found.line())
        total += found
        if on_round is not None:
            on_round(found)
        stop.wait(tick)
    return total
