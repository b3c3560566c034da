"""`truceline gazetteer`: build the offline index, import GeoNames dumps, show its state."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("gazetteer", help="build or extend the offline place index")
    cmds = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    b = cmds.add_parser("build", help="compile the index from the bundled package data")
    b.add_argument("--path", type=Path, help="index file (default: the user data directory)")
    b.set_defaults(func=run_build)
    i = cmds.add_parser("import", help="add GeoNames dumps (SY.zip, allCountries.zip, ...)")
    i.add_argument("files", nargs="+", type=Path, help="GeoNames dump files (.zip or .txt)")
    i.add_argument("--path", type=Path, help="index file (default: the user data directory)")
    i.set_defaults(func=run_import)
    n = cmds.add_parser("info", help="where the index is and what is in it")
    n.add_argument("--path", type=Path, help="index file (default: the user data directory)")
    n.set_defaults(func=run_info)


def _progress(message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{message[:78]:<78}", end="", file=sys.stderr, flush=True)


def run_build(args: argparse.Namespace) -> int:
    from truceline.gazetteer import build, store

    target = args.path or store.default_path()
    started = time.perf_counter()
    report = build(target, progress=_progress)
    print(f"built {target} in {time.perf_counter() - started:.1f} s: {report}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from truceline.gazetteer import import_dumps

    report = import_dumps(args.files, args.path, progress=_progress)
    print(f"imported {len(args.files)} file(s): {report}")
    return 0


def run_info(args: argparse.Namespace) -> int:
    from truceline.gazetteer import info

    for k, v in info(args.path).items():
        print(f"{k:<16} {v}")
    return 0
