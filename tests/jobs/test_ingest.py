"""Ingesting files: idempotent, versions for edited files, and whole reports after SIGKILL."""

import json
import os
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from truceline.jobs.ingest import read_paths, store_items
from truceline.jobs.ledger import rebuild
from truceline.model import claim_to_json
from truceline.store import reports
from truceline.store.ledger import records, stored_events
from truceline.store.schema import claims as claims_table
from truceline.store.schema import reports as reports_table
from truceline.store.schema import tallies

PLACES = ("Masyaf", "Idlib", "Aleppo", "Latakia", "Hama", "Saraqib")


def report(i):
    place = PLACES[i % len(PLACES)]
    return {"id": f"r{i}", "published": f"2024-05-{1 + i % 28:02d}",
            "text": f"Report {i}\n\nThe reconciliation centre said it registered {i % 17} "
                    f"ceasefire violations in {place} over the past 24 hours, "
                    f"and militants shelled {place} on Tuesday, killing {i % 3} civilians."}  # fmt: skip


def write_jsonl(path, n):
    path.write_text("".join(json.dumps(report(i)) + "\n" for i in range(n)), encoding="utf-8")


def claims_per_report(engine):
    query = (
        select(reports_table.c.text_hash, func.count(claims_table.c.id))
        .outerjoin(claims_table, claims_table.c.report_id == reports_table.c.id)
        .group_by(reports_table.c.text_hash)
    )
    with engine.connect() as conn:
        return dict(conn.execute(query).all())


def snapshot(engine):
    """The ledger's content, independent of row ids and insertion order."""
    claims = sorted(
        json.dumps([r.report, claim_to_json(r.claim)], sort_keys=True) for r in records(engine)
    )
    with engine.connect() as conn:
        # None sorts before any value (a row may lack a zone where another has one)
        rows = sorted(
            (tuple(r[1:]) for r in conn.execute(select(tallies))),
            key=lambda row: [(v is not None, str(v)) for v in row],
        )
        hashes = sorted(conn.scalars(select(reports_table.c.text_hash)))
    return hashes, claims, stored_events(engine), rows


def test_same_files_twice_add_nothing_and_an_edited_file_is_a_version(tmp_path, engine):
    (tmp_path / "a.txt").write_text("Monitors said 4 violations were recorded in Hama on Monday.")
    (tmp_path / "published.json").write_text('{"a": "2024-05-07"}')
    first = store_items(engine, read_paths([str(tmp_path)]))
    again = store_items(engine, read_paths([str(tmp_path)]))
    assert (first.new, again.new, again.duplicates) == (1, 0, 1)
    (tmp_path / "a.txt").write_text("Monitors said 5 violations were recorded in Hama on Monday.")
    edited = store_items(engine, read_paths([str(tmp_path)]))
    assert edited.versions == 1
    (rec,) = {r.report: r for r in records(engine)}.values()
    assert rec.claim.count.value == 5 and rec.published == "2024-05-07"


def test_bad_lines_are_logged_and_the_run_goes_on(tmp_path, engine, caplog):
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"text": "Two shellings hit Idlib on Monday."}\nnot json\n{"title": "no text"}\n'
    )
    summary = store_items(engine, read_paths([str(path)]))
    assert (summary.new, summary.failed) == (1, 2)
    assert "not JSON" in caplog.text and "needs a" in caplog.text


INGEST = """
import argparse, sys
from truceline.cli import ingest
parser = argparse.ArgumentParser()
ingest.register(parser.add_subparsers())
args = parser.parse_args(sys.argv[1:])
sys.exit(args.func(args))
"""


def test_sigkill_mid_batch_leaves_whole_reports_and_a_rerun_completes(tmp_path, db_url, open_db):
    n = 300
    data = tmp_path / "batch.jsonl"
    write_jsonl(data, n)
    proc = subprocess.Popen([sys.executable, "-c", INGEST, "ingest", str(data), "--db", db_url],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    engine = open_db(db_url)
    deadline = time.monotonic() + 60
    while reports.counts(engine)["reports"] < 20 and proc.poll() is None:
        assert time.monotonic() < deadline, "ingest never got going"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = reports.counts(engine)["reports"]
    assert 0 < stored < n, f"the kill came too late to be mid-batch ({stored} stored)"
    engine = open_db(db_url)  # a new engine: the killed writer's connections are gone
    at_kill = claims_per_report(engine)
    reference = open_db(f"sqlite:///{tmp_path / 'reference.sqlite'}")
    store_items(reference, read_paths([str(data)]))
    rebuild(reference)
    complete = claims_per_report(reference)
    assert {h: complete[h] for h in at_kill} == at_kill, "a report was stored without its claims"

    store_items(engine, read_paths([str(data)]))
    rebuild(engine)
    assert snapshot(engine) == snapshot(reference)
    assert reports.counts(engine) == reports.counts(reference)
