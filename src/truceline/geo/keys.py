"""Transliteration-tolerant lookup keys for place names.

Two levels: `key` folds spelling noise that never changes which place is meant
(case, accents, apostrophes and ayn marks, Arabic articles, doubled letters,
kh/h, q/k, ou/u, y/i, Russian/Ukrainian adjective endings); `skeleton` drops
the vowels of a key and maps h to g, so "Gorlovka" meets "Horlivka" and
"Avdeyevka" meets "Avdiivka". Skeleton hits are weaker evidence and the
resolver only accepts them with corroboration.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Apostrophes, ayn and hamza marks: "Ma'arrat", "Ma‘arrat", "Maʿarrat" -> "maarrat".
_MARKS: Final = dict.fromkeys(map(ord, "'’‘ʻʼ`´ʿʾ′"), None)
# Letters NFKD does not decompose.
_LETTERS: Final = str.maketrans({"ə": "e", "ı": "i", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d",
                          "ł": "l", "þ": "th", "œ": "oe", "ʹ": "", "ʺ": ""})  # fmt: skip
# Arabic articles and Persian izafe links that come and go between spellings.
_ARTICLES: Final = frozenset(
    {"al", "el", "ash", "an", "ar", "as", "at", "az", "ad", "ath", "adh", "ed", "es",
     "et", "ez", "en", "ul", "il", "e", "i", "l"}
)  # fmt: skip
_NON_WORD: Final = re.compile(r"[^0-9a-z]+")
_PAIRS: Final = (("dj", "j"), ("kh", "h"), ("gh", "g"), ("q", "k"), ("ck", "k"), ("ph", "f"),
          ("ou", "u"), ("ee", "i"), ("y", "i"), ("ei", "ai"), ("w", "v"))  # fmt: skip
# Russian adjective endings -> Ukrainian: Novoluganskoye/Novoluhanske, Krymskoye/Krymske.
_SLAVIC_END: Final = re.compile(r"sk(?:oie|oe|aia|ai|ii|i|a|e|o)$")
_RUSSIAN_AYA: Final = re.compile(r"(?<=[^aeiou])aia$")
_FINAL_VOWEL: Final = re.compile(r"(?<=[^aeiou])[eo]$")
_VOWELS: Final = re.compile(r"[aeiou]")


def fold(text: str) -> str:
    """Lower-case ASCII words of a name: accents, marks and punctuation removed."""
    if text.isascii():
        return _NON_WORD.sub(" ", text.lower().replace("'", "").replace("`", "")).strip()
    text = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_MARKS)
    return _NON_WORD.sub(" ", text).strip()


def key(text: str) -> str:
    """The level-1 lookup key: equal for spellings of one name, '' for no letters.
    (Remembered: the resolver keys the same names, and the provinces of its candidates,
    again and again, and a key takes a dozen string passes.)"""
    got = _KEYS.get(text)
    if got is None:
        if len(_KEYS) > 65536:
            _KEYS.clear()
        got = _KEYS[text] = _key(text)
    return got


_KEYS: Final[dict[str, str]] = {}


def _key(text: str) -> str:
    words = fold(text).split()
    kept = [w for w in words if w not in _ARTICLES]
    joined = "".join(kept or words)
    for a, b in _PAIRS:
        joined = joined.replace(a, b)
    joined = _single(joined)
    if len(joined) >= 5:
        if "sk" in joined[-6:]:
            joined = _SLAVIC_END.sub("sk", joined)
        if joined.endswith("aia"):
            joined = _RUSSIAN_AYA.sub("a", joined)
        if joined[-1] in "eo":
            joined = _FINAL_VOWEL.sub("", joined)
    return joined


def skeleton(level1: str) -> str:
    """The level-2 key of a level-1 key: first letter, then consonants with h as g."""
    if len(level1) < 2:
        return level1
    rest = _VOWELS.sub("", level1[1:]).replace("h", "g")
    return _single(level1[0].replace("h", "g") + rest)


def _single(text: str) -> str:
    """Each run of one letter as one letter ("Kramatorssk" -> "kramatorsk"): what
    `re.sub(r"(.)\1+", r"\1", text)` gives, without the template substitution's cost."""
    out: list[str] = []
    prev = ""
    for c in text:
        if c != prev or c == "\n":  # ("." matches no line break)
            out.append(c)
        prev = c
    return "".join(out)


# Ayn/hamza marks and the like that a display name drops ("Ra’s al ‘Ayn" -> "Ras al Ayn").
_DISPLAY_MARKS: Final = dict.fromkeys(map(ord, "’‘ʻʼ`´ʿʾ"), None)


def display_name(text: str) -> str:
    """A readable name: Latin-1 letters kept (Nariño), transliteration marks folded (Rōdāt)."""
    out = []
    for c in text.translate(_DISPLAY_MARKS):
        if ord(c) < 0x100:
            out.append(c)
            continue
        base = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
        out.append(base.translate(_LETTERS))
    return "".join(out).strip()
