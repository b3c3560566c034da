"""Events: the same occurrence across reports, with a status, independent of input order."""

from truceline.ledger.events import group, same_place
from truceline.ledger.records import Record
from truceline.model import Claim, Count, Location, Party, Period, Span

EV = (Span(0, 1, "x"),)
MASYAF = Location("Masyaf", "Masyaf", precision="settlement", admin1="Hama", lat=35.07, lon=36.34)
NEAR = Location(
    "Deir Shamil", "Deir Shamil", precision="settlement", admin1="Hama", lat=35.0, lon=36.3
)
FAR = Location("Aleppo", "Aleppo", precision="settlement", admin1="Aleppo", lat=36.2, lon=37.16)


def rec(report, who, loc=MASYAF, *, value=None, day="2024-05-02", **fields):
    c = Claim(
        fields.pop("kind", "incident"),
        EV,
        id="c1",
        count=None if value is None else Count(value),
        period=Period(day, day),
        locations=(loc,),
        claimant=Party(who),
        **fields,
    )
    return Record(report, c)


def test_two_claimants_agreeing_corroborate():
    (event,) = group([rec("r1", "Army"), rec("r2", "Monitors", NEAR)])
    assert event.status == "corroborated"
    assert event.claims == ("r1#c1", "r2#c1")


def test_a_denial_or_another_count_contests():
    out = group(
        [
            rec("r1", "Army", value=12, kind="violation_tally"),
            rec("r2", "Rebels", value=0, kind="violation_tally"),
        ]
    )
    assert [e.status for e in out] == ["contested"]


def test_far_places_other_days_and_other_methods_stay_apart():
    out = group(
        [
            rec("r1", "A"),
            rec("r2", "B", FAR),
            rec("r3", "C", day="2024-05-09"),
            rec("r4", "D", methods=("drone",)),
            rec("r5", "E", methods=("sniper",)),
        ]
    )
    linked = [e for e in out if len(e.claims) > 1]
    assert [e.claims for e in linked] == [("r1#c1", "r4#c1")]
    assert all(e.status == "single-source" for e in out if len(e.claims) == 1)


def test_grouping_is_deterministic():
    recs = [rec(f"r{i}", f"P{i % 3}", NEAR if i % 2 else MASYAF) for i in range(8)]
    assert group(recs) == group(list(reversed(recs)))


def test_zone_names_match_and_admin1_matches_a_province_level_place():
    zone = Location("the contact line", "Contact line", precision="zone")
    assert same_place(zone, Location("contact line", "contact-line", precision="zone"))
    province = Location("Hama", "Hama", precision="admin1", admin1="Hama")
    assert same_place(province, MASYAF)
    assert not same_place(MASYAF, FAR)
