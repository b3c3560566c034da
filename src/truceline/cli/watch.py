"""`truceline watch`: poll every source on its interval until stopped (Ctrl-C or --for)."""

from __future__ import annotations

import argparse
import signal
import threading
from typing import Any

from truceline.cli import ledgerdb
from truceline.jobs.watch import watch


def register(sub: Any) -> None:
    p = sub.add_parser("watch", help="poll the sources until stopped")
    p.add_argument("--for", dest="seconds", type=float, metavar="SECONDS",
                   help="stop after this many seconds (default: run until stopped)")  # fmt: skip
    p.add_argument("-v", "--verbose", action="store_true", help="log each round")
    ledgerdb.add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ledgerdb.log_to_stderr(args.verbose)
    engine = ledgerdb.engine(args)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    timer = threading.Timer(args.seconds, stop.set) if args.seconds else None
    if timer:
        timer.start()
    try:
        # allow_private is per source; the fetcher's own default stays "refuse"
        with ledgerdb.fetcher(args) as fetcher:
            total = watch(engine, fetcher, stop)
    except KeyboardInterrupt:
        stop.set()
        return 130
    finally:
        if timer:
            timer.cancel()
    print(total.line())
    return 0
