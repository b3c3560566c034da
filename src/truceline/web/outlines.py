"""The admin-1 layer of the offline basemap: the user's imported file, else approximate
province areas computed from the gazetteer index (see truceline.geo.outlines).

The approximation takes a couple of seconds over the full index, so it is computed once
per process and per index file (a rebuilt index has a new size or mtime) and kept as the
encoded bytes; the gazetteer itself is dropped afterwards rather than held by the server.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

from truceline.errors import GazetteerError
from truceline.gazetteer import load, load_default, store
from truceline.geo.outlines import Row, approximate_admin1
from truceline.geo.resolver import Resolver

EMPTY = b'{"type": "FeatureCollection", "features": []}'

_lock = threading.Lock()
_cache: dict[tuple[str, int, int], bytes] = {}


def admin1_geojson(configured: str | None) -> bytes:
    """The imported outlines file when one is configured and present, else the
    approximate areas of the default index (built first when missing, as the first
    ingest would build it)."""
    if configured:
        path = Path(configured).expanduser()
        if path.is_file():
            return path.read_bytes()
    index = store.default_path()
    with _lock:  # two page loads at once build and compute once
        try:
            if not index.is_file():
                load_default()
            return approximate(index)
        except GazetteerError:
            return EMPTY  # no usable index: the map goes without provinces


def approximate(index: Path) -> bytes:
    """The approximate province areas of the gazetteer index at `index`, as GeoJSON
    bytes; GazetteerError when it is missing or damaged."""
    stat = index.stat() if index.is_file() else None
    found = (str(index), stat.st_size, stat.st_mtime_ns) if stat else None
    cached = _cache.get(found) if found else None
    if cached is None:
        collection = approximate_admin1(_rows(load(index)))
        cached = json.dumps(collection, ensure_ascii=False, separators=(",", ":")).encode()
        if found:
            _cache.clear()  # only the current index's areas are worth keeping
            _cache[found] = cached
    return cached


def _rows(resolver: Resolver) -> Iterator[Row]:
    """Every place below country level that has coordinates and a province."""
    for row in range(len(resolver)):
        p = resolver.place(row)
        if p.precision in ("settlement", "admin2", "admin1") and p.lat is not None and \
                p.lon is not None and p.country and p.admin1:  # fmt: skip
            yield p.lat, p.lon, p.country, p.admin1
