"""The `truceline` command: a thin layer that parses arguments and calls the library.

Each subcommand lives in its own module with a `register(subparsers)` function;
`COMMANDS` lists them in the order `--help` shows.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from truceline import __version__
from truceline.errors import TrucelineError

COMMANDS = ("extract", "evaluate", "demo", "geocode", "gazetteer", "zones",
            "ingest", "sources", "watch", "reextract", "tally", "events", "export",
            "settings", "serve", "users", "review", "audit")  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="truceline", description="A ledger of ceasefire claims from reports."
    )
    parser.add_argument("--version", action="version", version=f"truceline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"truceline.cli.{name}")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except TrucelineError as exc:
        print(f"truceline: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
