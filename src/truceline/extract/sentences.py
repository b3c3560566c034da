"""Stage 1: report -> sentences, with offsets into the document text.

Survives abbreviations ("Maj. Gen.", "U.N.", "Jan."), quotes that run across
sentences, datelines ("MOSCOW, May 6 /TASS/ -") and page boilerplate lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final, NamedTuple

from truceline.lexicon import load

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, space.
# (`[.!?…][.!?…]*` rather than `[.!?…]+`: a pattern that opens with a plain class or
# letter lets the regex engine skip to where it can match, one opening with a repeat tries
# every character; `_STOP` is the same for text with no '!', '?' or '…', and faster still)
_BOUNDARY: Final = re.compile(r"[.!?…][.!?…]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_STOP: Final = re.compile(r"\.\.*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE: Final = re.compile(r"([\w.]+)[.!?…]+[\"'”’)\]]*$")
_UP: Final = "A-ZÀ-ÖØ-Þ"  # capitals, accented ones too ("YAOUNDÉ")
_DAY: Final = r"(?:[A-Z][a-z]+\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]+\.?(?: \d{4})?)"
_AGENCY: Final = r"(?:\([^)]{1,40}\)|/[^/]{1,30}/)?"
# the country a dateline may name after its city: "MAKHACHKALA, Russia, Aug 10 -"
_COUNTRY: Final = r"(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,|\s*[-–—]))?"
_DATELINE: Final = re.compile(
    # "MOSCOW, May 6 /TASS/ -", "GOMA, 24 July 2024 (ACP) -", "YAOUNDÉ -", or a city in
    # ordinary case with its date: "Pemba, 25 Nov (Lusa) –", "Pristina, 14 June -"
    rf"^(?:(?:[{_UP}][{_UP} .'/-]{{2,40}}{_COUNTRY}(?:,\s*{_DAY})?\s*{_AGENCY}\s*(?:--|[-–—:])"
    # (a long dash may touch the first word: "PARIS, April 12 (AP)—Armed bands ...")
    rf"|[{_UP}][a-zà-ÿ'-]+(?:[ -][{_UP}][a-zà-ÿ'-]+){{0,2}},\s*{_DAY}\s*{_AGENCY}\s*(?:--|[-–—]))"
    rf"(?:\s+|(?<=[—–])(?=[{_UP}])))"
)
# a row's label, dot leader, number (and its remarks, after a wide gap)
_LEADER: Final = re.compile(r"\S ?\.{4,} *\d[\d,.]*(?:\s{2,}\S.*)?\s*$")
_INITIALS: Final = re.compile(r"(?:[a-z]\.)+[a-z]?\.?")
_LINE: Final = re.compile(r"[^\n]+")
_COUNTER: Final = re.compile(r"^[\d.,]+[kKmM]?\s*(?:shares?|views?|comments?|likes?)?$")


@dataclass(frozen=True, slots=True, init=False)
class Sentence:
    """One sentence; `para` numbers paragraphs, paragraph 0 being the headline."""

    start: int
    end: int
    text: str
    para: int
    index: int
    dateline: tuple[int, int] | None = None
    source: str | None = None  # a data row's source column ("Interfax"), for its notes
    day: str | None = None  # a data row's date column ("1991-06-27"), for its notes
    place: str | None = None  # a data row's place column ("Gornja Radgona"), for its notes

    def __init__(  # noqa: PLR0913 (written out for speed: see truceline.model)
        self,
        start: int,
        end: int,
        text: str,
        para: int,
        index: int,
        dateline: tuple[int, int] | None = None,
        source: str | None = None,
        day: str | None = None,
        place: str | None = None,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "para", para)
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "dateline", dateline)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "place", place)


@cache
def _lexicon(lang: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The abbreviations, the boilerplate lines, and those of them that head a link line
    ("read also:"), which `str.startswith` takes all at once."""
    data = load(lang, "boilerplate")
    lines = tuple(data["lines"])
    return frozenset(data["abbreviations"]), lines, tuple(b for b in lines if b.endswith(":"))


def _is_boilerplate(line: str, lines: tuple[str, ...], links: tuple[str, ...]) -> bool:
    low = line.strip().lower().strip("-–— ")
    if not low or _COUNTER.match(low) or not low.strip("|+:=_-–— \t"):
        return True  # (a table's rule: "|---|:---:|", "+====+====+")
    if low.startswith(links):
        return True  # "Read also: ...", "Related: ...": a link line of any length
    return len(low) < 60 and any(low == b.strip("-– ") or low.startswith(b) for b in lines)


def _ends_sentence(text: str, pos: int, abbreviations: frozenset[str]) -> bool:
    # only the word before matters, and it holds no space: the search starts after the last
    lo = max(0, pos - 40)
    lo = max(lo, text.rfind(" ", lo, pos) + 1)
    word = text[lo:pos]
    seen = _ENDS.get(abbreviations)
    if seen is None:
        seen = _ENDS[abbreviations] = {}
    got = seen.get(word)
    if got is None:
        if len(seen) > 100_000:
            seen.clear()
        got = seen[word] = _word_ends_sentence(word, abbreviations)
    return got


# whether a word before a full stop ends its sentence, by the abbreviations it is read with
# (reports end their sentences with the same few words: "hours.", "said.")
_ENDS: Final[dict[frozenset[str], dict[str, bool]]] = {}


def _word_ends_sentence(before: str, abbreviations: frozenset[str]) -> bool:
    m = _WORD_BEFORE.search(before)
    if not m:
        return True
    word = m.group(1).lower()
    if "." in word and _INITIALS.fullmatch(word):
        return False  # dotted initials: "R.S. Pura", "U.N."
    core = word.rstrip(".")
    if word in abbreviations or core in abbreviations:
        return False
    # Single capital initials ("J. Smith", "U.N.") do not end a sentence.
    return not (len(core) == 1 and word[0].isalpha() and before[m.start(1)].isupper())


def _split_paragraph(text: str, start: int, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    last = 0
    quoting = "“" in text  # (most paragraphs open no curly quotation)
    boundary = _BOUNDARY if "!" in text or "?" in text or "…" in text else _STOP
    for m in boundary.finditer(text):
        end = m.end()
        if quoting:
            segment = text[last:end]
            quote_depth = segment.count("“") - segment.count("”")
            if quote_depth > 0 and not m.group().rstrip().endswith(("”", '"')):
                continue  # inside a quotation that runs on
        if not _ends_sentence(text, end, abbreviations):
            continue
        spans.append((last, end))
        last = end
    spans.append((last, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s + start, e + start))
    return out


def _has_headline(text: str, title: str | None) -> bool:
    """A first line is a headline when it is the title, when a blank line follows it, or when
    it is a short line with no full stop above more text."""
    first, _, rest = text.lstrip().partition("\n")
    if not rest.strip():
        return False
    if title and first.strip() == title.strip():
        return True
    if rest.lstrip(" \t\r").startswith("\n"):
        return True
    return len(first.split()) <= 20 and not first.rstrip().endswith((".", "!", "?", '"', "”"))


_BRACKETED: Final = re.compile(r"\([^)]*\)|/[^/]*/")


def _dated_dateline(found: str) -> bool:
    """A later paragraph opens with a dateline only when it gives a date and a dash (a
    round-up's "KUMANOVO, May 24 (SEP) -"; never "COL. THANAKORN:" or "YTD (1 Jan to 5 Jun):")."""
    return found.rstrip()[-1:] in ("-", "–", "—") and any(
        c.isdigit() for c in _BRACKETED.sub("", found)
    )


def _fields(line: str, sep: str = ",") -> list[tuple[int, int]]:
    """The cells of a comma- (or tab-) separated line, as offsets of their text (inside
    any quotes)."""
    out: list[tuple[int, int]] = []
    k, n = 0, len(line)
    while k <= n:
        if k < n and line[k] == '"':
            j = k + 1
            while j < n and not (line[j] == '"' and (j + 1 >= n or line[j + 1] != '"')):
                j += 2 if line[j] == '"' else 1
            out.append((k + 1, min(j, n)))
            k = line.find(sep, j)
        else:
            end = line.find(sep, k)
            out.append((k, n if end < 0 else end))
            k = end
        if k < 0:
            break
        k += 1
    return out


@cache
def _csv_columns(lang: str) -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load(lang, "boilerplate")["csv_columns"].items()}


class _Header(NamedTuple):
    """A data export's header: its number of columns, where its notes, source, date and
    place columns are (-1 when none), and the character between cells (a comma or a tab)."""

    size: int
    notes: int
    source: int
    date: int
    place: int
    sep: str


def _csv_header(line: str, lang: str) -> _Header | None:
    """'event_id,event_date,...,source,notes,fatalities': a data export's header (also
    given as a comment, '# Columns: event_id,event_date,...')."""
    if line.startswith("#"):
        line = line.lstrip("# ")
        label, colon, rest = line.partition(":")
        if colon and " " not in label.strip() and rest.count(",") >= 4:
            line = rest.strip()
    sep = "\t" if line.count("\t") >= 4 else ","
    if line.count(sep) < 4:
        return None
    if line[:1] != '"' and len(line[: line.find(sep)].split()) > 3:
        return None  # (its first cell is a sentence's words: most lines stop here)
    names = [line[a:b].strip().lower().replace("_", " ") for a, b in _fields(line, sep)]
    if any(len(x.split()) > 3 for x in names):
        return None  # a sentence with commas, not a header
    cols = _csv_columns(lang)
    notes = next((k for k, x in enumerate(names) if x in cols["notes"]), -1)
    source = next((k for k, x in enumerate(names) if x in cols["source"]), -1)
    date = next((k for k, x in enumerate(names) if x in cols["date"]), -1)
    place = next((k for k, x in enumerate(names) if x in cols["place"]), -1)
    return _Header(len(names), notes, source, date, place, sep) if notes >= 0 else None


def split(text: str, lang: str = "en", title: str | None = None) -> tuple[Sentence, ...]:
    """Split a report into sentences; paragraph 0 is the headline when there is one. In a
    data export ("event_id,event_date,...,notes", by commas or tabs), each row's notes
    are read as a paragraph of their own, with the row's source."""
    abbreviations, boiler, links = _lexicon(lang)
    out: list[Sentence] = []
    para = 0 if _has_headline(text, title) else 1
    csv: _Header | None = None
    for m in _LINE.finditer(text):
        line = m.group()
        if _is_boilerplate(line, boiler, links):
            continue
        if para > 0 and (header := _csv_header(line, lang)) is not None:
            csv = header
            continue
        cells = _fields(line, csv.sep) if csv is not None else []
        if csv is not None and len(cells) == csv.size:
            a, b = cells[csv.notes]
            source = line[slice(*cells[csv.source])].strip() or None if csv.source >= 0 else None
            day, place = (
                line[slice(*cells[k])].strip() or None if k >= 0 else None
                for k in (csv.date, csv.place)
            )
            for s, e in _split_paragraph(line[a:b], m.start() + a, abbreviations):
                out.append(Sentence(s, e, text[s:e], para, len(out), None, source, day, place))
            para += 1
            continue
        if not line.startswith("#"):  # (a comment line between the header and its rows)
            csv = None
        dateline = None
        body_start = m.start()
        d = _DATELINE.match(line)
        if d and d.end() < len(line) and (para <= 1 or _dated_dateline(d.group())):
            dateline = (m.start(), m.start() + d.end())
        # "Hadzici ........ 124": one row, whatever its dots (the search only in a line
        # with a leader: it tries every character of a long paragraph)
        if "...." in line and _LEADER.search(line):
            a = len(line) - len(line.lstrip())
            spans = [(m.start() + a, m.start() + len(line.rstrip()))]
        else:
            # a sentence that is a line of boilerplate ("... Distribution: UNPF HQ Zagreb, BH
            # Command Kiseljak. ...") is dropped like the line would be
            spans = [
                (s, e)
                for s, e in _split_paragraph(line, m.start(), abbreviations)
                # (a link line's opening ends in a colon: most sentences have none)
                if text.find(":", s, e) < 0 or not text[s:e].lower().startswith(links)
            ]
        for s, e in spans:
            out.append(
                Sentence(s, e, text[s:e], para, len(out), dateline if s == body_start else None)
            )
        para += 1
    return tuple(out)
