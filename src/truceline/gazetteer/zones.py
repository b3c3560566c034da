"""Imported named zones: kept as one GeoJSON file beside the gazetteer index."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from truceline.errors import GazetteerError
from truceline.gazetteer import store
from truceline.geo.zones import ZoneIndex, parse_geojson


def zones_path() -> Path:
    """The zones file: beside the index ($TRUCELINE_GAZETTEER's folder or the data dir)."""
    return store.default_path().with_name("zones.geojson")


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise GazetteerError(f"{path}: line {exc.lineno}: not JSON: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise GazetteerError(f"{path}: not a GeoJSON object")
    return data


def import_zones(source: Path, *, buffer_km: float = 5.0, name_property: str = "name") -> int:
    """Add the zones of a GeoJSON file (same names replace older ones); returns how many.
    The file is checked whole before anything is written, so a bad file changes nothing."""
    data = _read(source)
    parse_geojson(data, buffer_km=buffer_km, name_property=name_property)  # validate first
    features = data["features"] if data.get("type") == "FeatureCollection" else [data]
    for f in features:
        props = f.setdefault("properties", {})
        props["name"] = props.get(name_property) or props.get("name")
        if f["geometry"]["type"] in ("LineString", "MultiLineString", "Point", "MultiPoint"):
            props["buffer_km"] = buffer_km
    target = zones_path()
    kept = _read(target)["features"] if target.is_file() else []
    names = {f["properties"]["name"] for f in features}
    merged = [f for f in kept if f["properties"].get("name") not in names] + list(features)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".zones-", dir=target.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"type": "FeatureCollection", "features": merged}, out)
    os.replace(tmp, target)
    return len(features)


def load_zones(path: Path | None = None) -> ZoneIndex:
    """The imported zones (none when nothing was imported)."""
    target = path or zones_path()
    if not target.is_file():
        return ZoneIndex(())
    zones = []
    for f in _read(target)["features"]:
        buffer_km = float(f["properties"].get("buffer_km", 5.0))
        zones.extend(parse_geojson(f, buffer_km=buffer_km))
    return ZoneIndex(zones)
