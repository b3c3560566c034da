"""Stage 2, sentences -> mentions: one sentence read into a `View` of its tokens, numbers,
dates, cues, places and attribution (`read_sentence`), with what the document's other
sentences later change in it (`replace_places`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from truceline.extract import tables
from truceline.extract.cues import Cues, find_cues
from truceline.extract.dates import DateMention, find_dates
from truceline.extract.numbers import find_numbers
from truceline.extract.parties import (
    Attribution,
    attribute,
)
from truceline.extract.places import (
    Geocoder,
    PlaceMention,
    Spots,
    in_shouted_line,
    name_like,
    resolve_places,
    spot_places,
)
from truceline.extract.sentences import Sentence
from truceline.extract.view import View, after_of
from truceline.lexicon import load, word_set
from truceline.model import Document
from truceline.text.tokens import Token, tokenize


@dataclass(frozen=True, slots=True, init=False)
class Read:
    """One sentence with everything found in it."""

    sentence: Sentence
    view: View
    attribution: Attribution
    spots: Spots | None = None  # where it names places, for resolving again under hints

    def __init__(  # (written out for speed: see truceline.model)
        self, sentence: Sentence, view: View, attribution: Attribution, spots: Spots | None = None
    ) -> None:
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "view", view)
        object.__setattr__(self, "attribution", attribution)
        object.__setattr__(self, "spots", spots)


def read_sentence(
    s: Sentence, doc: Document, geo: Geocoder | None, hints: tuple[str | None, str | None]
) -> Read:
    """A sentence's mentions, its places resolved under the document's country and province
    `hints` (none yet on the first reading)."""
    lang = doc.language or "en"
    tokens: tuple[Token, ...] = tokenize(
        s.text, s.start, word_set(lang, "boilerplate", "abbreviations")
    )
    lows = tuple([t.low for t in tokens])
    cues = find_cues(tokens, lang, lows, s.text)
    # a dateline's words name a place and an agency ("PORT SAID, Nov. 10 (Reuters) -"; a
    # label with a colon may be a speaker's, "MAJ. OKAFOR:")
    dateline = (
        frozenset(k for k, t in enumerate(tokens) if t.end <= s.dateline[1])
        if s.dateline and doc.text[s.dateline[1] - 2 : s.dateline[1]].strip() != ":"
        else frozenset()
    )
    att = (
        attribute(
            tokens, s.text, s.start, lang,
            tuple(["\x00" if k in dateline and w.isalpha() else w for k, w in enumerate(lows)])
            if dateline else lows,
            cues.phrase("@according_to"),
        )
        if tokens
        else Attribution(None)
    )  # fmt: skip
    blocked: set[int] = set()
    if att.span:
        a, b = att.span  # (unpacked: `range(*span)` is a call through Python)
        blocked.update(range(a, b))
    if s.dateline:
        blocked.update(k for k, t in enumerate(tokens) if t.end <= s.dateline[1])
    if "agreement_nouns" in cues.by:
        blocked.update(_truce_names(tokens, cues))
    dates = find_dates(tokens, doc.published, lang, lows, s.text)
    if s.dateline:  # "HODEIDAH, July 12 (Saba) -": the dateline dates the report, not the claim
        dates = tuple(d for d in dates if tokens[d.i].start >= s.dateline[1])
    bracketed = "(" in s.text and "(" in lows  # (a token of its own: most sentences have none)
    if dates and bracketed:
        dates = tuple(d for d in dates if not _compared(lows, d.i, d.j))
    spots = (
        spot_places(
            tokens,
            s.text,
            s.start,
            geo,
            lang,
            _weapon_words(cues),
            lows,
            cues.phrase("@zones"),
            frozenset(k for k in dateline if tokens[k].text.isupper()) if dateline else dateline,
            in_shouted_line(doc.text, s.start, s.end, tokens),
        )  # fmt: skip
        if geo is not None
        else None
    )
    if spots is not None and dates and bracketed and (notes := _weekday_notes(lows, dates, lang)):
        spots = replace(spots, found=tuple(f for f in spots.found if f[0] not in notes))
    fixed = frozenset(blocked)
    places = (
        resolve_places(spots, geo, fixed, hints) if spots is not None and geo is not None else ()
    )
    places = _scene_places(_not_the_speaker(places, att), lows, lang)
    name = _entry_name(tokens, dates, lang) or _row_label(tokens, s, lang)
    first = 1 if tokens and tokens[0].text == "|" and name else 0  # "| Est | 9 | 41 |"
    if spots is not None and geo is not None and name:
        if not any(p.i == first and p.j == name for p in places):
            # "Wadi Hujeir, 13 Feb, 02:30.": the whole name heading an entry is its place
            spots = replace(spots, found=((first, name, None),))
            places = resolve_places(spots, geo, fixed, hints)
    numbers = find_numbers(tokens, lang, lows, s.text)
    if s.dateline:  # (the dateline's "May 6" counts nothing)
        numbers = tuple([n for n in numbers if tokens[n.i].start >= s.dateline[1]])
    view = View(
        tokens=tokens,
        lows=lows,
        numbers=numbers,
        dates=dates,
        places=places,
        cues=cues,
        start=s.start,
        text=s.text,
        blocked=fixed,
        lang=lang,
    )
    return Read(s, view, att, spots)


def _weapon_words(cues: Cues) -> frozenset[int]:
    """Tokens that name a means or an attack ('Air strikes', 'Mortar fire'): ordinary words,
    never a place, even capitalised at the head of a sentence."""
    if not cues.methods and not any(c in cues.by for c in _WEAPON_CUES):
        return frozenset()  # (most sentences name none)
    out: set[int] = set()
    for m in cues.methods:
        for k in range(m.i, m.j):  # (loops the compiled build runs natively)
            out.add(k)
    for c in _WEAPON_CUES:
        for m in cues.by.get(c, ()):
            for k in range(m.i, m.j):
                out.add(k)
    return frozenset(out)


_WEAPON_CUES: Final = ("attack_nouns", "violation_nouns", "munition_nouns", "explosion_nouns")


def _truce_names(tokens: tuple[Token, ...], cues: Cues) -> list[int]:
    """'the Abuja agreement', 'the Minsk accords': a place naming a truce says where it was
    signed, not where anything in the sentence happened (a place of last resort)."""
    out: list[int] = []
    for m in cues.by.get("agreement_nouns", ()):
        k = m.i
        while k > 0 and m.i - k < 4 and tokens[k - 1].is_cap:
            k -= 1
        if k < m.i and k > 0 and tokens[k - 1].low == "the":
            out.extend(range(k, m.i))
    return out


def replace_places(r: Read, geo: Geocoder, hints: tuple[str | None, str | None]) -> Read:
    """The same sentence with its places resolved again under the document's hints."""
    s, view = r.sentence, r.view
    if r.spots is None or not r.spots.found:
        return r
    places = _not_the_speaker(resolve_places(r.spots, geo, view.blocked, hints), r.attribution)
    places = _scene_places(places, view.lows, view.lang)
    if hints[0] is not None and "speech_verbs" in view.cues.by:
        places = _where_said(places, view.cues, view.lows, hints[0])
    return Read(s, view.with_places(places), r.attribution, r.spots)


def _not_the_speaker(
    places: tuple[PlaceMention, ...], att: Attribution
) -> tuple[PlaceMention, ...]:
    """'according to Moscow', 'Kyiv says': a capital speaking for its government is the
    speaker, not where anything happened (not even a place of last resort)."""
    if att.span is None:
        return places
    i, j = att.span
    if any(p.aside and p.i == i and p.j == j for p in places):
        return tuple(p for p in places if not (p.aside and p.i == i and p.j == j))
    return places


def _where_said(
    places: tuple[PlaceMention, ...], cues: Cues, lows: tuple[str, ...], country: str
) -> tuple[PlaceMention, ...]:
    """'The Belgian Defense Ministry said in Brussels that ...': a place abroad where the
    words were said is not where what they tell happened, the scene before is (a town of
    the report's own country may be both)."""
    said = {m.j for m in cues.by.get("speech_verbs", ())}
    return tuple(
        p
        for p in places
        if not (
            p.location.country not in (None, country)
            and p.i - 1 in said
            and lows[p.i - 1] in ("in", "from")
        )
    )


def _scene_places(
    places: tuple[PlaceMention, ...], lows: tuple[str, ...], lang: str
) -> tuple[PlaceMention, ...]:
    """The places that may be where things happened: not where the wounded were treated,
    where a sound was heard from, nor a victim's nationality."""
    if not places:
        return places
    return _not_nationalities(
        _where_heard(_where_treated(places, lows, lang), lows, lang), lows, lang
    )


def _not_nationalities(
    places: tuple[PlaceMention, ...], lows: tuple[str, ...], lang: str
) -> tuple[PlaceMention, ...]:
    """'One person, a citizen of the Russian Federation, died in the city centre': a country
    after 'a citizen of' is whose the victim is, not where it happened."""
    if not any(p.location.precision == "country" for p in places) or "of" not in lows:
        return places  # (most sentences name no country: no word read)
    nouns = word_set(lang, "places", "nationality_nouns")
    owned = [p for p in places if p.location.precision == "country" and after_of(lows, p.i, nouns)]
    return tuple([p for p in places if p not in owned]) if owned else places


def _where_treated(
    places: tuple[PlaceMention, ...], lows: tuple[str, ...], lang: str
) -> tuple[PlaceMention, ...]:
    """'evacuated to KOSEVO hospital', 'Vaiola Hospital treated 33 people': the hospital the
    wounded were taken to is no place of the attack (the claim takes the places before)."""
    care = word_set(lang, "places", "care_places")
    # (only a place whose last word is a hospital's, or that follows one, can go: most
    # sentences have none, and this asks of their places, not of every word)
    if not any(
        lows[p.j - 1] in care or _after_care(lows, p.i, care, lang) for p in places
    ) or not any(w in word_set(lang, "places", "care_verbs") for w in lows):
        return places
    # (not "the Tadjourah hospital": named after its town, it places the wounded there;
    # "flown to hospital at Fort Jameson": the town of the hospital is no scene either)
    return tuple(
        p
        for p in places
        if (lows[p.j - 1] not in care or p.location.geonameid is not None)
        and not _after_care(lows, p.i, care, lang)
    )


def _after_care(lows: tuple[str, ...], i: int, care: frozenset[str], lang: str) -> bool:
    """Whether the place at token i follows a hospital the wounded went to ('flown to
    hospital at Fort Jameson', 'taken to the hospital in Gao'; not 'a field hospital in Ain
    Zara was hit')."""
    if i < 4 or lows[i - 1] not in ("at", "in") or lows[i - 2] not in care:
        return False
    to = i - 3 if lows[i - 3] == "to" else i - 4 if lows[i - 3] == "the" else -1
    # (the wounded moved there: "flown to", "taken to"; not "the gate to the hospital in Gao")
    verbs = word_set(lang, "places", "care_verbs")
    return to > 0 and lows[to] == "to" and any(lows[x] in verbs for x in range(max(0, to - 2), to))


def _where_heard(
    places: tuple[PlaceMention, ...], lows: tuple[str, ...], lang: str
) -> tuple[PlaceMention, ...]:
    """'Rangoon radio, in a broadcast monitored in Bangkok, said ...': where a broadcast was
    picked up is no place of what it tells."""
    heard: list[PlaceMention] = []
    for p in places:  # (most places follow no such verb: nothing is copied for them)
        k = p.i
        if k > 1 and lows[k - 1] in ("in", "from"):
            verb = lows[k - 2]
            if verb in word_set(lang, "grammar", "monitoring_verbs") or (
                k > 2
                and lows[k - 3] == ","
                and verb in word_set(lang, "grammar", "monitoring_verbs_aside")
            ):
                heard.append(p)
    return tuple(p for p in places if p not in heard) if heard else places


_ENTRY_MARKS: Final = frozenset({",", ".", ":", ";", "-", "–"})
_CELL_MARKS: Final = frozenset({"|", "[", "]", "(", ")"})


def _entry_name(tokens: tuple[Token, ...], dates: Sequence[DateMention], lang: str) -> int:
    """The end of the name heading a line that is otherwise only a time ("Khiam, 12 Feb,
    about 14:10."): such a line names where an event log's entry happened; 0 when not."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), 0)
    if not dates or not 0 < comma <= 4 or not name_like(tokens[:comma]):
        return 0  # "Update, 12 Feb, 14:10.": a common word heads no entry
    covered = {k for d in dates for k in range(d.i, d.j)}
    rest = range(comma, len(tokens))
    return comma if all(k in covered or entry_word(tokens[k], lang) for k in rest) else 0


def _row_label(tokens: tuple[Token, ...], s: Sentence, lang: str) -> int:
    """The end of a table row's first cell when it is a name ("Est | 9 | 41", or cells
    apart by tabs); 0 if not."""
    found = tables.split(tokens, s.text, s.start)
    lead = 1 if found and found[0] == (0, 0) else 0  # "| Est | 9 |": the frame's empty cell
    if not found or lead + 1 >= len(found):
        return 0  # a label is a cell with a separator after it
    first, sep = found[lead]
    label = tokens[first:sep]
    if not label or not all(t.is_cap or t.text in ("-", "–") or t.low in ("du", "de", "of", "la")
                            for t in label):  # fmt: skip
        return 0
    if not any(name_like([t], lang) for t in label):
        return 0  # "Civilians | 12 | 11", "Category |": common words, no place
    if any(any(c.isdigit() for c in t.text) for t in label):
        return 0  # "S-02  21 Aug": a row's code, no place
    return 0 if " ".join(t.low for t in label) in tables.total_labels(lang) else sep


def _weekday_notes(lows: tuple[str, ...], dates: tuple[DateMention, ...], lang: str) -> list[int]:
    """'20 Oct (Mon)': a short weekday in brackets after a date is no place (the Mon State)."""
    days = load(lang, "dates")["weekdays"]
    return [
        d.j + 1
        for d in dates
        if d.j + 2 < len(lows)
        and lows[d.j] == "("
        and lows[d.j + 2] == ")"
        and len(lows[d.j + 1]) >= 3
        and any(day.startswith(lows[d.j + 1]) for day in days)
    ]


def entry_word(t: Token, lang: str) -> bool:
    """A word an entry's heading may hold besides its place and time: marks, time words,
    clock digits, a log's cell bars and a reliability code ('| [B]')."""
    return (
        t.low in _ENTRY_MARKS
        or t.text in _CELL_MARKS
        or (len(t.text) == 1 and t.text.isupper())
        or t.low in word_set(lang, "entries", "time_words")
        or t.low.replace(":", "").isdecimal()
    )


def _compared(lows: tuple[str, ...], i: int, j: int) -> bool:
    """'23 incidents (March 2016: 17)', '(previous week: 45)': a bracketed figure of another
    period, for comparison, dates nothing the sentence claims."""
    return (
        i > 0
        and lows[i - 1] == "("
        and j + 2 < len(lows)
        and lows[j] == ":"
        and lows[j + 1][:1].isdecimal()
        and lows[j + 2] == ")"
    )
