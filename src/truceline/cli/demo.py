"""`truceline demo DIR`: extract every .txt report in DIR and print its claims as a table."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from truceline.cli.extract import extract_document
from truceline.errors import InputError
from truceline.ingest import files
from truceline.model import Claim, Count, Envelope

COLUMNS = (("doc", 14), ("kind", 15), ("count", 7), ("k/i", 10), ("period", 23),
           ("place", 18), ("claimant", 24), ("evidence", 0))  # fmt: skip


def register(sub: Any) -> None:
    p = sub.add_parser(
        "demo",
        help="extract a folder of .txt reports and show the claims as a table",
        description="Extract every .txt in DIR; report dates come from DIR/published.json "
        '({"report.txt": "YYYY-MM-DD", ...}) when it exists.',
    )
    p.add_argument("directory", metavar="DIR", type=Path)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    directory: Path = args.directory
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    dates = _dates(directory / "published.json")
    paths = sorted(directory.glob("*.txt"))
    if not paths:
        raise InputError(f"{directory}: no .txt reports")
    print(_row([name for name, _ in COLUMNS]))
    failed = 0
    for path in paths:
        published = dates.get(path.name) or dates.get(path.stem)
        item = files.read_file(path, published=published)
        if item.document is None:
            print(f"{path.name}: {item.error}")
            failed += 1
            continue
        envelope = extract_document(item.document)
        rows = rows_of(path.stem, envelope) or [_row([path.stem, "(no claims)"])]
        print("\n".join(rows))
    return 1 if failed else 0


def _dates(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    data = files.load_json(path)
    if not isinstance(data, dict):
        raise InputError(f'{path}: expected {{"report.txt": "YYYY-MM-DD", ...}}')
    return {str(k): files.parse_date(str(v), f"{path}: {k}") for k, v in data.items()}


def rows_of(doc: str, envelope: Envelope) -> list[str]:
    """One table row per claim."""
    return [_row(_cells(doc, c)) for c in envelope.claims]


def _cells(doc: str, c: Claim) -> list[str]:
    loc = next((x for x in c.locations if x.role == "at"), c.locations[0] if c.locations else None)
    return [
        doc,
        c.kind,
        _count(c.count),
        f"{_count(c.killed)}/{_count(c.injured)}",
        "-" if c.period is None else f"{c.period.start}..{c.period.end}"[:23],
        "-" if loc is None else (loc.name or loc.mention),
        "-" if c.claimant is None else c.claimant.name,
        " ".join(" | ".join(s.text for s in c.evidence).split()),
    ]


def _count(count: Count | None) -> str:
    if count is None:
        return "-"
    mark = {"approximate": "~", "at_least": ">=", "at_most": "<="}.get(count.qualifier, "")
    return f"{mark}{count.value}"


def _row(cells: list[str]) -> str:
    out = []
    for (_, width), cell in zip(COLUMNS, cells, strict=False):
        if width:
            cell = cell if len(cell) <= width else cell[: width - 1] + "…"
            out.append(f"{cell:<{width}}")
        else:
            out.append(cell if len(cell) <= 80 else cell[:79] + "…")
    return " ".join(out).rstrip()
