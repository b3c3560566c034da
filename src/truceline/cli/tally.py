"""`truceline tally`: the daily tally table, grouped by any of day/admin1/zone/settlement/claimant.

A dash means nothing was reported; 0 means a zero was reported.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from truceline.cli import ledgerdb
from truceline.errors import InputError
from truceline.jobs.ledger import tally
from truceline.ledger.tallies import DEFAULT_BY, DIMENSIONS, MEASURES, Row


def register(sub: Any) -> None:
    p = sub.add_parser("tally", help="print the daily tally table",
                       description=__doc__)  # fmt: skip
    p.add_argument("--by", default=",".join(DEFAULT_BY),
                   help=f"comma-separated grouping from {', '.join(DIMENSIONS)} "
                   "(default %(default)s)")  # fmt: skip
    p.add_argument("--json", action="store_true", help="JSON Lines, one row per line")
    ledgerdb.add_filters(p)
    ledgerdb.add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    by = tuple(d.strip() for d in args.by.split(",") if d.strip())
    if not by or set(by) - set(DIMENSIONS):
        raise InputError(f"--by takes names from {', '.join(DIMENSIONS)}, got {args.by!r}")
    rows = tally(ledgerdb.engine(args), by, ledgerdb.filters(args))
    if args.json:
        for row in rows:
            print(json.dumps(row.as_dict(by), ensure_ascii=False))
    else:
        print(render(rows, by))
    return 0


def render(rows: tuple[Row, ...], by: tuple[str, ...]) -> str:
    """The rows as an aligned text table."""
    header = [*by, *MEASURES, "reports"]
    cells = [[_cell(v) for v in (*row.key, *row.measures, row.reports)] for row in rows]
    widths = [max([len(h), *(len(c[i]) for c in cells)]) for i, h in enumerate(header)]
    numeric = len(by)
    lines = []
    for line in [header, *cells]:
        parts = [c.rjust(w) if i >= numeric else c.ljust(w)
                 for i, (c, w) in enumerate(zip(line, widths, strict=True))]  # fmt: skip
        lines.append("  ".join(parts).rstrip())
    if not rows:
        lines.append("(no claims with a day in the ledger for this selection)")
    return "\n".join(lines)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"
