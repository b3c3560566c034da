"""Scoring predicted claims against gold, exactly as `claims.md` ("How a prediction
is scored") says.

Pure: takes envelopes, returns frozen values. A gold field "is present" when it is
neither null nor empty: the gold files spell every field out, with null for "not
scored" (the README: "no period (not scored)").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from truceline.model import KINDS, Claim, Envelope, Location, Party

try:  # rapidfuzz is a dependency; difflib keeps the scorer usable without it
    from rapidfuzz.fuzz import ratio as _ratio

    def _similarity(a: str, b: str) -> float:
        return _ratio(a, b) / 100.0

except ImportError:  # pragma: no cover - exercised only without rapidfuzz
    from difflib import SequenceMatcher

    def _similarity(a: str, b: str) -> float:
        return SequenceMatcher(None, a, b).ratio()


SIMILARITY = 0.85
NEAR_KM = 25.0
FIELDS: tuple[str, ...] = (
    "claimant", "period", "admin1", "methods", "outcome", "killed", "injured",
    "count.qualifier",
)  # fmt: skip

# Arabic article prefixes the contract folds away ("al-Bab" == "Bab").
_ARTICLE = re.compile(r"\b(?:al|el|ar|as)-")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u02bb\u02be\u02bf`\u00b4]")
_HYPHENS = re.compile(r"[-\u2010-\u2015\u2212_]+")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Compare-ready form of a name: no case, accents, hyphens or al-/el-/ar-/as-."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _HYPHENS.sub("-", plain)
    plain = _ARTICLE.sub("", plain)
    plain = _APOSTROPHES.sub("", plain)
    plain = plain.replace("-", " ")
    return _SPACE.sub(" ", plain).strip()


# --- values ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pair:
    """A gold claim and the prediction matched to it, with per-field agreement."""

    gold: Claim
    pred: Claim
    fields: tuple[tuple[str, bool], ...]  # only the fields gold has

    @property
    def agreeing(self) -> int:
        return sum(ok for _, ok in self.fields)


@dataclass(frozen=True, slots=True)
class DocResult:
    """One document: matched pairs, missed gold claims, extra predictions."""

    doc_id: str
    pairs: tuple[Pair, ...]
    misses: tuple[Claim, ...]
    extras: tuple[Claim, ...]
    optional_pairs: tuple[Pair, ...] = ()


@dataclass(frozen=True, slots=True)
class Prf:
    """Precision, recall and F1 with the counts behind them."""

    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class FieldScore:
    name: str
    correct: int
    n: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None


@dataclass(frozen=True, slots=True)
class Report:
    """Everything `truceline evaluate` prints."""

    overall: Prf
    per_kind: tuple[tuple[str, Prf], ...]
    fields: tuple[FieldScore, ...]
    docs: tuple[DocResult, ...]

    def figures(self) -> dict[str, float | None]:
        """Flat name -> value map, the names a floors file uses."""
        out: dict[str, float | None] = {
            "precision": self.overall.precision,
            "recall": self.overall.recall,
            "f1": self.overall.f1,
        }
        for kind, prf in self.per_kind:
            out[f"precision.{kind}"] = prf.precision
            out[f"recall.{kind}"] = prf.recall
            out[f"f1.{kind}"] = prf.f1
        for f in self.fields:
            out[f.name] = f.accuracy
        return out


# --- matching conditions --------------------------------------------------------------


def _anchor(locations: tuple[Location, ...]) -> Location:
    return next((x for x in locations if x.role == "at"), locations[0])


def _names(loc: Location, *, with_aliases: bool) -> set[str]:
    raw = [loc.name, loc.mention, *(loc.aliases if with_aliases else ())]
    return {f for f in (fold(x) for x in raw if x) if f}


def _km(a: Location, b: Location) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def location_agrees(gold: Location, pred: Location) -> bool:
    """The contract's test for one predicted location against the gold anchor."""
    if gold.geonameid is not None and gold.geonameid == pred.geonameid:
        return True
    gold_names = _names(gold, with_aliases=True)
    pred_names = _names(pred, with_aliases=False)
    if gold_names & pred_names:
        return True
    if any(_similarity(g, p) >= SIMILARITY for g in gold_names for p in pred_names):
        return True
    km = _km(gold, pred)
    return km is not None and km <= NEAR_KM


def _agreeing_location(gold: Claim, pred: Claim) -> Location | None:
    anchor = _anchor(gold.locations)
    return next((x for x in pred.locations if location_agrees(anchor, x)), None)


def _overlaps(gold: Claim, pred: Claim) -> bool:
    g, p = gold.period, pred.period
    assert g is not None
    return p is not None and p.start <= g.end and g.start <= p.end


def matches(gold: Claim, pred: Claim) -> bool:
    """Whether a predicted claim may be paired with a gold claim at all."""
    if gold.kind != pred.kind:
        return False
    if gold.count is not None:
        if pred.count is None or pred.count.value != gold.count.value:
            return False
        if gold.count.unit in ("settlement", "explosion") and pred.count.unit != gold.count.unit:
            return False
    if gold.locations and _agreeing_location(gold, pred) is None:
        return False
    return gold.period is None or _overlaps(gold, pred)


# --- field accuracy -------------------------------------------------------------------


def _claimant_ok(gold: Party, pred: Party | None) -> bool:
    if pred is None:
        return False
    wanted = [f for f in (fold(x) for x in (gold.name, *gold.aliases)) if f]
    said = [fold(x) for x in (pred.name, pred.mention) if x]
    return any(w in s for w in wanted for s in said)


def _admin1_ok(gold: Claim, pred: Claim) -> bool:
    anchor = _anchor(gold.locations)
    assert anchor.admin1 is not None
    loc = _agreeing_location(gold, pred)
    return loc is not None and loc.admin1 is not None and fold(loc.admin1) == fold(anchor.admin1)


def field_agreement(gold: Claim, pred: Claim) -> tuple[tuple[str, bool], ...]:
    """Per scored field (those the gold claim has), whether the prediction agrees."""
    out: list[tuple[str, bool]] = []
    if gold.claimant is not None:
        out.append(("claimant", _claimant_ok(gold.claimant, pred.claimant)))
    if gold.period is not None:
        out.append(("period", pred.period == gold.period))
    if gold.locations and _anchor(gold.locations).admin1:
        out.append(("admin1", _admin1_ok(gold, pred)))
    if gold.methods:
        out.append(("methods", set(gold.methods) <= set(pred.methods)))
    if gold.outcome is not None:
        out.append(("outcome", pred.outcome == gold.outcome))
    for name in ("killed", "injured"):
        g, p = getattr(gold, name), getattr(pred, name)
        if g is not None:
            out.append((name, p is not None and p.value == g.value))
    if gold.count is not None:
        ok = pred.count is not None and pred.count.qualifier == gold.count.qualifier
        out.append(("count.qualifier", ok))
    return tuple(out)


# --- scoring --------------------------------------------------------------------------


def score_document(gold: Envelope, pred: Envelope) -> DocResult:
    """Greedy one-to-one matching of one document's predictions to its gold claims."""
    candidates: list[tuple[bool, int, int, int, Pair]] = []
    for gi, g in enumerate(gold.claims):
        for pi, p in enumerate(pred.claims):
            if matches(g, p):
                pair = Pair(g, p, field_agreement(g, p))
                # required gold first, so an optional claim never takes a prediction
                # a required one could have had ("neither rewarded nor penalised");
                # within each, most agreeing fields first
                candidates.append((g.optional, -pair.agreeing, gi, pi, pair))
    candidates.sort(key=lambda c: c[:4])
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, Pair]] = []
    for _, _, gi, pi, pair in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pair))
    pairs.sort(key=lambda x: x[0])
    return DocResult(
        doc_id=gold.document.id,
        pairs=tuple(p for _, p in pairs if not p.gold.optional),
        misses=tuple(g for i, g in enumerate(gold.claims) if i not in used_gold and not g.optional),
        extras=tuple(p for i, p in enumerate(pred.claims) if i not in used_pred),
        optional_pairs=tuple(p for _, p in pairs if p.gold.optional),
    )


def _prf(docs: Iterable[DocResult], kind: str | None = None) -> Prf:
    matched = predicted = gold = 0
    for d in docs:
        hits = sum(kind in (None, p.gold.kind) for p in d.pairs)
        matched += hits
        predicted += hits + sum(kind in (None, c.kind) for c in d.extras)
        gold += hits + sum(kind in (None, c.kind) for c in d.misses)
    return Prf(matched, predicted, gold)


def report(docs: Iterable[DocResult]) -> Report:
    """Overall and per-kind P/R/F1 and field accuracies over scored documents."""
    results = tuple(docs)
    seen = {p.gold.kind for d in results for p in d.pairs}
    seen |= {c.kind for d in results for c in (*d.misses, *d.extras)}
    kinds = [k for k in KINDS if k in seen]
    kinds += sorted(seen - set(kinds))
    tallies = {name: [0, 0] for name in FIELDS}
    for d in results:
        for pair in d.pairs:
            for name, ok in pair.fields:
                tallies[name][0] += ok
                tallies[name][1] += 1
    return Report(
        overall=_prf(results),
        per_kind=tuple((k, _prf(results, k)) for k in kinds),
        fields=tuple(FieldScore(n, c, t) for n, (c, t) in tallies.items()),
        docs=results,
    )


def score(pairs: Iterable[tuple[Envelope, Envelope]]) -> Report:
    """Score (gold, prediction) envelope pairs, one pair per document."""
    return report(score_document(g, p) for g, p in pairs)


def below_floors(
    figures: dict[str, float | None], floors: dict[str, float]
) -> list[tuple[str, float | None, float]]:
    """The (name, value, floor) of every figure under its floor. A figure with no
    data (None) fails any floor above zero: a floor never passes by measuring nothing.
    Raises ValueError for a name that is no figure at all (a typo in the floors file)."""
    out: list[tuple[str, float | None, float]] = []
    for name, floor in floors.items():
        if name not in figures and not _is_kind_figure(name):
            raise ValueError(f"unknown figure {name!r}")
        value = figures.get(name)
        if (value is None and floor > 0) or (value is not None and value < floor - 1e-9):
            out.append((name, value, floor))
    return out


def _is_kind_figure(name: str) -> bool:
    head, _, kind = name.partition(".")
    return head in ("precision", "recall", "f1") and kind in KINDS
