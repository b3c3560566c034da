"""`truceline review`: confirm, reject or correct a claim as a named analyst.

Corrections are `--set field=value`; a value is read as JSON when it parses (7, null,
{"value": 7, "qualifier": "at_least"}, ["shelling"]) and as text otherwise (Hama,
2024-11-21, shelling,drone). Events and tallies are rebuilt at once.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from truceline.cli import ledgerdb
from truceline.errors import InputError
from truceline.jobs.review import ACTIONS, FIELDS, review


def register(sub: Any) -> None:
    p = sub.add_parser("review", help="confirm, reject or correct a claim", description=__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument("claim_id", type=int, metavar="CLAIM_ID", help="the claim's id in the ledger")
    p.add_argument("action", choices=ACTIONS)
    p.add_argument("--set", dest="fields", action="append", default=[], metavar="FIELD=VALUE",
                   help=f"a corrected value (repeatable); fields: {', '.join(FIELDS)}")  # fmt: skip
    p.add_argument("--note", help="why (kept in the audit log)")
    p.add_argument("--user", required=True, help="the analyst's username")
    ledgerdb.add_db(p)
    p.set_defaults(func=run)


def parse_fields(pairs: list[str]) -> dict[str, Any]:
    """FIELD=VALUE pairs as a dict; values as JSON when they parse, else as text."""
    out: dict[str, Any] = {}
    for pair in pairs:
        field, sep, raw = pair.partition("=")
        if not sep or not field.strip():
            raise InputError(f"--set takes FIELD=VALUE, got {pair!r}")
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        out[field.strip()] = value
    return out


def run(args: argparse.Namespace) -> int:
    engine = ledgerdb.engine(args)
    try:
        seen = review(engine, args.claim_id, args.action, user=args.user,
                      fields=parse_fields(args.fields) or None, note=args.note)  # fmt: skip
    finally:
        engine.dispose()
    print(json.dumps(seen, ensure_ascii=False, indent=2))
    return 0
