"""Tallies: zeros kept apart from silence, totals never doubled by their parts."""

import pytest

from truceline.ledger.records import Record
from truceline.ledger.tallies import MEASURES, tally
from truceline.model import Claim, Count, Location, Party, Period, Span

EV = (Span(0, 1, "x"),)


def claim(cid, value=None, *, admin1=None, unit="violation", who="A", **fields):
    loc = (Location(admin1, admin1, precision="admin1", admin1=admin1),) if admin1 else ()
    killed = fields.pop("killed", None)
    return Claim(
        fields.pop("kind", "violation_tally"), EV, id=cid,
        count=None if value is None else Count(value, unit=unit),
        period=Period("2024-05-02", "2024-05-02"), locations=loc,
        claimant=Party(who) if who else None,
        killed=None if killed is None else Count(killed, unit="person"), **fields,
    )  # fmt: skip


def rows(records, by=("day", "claimant")):
    return {row.key: dict(zip(MEASURES, row.measures, strict=True)) for row in tally(records, by)}


def test_parts_not_added_to_their_total_but_fill_their_own_rows():
    recs = [
        Record("r1", claim("c1", 15)),
        Record("r1", claim("c2", 9, admin1="Idlib", part_of="c1")),
        Record("r1", claim("c3", 6, admin1="Hama", part_of="c1")),
    ]
    assert rows(recs)[("2024-05-02", "A")]["violations"] == 15
    per_province = rows(recs, ("day", "admin1"))
    assert per_province[("2024-05-02", None)]["violations"] == 15
    assert per_province[("2024-05-02", "Idlib")]["violations"] == 9


def test_reported_zero_is_not_a_missing_report():
    recs = [
        Record("r1", claim("c1", 0, who="A")),
        Record("r2", claim("c1", 4, unit="explosion", who="B")),
    ]
    out = rows(recs)
    assert out[("2024-05-02", "A")]["violations"] == 0
    assert out[("2024-05-02", "B")]["violations"] is None
    assert out[("2024-05-02", "B")]["explosions"] == 4


def test_same_claimant_restating_a_day_in_two_reports_counts_once():
    recs = [Record("r1", claim("c1", 12)), Record("r2", claim("c1", 12))]
    assert rows(recs)[("2024-05-02", "A")]["violations"] == 12


def test_rival_claimants_are_not_added_when_grouping_leaves_them_out():
    recs = [Record("r1", claim("c1", 12, who="A")), Record("r2", claim("c1", 3, who="B"))]
    assert rows(recs, ("day",))[("2024-05-02",)]["violations"] == 12


def test_incidents_count_only_where_the_report_gives_no_tally():
    recs = [
        Record("r1", claim("c1", 10)),
        Record("r1", claim("c2", kind="incident", killed=2)),
        Record("r2", claim("c1", kind="incident", who="B")),
    ]
    out = rows(recs)
    assert out[("2024-05-02", "A")]["violations"] == 10
    assert out[("2024-05-02", "A")]["killed"] == 2
    assert out[("2024-05-02", "B")]["violations"] == 1


def test_running_totals_have_no_day_and_source_default_is_the_claimant():
    long = Claim(
        "violation_tally", EV, id="c1", count=Count(2600), period=Period("2019-01-01", "2019-10-21")
    )
    short = claim("c2", 3, who=None)
    out = rows([Record("r1", long), Record("r2", short, claimant_default="Monitor")])
    assert list(out) == [("2024-05-02", "Monitor")]


def test_unknown_dimension_is_refused():
    with pytest.raises(ValueError, match="cannot group by"):
        tally([], ("week",))


def test_one_claimant_spelled_two_ways_is_one_row():
    from truceline.model import Claim, Count, Party, Period, Span

    def rec(report, name):
        claim = Claim(
            kind="violation_tally", evidence=(Span(0, 1, "x"),), count=Count(5, "exact", "violation"),
            period=Period("2024-01-02", "2024-01-02"), claimant=Party(name, name, "military"), id="c1",
        )  # fmt: skip
        return Record(report, claim, "2024-01-02", None)

    rows = tally([rec("a", "Syrian army"), rec("b", "the Syrian Army")], by=("day", "claimant"))
    assert [r.key for r in rows] == [("2024-01-02", "Syrian army")]
