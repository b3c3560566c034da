"""The JSON API under /api: thin routes that parse, call one query function, and render.

Lists are keyset-paged: `next` is an opaque cursor to pass back as `after`.
GeoJSON and CSV downloads take the same filters and give every matching row.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from truceline.errors import InputError
from truceline.export.flat import COLUMNS
from truceline.gazetteer.zones import zones_path
from truceline.jobs import review as review_job
from truceline.store import accounts
from truceline.web import auth, filters, tables
from truceline.web import claims as claim_query
from truceline.web import ledger as ledger_query
from truceline.web import outlines as outline_layers
from truceline.web.app import Context, request_context

router = APIRouter(prefix="/api", tags=["api"], dependencies=[Depends(auth.reader)])
Ctx = Annotated[Context, Depends(request_context)]

CLAIM_CSV = ("id", "review_status", "report_id", *(c for c in COLUMNS if c != "claim"), "key")
EVENT_CSV = ("id", "kind", "status", "start", "end", "place", "admin1", "lat", "lon",
             "claimants", "claim_ids")  # fmt: skip


class FilterParams(BaseModel):
    """The filters every list takes (query parameters)."""

    start: str | None = Field(None, description="first day, YYYY-MM-DD")
    end: str | None = Field(None, description="last day, YYYY-MM-DD")
    country: str | None = Field(None, description="ISO alpha-2 code of the main place's country")
    admin1: str | None = Field(None, description="province (admin-1) name")
    zone: str | None = Field(None, description="named zone")
    claimant: str | None = Field(None, description="part of the claimant's name, any case")
    kind: str | None = Field(None, description="claim kinds, comma-separated")
    method: str | None = Field(None, description="a method (shelling, drone, ...)")
    status: str | None = Field(None, description="review status (claims) or event status")


async def claim_filters(q: Annotated[FilterParams, Query()]) -> filters.Filters:
    """The shared filters, `status` being the claims' review status (a dependency; async
    as it does no I/O, so it runs on the event loop, not a trip through the threadpool)."""
    return filters.filters(q.model_dump())


async def event_filters(q: Annotated[FilterParams, Query()]) -> filters.Filters:
    """The shared filters, `status` being the event's status (a dependency)."""
    return filters.filters(q.model_dump(), statuses=filters.EVENT_STATUSES)


ClaimFilters = Annotated[filters.Filters, Depends(claim_filters)]
EventFilters = Annotated[filters.Filters, Depends(event_filters)]
Sort = Annotated[str | None, Query(description="column, '-' prefix for descending")]
Limit = Annotated[int | None, Query(description=f"1..{filters.MAX_LIMIT}, default 100")]
After = Annotated[str | None, Query(description="the `next` cursor of the previous page")]


@router.get("/claims")
def claims(ctx: Ctx, f: ClaimFilters, sort: Sort = None, limit: Limit = None,
           after: After = None) -> Response:  # fmt: skip
    """Claims of current reports, newest period first by default."""
    return claim_page(ctx.engine, f, sort, limit, after)


def claim_page(engine: Engine, f: filters.Filters, sort: str | None, limit: int | None,
               after: str | None) -> Response:  # fmt: skip
    """GET /api/claims's answer (here and in `lean`)."""
    p = filters.page(sort, limit, after, sorts=filters.CLAIM_SORTS, default="-period")
    items, nxt = claim_query.page(engine, f, p)
    return _json({"items": items, "next": nxt})


@router.get("/claims.csv")
def claims_csv(ctx: Ctx, f: ClaimFilters, sort: Sort = None) -> StreamingResponse:
    """Every matching claim as CSV (the export's flat columns)."""
    p = filters.page(sort, None, None, sorts=filters.CLAIM_SORTS, default="-period")
    rows = claim_query.iterate(ctx.engine, f, p)
    return _csv("claims.csv", CLAIM_CSV, rows)


@router.get("/claims.geojson")
def claims_geojson(ctx: Ctx, f: ClaimFilters, sort: Sort = None) -> StreamingResponse:
    """Every matching claim as a GeoJSON feature (geometry null when unlocated)."""
    p = filters.page(sort, None, None, sorts=filters.CLAIM_SORTS, default="-period")
    return _geojson(_claim_feature(c) for c in claim_query.iterate(ctx.engine, f, p))


@router.get("/claims/{claim_id}")
def claim(ctx: Ctx, claim_id: int) -> dict[str, Any]:
    """One claim with its review history (newest first)."""
    found = claim_query.get(ctx.engine, claim_id)
    return {**found, "reviews": review_job.audit_log(ctx.engine, claim_id=claim_id)}


class ReviewIn(BaseModel):
    """An analyst's verdict on a claim."""

    action: str = Field(description="confirm | reject | correct")
    fields: dict[str, Any] | None = Field(default=None, description="field -> corrected value")
    note: str | None = None


@router.post("/claims/{claim_id}/review")
def review(ctx: Ctx, claim_id: int, body: ReviewIn,
           who: Annotated[accounts.User, Depends(auth.writer)]) -> dict[str, Any]:  # fmt: skip
    """Confirm, reject or correct a claim (Bearer token or session); tallies follow."""
    claim_query.get(ctx.engine, claim_id)  # 404 before anything is written
    review_job.review(ctx.engine, claim_id, body.action, user=who, fields=body.fields,
                      note=body.note)  # fmt: skip
    return claim(ctx, claim_id)


@router.get("/events")
def events(ctx: Ctx, f: EventFilters, sort: Sort = None, limit: Limit = None,
           after: After = None) -> Response:  # fmt: skip
    """Events (claims grouped by occurrence), latest first by default."""
    p = filters.page(sort, limit, after, sorts=filters.EVENT_SORTS, default="-end")
    items, nxt = ledger_query.events_page(ctx.engine, f, p)
    return _json({"items": items, "next": nxt})


def _all_events(ctx: Context, f: filters.Filters) -> Iterator[dict[str, Any]]:
    p = filters.page(None, filters.MAX_LIMIT, None, sorts=filters.EVENT_SORTS, default="-end")
    while True:
        items, nxt = ledger_query.events_page(ctx.engine, f, p)
        yield from items
        if nxt is None:
            return
        p = filters.page(None, filters.MAX_LIMIT, nxt, sorts=filters.EVENT_SORTS, default="-end")


@router.get("/events.csv")
def events_csv(ctx: Ctx, f: EventFilters) -> StreamingResponse:
    """Every matching event as CSV."""
    return _csv("events.csv", EVENT_CSV, _all_events(ctx, f))


@router.get("/events.geojson")
def events_geojson(ctx: Ctx, f: EventFilters) -> StreamingResponse:
    """Every matching event as a GeoJSON point with its claimants' figures."""
    return _geojson(_event_feature(e) for e in _all_events(ctx, f))


@router.get("/events/{event_id}")
def event(ctx: Ctx, event_id: str) -> dict[str, Any]:
    """One event with its claims in full."""
    return ledger_query.event(ctx.engine, event_id)


def _by(by: str) -> tuple[str, ...]:
    dims = tuple(d.strip() for d in by.split(",") if d.strip())
    if not dims or set(dims) - set(ledger_query.TALLY_DIMENSIONS):
        raise InputError(f"by takes names from {', '.join(ledger_query.TALLY_DIMENSIONS)}")
    return dims


DEFAULT_BY = "day,admin1,claimant"
By = Annotated[str, Query(description="grouping: day, admin1, zone, settlement, claimant")]


@router.get("/tallies")
def tallies(ctx: Ctx, f: ClaimFilters, by: By = DEFAULT_BY) -> Response:
    """Daily tallies grouped by `by`; a measure is null when nothing was reported, 0 when
    a zero was reported."""
    return tally_table(ctx.engine, f, by)


def tally_table(engine: Engine, f: filters.Filters, by: str) -> Response:
    """GET /api/tallies's answer (here and in `lean`)."""
    dims = _by(by)
    items = ledger_query.tally_json(engine, dims, f)  # already JSON: spliced in as is
    body = '{"by":' + json.dumps(dims, ensure_ascii=False) + ',"items":' + items + "}"
    return Response(body.encode(), media_type="application/json")


@router.get("/tallies.csv")
def tallies_csv(ctx: Ctx, f: ClaimFilters, by: By = "day,admin1,claimant") -> StreamingResponse:
    """The tally table as CSV (an empty cell: nothing reported)."""
    dims = _by(by)
    columns = (*dims, "violations", "explosions", "settlements", "killed", "injured", "reports")
    return _csv("tallies.csv", columns, ledger_query.tally_rows(ctx.engine, dims, f))


@router.get("/reports")
def reports(ctx: Ctx, limit: Limit = None,
            after: Annotated[int | None, Query()] = None) -> dict[str, Any]:  # fmt: skip
    """Current reports, newest first."""
    size = filters.page(None, limit, None, sorts=("id",), default="-id").limit
    items, nxt = ledger_query.reports_page(ctx.engine, size, after)
    return {"items": items, "next": nxt}


@router.get("/reports/{report_id}")
def report(ctx: Ctx, report_id: int) -> dict[str, Any]:
    """A report's text and its claims, each with `spans`: [start, end] offsets of its
    evidence in `text`."""
    return ledger_query.report(ctx.engine, report_id)


@router.get("/sources")
def sources(ctx: Ctx) -> dict[str, Any]:
    """The watched feeds and pages: last poll, last error, reports stored."""
    return {"items": ledger_query.source_list(ctx.engine)}


@router.get("/choices")
def choices(ctx: Ctx) -> dict[str, list[str]]:
    """Values for filter menus: provinces, zones, claimants and kinds in the ledger."""
    return ledger_query.choices(ctx.engine)


@router.get("/outlines/{layer}.geojson", include_in_schema=False)
def outlines(ctx: Ctx, layer: str) -> Response:
    """The imported zones, or the admin-1 layer, drawn on the offline basemap: the imported
    outlines file, else approximate areas around the gazetteer's places ("approximate":
    true in their properties). An empty collection when there is nothing to draw."""
    if layer == "admin1":
        body = outline_layers.admin1_geojson(ctx.settings.admin1_outlines)
        return Response(body, media_type="application/geo+json")
    if layer != "zones":
        raise claim_query.NotFound(f"no outline layer {layer!r}")
    path = zones_path()
    body = path.read_bytes() if path is not None and path.is_file() else outline_layers.EMPTY
    return Response(body, media_type="application/geo+json")


def _json(content: Any) -> Response:
    """JSON without FastAPI's per-value encoder, by orjson (a page of claims: 0.8 ms with
    the standard library, 0.1 ms); the values are plain JSON types already."""
    return Response(orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS),
                    media_type="application/json")  # fmt: skip


def _csv(name: str, columns: tuple[str, ...], rows: Any) -> StreamingResponse:
    return StreamingResponse(tables.stream(columns, rows), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip


def _geojson(found: Iterator[dict[str, Any]]) -> StreamingResponse:
    def chunks() -> Iterator[str]:
        yield '{"type": "FeatureCollection", "features": ['
        for i, feature in enumerate(found):
            yield ("," if i else "") + json.dumps(feature, ensure_ascii=False)
        yield "]}"

    return StreamingResponse(chunks(), media_type="application/geo+json")


def _point(lat: float | None, lon: float | None) -> dict[str, Any] | None:
    return None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}


def _claim_feature(c: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in c.items() if k not in ("lat", "lon")}
    return {"type": "Feature", "geometry": _point(c["lat"], c["lon"]), "properties": props}


def _event_feature(e: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in e.items() if k not in ("lat", "lon")}
    return {"type": "Feature", "geometry": _point(e["lat"], e["lon"]), "properties": props}
