"""What a whole report says once, read before its sentences are decided: its country and
province (`doc_hints`, `home`), its source (masthead, first claimant, dateline agency,
speaker labels, an interview's interviewee), the day its truce began, the period its
headline gives, and the records of its layouts (a chronology's dated entries and their
bracketed sources, a data export's rows and their date and place columns, a letter it
reproduces)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final, NamedTuple

from truceline.extract import tables
from truceline.extract.cues import Cues
from truceline.extract.dates import DateMention, find_dates
from truceline.extract.mentions import Read, read_sentence
from truceline.extract.parties import (
    named_source,
    party_type,
)
from truceline.extract.places import (
    Geocoder,
    common_words,
    memo,
    moved,
)
from truceline.extract.sentences import Sentence
from truceline.extract.view import BULLETS, View, days, unknown_location
from truceline.lexicon import PerLanguage, load, word_set
from truceline.model import Document, Location, Party, Period
from truceline.text.tokens import Match, Token, fold, is_alpha, is_decimal, tokenize, unpossessed


def _record_fields(lang: str) -> dict[str, str]:
    """'place of occurrence' -> 'place', 'informant' -> 'source': a record's field labels."""
    fields = load(lang, "entries")["record_fields"]
    return {w: role for role, words in fields.items() for w in words}


_RECORD_FIELDS: Final = PerLanguage(_record_fields)


def field_label(view: View) -> tuple[str, int] | None:
    """What a record's field line holds and where its colon stands ('Place: Sabon Gari
    market' -> ('place', 1)), None for any other line."""
    toks = view.tokens
    colon = next((k for k in range(1, min(5, len(toks))) if toks[k].text == ":"), None)
    if colon is None:
        return None
    role = _RECORD_FIELDS.get(view.lang).get(" ".join(t.low for t in toks[:colon]))
    return (role, colon) if role is not None else None


def label_speaker(r: Read) -> Party | None:
    """'DEPUTY PRESS SECRETARY: Sure.', 'JFO: 60 violations': a line's label is its speaker,
    unless the label is a place ('LIBYA: ...'), a single letter ('Q:') or a common word."""
    if ":" not in r.sentence.text:
        return None  # (most lines: no colon, so no label; its tokens are the line's words)
    toks = r.view.tokens
    bounds = _label_bounds(r)
    if bounds is None:
        return None
    start, colon, item = bounds
    if field_label(r.view) is not None:
        return None  # "Informant: ...", "Brief facts: ...": a record's field, no speaker
    label = _label_name(toks[start:colon], r.view.lang)
    documents = word_set(r.view.lang, "attribution", "document_words")
    while len(label) > 1 and not label[-1].is_cap and label[-1].low in documents:
        label = label[:-1]  # "Haitian National Police thread:": the police speak
    version = word_set(r.view.lang, "attribution", "version_words")
    base = r.sentence.start
    text = unpossessed(r.sentence.text[label[0].start - base : label[-1].end - base])
    kind = party_type(text)
    named = toks[colon - 1].low in word_set(r.view.lang, "attribution", "media_nouns")
    if kind in (None, "media") and len(label) > 1 and named:
        return None  # "Daily Situation Report:" names a document, not who speaks
    if kind is None and any(start <= m.i < colon for m in r.view.cues.methods):
        return None  # "Mortar: 7", "Small-arms fire: 38": a count by method
    titled = all(t.is_cap or t.low in ("of", "the", "and", "in", "for", "-", "'s") for t in label)
    # "Liaison officers operations room:": a body named in plain words is a speaker too
    if not titled and not (label[0].is_cap and kind is not None):
        return None
    if len(label) == 1 and len(label[0].text) < 2:
        return None
    verbs = word_set(r.view.lang, "grammar", "label_verbs")  # "are", "follows", "include"
    if any(t.low in verbs for t in label):
        return None  # "The figures by police district are:": a sentence leading into a list
    if any(start <= d.i < colon for d in r.view.dates):
        return None
    if kind is None and any(start <= p.i < start + len(label) for p in r.view.places):
        return None  # "LIBYA:", "Uri town:" head what happened there ("Anbar Operations
        # Command:" is a body's name; "Ms. Lind (Kalmar):" names where the speaker is from)
    if any(
        start <= m.i < colon or (colon < m.i <= colon + 3 and cat in ("killed", "injured"))
        for cat in ("violation_nouns", "toll_words", "killed", "injured")
        for m in r.view.cues.by.get(cat, ())
    ):
        return None  # "Total: 58", "Killed: 4", "Security Forces: killed 13", "OWN: NIL KIA"
    heads = word_set(r.view.lang, "attribution", "not_speaker_labels")
    if (
        text.lower() in heads
        or label[-1].low in version
        or (label[-1].low in heads and kind is None)  # "Codebook notes:", not
        or label[0].low == "by"  # "By division:", a breakdown's heading
        # "Ops Daulat:", "Operation Lion:": what the line is about, not who says it
        or (
            kind is None
            and label[0].low in word_set(r.view.lang, "grammar", "operation_name_heads")
        )
    ):  # "AZ MoD evening summary:"
        return None  # "Sources:", "Bottom line:", "Version:" head a section, not a speech
    if kind is None and _common_label(label, r.view.lang):
        return None  # "Civilians: ...", "TEAMS DEPLOYED: B1, B2": what a line is about
    if item and kind is None and any(n.i == colon + 1 for n in r.view.numbers):
        return None  # "- Ha Tuyen: 19, of which ...": an item's count, no speech
    body = _bracketed_body(toks[start:colon])
    if body is not None:  # "MAJ. CARON (CF):" speaks for the Canadian Forces
        whole = r.sentence.text[toks[start].start - base : toks[colon - 1].end - base]
        name = r.sentence.text[body[0].start - base : body[-1].end - base]
        return Party(name, whole, party_type(name) or kind or "other")  # type: ignore[arg-type]
    return Party(text, text, kind)  # type: ignore[arg-type]


def _label_bounds(r: Read) -> tuple[int, int, bool] | None:
    """Where a line's label starts and its colon stands, and whether the line is a list's
    item; None when the line has no label that could be a speaker's."""
    toks = r.view.tokens
    start = _clock_time(toks)  # "21:40 Police source: ...": a line of an event log
    item = start < len(toks) and toks[start].text in BULLETS
    start += item  # "- Ha Tuyen: 19": a list's item, labelled after its bullet
    colon = next((k for k in range(start, min(start + 12, len(toks))) if toks[k].text == ":"), None)
    if colon is None:
        colon = _long_capital_label(toks, start)
    if colon is None or colon == start or r.attribution.explicit:
        return None
    speech = word_set(r.view.lang, "attribution", "speech_verbs")
    if any(toks[k].low == "to" and toks[k + 1].low in speech for k in range(start, colon - 1)):
        return None  # "Will the Minister ... be pleased to state:": a question, no speech
    if (
        toks[colon - 1].text.isdecimal()
        and colon + 1 < len(toks)
        and toks[colon + 1].text.isdecimal()
    ):
        return None  # "... at about 16:00, clashing with ...": a clock time, no label
    if any(toks[k].text == "|" for k in range(start, colon)):
        return None  # "Digest | Africa | Source:": a masthead's cells, no speaker
    return start, colon, item


def _long_capital_label(toks: tuple[Token, ...], start: int) -> int | None:
    """The colon ending a long label written in capitals ('THE MINISTER OF STATE IN THE
    MINISTRY OF HOME AFFAIRS (SHRI V. D. NAGARKATTI):'), or None."""
    for k in range(start, min(start + 30, len(toks))):
        t = toks[k]
        if t.text == ":":
            return k if k - start >= 12 else None
        if any(c.islower() for c in t.text):
            return None
    return None


def _bracketed_body(label: tuple[Token, ...]) -> tuple[Token, ...] | None:
    """The body a label names in brackets after its speaker: 'SUPT. CLIVE MORRIS (JCF)',
    'SPOKESMAN (Brigadier Azmat Hayat, ISPR)' (never a constituency, 'Ms. Lind (Kalmar)',
    nor an outlet spoken to, 'US official (to AFP)')."""
    if len(label) < 4 or label[-1].text != ")":
        return None
    opened = max((k for k, t in enumerate(label) if t.text == "("), default=0)
    inside = label[opened + 1 : -1]
    commas = [k for k, t in enumerate(inside) if t.text == ","]
    body = inside[commas[-1] + 1 :] if commas else inside
    if not opened or not body:
        return None
    acronym = len(body) == 1 and len(body[0].text) > 1 and body[0].text.isupper()
    return body if acronym and body[0].text.isalpha() else None


def _common_label(label: Sequence[Token], lang: str) -> bool:
    """A label of common words and no title: 'Civilians', 'TEAMS DEPLOYED' (never 'MAJ.
    OKAFOR' or 'KOROIVUKI')."""
    titles = word_set(lang, "attribution", "person_titles")
    if any(t.low.rstrip(".") in titles for t in label):
        return False
    if len(label) == 1:
        return label[0].low in common_words(lang)
    return all(t.text.isupper() and t.text.isalpha() for t in label)


def _label_name(label: tuple[Token, ...], lang: str) -> tuple[Token, ...]:
    """The speaker's own name in a line's label: 'ISPR version' and "Army's account" name the
    side whose version it is, 'US official (to AFP)' and 'IRI (Islamic Resistance), Telegram'
    add the outlet or medium after it."""
    drop = word_set(lang, "attribution", "version_words") | word_set(
        lang, "attribution", "media_nouns"
    )
    said = next(
        (
            k
            for k, t in enumerate(label)
            if k and t.low in word_set(lang, "attribution", "speech_verbs")
        ),
        0,
    )
    if said and said + 2 < len(label) and label[said + 1].low == "by":
        # "Text of communiqué issued by the Ministry of National Defence:": the agent
        label = label[said + 2 + (label[said + 2].low == "the") :]
    elif said:
        label = label[:said]  # "IRI claims second operation:": who claims it
    while len(label) > 1:
        opened = next((k for k, t in enumerate(label) if t.text == "("), 0)
        if opened and label[-1].text == ")":
            label = label[:opened]
        elif label[-1].text == "," or label[-1].low in drop or label[-1].low in ("of", "the"):
            label = label[:-1]  # ("Text of communiqué": "Text", a digest's word, no one)
        else:
            break
    return label


def _clock_time(toks: tuple[Token, ...]) -> int:
    """Where a line goes on after the clock time it opens with ("21:40", "0930 hrs"); 0 when
    it opens with none."""
    if (
        len(toks) > 3
        and toks[1].text == ":"
        and toks[0].text.isdecimal()
        and len(toks[0].text) <= 2
    ):
        return 3 if toks[2].text.isdecimal() and len(toks[2].text) == 2 else 0
    if len(toks) > 2 and is_decimal(toks[0].text) and len(toks[0].text) == 4:
        return 2 if toks[1].low in ("hrs", "h", "hours") else 0
    return 0


def doc_hints(reads: list[Read], geo: Geocoder | None) -> tuple[str | None, str | None]:
    """The country and province most of the document's places are in."""
    places = [p.location for r in reads for p in r.view.places if not p.aside]
    # towns and provinces say where a report is; a country named is often the other party
    local = [loc for loc in places if loc.precision != "country"] or places
    countries: dict[str, int] = {}
    for loc in local:
        if loc.country:
            # a place the text calls by its own name says more than one matched through
            # another language's name ("Boni" is Bonn's Latin name, and a village in Mali)
            countries[loc.country] = countries.get(loc.country, 0) + (2 if _own_name(loc) else 1)
    if not countries:
        return None, None
    country = _ranked(countries)[0][0]
    fits = _fits(local, memo(geo)) if geo is not None else {}
    best = max(fits, key=lambda c: fits[c], default=country)
    # names only one country has outweigh one name repeated: "Palma" in every row of a
    # Cabo Delgado export, which also names Pemba and Mocimboa da Praia, is Mozambique's
    if fits.get(best, 0.0) >= _FIT_MIN and fits[best] >= 2 * fits.get(country, 0.0):
        country = best
    admin1s: dict[str, int] = {}
    for loc in places:
        if loc.admin1 and loc.country == country:
            admin1s[loc.admin1] = admin1s.get(loc.admin1, 0) + 1
    top = _ranked(admin1s)[:2]
    # only a clear majority province is a hint; a report spread over several is not
    admin1 = top[0][0] if top and (len(top) == 1 or top[0][1] >= 2 * top[1][1]) else None
    return country, admin1


_FIT_MIN: Final = 1.5


def _fits(local: list[Location], geo: Geocoder) -> dict[str, float]:
    """Each country's share of the places' distinct names: a name only one country has a
    place of counts whole for it, one that six countries have counts a sixth for each."""
    fits: dict[str, float] = {}
    for loc in {fold(loc.mention): loc for loc in local}.values():
        named = geo.countries_named(loc.mention) | ({loc.country} if loc.country else set())
        for c in named:
            fits[c] = fits.get(c, 0.0) + 1 / len(named)
    return fits


def headline_period(reads: list[Read]) -> Period | None:
    """'weekly shelling summary, 19-25 October 1958': the days a headline says the report
    covers, for 'during the week' in its body."""
    for r in reads:
        if r.sentence.para != 0:
            break
        spans = [d for d in r.view.dates if not d.since and 2 <= days(d.period) <= 32]
        if len(spans) == 1:
            return spans[0].period
    return None


def home(reads: list[Read], geo: Geocoder | None, country: str | None) -> Location | None:
    """The country the report is about, as the text names it if it does."""
    if country is None or geo is None:
        return None
    for r in reads:
        for p in r.view.places:
            if p.location.precision == "country" and p.location.country == country:
                return moved(p.location, "at", p.location.country, p.location.admin1)
    loc: Location = geo.country(country).location()
    return loc if loc.precision == "country" else None


def province(reads: list[Read], hints: tuple[str | None, str | None]) -> Location | None:
    """The province most of the report's places are in, as the text names it (none when the
    text never names it: 'the Mizo District' names Mizoram)."""
    if hints[1] is None:
        return None
    for r in reads:
        for p in r.view.places:
            loc = p.location
            if loc.precision == "admin1" and loc.name == hints[1] and loc.country == hints[0]:
                return moved(loc, "at", loc.country, loc.admin1)
    return None


def capital(reads: list[Read], geo: Geocoder | None, country: str | None) -> Location | None:
    """The capital of the report's country, when the text names it ('in the capital')."""
    if country is None or geo is None:
        return None
    known = memo(geo)
    for r in reads:
        for p in r.view.places:
            loc = p.location
            if loc.precision == "settlement" and loc.country == country and loc.name:
                if known.country_of(loc.name) == country:
                    return moved(loc, "at", loc.country, loc.admin1)
    return None


def _ranked(counts: dict[str, int]) -> list[tuple[str, int]]:
    """`Counter.most_common()` of plain counts: the most first, ties in the order first seen."""
    return sorted(counts.items(), key=lambda kv: -kv[1])


_WORD: Final = re.compile(r"\w+")


def _own_name(loc: Location) -> bool:
    """Whether the mention spells the place's own name ("southern Idlib" -> Idlib).
    (Remembered in a plain dict, which the compiled build reads natively, where it calls an
    lru_cache through Python.)"""
    k = (loc.mention, loc.name or "")
    got = _SPELLED.get(k)
    if got is None:
        if len(_SPELLED) > 8192:
            _SPELLED.clear()
        got = _SPELLED[k] = _spells(k[0], k[1])
    return got


_SPELLED: Final[dict[tuple[str, str], bool]] = {}


def _spells(mention: str, name: str) -> bool:
    return set(_WORD.findall(fold(name))) <= set(_WORD.findall(fold(mention)))


def dateline_agency(doc: Document, sentences: tuple[Sentence, ...]) -> tuple[Party, ...]:
    for s in sentences:
        if s.dateline:
            frag = doc.text[s.dateline[0] : s.dateline[1]]
            # "(Saba)", "/TASS/": an agency in brackets or between slashes ("KYIV/MOSCOW -"
            # names two cities, no agency)
            if "(" in frag or frag.count("/") >= 2:
                inner = frag.split("(")[-1].split(")")[0] if "(" in frag else frag.split("/")[-2]
                inner = inner.strip()
                if inner:
                    return (Party(inner, inner, "media"),)
    return ()


def truce_start(reads: list[Read], published: str | None) -> str | None:
    """The day the report's truce began: the earliest day a sentence gives next to a truce
    and its verb ('took effect on April 2'; 'the first truce since 2016' dates nothing),
    leaving out truces of the report's background (over a year before it)."""
    starts = []
    in_force = word_set(reads[0].view.lang, "cues", "in_force_verbs") if reads else frozenset()
    for r in reads:
        verbs = r.view.cues.by.get("agreement_verbs", ())
        days = [d for d in r.view.dates if not d.since]
        if r.view.cues.has("agreement_nouns") and verbs and days:
            # "signed on Saturday ..., took effect on Sunday": the truce began when it took effect
            v = next((v for v in verbs if v.value in in_force), verbs[0])
            near = min(days, key=lambda d: _apart(r.view.tokens, v, d))
            starts.append(near.period.start)
    if published:
        recent = [d for d in starts if days_between(d, published) <= 366]
        starts = recent or starts
    return min(starts) if starts else None


def _apart(tokens: Sequence[Token], v: Match, d: DateMention) -> tuple[bool, int]:
    """How far a date is from a verb: across a comma first, then in words."""
    a, b = (v.j, d.i) if v.j <= d.i else (d.j, v.i)
    return any(tokens[k].text == "," for k in range(a, b)), b - a


def days_between(start: str, end: str) -> int:
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days


@dataclass(frozen=True, slots=True, init=False)
class DocFacts:
    """What the whole document says once: its acronyms, dateline agency, first source."""

    acronyms: dict[str, str]
    dateline: tuple[Party, ...]
    first_claimant: Party | None
    interviewee: Party | None = None  # who answers the "A:" lines of an interview
    row_places: dict[int, Location] | None = None  # a data row's place column, by paragraph
    entry_sources: dict[int, Party] | None = None  # "[Reuters]" closing an entry, by paragraph
    briefer: frozenset[str] = frozenset()  # the words that introduce a transcript's speaker
    hints: tuple[str | None, str | None] = (None, None)  # its country and province (doc_hints)
    records: dict[int, Record] | None = None  # a record of field lines, by paragraph

    def __init__(  # noqa: PLR0913 (written out for speed: see truceline.model)
        self,
        acronyms: dict[str, str],
        dateline: tuple[Party, ...],
        first_claimant: Party | None,
        interviewee: Party | None = None,
        row_places: dict[int, Location] | None = None,
        entry_sources: dict[int, Party] | None = None,
        briefer: frozenset[str] = frozenset(),
        hints: tuple[str | None, str | None] = (None, None),
        records: dict[int, Record] | None = None,
    ) -> None:
        object.__setattr__(self, "acronyms", acronyms)
        object.__setattr__(self, "dateline", dateline)
        object.__setattr__(self, "first_claimant", first_claimant)
        object.__setattr__(self, "interviewee", interviewee)
        object.__setattr__(self, "row_places", row_places)
        object.__setattr__(self, "entry_sources", entry_sources)
        object.__setattr__(self, "briefer", briefer)
        object.__setattr__(self, "hints", hints)
        object.__setattr__(self, "records", records)


class Record(NamedTuple):
    """A record of field lines: its number in the report, the source and the places its
    fields name."""

    number: int
    source: Party | None
    places: tuple[Location, ...]


def record_blocks(reads: list[Read], text: str) -> dict[int, Record] | None:
    """The records a report is made of ("Date: ... / Location: ... / Description: ... /
    Source: ..."): by paragraph, the record (a block of lines with no blank line in it,
    two of them field lines, one a place or a date), with the source and places it names
    wherever their lines stand."""
    if text.count(":") < 2:
        return None  # (most reports: no field lines at all)
    blocks: list[list[tuple[Read, tuple[str, int] | None]]] = []
    roles: set[str] = set()  # the fields the block being read has had
    for r in reads:
        if r.sentence.para == 0:
            continue
        prev = blocks[-1][-1][0] if blocks else None
        field = field_label(r.view) if ":" in r.sentence.text else None
        # a blank line (or one of spaces) ends a block; so does a field it has had already
        # (the next record, with no blank line between)
        if (
            prev is None
            or _BLANK.search(text, prev.sentence.end, r.sentence.start)
            or (field is not None and field[0] in roles and field[0] != "other")
        ):
            blocks.append([(r, field)])
            roles = set()
        else:
            blocks[-1].append((r, field))
        if field is not None:
            roles.add(field[0])
    out: dict[int, Record] = {}
    number = 0
    for block in blocks:
        fields = [(f[0], r) for r, f in block if f is not None and _opens_line(text, r)]
        if len(fields) < 2 or not {"place", "date"} & {role for role, _ in fields}:
            continue
        number += 1
        source = next((field_source(r) for role, r in fields if role == "source"), None)
        places = next((field_place(r) for role, r in fields if role == "place"), ())
        record = Record(number, source, places)
        for r, _ in block:
            out[r.sentence.para] = record
    return out or None


_BLANK: Final = re.compile(r"\n[ \t]*\n")


def _opens_line(text: str, r: Read) -> bool:
    """Whether a sentence opens its line (after any indent): a field line's label does."""
    line = text.rfind("\n", 0, r.sentence.start) + 1
    return not text[line : r.sentence.start].strip()


def value_end(view: View, begin: int) -> int:
    """Where a field's value ends: before a comma, semicolon or bracket ('Source: state
    police, by telephone', 'Place: Sabon Gari market, Fagge'), or before the line's
    closing full stop."""
    toks = view.tokens
    end = next((k for k in range(begin, len(toks)) if toks[k].text in (",", ";", "(")), len(toks))
    return end - (end == len(toks) and end > begin and toks[-1].text == ".")


def field_place(r: Read) -> tuple[Location, ...]:
    """'Place: Sabon Gari market, Fagge': the places a record's place field names, else its
    words as written; () for any other line."""
    field = field_label(r.view)
    if field is None or field[0] != "place" or field[1] + 1 >= len(r.view.tokens):
        return ()
    view, begin = r.view, field[1] + 1
    found = tuple(p.location for p in view.places if not p.aside and p.i >= begin)
    if found:
        return found
    end = value_end(view, begin)
    return (unknown_location(view, begin, end),) if end > begin else ()


def field_source(r: Read) -> Party | None:
    """The party a source field names ('Source: state police, by telephone': the words
    before any comma)."""
    field = field_label(r.view)
    toks = r.view.tokens
    if field is None or field[1] + 1 >= len(toks):
        return None
    begin = field[1] + 1
    end = value_end(r.view, begin)
    if end == begin:
        return None
    base = r.sentence.start
    name = r.sentence.text[toks[begin].start - base : toks[end - 1].end - base].rstrip(".")
    return Party(name, name, party_type(name) or "other")  # type: ignore[arg-type]


def briefer_words(reads: list[Read]) -> frozenset[str]:
    """The words of a report's introduction before its first speaker label ('Briefing by
    the RFMF spokesman, Lieutenant Colonel Semi Koroivuki'): a label that is one of them
    ('KOROIVUKI:') is the person the report says is briefing for its source."""
    out: set[str] = set()
    for r in reads:
        if r.sentence.para > 3 or label_speaker(r) is not None:
            break
        for t in r.view.tokens:  # (a loop, not a generator: the compiled build runs it natively)
            if t.is_cap and is_alpha(t.text):
                out.add(t.low)
    return frozenset(out)


def interviewee(reads: list[Read]) -> Party | None:
    """Who answers an interview's 'A:' lines: the titled person its introduction opens a
    sentence with ('General Jean-Pierre Mabiala chairs the committee ...')."""
    asked = [k for k, r in enumerate(reads) if r.sentence.text.startswith(("Q:", "Q."))]
    if len(asked) < 2 or not any(r.sentence.text.startswith("A:") for r in reads):
        return None
    for r in reads[: asked[0]]:
        toks = r.view.tokens
        if r.sentence.para == 0 or not toks:
            continue
        b = 0
        while b < len(toks) and (toks[b].is_cap or toks[b].text == "-"):
            b += 1
        if b >= 3 and toks[0].low in word_set(r.view.lang, "attribution", "person_titles"):
            text = r.sentence.text[: toks[b - 1].end - r.sentence.start]
            return Party(text, text, "other")
    return None


def document_author(r: Read) -> Party | None:
    """'Chamber of Representatives: written answer of the Ministry of the Interior on ...':
    after a label, a document said to be a body's ('answer of', 'statement by', 'report
    from') is that body's words, not the label's."""
    toks = r.view.tokens
    colon = next((k for k, t in enumerate(toks[:12]) if t.text == ":"), None)
    if colon is None:
        return None
    documents = word_set(r.view.lang, "attribution", "document_words")
    k = next(
        (k for k in range(colon + 1, min(colon + 4, len(toks))) if toks[k].low in documents), None
    )
    if k is None or k + 2 >= len(toks) or toks[k + 1].low not in ("of", "by", "from"):
        return None
    end = k + 2
    joined = _NAME_RUNS.get(r.view.lang).joined
    while end < len(toks) and (toks[end].is_cap or toks[end].low in joined):
        end += 1  # the body's name, to the first word of what the document is on
    return named_source(toks[k + 2 : end], r.sentence.text, r.sentence.start, r.view.lang)


def fuller(party: Party, reads: list[Read]) -> Party:
    """'Border Service:' heading a report whose letterhead reads 'Border Service of the State
    Committee for National Security ...': the body the letterhead names in full."""
    short = party.name.lower() + " "
    for r in reads:
        if r.sentence.para > 1:
            break
        named = named_source(r.view.tokens, r.sentence.text, r.sentence.start)
        if named is not None and named.name.lower().startswith(short):
            return replace(named, aliases=(party.name,))
    return party


def first_person(r: Read) -> bool:
    """'We logged 31 incidents', 'Our dataset records ...': the report speaks for itself."""
    toks, said = r.view.tokens, r.attribution.claimant
    words = word_set(r.view.lang, "attribution", "first_person")
    if not toks or toks[0].low not in words:
        return False
    return said is None or (said.mention or said.name).split()[0].lower() in words


def sender(reads: list[Read]) -> Party | None:
    """'FROM: SMO SECTOR SARAJEVO', 'FM: CDR FOURTH DIVISION' in a message's header (before
    its first sentence of prose): who sends the report."""
    labels = word_set(reads[0].view.lang, "attribution", "sender_labels") if reads else frozenset()
    for r in reads[:12]:
        toks = r.view.tokens
        if toks and toks[0].low in labels and (text := _sender_line(r.sentence.text, labels)):
            return Party(text, text, party_type(text) or "other")  # type: ignore[arg-type]
    return None


def header_line(r: Read, key: str) -> bool:
    """Whether the sentence is a message header's line opened by a label of lexicon `key`
    and a colon: the sender's ('FROM: HQ ... MONROVIA', `sender_labels`) or whom it goes
    to ('TO: ECOWAS SECRETARIAT LAGOS', 'INFO: GHQ ACCRA', `addressee_labels`)."""
    toks = r.view.tokens
    return (
        len(toks) > 1
        and toks[1].text == ":"
        and toks[0].low in word_set(r.view.lang, "attribution", key)
    )


def _sender_line(text: str, labels: frozenset[str]) -> str | None:
    """The rest of a header line opened by a sender's label with its colon ('FROM: SMO
    SECTOR SARAJEVO'), or in a message all in capitals without one ('FM HQ 70 (EA) INF BDE')."""
    for line in text.splitlines():
        label, _, rest = line.strip().partition(" ")
        rest = rest.strip()
        colon = label.endswith(":")
        if label.rstrip(":").lower() in labels and rest[:1].isupper():
            if colon or (label.isupper() and rest.upper() == rest):
                return rest.lstrip(": ")
    return None


def masthead(r: Read) -> Party | None:
    """'Sahel Incident Watch | Niger | Week 20', 'Critical Threats Project, American Enterprise
    Institute' under a headline: a line of names whose first names who publishes the report
    (not a place, a date, a count or a byline's author)."""
    toks = r.view.tokens
    joiners = word_set(r.view.lang, "attribution", "name_joiners")
    # "CENTRAL ASIA SECURITY ASSESSMENT UNIT", "UPPER EAST REGIONAL POLICE COMMAND,
    # BOLGATANGA": a body's name in capitals on a line of its own, in the letterhead (of
    # eight words at most: its comma is looked for among the first nine)
    cut = next((k for k in range(min(len(toks), 9)) if toks[k].text == ","), len(toks))
    body = toks[:cut] if r.sentence.para >= 1 and 2 <= cut <= 8 else ()
    if body and _capital_body(body, joiners, r.view.lang):
        text = r.sentence.text[body[0].start - r.sentence.start : body[-1].end - r.sentence.start]
        kind = party_type(text)
        if kind == "media" or text.lower() in word_set(r.view.lang, "attribution", "addressees"):
            return None  # ("SECURITY COUNCIL" heads a letter written to it)
        return Party(text, text, kind or "other")  # type: ignore[arg-type]
    if r.sentence.para != 1 or r.view.numbers and r.view.numbers[0].i == 0:
        return None
    if (
        len(toks) > 3
        and toks[0].low in word_set(r.view.lang, "attribution", "publisher_verbs")
        and toks[1].low == "by"
    ):
        # "Prepared by the Blue Line Research Desk.", "Compiled by the Iraq desk from ..."
        a = 3 if toks[2].low == "the" else 2
        b = a
        while b < len(toks) and (toks[b].is_cap or (toks[b].low in joiners and b + 1 < len(toks)
                                                     and toks[b + 1].is_cap)):  # fmt: skip
            b += 1
        if b - a < 2:
            return None
        text = r.sentence.text[
            toks[a].start - r.sentence.start : toks[b - 1].end - r.sentence.start
        ]
        return Party(text, text, party_type(text) or "other")  # type: ignore[arg-type]
    found = tables.split(toks, r.sentence.text, r.sentence.start)
    if not found and len(toks) <= 14 and any(t.text == "," for t in toks):
        if not all(t.is_cap or t.low in joiners or t.text in (",", "-", "&") for t in toks):
            return None  # a line of names only, no sentence
        comma = next(k for k, t in enumerate(toks) if t.text == ",")
        found = [(0, comma), (comma + 1, len(toks))]
    if not found or len(found) < 2 or found[0][1] - found[0][0] < 2:
        return None
    a, b = found[0]
    cell: Sequence[Token] = toks[a:b]
    # "Open Source Damage Monitor (OSDM)", "Jane Doe (@jdoe)", "UN Force (PKF) Headquarters,
    # Dili": the name without its short form or handle, and without where it sits
    comma = next((k for k in range(1, len(cell)) if cell[k].text == ","), len(cell))
    depth, kept = 0, list[Token]()
    for t in cell[:comma]:
        if t.text in ("(", ")"):
            depth += 1 if t.text == "(" else -1
        elif depth == 0:
            kept.append(t)
    cell = kept or cell
    if not (cell[0].is_cap and cell[-1].is_cap and all(t.is_cap or t.low in joiners for t in cell)):
        return None
    if cell[0].low in word_set(r.view.lang, "attribution", "byline_words"):
        return None  # "By Jane Doe, Reuters": an author
    if any(a <= d.i < b for d in r.view.dates):
        return None
    text = r.sentence.text[cell[0].start - r.sentence.start : cell[-1].end - r.sentence.start]
    kind = party_type(text)
    if kind is None and any(a <= p.i < b and p.location.precision != "unresolved"
                            for p in r.view.places):  # fmt: skip
        return None  # "Donetsk | 12 May": where, not who
    return Party(text, text, kind or "other")  # type: ignore[arg-type]


def _capital_body(toks: Sequence[Token], joiners: frozenset[str], lang: str) -> bool:
    """A line that is only a body's name in capitals, ending on its kind ('... UNIT', '...
    POLICE SERVICE'; not 'UNITED NATIONS' over a letter, nor 'PRESS RELEASE')."""
    return (
        2 <= len(toks) <= 8
        and toks[-1].low in word_set(lang, "places", "organisation_heads")
        and all((t.text.isupper() and t.text.isalpha()) or t.low in joiners for t in toks)
    )


_ENTRY_DASHES: Final = frozenset({"-", "–", "—", ":"})


def dated_entry(r: Read) -> DateMention | None:
    """The date a chronology's entry opens with ('17 Sep 1994 - Delegations sign ...', or
    a sentence of its own, '30 July. Rebels attack ...')."""
    d = r.view.dates[0] if r.view.dates else None
    toks = r.view.tokens
    if d is not None and d.i != 0 and _broadcast_line(r, d):
        return d  # ("VNA in English 1532 gmt 20 Feb 79": a digest's item, dated by its line)
    if d is None or d.i != 0:
        return None
    if d.j == len(toks) or (d.j == len(toks) - 1 and toks[d.j].text in (".", ":")):
        return d  # ("FRIDAY, 1 DECEMBER": a heading over the entries of that day)
    return d if toks[d.j].text in _ENTRY_DASHES else None


def _broadcast_line(r: Read, d: DateMention) -> bool:
    """A monitoring digest's source line, its station, its clock time in GMT and the day
    ending it ('Voice of Vietnam home service 1100 gmt 20 Feb 79', 'RADIO ILLIMANI, La Paz,
    in Spanish, 1405 GMT 9 Apr 52'): the day its item was broadcast."""
    toks = r.view.tokens
    end = d.j if d.j == len(toks) or toks[d.j].text not in (".", ")") else d.j + 1
    return (
        end >= len(toks) - 1
        and d.i >= 2
        and toks[d.i - 1].low in ("gmt", "utc")
        and toks[d.i - 2].text.isdigit()
        and len(toks) <= 16
    )


def broadcast_station(r: Read, d: DateMention) -> Party | None:
    """The station a monitoring digest's source line names, which speaks its item: 'RADIO
    ILLIMANI' of 'ITEM 1. RADIO ILLIMANI, La Paz, in Spanish, 1405 GMT 9 Apr 52', 'VNA' of
    'VNA in English 1532 gmt 20 Feb 79' (`d`: the line's date, as `dated_entry` found it)."""
    if d.i == 0 or not _broadcast_line(r, d):
        return None
    toks = r.view.tokens
    a = 0
    while a < len(toks) and (toks[a].low in ("item", ".", "-") or toks[a].text.isdigit()):
        a += 1  # ("ITEM 1.", "[3]")
    b = a
    ends = word_set(r.view.lang, "attribution", "broadcast_line_ends")
    while b < d.i and toks[b].text not in (",", "(", "[") and toks[b].low not in ends:
        b += 1
    if b <= a or toks[b - 1].text.isdigit():
        return None
    base = r.sentence.start
    name = r.sentence.text[toks[a].start - base : toks[b - 1].end - base]
    return Party(name, name, party_type(name) or "media")  # type: ignore[arg-type]


def dispatch_days(reads: list[Read], doc: Document, geo: Geocoder | None) -> list[Read]:
    """A correspondent's dispatch dated by a weekday under the headline ('NAIROBI,
    Tuesday.', 'Ballaarat, Monday Evening.') was written that day, the last such day up
    to the paper's date: its 'yesterday' and 'on Sunday' count from it."""
    for q, r in enumerate(reads[:8]):
        if r.sentence.para > 4:
            break
        day = _dispatch_day(r, doc.published)
        if day is not None:
            again = replace(doc, published=day)
            return reads[: q + 1] + [read_sentence(x.sentence, again, geo, (None, None))
                                     for x in reads[q + 1 :]]  # fmt: skip
    return reads


def _dispatch_day(r: Read, published: str | None) -> str | None:
    """The day a line 'PLACE, Weekday[ evening].' names, when it is not the paper's."""
    toks, view = r.view.tokens, r.view
    if published is None or not view.places or len(toks) > 8 or view.places[0].i != 0:
        return None
    k = view.places[0].j
    weekdays = load(view.lang, "dates")["weekdays"]
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].low not in weekdays:
        return None
    rest = [t.low for t in toks[k + 2 :] if t.text not in (".", ",")]
    if len(rest) > 1 or (rest and rest[0] not in word_set(view.lang, "dates", "time_of_day")):
        return None
    paper = dt.date.fromisoformat(published)
    back = (paper.weekday() - int(weekdays[toks[k + 1].low])) % 7
    return (paper - dt.timedelta(days=back)).isoformat() if back else None


def match_reports(reads: list[Read], text: str) -> list[Read]:
    """A sports report ('the goalkeeper', 'half-time', 'semi-final'): in its sentences that
    speak of play ('goal', 'striker', 'scored'), 'attack', 'shot', 'fired' and 'breached'
    are the game's, no fighting (a toll of the dead or hurt stays: a riot at a match)."""
    if not reads:
        return reads
    lang = reads[0].view.lang
    low = text.lower()
    if sum(1 for w in word_set(lang, "cues", "sport_markers") if w in low) < _SPORT_MARKS:
        return reads
    play = word_set(lang, "cues", "play_words")
    out: list[Read] = []
    for r in reads:
        cues = r.view.cues
        if play.isdisjoint(r.view.lows) or cues.has("killed") or cues.has("injured"):
            out.append(r)
            continue
        by = {k: v for k, v in cues.by.items() if k not in _FIGHTING}
        calm = Cues(by, (), cues.outcomes, cues.phrases)
        out.append(Read(r.sentence, r.view.with_cues(calm), r.attribution, r.spots))
    return out


_SPORT_MARKS: Final = 2  # a sports report's own words, the fewest it has
_FIGHTING: Final = frozenset(
    {
        "attack_verbs",
        "attack_nouns",
        "violation_nouns",
        "violation_verbs",
        "quiet_nouns",
        "generic_fighting",
        "conflict_words",
    }
)


# how long after the last day named with its year a day named without one is still read
# in that year ('On 16 December 1986 ...', then 'On 17 December ...', '3 January ...')
_NARRATIVE_REACH: Final = dt.timedelta(days=120)


def narrative_years(reads: list[Read], published: str | None) -> list[Read]:
    """'In December 1986 students gathered ...', then 'On 17 December troops ...' in a paper of
    2006: a day named without its year, after one named with a year that is not the
    paper's and before it, is of the year the narrative has reached (not the latest before
    the paper's date). A date of the paper's own year ends the narrative."""
    if published is None:
        return reads
    year = published[:4]
    out: list[Read] = []
    context: Period | None = None  # the last period named with a year of its own
    # (only in a report whose headline names another year than the paper's: "The Jeltoqsan
    # events of December 1986"; elsewhere a year named in passing is background)
    if not any(
        _dated(r.view, d) == 2 and d.period.end[:4] < year
        for r in reads
        if r.sentence.para == 0
        for d in r.view.dates
    ):
        return reads  # (nor a year to come: "Truce due to expire in January 2025")
    for r in reads:
        view = r.view
        if not view.dates:
            out.append(r)
            continue
        read: list[DateMention] = []
        for d in view.dates:
            dated = _dated(view, d)
            if dated == 2:
                context = d.period if d.period.end[:4] < year else None
            elif dated == 1 and context is not None:
                d = _in_narrative(d, context)
            read.append(d)
        changed = any(a is not b for a, b in zip(read, view.dates, strict=True))
        out.append(Read(r.sentence, view.with_dates(tuple(read)), r.attribution, r.spots)
                   if changed else r)  # fmt: skip
    return out


def _dated(view: View, d: DateMention) -> int:
    """2 for a day or month named with its year ("16 December 1986"), 1 without ("17
    December"), 0 for any other time (a year alone, "since ...", "the previous day")."""
    words = view.lows[d.i : d.j]
    if d.since or d.relative or not any(w.rstrip(".") in _MONTHS.get(view.lang) for w in words):
        return 0
    return 2 if any(_YEAR_WORD.fullmatch(w) for w in words) else 1


_YEAR_WORD: Final = re.compile(r"'?\d{4}s?|'\d\d")
_MONTHS: Final = PerLanguage(lambda lang: frozenset(load(lang, "dates")["months"]))


def _in_narrative(d: DateMention, context: Period) -> DateMention:
    """The date moved by whole years into the narrative's year, if it then falls from a week
    before the narrative's last period to `_NARRATIVE_REACH` after it; else as it was."""
    start = dt.date.fromisoformat(d.period.start)
    first = dt.date.fromisoformat(context.start)
    for y in (first.year, first.year + 1):
        shift = y - start.year
        day = _years_on(start, shift)
        if (
            day is not None
            and first - dt.timedelta(days=7) <= day
            and day <= dt.date.fromisoformat(context.end) + _NARRATIVE_REACH
        ):
            end = _years_on(dt.date.fromisoformat(d.period.end), shift)
            if end is None:
                return d
            period = Period(day.isoformat(), end.isoformat())
            return DateMention(d.i, d.j, period, d.since, d.exact_day, d.relative)
    return d


def _years_on(day: dt.date, years: int) -> dt.date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return None  # (29 February)


def entry_days(reads: list[Read], doc: Document, geo: Geocoder | None) -> list[Read]:
    """In a chronology, the words of an entry are dated from the entry's day ('9 Apr --
    ... "four times since Sunday"': the Sunday before 9 April, not before the page's date)."""
    if not any(r.sentence.day for r in reads) and not _dated_entries(reads):
        return reads
    out: list[Read] = []
    day, para, heading = None, -1, False
    for r in reads:
        if (entry := dated_entry(r) or row_day(r, doc.published)) is not None:
            day, para = entry.period.end, r.sentence.para
            # a date on a line of its own heads the paragraphs up to the next one
            heading = len(r.view.tokens) <= entry.j + 1
        elif heading and r.sentence.para > para:
            para = r.sentence.para
        if r.sentence.para == para and day is not None and day != doc.published:
            r = read_sentence(r.sentence, replace(doc, published=day), geo, (None, None))
        out.append(r)
    return out


def letter_writer(r: Read) -> Party | None:
    """Who a reproduced letter's heading says wrote it: the words after 'from', up to
    'addressed' or the end of the heading."""
    toks = r.view.tokens
    words = word_set(r.view.lang, "attribution", "letter_words")
    if len(toks) > 40 or not any(t.low in words for t in toks[:4]):
        return None
    start = next((k + 1 for k, t in enumerate(toks) if t.low == "from"), None)
    if start is None or start >= len(toks):
        return None
    if sum(t.text == "(" for t in toks[:start]) > sum(t.text == ")" for t in toks[:start]):
        return None  # "Weekly Note No. 4 (translation from the French)": an aside, no writer
    end = next((k for k in range(start, len(toks)) if toks[k].low in ("addressed", ",")), len(toks))
    while start < len(toks) - 1 and toks[start].low == "the":
        start += 1  # ("from the Governor of Malta": the Governor of Malta)
    if not any(t.low == "addressed" for t in toks[start:]):
        # "Telegram from the Governor of Malta to the Secretary of State": to whom, after 'to'
        end = next((k for k in range(start, end) if toks[k].low == "to"), end)
    while end > start and toks[end - 1].text in (".", ":"):
        end -= 1
    base = r.sentence.start
    name = r.sentence.text[toks[start].start - base : toks[end - 1].end - base]
    return Party(name, name, party_type(name) or "government") if end > start else None  # type: ignore[arg-type]


def entry_sources(reads: list[Read]) -> dict[int, Party] | None:
    """The source a chronology's entry names in brackets at its end ('... clash in Vlore.
    [ATA]', '[Interior Ministry, 12 Apr]'); one it was only relayed by ('[via Radio
    Tirana]') is no source of its own. Also a list's items that name theirs so (three at
    least)."""
    out: dict[int, Party] = {}
    for r in reads:
        if not r.sentence.text.startswith("["):
            continue  # (most lines: no call to the regex, made through Python)
        m = _BRACKETED_SOURCE.match(r.sentence.text)
        if m and not m.group(1).lower().startswith("via "):
            name = m.group(1).split(",")[0].strip()
            out[r.sentence.para] = Party(name, name, party_type(name) or "media")  # type: ignore[arg-type]
    return out if len(out) >= 3 or (out and _dated_entries(reads)) else None


_BRACKETED_SOURCE = re.compile(r"^\[([^\]]{2,60})\]$")


def row_places(
    reads: list[Read], geo: Geocoder | None, hints: tuple[str | None, str | None]
) -> dict[int, Location] | None:
    """Where each data row's place column says its notes happened ('Gornja Radgona',
    'Slovenia (multiple)', 'Ljubljana - Rozna dolina': the most precise part known)."""
    if geo is None or not any(r.sentence.place for r in reads):
        return None
    out: dict[int, Location] = {}
    for r in reads:
        cell = r.sentence.place
        if not cell or r.sentence.para in out:
            continue
        name = _BRACKETED_NOTE.sub("", cell).strip(" -")
        if not name:
            continue
        parts = [name, *reversed([p.strip() for p in _CELL_PARTS.split(name)])]
        found = next((res for p in parts if (res := geo.resolve(p, country=hints[0])).place), None)
        loc = (
            found.location()
            if found is not None
            else Location(mention=name, name=name, precision="unresolved", country=hints[0])
        )
        out[r.sentence.para] = replace(loc, mention=cell)
    return out


_BRACKETED_NOTE = re.compile(r"\s*\([^)]*\)")


_CELL_PARTS = re.compile(r"\s+[-–/]\s+|;")


def row_day(r: Read, published: str | None) -> DateMention | None:
    """The date in a data row's date column ('1991-06-27'), if it gives one."""
    day = r.sentence.day
    if not day:
        return None
    found = find_dates(tokenize(day), published, r.view.lang)
    return found[0] if len(found) == 1 and not found[0].since else None


def chronology(reads: list[Read]) -> bool:
    """A page of dated entries, or a data export's rows."""
    return _dated_entries(reads) or any(r.sentence.source is not None for r in reads)


def _dated_entries(reads: list[Read]) -> bool:
    """Whether the report is a page of dated entries (three at least)."""
    return sum(dated_entry(r) is not None for r in reads) >= 3


@dataclass(frozen=True, slots=True)
class _NameRuns:
    """Runs of capitalised words and the lower-case words a run joins (grammar.json's
    name_run_joiners: 'of', 'the'), made once per language."""

    joined: tuple[str, ...]
    pattern: re.Pattern[str]


def _name_runs(lang: str) -> _NameRuns:
    joined = tuple(load(lang, "grammar")["name_run_joiners"])
    words = "|".join(re.escape(w) for w in joined)
    return _NameRuns(
        joined,
        re.compile(
            rf"(?:[A-Z][\w'’.-]*|{words})(?:[ \t]+(?:[A-Z][\w'’.-]*|{words}))*"
            r"(?:[ \t]+[a-z]+){0,2}"
        ),
    )


_NAME_RUNS: Final = PerLanguage(_name_runs)


def in_full(
    party: Party | None, text: str, lang: str, known: dict[str, str | None] | None = None
) -> Party | None:
    """'The Government', 'the ministry', 'the military': a body named by its kind alone is
    the body of that kind the report names in full ('Government of Northern Rhodesia', 'UK
    Ministry of Defence', 'Sri Lankan military'), the longest such name; unchanged (the same
    object) when the report names none. `known`: the full names found so far in this text,
    by name (a report's claims share a few claimants)."""
    if party is None:
        return None
    if known is None:
        best = _in_full_name(party.name, text, lang)
    elif party.name in known:
        best = known[party.name]
    else:
        best = known[party.name] = _in_full_name(party.name, text, lang)
    if best is None:
        return party
    return Party(best, party.mention, party.type, (*party.aliases, party.name))


def _in_full_name(name: str, text: str, lang: str) -> str | None:
    """The longest name in full of the body `name` names by its kind (`in_full`), if any."""
    words = _kind_words(name, lang)
    if not words:
        return None
    names = _full_names(text, lang, words[0])
    found = [
        n for n in names if set(words) <= set(n.lower().split()) and len(n.split()) > len(words)
    ]
    return max(found, key=len) if found else None


def _kind_words(name: str, lang: str) -> tuple[str, ...]:
    """A name's words but 'the' when it is a body's kind alone (one to three words of
    lexicon generic_body_words: 'The Government', 'armed forces'), else none. (Remembered
    in a plain bounded dict: see `_own_name`.)"""
    k = (name, lang)
    got = _KINDS.get(k)
    if got is None:
        if len(_KINDS) > 4096:
            _KINDS.clear()
        got = _KINDS[k] = _name_kind_words(name, lang)
    return got


_KINDS: Final[dict[tuple[str, str], tuple[str, ...]]] = {}


def _name_kind_words(name: str, lang: str) -> tuple[str, ...]:
    generic = word_set(lang, "attribution", "generic_body_words")
    words = tuple(w for w in name.lower().split() if w != "the")
    if not words or len(words) > 3 or not all(w in generic for w in words):
        return ()
    return words


@lru_cache(maxsize=64)
def _full_names(text: str, lang: str, word: str) -> tuple[str, ...]:
    """The bodies a report names with capitals, and with the kind word after ('Sri Lankan
    military'), that may hold `word` (a kind word, lower-case): runs of capitalised words,
    'of', 'the' and 'and', up to two lower-case words of a body's kind after them. Only the
    runs where the word is written are read (_runs_at): a name holding it comes from one."""
    generic = word_set(lang, "attribution", "generic_body_words")
    documents = word_set(lang, "attribution", "document_words")
    runs = _NAME_RUNS.get(lang)
    joined = runs.joined
    out: list[str] = []
    for ws in (part for m in _runs_at(text, word, runs) for part in _sentence_parts(m.group())):
        k = len(ws)
        while k and ws[k - 1].islower():
            k -= 1
        while k < len(ws) and ws[k] in generic:
            k += 1
        del ws[k:]  # lower-case words only of a body's kind ("Rioters fought police": none)
        while ws and (
            ws[0].lower() in joined or ws[0].lower() in documents or ws[0] in ("A", "An")
        ):
            ws.pop(0)  # ("Statement of the Government of ...": the body, not its paper;
            # "A military spokesman": no name)
        while ws and (ws[-1].lower() in joined or ws[-1].lower() in documents):
            ws.pop()  # ("GOVERNMENT STATEMENT": the paper, not a body)
        if len(ws) >= 2 and ws[0][:1].isupper():
            out.append(" ".join(w.strip(".,") for w in ws))
    return tuple(dict.fromkeys(out))


def _sentence_parts(run: str) -> list[list[str]]:
    """A run's words, cut where a sentence ends inside it ('at Chinsali. The Government
    states': 'Chinsali.' and 'The Government states'; never at 'U.S.' or 'St.') and where
    'and the' joins two bodies."""
    parts: list[list[str]] = [[]]
    words = run.split()
    for k, w in enumerate(words):
        if w == "and" and k + 1 < len(words) and words[k + 1] == "the":
            parts.append([])  # ("Police and the Tonga Defence Services": two bodies)
            continue
        parts[-1].append(w)
        if w.endswith(".") and len(w) > 4 and w[-3] != ".":
            parts.append([])
    return [p for p in parts if p]


def _runs_at(text: str, word: str, lx: _NameRuns) -> list[re.Match[str]]:
    """The runs of lx.pattern.finditer(text), in order, that may have `word` (ASCII,
    lower-case) among their words, in any case, without scanning the whole text: the scan is
    exact from the end of a run it found, or from just after a comma or a line break (no run
    holds one), so it starts at the nearest of these before each place the word is written
    and stops there; where it is written in lower case with no capitalised word just before
    (_may_trail), it is in no run as a word and is passed by."""
    low = text.lower()
    if len(low) != len(text):  # (a letter whose lower case is longer: places would shift)
        return list(lx.pattern.finditer(text))
    runs: list[re.Match[str]] = []
    last: re.Match[str] | None = None  # the run the scan found last
    end = 0  # where it ends
    at = low.find(word)
    while at >= 0:
        if text[at] == word[0] and word not in lx.joined and not _may_trail(text, at, lx):
            at = low.find(word, at + 1)
            continue  # ("its military operation": in no run)
        if last is None or at >= end:
            start = max(text.rfind(",", end, at), text.rfind("\n", end, at)) + 1
            last = lx.pattern.search(text, max(start, end))
            while last is not None and (end := last.end()) <= at:
                last = lx.pattern.search(text, end)
            if last is None:
                break
        if last.start() <= at and not (runs and runs[-1] is last):
            runs.append(last)
        at = low.find(word, at + 1)
    return runs


def _may_trail(text: str, at: int, lx: _NameRuns) -> bool:
    """Whether a run may end on the lower-case word at `at` (one of the two lower-case words
    after its last capitalised word or joining word: 'the Malian military'): spaces before
    it, and before them a capitalised word or a joining word, or a lower-case word and spaces
    and one of these. (A word in lower case stands in a run as one of those two only.)"""
    end = at
    for _ in range(2):
        b = end
        while b > 0 and text[b - 1] in " \t":
            b -= 1
        if b == end:
            return False  # no space before
        a = b
        while a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_'’.-"):
            a -= 1  # the word before: its letters, figures and ' ’ . - (a run's \w'’.-)
        before = text[a:b]
        if before.endswith(lx.joined) or any("A" <= c <= "Z" for c in before):
            return True
        if not before or not all("a" <= c <= "z" for c in before):
            return False
        end = a
    return False
