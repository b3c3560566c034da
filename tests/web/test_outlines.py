"""Approximate admin-1 areas: the pure hull computation (truceline.geo.outlines) and the
route that serves them when no outlines file is imported (truceline.web.outlines).

The route tests use a tiny gazetteer index written directly (pack + store.write), so
they need neither the full index nor a build."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest
from shapely.geometry import Point, shape

from truceline.gazetteer import store
from truceline.geo.outlines import approximate_admin1
from truceline.geo.table import PlaceRecord, pack

# Real coordinates: four Idlib towns, two Aleppo ones, one Hama town alone in its province.
IDLIB = {"Idlib": (35.930, 36.633), "Saraqib": (35.864, 36.800),
         "Maarrat al-Numan": (35.644, 36.674), "Jisr al-Shughur": (35.813, 36.318)}  # fmt: skip
ALEPPO = {"Aleppo": (36.202, 37.159), "Azaz": (36.586, 37.044)}
HAMA = {"Hama": (35.131, 36.757)}


def _rows() -> list[tuple[float, float, str, str]]:
    return [
        *((lat, lon, "SY", "Idlib") for lat, lon in IDLIB.values()),
        *((lat, lon, "SY", "Aleppo") for lat, lon in ALEPPO.values()),
        *((lat, lon, "SY", "Hama") for lat, lon in HAMA.values()),
    ]


def _by_name(collection: dict) -> dict[str, object]:
    return {f["properties"]["name"]: shape(f["geometry"]) for f in collection["features"]}


def test_each_province_area_holds_its_own_places_and_not_its_neighbours():
    areas = _by_name(approximate_admin1(_rows()))
    assert set(areas) == {"Idlib", "Aleppo", "Hama"}
    for name, places in (("Idlib", IDLIB), ("Aleppo", ALEPPO), ("Hama", HAMA)):
        for lat, lon in places.values():
            assert areas[name].contains(Point(lon, lat)), (name, lat, lon)
    assert not areas["Idlib"].contains(Point(ALEPPO["Aleppo"][1], ALEPPO["Aleppo"][0]))
    assert not areas["Hama"].contains(Point(IDLIB["Idlib"][1], IDLIB["Idlib"][0]))


def test_a_single_place_makes_a_small_polygon_and_properties_say_approximate():
    collection = approximate_admin1(_rows(), margin=0.05)
    hama = next(f for f in collection["features"] if f["properties"]["name"] == "Hama")
    assert hama["properties"] == {"name": "Hama", "country": "SY", "approximate": True}
    area = shape(hama["geometry"])
    assert area.geom_type == "Polygon" and 0.001 < area.area < 0.02  # a ~0.05-degree disc


def test_rows_without_coordinates_or_province_are_skipped():
    rows = [*_rows(), (math.nan, math.nan, "SY", "Raqqa"), (35.0, 38.0, "SY", "")]
    assert set(_by_name(approximate_admin1(rows))) == {"Idlib", "Aleppo", "Hama"}


def test_a_stray_coordinate_does_not_stretch_the_hull():
    grid = [(50 + i * 0.1, 30 + j * 0.1, "UA", "Kyiv") for i in range(5) for j in range(5)]
    stray = (45.0, 35.0, "UA", "Kyiv")  # 5+ degrees off: a misfiled place
    area = _by_name(approximate_admin1([*grid, stray]))["Kyiv"]
    assert area.contains(Point(30.2, 50.2)) and not area.contains(Point(35.0, 45.0))
    assert area.bounds[1] > 49.5


def test_a_province_astride_the_antimeridian_stays_narrow():
    rows = [(65.0, 179.5, "RU", "Chukotka"), (65.5, -179.5, "RU", "Chukotka"),
            (66.0, 178.8, "RU", "Chukotka")]  # fmt: skip
    area = _by_name(approximate_admin1(rows))["Chukotka"]
    west, _, east, _ = area.bounds
    assert east - west < 3 and east > 180  # continuous past 180, as the map's countries are


# --- the route -------------------------------------------------------------------------


@pytest.fixture
def tiny_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A gazetteer index of the towns above, made the default for this test."""
    records = [
        PlaceRecord(name, "settlement", country="SY", admin1=province, lat=lat, lon=lon)
        for province, places in (("Idlib", IDLIB), ("Aleppo", ALEPPO), ("Hama", HAMA))
        for name, (lat, lon) in places.items()
    ]
    records.append(PlaceRecord("Syria", "country", country="SY", lat=35.0, lon=38.0))
    path = tmp_path / "gazetteer.sqlite"
    store.write(path, pack(records, {}), {"fingerprint": "test"})
    monkeypatch.setenv(store.ENV_VAR, str(path))
    return path


def _get(settings, admin1_outlines: str | None) -> tuple[str, bytes]:
    from starlette.testclient import TestClient

    from truceline.web import create_app

    app = create_app(replace(settings, admin1_outlines=admin1_outlines))
    try:
        with TestClient(app) as c:
            got = c.get("/api/outlines/admin1.geojson")
            assert got.status_code == 200
            return got.headers["content-type"], got.content
    finally:
        app.state.ctx.engine.dispose()


def test_without_an_import_the_route_serves_approximate_areas(settings, tiny_index):
    import json

    kind, body = _get(settings, None)
    collection = json.loads(body)
    assert kind.startswith("application/geo+json")
    assert collection["type"] == "FeatureCollection"
    assert all(f["properties"]["approximate"] is True for f in collection["features"])
    idlib = _by_name(collection)["Idlib"]
    assert all(idlib.contains(Point(lon, lat)) for lat, lon in IDLIB.values())
    assert "Syria" not in _by_name(collection)  # a country row is no province


def test_a_rebuilt_index_gets_new_areas(settings, tiny_index):
    import json

    before = set(_by_name(json.loads(_get(settings, None)[1])))
    records = [PlaceRecord("Daraa", "settlement", country="SY", admin1="Daraa",
                           lat=32.62, lon=36.10)]  # fmt: skip
    store.write(tiny_index, pack(records, {}), {"fingerprint": "test-2"})
    after = set(_by_name(json.loads(_get(settings, None)[1])))
    assert before == {"Idlib", "Aleppo", "Hama"} and after == {"Daraa"}


def test_an_imported_file_wins(settings, tiny_index, tmp_path):
    path = tmp_path / "provinces.geojson"
    path.write_bytes(b'{"type": "FeatureCollection", "features": [{"type": "Feature", '
                     b'"properties": {"name": "Idlib"}, "geometry": null}]}')  # fmt: skip
    assert _get(settings, str(path))[1] == path.read_bytes()


def test_no_index_at_all_is_an_empty_layer_not_an_error(settings, tmp_path, monkeypatch):
    from truceline.web import outlines

    monkeypatch.setenv(store.ENV_VAR, str(tmp_path / "absent" / "gazetteer.sqlite"))
    monkeypatch.setattr(outlines, "load_default", lambda: None)  # no 20-second build here
    assert _get(settings, None)[1] == outlines.EMPTY
