"""Access, CSRF, headers and escaping: what keeps the dashboard safe to open and to use."""

from __future__ import annotations

import re

import pytest

from truceline.store import accounts


@pytest.fixture
def analyst(client):
    engine = client.app.state.ctx.engine
    accounts.add_user(engine, "ana", "correct horse battery", "analyst")
    return accounts.new_token(engine, "ana", "tests")


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def sign_in(client, password="correct horse battery"):
    token = csrf_of(client.get("/signin").text)
    return client.post("/signin", data={"username": "ana", "password": password,
                                        "csrf": token, "next": "/claims"},
                       follow_redirects=False)  # fmt: skip


def hostile_report(client):
    reports = client.get("/api/reports").json()["items"]
    full = (client.get(f"/api/reports/{r['id']}").json() for r in reports)
    return next(r for r in full if "<script>" in r["text"])


def test_script_in_a_report_shows_as_text_everywhere(client):
    report = hostile_report(client)
    page = client.get(f"/reports/{report['id']}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    claim = report["claims"][0]
    assert "<mark" in page  # the evidence is still marked around the escaped text
    for path in (f"/claims/{claim['id']}", "/reports", "/claims"):
        assert "<script>alert" not in client.get(path).text


def test_headers_on_every_response(client):
    for path in ("/", "/api/claims", "/static/app.css"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "'unsafe-inline'" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"]


def test_no_inline_scripts_or_styles_in_pages(client):
    for path in ("/", "/claims", "/timeline", "/signin", "/sources"):
        page = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)", page), path
        assert "style=" not in page and "<style" not in page, path


def test_tile_host_joins_img_src_when_configured(settings):
    from dataclasses import replace

    from truceline.web.security import policy

    assert "img-src 'self' data:;" in policy(None)
    tiled = replace(settings, tile_url="https://{s}.tile.example.org/{z}/{x}/{y}.png")
    assert "https://*.tile.example.org" in policy(tiled.tile_url)


def test_writing_needs_a_token_or_session(client, analyst):
    claim = client.get("/api/claims", params={"limit": 1}).json()["items"][0]
    url = f"/api/claims/{claim['id']}/review"
    assert client.post(url, json={"action": "confirm"}).status_code == 401
    bad = client.post(url, json={"action": "confirm"}, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
    ok = client.post(url, json={"action": "confirm", "note": "checked the bulletin"},
                     headers={"Authorization": f"Bearer {analyst}"})  # fmt: skip
    assert ok.status_code == 200 and ok.json()["review_status"] == "confirmed"
    assert ok.json()["reviews"][0]["username"] == "ana"
    wrong = client.post(
        url, json={"action": "maybe"}, headers={"Authorization": f"Bearer {analyst}"}
    )
    assert wrong.status_code == 400 and "action" in wrong.json()["error"]


def tally_of(client, claim):
    rows = client.get("/api/tallies", params={"by": "day,admin1,claimant", "start": claim["end"],
                                              "end": claim["end"]}).json()["items"]  # fmt: skip
    return next(
        r for r in rows if (r["admin1"], r["claimant"]) == (claim["admin1"], claim["claimant"])
    )


def test_a_correction_through_the_api_changes_the_tally(client, analyst):
    claims = client.get("/api/claims", params={"kind": "violation_tally", "limit": 1000}).json()
    target = next(c for c in claims["items"] if c["unit"] == "violation" and c["count"]
                  and c["admin1"] and c["start"] == c["end"] and not c["part_of"])  # fmt: skip
    before = tally_of(client, target)["violations"]
    response = client.post(f"/api/claims/{target['id']}/review",
                           json={"action": "correct", "fields": {"count": target["count"] + 100}},
                           headers={"Authorization": f"Bearer {analyst}"})  # fmt: skip
    assert response.status_code == 200, response.text
    assert response.json()["count"] == target["count"] + 100
    after = tally_of(client, target)["violations"]
    assert after != before and after >= target["count"] + 100


def test_csrf_is_checked_on_every_form(client, analyst):
    no_token = client.post("/signin", data={"username": "ana", "password": "correct horse battery"},
                           follow_redirects=False)  # fmt: skip
    assert no_token.status_code == 403
    assert sign_in(client, "wrong password!").status_code == 401
    assert sign_in(client).status_code == 303
    claim = client.get("/api/claims", params={"limit": 1}).json()["items"][0]
    forged = client.post(f"/claims/{claim['id']}/review", data={"action": "reject", "csrf": "x"},
                         follow_redirects=False)  # fmt: skip
    assert forged.status_code == 403
    page = client.get(f"/claims/{claim['id']}").text
    done = client.post(f"/claims/{claim['id']}/review",
                       data={"action": "reject", "csrf": csrf_of(page), "note": "duplicate"},
                       follow_redirects=False)  # fmt: skip
    assert done.status_code == 303
    assert client.get(f"/api/claims/{claim['id']}").json()["review_status"] == "rejected"
    assert "duplicate" in client.get("/audit").text
    signout = client.post("/signout", data={"csrf": csrf_of(page)}, follow_redirects=False)
    assert signout.status_code == 303
    assert "Sign in" in client.get("/").text and 'name="set_count"' not in client.get(
        f"/claims/{claim['id']}").text  # fmt: skip


def test_a_form_review_without_a_session_goes_to_sign_in(client):
    claim = client.get("/api/claims", params={"limit": 1}).json()["items"][0]
    response = client.post(f"/claims/{claim['id']}/review", data={"action": "confirm"},
                           follow_redirects=False)  # fmt: skip
    assert response.status_code == 303 and response.headers["location"].startswith("/signin")


def test_sign_in_never_redirects_off_site(client, analyst):
    token = csrf_of(client.get("/signin").text)
    response = client.post("/signin", data={"username": "ana", "password": "correct horse battery",
                                            "csrf": token, "next": "//evil.example/"},
                           follow_redirects=False)  # fmt: skip
    assert response.headers["location"] == "/"


def test_reading_can_require_a_token(settings, analyst, client):
    from dataclasses import replace

    from starlette.testclient import TestClient

    from truceline.web import create_app

    app = create_app(replace(settings, read_token=True), engine=client.app.state.ctx.engine)
    with TestClient(app) as closed:
        assert closed.get("/api/claims").status_code == 401
        assert closed.get("/claims", follow_redirects=False).status_code == 303
        ok = closed.get("/api/claims", headers={"Authorization": f"Bearer {analyst}"})
        assert ok.status_code == 200
        assert closed.get("/signin").status_code == 200


def test_report_urls_link_only_when_they_are_web_addresses(client):
    from sqlalchemy import update

    from truceline.store.schema import reports

    engine = client.app.state.ctx.engine
    ids = [r["id"] for r in client.get("/api/reports").json()["items"][:2]]
    with engine.begin() as conn:
        conn.execute(
            update(reports).where(reports.c.id == ids[0]).values(url="javascript:alert(1)")
        )
        conn.execute(update(reports).where(reports.c.id == ids[1])
                     .values(url="https://news.example/a?b=1&c=<x>"))  # fmt: skip
    hostile = client.get(f"/reports/{ids[0]}").text
    assert 'href="javascript:' not in hostile and "javascript:alert(1)" in hostile
    page = client.get(f"/reports/{ids[1]}").text
    assert (
        'href="https://news.example/a?b=1&amp;c=&lt;x&gt;" rel="noopener noreferrer nofollow"'
        in page
    )
