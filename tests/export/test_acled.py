"""ACLED rows: event types from methods, tallies left out, ACLED's columns."""

from truceline.export.acled import event_type, row
from truceline.ledger.records import Record
from truceline.model import Claim, Count, Location, Party, Period, Span

EV = (Span(0, 4, "text"),)


def test_methods_choose_the_event_type():
    assert event_type(Claim("incident", EV, methods=("drone",)))[2] == "Air/drone strike"
    assert event_type(Claim("incident", EV, methods=("sniper",)))[1] == "Battles"
    assert event_type(Claim("agreement", EV))[2] == "Agreement"
    assert event_type(Claim("violation_tally", EV, count=Count(5))) is None


def test_row_fields():
    c = Claim("incident", EV, id="c1", methods=("mortar",), killed=Count(2, unit="person"),
              period=Period("2024-05-07", "2024-05-07"), perpetrator=Party("Rebels"),
              locations=(Location("Masyaf", "Masyaf", precision="settlement", country="SY",
                                  admin1="Hama", lat=35.07, lon=36.34),))  # fmt: skip
    out = row(Record("sha256:x", c, claimant_default="Army"), "e1")
    assert (out["event_date"], out["fatalities"], out["source"], out["actor1"]) == (
        "2024-05-07", "2", "Army", "Rebels")  # fmt: skip
    assert (out["admin1"], out["geo_precision"], out["latitude"]) == ("Hama", "1", "35.0700")
    assert row(Record("r", Claim("incident", EV)), None) is None  # no date, no row
