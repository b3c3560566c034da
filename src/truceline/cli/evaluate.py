"""`truceline evaluate GOLD_DIR DOCS_DIR`: precision, recall and field accuracy on gold."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from truceline.cli.extract import extract_document, warn
from truceline.errors import InputError
from truceline.evaluate import DocResult, Report, below_floors, score
from truceline.ingest import files
from truceline.model import Claim, Document, Envelope


def register(sub: Any) -> None:
    p = sub.add_parser(
        "evaluate",
        help="score the extractor against gold annotations",
        description="Run the extractor on DOCS_DIR/<id>.txt (with the gold envelope's "
        "published, title and id) and score it against GOLD_DIR/<id>.json.",
    )
    p.add_argument("gold", metavar="GOLD_DIR", type=Path)
    p.add_argument("docs", metavar="DOCS_DIR", type=Path)
    p.add_argument("-v", "--verbose", action="store_true",
                   help="list every missed and extra claim per document")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--pred", metavar="DIR", type=Path,
                   help="score the envelopes in DIR (<id>.json) instead of running the extractor")  # fmt: skip
    p.add_argument("--gate", metavar="FILE", type=Path,
                   help='floors as JSON ({"f1": 0.5, "claimant": 0.8, ...}); '
                   "exit 1 when a figure is below its floor")  # fmt: skip
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    floors = _floors(args.gate) if args.gate else None
    gold = files.load_envelopes(args.gold)
    if not gold:
        raise InputError(f"{args.gold}: no .json gold files")
    predictions = _predictions(args.pred) if args.pred else None
    pairs: list[tuple[Envelope, Envelope]] = []
    for stem, g in gold:
        if predictions is None:
            pred = extract_document(_document(args.docs, stem, g))
        else:
            pred = predictions.get(stem) or predictions.get(g.document.id) or _missing(stem, g)
        pairs.append((g, pred))
    report = score(pairs)
    if args.json:
        print(json.dumps(as_json(report), indent=2))
    else:
        print(render(report, verbose=args.verbose))
    return _gate(report, floors) if floors is not None else 0


def _document(docs: Path, stem: str, gold: Envelope) -> Document:
    path = docs / f"{stem}.txt"
    try:
        text = files.read_text_file(path)
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    d = gold.document
    return Document(text, d.id or stem, d.title, d.url, d.published, d.language)


def _predictions(directory: Path) -> dict[str, Envelope]:
    out: dict[str, Envelope] = {}
    for stem, env in files.load_envelopes(directory):
        out[stem] = env
        out.setdefault(env.document.id, env)
    return out


def _missing(stem: str, gold: Envelope) -> Envelope:
    warn(f"no prediction for {stem}; scored as no claims")
    return Envelope(gold.document, ())


def _floors(path: Path) -> dict[str, float]:
    data = files.load_json(path)
    if not isinstance(data, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in data.values()
    ):
        raise InputError(f'{path}: expected an object of figure -> number, like {{"f1": 0.5}}')
    return {str(k): float(v) for k, v in data.items()}


def _gate(report: Report, floors: dict[str, float]) -> int:
    try:
        failures = below_floors(report.figures(), floors)
    except ValueError as exc:
        raise InputError(f"--gate: {exc}") from None
    for name, value, floor in failures:
        shown = "no data" if value is None else f"{value:.3f}"
        print(f"gate: {name} is {shown}, below its floor {floor:.3f}", file=sys.stderr)
    if failures:
        print(f"gate: FAILED ({len(failures)} of {len(floors)} figures below their floors)",
              file=sys.stderr)  # fmt: skip
        return 1
    print(f"gate: passed ({len(floors)} figures at or above their floors)", file=sys.stderr)
    return 0


# --- rendering ------------------------------------------------------------------------


def as_json(report: Report) -> dict[str, Any]:
    """The report's figures as a JSON-ready object."""

    def prf(p: Any) -> dict[str, Any]:
        return {"precision": round(p.precision, 4), "recall": round(p.recall, 4),
                "f1": round(p.f1, 4), "matched": p.matched, "predicted": p.predicted,
                "gold": p.gold}  # fmt: skip

    return {
        "documents": len(report.docs),
        "overall": prf(report.overall),
        "per_kind": {k: prf(p) for k, p in report.per_kind},
        "fields": {
            f.name: {
                "accuracy": None if f.accuracy is None else round(f.accuracy, 4),
                "correct": f.correct,
                "n": f.n,
            }  # fmt: skip
            for f in report.fields
        },
    }


def render(report: Report, *, verbose: bool = False) -> str:
    """The report as a readable table (and, verbose, each document's misses/extras)."""
    o = report.overall
    lines = [f"{len(report.docs)} documents: {o.gold} gold claims, {o.predicted} predicted, "
             f"{o.matched} matched", ""]  # fmt: skip
    lines.append(f"{'':<16} {'P':>6} {'R':>6} {'F1':>6} {'matched':>8} {'pred':>5} {'gold':>5}")
    for name, p in (("overall", o), *report.per_kind):
        lines.append(f"{name:<16} {p.precision:6.3f} {p.recall:6.3f} {p.f1:6.3f} "
                     f"{p.matched:8d} {p.predicted:5d} {p.gold:5d}")  # fmt: skip
    lines += ["", f"{'field':<16} {'accuracy':>8} {'n':>5}"]
    for f in report.fields:
        acc = "-" if f.accuracy is None else f"{f.accuracy:.3f}"
        lines.append(f"{f.name:<16} {acc:>8} {f.n:5d}")
    if verbose:
        for doc in report.docs:
            lines += _doc_lines(doc)
    return "\n".join(lines)


def _doc_lines(doc: DocResult) -> list[str]:
    wrong = [(p, [n for n, ok in p.fields if not ok]) for p in doc.pairs]
    wrong = [(p, names) for p, names in wrong if names]
    if not (doc.misses or doc.extras or wrong):
        return []
    out = ["", f"== {doc.doc_id}"]
    out += [f"  missed {describe(c)}" for c in doc.misses]
    out += [f"  extra  {describe(c)}" for c in doc.extras]
    for p, names in wrong:
        diffs = "; ".join(f"{n} {_field(p.gold, n)} != {_field(p.pred, n)}" for n in names)
        out.append(f"  matched {p.gold.id}~{p.pred.id or '?'} {p.gold.kind}, wrong: {diffs}")
    return out


def _field(c: Claim, name: str) -> str:
    """A scored field's value, short, for the -v listing."""
    value: Any
    if name == "claimant":
        party = c.claimant
        value = party and " / ".join(dict.fromkeys(x for x in (party.name, party.mention) if x))
    elif name == "period":
        value = c.period and f"{c.period.start}..{c.period.end}"
    elif name == "admin1":
        value = "/".join(x.admin1 or "-" for x in c.locations)
    elif name == "methods":
        value = ",".join(c.methods)
    elif name == "count.qualifier":
        value = c.count and c.count.qualifier
    elif name in ("killed", "injured"):
        count = getattr(c, name)
        value = count and count.value
    else:
        value = getattr(c, name)
    return repr(value) if value not in (None, "") else "-"


def describe(c: Claim) -> str:
    """One claim on two lines: its fields, then its evidence."""
    count = "-" if c.count is None else f"{c.count.value} {c.count.unit}"
    loc = next((x for x in c.locations if x.role == "at"), c.locations[0] if c.locations else None)
    place = "-" if loc is None else (loc.name or loc.mention)
    period = "-" if c.period is None else f"{c.period.start}..{c.period.end}"
    claimant = "-" if c.claimant is None else c.claimant.name
    evidence = " | ".join(s.text for s in c.evidence) or "-"
    return (f"{c.id or '?'} {c.kind} count={count} place={place} period={period} "
            f"claimant={claimant}\n           \"{_clip(evidence, 160)}\"")  # fmt: skip


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
