"""The extractor as the jobs run it: the default gazetteer, loaded once, and a version string."""

from __future__ import annotations

import functools
import hashlib
import logging
from importlib.resources import files
from importlib.resources.abc import Traversable

from truceline import __version__
from truceline.model import Document, Envelope

log = logging.getLogger("truceline.extract")


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
