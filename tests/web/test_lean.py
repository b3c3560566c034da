"""web.lean: the lean routes answer plain open reads of /api/claims and /api/tallies with
exactly the FastAPI routes' responses, and leave every other request to those routes."""

from __future__ import annotations

import pytest
from starlette.routing import Match

from truceline.web import lean

# An Authorization header that is no Bearer token: reading stays open, and the request goes
# to the FastAPI route (the lean route declines any Authorization header).
TO_FASTAPI = {"Authorization": "Basic eDp4"}

CLAIMS = [
    {}, {"limit": "5"}, {"limit": "3", "sort": "id"}, {"sort": "-killed", "limit": "7"},
    {"start": "2020-01-01", "end": "2025-12-31", "kind": "incident,violation_tally"},
    {"claimant": "army", "limit": "50"}, {"admin1": "Hodeidah"}, {"country": "ua"},
    {"method": "shelling"}, {"status": "unreviewed"}, {"zone": "", "admin1": ""},
    {"start": "2020-02-30"}, {"sort": "colour"}, {"limit": "0"}, {"limit": "5000"},
    {"status": "maybe"}, {"after": "not-a-cursor"}, {"start": "2025-01-02", "end": "2025-01-01"},
]  # fmt: skip
TALLIES = [
    {}, {"by": "day"}, {"by": "admin1"}, {"by": "day,claimant", "admin1": "Hodeidah"},
    {"by": "settlement,claimant"}, {"by": "zone"}, {"by": "admin1", "start": "2020-01-01"},
    {"claimant": "joint", "by": "day,admin1,claimant"}, {"by": "colour"}, {"by": ""},
    {"start": "nope"}, {"kind": "incident", "status": "confirmed"},
]  # fmt: skip


def _same(client, path, query):
    fast = client.get(path, params=query)
    full = client.get(path, params=query, headers=TO_FASTAPI)
    assert (fast.status_code, fast.content) == (full.status_code, full.content), query
    assert fast.headers.items() == full.headers.items(), query
    return fast


@pytest.mark.parametrize("query", CLAIMS)
def test_claims_answer_as_the_fastapi_route(client, query):
    _same(client, "/api/claims", query)


def test_claim_pages_follow_the_same_cursors(client):
    first = _same(client, "/api/claims", {"limit": "4", "sort": "-count"}).json()
    assert first["next"]
    _same(client, "/api/claims", {"limit": "4", "sort": "-count", "after": first["next"]})


@pytest.mark.parametrize("query", TALLIES)
def test_tallies_answer_as_the_fastapi_route(client, query):
    _same(client, "/api/tallies", query)


def _scope(client, path, query=b"", headers=()):
    return {"type": "http", "method": "GET", "path": path, "root_path": "", "query_string": query,
            "headers": list(headers), "app": client.app}  # fmt: skip


def test_plain_reads_go_the_lean_way_and_the_rest_to_fastapi(client):
    claims_route, tallies_route = client.app.router.routes[:2]
    assert isinstance(claims_route, lean.LeanRoute) and claims_route.path == "/api/claims"
    taken = [b"", b"limit=5&sort=-id", b"admin1=&kind=incident&after=x", b"limit=0"]
    for query in taken:
        assert claims_route.matches(_scope(client, "/api/claims", query))[0] is Match.FULL
    assert tallies_route.matches(_scope(client, "/api/tallies", b"by=admin1"))[0] is Match.FULL
    left = [
        _scope(client, "/api/claims", b"limit=abc"),
        _scope(client, "/api/claims", b"limit="),
        _scope(client, "/api/claims", b"limit=+5"),
        _scope(client, "/api/claims", b"colour=red"),
        _scope(client, "/api/claims", b"admin1=a&admin1=b"),
        _scope(client, "/api/claims", headers=[(b"authorization", b"Bearer x")]),
        _scope(client, "/api/claims.csv"),
        _scope(client, "/api/tallies", b"limit=5"),
        {**_scope(client, "/api/claims"), "method": "HEAD"},
    ]
    for scope in left:
        assert claims_route.matches(scope)[0] is Match.NONE, scope
        assert tallies_route.matches(scope)[0] is Match.NONE, scope


def test_what_the_lean_routes_decline_fastapi_answers(client):
    bad = client.get("/api/claims", params={"limit": "abc"})
    assert bad.status_code == 422  # FastAPI's own check of an int parameter
    repeated = client.get("/api/claims?admin1=Nowhere&admin1=Hodeidah&limit=1000")
    assert repeated.status_code == 200
    assert client.get("/api/claims", params={"colour": "red"}).status_code == 200
    bearer = client.get("/api/claims", headers={"Authorization": "Bearer unknown"})
    assert bearer.status_code == 401  # an unknown token is refused even when reading is open
