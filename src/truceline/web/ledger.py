"""Events, tallies, reports and sources for the API and the dashboard (SQLAlchemy Core).

Events and tallies are read from the tables `jobs.ledger.rebuild` fills, so a page shows
exactly what `truceline events` and `truceline tally` would.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    Table,
    Text,
    cast,
    exists,
    func,
    literal,
    select,
)
from sqlalchemy.sql import ColumnElement, Select

from truceline.ledger.tallies import DIMENSIONS, MEASURES
from truceline.model import KINDS
from truceline.store.schema import (
    claims,
    event_claims,
    events,
    province_tallies,
    reports,
    sources,
    tallies,
)
from truceline.web import claims as claim_query
from truceline.web import tally_pairs
from truceline.web.filters import Filters, Page, cursor


def event_conditions(f: Filters) -> list[ColumnElement[bool]]:
    """SQL conditions for the filters on the events table (status is the event's status)."""
    out: list[ColumnElement[bool]] = []
    if f.start:
        out.append(events.c.end >= f.start)
    if f.end:
        out.append(events.c.start <= f.end)
    if f.admin1:
        out.append(events.c.admin1 == f.admin1)
    if f.zone:
        out.append(events.c.place == f.zone)
    if f.kinds:
        out.append(events.c.kind.in_(f.kinds))
    if f.status:
        out.append(events.c.status == f.status)
    member: list[ColumnElement[bool]] = []
    if f.claimant:
        member.append(func.lower(func.coalesce(claims.c.claimant_name, reports.c.claimant))
                      .like(claim_query.like(f.claimant.lower()), escape="\\"))  # fmt: skip
    if f.method:
        member.append(claim_query.json_has(claims.c.methods, "", f.method))
    if f.country:
        member.append(claim_query.json_has(claims.c.locations, "country", f.country))
    if member:
        out.append(
            exists(
                select(event_claims.c.claim_id)
                .join(claims, event_claims.c.claim_id == claims.c.id)
                .join(reports, claims.c.report_id == reports.c.id)
                .where(event_claims.c.event_id == events.c.id, *member)
            )
        )
    return out


def _event_keyset(p: Page) -> tuple[list[ColumnElement[bool]], list[Any]]:
    return claim_query.keyset(events.c[p.sort], events.c.id, p)


def events_page(engine: Engine, f: Filters, p: Page) -> tuple[list[dict[str, Any]], str | None]:
    """One page of events with their claimants' figures, and the next page's cursor."""
    where, order = _event_keyset(p)
    query = select(events).where(*event_conditions(f), *where).order_by(*order)
    with engine.connect() as conn:
        rows = conn.execute(query.limit(p.limit + 1)).all()
    more = len(rows) > p.limit
    rows = rows[: p.limit]
    items = _with_figures(engine, [r._asdict() for r in rows])
    if not more:
        return items, None
    last = rows[-1]
    return items, cursor(p, getattr(last, p.sort), last.id)


def _with_figures(engine: Engine, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each event with its claim ids and, per claimant, the largest count, killed and
    injured its claims give (the popup's numbers; the event page lists every claim)."""
    if not found:
        return found
    query = (
        select(event_claims.c.event_id, claims.c.id, claims.c.count_value, claims.c.count_unit,
               claims.c.killed_value, claims.c.injured_value, claims.c.review_status,
               func.coalesce(claims.c.claimant_name, reports.c.claimant).label("who"))
        .join(claims, event_claims.c.claim_id == claims.c.id)
        .join(reports, claims.c.report_id == reports.c.id)
        .where(event_claims.c.event_id.in_([e["id"] for e in found]))
        .order_by(claims.c.id)
    )  # fmt: skip
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    by_event: dict[str, dict[str, Any]] = {e["id"]: {"claim_ids": [], "figures": {}} for e in found}
    for r in rows:
        slot = by_event[r.event_id]
        slot["claim_ids"].append(r.id)
        fig = slot["figures"].setdefault(r.who or "(unattributed)", {
            "count": None, "unit": r.count_unit, "killed": None, "injured": None})  # fmt: skip
        for name, value in (("count", r.count_value), ("killed", r.killed_value),
                            ("injured", r.injured_value)):  # fmt: skip
            if value is not None and (fig[name] is None or value > fig[name]):
                fig[name] = value
    return [{**e, **by_event[e["id"]]} for e in found]


def event(engine: Engine, event_id: str) -> dict[str, Any]:
    """One event with its figures and its claims in full; NotFound when there is none."""
    with engine.connect() as conn:
        row = conn.execute(select(events).where(events.c.id == event_id)).first()
    if row is None:
        raise claim_query.NotFound(f"no event with id {event_id!r}")
    found = _with_figures(engine, [row._asdict()])[0]
    found["claims"] = claim_query.for_ids(engine, found["claim_ids"])
    return found


def tally_rows(engine: Engine, by: Sequence[str], f: Filters) -> list[dict[str, Any]]:
    """Tally rows grouped by `by`, from the stored tallies (`source` says which table: the
    finest grain, or its sums by day, province and claimant): measures add up across places
    and days, but never across claimants (rival claimants mostly describe the same
    occurrences), so a grouping without claimant shows the largest claimant's figure. SUM
    keeps NULL when nothing was reported, so 'no report' stays apart from 0."""
    with engine.connect() as conn:
        if tally_pairs.applies(engine.dialect.name, by, f):
            return _by_pairs(conn, by, f)
        return [dict(r._mapping) for r in conn.execute(_tallies(by, f))]


def tally_json(engine: Engine, by: Sequence[str], f: Filters) -> str:
    """`tally_rows` as a JSON array, each row made a JSON object by the database: a week
    of a big ledger is a couple of thousand rows, and building and encoding them in Python
    took twice as long as the query. The objects are made in the grouping query itself, so
    SQLite streams the groups in index order (a JSON object per row of a subquery made it
    sort them again), and read off the driver's cursor (SQLAlchemy's rows: 1 us each)."""
    postgres = engine.dialect.name == "postgresql"

    def objects(keys: list[Any], values: list[Any]) -> list[ColumnElement[Any]]:
        names = [*by, *MEASURES, "reports"]
        pairs = [x for name, col in zip(names, [*keys, *values], strict=True)
                 for x in (literal(name), col)]  # fmt: skip
        return [cast(func.json_build_object(*pairs), Text) if postgres
                else func.json_object(*pairs)]  # fmt: skip

    with engine.connect() as conn:
        if tally_pairs.applies(engine.dialect.name, by, f):
            return orjson.dumps(_by_pairs(conn, by, f)).decode()
        result = conn.execute(_tallies(by, f, objects))
        found = [obj for (obj,) in result.cursor.fetchall()]
        result.close()
    return "[" + ",".join(found) + "]"


def _by_pairs(conn: Connection, by: Sequence[str], f: Filters) -> list[dict[str, Any]]:
    """`_tallies` for groupings by province and/or claimant, from `tally_pairs.sums`:
    summed across provinces for a claimant, the largest claimant's figure for a province,
    in the same order."""
    found = tally_pairs.sums(conn, f)
    groups: dict[tuple[Any, ...], list[Any]] = {}
    combine = _add if "claimant" in by else _larger
    for admin1, claimant, values in found:
        key = tuple(admin1 if d == "admin1" else claimant for d in by)
        had = groups.get(key)
        groups[key] = (
            values if had is None else [combine(a, b) for a, b in zip(had, values, strict=True)]
        )
    # SQL's order: ascending, NULL first (SQLite), text by code point as SQLite's BINARY
    order = sorted(groups, key=lambda k: [(v is not None, v) for v in k])
    names = (*by, *tally_pairs.SUMMED)
    return [dict(zip(names, (*key, *groups[key]), strict=True)) for key in order]


def _add(a: int | None, b: int | None) -> int | None:
    """SUM's addition: NULL only when nothing was reported on either side."""
    return a if b is None else b if a is None else a + b


def _larger(a: int | None, b: int | None) -> int | None:
    """MAX's choice: NULL only when neither side has a value."""
    return a if b is None else b if a is None else max(a, b)


def _as_they_are(keys: list[Any], values: list[Any]) -> list[Any]:
    return [*keys, *values]


ROLLED_UP = frozenset(("day", "admin1", "claimant"))


def source(by: Sequence[str], f: Filters) -> Table:
    """The table a grouping reads: `province_tallies` (the finest rows already summed over
    zones and settlements, a third as many) unless the request groups or filters by zone
    or settlement, which only the finest rows tell apart."""
    return province_tallies if set(by) <= ROLLED_UP and not f.zone else tallies


def _tallies(by: Sequence[str], f: Filters, shape: Any = _as_they_are) -> Select[Any]:
    """The grouped tally query; `shape(keys, measures)` gives the columns it selects."""
    t = source(by, f)
    keys = [t.c[d] for d in by]
    if t is province_tallies and set(by) | ({"admin1"} if f.admin1 else set()) == ROLLED_UP:
        # each rolled row is a group already: one per day, province and claimant (SQLite's
        # aggregate over a week's rows took as long as reading them)
        stored = [t.c[m] for m in (*MEASURES, "reports")]
        return select(*shape(keys, stored)).where(*_tally_conditions(f, t)).order_by(*keys)
    sums = [cast(func.sum(t.c[m]), Integer).label(m) for m in (*MEASURES, "reports")]
    if "claimant" in by:
        return (select(*shape(keys, sums)).where(*_tally_conditions(f, t))
                .group_by(*keys).order_by(*keys))  # fmt: skip
    inner = (
        select(*keys, t.c.claimant, *sums)
        .where(*_tally_conditions(f, t))
        .group_by(*keys, t.c.claimant)
    ).subquery()
    outer_keys = [inner.c[d] for d in by]
    maxes = [func.max(inner.c[m]).label(m) for m in (*MEASURES, "reports")]
    return select(*shape(outer_keys, maxes)).group_by(*outer_keys).order_by(*outer_keys)


def _tally_conditions(f: Filters, t: Table) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if f.start:
        out.append(t.c.day >= f.start)
    if f.end:
        out.append(t.c.day <= f.end)
    if f.admin1:
        out.append(t.c.admin1 == f.admin1)
    if f.zone:
        out.append(t.c.zone == f.zone)
    if f.claimant:
        out.append(func.lower(t.c.claimant).like(claim_query.like(f.claimant.lower()),
                                                 escape="\\"))  # fmt: skip
    return out


CHOICES_TTL = 60.0  # seconds a menu may lag behind the ledger
_choices_cache: dict[str, tuple[float, dict[str, list[str]]]] = {}


def choices(engine: Engine) -> dict[str, list[str]]:
    """The values the dashboard's filter menus offer: provinces, zones, claimants, kinds.
    Kept for CHOICES_TTL seconds per ledger: the DISTINCT scans take ~0.4 s on a ledger of a
    million claims, and every page shows the menus."""
    key = engine.url.render_as_string(hide_password=True)
    cached = _choices_cache.get(key)
    if cached is not None and time.monotonic() - cached[0] < CHOICES_TTL:
        return cached[1]
    found = _choices(engine)
    _choices_cache[key] = (time.monotonic(), found)
    return found


def _choices(engine: Engine) -> dict[str, list[str]]:
    with engine.connect() as conn:

        def distinct(col: Any) -> list[str]:
            return [v for (v,) in conn.execute(select(col).distinct().where(col.is_not(None))
                                               .order_by(col))]  # fmt: skip

        return {
            "admin1": distinct(tallies.c.admin1),
            "zone": distinct(tallies.c.zone),
            "claimant": distinct(tallies.c.claimant),
            "kind": list(KINDS),  # the contract's kinds: no scan of a large claims table
        }


def reports_page(
    engine: Engine, limit: int, after: int | None
) -> tuple[list[dict[str, Any]], int | None]:
    """Current reports, newest id first, with their claim counts; the next page's id cursor."""
    n = select(func.count(claims.c.id)).where(claims.c.report_id == reports.c.id)
    query = select(reports.c.id, reports.c.title, reports.c.url, reports.c.published,
                   reports.c.fetched_at, reports.c.claimant, reports.c.language,
                   n.scalar_subquery().label("claims")).where(reports.c.current)  # fmt: skip
    if after is not None:
        query = query.where(reports.c.id < after)
    with engine.connect() as conn:
        rows = conn.execute(query.order_by(reports.c.id.desc()).limit(limit + 1)).all()
    items = [r._asdict() for r in rows[:limit]]
    return items, items[-1]["id"] if len(rows) > limit else None


def report(engine: Engine, report_id: int) -> dict[str, Any]:
    """One report with its text and its claims (each with its evidence spans)."""
    with engine.connect() as conn:
        row = conn.execute(select(reports).where(reports.c.id == report_id)).first()
        source = None
        if row is not None and row.source_id is not None:
            source = conn.execute(select(sources.c.name).where(
                sources.c.id == row.source_id)).scalar()  # fmt: skip
    if row is None:
        raise claim_query.NotFound(f"no report with id {report_id}")
    out = {k: v for k, v in row._asdict().items() if k not in ("etag", "last_modified")}
    return {**out, "source": source, "claims": claim_query.for_report(engine, report_id)}


def source_list(engine: Engine) -> list[dict[str, Any]]:
    """Watched sources with their polling state and how many reports each gave."""
    n = select(func.count(reports.c.id)).where(reports.c.source_id == sources.c.id)
    query = select(sources.c.id, sources.c.name, sources.c.url, sources.c.kind,
                   sources.c.claimant, sources.c.interval_s, sources.c.last_polled,
                   sources.c.last_error, n.scalar_subquery().label("reports")
                   ).order_by(sources.c.name)  # fmt: skip
    with engine.connect() as conn:
        return [r._asdict() for r in conn.execute(query)]


TALLY_DIMENSIONS = DIMENSIONS
