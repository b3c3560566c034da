"""Named zones: de-escalation zones, contact lines, sectors, as shapes with names.

A zone comes from a GeoJSON feature (a polygon, or a line widened by a buffer). The
index answers two questions: which zone a mention names (by the same keys as place
names), and which zones contain a point. Pure: the caller parses the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from truceline.errors import GazetteerError
from truceline.geo.keys import key

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

# shapely (and numpy under it, with its thread pool) is imported only where a shape is
# made or asked: a process that extracts with no zones imported never loads it

# Degrees of latitude per kilometre: buffers are given in km, shapely works in degrees.
_DEG_PER_KM = 1 / 111.32


@dataclass(frozen=True, slots=True)
class Zone:
    """One named zone; `country` is None for disputed lines (LoC, Working Boundary)."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    admin1: str | None
    geometry: BaseGeometry


def _names(props: Mapping[str, Any], name_property: str) -> tuple[str, tuple[str, ...]]:
    name = props.get(name_property) or props.get("name")
    if not isinstance(name, str) or not name.strip():
        raise GazetteerError(f"a zone feature has no '{name_property}' property")
    raw = props.get("aliases") or ()
    aliases = tuple(a.strip() for a in (raw.split(",") if isinstance(raw, str) else raw) if a)
    return name.strip(), aliases


def parse_geojson(
    data: Mapping[str, Any], *, buffer_km: float = 5.0, name_property: str = "name"
) -> tuple[Zone, ...]:
    """Zones of a GeoJSON FeatureCollection (or one Feature); lines get a buffer."""
    from shapely.geometry import shape

    features = data.get("features") if data.get("type") == "FeatureCollection" else [data]
    if not isinstance(features, list) or not features:
        raise GazetteerError("no features: expected a GeoJSON FeatureCollection of zones")
    out = []
    for n, feature in enumerate(features, 1):
        try:
            geom = shape(feature["geometry"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise GazetteerError(f"feature {n}: not a GeoJSON geometry: {exc}") from exc
        if geom.geom_type in ("LineString", "MultiLineString", "Point", "MultiPoint"):
            geom = geom.buffer(buffer_km * _DEG_PER_KM)
        props = feature.get("properties") or {}
        name, aliases = _names(props, name_property)
        out.append(Zone(name, aliases, props.get("country"), props.get("admin1"), geom))
    return tuple(out)


class ZoneIndex:
    """Zones by name key and by shape."""

    def __init__(self, zones: Iterable[Zone]) -> None:
        self.zones = tuple(zones)
        self._by_key: dict[str, Zone] = {}
        for z in self.zones:
            for n in (z.name, *z.aliases):
                if key(n):
                    self._by_key.setdefault(key(n), z)
        self._tree = None
        if self.zones:
            from shapely.strtree import STRtree

            self._tree = STRtree([z.geometry for z in self.zones])

    def __len__(self) -> int:
        return len(self.zones)

    def find(self, mention: str) -> Zone | None:
        """The zone a mention names ('the Idlib de-escalation zone' as 'Idlib de-escalation zone')."""
        k = key(mention)
        if k in self._by_key:
            return self._by_key[k]
        words = mention.split()
        if words and words[0].lower() == "the":
            return self._by_key.get(key(" ".join(words[1:])))
        return None

    def containing(self, lat: float, lon: float) -> tuple[Zone, ...]:
        """Every zone whose shape holds the point."""
        if self._tree is None:
            return ()
        from shapely.geometry import Point

        p = Point(lon, lat)
        return tuple(self.zones[i] for i in self._tree.query(p, predicate="intersects"))
