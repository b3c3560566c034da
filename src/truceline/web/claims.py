"""Claims for the API and the dashboard: filtered, keyset-paged SQL over the claims table.

A claim is shown in the exports' flat shape (`export.flat.row`), so the country, place and
claimant a user sees on a page are the ones the CSV and ACLED exports give.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

import orjson
from sqlalchemy import (
    Connection,
    Engine,
    String,
    Text,
    and_,
    bindparam,
    cast,
    func,
    or_,
    select,
)
from sqlalchemy.sql import ColumnElement, Select

from truceline.errors import InputError
from truceline.export.countries import country_fields
from truceline.store.schema import claims, reports
from truceline.web.filters import Filters, Page, cursor

SORT_COLUMNS = {
    "period": claims.c.period_end,
    "id": claims.c.id,
    "count": claims.c.count_value,
    "killed": claims.c.killed_value,
    "injured": claims.c.injured_value,
    "confidence": claims.c.confidence,
}


def like(value: str) -> str:
    """A LIKE pattern matching `value` anywhere, its wildcards taken literally."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def json_has(column: Any, key: str, value: str) -> ColumnElement[bool]:
    """Whether a JSON column's text holds `"key": "value"` (both backends store json.dumps
    output verbatim, so this is a portable pre-filter; callers confirm exact matches)."""
    needle = '"' + key + '": ' + '"' + value.replace('"', "") + '"' if key else f'"{value}"'
    return cast(column, String).like(like(needle), escape="\\")


def _in_range(column: Any, f: Filters) -> list[ColumnElement[bool]]:
    return [c for c in (column >= f.start if f.start else None,
                        column <= f.end if f.end else None) if c is not None]  # fmt: skip


def dates(f: Filters, dated: bool | None = None) -> list[ColumnElement[bool]]:
    """A claim is in the date range when its last day is: the period's end, else its
    report's date (the day a tally files it under). `dated` True or False keeps to claims
    with or without a period, so each part can walk the period index; None takes both."""
    if not (f.start or f.end):
        return []
    with_period = and_(*_in_range(claims.c.period_end, f))
    without = and_(claims.c.period_end.is_(None), *_in_range(reports.c.published, f))
    if dated is None:
        return [or_(with_period, without)]
    return [with_period] if dated else [without]


Arm = tuple[str | None] | None
"""One part of a claimant filter: None, every claim whose claimant's name holds the text;
(name,), the claims of that one claimant name; (None,), the claims without a name whose
report's claimant holds the text (see `_arms`)."""


def conditions(f: Filters, dated: bool | None = None, arm: Arm = None) -> list[ColumnElement[bool]]:
    """SQL conditions for the filters on claims joined with their (current) reports."""
    out: list[ColumnElement[bool]] = [reports.c.current, *dates(f, dated)]
    if f.admin1:
        out.append(claims.c.admin1 == f.admin1)
    if f.zone:
        out.append(claims.c.place == f.zone)
    if f.claimant:
        out.append(_claimant(f.claimant, arm))
    if f.kinds:
        out.append(claims.c.kind.in_(f.kinds))
    if f.method:
        out.append(json_has(claims.c.methods, "", f.method))
    if f.status:
        out.append(claims.c.review_status == f.status)
    if f.country:
        out.append(json_has(claims.c.locations, "country", f.country))
    return out


def _claimant(text: str, arm: Arm) -> ColumnElement[bool]:
    pattern = like(text.lower())
    if arm is None:
        who = func.lower(func.coalesce(claims.c.claimant_name, reports.c.claimant))
        return who.like(pattern, escape="\\")
    if arm[0] is None:  # no claimant named in the claim: its report's claimant speaks
        return and_(claims.c.claimant_name.is_(None),
                    func.lower(reports.c.claimant).like(pattern, escape="\\"))  # fmt: skip
    return claims.c.claimant_name == arm[0]


MAX_ARMS = 8  # claimant names matched by one filter text, beyond which one LIKE query is used


def _arms(conn: Connection, f: Filters) -> list[Arm]:
    """How to read the claims a claimant filter keeps. A substring cannot use an index, and
    the LIKE over the claims in period order reads every claim until a page is full (a
    rare claimant: most of the ledger). So the few distinct claimant names holding the text
    are found first (one index seek per distinct name) and each name's claims are read off
    the (claimant, period) index, plus the unnamed claims whose report's claimant matches;
    `_rows` merges them in sort order. Many matching names: the one LIKE query."""
    if not f.claimant:
        return [None]
    names = list(conn.execute(_NAMES_HOLDING, {"pattern": like(f.claimant.lower())}).scalars())
    if len(names) > MAX_ARMS:
        return [None]
    return [*((name,) for name in names), (None,)]


def _names_holding() -> Select[Any]:
    """The distinct claimant names matching the LIKE `pattern` in lower case (as the filter
    matches), walked through the claimant index one name at a time (a loose index scan)."""
    later = claims.alias("later")
    names = select(func.min(claims.c.claimant_name).label("name")).cte("names", recursive=True)
    following = select(func.min(later.c.claimant_name)).where(
        later.c.claimant_name > names.c.name).scalar_subquery()  # fmt: skip
    names = names.union_all(select(following).where(names.c.name.is_not(None)))
    holds = func.lower(names.c.name).like(bindparam("pattern"), escape="\\")
    return select(names.c.name).where(names.c.name.is_not(None), holds)


_NAMES_HOLDING = _names_holding()  # built once: a statement with an alias is slow to build


def _rows(conn: Connection, query: Select[Any], arms: list[Arm], f: Filters, p: Page,
          batch: int) -> list[Any]:  # fmt: skip
    """The first `batch` rows of `query` with the claimant filter's arms, in sort order:
    each arm's rows come sorted by the database, and are merged here (NULL sort values last
    and ties broken by id, as `keyset` orders them)."""
    if len(arms) == 1:
        return list(conn.execute(query.where(*_arm(f, arms[0])).limit(batch)))
    runs = [
        rows
        for arm in arms
        if (rows := conn.execute(query.where(*_arm(f, arm)).limit(batch)).all())
    ]
    if len(runs) <= 1:  # most often one name matches and no claim lacks a name
        return runs[0] if runs else []
    at = _POSITION[SORT_COLUMNS[p.sort].name]
    if p.descending:
        merged = heapq.merge(*runs, key=lambda r: (r[at] is not None, r[at], r[0]), reverse=True)
    else:
        merged = heapq.merge(*runs, key=lambda r: (r[at] is None, r[at], r[0]))
    return list(islice(merged, batch))


def _arm(f: Filters, arm: Arm) -> list[ColumnElement[bool]]:
    return [_claimant(f.claimant, arm)] if f.claimant else []


def _party_name(column: Any) -> ColumnElement[Any]:
    """A party's name read out of its JSON in SQL (NULL when there is no party): one JSON
    decode fewer per claim and party on a page."""
    return column["name"].as_string()


def _text(column: Any) -> ColumnElement[Any]:
    """A JSON column as its stored text, decoded by `item` with orjson: SQLAlchemy's JSON
    type decodes with the standard library, a third of a page's time. (The cast keeps
    PostgreSQL's driver from decoding json values itself.)"""
    return cast(column, Text).label(column.name)


# Only what `item` shows: the JSON columns a page needs whole are decoded (locations,
# evidence, methods, corrections); the parties give just their names.
_COLUMNS = (
    claims.c.id, claims.c.report_id, claims.c.cid, claims.c.kind, _text(claims.c.methods),
    claims.c.count_value, claims.c.count_qualifier, claims.c.count_unit, claims.c.killed_value,
    claims.c.injured_value, claims.c.period_start, claims.c.period_end,
    _text(claims.c.locations), _party_name(claims.c.claimant).label("claimant_name"),
    _party_name(claims.c.perpetrator).label("perpetrator_name"),
    _party_name(claims.c.target).label("target_name"),
    claims.c.outcome, claims.c.part_of, _text(claims.c.evidence), claims.c.confidence,
    claims.c.review_status, _text(claims.c.corrections), reports.c.text_hash,
    reports.c.published, reports.c.claimant.label("dflt"),
    reports.c.title.label("report_title"), reports.c.url.label("report_url"),
)  # fmt: skip
_POSITION = {c.name: i for i, c in enumerate(_COLUMNS)}  # a sort column's place in a row


def _base() -> Select[Any]:
    return select(*_COLUMNS).join(reports, claims.c.report_id == reports.c.id)


def _keyset(p: Page) -> tuple[list[ColumnElement[bool]], list[Any]]:
    return keyset(SORT_COLUMNS[p.sort], claims.c.id, p)


def keyset(col: Any, ids: Any, p: Page) -> tuple[list[ColumnElement[bool]], list[Any]]:
    """The WHERE part after the cursor and the ORDER BY for sorting on `col`; NULL sort
    values come last in both directions, and the id column breaks ties in the sort's
    direction (for claims and events alike)."""
    order = [col.desc().nulls_last(), ids.desc()] if p.descending else [
        col.asc().nulls_last(), ids.asc()]  # fmt: skip
    if p.after is None:
        return [], order
    value, last_id = p.after
    id_next = ids < last_id if p.descending else ids > last_id
    if value is None:
        return [and_(col.is_(None), id_next)], order
    beyond = col < value if p.descending else col > value
    return [or_(beyond, and_(col == value, id_next), col.is_(None))], order


def item(row: Any) -> dict[str, Any]:
    """One claim as the API shows it: the flat export row (`export.flat.row`, read straight
    off the columns: building a Claim per row was most of a page's time) plus ids, review
    state and spans. tests/web/test_claims.py holds it to `flat.row` on every claim."""
    # By position, in _COLUMNS' order: reading 27 values by name took half of this function.
    (claim_id, report_id, cid, kind, methods, count, qualifier, unit, killed, injured,
     period_start, period_end, locations, claimant, perpetrator, target, outcome, part_of,
     evidence, confidence, review_status, corrections, text_hash, published, dflt,
     report_title, report_url) = row  # fmt: skip
    loc = _main_place(orjson.loads(locations))
    evidence = orjson.loads(evidence)
    if period_start is not None:
        start, end = period_start, period_end
    else:
        start = end = published or None  # the report's date, when the claim has none
    counted = count is not None
    if loc is None:
        place = precision = admin1 = country = lat = lon = None
    else:
        get = loc.get
        place, precision = get("name") or loc["mention"], get("precision", "unresolved")
        admin1, country, lat, lon = get("admin1"), get("country"), get("lat"), get("lon")
    if len(evidence) == 1:  # most claims quote one span
        quoted = " ".join(evidence[0]["text"].split())
    else:
        quoted = " | ".join(" ".join(e["text"].split()) for e in evidence)
    return {
        "id": claim_id,
        "key": f"{text_hash}#{cid}",
        "report_id": report_id,
        "report_title": report_title,
        "outlet": outlet(report_url, report_title),
        "review_status": review_status,
        "corrections": None if corrections is None else orjson.loads(corrections),
        "report": text_hash,
        "kind": kind,
        "start": start,
        "end": end,
        "count": count,
        "unit": unit if counted else None,
        "qualifier": qualifier if counted else None,
        "killed": killed,
        "injured": injured,
        "methods": orjson.loads(methods),
        "outcome": outcome,
        "place": place,
        "precision": precision,
        "admin1": admin1,
        "country": country,
        "lat": lat,
        "lon": lon,
        "claimant": dflt if claimant is None else claimant,
        "perpetrator": perpetrator,
        "target": target,
        "part_of": part_of,
        "evidence": quoted,
        "confidence": confidence,
        "country_name": _country_name(country),
        "spans": [[e["start"], e["end"]] for e in evidence],
    }


def _main_place(locations: list[dict[str, Any]]) -> dict[str, Any] | None:
    """`ledger.records.place` over the stored JSON: the first resolved `at` location, else
    the first resolved one, else the first."""
    resolved = [d for d in locations if d.get("precision", "unresolved") != "unresolved"]
    for d in resolved:
        if d.get("role", "at") == "at":
            return d
    if resolved:
        return resolved[0]
    return locations[0] if locations else None


@lru_cache(maxsize=512)
def _country_name(iso2: str | None) -> str | None:
    return country_fields(iso2)["country"] or None


def page(engine: Engine, f: Filters, p: Page) -> tuple[list[dict[str, Any]], str | None]:
    """One page of claims and the cursor of the next page (None on the last page)."""
    items, key = _page(engine, f, p)
    return items, None if key is None else cursor(p, *key)


@lru_cache(maxsize=4096)  # a page's claims come a few per report
def outlet(url: str | None, title: str | None) -> str | None:
    """Who published a report, as far as the ledger knows: its web host, else its title."""
    if url and url.startswith(("http://", "https://")):
        return urlsplit(url).hostname or title
    return title


def _page(engine: Engine, f: Filters, p: Page) -> tuple[list[dict[str, Any]], Any]:
    """The page's items and the (sort value, id) key after its last item, or None at the end.
    With a country filter the SQL pre-filter may let through claims whose main place is in
    another country; those are skipped and more rows read until the page is full."""
    at = _POSITION[SORT_COLUMNS[p.sort].name]
    batch = p.limit + 1 if not f.country else max(2 * p.limit, 200)
    # Sorted by period with a date range, claims with a period come first (NULLs sort last)
    # and can be read off the period index; the few without one follow.
    parts = [True, False] if p.sort == "period" and (f.start or f.end) else [None]
    items: list[dict[str, Any]] = []
    key, last = p.after, None
    unclaimed = replace(f, claimant=None)  # the claimant filter goes in by arms (`_rows`)
    with engine.connect() as conn:
        arms = _arms(conn, f)
        for dated in parts:
            while True:
                where, order = _keyset(Page(p.sort, p.descending, p.limit, key))
                query = _base().where(*conditions(unclaimed, dated), *where).order_by(*order)
                rows = _rows(conn, query, arms, f, p, batch)
                for row in rows:
                    key = (row[at], row[0])
                    if not f.country and len(items) == p.limit:
                        return items, last  # a row past the page: there is a next page
                    it = item(row)
                    if f.country and it["country"] != f.country:
                        continue
                    if len(items) == p.limit:
                        return items, last
                    items.append(it)
                    last = key
                if len(rows) < batch:
                    break
    return items, None


def iterate(engine: Engine, f: Filters, p: Page) -> Iterator[dict[str, Any]]:
    """Every matching claim in sort order, read a thousand at a time (for downloads)."""
    key = None
    while True:
        items, key = _page(engine, f, Page(p.sort, p.descending, 1000, key))
        yield from items
        if key is None:
            return


def get(engine: Engine, claim_id: int) -> dict[str, Any]:
    """One claim by id (any report version); InputError when there is none."""
    with engine.connect() as conn:
        row = conn.execute(_base().where(claims.c.id == claim_id)).first()
    if row is None:
        raise NotFound(f"no claim with id {claim_id}")
    return item(row)


def for_report(engine: Engine, report_id: int) -> list[dict[str, Any]]:
    """A report's claims in their order in the report."""
    query = _base().where(claims.c.report_id == report_id).order_by(claims.c.id)
    with engine.connect() as conn:
        return [item(r) for r in conn.execute(query)]


def for_ids(engine: Engine, ids: list[int]) -> list[dict[str, Any]]:
    """The claims with these ids, in id order."""
    if not ids:
        return []
    query = _base().where(claims.c.id.in_(ids)).order_by(claims.c.id)
    with engine.connect() as conn:
        return [item(r) for r in conn.execute(query)]


class NotFound(InputError):
    """The asked record does not exist (the API answers 404)."""
