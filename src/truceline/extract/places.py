"""Stage 2d: place mentions, resolved by the geocoder, with their roles.

A place is a run of capitalised words (with the connectors place names use:
"al-", "Deir ez-Zor", "Ras al-Ain") that the gazetteer knows, widened by the
level words around it ("Latakia province", "the village of Kinsabba", "Keran
sector"). Unknown capitalised words right after a place preposition come back
unresolved. The province or country a sentence names is passed as a hint to
every other place it lists ("Safsafa, Ikko and Jurin in Latakia province").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final, Protocol

from truceline.extract.numbers import ordinal
from truceline.geo.keys import key
from truceline.lexicon import PerLanguage, dictionary, load, word_set
from truceline.model import Location, Role
from truceline.text.tokens import (
    CAPITALS,
    NOT_LETTERS,
    Match,
    PhraseMatcher,
    Token,
    fold,
    label_length,
    letter_case,
    matcher,
    tokenize,
)

_MAX_WORDS: Final = 6


class Geocoder(Protocol):
    """What the extractor needs of the geocoder (see `truceline.geo.resolver.Resolver`)."""

    def is_name(self, phrase: str) -> bool: ...
    def country_of(self, phrase: str) -> str | None: ...
    def resolve(self, mention: str, **hints: Any) -> Any: ...
    def country(self, iso: str) -> Any: ...
    def countries_named(self, phrase: str) -> frozenset[str]: ...
    def __hash__(self) -> int: ...  # one remembering wrapper per geocoder (`memo`)


class _Memo:
    """A geocoder with its yes/no questions and its located places remembered: documents
    ask about the same capitalised words again and again, and each question costs a key
    computation."""

    __slots__ = ("_geo", "_names", "_countries", "_named_in", "_located")

    def __init__(self, geo: Geocoder) -> None:
        self._geo = geo
        self._names: dict[str, bool] = {}
        self._countries: dict[str, str | None] = {}
        self._named_in: dict[str, frozenset[str]] = {}
        self._located: dict[tuple[str, Role, str | None, str | None, str | None], Location] = {}

    def is_name(self, phrase: str) -> bool:
        got = self._names.get(phrase)
        if got is None:
            if len(self._names) > 200_000:
                self._names.clear()
            got = self._names[phrase] = self._geo.is_name(phrase)
        return got

    def country_of(self, phrase: str) -> str | None:
        if phrase not in self._countries:
            if len(self._countries) > 200_000:
                self._countries.clear()
            self._countries[phrase] = self._geo.country_of(phrase)
        return self._countries[phrase]

    def resolve(self, mention: str, **hints: Any) -> Any:
        return self._geo.resolve(mention, **hints)

    def country(self, iso: str) -> Any:
        return self._geo.country(iso)

    def countries_named(self, phrase: str) -> frozenset[str]:
        got = self._named_in.get(phrase)
        if got is None:
            if len(self._named_in) > 200_000:
                self._named_in.clear()
            got = self._named_in[phrase] = self._geo.countries_named(phrase)
        return got

    def located(
        self, mention: str, role: Role, country: str | None, admin1: str | None, level: str | None
    ) -> Location:
        """`resolve(...).location(role)`, remembered (a Location is a frozen value)."""
        k = (mention, role, country, admin1, level)
        got = self._located.get(k)
        if got is None:
            if len(self._located) > 200_000:
                self._located.clear()
            res = self._geo.resolve(mention, country=country, admin1=admin1, level=level)
            got = self._located[k] = res.location(role)
        return got


_MEMOS: Final[dict[Geocoder, _Memo]] = {}


def memo(geo: Geocoder) -> _Memo:
    """The remembering wrapper of a geocoder (one per geocoder; a plain dict, see
    `truceline.lexicon.PerLanguage`)."""
    got = _MEMOS.get(geo)
    if got is None:
        got = _MEMOS[geo] = _Memo(geo)
    return got


@dataclass(frozen=True, slots=True, init=False)
class PlaceMention:
    """A place at tokens i..j; `level` is what the text calls it (province, district...)."""

    i: int
    j: int
    location: Location
    level: str | None = None
    aside: bool = False  # inside a speaker's name or a dateline: a place of last resort

    def __init__(  # (written out for speed: see truceline.model)
        self, i: int, j: int, location: Location, level: str | None = None, aside: bool = False
    ) -> None:
        object.__setattr__(self, "i", i)
        object.__setattr__(self, "j", j)
        object.__setattr__(self, "location", location)
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "aside", aside)


@dataclass(frozen=True, slots=True)
class _Lex:
    suffixes: dict[str, str]
    prefixes: PhraseMatcher
    prefix_levels: dict[str, str]
    preps: frozenset[str]
    connectors: frozenset[str]
    compass: frozenset[str]
    not_places: frozenset[str]
    near: PhraseMatcher
    origin: PhraseMatcher
    zones: PhraseMatcher
    hyphen_only: frozenset[str]
    org_heads: frozenset[str]
    unknown_after: frozenset[str]  # an unknown capitalised name after these is a place
    facilities: frozenset[str]  # "Mitiga airport": a facility noun ends a place's name
    context_before: frozenset[str]  # "in X", "village X": a one-word name is a place
    context_after: frozenset[str]  # "X province", "X (": likewise
    people_after: frozenset[str]  # "Jumma people", "Moroccan army": a people, not a place
    speech: frozenset[str]  # "BBC Amharic quoted ...": a speaker, not a place
    titles: frozenset[str]  # "spokesman Eduard Basurin": a person, not a place
    joiners: frozenset[str]  # "Sistan and Baluchestan": one name across these, when known
    parts: frozenset[str]  # "Lower and Middle Shabelle": words for parts of a named whole
    call_signs: frozenset[str]  # "teams LIMA and SIERRA", "the daily El Watan": no places
    vicinity: frozenset[str]  # "the Kalai-Khumb area": around the place named
    zone_prefixes: frozenset[str]  # "Sector West", "UN Sector Sarajevo": a named zone
    heights: frozenset[str]  # "Hill 1428", "Route 132": a height or a road named by a number
    models: frozenset[str]  # "a Gazelle helicopter", "Grad rockets": a make, not a place
    communities: frozenset[str]  # "the Arab quarter of X": a people or faith, not a place
    described: frozenset[str]  # "quarter", "neighbourhood": place nouns a people's name describes
    compounds: frozenset[str]  # "street fighting": a level word that is a noun's modifier
    modifiers: frozenset[str]  # "German-speaking", "Serb-held": a name made a modifier
    name_heads: frozenset[str]  # "Kampung Tanduo", "Wadi Doum": words that open a place's name
    abbreviations: frozenset[str]  # "EST", "APPROX", "INF BDE": a military message's words
    referring: frozenset[str]  # "the Island", "the Kingdom": a place named by its kind alone
    reported: frozenset[str]  # "reported from X": a place the news is of, not one fired from
    site_after: frozenset[str]  # "attacked the X post": words an attacked site's name follows
    site_nouns: frozenset[str]  # "post", "police station": the nouns of such a site
    site_owners: frozenset[str]  # "the X police station": whose site, between the two
    guarded: frozenset[str]  # "post", "barracks": sites named after their town
    sites: frozenset[str]  # "the Camp", "the Embassy": a site called by its noun alone
    ordinal_zones: frozenset[str]  # "the 10th Precinct": a division's noun after its number
    streets: frozenset[str]  # "rue", "calle": a street's word before its name, in lower case
    ordinary: frozenset[str]  # the language's ordinary words ("central", "gulf")
    people_endings: tuple[str, ...]  # "Spanish", "Iraqi": a people's word ends so
    street_endings: tuple[str, ...]  # "Vasaplatsen", "Kungsgatan": a street's name ends so
    calendar: frozenset[str]  # "January", "Monday": a date's words, no part of a name after
    # the first words of divisions' level words of several ("local" of "local government area")
    phrase_openers: frozenset[str]
    quantities: frozenset[str]  # "1.5 million": no item's label (`label_length`)
    capish: dict[str, bool] = field(default_factory=dict)  # memo of `_capish` by word form


def _words_of(value: object) -> set[str]:
    if isinstance(value, str):
        return {value.lower()} if " " not in value else set()
    if isinstance(value, dict):
        out = {k.lower() for k in value if " " not in k}
        for v in value.values():
            out |= _words_of(v)
        return out
    if isinstance(value, list):
        return set().union(*(_words_of(v) for v in value)) if value else set()
    return set()


_DIVISIONS: Final = frozenset({"admin1", "admin2"})  # the levels a division's words name


def _read_lex(lang: str) -> _Lex:
    d = load(lang, "places")
    c = load(lang, "cues")
    # Every single word the lexicons know is a common word, never a one-word place name
    # ("Four bullets hit", "Accord", "As of 18:00").
    common = set(d["not_places"]) | set(d["people_after"])  # ("Police said", "Forces shelled")
    for name in ("cues", "numbers", "dates"):
        common |= _words_of(load(lang, name))
    att = load(lang, "attribution")
    common |= _words_of([att["speech_verbs"], att["anaphors"], att["person_titles"],
                         att["not_speaker_labels"]])  # fmt: skip
    d = dict(d, not_places=sorted(common - set(d["compass"])))
    return _Lex(
        d["level_suffixes"], matcher(d["level_prefixes"]), d["level_prefixes"],
        frozenset(d["place_prepositions"]), frozenset(d["connectors"]), frozenset(d["compass"]),
        frozenset(d["not_places"]), matcher(c["near_words"]), matcher(c["origin_words"]),
        matcher(zone_words(lang)),
        frozenset(d["hyphen_only_connectors"]), frozenset(d["organisation_heads"]),
        frozenset(d["unknown_name_after"]), frozenset(d["facility_nouns"]),
        frozenset(d["place_context_before"]),
        # "Kherson oblast", "Kotli district": a division's own word after a name
        frozenset(d["place_context_after"]).union(
            z for z, lvl in d["level_suffixes"].items() if lvl in ("admin1", "admin2")
        ),
        frozenset(d["people_after"]), frozenset(att["speech_verbs"]),
        frozenset(att["person_titles"]), frozenset(d["joined_name_words"]),
        frozenset(d["compass"]) | frozenset(d["part_words"]), frozenset(d["names_not_places_after"]),
        frozenset(d["vicinity_suffixes"]), frozenset(d["named_zone_prefixes"]),
        frozenset(d["height_words"]) | frozenset(d["numbered_road_words"]),
        frozenset(d["model_nouns"]), frozenset(d["community_words"]),
        frozenset(d["described_place_nouns"]), frozenset(d["level_word_compounds"]),
        frozenset(d["modifier_endings"]), frozenset(d["name_head_words"]),
        frozenset(d["message_abbreviations"]), frozenset(d["referring_areas"]),
        frozenset(d["reported_from"]), frozenset(d["site_after_attack"]),
        frozenset(d["site_nouns"]), frozenset(load(lang, "grammar")["site_owners"]),
        frozenset(d["guarded_site_nouns"]),
        frozenset(d["facility_nouns"] + d["site_nouns"] + d["referring_sites"]),
        frozenset(d["ordinal_zone_nouns"]), frozenset(d["street_name_words"]),
        dictionary(lang), tuple(d["people_word_endings"]), tuple(d["street_word_endings"]),
        frozenset(load(lang, "dates")["months"]) | frozenset(load(lang, "dates")["weekdays"]),
        frozenset(w.split()[0] for w, level in d["level_suffixes"].items()
                  if " " in w and level in _DIVISIONS),
        frozenset(load(lang, "numbers")["quantity_words"]),
    )  # fmt: skip


def common_words(lang: str) -> frozenset[str]:
    """Every single word the lexicons know: common words, never a one-word name."""
    return _LEX.get(lang).not_places


_LEX: Final = PerLanguage(_read_lex)


def zone_words(lang: str) -> list[str]:
    """Lines and zones named by common nouns ('the contact line', 'the border')."""
    d = load(lang, "places")
    return [
        *d["zone_phrases"],
        # "the southern direction", "the eastern front": a compass word and a zone noun
        *(f"{c} {z}" for c in d["compass"] for z, lvl in d["level_suffixes"].items()
          if lvl == "zone" and " " not in z),
    ]  # fmt: skip


def name_like(tokens: Sequence[Token], lang: str = "en") -> bool:
    """Whether every token could be part of a place's name (no common word of the lexicons)."""
    lx = _LEX.get(lang)
    return bool(tokens) and all(_capish(t, lx) for t in tokens)


def _capish(t: Token, lx: _Lex) -> bool:
    """May this token be part of a place name? (Remembered per word form; a lower-case word
    with no hyphen, most of a sentence, is none and needs no lookup: see `_capish_word`.)"""
    if not t.is_cap and "-" not in t.text:
        return False
    got = lx.capish.get(t.text)
    if got is None:
        if len(lx.capish) > 100_000:
            lx.capish.clear()
        got = lx.capish[t.text] = _capish_word(t, lx)
    return got


def _capish_word(t: Token, lx: _Lex) -> bool:
    if t.is_cap:
        # ("the Premier's residence": a possessive is the word it is made from)
        low = _unpossessed(t.low).rstrip(".")
        if len(low) < 2:
            return False  # an initial ("S. Korean") is no place
        if "-" in low and low.rsplit("-", 1)[1] in lx.modifiers:
            return False  # "German-speaking valleys", "Serb-held", "Kyiv-based": a modifier
        if t.low in lx.not_places and low != t.low:
            return False  # "Col.", "Mrs.": a title's abbreviation
        return low not in lx.not_places or low in lx.compass
    # "al-Durayhimi", "ad-Dana": a lower-case article joined to a capitalised name
    head, _, rest = t.text.partition("-")
    return bool(rest) and head in lx.connectors and rest[:1].isupper()


def _run_end(tokens: tuple[Token, ...], i: int, lx: _Lex, caps: list[bool]) -> int:
    """End of the run of name-like tokens from i (capitalised words and inner connectors)."""
    j = i
    n = len(tokens)
    while j < n and j - i < _MAX_WORDS:
        t = tokens[j]
        before = tokens[j - 1].low if j > i else ""
        if before.endswith("'s") or before.endswith("’s"):
            break  # "Omdurman's Ombada district": the possessor is a place of its own
        if j > i and t.start - tokens[j - 1].end > 1:
            break  # "Kech     Roadside IED": the columns of a table aligned with spaces
        if (
            caps[j]
            or (
                j > i
                and j + 1 < n
                and tokens[j + 1].is_cap  # (most runs end before a lower-case word)
                and t.low[:1].isalpha()
                and t.low.split("-")[0] in lx.connectors
                # "at-Tall", not "at" alone (`_joined_end` takes "Dar es Salaam" whole
                # when the gazetteer knows it)
                and ("-" in t.low or t.low not in lx.hyphen_only)
            )
        ):
            j += 1
        elif (
            t.text in ("-", "–", "'", "’")
            and j > i
            and j + 1 < n
            and tokens[j].start == tokens[j - 1].end
        ):
            j += 1
        else:
            break
    return j


def _role(tokens: tuple[Token, ...], lows: tuple[str, ...], i: int, lx: _Lex) -> Role:
    """'near' or 'origin' from the words just before a place (looking past list commas)."""
    k = i
    # walk back over a list ("X, Y and Z") to its head
    # (at most 40 words back: a list longer than that is no place list, and the walk stays
    # linear on a pathological line)
    while k > 1 and i - k < 40 and lows[k - 1] in (",", "and") and tokens[k - 2].is_cap:
        k -= 2
        while k > 0 and tokens[k - 1].is_cap:
            k -= 1
    for back in (1, 2, 3, 4):  # the nearest preposition decides ("from positions near X")
        s = k - back
        if s < 0:
            continue
        m = lx.near.at(lows, s) if lx.near.starts(lows[s]) else None
        if m and m.j >= k - 1 and m.j <= k:
            return "near"
        m = lx.origin.at(lows, s) if lx.origin.starts(lows[s]) else None
        if m and m.j >= k - 2 and m.j <= k:
            # ("no incidents were reported from the Klang district": where, not whence)
            return "at" if s and m.j == s + 1 and lows[s - 1] in lx.reported else "origin"
    return "at"


def _level_around(
    tokens: tuple[Token, ...], i: int, j: int, lx: _Lex
) -> tuple[int, int, str | None]:
    """Widen a name by the level word after it ("province") or the phrase before it ("village of")."""
    off, stop = max(0, i - 3), j + 1
    lows: tuple[str, ...] = ()  # the words around, not the line (made when a phrase may open)
    level = None
    if (n := _level_phrase(tokens, j, lx)) > 1:
        level = lx.suffixes[" ".join([t.low for t in tokens[j : j + n]])]
        j += n  # "the Sutherland Shire Local Government Area"
    elif (
        j < len(tokens)
        and tokens[j].low in lx.suffixes
        and (j + 1 == len(tokens) or tokens[j + 1].low not in lx.compounds)
    ):  # (not "a Qatari coast guard vessel": the coast qualifies the guard)
        level = lx.suffixes[tokens[j].low]
        j += 1
    elif tokens[j - 1].low.endswith(lx.street_endings) and tokens[j - 1].is_cap:
        level = "zone"  # "on Vasaplatsen", "in Leipziger Strasse": a street or a square
    for back in (3, 2):
        s = i - back
        if s >= 0 and lx.prefixes.starts(tokens[s].low):
            if not lows:
                lows = tuple([t.low for t in tokens[off:stop]])
            m = lx.prefixes.at(lows, s - off)
            m = Match(m.i + off, m.j + off, m.value) if m else None
            if m and m.j == i:
                level = level or lx.prefix_levels[m.value]
                break
    return i, j, level


def _name_end(  # noqa: PLR0913
    tokens: tuple[Token, ...],
    i: int,
    caps: list[bool],
    geo: _Memo,
    text: str,
    base: int,
    lx: _Lex,
) -> int:
    """Where the name-like run at i ends (`_joined_end`), before a division's level word of
    several words ('Sutherland Shire | Local Government Area')."""
    end = _joined_end(tokens, i, _run_end(tokens, i, lx, caps), caps, geo, text, base, lx)
    for k in range(i + 1, end - 1):
        if _level_phrase(tokens, k, lx) > 1:
            return k
    return end


def _level_phrase(tokens: tuple[Token, ...], j: int, lx: _Lex) -> int:
    """How many words from j make a division's level word of several ('Local Government
    Area'), or 0 (a name may end in a facility's: 'King Khalid Air Base')."""
    if j >= len(tokens) or tokens[j].low not in lx.phrase_openers:
        return 0  # (most words open no such phrase)
    for n in (3, 2):
        if j + n <= len(tokens):
            if lx.suffixes.get(" ".join([t.low for t in tokens[j : j + n]])) in _DIVISIONS:
                return n
    return 0


def _joined_end(  # noqa: PLR0913
    tokens: tuple[Token, ...],
    i: int,
    end: int,
    caps: list[bool],
    geo: _Memo,
    text: str,
    base: int,
    lx: _Lex,
) -> int:
    """'Sistan and Baluchestan', 'Bosnia and Herzegovina': a name goes on across an 'and'
    when the gazetteer knows the whole ('Aleppo and Idlib' are two), and across a
    connector written apart ('Dar es Salaam'); so does 'Port Said' across a capitalised
    common word."""
    if (
        end < len(tokens)
        and end > i
        and tokens[end].is_cap
        and not caps[end]
        and tokens[end].start - tokens[end - 1].end == 1
        and _named_exactly(geo, text[tokens[i].start - base : tokens[end].end - base])
    ):
        return end + 1
    if (
        end + 1 >= len(tokens)
        # (or a connector only hyphens join, standing alone in a name: "Dar es Salaam")
        or (tokens[end].low not in lx.joiners and tokens[end].low not in lx.hyphen_only)
        or not caps[end + 1]
    ):
        return end
    far = _run_end(tokens, end + 1, lx, caps)
    for j in range(far, end + 1, -1):
        if geo.is_name(_unpossessed(text[tokens[i].start - base : tokens[j - 1].end - base])):
            return j
    return end


def _named_exactly(geo: Geocoder, phrase: str) -> bool:
    """Whether the gazetteer has a place called by exactly this name."""
    place = geo.resolve(phrase).place if geo.is_name(phrase) else None
    return place is not None and fold(place.name) == fold(phrase)


def _best_span(
    tokens: tuple[Token, ...], i: int, end: int, geo: _Memo, text: str, base: int
) -> int | None:
    """The longest j in (i, end] such that tokens i..j name a known place."""
    for j in range(end, i, -1):
        phrase = _unpossessed(text[tokens[i].start - base : tokens[j - 1].end - base])
        if geo.is_name(phrase):
            return j
    return None


def _named_zone(
    tokens: tuple[Token, ...], i: int, end: int, lx: _Lex
) -> tuple[int, int, str | None] | None:
    """A run named by its level or facility word: "Krishna Ghati sector", "Kupwara district",
    "Mitiga airport", "Aden Adde International Airport"."""
    if end - i >= 2 and tokens[end - 1].low in lx.facilities:
        return (i, end, "zone")
    if end - i >= 2 and tokens[i].low in lx.name_heads:
        # "Kampung Tanjung Batu", "Wadi Doum": a name its first word says is a place's,
        # whole even where the gazetteer knows only a part ("Batu")
        return (i, end, None)
    if (
        end == i + 1
        and tokens[i].low in lx.heights
        and end < len(tokens)
        and tokens[end].text.isdecimal()
    ):
        return (i, end + 1, "zone")  # "Hill 1428", "Height 776", "Route 132"
    if i and tokens[i - 1].text in lx.zone_prefixes and end - i <= 3:
        return (i - 1, end, "zone")  # "UN Sector Sarajevo", "Sector West": a named sector
    if end < len(tokens) and end > i and tokens[end].start - tokens[end - 1].end <= 1:
        nxt = tokens[end].low
        modifier = end + 1 < len(tokens) and tokens[end + 1].low in lx.compounds
        if (lx.suffixes.get(nxt) in ("zone", "admin2") or nxt in lx.facilities) and not modifier:
            # (not "Heavy street fighting": the street qualifies the fighting)
            return (i, end + 1, lx.suffixes.get(nxt))
    if end - i >= 2 and lx.suffixes.get(tokens[end - 1].low) == "zone":
        return (i, end, "zone")  # "Gran Avenida", "Mamadou Konate Square"
    return None


def _common_led_name(  # noqa: PLR0913
    tokens: tuple[Token, ...],
    i: int,
    caps: list[bool],
    geo: _Memo,
    text: str,
    base: int,
    found: list[tuple[int, int, str | None]],
    lx: _Lex,
) -> int:
    """'in An Giang province': a known two-word name opening with a capitalised common word
    ('An') inside a sentence is a place; where the spotting goes on."""
    t = tokens[i]
    if not t.is_cap and t.low in lx.streets and i + 1 < len(tokens) and caps[i + 1]:
        # "in the rue Gay-Lussac", "the calle Mayor": a street's word, then its name
        end = _run_end(tokens, i + 1, lx, caps)
        found.append((i, end, None))
        return end
    if (
        i > 0
        and t.is_cap
        and not caps[i]
        and i + 1 < len(tokens)
        and caps[i + 1]
        and tokens[i - 1].low in ("in", "of", "at", "near", "from", "to", "and", ",")
        and geo.is_name(text[t.start - base : tokens[i + 1].end - base])
    ):
        found.append((i, i + 2, None))
        return i + 2
    return i + 1


def _describes_quarter(tokens: tuple[Token, ...], i: int, end: int, lx: _Lex, geo: _Memo) -> bool:
    """'the Arab quarter of Kidal', 'the Christian neighbourhood of Kudamati': a people's or
    faith's name describing a quarter whose name follows 'of' (Kidal, not a town called Arab)."""
    return (
        end == i + 1
        and end < len(tokens)
        and tokens[end].low in lx.described
        and _named_after(tokens, end)
        and (tokens[i].low in lx.communities or _demonym(tokens[i].text, geo, lx))
    )


def _named_after(tokens: tuple[Token, ...], k: int) -> bool:
    """'the Christian neighbourhood of Kudamati', 'the Arab quarter of Kidal': the place
    noun at k takes its name after 'of'; the word before it only describes it."""
    return k + 2 < len(tokens) and tokens[k + 1].low == "of" and tokens[k + 2].is_cap


def _known_name(
    tokens: tuple[Token, ...], i: int, end: int, geo: _Memo, text: str, base: int, lx: _Lex
) -> int | None:
    """`_best_span`, unless the known part is only the start of a longer name; the end
    of that known start is then a negative number (-j), for the name's country and province."""
    j = _best_span(tokens, i, end, geo, text, base)
    if j is not None and j < end and _continues(tokens[j], lx):
        return -j  # "Ibl al-Saqi": a known "Ibl" is not the village the whole name is
    if j == i + 1 and tokens[i].low in lx.compass and end > j:
        return None  # "West Gojjam": the compass word qualifies the name after it
    return j


def _body_name(tokens: tuple[Token, ...], i: int, end: int, lx: _Lex) -> bool:
    """Whether the run at i..end heads a body's name ("Syrian Observatory for Human Rights";
    "West Papua National Liberation Army", whose name runs on in capitals past the run)."""
    tail = end
    while (
        tail < len(tokens)
        and tokens[tail].is_cap
        and tail - end < 6
        and _level_phrase(tokens, tail, lx) < 2  # ("... Local Government Area": a place's)
    ):
        tail += 1
    return tail - i > 1 and any(_unpossessed(tokens[k].low) in lx.org_heads for k in range(i, tail))


def _body_part(tokens: tuple[Token, ...], i: int, name: str, geo: _Memo, lx: _Lex) -> bool:
    """'the Council of Ministers', 'Office of the Prime Minister': the name after a body's
    capitalised head and its 'of' is part of the body's name (not a country: 'Government of
    Nepal' is Nepal's, 'Government of South Sudan' South Sudan's)."""
    k = i - 1
    while k > 0 and i - k <= 2 and tokens[k].low in ("of", "the", "for"):
        k -= 1
    return (
        k < i - 1
        and any(tokens[x].low in ("of", "for") for x in range(k + 1, i))
        and tokens[k].is_cap
        and tokens[k].low in lx.org_heads
        and not geo.country_of(name)
    )


def _referring(tokens: tuple[Token, ...], i: int, end: int, lx: _Lex) -> bool:
    """'throughout the Island', 'parts of the Kingdom': a place named by its kind alone."""
    return end == i + 1 and i > 0 and tokens[i].low in lx.referring and tokens[i - 1].low == "the"


def _unpossessed(phrase: str) -> str:
    """'Yemen's' -> 'Yemen': a possessive names the place it is made from."""
    possessive = phrase.endswith("'s") or phrase.endswith("’s")  # (no tuple made per call)
    return phrase[:-2] if possessive and len(phrase) > 3 else phrase


@dataclass(frozen=True, slots=True, init=False)
class Spots:
    """Where a sentence names places: token spans a..b and what the text calls each
    (province, district, zone, 'weak', 'unresolved'), before any hint resolves them."""

    tokens: tuple[Token, ...]
    sentence: str
    base: int
    lang: str
    found: tuple[tuple[int, int, str | None], ...]
    # (a, i, j): the unknown name at a begins with the known name at tokens i..j
    heads: tuple[tuple[int, int, int], ...] = ()
    lows: tuple[str, ...] = ()  # the tokens' lower-case forms
    # each found name's role ('at', 'near', 'origin'): the words before it say, no hint
    roles: tuple[Role, ...] = field(init=False)

    def __init__(  # noqa: PLR0913 (written out for speed: see truceline.model)
        self,
        tokens: tuple[Token, ...],
        sentence: str,
        base: int,
        lang: str,
        found: tuple[tuple[int, int, str | None], ...],
        heads: tuple[tuple[int, int, int], ...] = (),
        lows: tuple[str, ...] | None = None,
    ) -> None:
        object.__setattr__(self, "tokens", tokens)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "lang", lang)
        object.__setattr__(self, "found", found)
        object.__setattr__(self, "heads", heads)
        if lows is None:
            lows = tuple([t.low for t in tokens])
        object.__setattr__(self, "lows", lows)
        lx = _LEX.get(lang)
        object.__setattr__(self, "roles", tuple(_role(tokens, lows, a, lx) for a, _, _ in found))


def find_places(
    tokens: tuple[Token, ...],
    sentence: str,
    base: int,
    geo: Geocoder | None,
    *,
    aside: frozenset[int] = frozenset(),
    hints: tuple[str | None, str | None] = (None, None),
    lang: str = "en",
) -> tuple[PlaceMention, ...]:
    """Every place the sentence names, resolved, with its role; places on `aside` tokens
    (speaker names, datelines) are flagged as places of last resort."""
    if geo is None:
        return ()
    return resolve_places(spot_places(tokens, sentence, base, geo, lang), geo, aside, hints)


def resolve_places(
    spots: Spots,
    geo: Geocoder,
    aside: frozenset[int] = frozenset(),
    hints: tuple[str | None, str | None] = (None, None),
) -> tuple[PlaceMention, ...]:
    """The spotted names resolved under the document's hints (the cheap half of
    `find_places`, redone once a document's country and province are known)."""
    if not spots.found:
        return ()
    out = _resolve_all(spots, memo(geo), hints, _LEX.get(spots.lang))
    if not aside:
        return out
    return tuple(PlaceMention(p.i, p.j, p.location, p.level, True) if p.i in aside else p
                 for p in out)  # fmt: skip


def spot_places(  # noqa: PLR0913
    tokens: tuple[Token, ...],
    sentence: str,
    base: int,
    geo: Geocoder,
    lang: str = "en",
    common: frozenset[int] = frozenset(),
    lows: tuple[str, ...] | None = None,
    zones: list[Match] | None = None,
    proper: frozenset[int] = frozenset(),
    loud: bool = False,
) -> Spots:
    """Where the sentence names places (hint-free: the gazetteer only says which names exist);
    tokens in `common` are ordinary words there ("Air strikes hit ...": no town called Air),
    tokens in `proper` are names whatever they spell (a dateline's "PORT SAID");
    `lows` are the tokens' lower-case forms and `zones` the zone phrases found in them, when
    the caller has them; `loud` when the sentence stands in a line written in capitals."""
    remembered = memo(geo)  # (a _Memo: the compiled build calls its methods natively)
    lx = _LEX.get(lang)
    found: list[tuple[int, int, str | None]] = []
    heads: list[tuple[int, int, int]] = []
    i, n = 0, len(tokens)
    caps = _caps(tokens, lx, proper, common, geo, lang, "-" in sentence, loud)
    titled: bool | None = None  # whether the line is in Title Case, worked out when needed
    while i < n:
        t = tokens[i]
        if not caps[i] or t.low in lx.compass and i + 1 < n and not tokens[i + 1].is_cap:
            i = _common_led_name(tokens, i, caps, remembered, sentence, base, found, lx)
            continue
        end = _name_end(tokens, i, caps, remembered, sentence, base, lx)
        inside = _inside_name(tokens, i, caps, lx)
        if inside and titled is None:
            titled = _title_case(tokens)
        if (
            _body_name(tokens, i, end, lx)
            or _body_part(
                tokens, i, sentence[t.start - base : tokens[end - 1].end - base], remembered, lx
            )
            or (inside and not titled)
            or _names_people(tokens, i, end, lx)
            or _describes_quarter(tokens, i, end, lx, remembered)
            or _referring(tokens, i, end, lx)
        ):
            # "Syrian Observatory for Human Rights", "Army's 8th Division", "National
            # Defense Force", "Operation Peace Spring": a body's or an operation's name
            # ("throughout the Island": a place named by its kind, resolved by the pipeline)
            i = end
            continue
        if (zone := _named_zone(tokens, i, end, lx)) is not None:
            _add(found, zone)
            i = zone[1]
            continue
        j = _known_or_run(tokens, i, end, remembered, sentence, base, lx)
        head = None
        if j is not None and j < 0:
            head, j = (i, -j), None
        listed = bool(found) and found[-1][1] == i - 1 and tokens[i - 1].low in (",", "and")
        if j == i + 1 and _demonym(t.text, remembered, lx):
            j = None
        elif j == i + 1 and not (
            listed
            or _placed(tokens, i, remembered, t.text, lx)
            or (j < n and tokens[j].is_cap and tokens[j].low in lx.suffixes)  # "Coco River"
        ):
            if not _after_place_word(tokens, i, lx):
                # too weak alone: kept only if it lies in the province the sentence names
                found.append((i, j, "weak"))
                i = j
                continue
            j = None  # "in the Aghdam ...": named as a place, kept as written below
        elif (
            j == i + 1
            and not (listed or _in_place_context(tokens, i, lx))
            and _town(remembered, t.text)
        ):
            # a town of some size named bare ("Fano militias"): kept only if it lies in
            # the document's country
            found.append((i, j, "loose"))
            i = j
            continue
        if j is None and t.low in lx.compass and i + 1 < end:
            j = _best_span(tokens, i + 1, end, remembered, sentence, base)
            if j is not None:
                i += 1
        if (
            j is not None
            and j == i + 1
            and i == 0
            and i not in proper  # (a dateline's "NAIROBI" is a place)
            and not _level_around(tokens, i, j, lx)[2]
            # "Guinea-Bissau: junta says ...": a country heading its line is a place
            and not (j < n and tokens[j].text == ":" and remembered.country_of(t.text))
            and not (j < n and tokens[j].text == "," and _division(remembered, t.text, lx))
        ):
            j = None  # a lone capitalised word opening a sentence is too weak alone
        if j is None:
            unknown = (
                None
                if _not_unknown(tokens, i, end, remembered)
                else _unknown_name(tokens, i, end, lx)
            )
            if unknown is not None:
                _add(found, unknown)
                if head is not None:
                    heads.append((unknown[0], *head))
            i = max(end, i + 1)
            continue
        a, b, level = _level_around(tokens, i, j, lx)
        _add(found, (a, b, level))
        i = max(j, i + 1)
    found.extend(
        _zone_phrases(tokens, lows, lx, {k for a, b, _ in found for k in range(a, b)}, zones, lang)
    )
    found.sort()
    return Spots(tokens, sentence, base, lang, _shared_level(found, tokens, lx), tuple(heads), lows)


def shouted(tokens: tuple[Token, ...]) -> bool:
    """A line written all in capitals ('GANG EST 80 ATTACKED NAIVASHA POLICE STATION'), where
    a capital says nothing of a name."""
    # The words in capitals first, told natively (`isalpha()` and `isupper()` are called
    # through Python): only a capital or a non-ASCII letter opens one, and most lines have
    # fewer than four, when the other words need no look; a word whose second letter is
    # a lower-case one ('Idlib') is none, told without reading the rest.
    upper = 0
    for t in tokens:
        if (
            len(t.text) > 1
            and (t.is_cap or ord(t.text[0]) >= 128)
            and not 97 <= ord(t.text[1]) <= 122
            and letter_case(t.text) == CAPITALS
        ):
            upper += 1
    if upper < 4:
        return False
    words = 0
    for t in tokens:
        if len(t.text) > 1 and letter_case(t.text) != NOT_LETTERS:
            words += 1
    return upper >= 0.6 * words


def in_shouted_line(text: str, start: int, end: int, tokens: tuple[Token, ...]) -> bool:
    """Whether a sentence in capitals reads as shouted: by its own words, or, a short one
    ('GEN SITUATION.') that `shouted` cannot tell from its few words, by its line's."""
    # a word of the sentence opening in lower case rules it out, most often its first or
    # second, told with no copy of the sentence made
    for t in tokens:
        c = ord(t.text[0])
        if 97 <= c <= 122:
            return False
    sentence = text[start:end]
    if sentence.upper() != sentence or sentence.lower() == sentence:
        return False  # (a lower-case letter within a word, or no capital at all)
    if shouted(tokens):
        return True
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return shouted(tokenize(text[a : b if b >= 0 else len(text)]))


def ordinary_in_capitals(
    tokens: tuple[Token, ...], geo: Geocoder, lang: str = "en"
) -> frozenset[int]:
    """In a line written all in capitals, the tokens that are ordinary words of the language
    or a military message's abbreviations ('SAME', 'STATION', 'EST', 'APPROX'), not names:
    unless the gazetteer has them as a country, a province or a city by that very name
    ('CHAD', 'GEORGIA'), or as part of a longer name ('FORT PORTAL'), or they open one
    ('FORT HALL')."""
    remembered = memo(geo)
    lx = _LEX.get(lang)
    # the language's ordinary words, and apart from them its abbreviations (their union
    # copied the whole dictionary at every call)
    words = lx.ordinary
    kept: set[int] = set()
    lows = [t.low for t in tokens]
    n = len(tokens)
    for k in range(n - 1):
        for b in (k + 3, k + 2):
            if b <= n and all(t.text.isupper() for t in tokens[k:b]):
                phrase = " ".join(t.text for t in tokens[k:b])
                if _named_exactly(remembered, phrase) and _sizeable(remembered, phrase):
                    kept.update(range(k, b))
                    break
        if lows[k] in lx.name_heads and tokens[k + 1].text.isupper():
            kept.update((k, k + 1))
    out = []
    for k, t in enumerate(tokens):
        if k in kept or not t.text.isupper():
            continue
        if lows[k] in lx.abbreviations:
            out.append(k)  # ("EST" is no region of Burkina Faso here)
            continue
        if lows[k] not in words:
            continue
        place = remembered.resolve(t.text).place
        if (
            place is not None
            and fold(place.name) == lows[k]
            and (place.precision in ("country", "admin1") or place.population >= 100_000)
        ):
            continue
        out.append(k)
    return frozenset(out)


def _sizeable(geo: _Memo, phrase: str) -> bool:
    """A country, a division or a zone, or a town of some size ('CUT OFF', a village in
    Louisiana, is no reason to read two ordinary words as a name)."""
    place = geo.resolve(phrase).place
    return place is not None and (place.precision != "settlement" or place.population >= 20_000)


def _add(found: list[tuple[int, int, str | None]], span: tuple[int, int, str | None]) -> None:
    """Add a place's span; one that reaches back over the last (a prefix, 'Rue' of 'Rue
    Kimpe', named alone before) replaces it."""
    while found and found[-1][1] > span[0]:
        found.pop()
    found.append(span)


def _caps(  # noqa: PLR0913
    tokens: tuple[Token, ...],
    lx: _Lex,
    proper: frozenset[int],
    common: frozenset[int],
    geo: Geocoder,
    lang: str,
    hyphens: bool,
    loud: bool = False,
) -> list[bool]:
    """Which tokens may be part of a place's name: name-like ones, and those in `proper`,
    never those in `common`, nor the ordinary words of a line in capitals (`hyphens`: whether
    the sentence has a "-" at all; `loud`: whether its line is in capitals)."""
    if loud or shouted(tokens):
        common = common | ordinary_in_capitals(tokens, geo, lang)
    # (a lower-case word is one only with a hyphen: most sentences have none to look for)
    caps = [_capish(t, lx) if t.is_cap or hyphens else False for t in tokens]
    for k in proper:
        caps[k] = True
    for k in common:
        caps[k] = False
    return caps


def _shared_level(
    found: list[tuple[int, int, str | None]], tokens: tuple[Token, ...], lx: _Lex
) -> tuple[tuple[int, int, str | None], ...]:
    """'the Jura, Shahkot and Nausehri sectors': a plural level word names every item of
    the list before it (a sector called Jura, not the Swiss canton)."""
    out = list(found)
    for k in range(len(out) - 1, 0, -1):
        a, b, level = out[k]
        last = tokens[b - 1].low
        if level not in ("zone", "admin2", "admin1") or not last.endswith("s") or b - a < 2:
            continue
        if last not in lx.suffixes:
            continue
        q = k - 1
        while q >= 0:
            pa, pb, plevel = out[q]
            between = {t.low for t in tokens[pb : out[q + 1][0]]}
            if not between or not between <= _LISTING or plevel in ("zone", "admin2", "admin1"):
                break
            out[q] = (pa, pb, level)
            q -= 1
    return tuple(out)


def _in_place_context(tokens: tuple[Token, ...], i: int, lx: _Lex) -> bool:
    """The words around a one-word name say it is a place ("in X", "X province", "X, ...")."""
    prev = tokens[i - 1].low if i else ""
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    # "struck Jermuk, Goris and Kapan": the head of a list of names
    listed = nxt == "," and i + 2 < len(tokens) and tokens[i + 2].is_cap
    # "Nasir town", "Kotli district": a level word after a name says it is a place
    return listed or prev in lx.context_before or nxt in lx.context_after


def _known_or_run(
    tokens: tuple[Token, ...], i: int, end: int, geo: _Memo, sentence: str, base: int, lx: _Lex
) -> int | None:
    """`_known_name`, except that capitalised words no name covers whole, the first only a
    near spelling of some town ("over Ain Zara": Anyang; "in Debre Elias": Debar), are one
    unknown name."""
    j = _known_name(tokens, i, end, geo, sentence, base, lx)
    if j == i + 1 and end > j and _near_spelling(geo, tokens[i].text):
        while end > j and tokens[end - 1].low in lx.connectors:
            end -= 1  # (a name ends on a capitalised word: "Air Component of ...")
        return end
    return j


def _names_people(tokens: tuple[Token, ...], i: int, end: int, lx: _Lex) -> bool:
    """'a crowd of Jumma people', 'the Moroccan army', 'BBC Amharic quoted ...', 'spokesman
    Eduard Basurin': a name before a people's noun, a sentence's opening name before its
    speech verb, a name after a person's title."""
    if i > 0 and (tokens[i - 1].low in lx.titles or tokens[i - 1].low in lx.call_signs):
        return True  # "its spokesman Eduard Basurin"; "teams LIMA and SIERRA", "the daily El Watan"
    if end >= len(tokens):
        return False
    nxt = tokens[end].low
    after = tokens[end + 1].low if end + 1 < len(tokens) else ""
    if nxt in lx.people_after and (
        after in lx.facilities or lx.suffixes.get(after) == "settlement"
    ):
        return False  # "the Rancho Nuevo army base": a place, named before its troops' base
    # ("a Gazelle helicopter", "Grad rockets": a make of weapon before its noun)
    return nxt in lx.people_after or nxt in lx.models or (i == 0 and nxt in lx.speech)


def _near_spelling(geo: _Memo, word: str) -> bool:
    """Whether the word matches a place only by another spelling than the place's own."""
    place = geo.resolve(word).place
    return place is not None and fold(place.name) != fold(word)


def _placed(tokens: tuple[Token, ...], i: int, geo: _Memo, word: str, lx: _Lex) -> bool:
    """A one-word name stands as a place when the words around say so, or when it is a
    country, division, zone or a town of some size ("Blue" in "the Blue Line" is not)."""
    prev = tokens[i - 1].low if i else ""
    acronym = word.isupper() and len(word) <= 5
    if acronym and len(key(word)) < len(word):
        return False  # an acronym is a place's only as spelled: "the UCK" is not "the UK"
    if acronym and not _among_capitals(tokens, i):
        # "ENA", "(SDF)": an acronym is no town (but "NYERI 5, FORT HALL 4" shouts names);
        # nor a province spelled so ("the LAC" is no "Lac": a country's short form may be)
        place = geo.resolve(word).place
        return place is not None and _acronym_place(place, word)
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if nxt and tokens[i + 1].is_cap and nxt not in lx.suffixes and word.lower() in lx.ordinary:
        return False  # "a group of Central Security conscripts": a word of a longer name
    if prev == "the":
        place = geo.resolve(word).place  # "the Mission", "the Force": a body, not a town
        # ("the Maliana market", "the Rusape area": a known name before a place's noun)
        return place is not None and (
            (place.precision in ("country", "admin1", "zone") and not _ordinary(place, word, lx))
            or nxt in lx.suffixes
            # ("on the Wellawaya police station": a known town naming its site)
            or _names_site(tokens, i + 1, lx.guarded, lx)
        )
    if _in_place_context(tokens, i, lx):
        return True
    place = geo.resolve(word).place
    dated = nxt == "," and i + 2 < len(tokens) and tokens[i + 2].text[:1].isdigit()
    return (
        place is not None
        and (place.precision != "settlement" or place.population >= 20000)
        # ("Bone, 14 April: ...": an entry's place before its date)
        and (dated or not _ordinary(place, word, lx))
    )


def _ordinary(place: Any, word: str, lx: _Lex) -> bool:
    """A division or town called by an ordinary word of the language ("Central Security
    conscripts", "the Gulf islands": no town in Louisiana, no province of Papua New Guinea)
    is a place only where the words around say so; a country stays one ("Chad")."""
    return place.precision != "country" and word.lower() in lx.ordinary


def _division(geo: _Memo, word: str, lx: _Lex) -> bool:
    """'Chiapas, where rebels observe a truce, was quiet': a province or country by its own
    name, no ordinary word, opening a sentence before a comma is a place."""
    place = geo.resolve(word).place
    return (
        place is not None
        and place.precision in ("admin1", "country")
        and fold(place.name) == fold(word)
        and word.lower() not in lx.ordinary
    )


def _acronym_place(place: Any, word: str) -> bool:
    """Whether a short word in capitals names the place: a country's short form ("UAE"), a
    province's or a zone's ("KP"), not a province spelled so by chance ("the LAC": Lac)."""
    return place.precision == "country" or (
        place.precision in ("admin1", "zone") and fold(place.name) != fold(word)
    )


def _among_capitals(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether the words around token i are in capitals too: a line that shouts."""
    around = [t for t in tokens[max(0, i - 3) : i + 4] if len(t.text) > 1 and t.text.isalpha()]
    return sum(t.text.isupper() for t in around) >= 3


def _not_unknown(tokens: Sequence[Token], i: int, end: int, geo: Geocoder) -> bool:
    """'at Thai positions', 'at IDF positions': a people's name or a short acronym is no
    unknown place."""
    t = tokens[i]
    return (end == i + 1 and t.text.isupper() and len(t.text) <= 4) or bool(geo.country_of(t.text))


def _unknown_name(
    tokens: tuple[Token, ...], i: int, end: int, lx: _Lex
) -> tuple[int, int, str | None] | None:
    """A name the gazetteer does not know, kept when a place preposition introduces it
    ("near Qarqazzu", "south of the Litani", "in the village of X")."""
    prev = tokens[i - 1].low if i else ""
    if tokens[end - 1].low.endswith(("'s", "’s")):
        return None  # "stormed Ping's campaign headquarters": an owner the text knows
    if prev == "the" and end - i == 1 and _unpossessed(tokens[i].low) in lx.sites:
        return None  # "at the Camp", "the Embassy": a site called by its common noun
    if prev == "the" and i > 1 and tokens[i - 2].low in lx.unknown_after:
        prev = tokens[i - 2].low
    elif _site_attacked(tokens, i, end, lx):
        prev = "at"  # "attacked the Warakapola police station", "fired on the Khafus post"
    # (a sentence may open with one: "Near Plikati, our units came under fire")
    # (or a preposition of place opens it: "At Makanjira yesterday evening a band of rebels
    # tried to set fire to the store")
    opening = i == 1 and (
        (end < len(tokens) and tokens[end].text == ",")
        or (tokens[0].low in ("at", "in", "near") and tokens[0].is_cap)
    )
    if prev in ("on", "along", "off") and _level_around(tokens, i, end, lx)[2] == "zone":
        prev = "at"  # "on Nouvelle Avenida", "along the Kidal road": a street or a road
    if (
        (prev not in lx.unknown_after and not _placed_in(tokens, end, lx))
        or (i <= 1 and not opening)
        or (tokens[i].low in lx.compass and end - i == 1)
        or end - i > 3
    ):
        return None
    a, b, level = _level_around(tokens, i, end, lx)
    k = i - 1 if tokens[i - 1].low == "of" else i - 2  # the "of" before the name
    compass = k > 0 and tokens[k - 1].low in lx.compass  # "south of the Litani"
    return (a, b, level or "unresolved") if level or prev != "of" or compass else None


def _site_attacked(tokens: tuple[Token, ...], i: int, end: int, lx: _Lex) -> bool:
    """Whether an attack's object (or what a preposition of place leads to) names its site:
    'the' after a verb of attack or a preposition, the name, then a site's noun ('the Khafus
    post', 'to the Warakapola police station')."""
    if i < 2 or tokens[i - 1].low != "the":
        return False
    if tokens[i - 2].low in lx.site_after:
        return _names_site(tokens, end, lx.site_nouns, lx)
    # (after a preposition, a guarded site only: "the Gresham Hotel" names no town)
    return tokens[i - 2].low in lx.preps and _names_site(tokens, end, lx.guarded, lx)


def _names_site(tokens: tuple[Token, ...], end: int, nouns: frozenset[str], lx: _Lex) -> bool:
    """Whether a site's noun follows a name ending at `end`, its owner's word between
    ('Khafus post', 'Warakapola police station')."""
    k = end + (end < len(tokens) and tokens[end].low in lx.site_owners)
    return k < len(tokens) and tokens[k].low in nouns


def _placed_in(tokens: tuple[Token, ...], end: int, lx: _Lex) -> bool:
    """'Diabaly, in Segou region': a name the words after it place in a division."""
    return (
        end + 3 < len(tokens)
        and tokens[end].text == ","
        and tokens[end + 1].low == "in"
        and tokens[end + 2].is_cap
        and any(tokens[k].low in lx.suffixes for k in range(end + 3, min(end + 5, len(tokens))))
    )


def _headed(  # noqa: PLR0913
    loc: Location,
    mention: str,
    head: tuple[int, int],
    spots: Spots,
    geo: _Memo,
    hints: tuple[str | None, str | None],
    lx: _Lex,
) -> Location:
    """'Daraa al-Balad district', unknown as a whole: named as written, in the country and
    province of the known name it begins with ('Daraa'), unless the whole resolved there."""
    toks, base = spots.tokens, spots.base
    known = spots.sentence[toks[head[0]].start - base : toks[head[1] - 1].end - base]
    place = geo.resolve(known, country=hints[0], admin1=hints[1]).place
    if place is None or (loc.country == place.country and loc.precision != "unresolved"):
        return loc
    if key(place.name) != key(known):
        # "Cité" is no "Kíti": only a place called by that very name lends its province
        return replace(loc, name=_without_level(mention, lx), country=hints[0], admin1=hints[1])
    return Location(mention=mention, name=_without_level(mention, lx), precision="unresolved",
                    country=place.country, admin1=place.admin1)  # fmt: skip


def _one_of_many(mention: str, level: str | None, lx: _Lex) -> str:
    """'the Northern and Central Regions': a division's plural noun shared by a list names
    each item by the singular ('Central Region'), which is what the gazetteer knows."""
    head, _, last = mention.rpartition(" ")
    if not head or level not in _DIVISIONS or not last.endswith("s"):
        return mention
    one = (
        last[:-3] + ("Y" if last.isupper() else "y") if last.endswith(("ies", "IES")) else last[:-1]
    )
    if lx.suffixes.get(one.lower()) != lx.suffixes.get(last.lower()):
        return mention
    return f"{head} {one}"


def _without_phrase(mention: str, lx: _Lex) -> str:
    """The name without a division's level word of several words after it ('Sutherland
    Shire Local Government Area' -> 'Sutherland Shire'; not 'King Khalid Air Base'), the
    same string when it has none."""
    words = mention.split()
    for n in (3, 2):
        if len(words) > n and lx.suffixes.get(" ".join(words[-n:]).lower()) in _DIVISIONS:
            return " ".join(words[:-n])
    return mention


def _without_level(mention: str, lx: _Lex) -> str:
    head, _, last = mention.rpartition(" ")
    return head if head and last.lower() in lx.suffixes else mention


def _town(geo: _Memo, word: str) -> bool:
    place = geo.resolve(_unpossessed(word)).place
    return place is not None and place.precision == "settlement"


def _title_case(tokens: tuple[Token, ...]) -> bool:
    """A headline in Title Case ("Army Shells Donetsk Villages") capitalises every word."""
    words = [t for t in tokens if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(t.is_cap for t in words) >= 0.7 * len(words)


def _inside_name(tokens: tuple[Token, ...], i: int, caps: list[bool], lx: _Lex) -> bool:
    """A run right after a capitalised common word belongs to a longer proper name
    ("Defense Force", "Peace Spring"), unless that word opens the sentence or is a date's
    ("On 17 January Kidal was shelled", "On Monday Gao ...")."""
    if (
        i < 2
        or tokens[i - 2].text in _OPENING_MARKS
        or (i <= 5 and _labelled_item(tokens, i - 1, lx))
    ):
        return False  # (after a dateline's dash, a label's colon or an item's label, "(a)",
        # "A.4", "2.3", the sentence opens again)
    prev = tokens[i - 1]
    return (
        prev.end == tokens[i].start - 1
        and prev.is_cap
        and prev.text.isalpha()
        and not caps[i - 1]
        and prev.low != "the"  # ("entered The Gambia")
        and prev.low not in lx.calendar
    )


_OPENING_MARKS: Final = frozenset({"-", "–", "—", ":", '"', "“", "(", "•"})


def _labelled_item(tokens: tuple[Token, ...], k: int, lx: _Lex) -> bool:
    """The tokens before k are an item's label opening the sentence ("(a)", "A.4")."""
    return (
        0 < k <= 4
        and tokens[k - 1].end != tokens[k].start
        and label_length([t.text for t in tokens[:k]], lx.quantities) == k
    )


def _continues(t: Token, lx: _Lex) -> bool:
    """'al-Saqi', 'ez-Zor': a connector joined to a capitalised word goes on with the name."""
    head, _, rest = t.text.partition("-")
    return bool(rest) and head.lower() in lx.connectors and rest[:1].isupper()


def _after_place_word(tokens: tuple[Token, ...], i: int, lx: _Lex) -> bool:
    prev = tokens[i - 1].low if i else ""
    if prev == "the" and i > 1:
        prev = tokens[i - 2].low
    return prev in lx.unknown_after


def _demonym(word: str, geo: _Memo, lx: _Lex) -> bool:
    """'Indian', 'Syrian', 'in Spanish': words that name a country's people or its language,
    not a place ('Cairo', a capital the geocoder also links to its country, is a place; a
    town abroad spelled like a people's word is not)."""
    people = geo.country_of(word)
    if people is None:
        return False
    place = geo.resolve(word).place
    if place is None or place.precision == "country":
        return place is None
    if (
        place.country != people
        and place.precision == "settlement"
        and word.lower().endswith(lx.people_endings)
    ):
        return True  # "in Spanish" is no Spanish, Ontario
    # ("Asuncion" is Asunción, a capital; "Nuku'alofa" is Nukualofa)
    return key(place.name) != key(word)


def _zone_phrases(
    tokens: tuple[Token, ...],
    lows: tuple[str, ...] | None,
    lx: _Lex,
    taken: set[int],
    zones: list[Match] | None,
    lang: str,
) -> list[tuple[int, int, str | None]]:
    """Lines and zones named by common nouns: 'the contact line', 'along the border'
    (`zones`: their matches, when the caller found them)."""
    if lows is None:
        lows = tuple([t.low for t in tokens])
    out: list[tuple[int, int, str | None]] = []
    for m in lx.zones.find(lows) if zones is None else zones:
        if any(k in taken for k in range(m.i, m.j)):
            continue
        if m.j < len(lows) and lows[m.j] in word_set(lang, "places", "zone_people_nouns"):
            continue  # "Two border guards were killed": the border qualifies the guards
        a = m.i
        # take in a capitalised or hyphenated qualifier: "Armenian-Azerbaijani border", "Blue Line"
        while (
            a > 0
            and tokens[a].start - tokens[a - 1].end <= 1
            and (
                tokens[a - 1].is_cap
                or lows[a - 1] in ("southern", "northern", "eastern", "western")
            )
            and a - 1 not in taken
        ):
            a -= 1
        b = m.j
        # and the divisions it names: "the southern border provinces", "border districts"
        if b < len(tokens) and lows[b] in lx.suffixes and lows[b].endswith("s"):
            b += 1
        out.append((a, b, "zone"))
    for k in range(len(tokens) - 1):
        # "the 5th arrondissement", "the 10th Precinct": a division named by its number
        if lows[k + 1] in lx.ordinal_zones and k not in taken and ordinal(lows[k], lang):
            out.append((k, k + 2, "zone"))
    return out


_HINT_ORDER: Final = {"admin1": 0, "country": 1, "admin2": 2}


def _named_here(geo: _Memo, mention: str, country: str | None, role: Role) -> Location | None:
    """'the Vavuniya (5)': a name too weak alone to be a place is still the town of the
    report's country that bears exactly that name."""
    if country is None:
        return None
    res = geo.resolve(mention, country=country)
    place = res.place
    if place is None or place.country != country or fold(place.name) != fold(mention):
        return None
    return res.location(role)


def _as_zone(
    loc: Location, mention: str, country: str | None, admin1: str | None, lx: _Lex
) -> Location:
    """A name with a zone's noun the gazetteer resolved to a town or division: a sector takes
    its town's province; one named like a province or country ("the Jura sector" on the Line
    of Control) keeps only its name; a common noun ("the border") names only a zone the
    gazetteer lists as one (a French hamlet called Border is not it) and takes the
    sentence's country. 'The Rusape area' is around the town of that name, and an unknown
    one is named without its noun."""
    name = mention
    if mention.rpartition(" ")[2].lower() in lx.vicinity and not _common(mention):
        if loc.precision == "settlement":
            return loc
        name = _without_level(mention, lx)
    if _common(mention):
        return Location(mention=mention, name=mention, precision="zone", country=country,
                        admin1=admin1)  # fmt: skip
    local = loc.precision in ("settlement", "admin2")
    return replace(
        loc, precision="zone", name=name, lat=None, lon=None, geonameid=None,
        country=loc.country if local else None, admin1=loc.admin1 if local else None,
    )  # fmt: skip


def _is_own(place: Any, mention: str, country: str) -> bool:
    """A settlement of that country called by that very name."""
    return (
        place.country == country
        and place.precision == "settlement"
        and fold(place.name) == fold(mention)
    )


def _common(mention: str) -> bool:
    """'the border', 'The contact line': a name made of common words only."""
    words = mention.split()
    if words and words[0].lower() in ("the", "a"):
        words = words[1:]
    return bool(words) and all(w.islower() for w in words)


def _level_named(  # noqa: PLR0913
    geo: _Memo,
    mention: str,
    role: Role,
    level: str | None,
    hints: tuple[str | None, str | None],
    lx: _Lex,
) -> Location:
    """A known name, with what the text calls it (province, district, zone) if anything;
    one the gazetteer does not know as written may be known without a division's words
    of several ('... Local Government Area') or by the singular of its level word."""
    loc = _named_at_level(geo, mention, role, level, hints, lx)
    if loc.precision != "unresolved":
        return loc
    one = _one_of_many(_without_phrase(mention, lx), level, lx)
    if one is mention:
        return loc
    loc = _named_at_level(geo, one, role, level, hints, lx)
    return replace(loc, mention=mention) if loc.mention == one else loc  # (as written)


def _named_at_level(  # noqa: PLR0913
    geo: _Memo,
    mention: str,
    role: Role,
    level: str | None,
    hints: tuple[str | None, str | None],
    lx: _Lex,
) -> Location:
    """`_level_named` for the name as given."""
    country = hints[0]
    loc = geo.located(mention, role, country, hints[1], level if level != "zone" else None)
    if loc.precision != level and level in ("admin1", "admin2") and country:
        # "the Kursk region" in a report from Ukraine, "Hermel district" in one from Syria:
        # a division named as one may lie across the border
        # (by its own name: "Vake district" in Tbilisi is not Wake County, North Carolina)
        abroad = geo.located(mention, role, None, None, level)
        own = f" {fold(_without_level(mention, lx))} "
        if abroad.precision == level and own in f" {fold(abroad.name or '')} ":
            loc = abroad
    if loc.precision == "unresolved" and level in ("admin1", "admin2"):
        # "the Ombada district": the district's name is the name before its noun
        loc = replace(loc, name=_without_level(mention, lx))
    elif loc.precision == "unresolved" and level == "settlement":
        # "the Maliana market", "Rusape hospital": in the town of that name
        town = geo.located(_without_level(mention, lx), role, country, hints[1], level)
        loc = replace(town, mention=mention) if town.precision == level else loc
    elif loc.precision == "admin2" and level == "settlement":
        # "Palma town" where the gazetteer knows only the district named after it: the
        # town, in the district's province (no point of its own)
        loc = replace(loc, name=_without_level(mention, lx), precision="settlement")
    return loc


def _resolve_all(
    spots: Spots, geo: _Memo, hints: tuple[str | None, str | None], lx: _Lex
) -> tuple[PlaceMention, ...]:
    """Resolve the found spans; the sentence's own province beats the document's."""
    found, tokens, sentence, base = spots.found, spots.tokens, spots.sentence, spots.base
    out: list[PlaceMention] = []
    country, doc_admin1 = hints
    admin1: str | None = None
    # Provinces and countries first: they are the hints for the rest of the sentence.
    # (a district the text names as one, "in the circle of Douentza", says where the
    # villages beside it are, after a province)
    order = [k for k in range(len(found))]
    if len(found) > 1:  # by rank, then as the sentence orders them (no key function to call)
        ranked = sorted([(_HINT_ORDER.get(f[2] or "", 3), k) for k, f in enumerate(found)])
        order = [k for _, k in ranked]
    resolved: dict[int, Location] = {}
    named: str | None = None
    roles = spots.roles
    for k in order:
        a, b, level = found[k]
        mention = _unpossessed(sentence[tokens[a].start - base : tokens[b - 1].end - base])
        if level in ("weak", "loose"):
            continue  # decided below, once the sentence's province is known
        if level == "unresolved":
            loc = _named_here(geo, mention, country, roles[k]) or Location(
                mention=mention,
                name=mention,
                role=roles[k],
                precision="unresolved",
                country=country,
                admin1=admin1,
            )
        else:
            loc = _level_named(geo, mention, roles[k], level, (country, admin1 or doc_admin1), lx)
            if level == "zone" and loc.precision != "zone":
                loc = _as_zone(loc, mention, country, admin1, lx)
        head = _head_at(spots.heads, a) if spots.heads else None
        if head is not None and loc.precision in ("unresolved", "admin2", "zone"):
            loc = _headed(loc, mention, head, spots, geo, hints, lx)
        if loc.precision == "admin1" and admin1 is None:
            admin1 = loc.name
            country = country or loc.country  # "Nasir town in Upper Nile State": South Sudan
        elif level == "admin2" and loc.precision in ("admin2", "settlement") and admin1 is None:
            admin1, country = loc.admin1, country or loc.country
        if loc.precision == "country":
            named = named or loc.country  # the country the sentence itself names
            country = country or loc.country
        resolved[k] = loc
    for k, (a, b, level) in enumerate(found):
        if level == "weak":
            mention = sentence[tokens[a].start - base : tokens[b - 1].end - base]
            wanted = _listed_with(found, k, resolved, tokens) or admin1 or doc_admin1
            weak = geo.resolve(mention, country=country, admin1=wanted)
            if weak.place is None or not (
                weak.place.admin1 == wanted
                if wanted is not None
                # "Gorazde in Bosnia and Herzegovina": a town of the country named beside it
                else named is not None and _is_own(weak.place, mention, named)
            ):
                continue
            resolved[k] = weak.location(roles[k])
        elif level == "loose":
            mention = _unpossessed(sentence[tokens[a].start - base : tokens[b - 1].end - base])
            res = geo.resolve(mention, country=country, admin1=admin1 or doc_admin1)
            if res.place is None or (country is not None and res.place.country != country):
                continue
            if (
                res.place.name.lower() != mention.lower()
                and res.place != geo.resolve(mention).place
            ):
                continue  # "Pak" is no "Paka": a bare name must be the place's own
            resolved[k] = res.location(roles[k])
        loc = resolved[k]
        if loc.precision in ("unresolved", "zone") and (loc.admin1 is None or loc.country is None):
            loc = moved(loc, loc.role, loc.country or country, loc.admin1 or admin1 or doc_admin1)
        if roles[k] != loc.role:
            loc = moved(loc, roles[k], loc.country, loc.admin1)
        out.extend(_as_written(spots, geo, a, b, loc, level, lx))
    return tuple(out)


_LISTING: Final = frozenset({",", "and", "or"})


def _listed_with(
    found: Sequence[tuple[int, int, str | None]],
    k: int,
    resolved: dict[int, Location],
    tokens: tuple[Token, ...],
) -> str | None:
    """The province of the known place listed right beside a weak name ('the Klang and
    Kajang districts'): the weak name is that province's, if anywhere."""
    for q, (a, b) in ((k + 1, (found[k][1], found[k + 1][0] if k + 1 < len(found) else 0)),
                      (k - 1, (found[k - 1][1] if k else 0, found[k][0]))):  # fmt: skip
        if q in resolved and 0 < b - a <= 2 and all(t.low in _LISTING for t in tokens[a:b]):
            return resolved[q].admin1
    return None


def _head_at(heads: tuple[tuple[int, int, int], ...], a: int) -> tuple[int, int] | None:
    """The known name the unknown name at token a begins with, if any (see `Spots.heads`)."""
    for h, i, j in heads:
        if h == a:
            return i, j
    return None


def _as_written(  # noqa: PLR0913
    spots: Spots, geo: _Memo, a: int, b: int, loc: Location, level: str | None, lx: _Lex
) -> list[PlaceMention]:
    """The place at a..b as the text words it: with the compass word before it ('southern
    Lebanon'), and after the other part named with it ('North and South Kivu')."""
    tokens, sentence, base = spots.tokens, spots.sentence, spots.base
    if a and tokens[a - 1].low in lx.compass and loc.precision in ("country", "admin1"):
        loc = Location(
            sentence[tokens[a - 1].start - base : tokens[b - 1].end - base], loc.name,
            loc.role, loc.precision, loc.country, loc.admin1, loc.admin2, loc.geonameid,
            loc.lat, loc.lon, loc.aliases,
        )  # fmt: skip
    out = []
    if (
        a >= 2
        and tokens[a - 1].low == "and"
        and tokens[a].low in lx.parts
        and tokens[a - 2].low in lx.parts
        and (other := _coordinated(spots, geo, a, b, loc, level, lx)) is not None
    ):
        out.append(PlaceMention(a - 2, a - 1, other, level))
    out.append(PlaceMention(a, b, loc, level))
    return out


def _coordinated(  # noqa: PLR0913
    spots: Spots, geo: _Memo, a: int, b: int, loc: Location, level: str | None, lx: _Lex
) -> Location | None:
    """'Lower and Middle Shabelle', 'North and South Kivu', 'the Northern and Central
    Regions': the first compass word names a place of its own with the same name after it."""
    toks, text, base = spots.tokens, spots.sentence, spots.base
    first = toks[a - 2].text
    rest = _one_of_many(text[toks[a].start - base : toks[b - 1].end - base], level, lx)
    name = first[:1].upper() + first[1:] + rest[len(toks[a].text) :]
    res = geo.resolve(name, country=loc.country)
    if res.place is None or res.place.precision != loc.precision:
        return None
    got = res.location(loc.role)
    return Location(
        text[toks[a - 2].start - base : toks[b - 1].end - base], got.name, got.role,
        got.precision, got.country, got.admin1, got.admin2, got.geonameid, got.lat, got.lon,
        got.aliases,
    )  # fmt: skip


def moved(loc: Location, role: Role, country: str | None, admin1: str | None) -> Location:
    """The location with another role, country and province (`dataclasses.replace` is
    interpreted even in the compiled build)."""
    return Location(loc.mention, loc.name, role, loc.precision, country, admin1, loc.admin2,
                    loc.geonameid, loc.lat, loc.lon, loc.aliases)  # fmt: skip
