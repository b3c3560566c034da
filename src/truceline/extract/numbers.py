"""Stage 2a: the grammar of counts.

Finds digits with separators ("1,180"), number words ("thirty-five", "a dozen",
"one hundred and twelve"), frequencies ("once", "twice", "12 times"), qualifiers
("about", "more than", "up to") and ranges ("between 30 and 40" -> approximate
with the lower bound). Vague quantities ("dozens", "several") are marked vague.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, cast

from truceline.lexicon import PerLanguage, gate, load, word_marks
from truceline.model import Qualifier
from truceline.text.tokens import PhraseMatcher, Token, is_decimal, opens_with_digit


@dataclass(frozen=True, slots=True, init=False)
class Number:
    """A quantity at tokens i..j; `times` when it counts occurrences ("twice", "12 times")."""

    i: int
    j: int
    value: int
    qualifier: Qualifier = "exact"
    times: bool = False
    vague: bool = False
    word: bool = False

    def __init__(  # noqa: PLR0913 (written out for speed: see truceline.model)
        self,
        i: int,
        j: int,
        value: int,
        qualifier: Qualifier = "exact",
        times: bool = False,
        vague: bool = False,
        word: bool = False,
    ) -> None:
        object.__setattr__(self, "i", i)
        object.__setattr__(self, "j", j)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "times", times)
        object.__setattr__(self, "vague", vague)
        object.__setattr__(self, "word", word)


@dataclass(frozen=True, slots=True)
class _Lex:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    collectives: dict[str, int]
    frequencies: dict[str, int]
    times: frozenset[str]
    vague: PhraseMatcher
    qualifiers: PhraseMatcher
    range_openers: frozenset[str]
    range_joiners: frozenset[str]
    not_counts: frozenset[str]
    words: frozenset[str]  # the words a number may begin with, besides digits and "x-y"
    label_zeros: frozenset[str]  # "Lai Chau: none", "Enemy: nil": nought after a label
    currency: frozenset[str]  # "US$ 195 million", "CFA 300,000": money, never a count
    vague_openers: frozenset[str]  # "dozens", "several": the words a vague quantity opens with
    articles: frozenset[str]  # "a dozen", "one soldier": a number only before a countable
    more: frozenset[str]  # "three more times", "four separate times"
    negations: frozenset[str]  # "had not opened fire once" (`_negated`)
    multiplier_after: frozenset[str]  # "twice the toll", "three times as many"
    times_after_the: frozenset[str]  # "twice the next day": a frequency after all
    multiplier_as: frozenset[str]  # "three times as many" ("21 times as the deal ..." counts)
    name_heads: frozenset[str]  # "Task Force 631", "Resolution 242": digits of a name
    nil_before: frozenset[str]  # "NIL KIA", "nil casualties": a nought before these words
    clock_units: frozenset[str]  # "2130 hrs": four digits before these are a time of day
    nil_after: frozenset[str]  # "Casualties: none reported": a label's nought before these


def _read_lex(lang: str) -> _Lex:
    d = load(lang, "numbers")
    g = load(lang, "grammar")  # (its words, not numbers.json's, are no common words to places)
    vague_openers, articles = frozenset(g["vague_openers"]), frozenset(g["number_articles"])
    return _Lex(
        d["units"], d["tens"], d["scales"], d["collectives"], d["frequencies"],
        frozenset(d["times_word"]), PhraseMatcher((v, v) for v in d["vague"]),
        PhraseMatcher(d["qualifiers"].items()), frozenset(d["range_openers"]),
        frozenset(d["range_joiners"]), frozenset(d["not_counts_after"]),
        frozenset([*d["units"], *d["tens"], *d["collectives"], *d["frequencies"],
                   *vague_openers, *articles, *d["label_zeros"]]),
        frozenset(d["label_zeros"]), frozenset(d["currency_before"]),
        vague_openers, articles, frozenset(g["more_words"]), frozenset(g["number_negations"]),
        frozenset(g["multiplier_after"]), frozenset(g["times_after_the"]),
        frozenset(g["multiplier_as"]), frozenset(g["numbered_name_heads"]),
        frozenset(g["nil_before"]), frozenset(load(lang, "dates")["clock_units"]),
        frozenset(g["nil_after"]),
    )  # fmt: skip


_LEX: Final = PerLanguage(_read_lex)
_OPENS_NUMBER: Final = gate(lambda lang: _LEX.get(lang).words)


def _digits(low: str) -> int | None:
    core = low[:-2] if low.endswith("mm") else low
    parts = core.split(",")
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        core = "".join(parts)
    if "." in core:
        head, _, tail = core.partition(".")
        if len(tail) == 3 and head.isdecimal() and tail.isdecimal():  # "1.180" thousands
            core = head + tail
        else:
            return None
    return int(core) if is_decimal(core) else None


def word_value(low: str, lang: str = "en") -> int | None:
    """A number written as one word ('four', 'twenty', 'twenty-four'), else None."""
    return _word_value(low, _LEX.get(lang))


def _word_value(low: str, lx: _Lex) -> int | None:
    if low in lx.units:
        return lx.units[low]
    if low in lx.tens:
        return lx.tens[low]
    if "-" in low:
        a, _, b = low.partition("-")
        if a in lx.tens and b in lx.units and lx.units[b] < 10:
            return lx.tens[a] + lx.units[b]
    return None


def _read_words(lows: tuple[str, ...], i: int, lx: _Lex) -> tuple[int, int] | None:
    """A number written in words from token i: (value, end)."""
    v = _word_value(lows[i], lx)
    if v is None:
        return None
    total, current, j = 0, v, i + 1
    while j < len(lows):
        low = lows[j]
        if low in lx.scales:
            scale = lx.scales[low]
            if scale >= 1000:
                total += current * scale
                current = 0
            else:
                current *= scale
            j += 1
        elif (
            low == "and"
            and j + 1 < len(lows)
            and _word_value(lows[j + 1], lx) is not None
            and current
        ):
            j += 1
        elif (w := _word_value(low, lx)) is not None and w < 100 and current % 100 == 0 and current:
            current += w
            j += 1
        elif low in lx.tens and current and current % 10 == 0 and j == i + 1:
            break
        else:
            break
    return total + current, j


def _qualifier(lows: tuple[str, ...], i: int, lx: _Lex) -> tuple[Qualifier, int]:
    """The qualifier ending just before token i, and where it starts."""
    for back in (3, 2, 1):
        k = i - back
        if k >= 0:
            m = lx.qualifiers.at(lows, k)
            if m and m.j == i:
                return cast(Qualifier, m.value), k  # the lexicon's values are qualifiers
    return "exact", i


def _one(
    lows: tuple[str, ...], toks: tuple[Token, ...], i: int, lx: _Lex
) -> tuple[int, int, bool] | None:
    low = lows[i]
    if low[0].isdecimal():
        v = _digits(low)
        if v is None:
            return None
        j = i + 1
        if j < len(lows) and lows[j] in lx.scales and lx.scales[lows[j]] >= 1000:
            v *= lx.scales[lows[j]]
            j += 1
        return v, j, False
    if low in lx.articles:
        # "a dozen", "an attack", "one soldier": only a number word when something countable follows
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if nxt in lx.collectives:
            return lx.collectives[nxt], i + 2, True
        if low in ("a", "an", "no", "single") or (i > 0 and lows[i - 1] == "no"):
            return None  # ("no one hurt": nobody)
    if low in lx.collectives and i > 0 and lows[i - 1] not in ("a", "an"):
        return None
    r = _read_words(lows, i, lx)
    if r is None:
        return None
    return r[0], r[1], True


def _is_measure(lows: tuple[str, ...], j: int, lx: _Lex) -> bool:
    nxt = lows[j] if j < len(lows) else ""
    if nxt == "-" and j + 1 < len(lows):
        nxt = lows[j + 1]
    return nxt in lx.not_counts or (nxt.startswith("year") and nxt.endswith("old"))


_BREAKS: Final = frozenset({",", ";", ".", "but", "and", "while"})


def _negated(lows: tuple[str, ...], i: int, lx: _Lex) -> bool:
    """A negation earlier in the clause, at most five words back."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if lows[k] in _BREAKS:
            return False
        if lows[k] in lx.negations or lows[k].endswith("n't"):
            return True
    return False


def _clock(hours: str, minutes: str) -> bool:
    return (
        hours.isdecimal() and len(hours) <= 2 and int(hours) < 24
        and minutes.isdecimal() and len(minutes) == 2 and int(minutes) < 60
    )  # fmt: skip


def find_numbers(
    tokens: tuple[Token, ...],
    lang: str = "en",
    lows: tuple[str, ...] | None = None,
    text: str | None = None,
) -> tuple[Number, ...]:
    """Every count-like quantity in a sentence's tokens, left to right (`lows`: their
    lower-case forms, and `text` the sentence, when the caller has them)."""
    lx = _LEX.get(lang)
    if lows is None:
        lows = tuple([t.low for t in tokens])
    hyphens = text is None or "-" in text  # (most sentences hyphen no word)
    marks = word_marks(lows, lang)  # (`_OPENS_NUMBER`: lx.words, one lookup for all stages)
    out: list[Number] = []
    i, n = 0, len(lows)
    while i < n:
        low = lows[i]
        if (
            not marks[i] & _OPENS_NUMBER
            and not opens_with_digit(low)
            and not (hyphens and "-" in low)
        ):
            i += 1  # (most words: no number opens with them)
            continue
        if low in lx.label_zeros:
            if (
                i > 0
                and lows[i - 1] == ":"
                and (i + 1 == n or lows[i + 1] in (";", ".", ",") or lows[i + 1] in lx.nil_after)
            ) or (i + 1 < n and lows[i + 1] in lx.nil_before):
                out.append(Number(i, i + 1, 0, "exact", word=True))  # "Lai Chau: none;", "NIL KIA"
            i += 1
            continue
        if i + 2 < n and lows[i + 1] == ":" and _clock(low, lows[i + 2]):
            i += 3  # "00:30 Loud explosion heard": a time of day counts nothing
            continue
        if low in lx.frequencies:
            if (once := _frequency(lows, i, lx)) is not None:
                out.append(once)
            i += 1
            continue
        vm = lx.vague.at(lows, i) if low in lx.vague_openers else None
        if vm and (low != "a" or vm.j > i + 1):
            out.append(Number(i, vm.j, 0, "approximate", vague=True, word=True))
            i = vm.j
            continue
        got = _one(lows, tokens, i, lx)
        if got is None:
            i += 1
            continue
        value, j, word = got
        qual, k = _qualifier(lows, i, lx)
        # Ranges: "between 30 and 40", "30 to 40", "30-40": approximate, lower bound.
        if j + 1 < n and lows[j] in lx.range_joiners and (k == i or lows[k] != "between"):
            nxt = _one(lows, tokens, j + 1, lx)
            if (
                nxt
                and nxt[0] > value
                and (lows[j] != "and" or (i > 0 and lows[i - 1] in lx.range_openers))
            ):
                if i > 0 and lows[i - 1] in lx.range_openers:
                    k = i - 1
                qual, j = "approximate", nxt[1]
        if j + 2 < n and lows[j] == "(" and lows[j + 2] == ")" and _digits(lows[j + 1]) == value:
            j += 3  # "twelve (12) times": the digits restate the words
        if _no_count(tokens, lows, i, j, lx, word):
            i = j  # "a 35-year-old woman", "US$195 million", "Task Force 631": no count
            continue
        if j + 1 < n and lows[j] in lx.more and lows[j + 1] in lx.times:
            j += 1  # "three more times", "two other times", "four separate times"
        times = j < n and lows[j] in lx.times
        if times and _multiplies(lows, j + 1, lx):
            i = j + 1  # "three times the number of last week": no count
            continue
        k, j = (k, j) if times else _quoted(lows, k, j)
        out.append(Number(k, j + 1 if times else j, value, qual, times=times, word=word))
        i = j + 1 if times else j
    return tuple(out)


_QUOTES: Final = frozenset({'"', "“", "”", "'", "‘", "’"})


def _quoted(lows: tuple[str, ...], k: int, j: int) -> tuple[int, int]:
    """'killed "at least 40" soldiers': a count in quotes spans them, so the words after the
    closing one are its own."""
    if k > 0 and j < len(lows) and lows[k - 1] in _QUOTES and lows[j] in _QUOTES:
        return k - 1, j + 1
    return k, j


_YEAR: Final = re.compile(r"^(1[89]|20)\d\d$")
_NUMERIC_DATE: Final = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")


def _no_count(  # noqa: PLR0913
    tokens: tuple[Token, ...], lows: tuple[str, ...], i: int, j: int, lx: _Lex, word: bool
) -> bool:
    """A measure ("a 5 km stretch"), a sum of money ("US$195 million"), digits that are part
    of a name ("Joint Task Force 631 recorded ...", "Bulletin No. 3"), a clock time, a span
    of years, an item's number or a log entry's serial: no count."""
    if _is_measure(lows, j, lx) or (i > 0 and lows[i - 1] in lx.currency):
        return True
    if word:
        return False
    low = lows[i]
    if len(low) > 2 and low[0] == "0" and low[1:4].isdigit():
        # "0610": a clock time, "Strike 014" a serial, never a count (but "killed 02
        # militants" counts)
        return True
    if len(low) == 4 and j == i + 1 and j < len(lows) and lows[j] in lx.clock_units:
        return True  # "At 2130 hrs a cordon operation was mounted": a time of day
    if _serial(tokens, i):
        return True  # "Strike 21-014", "case 2021/045": a serial number's parts
    if i > 1 and lows[i - 1] in ("-", "–") and _YEAR.match(lows[i - 2]) and len(low) == 2:
        return True  # "the strike of 1960–61": the end of a span of years
    if i == 1 and lows[0] in ("[", "(") and j < len(lows) and lows[j] in ("]", ")"):
        return True  # "[2] Cao Bang villages shelled": an item's number
    if i == 0 and j < len(lows) and _NUMERIC_DATE.match(lows[j]):
        return True  # "1408   07.12.79  0610   ...": a log entry's serial number
    p = i - 1 - (i > 1 and lows[i - 1] == ".")  # ("No. 3")
    return p >= 0 and tokens[p].is_cap and lows[p] in lx.name_heads


def _padded(t: Token) -> bool:
    """Digits of three or more that open with a nought ("014")."""
    return len(t.text) >= 3 and t.text[0] == "0" and t.text.isdigit()


def _serial(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether the digits at i are joined by a hyphen or a slash, with no space, to digits
    of three or more that open with a nought ("21-014", "2021/045", "014" itself)."""
    for a, b in ((i - 2, i), (i, i + 2)):
        if a < 0 or b >= len(tokens) or tokens[a + 1].text not in ("-", "/"):
            continue
        mid = tokens[a + 1]
        joined = tokens[a].end == mid.start and mid.end == tokens[b].start
        if joined and tokens[a].text.isdigit() and (_padded(tokens[a]) or _padded(tokens[b])):
            return True
    return False


# what opens a clause's subject after "once" used as "as soon as" ("once the troops reach")
_CLAUSE_SUBJECTS: Final = frozenset(
    {"a", "an", "it", "they", "he", "she", "we", "i", "you", "this", "that", "these",
     "those", "its", "their", "our"}
)  # fmt: skip


def _frequency(lows: tuple[str, ...], i: int, lx: _Lex) -> Number | None:
    """'twice', 'thrice', 'never once' (none); no count in 'once again' or 'twice the toll'."""
    low = lows[i]
    if low == "once" and i + 1 < len(lows) and lows[i + 1] in ("again", "more"):
        return None  # "once again", "once more": again, no count
    if low == "once" and i + 1 < len(lows) and lows[i + 1] in _CLAUSE_SUBJECTS:
        return None  # "expected to rise once they reach the airport": when, no count
    if _multiplies(lows, i + 1, lx):
        return None  # "twice the toll given by the army": no count
    qual, k = _qualifier(lows, i, lx)
    # "had not opened fire once", "never once": no occurrence at all
    value = 0 if low == "once" and _negated(lows, i, lx) else lx.frequencies[low]
    return Number(k, i + 1, value, qual, times=True, word=True)


def _multiplies(lows: tuple[str, ...], k: int, lx: _Lex) -> bool:
    """Whether a frequency ending before token k multiplies what follows ("twice the toll",
    "three times as many", "four times higher") rather than counting occurrences ("twice the
    following night")."""
    if k + 1 >= len(lows):
        return False
    if lows[k] == "as":
        return lows[k + 1] in lx.multiplier_as
    return lows[k] in lx.multiplier_after and not (
        lows[k] == "the" and lows[k + 1] in lx.times_after_the
    )


def ordinal(low: str, lang: str = "en") -> int | None:
    """'ninth' -> 9, '12th' -> 12 (a lower-case word); None for any other word."""
    if low[:-2].isdecimal() and low[-2:] in ("st", "nd", "rd", "th"):
        return int(low[:-2])
    words = cast(dict[str, int], load(lang, "numbers")["ordinals"])
    return words.get(low)
