"""Daily tallies per place and claimant, from claims.

Rules that keep a number from being counted twice:
1. Within one report and one row, a breakdown's parts are dropped when the total
   they break down (`part_of`) falls in the same row; parts count only where
   their total does not (a per-province row gets the province's part).
2. Within one report and one row, incidents add to a measure only when no tally
   claim of the report gives that measure (the tally already counts them).
3. The same claimant restating a day's figure in several reports counts once:
   across reports, a claimant's measure is the largest, not the sum.
4. Claimants are never added to each other: rival claimants mostly describe the same
   occurrences, so a row that leaves claimant out shows the largest figure any claimant
   gives (compare them side by side by grouping on claimant).
A measure is None when nothing was reported and 0 when a zero was reported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from truceline.ledger.records import Record, claimant, day, place
from truceline.model import Claim

DIMENSIONS = ("day", "admin1", "zone", "settlement", "claimant")
MEASURES = ("violations", "explosions", "settlements", "killed", "injured")
DEFAULT_BY = ("day", "admin1", "claimant")
_TALLY_KINDS = frozenset({"violation_tally", "casualty_tally"})

Measures = dict[str, int | None]


@dataclass(frozen=True, slots=True)
class Row:
    """One tally row: the grouping values, the measures, and how many reports back it."""

    key: tuple[str | None, ...]
    measures: tuple[int | None, ...]
    reports: int

    def as_dict(self, by: Sequence[str]) -> dict[str, object]:
        """The row as a flat mapping: dimension names, measure names, `reports`."""
        return {**dict(zip(by, self.key, strict=True)),
                **dict(zip(MEASURES, self.measures, strict=True)), "reports": self.reports}  # fmt: skip


def measures(c: Claim) -> Measures:
    """What one claim asserts for each measure (None where it says nothing)."""
    out: Measures = dict.fromkeys(MEASURES)
    unit_measure = {"violation": "violations", "explosion": "explosions",
                    "settlement": "settlements"}  # fmt: skip
    if c.count is not None and c.count.unit in unit_measure:
        out[unit_measure[c.count.unit]] = c.count.value
    elif c.kind == "incident" and c.count is None:
        out["violations"] = 1
    out["killed"] = c.killed.value if c.killed else None
    out["injured"] = c.injured.value if c.injured else None
    return out


def dimensions(r: Record) -> dict[str, str | None] | None:
    """The claim's day and places, or None when it has no single day to file under."""
    when = day(r)
    if when is None or r.claim.kind not in _TALLY_KINDS | {"incident"}:
        return None
    loc = place(r.claim)
    name = None if loc is None else loc.name or loc.mention
    return {
        "day": when,
        "admin1": None if loc is None else loc.admin1,
        "zone": name if loc is not None and loc.precision == "zone" else None,
        "settlement": name if loc is not None and loc.precision == "settlement" else None,
        "claimant": claimant(r),
    }


def tally(records: Iterable[Record], by: Sequence[str] = DEFAULT_BY) -> tuple[Row, ...]:
    """Tally rows grouped by `by` (names from DIMENSIONS), sorted by key."""
    unknown = set(by) - set(DIMENSIONS)
    if unknown:
        raise ValueError(f"cannot group by {', '.join(sorted(unknown))}")
    # row key -> claimant -> report -> records
    cells: dict[tuple[str | None, ...], dict[str | None, dict[str, list[Record]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    spelled: dict[str, str] = {}  # one spelling per claimant ("Syrian army", "the syrian Army")
    for r in records:
        dims = dimensions(r)
        if dims is not None:
            if dims["claimant"] is not None:
                dims["claimant"] = spelled.setdefault(
                    _same_name(dims["claimant"]), dims["claimant"]
                )
            cells[tuple(dims[d] for d in by)][dims["claimant"]][r.report].append(r)
    rows = []
    for key, per_claimant in cells.items():
        total: Measures = dict.fromkeys(MEASURES)
        reports = 0
        for per_report in per_claimant.values():
            best: Measures = dict.fromkeys(MEASURES)
            for recs in per_report.values():
                best = _combine(best, _report_measures(recs), max)
            total = _combine(total, best, max)
            reports += len(per_report)
        rows.append(Row(key, tuple(total[m] for m in MEASURES), reports))
    return tuple(sorted(rows, key=lambda row: tuple("" if k is None else k for k in row.key)))


def _same_name(name: str) -> str:
    """A claimant's name as compared across reports: case, spacing and a leading 'the'
    do not make another claimant."""
    words = name.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def _report_measures(recs: list[Record]) -> Measures:
    """One report's measures in one row: rules 1 and 2."""
    ids = {r.claim.id for r in recs}
    kept = [r.claim for r in recs if not (r.claim.part_of and r.claim.part_of in ids)]
    tallied = [c for c in kept if c.kind in _TALLY_KINDS]
    incidents = [c for c in kept if c.kind == "incident"]
    out: Measures = dict.fromkeys(MEASURES)
    for c in tallied:
        out = _combine(out, measures(c), _add)
    given = {k for k, v in out.items() if v is not None}
    for c in incidents:
        fill = {k: None if k in given else v for k, v in measures(c).items()}
        out = _combine(out, fill, _add)
    return out


def _add(a: int, b: int) -> int:
    return a + b


def _combine(a: Measures, b: Measures, op: Callable[[int, int], int]) -> Measures:
    """Measure by measure: None (nothing reported) gives way to a value; two values meet
    through `op`."""
    out: Measures = {}
    for k, x in a.items():
        y = b[k]
        out[k] = y if x is None else x if y is None else op(x, y)
    return out
