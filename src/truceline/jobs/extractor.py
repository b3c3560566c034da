"""The extractor as the jobs run it: the default gazetteer, loaded once, and a version string."""

from __future__ import annotations

import functools
import gc
import hashlib
import logging
from importlib.resources import files
from importlib.resources.abc import Traversable

from truceline import __version__
from truceline.model import Document, Envelope

log = logging.getLogger("truceline.extract")

# Extraction makes many short-lived containers (tokens, mentions, a sentence's lists), and
# CPython's default first-generation threshold (700) runs the cycle collector every few
# sentences: ~12% of a compiled extraction's time. Reference counting frees nearly all of
# it (it holds no cycles), so a process that extracts reports collects less often.
GC_THRESHOLD = (20_000, 10, 10)


def tune_gc() -> None:
    """Collect cycles less often in a process that extracts many reports (see GC_THRESHOLD)."""
    if gc.get_threshold()[0] < GC_THRESHOLD[0]:
        gc.set_threshold(*GC_THRESHOLD)


@functools.cache
def version() -> str:
    """The package version plus a hash of the lexicon files: a claim's extractor version."""
    digest = hashlib.sha256()
    for name, data in sorted(_lexicon_files(files("truceline.lexicon"), "")):
        digest.update(name.encode() + b"\0" + data)
    return f"{__version__}+lex.{digest.hexdigest()[:10]}"


def _lexicon_files(node: Traversable, prefix: str) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for child in node.iterdir():
        name = f"{prefix}/{child.name}"
        if child.is_dir() and child.name != "__pycache__":
            out.extend(_lexicon_files(child, name))
        elif child.name.endswith((".json", ".txt")):
            out.append((name, child.read_bytes()))
    return out


@functools.cache
def _resolver() -> object | None:
    tune_gc()
    try:
        from truceline.gazetteer import load_default
    except ImportError as exc:  # a checkout without the gazetteer: places stay unresolved
        log.warning("no gazetteer (%s); places stay unresolved", exc)
        return None
    return load_default()


def extract(document: Document) -> Envelope:
    """Claims of one document, with places resolved by the default gazetteer."""
    from truceline.extract.pipeline import extract as run

    return run(document, _resolver())  # type: ignore[arg-type]
