"""Lean routes for the dashboard's hot reads: GET /api/claims and GET /api/tallies.

For each request FastAPI solves the route's dependencies (the context, the read check, the
filters' pydantic model) and checks its parameters: about 0.5 ms of CPU, a sixth of a page
of claims. These plain Starlette routes sit in front of the documented FastAPI routes and
answer a plain open read by the very functions those call (`filters.filters`,
`api.claim_page`, `api.tally_table`), so the bytes are the same. A request they do not take
goes on to the FastAPI route, which answers it with its own checks and errors: when reading
needs a token, an Authorization header is sent, a parameter is unknown or repeated, or
`limit` is not plain digits. The OpenAPI document describes the FastAPI routes, unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route, get_route_path
from starlette.types import Scope

from truceline.web import api, auth, filters
from truceline.web.app import context

FILTERS = tuple(api.FilterParams.model_fields)
_LIMIT = re.compile(r"0|[1-9][0-9]{0,8}")  # what FastAPI's int parameter reads the same way
_QUERY = "truceline.lean_query"  # the scope key that hands the checked query to the endpoint

Answer = Callable[[Engine, dict[str, str]], Response]


class LeanRoute(Route):
    """A GET route that matches only the requests its endpoint answers exactly as the
    FastAPI route of the same path would; it leaves every other request to that route."""

    def __init__(self, path: str, answer: Answer, params: frozenset[str]) -> None:
        async def endpoint(request: Request) -> Response:
            await auth.reader(request)  # the API's read check, as its dependency (the session)
            query = request.scope[_QUERY]
            return await run_in_threadpool(answer, context(request).engine, query)

        super().__init__(path, endpoint, methods=["GET"], include_in_schema=False)
        self.params = params

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http" or scope["method"] != "GET":
            return Match.NONE, {}
        if get_route_path(scope) != self.path:
            return Match.NONE, {}
        query = _open_read(scope, self.params)
        if query is None:
            return Match.NONE, {}
        return Match.FULL, {"endpoint": self.endpoint, "path_params": {}, _QUERY: query}


def _open_read(scope: Scope, params: frozenset[str]) -> dict[str, str] | None:
    """The query as one value per parameter, or None when the request is not a plain open
    read of known parameters (the FastAPI route then answers)."""
    if scope["app"].state.ctx.settings.read_token:
        return None
    if any(name == b"authorization" for name, _ in scope["headers"]):
        return None
    pairs = QueryParams(scope["query_string"]).multi_items()  # parsed as FastAPI parses it
    query = dict(pairs)
    if len(query) != len(pairs) or not query.keys() <= params:
        return None
    limit = query.get("limit")
    if limit is not None and not _LIMIT.fullmatch(limit):
        return None
    return query


def _filters(query: dict[str, str]) -> filters.Filters:
    """`api.claim_filters` over the raw query: the model's fields, None when absent."""
    return filters.filters({name: query.get(name) for name in FILTERS})


def _claims(engine: Engine, query: dict[str, str]) -> Response:
    f = _filters(query)
    limit = query.get("limit")
    return api.claim_page(engine, f, query.get("sort"), None if limit is None else int(limit),
                          query.get("after"))  # fmt: skip


def _tallies(engine: Engine, query: dict[str, str]) -> Response:
    return api.tally_table(engine, _filters(query), query.get("by", api.DEFAULT_BY))


def routes() -> list[Route]:
    """The lean routes, to put in front of the app's other routes."""
    known = frozenset(FILTERS)
    return [
        LeanRoute("/api/claims", _claims, known | {"sort", "limit", "after"}),
        LeanRoute("/api/tallies", _tallies, known | {"by"}),
    ]
