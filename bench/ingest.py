"""Ingest throughput into SQLite, extraction included, and the idempotence of a re-ingest.

usage: python bench/ingest.py [--n 10000] [--seed 7] [--keep DIR]

Generates N seeded JSONL bulletins (2-4 sentences each, like a party's daily report),
ingests them into a fresh SQLite ledger exactly as `truceline ingest FILE` does (read,
extract, store 50 per transaction), rebuilds events and tallies, then ingests the same
file again and checks that no row was added. Prints reports/s. Figures only: speed is
never asserted in tests. The gazetteer is loaded before the clock starts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from truceline.jobs.extractor import extract
from truceline.jobs.ingest import read_paths, store_items
from truceline.jobs.ledger import rebuild
from truceline.model import Document, Envelope
from truceline.store import connect
from truceline.store.schema import metadata

CLAIMANTS = (
    "The Russian Center for Reconciliation in Syria", "The Joint Forces Command",
    "The Syrian Observatory for Human Rights", "The Azerbaijani Ministry of Defence",
    "The OSCE Special Monitoring Mission", "A military spokesman", "The Indian Army",
)  # fmt: skip
PLACES = ("Idlib", "Hama", "Latakia", "Aleppo", "Masyaf", "Donetsk", "Horlivka", "Tovuz",
          "Poonch", "Hodeidah", "Taiz", "Sirte", "Goma")  # fmt: skip
METHODS = ("mortars", "artillery", "rockets", "drones", "small arms")


def bulletin(rng: random.Random, i: int) -> dict[str, str]:
    """One synthetic report: a headline and 2-4 sentences with counts, places and tolls."""
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(366))
    who, place, other = rng.choice(CLAIMANTS), rng.choice(PLACES), rng.choice(PLACES)
    n = rng.randrange(0, 40)
    lines = [
        f"{who} said it registered {n} ceasefire violations in {place} province over the "
        "past 24 hours.",
        f"Militants fired {rng.choice(METHODS)} at {other} on {day:%A}, killing "
        f"{rng.randrange(0, 4)} civilians and injuring {rng.randrange(0, 6)} others.",
    ]
    if rng.random() < 0.5:
        lines.append(f"In {other}, {rng.randrange(1, 9)} settlements came under fire.")
    if rng.random() < 0.3:
        lines.append("No violations were recorded in the rest of the zone.")
    text = f"Bulletin {i}: {place}\n\n" + " ".join(lines)
    return {"id": f"b{i}", "published": (day + dt.timedelta(days=1)).isoformat(), "text": text}


def rows(engine: object) -> dict[str, int]:
    with engine.connect() as conn:  # type: ignore[attr-defined]
        return {t.name: conn.scalar(select(func.count()).select_from(t)) or 0
                for t in metadata.sorted_tables}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="write the JSONL and ledger here")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="truceline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    data, db = work / "reports.jsonl", work / "ledger.sqlite"
    db.unlink(missing_ok=True)
    rng = random.Random(args.seed)
    with data.open("w", encoding="utf-8") as out:
        for i in range(args.n):
            out.write(json.dumps(bulletin(rng, i)) + "\n")
    engine = connect(f"sqlite:///{db}")
    extract(Document("warm-up: the gazetteer loads here, before the clock starts."))

    spent = [0.0]

    def timed(doc: Document) -> Envelope:
        t = time.perf_counter()
        try:
            return extract(doc)
        finally:
            spent[0] += time.perf_counter() - t

    start = time.perf_counter()
    first = store_items(engine, read_paths([str(data)]), extract=timed)
    stored = time.perf_counter() - start
    n_events, n_rows = rebuild(engine)
    total = time.perf_counter() - start
    before = rows(engine)

    again_start = time.perf_counter()
    second = store_items(engine, read_paths([str(data)]))
    if second.new or second.versions:  # as `truceline ingest` does
        rebuild(engine)
    again = time.perf_counter() - again_start
    after = rows(engine)
    growth = {t: after[t] - before[t] for t in after if after[t] != before[t]}

    print(f"reports: {args.n:,} generated JSONL bulletins ({data.stat().st_size / 1e6:.1f} MB)")
    print(f"ingest (read + extract + store): {stored:.1f} s = {args.n / stored:.0f} reports/s")
    rest = stored - spent[0]
    print(
        f"  of which extraction {spent[0]:.1f} s ({args.n / spent[0]:.0f}/s), reading and "
        f"storing {rest:.1f} s ({args.n / rest:.0f}/s)"
    )
    print(
        f"  + events and tallies rebuilt:  {total:.1f} s = {args.n / total:.0f} reports/s end to end"
    )
    print(f"  {first.line()}; {n_events:,} events, {n_rows:,} tally rows")
    print(f"re-ingest: {again:.1f} s, {second.line()}; rows added: {sum(growth.values())}")
    print(f"ledger: {db} ({db.stat().st_size / 1e6:.1f} MB)")
    engine.dispose()
    ok = first.new == args.n and second.new == 0 and not growth
    if not ok:
        print(f"FAILED: expected {args.n} new then 0, got growth {growth}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
