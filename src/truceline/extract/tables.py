"""Stage 3: rows of a delimited table ("Region | Attacks | Fatalities", then "Est | 9 | 41").

A header row says what each column counts (violations or attacks, explosions, the killed,
the injured) by the cue words in its cells; every later row is a claim of the place its
first cell names, and a row labelled "Total" is the total the other rows are parts of
(`pipeline` links them, since a total row usually comes last).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from truceline.extract.view import Draft, View, in_date, unknown_location
from truceline.lexicon import load, word_set
from truceline.model import Count, Qualifier
from truceline.text.tokens import Token

_SEPARATORS: Final = ("|", "\t")
_DASHES: Final = frozenset(("-", "\u2013", "\u2014", "--"))  # a cell counting none
_LEADER: Final = 4  # dots in a row that lead a row's label to its number
_UNITS: Final = {"violation_nouns": "violation", "attack_nouns": "violation",
          "explosion_nouns": "explosion", "settlement_nouns": "settlement"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Columns:
    """What each column of a table holds: 'count' (with its unit), 'killed', 'injured', and
    in an event log ('Date | Location | Type | Killed | Injured | Source') 'date', 'place',
    'type' and 'source': each row is then one incident."""

    roles: tuple[str | None, ...]
    unit: str
    log: bool = False
    # a cross-tab ("Sector | Shelling | Small arms | Drones"): each column's unit and means
    # where it counts something, the row's own total column marked "total"
    crossed: tuple[tuple[str, tuple[str, ...]] | None, ...] = ()


def cells(view: View) -> list[tuple[int, int]] | None:
    """Token ranges of a row's cells ("|", a tab, aligning spaces or a dot leader between
    them; an outer "| a | b |" frame and empty cells allowed), or None when the line is no
    delimited row. A full stop or a semicolon inside a cell makes the line a sentence,
    except in a heading's abbreviation ("No.", "S. No") or in a closing remarks cell after a number ("Giza   4   Al-Haram; incl. 2 ...")."""
    toks = view.tokens
    out = split(toks, view.text, view.start)
    if out is None:
        return None
    if out[0][1] <= out[0][0]:
        out = out[1:]  # "| Region | Attacks |": the frame's empty outer cells
    if out and out[-1][1] <= out[-1][0]:
        out = out[:-1]
    if len(out) < 2 or out[0][1] <= out[0][0]:
        return None
    checked = out
    if (
        len(out) >= 3
        and out[-2][1] - out[-2][0] == 1
        and any(n.i == out[-2][0] for n in view.numbers)
    ):
        checked = out[:-1]
    last = len(toks) - 1
    if any(
        toks[k].text in (".", ";") and not (k > a and b - a <= 3 and toks[k].text == ".")
        for a, b in checked
        for k in range(a, min(b, last))
    ):
        return None
    return out


def split(toks: tuple[Token, ...], text: str, base: int) -> list[tuple[int, int]] | None:
    """Token ranges between separators ("|", a tab or two spaces between two words, or a
    dot leader "Santiago ........ 9"), empty ones included; None when the line has none."""
    if not _separated(text):
        return None  # most lines have no separator at all
    out: list[tuple[int, int]] = []
    start, found, k, leader_end = 0, False, 0, -1
    while k < len(toks):
        t = toks[k]
        if (
            t.text == "."
            and k + _LEADER <= len(toks)
            and all(x.text == "." for x in toks[k : k + _LEADER])
        ):
            out.append((start, k))
            while k < len(toks) and toks[k].text == ".":
                k += 1
            start = leader_end = k
            found = True
            continue
        gap = text[toks[k - 1].end - base : t.start - base] if k else ""
        if (
            ("\t" in gap or "  " in gap)
            and k != leader_end
            and t.text != "|"
            and toks[k - 1].text != "|"  # ("|  12  |": a frame's padding)
        ):
            out.append((start, k))  # a tab, or columns aligned with spaces, ends a cell
            start, found = k, True
        if t.text == "|":
            out.append((start, k))
            start, found = k + 1, True
        k += 1
    if not found:
        return None
    out.append((start, len(toks)))
    return out


def _separated(text: str) -> bool:
    """Whether the line has a "|", a tab or two spaces in a row (remembered per line: the
    stages ask `split` of each sentence four or five times, and the search reads it whole;
    the line asked last is told by identity, before the dict)."""
    last = _LAST_LINE
    if text is last.text:
        return last.separated
    got = _SEPARATED.get(text)
    if got is None:
        if len(_SEPARATED) > 4096:
            _SEPARATED.clear()
        got = _SEPARATED[text] = "|" in text or "\t" in text or "  " in text or "...." in text
    last.text, last.separated = text, got
    return got


class _Line:
    """The line `_separated` was asked of last, and its answer."""

    __slots__ = ("text", "separated")

    def __init__(self) -> None:
        self.text = ""
        self.separated = False


_SEPARATED: Final[dict[str, bool]] = {}
_LAST_LINE: Final = _Line()


_Piece = tuple[View, int, int]  # a header cell's tokens a..b in its line


def header(
    view: View, caption: View | None = None, lines: tuple[int, int] | None = None
) -> Columns | None:
    """The columns a header row names; None unless one of them counts violations, or the
    row heads an event log (a date or place column beside the dead, wounded or event). A
    column of plain counts ("Police district | Cases") counts what the caption above the
    table names ("INCIDENTS RECORDED IN THE CAPITAL"). A header may take two lines, the
    second under the first ("Sector   Incidents   Killed" over "         reported    (all)"):
    then the caption is its first line, and `lines` the offsets where the two lines begin."""
    row = cells(view)
    if view.numbers or view.tokens[-1].text == ".":
        return None  # ("09:00  Rebels attack a post.": a log's line, a sentence in its cell)
    if caption is not None and lines is not None and (top := _over(caption, view, lines)):
        return _columns(top, None)
    if row is None:
        return None
    measure = _measure(caption) if caption is not None else None
    return _columns([[(view, a, b)] for a, b in row], measure)


def _over(above: View, view: View, lines: tuple[int, int]) -> list[list[_Piece]] | None:
    """A header's two lines as columns, each of its first line's cell and the words of the
    second under it (by the characters they take in their lines), or None when the line
    above is no header's first line, or the line has words under the label column (a row)
    or runs on as a sentence does ("The army shelled Kafr Nabl on Sunday")."""
    row = cells(above)
    if row is None or len(row) < 3 or above.numbers or above.tokens[-1].text == ".":
        return None
    toks = view.tokens
    found = split(toks, view.text, view.start) or [(0, len(toks))]
    starts = [above.tokens[a].start - lines[0] if b > a else -1 for a, b in row]
    cols: list[list[_Piece]] = [[(above, a, b)] for a, b in row]
    for a, b in found:
        if b > a:
            mid = (toks[a].start + toks[b - 1].end) / 2 - lines[1]
            k = sum(1 for x in starts[1:] if x - 1 <= mid)  # the column it falls under
            if k == 0 or (b - a == 1 and toks[a].text in _DASHES) or b - a > 4:
                return None  # (a row's label, a dash: no header's words)
            cols[k].append((view, a, b))
    return cols


def _columns(cols: list[list[_Piece]], measure: tuple[str, str] | None) -> Columns | None:
    """The columns a header's cells name (see `header`)."""
    lang = cols[0][0][0].lang
    named = _column_words(lang)
    plain = word_set(lang, "numbers", "count_columns")
    roles: list[str | None] = []
    unit = None
    for pieces in cols:
        cues = [v.cues.within(a, b) for v, a, b in pieces]
        cat = next((c for c in _UNITS if any(x.has(c) for x in cues)), None)
        words = _words(pieces)
        if words in named:  # "Town", "Date": what a log's column holds, never a count
            roles.append(named[words])
        elif words in plain and measure is not None and measure[0] not in roles:
            roles.append(measure[0])
            if measure[0] == "count":
                unit = measure[1]
        elif cat is not None and unit is None:
            roles.append("count")
            unit = _UNITS[cat]
        elif any(x.has("killed") for x in cues):
            roles.append("killed")
        elif any(x.has("injured") for x in cues):
            roles.append("injured")
        else:
            roles.append(None)
    crossed = () if {"date", "type", "source"} & set(roles[1:]) else _crossed(cols)
    if crossed:
        return Columns(tuple(roles), unit or "violation", crossed=crossed)
    if unit is not None:
        return Columns(tuple(roles), unit)
    tolls = {"killed", "injured"} & set(roles)
    if (
        {"date", "type"} & set(roles)
        and (tolls or "type" in roles)
        or ("place" in roles and "type" in roles)
    ):
        return Columns(tuple(roles), "violation", log=True)
    if tolls and roles[0] in (None, "place"):
        # "Category | Killed | Wounded", "District | Killed | Injured": a toll's rows (with
        # no day or kind of event, no log of incidents)
        return Columns(tuple(roles), "person")
    return None


def _words(pieces: list[_Piece]) -> str:
    """A header cell's words, lower-cased, without a note in brackets ("Target (as
    identified)"), over both its lines."""
    out: list[str] = []
    for v, a, b in pieces:
        opened = next((k for k in range(a + 1, b) if v.tokens[k].text == "("), b)
        out.extend(t.low for t in v.tokens[a:opened])
    return " ".join(out)


def _crossed(cols: list[list[_Piece]]) -> tuple[tuple[str, tuple[str, ...]] | None, ...]:
    """The counting columns of a cross-tab, whose header names two or more kinds of what is
    counted after its label column: by means ("Shelling | Small arms | Drones") or by unit
    ("Violations | Explosions | Settlements shelled"), perhaps beside a total ("Total").
    Empty when the header names fewer than two."""
    out: list[tuple[str, tuple[str, ...]] | None] = [None]
    totals = total_labels(cols[0][0][0].lang)
    for pieces in cols[1:]:
        cues = [v.cues.within(a, b) for v, a, b in pieces]
        methods = tuple(dict.fromkeys(m.value for x in cues for m in x.methods))
        cat = next((c for c in _UNITS if any(x.has(c) for x in cues)), None)
        if any(x.has("killed") or x.has("injured") for x in cues):
            out.append(None)
        elif cat is not None or methods:
            out.append((_UNITS[cat] if cat else "means", methods))
        elif _words(pieces) in totals:
            out.append(("total", ()))
        else:
            out.append(None)
    if any(c == ("violation", ()) for c in out):
        # beside a plain count ("Attacks | Shells"), a column of means only counts munitions
        out = [None if c is not None and c[0] == "means" else c for c in out]
    kinds = [c for c in out if c is not None and c[0] != "total"]
    if len(kinds) < 2 or not any(methods or unit != "violation" for unit, methods in kinds):
        return ()  # ("Attacks | Violations": one count told twice, no cross-tab)
    return tuple(out)


def cross_row(view: View, columns: Columns) -> tuple[list[tuple[Draft, int]], bool] | None:
    """The claims of a cross-tab's row, each with its column: one per counting cell, of the
    means or unit its column names ("North | 12 | 30 | 2" under "Shelling | Small arms |
    Drones"), the parts of the row's own total when a column gives it ("| 44"), explosions
    the parts of the violations beside them; and whether the row is the table's total."""
    found = cells(view)
    if found is None or len(found) > len(columns.crossed):
        return None
    end = len(view.tokens)
    found = found + [(end, end)] * (len(columns.crossed) - len(found))  # (no remarks)
    a, b = found[0]
    total = " ".join(t.low for t in view.tokens[a:b]) in total_labels(view.lang)
    places = () if total else tuple(p.location for p in view.places if a <= p.i < b)
    if not (total or places or any(a <= x.i < b for x in view.dates)):
        inside = view.cues.within(a, b)
        if (
            inside.methods
            or any(inside.has(c) for c in (*_UNITS, "killed", "injured"))
            or any(a <= n.i < b for n in view.numbers)
        ):
            return None  # ("Weapons recovered | 3 | 1 | 0": a row of something else)
        places = (unknown_location(view, a, b),)  # ("Sector Centre | 4 | 11 | 0")
    out: list[tuple[Draft, int]] = []
    units: list[str] = []  # each claim's column's: "total", "violation", "explosion", ...
    for col, ((x, y), kind) in enumerate(zip(found, columns.crossed, strict=True)):
        n = None if kind is None else _cell_number(view, x, y, kind[0] == "settlement")
        if kind is None or n is None:
            continue  # (an empty cell, a cell of words: no count)
        unit, methods = kind
        d = Draft("violation_tally", (x, y), locations=places, methods=methods)
        d.count = Count(n[0], n[1], "violation" if unit in ("total", "means") else unit)  # type: ignore[arg-type]
        out.append((d, col))
        units.append(unit)
    main = units.index("total") if "total" in units else None
    if main is None and "violation" in units:
        main = next(
            (k for k, (d, _) in enumerate(out) if units[k] == "violation" and not d.methods), None
        )
    if main is not None and not total:
        # "| Small arms | Mortar | Total": a row's count is its total, the means break down
        # only the total row's; a column of its own noun ("Explosions") is a row's part
        keep = [k for k in range(len(out)) if k == main or units[k] != "means"]
        main = keep.index(main)
        out, units = [out[k] for k in keep], [units[k] for k in keep]
    if main is not None:
        for k, (d, _) in enumerate(out):
            if k != main and units[k] != "settlement":  # ("| Settlements shelled": its own)
                d.parent = main
        out.insert(0, out.pop(main))  # (the row's total first: its parts follow it)
        for d, _ in out[1:]:
            if d.parent is not None:
                d.parent = 0
    if out and (main is not None or len(out) == 1):
        for (x, y), role in zip(found, columns.roles, strict=False):
            toll = _cell_number(view, x, y, words=True)
            if role in ("killed", "injured") and toll is not None:  # ("| 3 | 1": its toll)
                setattr(out[0][0], role, Count(toll[0], toll[1], "person"))
    return (out, total) if out else None


def _cell_number(view: View, a: int, b: int, words: bool = False) -> tuple[int, Qualifier] | None:
    """The count a cell holds: its number ("12", "about 40"), or none for a dash ("-",
    "–": nothing counted, unless its column may hold words, "Areas hit"); None for an
    empty cell or one of words."""
    if b - a == 1 and view.tokens[a].text in _DASHES and not words:
        return 0, "exact"
    n = next((x for x in view.numbers if a <= x.i < b), None)
    return None if n is None else (n.value, n.qualifier)


def captioned(caption: View, view: View) -> Columns | None:
    """The columns of a table with no header row, from its caption: under "Palestinians
    killed, by day" or "4. PERSONS INJURED (known to police)", the rows "Thursday 26
    September   38" and "Police officers ..... 149" each give one count of what it names.
    The caption is the sentence just before the first row, with no number but its
    section's and its dates'."""
    found = cells(view)
    if found is None or len(found) != 2 or len(caption.tokens) > 25 or _row_like(caption):
        return None
    a, b = found[1]
    if b - a != 1 or not any(n.i == a for n in view.numbers):
        return None
    if any(n.i > 0 and not in_date(caption, n) for n in caption.numbers):
        return None
    measure = _measure(caption)
    if measure is None or measure[1] == "settlement":
        return None  # ("distributed among the RC areas as follows:": where, not what)
    role, unit = measure
    return Columns((None, role), unit if role == "count" else "person")


def _row_like(view: View) -> bool:
    """Whether a line is itself a row (a caption is not)."""
    return split(view.tokens, view.text, view.start) is not None and bool(view.numbers)


def _measure(caption: View) -> tuple[str, str] | None:
    """What a table's caption says its counts are: ('count', unit) of violations, attacks,
    explosions or settlements, or ('killed' | 'injured', 'person')."""
    cues = caption.cues
    found = [
        (m.i, ("count", unit)) for cat, unit in _UNITS.items() for m in cues.by.get(cat, ())
    ] + [(m.i, (role, "person")) for role in ("killed", "injured") for m in cues.by.get(role, ())]
    # the first it names leads ("Civilians killed in attacks, by district": the dead)
    return min(found)[1] if found else None


def row(view: View, columns: Columns) -> tuple[Draft, bool] | None:
    """The claim a data row makes, and whether it is the table's total row."""
    found = cells(view)
    if found is not None and columns.log:
        return _log_row(view, columns, found)
    if found is not None and len(found) < len(columns.roles):
        if any(columns.roles[len(found) :]):
            return None
        found = found + [(len(view.tokens), len(view.tokens))] * (len(columns.roles) - len(found))
        # ("TOTAL   17" under "Ward | Cases | Remarks": a row may leave its remarks out)
    if found is None or len(found) != len(columns.roles):
        return None
    tolls = columns.unit == "person"
    d = Draft("casualty_tally" if tolls else "violation_tally", (0, len(view.tokens)))
    for (a, b), role in zip(found, columns.roles, strict=True):
        if role not in ("count", "killed", "injured"):
            continue
        if (n := _cell_number(view, a, b, role != "count")) is None:  # (a toll's dash: unsaid)
            continue
        count = Count(n[0], n[1], "person" if role != "count" else columns.unit)  # type: ignore[arg-type]
        if role == "count":
            d.count = count
        elif getattr(d, role) is None:  # (a second column of the dead may be a subset)
            setattr(d, role, count)
    if d.count is None and not (tolls and (d.killed or d.injured)):
        return None
    a, b = found[0]
    label = " ".join(t.low for t in view.tokens[a:b])
    total = label in total_labels(view.lang)
    if not total:
        # where the row's label says, else its place column ("Sector | Districts | ...")
        cols = [(a, b)] + [
            c for c, role in zip(found, columns.roles, strict=True) if role == "place"
        ]
        d.locations = next(
            (
                got
                for x, y in cols
                if (got := tuple(p.location for p in view.places if x <= p.i < y))
            ),
            (),
        )
        # ("Mortar fire | 30" in a table by type, "| 30 | mortars": the row's means)
        typed = [(a, b)] + [
            c for c, role in zip(found, columns.roles, strict=True) if role == "type"
        ]
        d.methods = tuple(
            dict.fromkeys(m.value for m in view.cues.methods if any(x <= m.i < y for x, y in typed))
        )
    return d, total


def _log_row(
    view: View, columns: Columns, found: list[tuple[int, int]]
) -> tuple[Draft, bool] | None:
    """'03 Feb | Turbat, Kech | Roadside IED | 2 | 5 | Kech police': an incident on the row's
    day at its place, by the means its type names, with its dead and wounded, as its source
    says; 'Total | 9 incidents | 17 | 31': the log's tally (a row aligned with spaces loses
    its empty cells, so the total's counts are read in the order of their columns)."""
    a, b = found[0]
    if " ".join(t.low for t in view.tokens[a:b]) in total_labels(view.lang):
        plain = [n for n in view.numbers if n.i >= b]
        d = Draft("violation_tally", (0, len(view.tokens)))
        counted = next((n for n in plain if n.j < len(view.tokens) and view.cues.at(
            "violation_nouns", n.j)), None)  # fmt: skip
        if counted is None:
            return None
        d.count = Count(counted.value, counted.qualifier, "violation")
        rest = [n for n in plain if n is not counted]
        for role, n in zip(
            (r for r in columns.roles if r in ("killed", "injured")), rest, strict=False
        ):
            setattr(d, role, Count(n.value, n.qualifier, "person"))
        return d, True
    if len(found) != len(columns.roles):
        return None
    d = Draft("incident", (0, len(view.tokens)))
    for (a, b), column in zip(found, columns.roles, strict=True):
        cell = next((x for x in view.numbers if a <= x.i < b), None)
        if column in ("killed", "injured") and cell is not None:
            setattr(d, column, Count(cell.value, cell.qualifier, "person"))
        elif column == "place" and b > a:
            d.locations = tuple(p.location for p in view.places if a <= p.i < b) or (
                unknown_location(view, a, b),
            )
        elif column == "type":
            d.methods = tuple(dict.fromkeys(m.value for m in view.cues.methods if a <= m.i < b))
        elif column == "source" and b > a:
            base = view.start
            d.source = view.text[view.tokens[a].start - base : view.tokens[b - 1].end - base]
    return (d, False) if d.locations or d.killed or d.injured else None


@cache
def _column_words(lang: str) -> dict[str, str]:
    """'date' -> 'date', 'location' -> 'place', 'source' -> 'source': an event log's columns."""
    roles = load(lang, "numbers")["column_roles"]
    return {w: role for role, words in roles.items() for w in words}


@cache
def total_labels(lang: str) -> frozenset[str]:
    """Row labels that name a table's total ("Total", "Overall")."""
    return frozenset(load(lang, "numbers")["total_labels"])
