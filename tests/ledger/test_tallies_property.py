"""Properties of tallies over random bulletins: a total is never inflated by its parts,
and a measure is None exactly when no claim gave it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from truceline.ledger.records import Record
from truceline.ledger.tallies import MEASURES, tally
from truceline.model import Claim, Count, Location, Party, Period, Span

EV = (Span(0, 1, "x"),)
PROVINCES = ("Idlib", "Hama", "Aleppo")
DAY = Period("2024-05-02", "2024-05-02")

bulletin = st.tuples(
    st.sampled_from(("Army", "Monitors")),
    st.integers(0, 50),  # the total
    st.lists(st.tuples(st.sampled_from(PROVINCES), st.integers(0, 20)), max_size=3),
)


def records(bulletins):
    out = []
    for n, (who, total, parts) in enumerate(bulletins):
        report = f"r{n}"
        out.append(Record(report, Claim("violation_tally", EV, id="c1", count=Count(total),
                                        period=DAY, claimant=Party(who))))  # fmt: skip
        for k, (province, value) in enumerate(parts, 2):
            loc = (Location(province, province, precision="admin1", admin1=province),)
            out.append(Record(report, Claim("violation_tally", EV, id=f"c{k}", count=Count(value),
                                            period=DAY, locations=loc, claimant=Party(who),
                                            part_of="c1")))  # fmt: skip
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(bulletin, max_size=6))
def test_per_claimant_day_rows_are_the_largest_total_never_parts(bulletins):
    rows = {row.key: dict(zip(MEASURES, row.measures, strict=True))
            for row in tally(records(bulletins), ("day", "claimant"))}  # fmt: skip
    for who in ("Army", "Monitors"):
        totals = [t for w, t, _ in bulletins if w == who]
        row = rows.get(("2024-05-02", who))
        assert (row is None) == (not totals)
        if totals:
            assert row["violations"] == max(totals)
            assert row["explosions"] is None and row["killed"] is None
