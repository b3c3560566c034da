"""`truceline sources add/list/remove`: the feeds and pages `truceline watch` polls."""

from __future__ import annotations

import argparse
from typing import Any

from truceline.cli import ledgerdb
from truceline.errors import InputError
from truceline.store import sources
from truceline.store.sources import Source


def register(sub: Any) -> None:
    p = sub.add_parser("sources", help="add, list or remove watched feeds and pages")
    ledgerdb.add_db(p)
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="watch a feed or page")
    add.add_argument("name")
    add.add_argument("url")
    add.add_argument("--page", action="store_true", help="a single page, not an RSS/Atom feed")
    add.add_argument("--claimant", help="who speaks when a report names nobody")
    add.add_argument("--claimant-type", choices=("government", "military", "armed_group",
                     "media", "monitor", "ngo", "other"))  # fmt: skip
    add.add_argument("--interval", type=int, default=900, metavar="SECONDS",
                     help="seconds between polls (default %(default)s)")  # fmt: skip
    add.add_argument("--allow-private", action="store_true",
                     help="allow loopback / private addresses (local test feeds, intranets)")  # fmt: skip
    ledgerdb.add_db(add)
    ledgerdb.add_db(actions.add_parser("list", help="show watched sources and their state"))
    rm = actions.add_parser("remove", help="stop watching a source (its reports stay)")
    rm.add_argument("name")
    ledgerdb.add_db(rm)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = ledgerdb.engine(args)
    if args.action == "add":
        if args.interval < 1:
            raise InputError("--interval must be at least 1 second")
        if not args.url.startswith(("http://", "https://")):
            raise InputError(f"{args.url}: sources are http(s) URLs")
        s = sources.add(engine, Source(args.name, args.url, "page" if args.page else "feed",
                                       args.claimant, args.claimant_type, args.interval,
                                       args.allow_private))  # fmt: skip
        print(f"added {s.name} ({s.kind}, every {s.interval_s} s): {s.url}")
    elif args.action == "remove":
        sources.remove(engine, args.name)
        print(f"removed {args.name}")
    else:
        for s in sources.all_sources(engine):
            state = (
                f"error: {s.last_error}" if s.last_error else f"polled {s.last_polled or 'never'}"
            )
            print(f"{s.name}\t{s.kind}\t{s.interval_s}s\t{s.claimant or '-'}\t{s.url}\t{state}")
    return 0
