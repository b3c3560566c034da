"""Tokens with character offsets, and a phrase matcher over them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from mypy_extensions import i64  # (a plain int to Python; a machine integer to mypyc)

# Words keep inner hyphens and apostrophes ("thirty-five", "people's"); numbers keep
# their separators ("1,180", "4.2"); an ordinal ("6th") is one word, never a count;
# everything else is one character.
_TOKEN: Final = re.compile(
    r"(?:[A-Z]\.){2,}(?=\s|$)|\d+(?:st|nd|rd|th|ST|ND|RD|TH)\b|\d+(?:[.,]\d+)*(?:mm)?|\w+(?:[-'’]\w+)*\.?(?<![^\w.]\.)|\S"
)
_ABBR_DOT: Final = re.compile(r"\w+\.$")


@dataclass(frozen=True, slots=True, init=False)
class Token:
    """A word or mark at document offsets start..end; `low` is its lower-case form.
    (A document makes thousands: the `__init__` is written out, see `truceline.model`.)"""

    start: int
    end: int
    text: str
    low: str
    # `text[:1].isupper()`, told once: the stages ask it of most tokens again and again
    is_cap: bool = field(init=False, repr=False, compare=False)

    def __init__(self, start: int, end: int, text: str, low: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "is_cap", _capitalised(text))


def _capitalised(text: str) -> bool:
    """`text[:1].isupper()` (see `opens_with_digit` for the ASCII shortcut)."""
    if not text:
        return False
    c = ord(text[0])
    return 65 <= c <= 90 if c < 128 else text[:1].isupper()


def unpossessed(word: str) -> str:
    """'Yesterday's' -> 'Yesterday', 'Xinhua’s' -> 'Xinhua': the word a possessive is made
    from; other words as they are."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def opens_with_digit(word: str) -> bool:
    """`word[:1].isdecimal()`, an ASCII first letter told without calling a str method: the
    compiled build calls those through Python, and the stages ask it of every word."""
    if not word:
        return False
    c = ord(word[0])
    return 48 <= c <= 57 if c < 128 else word[:1].isdecimal()


def is_alpha(word: str) -> bool:
    """`word.isalpha()`, told natively for ASCII letters (see `_word_kind`)."""
    kind = _word_kind(word, len(word))
    return kind == _LOWER or kind == _LETTERS


def is_decimal(word: str) -> bool:
    """`word.isdecimal()`, told natively for ASCII digits (see `_word_kind`)."""
    kind = _word_kind(word, len(word))
    return kind == _DIGITS or kind == _DECIMAL


_LABEL_OPENERS: Final = frozenset({"(", "["})
_LABEL_CLOSERS: Final = frozenset({")", "]", ".", "-", "–"})
_ROMAN: Final = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})


def label_length(words: Sequence[str], quantities: frozenset[str] = frozenset()) -> int:
    """How many of a sentence's first words are an item's label ("(a)", "b)", "A.4", "2.3",
    "iv.", "[4]"): letters, roman numerals and numbers closed by a mark, or a number with
    a point in it; 0 when they are none ("12 soldiers", "A Defense Force", and a number
    before one of `quantities`, the lexicon's quantity words: "1.5 million people")."""
    end = 0
    for k, w in enumerate(words[:5]):
        if w in _LABEL_CLOSERS:
            end = k + 1
        elif w[:1].isdigit() and w.replace(".", "").isdecimal():
            if k + 1 < len(words) and words[k + 1].lower() in quantities:
                break  # ("1.5 million people", "2.5 percent": a quantity, no label)
            if "." in w or (k and words[k - 1] == "."):
                end = k + 1
        elif w.endswith(".") and _item_letter(w[:-1]):
            end = k + 1  # ("A." is one word)
        elif not (w in _LABEL_OPENERS or _item_letter(w)):
            break
    return end


def _item_letter(word: str) -> bool:
    return (len(word) == 1 and word.isalpha()) or word.lower() in _ROMAN


def tokenize(
    text: str, offset: int = 0, abbreviations: frozenset[str] = frozenset()
) -> tuple[Token, ...]:
    """Split `text` into tokens whose offsets point into the enclosing document."""
    out: list[Token] = []
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): word by word
        return _tokenize_slowly(text, offset, abbreviations)
    # Tokens never span whitespace, so each run of non-space characters is read alone; a
    # run of letters only ("ceasefire", "Idlib") is one word, the token _TOKEN would make.
    at = 0
    for chunk in text.split():
        start = at  # the chunk opens after the spaces that end the one before
        while _space(ord(text[start])):
            start += 1
        at = start + len(chunk)
        kind = _word_kind(chunk, len(chunk))
        if kind != _OTHER:
            # (a word of lower-case letters or of digits is its own lower-case form: no copy)
            own = kind == _LOWER or kind == _DIGITS
            out.append(Token(start + offset, at + offset, chunk, chunk if own else low[start:at]))
            continue
        end = at - 1
        last = ord(chunk[-1])
        kind = _word_kind(chunk, len(chunk) - 1) if last == 44 or last == 46 else _OTHER
        if kind == _LOWER or kind == _LETTERS:
            # "Idlib," and "hours.": a word, then its mark (an abbreviation keeps its dot)
            word = chunk[:-1]
            word_low = word if kind == _LOWER else low[start:end]
            if last == 46 and word_low in abbreviations:
                out.append(Token(start + offset, at + offset, chunk, low[start:at]))
                continue
            out.append(Token(start + offset, end + offset, word, word_low))
            out.append(Token(end + offset, at + offset, chunk[-1], chunk[-1]))
            continue
        quick = _quick_spans(chunk)
        if quick is not None:
            for a, b in quick:  # (no token of these ends with a period)
                s, e = start + a, start + b
                out.append(Token(s + offset, e + offset, text[s:e], low[s:e]))
            continue
        for m in _TOKEN.finditer(text, start, at):
            s, e = m.span()
            if (
                e - s > 1
                and text[e - 1] == "."
                and low[s : e - 1] not in abbreviations
                and "." not in low[s : e - 1]  # "R.S. Pura", "U.N.": initials keep their dots
            ):
                # A sentence-final period is its own token unless the word is an abbreviation.
                out.append(Token(s + offset, e - 1 + offset, text[s : e - 1], low[s : e - 1]))
                out.append(Token(e - 1 + offset, e + offset, ".", "."))
                continue
            out.append(Token(s + offset, e + offset, text[s:e], low[s:e]))
    return tuple(out)


# What the first n characters of a chunk are (`_word_kind`): not one word, lower-case ASCII
# letters, other letters, ASCII digits, other decimal digits
_OTHER: Final = 0
_LOWER: Final = 1
_LETTERS: Final = 2
_DIGITS: Final = 3
_DECIMAL: Final = 4


def _word_kind(chunk: str, n: int) -> int:
    """Whether `chunk[:n]` is one word, letters only (`isalpha()`) or digits only
    (`isdecimal()`), told by the characters' codes for ASCII: the compiled build reads those
    natively and calls the str methods through Python."""
    upper = digit = letter = False
    # (machine integers in the compiled build: this runs for every character of a sentence)
    k: i64 = 0
    end: i64 = n
    while k < end:
        c: i64 = ord(chunk[k])
        k += 1
        if 97 <= c <= 122:
            letter = True
        elif 65 <= c <= 90:
            letter = upper = True
        elif 48 <= c <= 57:
            digit = True
        elif c < 128:
            return _OTHER  # an ASCII mark: neither
        else:
            part = chunk[:n]  # (some other letter or digit: the str methods say)
            return _LETTERS if part.isalpha() else _DECIMAL if part.isdecimal() else _OTHER
    if digit:
        return _OTHER if letter else _DIGITS
    return _OTHER if not letter else _LETTERS if upper else _LOWER


def _quick_spans(chunk: str) -> list[tuple[int, int]] | None:
    """The spans `_TOKEN` finds in two common shapes of chunk, told without the regex (its
    matches are read through Python): a word or number in brackets, maybe a mark after
    ("(3),", "(Reuters)"), and a hyphened word, maybe a comma after ("Houthi-run",
    "thirty-five,"); None for any other chunk. ASCII letters and digits only."""
    n = len(chunk)
    if chunk[0] == "(":
        close = chunk.find(")")
        if close < 2 or close < n - 2 or (close == n - 2 and chunk[n - 1] not in ",.;:"):
            return None
        if not _ascii_run(chunk, 1, close):
            return None
        spans = [(0, 1), (1, close), (close, close + 1)]
        if close == n - 2:
            spans.append((n - 1, n))
        return spans
    end = n - 1 if chunk[n - 1] == "," else n
    joined = False  # (letters, and single hyphens between them)
    after_hyphen = True
    k = 0
    while k < end:
        c = ord(chunk[k])
        k += 1
        if c == 45:
            if after_hyphen:
                return None
            after_hyphen = joined = True
        elif 97 <= c <= 122 or 65 <= c <= 90:
            after_hyphen = False
        else:
            return None
    if after_hyphen or not joined:
        return None
    return [(0, end), (end, n)] if end < n else [(0, n)]


def _ascii_run(chunk: str, a: int, b: int) -> bool:
    """Whether chunk[a:b] is ASCII letters only or ASCII digits only (one `_TOKEN` match)."""
    letters = digits = False
    k = a
    while k < b:
        c = ord(chunk[k])
        k += 1
        if 97 <= c <= 122 or 65 <= c <= 90:
            letters = True
        elif 48 <= c <= 57:
            digits = True
        else:
            return False
    return not (letters and digits)


# What `letter_case` tells of a word: not letters only, letters some of them in lower case,
# letters all in capitals
NOT_LETTERS: Final = 0
MIXED_CASE: Final = 1
CAPITALS: Final = 2


def letter_case(word: str) -> int:
    """`word.isalpha()`, and then `word.isupper()`, told natively for ASCII (see `_word_kind`)."""
    lower = False
    k, n = 0, len(word)
    while k < n:
        c = ord(word[k])
        k += 1
        if 97 <= c <= 122:
            lower = True
        elif c >= 128:  # (some other letter or mark: the str methods say)
            if not word.isalpha():
                return NOT_LETTERS
            return CAPITALS if word.isupper() else MIXED_CASE
        elif not 65 <= c <= 90:
            return NOT_LETTERS  # an ASCII digit or mark
    if not n:
        return NOT_LETTERS
    return MIXED_CASE if lower else CAPITALS


def _space(c: int) -> bool:
    """`chr(c).isspace()`, the ASCII codes told without a call."""
    if c < 128:
        return c == 32 or 9 <= c <= 13 or 28 <= c <= 31
    return chr(c).isspace()


def _tokenize_slowly(text: str, offset: int, abbreviations: frozenset[str]) -> tuple[Token, ...]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        s, e, t = m.start(), m.end(), m.group()
        if (
            t.endswith(".")
            and len(t) > 1
            and t[:-1].lower() not in abbreviations
            and "." not in t[:-1]
        ):
            out.append(Token(s + offset, e - 1 + offset, t[:-1], t[:-1].lower().replace("’", "'")))
            out.append(Token(e - 1 + offset, e + offset, ".", "."))
            continue
        out.append(Token(s + offset, e + offset, t, t.lower().replace("’", "'")))
    return tuple(out)


def fold(text: str) -> str:
    """Lower-case, strip accents and unify quotes: the form words are compared in."""
    if text.isascii():
        return text.lower()  # (no accent, no curly quote: most names, told without a loop)
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).lower().replace("’", "'")


@dataclass(frozen=True, slots=True, init=False)
class Match:
    """Tokens i..j (exclusive) matched a phrase whose value is `value`. (A sentence makes
    dozens: a class the compiled build constructs natively, unlike a named tuple, with its
    `__init__` written out, see `truceline.model`.)"""

    i: int
    j: int
    value: str

    def __init__(self, i: int, j: int, value: str) -> None:
        object.__setattr__(self, "i", i)
        object.__setattr__(self, "j", j)
        object.__setattr__(self, "value", value)


class PhraseMatcher:
    """Finds lexicon phrases (one or more words) in a token sequence, longest first."""

    __slots__ = ("_index", "_firsts")

    def __init__(self, phrases: Iterable[tuple[str, str]]) -> None:
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, value in phrases:
            words = tuple(t.low for t in tokenize(phrase))
            if words:
                index.setdefault(words[0], []).append((words, value))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._index = index
        self._firsts = frozenset(index)

    def starts(self, word: str) -> bool:
        """Does some phrase begin with this (lower-case) word?"""
        return word in self._index

    def at(self, lows: tuple[str, ...], i: int) -> Match | None:
        """The longest phrase starting at token i, if any."""
        entries = self._index.get(lows[i])
        if entries is None:
            return None
        for words, value in entries:
            n = len(words)
            if n == 1 or _follows(lows, i, words):
                return Match(i, i + n, value)
        return None

    def find(self, lows: tuple[str, ...]) -> list[Match]:
        """Every non-overlapping longest match, left to right."""
        out: list[Match] = []
        if self._firsts.isdisjoint(lows):
            return out  # (most sentences: no word a phrase begins with)
        i, n = 0, len(lows)
        while i < n:
            m = self.at(lows, i) if lows[i] in self._firsts else None
            if m:
                out.append(m)
                i = m.j
            else:
                i += 1
        return out


def matcher(words: Iterable[str], value: str | None = None) -> PhraseMatcher:
    """A matcher whose matches carry `value`, or the phrase itself when value is None."""
    return PhraseMatcher((w, w if value is None else value) for w in words)


_Entry = tuple[tuple[str, ...], str, str]  # a phrase's words, its list's name, its value


class MultiMatcher:
    """Many named phrase lists matched in one pass; per list, longest non-overlapping first."""

    __slots__ = ("_index",)

    def __init__(self, lists: Mapping[str, Iterable[tuple[str, str]]]) -> None:
        index: dict[str, list[_Entry]] = {}
        for name, phrases in lists.items():
            for phrase, value in phrases:
                words = tuple(t.low for t in tokenize(phrase))
                if words:
                    index.setdefault(words[0], []).append((words, name, value))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))
        # By first word: the entries that can match before each second word (the one-word
        # phrases and the longer ones with that second word, in the same order), and the
        # one-word phrases alone (before any other word, or at the end of the sentence).
        self._index: dict[str, tuple[dict[str, list[_Entry]], list[_Entry]]] = {
            first: (
                {
                    second: [e for e in entries if len(e[0]) == 1 or e[0][1] == second]
                    for second in {e[0][1] for e in entries if len(e[0]) > 1}
                },
                [e for e in entries if len(e[0]) == 1],
            )
            for first, entries in index.items()
        }

    def firsts(self) -> frozenset[str]:
        """The words the phrases begin with."""
        return frozenset(self._index)

    def find(
        self, lows: tuple[str, ...], marks: tuple[int, ...] | None = None, first: int = 0
    ) -> dict[str, list[Match]]:
        """Matches by list name, as `PhraseMatcher.find` would give for each list alone
        (lists with no match are left out). `marks`, when given, are the words' bits of which
        `first` is set on every word in `firsts()` (see `truceline.lexicon.word_marks`)."""
        out: dict[str, list[Match]] = {}
        n = len(lows)
        index = self._index
        for i in range(n):
            if marks is not None and not marks[i] & first:
                continue  # (no phrase begins with most words: told without a lookup)
            starting = index.get(lows[i])
            if starting is None:
                continue
            by_second, single = starting
            entries = by_second.get(lows[i + 1], single) if i + 1 < n else single
            for words, name, value in entries:
                k = len(words)
                if k > 1 and not _follows(lows, i, words):
                    continue
                got = out.get(name)
                if got is None:
                    got = out[name] = []
                elif got[-1].j > i:
                    continue  # inside this list's last match, or it matched here already
                got.append(Match(i, i + k, value))
        return out


def _follows(lows: tuple[str, ...], i: int, words: tuple[str, ...]) -> bool:
    """Whether the words after the first of a phrase follow token i."""
    k = len(words)
    if i + k > len(lows) or lows[i + 1] != words[1]:
        return False  # (most phrases part from the sentence at their second word)
    for q in range(2, k):
        if lows[i + q] != words[q]:
            return False
    return True
