"""The dashboard in headless Chromium (Debian's `chromium`, driven by Playwright; never a
downloaded browser) against a real uvicorn server on loopback. Each test saves a screenshot
of its page under build/screenshots/."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from truceline.settings import Settings
from truceline.store import accounts

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def chromium_path() -> str | None:
    return shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it with apt)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=["--no-sandbox"])
        yield b
        b.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(settings: Settings) -> Iterator[str]:
    """`truceline serve`'s app under uvicorn in a thread; its base URL."""
    import uvicorn

    from truceline.web import create_app

    app = create_app(settings)
    accounts.add_user(app.state.ctx.engine, "ana", "correct horse battery")
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:  # startup, not a timing assertion
        if not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join()
    app.state.ctx.engine.dispose()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    yield pg
    context.close()
    assert not errors, errors  # a CSP violation or a script error shows up here


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_map_shows_the_sample_events_and_two_clicks_reach_the_sentences(page):
    page.goto("/")
    page.wait_for_selector("#map[data-ready]")
    markers = page.locator("path.event-marker")
    count = int(page.get_attribute("#map", "data-ready"))
    assert count >= 10 and markers.count() == count
    assert page.locator("#legend").inner_text().count("\n") >= 2
    assert page.locator("#tallies tbody tr a[href^='/timeline']").count() >= 5
    shot(page, "map")
    markers.first.click(force=True)
    page.locator(".leaflet-popup a.event-link").click()
    page.wait_for_url(re.compile(r"/events/"))
    assert page.locator("mark.evidence.focus").count() >= 1
    shot(page, "event")


def test_map_coloured_by_claimant_has_a_claimant_legend(page):
    page.goto("/?colour=claimant")
    page.wait_for_selector("#map[data-ready]")
    assert "corroborated" not in page.locator("#legend").inner_text()


def test_a_filter_changes_the_table(page):
    page.goto("/claims")
    before = page.locator("#claims tbody tr").count()
    province = page.locator("select[name=admin1] option").nth(1).inner_text()
    page.select_option("select[name=admin1]", province)
    page.click("form#filters button[type=submit]")
    page.wait_for_url(re.compile(r"admin1="))
    rows = page.locator("#claims tbody tr")
    assert 0 < rows.count() < before
    provinces = set(page.locator("#claims tbody tr td:nth-child(8)").all_inner_texts())
    assert provinces == {province}
    assert "admin1=" in page.get_attribute("#csv", "href")
    shot(page, "claims")


def test_event_page_highlights_its_evidence(page, server):
    import httpx

    events = httpx.get(f"{server}/api/events", params={"limit": 1000}).json()["items"]
    event = max(events, key=lambda e: len(e["claim_ids"]))
    page.goto(f"/events/{event['id']}")
    marks = page.locator("mark.evidence.focus")
    assert marks.count() >= len(event["claim_ids"]) > 0
    assert marks.first.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert page.locator("#event-claims tbody tr").count() == len(event["claim_ids"])


def test_a_review_changes_the_tally(page, server):
    import httpx

    claims = httpx.get(f"{server}/api/claims", params={"kind": "violation_tally",
                                                        "limit": 1000}).json()["items"]  # fmt: skip
    target = next(c for c in claims if c["unit"] == "violation" and c["count"] and c["admin1"]
                  and c["start"] == c["end"] and not c["part_of"])  # fmt: skip
    timeline = f"/timeline?admin1={target['admin1']}&start={target['end']}&end={target['end']}"
    page.goto(timeline)
    bar = f'a.bar[data-claimant="{target["claimant"]}"]'
    before = int(page.get_attribute(bar, "data-value"))
    shot(page, "timeline")
    page.goto(f"/signin?next=/claims/{target['id']}")
    page.fill("input[name=username]", "ana")
    page.fill("input[name=password]", "correct horse battery")
    page.click("form#signin button[type=submit]")
    page.wait_for_url(re.compile(rf"/claims/{target['id']}$"))
    page.fill("input[name=set_count]", str(target["count"] + 50))
    page.fill("input[name=note]", "the bulletin's table says more")
    page.click("form#review button[value=correct]")
    page.wait_for_selector("#review-status:text('corrected')")
    assert "the bulletin's table says more" in page.locator("#history").inner_text()
    shot(page, "claim-review")
    page.goto(timeline)
    after = int(page.get_attribute(bar, "data-value"))
    assert after != before and after >= target["count"] + 50
    page.goto("/audit")
    assert "ana" in page.locator("#audit").inner_text()
    shot(page, "audit")


def test_report_and_sources_pages(page, server):
    import httpx

    reports = httpx.get(f"{server}/api/reports").json()["items"]
    hostile = next(r for r in reports if "<script>" in httpx.get(
        f"{server}/api/reports/{r['id']}").json()["text"])  # fmt: skip
    page.goto(f"/reports/{hostile['id']}")
    assert "<script>alert('x')</script>" in page.locator("#report-text").inner_text()
    shot(page, "report")
    page.goto("/sources")
    assert page.locator("#sources").is_visible()
    shot(page, "sources")
