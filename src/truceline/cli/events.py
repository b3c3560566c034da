"""`truceline events`: events with their status and the claims behind each."""

from __future__ import annotations

import argparse
import json
from typing import Any

from truceline.cli import ledgerdb
from truceline.jobs.ledger import event_list
from truceline.ledger.records import claimant
from truceline.model import claim_to_json

STATUSES = ("single-source", "corroborated", "contested")


def register(sub: Any) -> None:
    p = sub.add_parser("events", help="list events, their status and their claims")
    p.add_argument("--status", choices=STATUSES, action="append", help="only these (repeatable)")
    p.add_argument("--json", action="store_true", help="JSON Lines, one event per line")
    ledgerdb.add_filters(p)
    ledgerdb.add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    found, records = event_list(ledgerdb.engine(args), ledgerdb.filters(args))
    shown = [e for e in found if not args.status or e.status in args.status]
    for e in shown:
        if args.json:
            claims = [{"key": k, "claimant": claimant(records[k]), **claim_to_json(records[k].claim)}
                      for k in e.claims]  # fmt: skip
            print(json.dumps({"id": e.id, "kind": e.kind, "status": e.status, "start": e.start,
                              "end": e.end, "place": e.place, "admin1": e.admin1,
                              "claimants": list(e.claimants), "claims": claims}, ensure_ascii=False))  # fmt: skip
            continue
        when = e.start if e.start == e.end else f"{e.start}..{e.end}"
        print(f"{e.id}  {e.status:<13} {e.kind:<15} {when or '-'}  {e.place or '-'}"
              f" ({e.admin1 or '-'})")  # fmt: skip
        for key in e.claims:
            r = records[key]
            words = " ".join(" | ".join(s.text for s in r.claim.evidence).split())
            count = r.claim.count.value if r.claim.count else "-"
            print(f"    {claimant(r) or '?'}: {count}  “{words[:100]}”")
    if not args.json:
        print(f"{len(shown)} events")
    return 0
