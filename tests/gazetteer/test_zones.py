import json

import pytest

from truceline.cli import main
from truceline.errors import GazetteerError
from truceline.gazetteer.zones import import_zones, load_zones
from truceline.geo.zones import ZoneIndex, parse_geojson


@pytest.fixture
def fixture(request):
    from pathlib import Path

    return Path(request.fspath).parent.parent / "fixtures" / "zones" / "zones.geojson"


@pytest.fixture(autouse=True)
def scratch_index(tmp_path, monkeypatch):
    # zones live beside the index: point both at a scratch folder
    monkeypatch.setenv("TRUCELINE_GAZETTEER", str(tmp_path / "gazetteer.sqlite"))


def test_polygons_and_buffered_lines(fixture):
    index = ZoneIndex(parse_geojson(json.loads(fixture.read_text()), buffer_km=5))
    assert index.find("the northern buffer").name == "Northern Buffer Zone"
    assert [z.name for z in index.containing(35.8, 36.6)] == ["Northern Buffer Zone"]
    assert [z.name for z in index.containing(34.25, 74.25)] == ["Qwerty Line"]  # on the line
    assert index.containing(10.0, 10.0) == ()


def test_import_then_resolve_and_point_in_zone(fixture, capsys):
    assert import_zones(fixture) == 2
    assert len(load_zones()) == 2
    assert main(["zones", "at", "35.8", "36.6"]) == 0
    assert capsys.readouterr().out.strip() == "Northern Buffer Zone"


def test_a_bad_file_is_reported_and_changes_nothing(fixture, tmp_path):
    import_zones(fixture)
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"geometry": null}]}')
    with pytest.raises(GazetteerError, match="feature 1"):
        import_zones(bad)
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type":\n "Feature", oops}')
    with pytest.raises(GazetteerError, match="line 2"):
        import_zones(broken)
    assert len(load_zones()) == 2


def test_the_resolver_names_an_imported_zone(fixture, monkeypatch):
    from truceline.gazetteer import load, load_default, store

    monkeypatch.delenv("TRUCELINE_GAZETTEER")
    load_default()  # the real index, built once when missing
    index = ZoneIndex(parse_geojson(json.loads(fixture.read_text())))
    resolver = load(store.default_path(), zones=index)
    place = resolver.resolve("NBZ").place
    assert place.precision == "zone" and place.name == "Northern Buffer Zone"
    assert resolver.is_name("Northern Buffer Zone")
