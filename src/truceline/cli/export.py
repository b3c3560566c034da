"""`truceline export FORMAT`: the ledger as ACLED-style CSV, GeoJSON, JSON Lines or Parquet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from truceline.cli import ledgerdb
from truceline.errors import InputError
from truceline.export import FORMATS
from truceline.jobs.ledger import event_list


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="write claims and events as CSV, GeoJSON, JSONL, Parquet")
    p.add_argument("format", choices=sorted(FORMATS))
    p.add_argument(
        "--out", metavar="FILE", help="write here (default stdout; Parquet needs a file)"
    )
    ledgerdb.add_filters(p)
    ledgerdb.add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.out:
        raise InputError("parquet export needs --out FILE")
    found, records = event_list(ledgerdb.engine(args), ledgerdb.filters(args))
    writer = FORMATS[args.format]
    if args.out:
        try:
            with Path(args.out).open("wb") as out:
                n = writer(list(records.values()), found, out)
        except OSError as exc:
            raise InputError(f"cannot write {args.out}: {exc.strerror or exc}") from None
        print(f"{n} rows written to {args.out}", file=sys.stderr)
    else:
        writer(list(records.values()), found, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    return 0
