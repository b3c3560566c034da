"""The dashboard's pages, rendered on the server (Jinja2, autoescaped).

Every number links onward: map marker -> event page -> the highlighted sentences.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from truceline.errors import InputError
from truceline.jobs import review as review_job
from truceline.ledger.tallies import MEASURES
from truceline.store import accounts
from truceline.web import auth, chart, filters, marks
from truceline.web import claims as claim_query
from truceline.web import ledger as ledger_query
from truceline.web.api import claim_filters, event_filters
from truceline.web.app import Context, request_context

router = APIRouter(include_in_schema=False)
Ctx = Annotated[Context, Depends(request_context)]
Reader = Annotated[accounts.User | None, Depends(auth.reader)]
REVIEW_FIELDS = ("kind", "count", "killed", "injured", "period_start", "period_end", "place",
                 "admin1", "claimant", "methods", "outcome")  # fmt: skip


def _render(request: Request, ctx: Context, who: Any, name: str, **values: Any) -> Response:
    return ctx.templates.TemplateResponse(request, name, {
        **auth.page_context(request, who), "tile_url": ctx.settings.tile_url,
        "tile_attribution": ctx.settings.tile_attribution or "", **values})  # fmt: skip


@router.get("/")
def map_page(request: Request, ctx: Ctx, who: Reader,
             f: Annotated[filters.Filters, Depends(event_filters)],
             colour: str = "status") -> Response:  # fmt: skip
    """The map of events, coloured by status or claimant."""
    claims_f = replace(f, status=None, country=None, method=None, kinds=())
    tallies = ledger_query.tally_rows(ctx.engine, ("admin1", "claimant"), claims_f)
    return _render(request, ctx, who, "map.html", f=f, query=urlencode(f.query()),
                   colour="claimant" if colour == "claimant" else "status",
                   choices=ledger_query.choices(ctx.engine), tallies=tallies,
                   span={"start": f.start, "end": f.end})  # fmt: skip


@router.get("/timeline")
def timeline(request: Request, ctx: Ctx, who: Reader,
             f: Annotated[filters.Filters, Depends(claim_filters)],
             measure: str = "violations") -> Response:  # fmt: skip
    """Daily tallies per claimant, side by side, for one province or zone (or all)."""
    if measure not in MEASURES:
        raise InputError(f"measure must be one of {', '.join(MEASURES)}")
    rows = ledger_query.tally_rows(ctx.engine, ("day", "claimant"), f)
    return _render(request, ctx, who, "timeline.html", f=f, measure=measure, measures=MEASURES,
                   chart=chart.build(rows, measure), rows=rows,
                   choices=ledger_query.choices(ctx.engine), base=f.query())  # fmt: skip


@router.get("/claims")
def claims_page(request: Request, ctx: Ctx, who: Reader,
                f: Annotated[filters.Filters, Depends(claim_filters)],
                sort: str | None = None, after: str | None = None,
                limit: int | None = None) -> Response:  # fmt: skip
    """The filterable table of claims, a page at a time."""
    p = filters.page(sort, limit or 50, after, sorts=filters.CLAIM_SORTS, default="-period")
    items, nxt = claim_query.page(ctx.engine, f, p)
    query = {**f.query(), "sort": p.sort_param}
    return _render(request, ctx, who, "claims.html", f=f, items=items, sort=p.sort_param,
                   next_url=f"/claims?{urlencode({**query, 'after': nxt})}" if nxt else None,
                   first_url=f"/claims?{urlencode(query)}" if after else None,
                   csv_url=f"/api/claims.csv?{urlencode(query)}", sorts=filters.CLAIM_SORTS,
                   choices=ledger_query.choices(ctx.engine),
                   statuses=filters.REVIEW_STATUSES)  # fmt: skip


@router.get("/events/{event_id}")
def event_page(request: Request, ctx: Ctx, who: Reader, event_id: str) -> Response:
    """An event: its claims, claimants, outlets, and each report with the evidence marked."""
    found = ledger_query.event(ctx.engine, event_id)
    focus = frozenset(str(c["id"]) for c in found["claims"])
    texts = []
    for report_id in dict.fromkeys(c["report_id"] for c in found["claims"]):
        report = ledger_query.report(ctx.engine, report_id)
        texts.append((report, _marked(report, focus)))
    return _render(request, ctx, who, "event.html", event=found, reports=texts)


def _marked(report: dict[str, Any], focus: frozenset[str]) -> Any:
    spans = [(s, e, str(c["id"])) for c in report["claims"] for s, e in c["spans"]]
    return marks.marked(report["text"], spans, focus=focus)


@router.get("/reports/{report_id}")
def report_page(request: Request, ctx: Ctx, who: Reader, report_id: int) -> Response:
    """A report's text with every claim's evidence marked, and its claims."""
    report = ledger_query.report(ctx.engine, report_id)
    return _render(request, ctx, who, "report.html", report=report,
                   marked=_marked(report, frozenset()))  # fmt: skip


@router.get("/reports")
def reports_page(request: Request, ctx: Ctx, who: Reader, after: int | None = None) -> Response:
    """Reports, newest first."""
    items, nxt = ledger_query.reports_page(ctx.engine, 100, after)
    return _render(request, ctx, who, "reports.html", items=items, next_id=nxt)


@router.get("/sources")
def sources_page(request: Request, ctx: Ctx, who: Reader) -> Response:
    """What is watched, when it was last fetched, and its last error."""
    return _render(request, ctx, who, "sources.html", items=ledger_query.source_list(ctx.engine))


@router.get("/claims/{claim_id}")
def claim_page(request: Request, ctx: Ctx, who: Reader, claim_id: int) -> Response:
    """One claim: its fields, its evidence in its report, its review history and form."""
    found = claim_query.get(ctx.engine, claim_id)
    report = ledger_query.report(ctx.engine, found["report_id"])
    return _render(request, ctx, who, "claim.html", claim=found,
                   marked=_marked(report, frozenset({str(claim_id)})), report=report,
                   reviews=review_job.audit_log(ctx.engine, claim_id=claim_id),
                   fields=REVIEW_FIELDS)  # fmt: skip


@router.post("/claims/{claim_id}/review")
async def review_form(request: Request, ctx: Ctx, claim_id: int,
                      who: Annotated[accounts.User, Depends(auth.form_writer)],
                      action: Annotated[str, Form()],
                      note: Annotated[str, Form()] = "") -> Response:  # fmt: skip
    """The review form's post: confirm, reject, or correct the fields filled in."""
    form = await request.form()
    fields = {name: str(form[f"set_{name}"]).strip() for name in REVIEW_FIELDS
              if str(form.get(f"set_{name}", "")).strip()}  # fmt: skip
    claim_query.get(ctx.engine, claim_id)
    review_job.review(ctx.engine, claim_id, action, user=who,
                      fields=_typed(fields) if action == "correct" else None,
                      note=note or None)  # fmt: skip
    return RedirectResponse(f"/claims/{claim_id}", status_code=303)


def _typed(fields: dict[str, str]) -> dict[str, Any]:
    """Form text as the values review() checks: numbers for counts, lists for methods."""
    out: dict[str, Any] = {}
    for name, text in fields.items():
        if name in ("count", "killed", "injured"):
            if not text.isdecimal():
                raise InputError(f"{name} must be a whole number, got {text!r}")
            out[name] = int(text)
        elif name == "methods":
            out[name] = [m.strip() for m in text.split(",") if m.strip()]
        else:
            out[name] = text
    return out


@router.get("/audit")
def audit_page(request: Request, ctx: Ctx, who: Reader, user: str | None = None,
               before: int | None = None) -> Response:  # fmt: skip
    """The review audit log, newest first."""
    rows = review_job.audit_log(ctx.engine, limit=100, before=before, username=user or None)
    return _render(request, ctx, who, "audit.html", rows=rows, filter_user=user or "")


@router.get("/api-docs")
def api_docs(request: Request, ctx: Ctx, who: Reader) -> Response:
    """The API's routes and parameters, read from its OpenAPI (no CDN-hosted Swagger UI)."""
    return _render(request, ctx, who, "apidocs.html", spec=request.app.openapi())
