"""Analyst review: corrections reach tallies and exports, rejects leave them, the audit log
keeps the extractor's value beside the correction, and reviews outlive re-extraction."""

import io
import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from truceline.errors import InputError
from truceline.export import FORMATS
from truceline.jobs import extractor
from truceline.jobs.ledger import event_list
from truceline.jobs.reextract import reextract
from truceline.jobs.review import audit_log, review
from truceline.model import Count
from truceline.store import accounts
from truceline.store.schema import claims, event_claims, province_tallies, tallies

WHO = "military's media wing"  # its claim: 5 killed on 2019-10-20 in Jura


@pytest.fixture
def ledger(sample_ledger, open_db):
    engine = open_db(sample_ledger)
    accounts.add_user(engine, "amira", "long enough")
    return engine


def _claim_id(engine, claimant=WHO):
    with engine.connect() as conn:
        return conn.scalar(select(claims.c.id).where(claims.c.claimant_name == claimant))


def _key(engine, cid):
    return audit_log(engine, claim_id=cid)[0]["claim_key"]


def _killed(engine, day="2019-10-20", claimant=WHO):
    """The claimant's killed on the day, from tallies; province_tallies (summed over the
    claimant's places that day: one place here) must say the same after every review."""
    with engine.connect() as conn:
        fine = conn.execute(
            select(tallies.c.killed).where(tallies.c.day == day, tallies.c.claimant == claimant)
        ).scalar_one_or_none()
        rolled = conn.execute(
            select(province_tallies.c.killed).where(
                province_tallies.c.day == day, province_tallies.c.claimant == claimant
            )
        ).scalar_one_or_none()
    assert rolled == fine
    return fine


def _exported(engine):
    found, records = event_list(engine)
    out = io.BytesIO()
    FORMATS["jsonl"](list(records.values()), found, out)
    return [json.loads(line) for line in out.getvalue().decode().splitlines()]


def _export_for(engine, key):
    return [r for r in _exported(engine) if f"{r['report']}#{r['id']}" == key]


def test_a_correction_changes_the_tally_the_export_and_the_row(ledger):
    cid = _claim_id(ledger)
    assert _killed(ledger) == 5
    seen = review(ledger, cid, "correct", user="amira",
                  fields={"killed": 7, "admin1": "Neelum"}, note="the text says seven")  # fmt: skip
    assert seen["review_status"] == "corrected"
    assert seen["claim"]["killed"] == {"value": 7, "qualifier": "exact", "unit": "person"}
    assert _killed(ledger) == 7
    with ledger.connect() as conn:
        row = conn.execute(
            select(tallies.c.killed, tallies.c.admin1).where(tallies.c.claimant == WHO)
        ).one()
        stored = conn.execute(select(claims).where(claims.c.id == cid)).one()
    assert tuple(row) == (7, "Neelum")
    assert (stored.killed_value, stored.admin1, stored.review_status) == (7, "Neelum", "corrected")
    assert stored.corrections == {"killed": {"value": 7, "qualifier": "exact"}, "admin1": "Neelum"}
    [exported] = _export_for(ledger, seen["key"])
    assert exported["killed"]["value"] == 7
    assert exported["locations"][0]["admin1"] == "Neelum"


def test_the_audit_keeps_the_extractors_value_the_correction_who_and_when(ledger):
    cid = _claim_id(ledger)
    review(ledger, cid, "correct", user="amira", fields={"killed": 7})
    review(ledger, cid, "correct", user="amira",
           fields={"killed": {"value": 8, "qualifier": "at_least"}})  # fmt: skip
    review(ledger, cid, "confirm", user="amira", note="checked")
    log = audit_log(ledger, claim_id=cid)
    assert [(e["action"], e["field"]) for e in log] == [
        ("confirm", None), ("correct", "killed"), ("correct", "killed")]  # fmt: skip
    first, second = log[2], log[1]
    extracted = {"value": 5, "qualifier": "exact"}
    assert (first["extractor_value"], first["value"]) == (
        extracted,
        {"value": 7, "qualifier": "exact"},
    )
    # a second correction still records what the extractor said, not the first correction
    assert second["extractor_value"] == extracted
    assert second["value"] == {"value": 8, "qualifier": "at_least"}
    assert all(e["username"] == "amira" and e["at"].endswith("+00:00") for e in log)
    assert log[0]["note"] == "checked"
    with ledger.connect() as conn:
        status = conn.scalar(select(claims.c.review_status).where(claims.c.id == cid))
    assert status == "confirmed" and _killed(ledger) == 8  # confirming keeps the correction
    assert [e["id"] for e in audit_log(ledger, before=log[0]["id"], limit=1)] == [log[1]["id"]]
    assert audit_log(ledger, username="nobody") == []


def test_a_rejected_claim_leaves_tallies_and_events_but_stays_listed(ledger):
    cid = _claim_id(ledger)
    with ledger.connect() as conn:
        linked = conn.scalar(select(event_claims.c.event_id).where(event_claims.c.claim_id == cid))
    assert linked is not None
    review(ledger, cid, "reject", user="amira", note="a quote of another claim")
    assert _killed(ledger) is None
    assert _export_for(ledger, f"{_key(ledger, cid)}") == []
    with ledger.connect() as conn:
        assert (
            conn.scalar(select(event_claims.c.event_id).where(event_claims.c.claim_id == cid))
            is None
        )
        assert conn.scalar(select(claims.c.review_status).where(claims.c.id == cid)) == "rejected"
    review(ledger, cid, "confirm", user="amira")  # a change of mind brings it back
    assert _killed(ledger) == 5


@pytest.mark.parametrize(("action", "fields", "message"), [
    ("approve", None, "action must be one of"),
    ("confirm", {"killed": 1}, "only 'correct' takes fields"),
    ("correct", None, "needs at least one field"),
    ("correct", {"evidence": "x"}, "unknown field 'evidence'"),
    ("correct", {"killed": -1}, "whole number >= 0"),
    ("correct", {"killed": "five"}, "killed takes a whole number"),
    ("correct", {"killed": {"value": 1, "qualifier": "roughly"}}, "qualifier must be one of"),
    ("correct", {"injured": {"value": 1, "unit": "person"}}, "unknown keys: unit"),
    ("correct", {"period_start": "2019-02-30"}, "must be a date YYYY-MM-DD"),
    ("correct", {"period_start": "2019-10-21"}, "is after period_end"),
    ("correct", {"kind": "battle"}, "kind must be one of"),
    ("correct", {"outcome": "won"}, "outcome must be one of"),
    ("correct", {"methods": ["shelling", "catapult"]}, "unknown methods"),
    ("correct", {"place": " "}, "place must be a name"),
])  # fmt: skip
def test_bad_reviews_are_refused_and_change_nothing(ledger, action, fields, message):
    cid = _claim_id(ledger)
    with pytest.raises(InputError, match=message):
        review(ledger, cid, action, user="amira", fields=fields)
    assert audit_log(ledger) == []
    assert _killed(ledger) == 5


def test_unknown_claims_and_users_are_refused(ledger):
    with pytest.raises(InputError, match="no claim with id 999999"):
        review(ledger, 999999, "confirm", user="amira")
    with pytest.raises(InputError, match="no enabled user 'bo'"):
        review(ledger, _claim_id(ledger), "confirm", user="bo")
    accounts.set_disabled(ledger, "amira")
    with pytest.raises(InputError, match="no enabled user"):
        review(ledger, _claim_id(ledger), "confirm", user=accounts.User(1, "amira", "analyst"))


def test_methods_periods_and_outcome_are_corrected(ledger):
    cid = _claim_id(ledger)
    seen = review(ledger, cid, "correct", user="amira", fields={
        "methods": "shelling,mortar,shelling", "period_start": "2019-10-19",
        "period_end": "2019-10-19", "outcome": None, "kind": "incident"})  # fmt: skip
    assert seen["claim"]["methods"] == ["shelling", "mortar"]
    assert seen["claim"]["period"] == {"start": "2019-10-19", "end": "2019-10-19"}
    assert _killed(ledger) is None and _killed(ledger, day="2019-10-19") == 5


def test_reviews_survive_reextraction_and_gone_claims_are_logged(ledger):
    cid = _claim_id(ledger)
    review(ledger, cid, "correct", user="amira", fields={"killed": 7})
    reject = _claim_id(ledger, "Inter-Services Public Relations (ISPR)")
    review(ledger, reject, "reject", user="amira")
    reextract(ledger, force=True)
    cid = _claim_id(ledger)
    with ledger.connect() as conn:
        row = conn.execute(select(claims).where(claims.c.id == cid)).one()
        gone = conn.execute(select(claims.c.review_status).where(
            claims.c.claimant_name == "Inter-Services Public Relations (ISPR)")).scalar_one()  # fmt: skip
    assert (row.killed_value, row.review_status) == (7, "corrected") and gone == "rejected"
    assert _killed(ledger) == 7
    assert audit_log(ledger, claim_id=cid)[0]["claim_id"] == cid  # log rows follow the new row

    def fewer(doc):  # a new extractor that no longer finds one claim and reads 6 killed
        env = extractor.extract(doc)
        kept = tuple(
            replace(c, killed=Count(6, "exact", "person"))
            if c.killed and c.killed.value == 5
            else c
            for c in env.claims
            if not (c.claimant and c.claimant.name.startswith("Inter-Services"))
        )
        return replace(env, claims=kept)

    reextract(ledger, force=True, extract=fewer)
    assert _killed(ledger) == 7  # the correction still stands over the new value
    log = audit_log(ledger)
    assert ("dropped", None) in [(e["action"], e["field"]) for e in log]
    changed = [e for e in log if e["action"] == "reextract"]
    assert [(e["field"], e["extractor_value"], e["value"]) for e in changed] == [
        ("killed", {"value": 6, "qualifier": "exact"}, {"value": 7, "qualifier": "exact"})]  # fmt: skip
    review(ledger, _claim_id(ledger), "correct", user="amira", fields={"killed": 9})
    assert audit_log(ledger, limit=1)[0]["extractor_value"] == {"value": 6, "qualifier": "exact"}
    reextract(ledger, force=True, extract=fewer)  # a second run logs the gone claim only once
    assert sum(e["action"] == "dropped" for e in audit_log(ledger)) == 1


def test_review_and_reextraction_on_both_backends(engine):
    from truceline.jobs.ingest import read_paths, store_items
    from truceline.jobs.ledger import rebuild

    store_items(engine, read_paths(["examples/reports"]))
    rebuild(engine)
    accounts.add_user(engine, "amira", "long enough")
    cid = _claim_id(engine)
    review(engine, cid, "correct", user="amira", fields={"killed": 7, "methods": ["drone"]})
    review(
        engine, _claim_id(engine, "Inter-Services Public Relations (ISPR)"), "reject", user="amira"
    )
    reextract(engine, force=True)
    with engine.connect() as conn:
        row = conn.execute(select(claims).where(claims.c.claimant_name == WHO)).one()
        statuses = set(conn.scalars(select(claims.c.review_status)))
    assert (row.killed_value, row.methods, row.review_status) == (7, ["drone"], "corrected")
    assert statuses == {"unreviewed", "corrected", "rejected"}
    assert _killed(engine) == 7
    assert [e["action"] for e in audit_log(engine, claim_id=row.id)] == ["correct", "correct"]
