"""web.ledger: the tallies the API sends as JSON made by the database are the rows
`tally_rows` gives (the CSV and the dashboard's pages), in the same order."""

from __future__ import annotations

import json

from truceline.store import connect
from truceline.web import ledger as ledger_query
from truceline.web.filters import Filters


def test_tally_json_is_tally_rows(db_url):
    engine = connect(db_url)
    try:
        for by in (("day", "admin1", "claimant"), ("admin1",), ("day", "claimant"),
                   ("claimant", "day"), ("settlement",), ("zone", "admin1")):  # fmt: skip
            for f in (Filters(), Filters(start="2020-01-01", claimant="a")):
                rows = ledger_query.tally_rows(engine, by, f)
                sent = json.loads(ledger_query.tally_json(engine, by, f))
                assert sent == rows and [list(r) for r in sent] == [list(r) for r in rows]
        assert ledger_query.tally_rows(engine, ("day",), Filters()), "the ledger has tallies"
        assert ledger_query.tally_json(engine, ("day",), Filters(start="2999-01-01")) == "[]"
    finally:
        engine.dispose()
