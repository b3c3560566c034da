"""Storing reports: once per text, versions of changed pages, every contract field kept."""

from truceline.model import (
    Claim,
    Count,
    Document,
    Envelope,
    Location,
    Party,
    Period,
    Span,
    claim_to_json,
)  # fmt: skip
from truceline.store import reports
from truceline.store.ledger import records

META = reports.Meta("2024-05-02T10:00:00+00:00", "test-1")
FULL = Claim(
    "violation_tally", (Span(0, 4, "Five"), Span(10, 14, "Hama")), id="c1",
    methods=("shelling", "drone"), count=Count(5, "at_least", "violation"),
    killed=Count(2, "exact", "person"), injured=Count(3, "approximate", "person"),
    period=Period("2024-05-01", "2024-05-02"),
    locations=(Location("Hama", "Hama", "at", "admin1", "SY", "Hama", None, 1, 35.1, 36.7),),
    claimant=Party("Monitors", "the monitors", "monitor"), reported_by=(Party("Agency", None, "media"),),
    perpetrator=Party("Army"), target=Party("Village"), outcome="repelled", part_of=None,
    confidence=0.75,
)  # fmt: skip


def envelope(text, url=None, claims=(FULL,)):
    return Envelope(Document(text, url=url, published="2024-05-02"), claims)


def test_every_claim_field_round_trips(engine):
    reports.save(engine, envelope("Five attacks in Hama"), META)
    (stored,) = records(engine)
    assert claim_to_json(stored.claim) == claim_to_json(FULL)
    assert stored.published == "2024-05-02"


def test_same_text_is_stored_once(engine):
    first = reports.save(engine, envelope("Five attacks", "http://a/1"), META)
    again = reports.save(engine, envelope("Five attacks", "http://b/2"), META)
    assert (first.status, again.status, again.report_id) == ("new", "duplicate", first.report_id)
    assert reports.counts(engine) == {"reports": 1, "claims": 1}


def test_changed_page_is_a_new_version_and_only_the_latest_counts(engine):
    old = reports.save(engine, envelope("Five attacks", "http://a/1"), META)
    new = reports.save(engine, envelope("Six attacks", "http://a/1"), META)
    assert new.status == "version"
    versions = {r.report: r for r in records(engine)}
    assert len(versions) == 1 and reports.counts(engine)["reports"] == 2
    (doc_id,) = versions
    assert doc_id == Document("Six attacks").with_id().id
    assert old.report_id != new.report_id


def test_replacing_claims_keeps_the_report_and_records_the_version(engine):
    saved = reports.save(engine, envelope("Five attacks"), META)
    reports.replace_claims(
        engine, saved.report_id, (FULL, Claim("incident", FULL.evidence, id="c2")), "test-2"
    )
    assert reports.counts(engine) == {"reports": 1, "claims": 2}
    ((_, version, doc),) = reports.documents(engine)
    assert version == "test-2" and doc.text == "Five attacks"
