"""`truceline audit`: the review log, newest first: who confirmed, rejected or corrected
which claim and when, with the extractor's value beside each correction."""

from __future__ import annotations

import argparse
import json
from typing import Any

from truceline.cli import ledgerdb
from truceline.jobs.review import audit_log


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help="print the review audit log", description=__doc__)
    p.add_argument("--claim", type=int, metavar="ID", help="one claim's history")
    p.add_argument("--user", help="one analyst's reviews")
    p.add_argument("--limit", type=int, default=100, help="rows (default %(default)s, max 1000)")
    p.add_argument("--before", type=int, metavar="ROW", help="rows older than this row id")
    p.add_argument("--json", action="store_true", help="JSON Lines, one row per line")
    ledgerdb.add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = ledgerdb.engine(args)
    try:
        rows = audit_log(engine, limit=args.limit, before=args.before, claim_id=args.claim,
                         username=args.user)  # fmt: skip
    finally:
        engine.dispose()
    for row in rows:
        print(json.dumps(row, ensure_ascii=False) if args.json else line(row))
    if not rows and not args.json:
        print("(no reviews for this selection)")
    return 0


def line(row: dict[str, Any]) -> str:
    """One log row as a readable line."""
    what = row["action"]
    if row["field"]:
        was, now = (json.dumps(row[k], ensure_ascii=False) for k in ("extractor_value", "value"))
        what += f" {row['field']}: {was} -> {now}"
    note = f"  ({row['note']})" if row["note"] else ""
    claim = row["claim_id"] if row["claim_id"] is not None else "-"
    return f"#{row['id']}  {row['at']}  {row['username']}  claim {claim} {row['claim_key']}  {what}{note}"
