"""The claims contract (`truceline.claims/1`) as frozen values.

Every stage passes these around; none of them is ever mutated
(`dataclasses.replace` makes a changed copy). `to_json` / `from_json` are the
only places that know the contract's JSON spelling.

The values an extraction makes by the thousand write their `__init__` out
(`init=False`, each field set with `object.__setattr__` as a frozen dataclass's
own does): the generated one is interpreted even in the mypyc-compiled build and
costs ~1 us, the written one ~50 ns there and a third less in plain Python.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any, Final, Literal

SCHEMA: Final = "truceline.claims/1"

Kind = Literal["violation_tally", "incident", "operation", "agreement", "casualty_tally"]
Qualifier = Literal["exact", "approximate", "at_least", "at_most"]
Unit = Literal["violation", "explosion", "settlement", "person", "other"]
Role = Literal["at", "origin", "near"]
Precision = Literal["settlement", "admin2", "admin1", "country", "zone", "unresolved"]
PartyType = Literal["government", "military", "armed_group", "media", "monitor", "ngo", "other"]
Outcome = Literal["intercepted", "repelled", "failed"]

KINDS: Final[tuple[str, ...]] = ("violation_tally", "incident", "operation", "agreement", "casualty_tally")  # fmt: skip
METHODS: Final[tuple[str, ...]] = (
    "shelling", "artillery", "mortar", "rocket", "missile", "air_strike", "drone", "sniper",
    "small_arms", "ied", "landmine", "ground_attack", "explosion", "unspecified",
)  # fmt: skip


class _Fields:
    """Pickles a value by its fields: the compiled build's native classes cannot rebuild
    themselves from a dataclass's slot state (a ledger job may send claims to workers)."""

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), tuple(getattr(self, f.name) for f in fields(self)))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True, init=False)
class Span(_Fields):
    """Character offsets into the document text, end exclusive."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)


@dataclass(frozen=True, slots=True, init=False)
class Count(_Fields):
    value: int
    qualifier: Qualifier = "exact"
    unit: Unit = "violation"

    def __init__(
        self, value: int, qualifier: Qualifier = "exact", unit: Unit = "violation"
    ) -> None:
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "unit", unit)


@dataclass(frozen=True, slots=True, init=False)
class Period(_Fields):
    """Inclusive calendar days as ISO strings."""

    start: str
    end: str

    def __init__(self, start: str, end: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


@dataclass(frozen=True, slots=True, init=False)
class Location(_Fields):
    mention: str
    name: str | None = None
    role: Role = "at"
    precision: Precision = "unresolved"
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    aliases: tuple[str, ...] = ()

    def __init__(  # noqa: PLR0913
        self,
        mention: str,
        name: str | None = None,
        role: Role = "at",
        precision: Precision = "unresolved",
        country: str | None = None,
        admin1: str | None = None,
        admin2: str | None = None,
        geonameid: int | None = None,
        lat: float | None = None,
        lon: float | None = None,
        aliases: tuple[str, ...] = (),
    ) -> None:
        object.__setattr__(self, "mention", mention)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "role", role)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "admin1", admin1)
        object.__setattr__(self, "admin2", admin2)
        object.__setattr__(self, "geonameid", geonameid)
        object.__setattr__(self, "lat", lat)
        object.__setattr__(self, "lon", lon)
        object.__setattr__(self, "aliases", aliases)

    def __hash__(self) -> int:
        """The frozen dataclass's own hash of its fields, written out: the generated one is
        interpreted even in the compiled build, and places are hashed by the thousand."""
        return hash((
            self.mention, self.name, self.role, self.precision, self.country, self.admin1,
            self.admin2, self.geonameid, self.lat, self.lon, self.aliases,
        ))  # fmt: skip


@dataclass(frozen=True, slots=True, init=False)
class Party(_Fields):
    name: str
    mention: str | None = None
    type: PartyType | None = None
    aliases: tuple[str, ...] = ()

    def __init__(
        self,
        name: str,
        mention: str | None = None,
        type: PartyType | None = None,
        aliases: tuple[str, ...] = (),
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "mention", mention)
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "aliases", aliases)


@dataclass(frozen=True, slots=True, init=False)
class Claim(_Fields):
    kind: Kind
    evidence: tuple[Span, ...]
    id: str = ""
    methods: tuple[str, ...] = ()
    count: Count | None = None
    killed: Count | None = None
    injured: Count | None = None
    period: Period | None = None
    locations: tuple[Location, ...] = ()
    claimant: Party | None = None
    reported_by: tuple[Party, ...] = ()
    perpetrator: Party | None = None
    target: Party | None = None
    outcome: Outcome | None = None
    part_of: str | None = None
    confidence: float = 0.5
    optional: bool = False

    def __init__(  # noqa: PLR0913
        self,
        kind: Kind,
        evidence: tuple[Span, ...],
        id: str = "",
        methods: tuple[str, ...] = (),
        count: Count | None = None,
        killed: Count | None = None,
        injured: Count | None = None,
        period: Period | None = None,
        locations: tuple[Location, ...] = (),
        claimant: Party | None = None,
        reported_by: tuple[Party, ...] = (),
        perpetrator: Party | None = None,
        target: Party | None = None,
        outcome: Outcome | None = None,
        part_of: str | None = None,
        confidence: float = 0.5,
        optional: bool = False,
    ) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "evidence", evidence)
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "methods", methods)
        object.__setattr__(self, "count", count)
        object.__setattr__(self, "killed", killed)
        object.__setattr__(self, "injured", injured)
        object.__setattr__(self, "period", period)
        object.__setattr__(self, "locations", locations)
        object.__setattr__(self, "claimant", claimant)
        object.__setattr__(self, "reported_by", reported_by)
        object.__setattr__(self, "perpetrator", perpetrator)
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "outcome", outcome)
        object.__setattr__(self, "part_of", part_of)
        object.__setattr__(self, "confidence", confidence)
        object.__setattr__(self, "optional", optional)

    def renumbered(self, id: str, part_of: str | None) -> Claim:
        """The same claim under a new id and its total's new id (`dataclasses.replace` is
        interpreted even in the compiled build; every extraction renumbers every claim)."""
        return Claim(
            self.kind, self.evidence, id, self.methods, self.count, self.killed, self.injured,
            self.period, self.locations, self.claimant, self.reported_by, self.perpetrator,
            self.target, self.outcome, part_of, self.confidence, self.optional,
        )  # fmt: skip

    def with_locations(self, locations: tuple[Location, ...]) -> Claim:
        """The same claim with other places (as `renumbered`, without `replace`)."""
        return Claim(
            self.kind, self.evidence, self.id, self.methods, self.count, self.killed,
            self.injured, self.period, locations, self.claimant, self.reported_by,
            self.perpetrator, self.target, self.outcome, self.part_of, self.confidence,
            self.optional,
        )  # fmt: skip

    def with_claimant(self, claimant: Party | None) -> Claim:
        """The same claim with another claimant (as `renumbered`, without `replace`)."""
        return Claim(
            self.kind, self.evidence, self.id, self.methods, self.count, self.killed,
            self.injured, self.period, self.locations, claimant, self.reported_by,
            self.perpetrator, self.target, self.outcome, self.part_of, self.confidence,
            self.optional,
        )  # fmt: skip


@dataclass(frozen=True, slots=True, init=False)
class Document(_Fields):
    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str = "en"

    def __init__(  # noqa: PLR0913 (written out: every extraction makes one, see above)
        self,
        text: str,
        id: str = "",
        title: str | None = None,
        url: str | None = None,
        published: str | None = None,
        language: str = "en",
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "url", url)
        object.__setattr__(self, "published", published)
        object.__setattr__(self, "language", language)

    def with_id(self) -> Document:
        """The document with its contract id (sha256 of the text) when it has none."""
        if self.id:
            return self
        digest = hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()
        return Document(self.text, f"sha256:{digest}", self.title, self.url, self.published,
                        self.language)  # fmt: skip


@dataclass(frozen=True, slots=True, init=False)
class Envelope(_Fields):
    document: Document
    claims: tuple[Claim, ...] = field(default_factory=tuple)

    def __init__(self, document: Document, claims: tuple[Claim, ...] = ()) -> None:
        object.__setattr__(self, "document", document)
        object.__setattr__(self, "claims", claims)


# --- JSON -----------------------------------------------------------------------------


def _count_json(c: Count | None) -> dict[str, Any] | None:
    return None if c is None else {"value": c.value, "qualifier": c.qualifier, "unit": c.unit}


def _party_json(p: Party | None) -> dict[str, Any] | None:
    if p is None:
        return None
    out: dict[str, Any] = {"name": p.name, "mention": p.mention, "type": p.type}
    if p.aliases:
        out["aliases"] = list(p.aliases)
    return out


def _location_json(loc: Location) -> dict[str, Any]:
    out: dict[str, Any] = {
        "mention": loc.mention, "name": loc.name, "role": loc.role,
        "precision": loc.precision, "country": loc.country, "admin1": loc.admin1,
        "geonameid": loc.geonameid, "lat": loc.lat, "lon": loc.lon,
    }  # fmt: skip
    if loc.aliases:
        out["aliases"] = list(loc.aliases)
    return out


def claim_to_json(c: Claim) -> dict[str, Any]:
    """One claim in the contract's JSON spelling."""
    out: dict[str, Any] = {
        "id": c.id,
        "kind": c.kind,
        "methods": list(c.methods),
        "count": _count_json(c.count),
        "killed": _count_json(c.killed),
        "injured": _count_json(c.injured),
        "period": None if c.period is None else {"start": c.period.start, "end": c.period.end},
        "locations": [_location_json(x) for x in c.locations],
        "claimant": _party_json(c.claimant),
        "reported_by": [_party_json(p) for p in c.reported_by],
        "perpetrator": _party_json(c.perpetrator),
        "target": _party_json(c.target),
        "outcome": c.outcome,
        "part_of": c.part_of,
        "evidence": [{"start": s.start, "end": s.end, "text": s.text} for s in c.evidence],
        "confidence": round(c.confidence, 3),
    }
    if c.optional:
        out["optional"] = True
    return out


def to_json(env: Envelope, *, with_text: bool = True) -> dict[str, Any]:
    """The envelope as the contract's JSON object."""
    d = env.document
    doc: dict[str, Any] = {
        "id": d.id, "title": d.title, "url": d.url, "published": d.published,
        "language": d.language,
    }  # fmt: skip
    if with_text:
        doc["text"] = d.text
    return {"schema": SCHEMA, "document": doc, "claims": [claim_to_json(c) for c in env.claims]}


def _count(d: Any) -> Count | None:
    if not d:
        return None
    return Count(int(d["value"]), d.get("qualifier", "exact"), d.get("unit", "violation"))


def _party(d: Any) -> Party | None:
    if not d:
        return None
    return Party(d["name"], d.get("mention"), d.get("type"), tuple(d.get("aliases") or ()))


def _location(d: dict[str, Any]) -> Location:
    return Location(
        mention=d["mention"], name=d.get("name"), role=d.get("role", "at"),
        precision=d.get("precision", "unresolved"), country=d.get("country"),
        admin1=d.get("admin1"), admin2=d.get("admin2"), geonameid=d.get("geonameid"),
        lat=d.get("lat"), lon=d.get("lon"), aliases=tuple(d.get("aliases") or ()),
    )  # fmt: skip


def claim_from_json(d: dict[str, Any]) -> Claim:
    """A claim from the contract's JSON (gold or prediction); missing fields stay empty."""
    period = d.get("period")
    return Claim(
        kind=d["kind"],
        evidence=tuple(Span(s["start"], s["end"], s["text"]) for s in d.get("evidence") or ()),
        id=d.get("id", ""),
        methods=tuple(d.get("methods") or ()),
        count=_count(d.get("count")),
        killed=_count(d.get("killed")),
        injured=_count(d.get("injured")),
        period=Period(period["start"], period["end"]) if period else None,
        locations=tuple(_location(x) for x in d.get("locations") or ()),
        claimant=_party(d.get("claimant")),
        reported_by=tuple(p for p in map(_party, d.get("reported_by") or ()) if p),
        perpetrator=_party(d.get("perpetrator")),
        target=_party(d.get("target")),
        outcome=d.get("outcome"),
        part_of=d.get("part_of"),
        confidence=float(d.get("confidence", 0.5)),
        optional=bool(d.get("optional", False)),
    )


def from_json(d: dict[str, Any]) -> Envelope:
    """An envelope from the contract's JSON."""
    doc = d.get("document") or {}
    document = Document(
        text=doc.get("text", ""), id=doc.get("id", ""), title=doc.get("title"),
        url=doc.get("url"), published=doc.get("published"), language=doc.get("language") or "en",
    )  # fmt: skip
    return Envelope(document, tuple(claim_from_json(c) for c in d.get("claims") or ()))
