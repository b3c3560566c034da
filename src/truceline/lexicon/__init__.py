"""Words are data: per-language lexicons in `lexicon/<lang>/*.json`, loaded once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """One lexicon file (`numbers`, `dates`, `cues`, ...) of one language, as parsed JSON."""
    path = resources.files("truceline.lexicon").joinpath(lang, f"{name}.json")
    if not path.is_file():
        path = resources.files("truceline.lexicon").joinpath("en", f"{name}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def word_set(lang: str, name: str, key: str) -> frozenset[str]:
    """One word list of one lexicon file (`word_set("en", "attribution", "media_nouns")`)."""
    return frozenset(load(lang, name)[key])


def languages() -> list[str]:
    """The languages that have a lexicon folder."""
    root = resources.files("truceline.lexicon")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))
