"""The gazetteer edge: compile the place index into the user's data directory and load it.

`load_default()` is what the rest of truceline calls: it builds the index on
first use (silently) and returns a `Resolver` over it.
"""

from __future__ import annotations

from pathlib import Path

from truceline.errors import GazetteerError
from truceline.gazetteer import store
from truceline.gazetteer.build import (
    BuildReport,
    Progress,
    build,
    fingerprint,
    previous_imports,
)
from truceline.gazetteer.zones import load_zones
from truceline.geo.resolver import Resolver
from truceline.geo.table import unpack
from truceline.geo.zones import ZoneIndex

__all__ = ["BuildReport", "build", "import_dumps", "info", "load", "load_default"]

_cache: dict[Path, Resolver] = {}


def load(path: Path, zones: ZoneIndex | None = None) -> Resolver:
    """A Resolver over the index at `path`; GazetteerError when it is missing or corrupt."""
    blobs, _ = store.read(path)
    try:
        return Resolver(unpack(blobs), zones)
    except (KeyError, ValueError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path} is a damaged gazetteer index: {exc}") from exc


def load_default() -> Resolver:
    """The Resolver over the default index, building it first when it is missing or stale."""
    path = store.default_path()
    cached = _cache.get(path)
    if cached is not None:
        return cached
    wanted = fingerprint()
    try:
        current = store.read_meta(path).get("fingerprint") if path.is_file() else None
    except GazetteerError:
        current = None
    if current != wanted:
        build(path, imports=previous_imports(path))
    resolver = _cache[path] = load(path, zones=load_zones())
    return resolver


def import_dumps(
    files: list[Path], path: Path | None = None, progress: Progress | None = None
) -> BuildReport:
    """Rebuild the index with GeoNames dump files added; the old index survives any error."""
    target = path or store.default_path()
    keep = [p for p in previous_imports(target) if p not in {f.resolve() for f in files}]
    report = build(target, imports=[*keep, *files], progress=progress or (lambda _: None))
    _cache.pop(target, None)
    return report


def info(path: Path | None = None) -> dict[str, str]:
    """The index's location, size and meta table."""
    target = path or store.default_path()
    meta = store.read_meta(target)
    return {"path": str(target), "bytes": str(target.stat().st_size), **meta}
