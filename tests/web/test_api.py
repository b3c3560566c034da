"""The JSON API over a real ledger: lists, filters, keyset paging, downloads, reports."""

from __future__ import annotations

import csv
import io


def all_claims(client, **params):
    items, after = [], None
    while True:
        query = {**params, "limit": 3, **({"after": after} if after else {})}
        page = client.get("/api/claims", params=query).json()
        items += page["items"]
        after = page["next"]
        if after is None:
            return items


def test_claims_list_is_newest_first_and_pages_without_gaps(client):
    whole = client.get("/api/claims", params={"limit": 1000}).json()
    assert whole["next"] is None and len(whole["items"]) > 10
    paged = all_claims(client)
    assert [c["id"] for c in paged] == [c["id"] for c in whole["items"]]
    assert len({c["id"] for c in paged}) == len(paged)
    first = whole["items"][0]
    assert {"id", "key", "kind", "claimant", "country", "review_status", "evidence"} <= set(first)


def test_sort_ascending_by_id_and_cursor_tied_to_its_sort(client):
    page = client.get("/api/claims", params={"sort": "id", "limit": 2}).json()
    ids = [c["id"] for c in page["items"]]
    assert ids == sorted(ids)
    wrong = client.get("/api/claims", params={"sort": "-id", "after": page["next"]})
    assert wrong.status_code == 400 and "sort=id" in wrong.json()["error"]


def test_filters_narrow_the_list(client):
    every = client.get("/api/claims", params={"limit": 1000}).json()["items"]
    province = next(c["admin1"] for c in every if c["admin1"])
    only = client.get("/api/claims", params={"admin1": province, "limit": 1000}).json()["items"]
    assert only and all(c["admin1"] == province for c in only) and len(only) < len(every)
    country = next(c["country"] for c in every if c["country"])
    same = all_claims(client, country=country)
    assert same and all(c["country"] == country for c in same)
    assert len(same) == sum(1 for c in every if c["country"] == country)
    kinds = client.get("/api/claims", params={"kind": "incident", "limit": 1000}).json()["items"]
    assert all(c["kind"] == "incident" for c in kinds)
    dated = client.get("/api/claims", params={"start": "2025-01-01", "limit": 1000}).json()
    assert dated["items"] and all((c["end"] or "") >= "2025-01-01" for c in dated["items"])
    status = client.get("/api/claims", params={"status": "unreviewed", "limit": 1000}).json()
    assert len(status["items"]) == len(every)


def test_bad_filters_are_clear_400s(client):
    for params, word in (({"start": "yesterday"}, "start"), ({"limit": 5000}, "limit"),
                         ({"country": "Syria"}, "country"), ({"status": "maybe"}, "status"),
                         ({"after": "not-a-cursor"}, "cursor"), ({"sort": "colour"}, "sort")):  # fmt: skip
        response = client.get("/api/claims", params=params)
        assert response.status_code == 400, params
        assert word in response.json()["error"]


def test_one_claim_and_a_missing_one(client):
    first = client.get("/api/claims", params={"limit": 1}).json()["items"][0]
    one = client.get(f"/api/claims/{first['id']}").json()
    assert one["key"] == first["key"] and one["reviews"] == []
    assert client.get("/api/claims/999999").status_code == 404


def test_csv_download_has_every_row_and_neutralises_formulas(client):
    every = client.get("/api/claims", params={"limit": 1000}).json()["items"]
    response = client.get("/api/claims.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == len(every)
    assert all(v == "" or not v.startswith(("=", "+", "@")) for r in rows for v in r.values())


def test_geojson_of_claims_and_events(client):
    claims = client.get("/api/claims.geojson").json()
    assert claims["type"] == "FeatureCollection" and claims["features"]
    located = [f for f in claims["features"] if f["geometry"]]
    assert located and all(len(f["geometry"]["coordinates"]) == 2 for f in located)
    events = client.get("/api/events.geojson").json()
    assert events["features"] and all("figures" in f["properties"] for f in events["features"])


def test_events_list_filter_and_detail(client):
    events = client.get("/api/events", params={"limit": 1000}).json()["items"]
    assert events
    one = client.get(f"/api/events/{events[0]['id']}").json()
    assert one["claims"] and {c["id"] for c in one["claims"]} == set(one["claim_ids"])
    status = events[0]["status"]
    same = client.get("/api/events", params={"status": status, "limit": 1000}).json()["items"]
    assert same and all(e["status"] == status for e in same)
    assert client.get("/api/events/nope").status_code == 404
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv").text)))
    assert len(rows) == len(events)


def test_tallies_keep_reported_zero_apart_from_no_report(client):
    rows = client.get("/api/tallies", params={"by": "day,admin1,claimant"}).json()["items"]
    assert rows and all(
        {"day", "admin1", "claimant", "violations", "reports"} <= set(r) for r in rows
    )
    assert any(r["violations"] is None for r in rows)  # a casualty-only row reports no violations
    coarse = client.get("/api/tallies", params={"by": "day"}).json()["items"]
    days = {r["day"] for r in rows}
    assert {r["day"] for r in coarse} == days
    assert client.get("/api/tallies", params={"by": "colour"}).status_code == 400
    text = client.get("/api/tallies.csv", params={"by": "day"}).text
    assert text.splitlines()[0].startswith("day,violations")


def test_report_text_and_spans_slice_the_evidence(client):
    reports = client.get("/api/reports").json()["items"]
    assert len(reports) == 13
    with_claims = next(r for r in reports if r["claims"])
    report = client.get(f"/api/reports/{with_claims['id']}").json()
    for claim in report["claims"]:
        for start, end in claim["spans"]:
            assert report["text"][start:end].split()[0] in claim["evidence"]


def test_sources_and_openapi(client):
    assert client.get("/api/sources").json() == {"items": []}
    spec = client.get("/openapi.json").json()
    for path in ("/api/claims", "/api/claims.csv", "/api/claims.geojson", "/api/claims/{claim_id}",
                 "/api/events", "/api/events/{event_id}", "/api/tallies", "/api/reports",
                 "/api/reports/{report_id}", "/api/sources", "/api/claims/{claim_id}/review"):  # fmt: skip
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 404  # no CDN-hosted Swagger UI
    assert "/api/claims" in client.get("/api-docs").text


def test_a_date_range_pages_through_claims_with_and_without_a_period(client):
    whole = client.get("/api/claims", params={"limit": 1000}).json()["items"]
    ranged = all_claims(client, start="1990-01-01", end="2030-12-31")
    assert any(c["end"] is None for c in whole)  # the hostile report has no date at all
    assert [c["id"] for c in ranged] == [c["id"] for c in whole if c["end"]]
    day = next(c["end"] for c in whole if c["end"])
    one_day = all_claims(client, start=day, end=day)
    assert one_day and all(c["end"] == day for c in one_day)
