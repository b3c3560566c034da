"""Words are data: per-language lexicons in `lexicon/<lang>/*.json`, loaded once."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from importlib import resources
from typing import Any, Final, Generic, TypeVar

T = TypeVar("T")


def load(lang: str, name: str) -> dict[str, Any]:
    """One lexicon file (`numbers`, `dates`, `cues`, ...) of one language, as parsed JSON,
    read once (remembered in plain dicts, as `PerLanguage` says why: stages ask for their
    files per sentence)."""
    last = _LAST_FILE.get(name)
    if last is not None and last.lang == lang:
        return last.data
    got = _FILES.get((lang, name))
    if got is None:
        got = _FILES[(lang, name)] = _read(lang, name)
    _LAST_FILE[name] = _File(lang, got)
    return got


class _File:
    """A lexicon file's JSON with its language (a class: the compiled build reads its
    fields directly, where a tuple's are checked and copied out)."""

    __slots__ = ("lang", "data")

    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self.data = data


# by language and file name, its parsed JSON; by file name, the one last asked for
_FILES: Final[dict[tuple[str, str], dict[str, Any]]] = {}
_LAST_FILE: Final[dict[str, _File]] = {}


def _read(lang: str, name: str) -> dict[str, Any]:
    path = resources.files("truceline.lexicon").joinpath(lang, f"{name}.json")
    if not path.is_file():
        path = resources.files("truceline.lexicon").joinpath("en", f"{name}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# by language, file and list: dicts of str keys, cheaper to look up than one of tuples
_WORD_SETS: Final[dict[str, dict[str, dict[str, frozenset[str]]]]] = {}


class _List:
    """A word list with the language and file it was asked for under (see `_File`)."""

    __slots__ = ("lang", "name", "words")

    def __init__(self, lang: str, name: str, words: frozenset[str]) -> None:
        self.lang = lang
        self.name = name
        self.words = words


# by list, the list last asked for under that name with its language and file: one lookup
# for the many calls per sentence (two files, or two languages, may name a list alike)
_BY_LIST: Final[dict[str, _List]] = {}


def word_set(lang: str, name: str, key: str) -> frozenset[str]:
    """One word list of one lexicon file (`word_set("en", "attribution", "media_nouns")`),
    made once (remembered in plain dicts, as `PerLanguage` says why)."""
    last = _BY_LIST.get(key)
    if last is not None and last.name == name and last.lang == lang:
        return last.words
    files = _WORD_SETS.get(lang)
    if files is None:
        files = _WORD_SETS[lang] = {}
    in_file = files.get(name)
    if in_file is None:
        in_file = files[name] = {}
    got = in_file.get(key)
    if got is None:
        got = in_file[key] = frozenset(load(lang, name)[key])
    _BY_LIST[key] = _List(lang, name, got)
    return got


def dictionary(lang: str) -> frozenset[str]:
    """The language's ordinary words in lower case (`lexicon/<lang>/dictionary.txt`, one per
    line), read once; empty for a language without one (no other language's words stand in:
    they would make its names common)."""
    got = _DICTIONARIES.get(lang)
    if got is None:
        path = resources.files("truceline.lexicon").joinpath(lang, "dictionary.txt")
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        got = _DICTIONARIES[lang] = frozenset(text.split())
    return got


_DICTIONARIES: Final[dict[str, frozenset[str]]] = {}


class PerLanguage(Generic[T]):
    """What a stage makes of a language's lexicon (its matchers, its word sets), made once
    per language. A plain dict rather than `functools.cache`: the compiled build calls this
    natively, where a cached function is called through Python, hundreds of times a report."""

    __slots__ = ("_make", "_made", "_lang", "_last")

    def __init__(self, make: Callable[[str], T]) -> None:
        self._make = make
        self._made: dict[str, T] = {}
        # the language asked for last and what was made for it: a report asks in one
        # language, a dozen times a sentence, told by identity without a lookup
        self._lang = ""
        self._last: T | None = None

    def get(self, lang: str) -> T:
        last = self._last
        if lang is self._lang and last is not None:
            return last
        got = self._made.get(lang)
        if got is None:
            got = self._made[lang] = self._make(lang)
        self._lang, self._last = lang, got
        return got


def languages() -> list[str]:
    """The languages that have a lexicon folder."""
    root = resources.files("truceline.lexicon")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


# Word marks: the stages' per-word gates ("can a number, a date, a speech frame open at this
# word?") asked of a sentence's words with one dict lookup per word, not one set lookup per
# gate and stage. Each gate is a bit; a language's table gives each word its gates' bits.
_GATES: Final[list[tuple[int, Callable[[str], Collection[str]]]]] = []
_MARK_TABLES: Final[dict[str, dict[str, int]]] = {}


def gate(words: Callable[[str], Collection[str]]) -> int:
    """A new mark: the bit `word_marks` sets on each of `words(lang)` (a stage's gate list,
    made from its lexicon). Stages make theirs when imported."""
    bit = 1 << len(_GATES)
    _GATES.append((bit, words))
    _MARK_TABLES.clear()  # (tables and marks made before lack the new gate)
    _LAST_MARKED.lang = ""
    return bit


class _Marked:
    """The sentence marked last, with its language and marks (see `word_marks`)."""

    __slots__ = ("lows", "lang", "marks")

    def __init__(self) -> None:
        self.lows: tuple[str, ...] = ()
        self.lang = ""
        self.marks: tuple[int, ...] = ()


_LAST_MARKED: Final = _Marked()


def word_marks(lows: tuple[str, ...], lang: str) -> tuple[int, ...]:
    """Each word's gate bits (`gate`), in order. The stages of one sentence ask in turn of
    the same `lows` tuple, so the last one is remembered (one sentence, by identity)."""
    last = _LAST_MARKED
    if lows is last.lows and lang == last.lang:
        return last.marks
    table = _MARK_TABLES.get(lang)
    if table is None:
        table = _MARK_TABLES[lang] = _mark_table(lang)
    marks = tuple([table.get(w, 0) for w in lows])
    last.lows, last.lang, last.marks = lows, lang, marks
    return marks


def _mark_table(lang: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for bit, words in _GATES:
        for w in words(lang):
            table[w] = table.get(w, 0) | bit
    return table
