"""`truceline extract INPUT...`: claims of reports as `truceline.claims/1` envelopes."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from truceline.errors import InputError
from truceline.ingest import files
from truceline.jobs.extractor import tune_gc
from truceline.model import Document, Envelope, to_json

if TYPE_CHECKING:
    from truceline.extract.places import Geocoder


def register(sub: Any) -> None:
    p = sub.add_parser(
        "extract",
        help="extract claims from reports",
        description="Extract ceasefire claims from .txt/.html reports, directories of them, "
        "or JSON Lines on stdin ('-'). One document prints an indented envelope; "
        "several print JSON Lines in input order.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="a .txt/.html/.jsonl file, a directory of them, or - for JSONL on stdin")  # fmt: skip
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="date for resolving relative dates when a report has none of its own "
                   "(overrides an HTML page's guessed date; a JSONL line's own date wins)")  # fmt: skip
    p.add_argument("--out", metavar="FILE", help="write the output here instead of stdout")
    p.add_argument("--no-text", action="store_true", help="leave document.text out")
    p.add_argument("--max-chars", type=int, default=files.MAX_CHARS, metavar="N",
                   help="truncate longer texts, with a warning (default %(default)s)")  # fmt: skip
    p.set_defaults(func=run)


@functools.cache
def load_resolver() -> Geocoder | None:
    """The default gazetteer resolver, or None (with a warning) when there is none yet."""
    tune_gc()  # loaded once per process that extracts: see truceline.jobs.extractor
    try:
        from truceline.gazetteer import load_default
    except ImportError as exc:
        warn(f"no gazetteer ({exc}); places stay unresolved")
        return None
    try:
        return load_default()
    except ImportError as exc:
        warn(f"no gazetteer ({exc}); places stay unresolved")
        return None


def extract_document(document: Document) -> Envelope:
    """Run the extractor with the default resolver (imported late: it is the core)."""
    from truceline.extract.pipeline import extract

    return extract(document, load_resolver())


def warn(message: str) -> None:
    print(f"truceline: warning: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    published = files.parse_date(args.published, "--published") if args.published else None
    if args.max_chars < 1:
        raise InputError("--max-chars must be at least 1")
    stdin = getattr(sys.stdin, "buffer", sys.stdin) if "-" in args.inputs else ()
    items = files.read_inputs(args.inputs, stdin=stdin, published=published,
                              max_chars=args.max_chars)  # fmt: skip
    paths = files.expand(args.inputs)
    # a JSONL input holds any number of documents: then the bar just counts
    unknown = any(p == "-" or Path(p).suffix.lower() in files.JSONL_SUFFIXES for p in paths)
    total = None if unknown else len(paths)
    if args.out:
        try:
            with open(args.out, "w", encoding="utf-8") as out:
                return _extract_all(items, out, total, with_text=not args.no_text)
        except OSError as exc:
            raise InputError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    return _extract_all(items, sys.stdout, total, with_text=not args.no_text)


def _extract_all(items: Iterator[files.Item], out: TextIO, total: int | None, *,
                 with_text: bool) -> int:  # fmt: skip
    progress = Progress(total)
    failed = False
    held: dict[str, Any] | None = None  # the first envelope, until we know if more follow
    many = False
    for item in items:
        progress.step()
        for message in item.warnings:
            progress.say(f"truceline: warning: {item.source}: {message}")
        envelope = _extract_item(item, progress)
        if envelope is None:
            failed = True
            continue
        data = to_json(envelope, with_text=with_text)
        if held is None and not many:
            held = data
            continue
        if held is not None:
            _write_line(out, held)
            held, many = None, True
        _write_line(out, data)
    progress.done()
    if held is not None:
        out.write(json.dumps(held, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0


def _extract_item(item: files.Item, progress: Progress) -> Envelope | None:
    if item.document is None:
        progress.say(f"truceline: error: {item.source}: {item.error}")
        return None
    try:
        return extract_document(item.document)
    except Exception as exc:  # one report that trips the extractor must not stop a batch
        progress.say(f"truceline: error: {item.source}: extractor failed: "
                     f"{type(exc).__name__}: {exc}")  # fmt: skip
        return None


def _write_line(out: TextIO, data: dict[str, Any]) -> None:
    out.write(json.dumps(data, ensure_ascii=False) + "\n")


class Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    WIDTH = 30

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.count = 0
        self.live = sys.stderr.isatty()

    def step(self) -> None:
        self.count += 1
        if not self.live:
            return
        if self.total:
            filled = self.WIDTH * min(self.count, self.total) // self.total
            bar = "#" * filled + "." * (self.WIDTH - filled)
            sys.stderr.write(f"\r[{bar}] {self.count}/{self.total}")
        else:
            sys.stderr.write(f"\r{self.count} documents")
        sys.stderr.flush()

    def say(self, message: str) -> None:
        if self.live:
            sys.stderr.write("\r\033[K")
        print(message, file=sys.stderr)

    def done(self) -> None:
        if self.live and self.count:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
