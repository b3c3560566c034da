"""`truceline reextract`: rerun the current extractor over stored reports."""

from __future__ import annotations

import argparse
from typing import Any

from truceline.cli import ledgerdb
from truceline.jobs.extractor import version
from truceline.jobs.reextract import reextract


def register(sub: Any) -> None:
    p = sub.add_parser("reextract", help="replace stored claims with the current extractor's")
    p.add_argument("--all", action="store_true",
                   help="also reports already extracted by this extractor version")  # fmt: skip
    ledgerdb.add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    redone, kept = reextract(ledgerdb.engine(args), force=args.all)
    print(f"extractor {version()}: {redone} reports re-extracted, {kept} already current")
    return 0
