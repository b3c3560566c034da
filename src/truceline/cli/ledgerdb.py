"""What the ledger commands share: the --db flag, settings, logging to stderr."""

from __future__ import annotations

import argparse
import logging
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine

from truceline.ingest import files
from truceline.ingest.web import Fetcher, Policy
from truceline.ledger.records import Filter
from truceline.model import KINDS
from truceline.settings import Settings
from truceline.store import connect


def add_db(parser: Any) -> None:
    """The --db flag every ledger command takes."""
    parser.add_argument("--db", metavar="URL",
                        help="ledger database URL (default: $TRUCELINE_DB, else a SQLite file "
                        "in the user data directory)")  # fmt: skip


def settings(args: argparse.Namespace) -> Settings:
    """Settings from the environment with this command's flags on top."""
    return Settings.load(db=getattr(args, "db", None))


def engine(args: argparse.Namespace) -> Engine:
    """The ledger named by --db / TRUCELINE_DB / the default, migrated to the latest schema."""
    return connect(settings(args).db)


def fetcher(args: argparse.Namespace, *, allow_private: bool = False) -> Fetcher:
    """A fetcher under the settings' limits."""
    s = settings(args)
    policy = Policy(timeout=s.timeout, max_bytes=s.max_bytes, retries=s.retries,
                    allow_private=allow_private, ca_file=s.ca_file)  # fmt: skip
    if s.user_agent:
        policy = replace(policy, user_agent=s.user_agent)
    return Fetcher(policy)


def log_to_stderr(verbose: bool = False) -> None:
    """Log lines as `truceline: LEVEL: message` on stderr."""
    logging.basicConfig(format="truceline: %(levelname)s: %(message)s",
                        level=logging.INFO if verbose else logging.WARNING)  # fmt: skip


def add_filters(parser: Any) -> None:
    """Date range, place, claimant and kind filters."""
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day")
    parser.add_argument("--place", help="a place, or an admin1 (province) name")
    parser.add_argument("--claimant", help="claimant name (or part of it)")
    parser.add_argument("--kind", action="append", choices=KINDS,
                        help="claim kind (repeatable)")  # fmt: skip


def filters(args: argparse.Namespace) -> Filter:
    """The Filter the flags describe."""
    start = files.parse_date(args.start, "--from") if args.start else None
    end = files.parse_date(args.end, "--to") if args.end else None
    return Filter(start, end, args.place, args.claimant, tuple(args.kind or ()))
