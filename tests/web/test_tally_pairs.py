"""web.tally_pairs: tallies by province and/or claimant summed one (province, claimant)
pair at a time give exactly the rows of the ordinary grouping query, NULLs included."""

from __future__ import annotations

import itertools
import json

from sqlalchemy import delete, insert

from truceline.store import connect
from truceline.store.ledger import roll_up
from truceline.store.schema import tallies
from truceline.web import ledger as ledger_query
from truceline.web import tally_pairs
from truceline.web.filters import Filters

PROVINCES = ("Aleppo", "Hama", None, "Ituri")
CLAIMANTS = ("army", None, "Observatory", "zz monitors", "Ärzte")
DAYS = ("2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-10")


def _rows():
    """Tally rows on a grid of provinces, claimants (NULL among them), days and places,
    with reported zeros and measures left NULL here and there."""
    out = []
    for n, (admin1, claimant, day, place) in enumerate(
        itertools.product(PROVINCES, CLAIMANTS, DAYS, ("north", "south"))
    ):
        if n % 7 == 3:
            continue  # some pairs and days have no rows at all
        out.append({"day": day, "admin1": admin1, "zone": None, "settlement": place,
                    "claimant": claimant, "violations": None if n % 5 == 0 else n % 4,
                    "explosions": n % 3 or None, "settlements": None,
                    "killed": 0 if n % 2 else None, "injured": n % 6, "reports": 1 + n % 2})  # fmt: skip
    return out


def test_pairs_give_the_rows_of_the_grouping_query(db_url):
    engine = connect(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(delete(tallies))
            conn.execute(insert(tallies), _rows())
            roll_up(conn)  # as the ledger builder does after writing tallies
        windows = (Filters(start="2025-01-31"), Filters(start="2025-01-31", end="2025-02-02"),
                   Filters(start="2025-02-01", admin1="Hama"), Filters(start="2025-01-01"),
                   Filters(start="2030-01-01"))  # fmt: skip
        checked = 0
        for by in (("admin1",), ("claimant",), ("admin1", "claimant"), ("claimant", "admin1")):
            for f in windows:
                assert tally_pairs.applies("sqlite", by, f)
                with engine.connect() as conn:
                    want = [dict(r._mapping) for r in conn.execute(ledger_query._tallies(by, f))]
                got = ledger_query.tally_rows(engine, by, f)
                assert got == want and [list(r) for r in got] == [list(r) for r in want], (by, f)
                assert json.loads(ledger_query.tally_json(engine, by, f)) == want
                checked += bool(want)
        assert checked >= 12  # the windows hold rows, NULL provinces and claimants among them
        assert any(r["admin1"] is None for r in ledger_query.tally_rows(
            engine, ("admin1",), windows[0]))  # fmt: skip
    finally:
        engine.dispose()


def test_pairs_are_not_used_where_the_ordinary_query_is_as_fast():
    assert not tally_pairs.applies("postgresql", ("admin1",), Filters(start="2025-01-01"))
    assert not tally_pairs.applies("sqlite", ("day", "admin1"), Filters(start="2025-01-01"))
    assert not tally_pairs.applies("sqlite", ("admin1",), Filters())
    assert not tally_pairs.applies("sqlite", ("admin1",), Filters(start="2025-01-01", zone="z"))
    assert not tally_pairs.applies("sqlite", ("admin1",), Filters(start="2025-01-01", claimant="a"))
