"""web.ledger: the tallies the API sends as JSON made by the database are the rows
`tally_rows` gives (the CSV and the dashboard's pages), in the same order; read from
`province_tallies` they are the rows the finest-grain tallies give, before and after a review."""

from __future__ import annotations

import itertools
import json

from sqlalchemy import func, select

from truceline.jobs.review import review
from truceline.store import accounts, connect
from truceline.store.schema import claims, province_tallies, tallies
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


def _finest(engine, monkeypatch, by, f):
    """The grouping made from the finest-grain tallies (the query before province_tallies)."""
    with monkeypatch.context() as m, engine.connect() as conn:
        m.setattr(ledger_query, "source", lambda by, f: tallies)
        return [dict(r._mapping) for r in conn.execute(ledger_query._tallies(by, f))]


ROLLED_BY = [p for n in (1, 2, 3) for p in itertools.permutations(("day", "admin1", "claimant"), n)]
WINDOWS = (Filters(), Filters(start="2024-11-20", end="2024-11-21"), Filters(admin1="Hodeidah"),
           Filters(start="2020-01-01", claimant="joint"), Filters(start="2019-10-20"),
           Filters(end="2019-10-20", admin1="Punjab"))  # fmt: skip


def _same_as_finest(engine, monkeypatch):
    checked = 0
    for by in ROLLED_BY:
        for f in WINDOWS:
            assert ledger_query.source(by, f) is province_tallies
            want = _finest(engine, monkeypatch, by, f)
            got = ledger_query.tally_rows(engine, by, f)
            assert got == want and [list(r) for r in got] == [list(r) for r in want], (by, f)
            assert json.loads(ledger_query.tally_json(engine, by, f)) == want, (by, f)
            checked += bool(want)
    return checked


def test_province_tallies_give_the_rows_of_the_finest_tallies(db_url, monkeypatch):
    engine = connect(db_url)
    try:
        with engine.connect() as conn:
            fine = conn.scalar(select(func.count()).select_from(tallies))
            rolled = conn.scalar(select(func.count()).select_from(province_tallies))
        assert 0 < rolled < fine  # places of one day, province and claimant summed
        assert _same_as_finest(engine, monkeypatch) >= 60
        # a zone or settlement needs the finest rows
        assert ledger_query.source(("day",), Filters(zone="Idlib zone")) is tallies
        assert ledger_query.source(("day", "settlement"), Filters()) is tallies
    finally:
        engine.dispose()


def test_province_tallies_follow_a_review(db_url, monkeypatch):
    """A correction moving a claim to another day and province rebuilds both tables: the
    rolled rows still sum the finest ones (here, two places of one claimant's day)."""
    engine = connect(db_url)
    try:
        accounts.add_user(engine, "ana", "correct horse battery", "analyst")
        with engine.connect() as conn:
            cid = conn.scalar(select(claims.c.id).where(claims.c.claimant_name == "regional governor",
                                                        claims.c.place == "Sumy"))  # fmt: skip
        review(engine, cid, "correct", user="ana", fields={"admin1": "Dnipropetrovsk"})
        with engine.connect() as conn:
            row = conn.execute(select(province_tallies).where(
                province_tallies.c.admin1 == "Dnipropetrovsk",
                province_tallies.c.claimant == "regional governor")).one()  # fmt: skip
        assert (row.day, row.violations, row.reports) == ("2025-03-26", 2, 2)
        assert _same_as_finest(engine, monkeypatch) >= 60
    finally:
        engine.dispose()
