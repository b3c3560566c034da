"""Words are data: per-language lexicons in `lexicon/<lang>/*.json`, loaded once."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any, Final, Generic, TypeVar

T = TypeVar("T")


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """One lexicon file (`numbers`, `dates`, `cues`, ...) of one language, as parsed JSON."""
    path = resources.files("truceline.lexicon").joinpath(lang, f"{name}.json")
    if not path.is_file():
        path = resources.files("truceline.lexicon").joinpath("en", f"{name}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# by language, file and list: dicts of str keys, cheaper to look up than one of tuples
_WORD_SETS: Final[dict[str, dict[str, dict[str, frozenset[str]]]]] = {}
# by language and list, the list last asked for under that name with its file's name: one
# lookup fewer for the many calls per sentence (two files may name a list alike)
_BY_LIST: Final[dict[str, dict[str, tuple[str, frozenset[str]]]]] = {}


def word_set(lang: str, name: str, key: str) -> frozenset[str]:
    """One word list of one lexicon file (`word_set("en", "attribution", "media_nouns")`),
    made once (remembered in plain dicts, as `PerLanguage` says why)."""
    lists = _BY_LIST.get(lang)
    if lists is not None:
        last = lists.get(key)
        if last is not None and last[0] == name:
            return last[1]
    else:
        lists = _BY_LIST[lang] = {}
    files = _WORD_SETS.get(lang)
    if files is None:
        files = _WORD_SETS[lang] = {}
    in_file = files.get(name)
    if in_file is None:
        in_file = files[name] = {}
    got = in_file.get(key)
    if got is None:
        got = in_file[key] = frozenset(load(lang, name)[key])
    lists[key] = (name, got)
    return got


class PerLanguage(Generic[T]):
    """What a stage makes of a language's lexicon (its matchers, its word sets), made once
    per language. A plain dict rather than `functools.cache`: the compiled build calls this
    natively, where a cached function is called through Python, hundreds of times a report."""

    __slots__ = ("_make", "_made")

    def __init__(self, make: Callable[[str], T]) -> None:
        self._make = make
        self._made: dict[str, T] = {}

    def get(self, lang: str) -> T:
        got = self._made.get(lang)
        if got is None:
            got = self._made[lang] = self._make(lang)
        return got


def languages() -> list[str]:
    """The languages that have a lexicon folder."""
    root = resources.files("truceline.lexicon")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))
