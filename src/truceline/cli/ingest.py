"""`truceline ingest INPUT...`: store reports from files, directories, URLs and feeds."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from truceline.cli import ledgerdb
from truceline.ingest import files
from truceline.jobs.fetch import ingest_urls
from truceline.jobs.ingest import Summary, read_paths, store_items
from truceline.jobs.ledger import rebuild


def register(sub: Any) -> None:
    p = sub.add_parser(
        "ingest",
        help="store reports and their claims in the ledger",
        description="Read .txt/.html/.jsonl files, directories of them (dates from a "
        "published.json beside the reports), and http(s) URLs of pages or RSS/Atom feeds; "
        "extract each report's claims and store both. The same text is stored once; a "
        "changed page at a known URL becomes a new version. Events and tallies are rebuilt.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="file, directory, http(s) URL, or - for JSON Lines on stdin")  # fmt: skip
    p.add_argument("--claimant", help="who speaks when a report names nobody")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="date of reports that have none")
    p.add_argument("--allow-private", action="store_true",
                   help="fetch URLs on loopback / private networks (refused by default)")  # fmt: skip
    p.add_argument("-v", "--verbose", action="store_true", help="log each step")
    ledgerdb.add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ledgerdb.log_to_stderr(args.verbose)
    published = files.parse_date(args.published, "--published") if args.published else None
    engine = ledgerdb.engine(args)
    urls = [i for i in args.inputs if i.startswith(("http://", "https://"))]
    paths = [i for i in args.inputs if i not in urls]
    total = Summary()
    if paths:
        stdin = getattr(sys.stdin, "buffer", sys.stdin) if "-" in paths else ()
        items = read_paths(paths, published, stdin)
        total += store_items(engine, items, claimant=args.claimant)
    if urls:
        with ledgerdb.fetcher(args, allow_private=args.allow_private) as fetcher:
            total += ingest_urls(engine, urls, fetcher, claimant=args.claimant)
    if total.new or total.versions:
        n_events, n_rows = rebuild(engine)
        print(f"{total.line()}; {n_events} events, {n_rows} tally rows")
    else:
        print(f"{total.line()}; events and tallies unchanged")
    return 1 if total.failed and not (total.new or total.versions or total.duplicates) else 0
