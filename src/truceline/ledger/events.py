"""Claims about the same occurrence grouped into events, each with a status.

Two claims from different reports are linked when they have the same kind (a
reported zero also joins counts it denies), places within `km` of each other or
the same zone / admin1 name, overlapping days, compatible methods and the same
count unit. Linked claims form one event (connected components), so the result
does not depend on input order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations

from truceline.ledger.records import Record, claimant, days, fold, haversine, km, place
from truceline.model import Claim, Location

GROUPED_KINDS = ("casualty_tally", "incident", "violation_tally")
MAX_EVENT_DAYS = 7  # longer periods are running totals: each stays its own event
DEFAULT_KM = 25.0


@dataclass(frozen=True, slots=True)
class Event:
    """One occurrence and the claims that describe it."""

    id: str
    kind: str
    status: str  # single-source | corroborated | contested
    start: str | None
    end: str | None
    place: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    claims: tuple[str, ...]  # Record.key of each member, sorted
    claimants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Sig:
    """What linking compares, read once per claim (pairs are compared many times)."""

    report: str
    kind: str
    methods: frozenset[str]
    unit: str | None
    denial: bool
    located: bool
    zone: str | None  # folded zone name when the place is a zone
    admin1: str  # folded
    coarse: bool  # the place is no finer than its admin1
    lat: float | None
    lon: float | None


def _sig(r: Record) -> _Sig:
    c, loc = r.claim, place(r.claim)
    return _Sig(
        report=r.report, kind=c.kind, methods=frozenset(c.methods),
        unit=c.count.unit if c.count else None, denial=_denial(c), located=loc is not None,
        zone=fold(loc.name or loc.mention) if loc is not None and loc.precision == "zone" else None,
        admin1=fold(loc.admin1) if loc is not None else "",
        coarse=loc is not None and loc.precision in {"admin1", "unresolved"},
        lat=loc.lat if loc is not None else None, lon=loc.lon if loc is not None else None,
    )  # fmt: skip


def group(records: Iterable[Record], *, within_km: float = DEFAULT_KM) -> tuple[Event, ...]:
    """Every incident / tally claim in exactly one event, sorted by start day and id."""
    recs = sorted((r for r in records if r.claim.kind in GROUPED_KINDS), key=lambda r: r.key)
    sigs = [_sig(r) for r in recs]
    # complete linkage: two groups merge only when every pair across them is linked, so a
    # claim with no method cannot chain a drone strike to a sniper attack. Pairs are
    # visited in key order, so the result does not depend on the input order.
    group_of = list(range(len(recs)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(recs))}

    def link(x: int, y: int) -> bool:
        return _linked(sigs[x], sigs[y], within_km)

    buckets = _buckets(recs)
    for day in sorted(buckets):
        for i, j in combinations(buckets[day], 2):
            a, b = group_of[i], group_of[j]
            if a == b or not link(i, j):
                continue
            if not all(link(x, y) for x in members[a] for y in members[b]):
                continue
            keep, gone = min(a, b), max(a, b)
            for k in members[gone]:
                group_of[k] = keep
            members[keep].extend(members.pop(gone))
    events = [_event([recs[k] for k in m]) for m in members.values()]
    return tuple(sorted(events, key=lambda e: (e.start or "", e.id)))


def _buckets(recs: list[Record]) -> dict[str, list[int]]:
    """Indices by day and kind, so only claims that could link are ever compared."""
    out: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(recs):
        # a reported zero may deny claims of any kind; others only meet their own kind
        kinds = GROUPED_KINDS if _denial(r.claim) else (r.claim.kind,)
        for d in _short_days(r):
            for kind in kinds:
                out[f"{d} {kind}"].append(i)
    return out


def _short_days(r: Record) -> Iterator[str]:
    span = days(r)
    if span is None:
        return
    start, end = dt.date.fromisoformat(span[0]), dt.date.fromisoformat(span[1])
    if (end - start).days >= MAX_EVENT_DAYS:
        return
    while start <= end:
        yield start.isoformat()
        start += dt.timedelta(days=1)


def _denial(c: Claim) -> bool:
    return c.kind == "violation_tally" and c.count is not None and c.count.value == 0


def linked(a: Record, b: Record, within_km: float = DEFAULT_KM) -> bool:
    """Whether two claims from different reports describe the same occurrence."""
    return _linked(_sig(a), _sig(b), within_km)


def _linked(a: _Sig, b: _Sig, within_km: float) -> bool:
    if a.report == b.report or not (a.located and b.located):
        return False
    either_denies = a.denial or b.denial
    if a.kind != b.kind and not either_denies:
        return False
    if a.methods and b.methods and not a.methods & b.methods:
        return False
    if a.unit and b.unit and a.unit != b.unit and not either_denies:
        return False
    if a.zone is not None or b.zone is not None:
        return a.zone == b.zone
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        # a degree of latitude is 111 km: most pairs are ruled out without trigonometry
        if abs(a.lat - b.lat) * 111.0 <= within_km and _km(a, b) <= within_km:
            return True
    return (a.coarse or b.coarse) and bool(a.admin1) and a.admin1 == b.admin1


def _km(a: _Sig, b: _Sig) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return haversine(a.lat, a.lon, b.lat, b.lon)


def same_place(a: Location, b: Location, within_km: float = DEFAULT_KM) -> bool:
    """Within `within_km`, or the same zone, or the same admin1 when either is no finer."""
    if a.precision == "zone" or b.precision == "zone":
        return fold(a.name or a.mention) == fold(b.name or b.mention)
    distance = km(a, b)
    if distance is not None and distance <= within_km:
        return True
    coarse = {a.precision, b.precision} & {"admin1", "unresolved"}
    return bool(coarse) and bool(a.admin1) and fold(a.admin1) == fold(b.admin1)


def _event(members: list[Record]) -> Event:
    members.sort(key=lambda r: r.key)
    spans = [s for s in map(days, members) if s]
    lead = next((r for r in members if not _denial(r.claim)), members[0])
    loc = place(lead.claim)
    keys = tuple(r.key for r in members)
    return Event(
        id="e" + hashlib.sha256("\n".join(keys).encode()).hexdigest()[:12],
        kind=lead.claim.kind,
        status=status(members),
        start=min((s[0] for s in spans), default=None),
        end=max((s[1] for s in spans), default=None),
        place=None if loc is None else loc.name or loc.mention,
        admin1=None if loc is None else loc.admin1,
        lat=None if loc is None else loc.lat,
        lon=None if loc is None else loc.lon,
        claims=keys,
        claimants=tuple(sorted({c for c in map(claimant, members) if c})),
    )


def status(members: list[Record]) -> str:
    """single-source: one claimant; contested: claimants deny or count differently;
    corroborated: independent claimants agree."""
    by_claimant: dict[str, set[int | None]] = defaultdict(set)
    for r in members:
        who = fold(claimant(r)) or f"?{r.report}"
        by_claimant[who].add(r.claim.count.value if r.claim.count else None)
    if len(by_claimant) < 2:
        return "single-source"
    # a reported zero against a count is a denial: also two values
    values = {v for vs in by_claimant.values() for v in vs if v is not None}
    return "contested" if len(values) > 1 else "corroborated"
