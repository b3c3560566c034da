"""A stored claim with the report facts the ledger needs, and the readings both stages share."""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass

from truceline.model import Claim, Location

# A period longer than this is a running total ("this year", "since 2011"), not a day's count.
MAX_DAY_SPAN = 2


@dataclass(frozen=True, slots=True)
class Record:
    """One claim as stored: the report it came from and that report's defaults."""

    report: str
    claim: Claim
    published: str | None = None
    claimant_default: str | None = None

    @property
    def key(self) -> str:
        """Stable reference to the claim: report key and the claim's id in it."""
        return f"{self.report}#{self.claim.id}"


def claimant(r: Record) -> str | None:
    """Who asserts the claim: its own claimant, else the source's default."""
    return r.claim.claimant.name if r.claim.claimant else r.claimant_default


def days(r: Record) -> tuple[str, str] | None:
    """The claim's first and last day; the report's date when the claim has no period."""
    p = r.claim.period
    if p is not None:
        return (p.start, p.end)
    return (r.published, r.published) if r.published else None


def day(r: Record) -> str | None:
    """The day a tally files the claim under (the period's last day), or None when the
    period is a running total longer than MAX_DAY_SPAN days."""
    span = days(r)
    if span is None:
        return None
    start, end = dt.date.fromisoformat(span[0]), dt.date.fromisoformat(span[1])
    return span[1] if (end - start).days < MAX_DAY_SPAN else None


def place(c: Claim) -> Location | None:
    """The claim's main place: the first resolved `at` location, else the first resolved
    one of any role ("near Masyaf"), else the first mentioned. Resolved comes first because
    an unresolved mention is often not a place at all."""
    resolved = [loc for loc in c.locations if loc.precision != "unresolved"]
    for loc in resolved:
        if loc.role == "at":
            return loc
    if resolved:
        return resolved[0]
    return c.locations[0] if c.locations else None


def fold(name: str | None) -> str:
    """A place or party name for comparison: no case, accents, hyphens or extra spaces."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().replace("-", " ").split())


def km(a: Location, b: Location) -> float | None:
    """Great-circle distance between two located places, None when one has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return haversine(a.lat, a.lon, b.lat, b.lon)


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, slots=True)
class Filter:
    """Which records a command or export looks at; None means any."""

    start: str | None = None
    end: str | None = None
    place: str | None = None  # a place name or its admin1, folded
    claimant: str | None = None  # a substring of the claimant, folded
    kinds: tuple[str, ...] = ()

    def matches(self, r: Record) -> bool:
        """Whether the record passes every filter that is set."""
        if self.kinds and r.claim.kind not in self.kinds:
            return False
        if (self.start or self.end) and not self._in_range(r):
            return False
        if self.claimant and fold(self.claimant) not in fold(claimant(r)):
            return False
        if self.place:
            wanted = fold(self.place)
            names = {
                fold(n) for loc in r.claim.locations for n in (loc.name, loc.mention, loc.admin1)
            }
            return wanted in names
        return True

    def _in_range(self, r: Record) -> bool:
        span = days(r)
        if span is None:
            return False
        return (self.start is None or span[1] >= self.start) and (
            self.end is None or span[0] <= self.end
        )
