"""GeoJSON features: [lon, lat] points, null geometry for unlocated claims."""

from truceline.export.geojson import features
from truceline.ledger.events import group
from truceline.ledger.records import Record
from truceline.model import Claim, Location, Period, Span

EV = (Span(0, 4, "text"),)


def test_points_are_lon_lat_and_unlocated_claims_have_no_geometry():
    located = Claim("incident", EV, id="c1", period=Period("2024-05-07", "2024-05-07"),
                    locations=(Location("Masyaf", "Masyaf", precision="settlement", lat=35.07, lon=36.34),))  # fmt: skip
    recs = [Record("r1", located), Record("r2", Claim("agreement", EV, id="c1"))]
    out = features(recs, group(recs))
    assert out[0]["properties"]["layer"] == "event"
    assert out[0]["geometry"] == {"type": "Point", "coordinates": [36.34, 35.07]}
    assert [f["geometry"] for f in out if f["properties"]["layer"] == "claim"][1] is None
