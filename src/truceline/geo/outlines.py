"""Approximate admin-1 (province) areas drawn from the gazetteer's own places.

No registry package ships province polygons, so when the user has imported none the map
still needs something to show where provinces lie. Every settlement the gazetteer files
under a (country, province) is a point inside that province; a concave hull around them,
widened a little, is a rough outline of it. Rough: hulls of neighbours overlap, coasts
and borders are straight cuts, and a province with one known place is a small disc.
Pure: the caller reads the rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

# (lat, lon, country, admin1): one place the gazetteer files under a province.
Row = tuple[float, float, str, str]

# A place further from its province's median point than this many times the distance
# that nine in ten of its places lie within (plus half a degree) is taken as misfiled:
# one stray coordinate would otherwise stretch the hull across a country.
_STRAY_FACTOR = 3.0
_STRAY_SLACK = 0.5
_DIGITS = 3  # about 100 m: finer than any hull means, and a smaller download


def approximate_admin1(
    rows: Iterable[Row], *, ratio: float = 0.3, margin: float = 0.05, tolerance: float = 0.02
) -> dict[str, Any]:
    """A GeoJSON FeatureCollection with one approximate polygon per (country, province).

    `ratio` is shapely's concave-hull ratio (1 is the convex hull), `margin` the buffer in
    degrees that turns one or two places into a small area, `tolerance` the simplification
    in degrees. Rows without coordinates, country or province are skipped.
    """
    groups: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for lat, lon, country, admin1 in rows:
        if country and admin1 and lat == lat and lon == lon:  # x != x only for NaN
            groups.setdefault((country, admin1), []).append((lon, lat))
    features = []
    for (country, admin1), points in sorted(groups.items()):
        area = _area(np.asarray(points, dtype=float), ratio, margin, tolerance)
        features.append({
            "type": "Feature",
            "geometry": mapping(shapely.transform(area, lambda c: np.round(c, _DIGITS))),
            "properties": {"name": admin1, "country": country, "approximate": True},
        })  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


def _area(points: np.ndarray, ratio: float, margin: float, tolerance: float) -> BaseGeometry:
    core = _without_strays(_continuous(points))
    hull = shapely.concave_hull(shapely.multipoints(core), ratio=ratio)
    return shapely.simplify(shapely.buffer(hull, margin, quad_segs=2), tolerance)


def _without_strays(points: np.ndarray) -> np.ndarray:
    """The points minus those far out of line with the rest (misfiled coordinates)."""
    if len(points) < 10:
        return points
    distance = np.hypot(*(points - np.median(points, axis=0)).T)
    limit = _STRAY_FACTOR * float(np.percentile(distance, 90)) + _STRAY_SLACK
    return points[distance <= limit]


def _continuous(points: np.ndarray) -> np.ndarray:
    """Points of a province astride the antimeridian (Chukotka, Fiji) moved to one side of
    it, so the hull does not wrap the whole globe; longitudes past 180 are what the map's
    unwrapped country outlines use there too."""
    lon = points[:, 0]
    if lon.max() - lon.min() <= 180:
        return points
    return np.column_stack((np.where(lon < 0, lon + 360, lon), points[:, 1]))
