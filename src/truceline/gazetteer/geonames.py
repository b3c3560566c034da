"""Stream real GeoNames dumps: country or allCountries files (.txt or .zip),
alternateNames(V2) and admin1CodesASCII / admin2Codes.

Every malformed line raises GazetteerError naming the file and line number;
nothing is written until all files have been read.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from truceline.errors import GazetteerError
from truceline.geo.keys import display_name
from truceline.geo.table import PlaceRecord

# Feature codes kept besides populated places (class P): divisions and air/military sites.
_KEEP = {"ADM1": "admin1", "ADM2": "admin2", "PCLI": "country", "PCLD": "country",
         "PCLS": "country", "AIRB": "settlement", "AIRP": "settlement", "AIRF": "settlement",
         "MILB": "settlement", "INSM": "settlement"}  # fmt: skip
# Pseudo-languages in alternateNames that are codes or links, not names.
_NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "unlc", "tcid", "phon"})


@dataclass(slots=True)
class Dump:
    """What a set of dump files contributed: places, alternate names, division names."""

    places: list[PlaceRecord] = field(default_factory=list)
    alternates: dict[int, list[str]] = field(default_factory=dict)
    admin1: dict[str, str] = field(default_factory=dict)
    admin2: dict[str, str] = field(default_factory=dict)
    admin_codes: dict[int, tuple[str, str, str]] = field(default_factory=dict)


def _lines(path: Path) -> Iterator[tuple[str, int, str]]:
    """(member name, line number, line) for a .txt file or every .txt member of a .zip."""
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise GazetteerError(f"{path}: not a readable zip file: {exc}") from exc
        with archive:
            for member in archive.namelist():
                if member.endswith(".txt") and not member.startswith(("readme", "iso-")):
                    with archive.open(member) as raw:
                        text = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
                        for n, line in enumerate(text, 1):
                            yield f"{path.name}:{member}", n, line
        return
    with path.open(encoding="utf-8", newline="\n") as fh:
        for n, line in enumerate(fh, 1):
            yield path.name, n, line


def _kind(path: Path) -> str:
    stem = path.name.lower()
    if stem.startswith("alternatenames"):
        return "alternates"
    if stem.startswith("admin1codes"):
        return "admin1"
    if stem.startswith("admin2codes"):
        return "admin2"
    return "geonames"


def read_dumps(paths: list[Path]) -> Dump:
    """Parse dump files into one Dump; GazetteerError on the first malformed line."""
    dump = Dump()
    for path in paths:
        if not path.is_file():
            raise GazetteerError(f"{path}: no such file")
        kind = _kind(path)
        for where, n, line in _lines(path):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            try:
                _parse(kind, line.split("\t"), dump)
            except (ValueError, IndexError) as exc:
                raise GazetteerError(f"{where}: line {n}: malformed {kind} line: {exc}") from exc
    return dump


def _parse(kind: str, f: list[str], dump: Dump) -> None:
    if kind == "alternates":
        if len(f) not in (8, 10):
            raise ValueError(f"expected 8 or 10 columns, got {len(f)}")
        gid = int(f[1])
        if f[2] not in _NOT_NAMES and f[7] != "1" and f[3]:
            dump.alternates.setdefault(gid, []).append(f[3])
    elif kind in ("admin1", "admin2"):
        if len(f) != 4 or "." not in f[0]:
            raise ValueError(f"expected 4 columns and a dotted code, got {len(f)}")
        int(f[3])
        getattr(dump, kind)[f[0]] = f[2] or f[1]
    else:
        _parse_geoname(f, dump)


def _parse_geoname(f: list[str], dump: Dump) -> None:
    if len(f) != 19:
        raise ValueError(f"expected 19 columns, got {len(f)}")
    gid, lat, lon = int(f[0]), float(f[4]), float(f[5])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates out of range: {lat}, {lon}")
    population = int(f[14] or 0)
    precision = "settlement" if f[6] == "P" else _KEEP.get(f[7])
    if precision is None:
        return
    cc = f[8] or None
    dump.admin_codes[len(dump.places)] = (cc or "", f[10], f[11])
    point = precision == "settlement"
    dump.places.append(PlaceRecord(
        name=display_name(f[1]), precision=precision, country=cc,
        lat=lat if point else None, lon=lon if point else None, population=population,
        geonameid=gid, names=tuple(a for a in (f[1], f[2], *f[3].split(",")) if a),
    ))  # fmt: skip
