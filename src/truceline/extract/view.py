"""What the deciding modules share: one sentence's mentions (`View`), a claim being decided
(`Draft`), and the readings `pipeline` takes from a sentence to fill a draft's date and places
(`nearest_date`, `places_for`, `parenthesised`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from truceline.extract.cues import Cues
from truceline.extract.dates import DateMention
from truceline.extract.numbers import Number
from truceline.extract.places import PlaceMention
from truceline.lexicon import PerLanguage, load, word_set
from truceline.model import Count, Location, Period
from truceline.text.tokens import Token

# marks that open a listed line ("• Shyrokyne area: 42", "- Hama: 3")
BULLETS: Final = frozenset({"-", "•", "*", "–", "—", "·"})


@dataclass(frozen=True, slots=True, init=False)
class View:
    """Everything the finding stages saw in one sentence."""

    tokens: tuple[Token, ...]
    lows: tuple[str, ...]  # each token's lower-case form, made once for every stage
    numbers: tuple[Number, ...]
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    cues: Cues
    start: int  # document offset of the sentence
    text: str
    blocked: frozenset[int] = frozenset()  # tokens inside party names
    placed: bool = False  # the entry the sentence belongs to names where and when it happened
    lang: str = "en"  # the language whose lexicon the deciding modules read

    def __init__(  # noqa: PLR0913 (written out for speed: see truceline.model)
        self,
        tokens: tuple[Token, ...],
        lows: tuple[str, ...],
        numbers: tuple[Number, ...],
        dates: tuple[DateMention, ...],
        places: tuple[PlaceMention, ...],
        cues: Cues,
        start: int,
        text: str,
        blocked: frozenset[int] = frozenset(),
        placed: bool = False,
        lang: str = "en",
    ) -> None:
        object.__setattr__(self, "tokens", tokens)
        object.__setattr__(self, "lows", lows)
        object.__setattr__(self, "numbers", numbers)
        object.__setattr__(self, "dates", dates)
        object.__setattr__(self, "places", places)
        object.__setattr__(self, "cues", cues)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "blocked", blocked)
        object.__setattr__(self, "placed", placed)
        object.__setattr__(self, "lang", lang)

    def with_places(self, places: tuple[PlaceMention, ...]) -> View:
        """The same sentence with its places resolved again."""
        return View(self.tokens, self.lows, self.numbers, self.dates, places, self.cues, self.start,
                    self.text, self.blocked, self.placed, self.lang)  # fmt: skip

    def with_cues(self, cues: Cues) -> View:
        """The same sentence with some of its cues set aside."""
        return View(self.tokens, self.lows, self.numbers, self.dates, self.places, cues, self.start,
                    self.text, self.blocked, self.placed, self.lang)  # fmt: skip

    def with_dates(self, dates: tuple[DateMention, ...]) -> View:
        """The same sentence with its dates read again."""
        return View(self.tokens, self.lows, self.numbers, dates, self.places, self.cues, self.start,
                    self.text, self.blocked, self.placed, self.lang)  # fmt: skip

    def clause(self, a: int, b: int) -> View:
        """The same sentence seen through tokens a..b only (offsets unchanged)."""
        return View(
            tokens=self.tokens,
            lows=self.lows,
            numbers=tuple(n for n in self.numbers if a <= n.i < b),
            dates=tuple(d for d in self.dates if a <= d.i < b),
            places=tuple(p for p in self.places if a <= p.i < b),
            cues=self.cues.within(a, b),
            start=self.start,
            text=self.text,
            blocked=self.blocked,
            placed=self.placed,
            lang=self.lang,
        )


@dataclass(slots=True, init=False)
class Draft:
    """A claim being decided: token anchors, plus the fields the sentence gives."""

    kind: str
    anchor: tuple[int, int]
    count: Count | None = None
    killed: Count | None = None
    injured: Count | None = None
    period: Period | None = None
    locations: tuple[Location, ...] = ()
    methods: tuple[str, ...] = ()
    outcome: str | None = None
    parent: int | None = None  # index into the sentence's drafts
    confidence: float = 0.6
    focus: int | None = None  # the verb that dates the claim (agreements, operations)
    source: str | None = None  # who a table row says reported it ("Kech police")
    # a toll whose kind its own sentence leaves open: no day, town or attack decides it
    undecided: bool = False

    def __init__(  # noqa: PLR0913 (written out for speed: see truceline.model)
        self,
        kind: str,
        anchor: tuple[int, int],
        count: Count | None = None,
        killed: Count | None = None,
        injured: Count | None = None,
        period: Period | None = None,
        locations: tuple[Location, ...] = (),
        methods: tuple[str, ...] = (),
        outcome: str | None = None,
        parent: int | None = None,
        confidence: float = 0.6,
        focus: int | None = None,
        source: str | None = None,
    ) -> None:
        self.kind = kind
        self.anchor = anchor
        self.count = count
        self.killed = killed
        self.injured = injured
        self.period = period
        self.locations = locations
        self.methods = methods
        self.outcome = outcome
        self.parent = parent
        self.confidence = confidence
        self.focus = focus
        self.source = source
        self.undecided = False


def in_date(view: View, n: Number) -> bool:
    """Whether a number is part of a date ("3 March"), so counts no claim."""
    return any(d.i <= n.i < d.j for d in view.dates)


def days(p: Period) -> int:
    """How many calendar days a period covers: a toll over several is a tally.
    (Remembered: a report's few periods are asked of again and again, and each date is
    parsed through Python.)"""
    k = (p.start, p.end)
    got = _DAYS.get(k)
    if got is None:
        if len(_DAYS) > 4096:
            _DAYS.clear()
        got = _DAYS[k] = (dt.date.fromisoformat(p.end) - dt.date.fromisoformat(p.start)).days + 1
    return got


_DAYS: Final[dict[tuple[str, str], int]] = {}


def several_days(view: View) -> bool:
    """Whether the sentence dates something over several days ('13-14 Mar', 'on Saturday
    and Sunday'), not over a night's two ('overnight', 'the night of 26 to 27 April')."""
    toks = view.tokens
    nights = word_set(view.lang, "dates", "one_night_words")
    return any(
        days(d.period) >= 2
        and not d.since
        and not any(toks[k].low in nights for k in range(d.i, d.j))
        for d in view.dates
    )


def _saying_links(lang: str) -> frozenset[str]:
    """The small words between a speech verb and the day of saying ('said late on Wednesday'):
    grammar.json's saying_links, and a comma."""
    return frozenset({","}) | word_set(lang, "grammar", "saying_links")


_SAYING_LINKS: Final = PerLanguage(_saying_links)


def nearest_date(
    view: View, anchor: tuple[int, int], *, demote_saying: bool = True
) -> DateMention | None:
    """The time expression closest to a claim's anchor (ties go to the later one, unless
    things run until it). A date
    right after a speech verb ('said on Wednesday that 45 were killed on 29 January')
    dates the saying, and one right before a truce's noun names the truce, so any other
    date is preferred."""
    # ("gave different accounts on Wednesday of a clash on Monday": a statement's day too)
    spoken = (*view.cues.by.get("speech_verbs", ()), *view.cues.by.get("speech_nouns", ()))
    # (only past small words: "said late on Wednesday", never "reported no incidents overnight")
    toks = view.tokens
    links = _SAYING_LINKS.get(view.lang)
    said = set()
    for m in spoken if demote_saying else ():
        k = m.j
        while k < m.j + 3:
            said.add(k)
            if k >= len(toks) or toks[k].low not in links:
                break
            k += 1
    # "On Thursday the ministry accused ... of firing ... on Wednesday": a date opening the
    # sentence before its speaker's verb dates the saying too
    # (not "On Monday gunmen attacked Kidal, officials said": the attack is told before)
    if spoken and view.dates and view.dates[0].i == 1 and toks[0].low == "on":
        first = view.dates[0]
        verb = next((m for m in spoken if first.j < m.i <= first.j + 6), None)
        attacks = (*view.cues.by.get("attack_verbs", ()), *view.cues.by.get("attack_nouns", ()))
        if (
            verb is not None
            and not any(toks[k].text == "," for k in range(first.j, verb.i))
            and not any(first.j <= m.i < verb.i for m in attacks)
        ):
            said.add(first.i)
    # "A battalion which arrived on Wednesday began an operation this morning": a date in a
    # relative clause on the subject tells of the subject, not of the claim (not "The attack
    # on the post, which began on Monday, killed five": a clause on the attack itself)
    if len(view.dates) > 1:
        nouns = view.cues.by.get("attack_nouns", ())
        for d in view.dates:
            rel = next(
                (k for k in range(max(0, d.i - 4), d.i) if toks[k].low in ("which", "who")), None
            )
            if rel is not None and not any(rel - 10 <= m.j <= rel for m in nouns):
                said.add(d.i)
    # "the 23 October ceasefire", "the March agreement": a date naming a truce is no period
    named = {m.i for m in view.cues.by.get("agreement_nouns", ())}
    # "HANKOW, in Chinese, 4 Aug, 14.00: ... on Wednesday": a line's label dates the
    # broadcast or the report, not what it tells
    label = _label_end(toks) if len(view.dates) > 1 else 0
    # the least (demoted, distance), the later on ties: compared field by field, not as
    # tuples (which the compiled build compares through Python)
    best: DateMention | None = None
    best_demoted, best_dist = False, 0
    for d in view.dates:
        dist = min(abs(d.i - anchor[1]), abs(anchor[0] - d.j))
        demoted = d.i in said or d.j in named or d.j <= label
        if (
            best is None
            or (best_demoted and not demoted)
            or (
                demoted == best_demoted
                and (
                    dist < best_dist
                    # (not a date things run until: "extend the ceasefire ... to 26 August")
                    or (
                        dist == best_dist
                        and (d.since or d.i == 0 or toks[d.i - 1].low not in _UNTIL)
                    )
                )
            )
        ):
            best, best_demoted, best_dist = d, demoted, dist
    return best


_UNTIL: Final = frozenset({"to", "until", "till", "through"})


def _label_end(toks: tuple[Token, ...]) -> int:
    """Where a line's label ends: its colon among the first words (not a clock's), else 0."""
    for k in range(1, min(len(toks) - 1, 14)):
        if toks[k].text == ":" and not (
            toks[k - 1].text.isdecimal() and toks[k + 1].text.isdecimal()
        ):
            return k
    return 0


def after_of(lows: tuple[str, ...], i: int, heads: frozenset[str] | None = None) -> bool:
    """Whether token i follows 'of' (with 'the' between), after one of `heads` if given: 'a
    citizen of the Russian Federation', 'the Armed Forces of the Philippines'."""
    k = i - 1 if i and lows[i - 1] == "the" else i
    return k > 1 and lows[k - 1] == "of" and (heads is None or lows[k - 2] in heads)


def places_for(view: View, anchor: tuple[int, int], own_only: bool) -> tuple[Location, ...]:
    """A claim's places: the sentence's, the ones nearest the anchor first; parts take their own."""
    if not view.places:
        return ()
    main = [p for p in view.places if not p.aside]
    if own_only and main:
        # A part's own place: the one right after (or before) its count ("33 times in Iraq", "Aleppo (9)").
        best = min(main, key=lambda p: _part_distance(view, p, anchor))
        dist = min(abs(best.i - anchor[1]), abs(anchor[0] - best.j))
        # or the one place the sentence gives, when it says the part happened there
        alone = len(main) == 1 and best.location.role == "at"
        return (best.location,) if dist <= 3 or alone else ()
    if own_only:
        return ()
    # the most specific place first: a country names the setting, not where it happened
    if len(view.places) == 1:
        return (view.places[0].location,)
    # (sorted as tuples with the place's index last, as a stable sort by key would order
    # them: no key function to call through Python)
    places = view.places
    ranked = sorted([
        (p.aside, p.location.precision == "country", p.location.role != "at", p.i, k)
        for k, p in enumerate(places)
    ])  # fmt: skip
    out = tuple(places[r[4]].location for r in ranked)
    if not places[ranked[-1][4]].aside:
        return out
    # (a place of last resort the sentence names again, "KUMANOVO, May 24 - ... near
    # Kumanovo", once)
    named = {loc.name for loc, r in zip(out, ranked, strict=True) if not r[0]}
    return tuple(
        loc for loc, r in zip(out, ranked, strict=True) if not r[0] or loc.name not in named
    )


def _referring_levels(lang: str) -> dict[str, tuple[str, ...]]:
    """The levels each word that names a place by its kind refers to, the likelier first: a
    division's ('province': admin1), any place so named ('sector', and the sites: 'palace'),
    or such a place else the report's country ('the island')."""
    d = load(lang, "places")
    areas = {k: (v,) if isinstance(v, str) else tuple(v) for k, v in d["referring_areas"].items()}
    return {**areas, **dict.fromkeys(d["referring_sites"], ("any",))}


REFERRING_LEVELS: Final = PerLanguage(_referring_levels)


def area_referred(view: View, anchor: tuple[int, int]) -> str | None:
    """'9 attacks ... in the province since January', 'in the sector': a division named by
    its kind alone, in the count's clause, is one named before; the word that names it
    ('country' for 'nationwide')."""
    areas = REFERRING_LEVELS.get(view.lang)
    preps = word_set(view.lang, "places", "referring_prepositions")
    parts = word_set(view.lang, "places", "referring_parts")
    wide = word_set(view.lang, "places", "nationwide_words")
    toks = view.tokens
    named = {k for p in view.places for k in range(p.i, p.j)}
    for k in range(anchor[1], min(len(toks) - 1, anchor[1] + 12)):
        if toks[k].text in (",", ";", ":", "("):
            return None
        if toks[k].low in wide:
            return "country"  # "37 violations nationwide"
        if (
            toks[k].low == "the"
            # ("in the province", "in various parts of the Kingdom")
            and (toks[k - 1].low in preps or toks[k - 1].low == "of" and toks[k - 2].low in parts)
            and toks[k + 1].low in areas
            and k + 1 not in named
            and not (k + 2 < len(toks) and (toks[k + 2].low == "of" or toks[k + 2].is_cap))
            # ("fired on the town hall in Salina Cruz": the town is named, not referred to)
            and not any(
                k + 2 < p.i <= k + 5 and toks[p.i - 1].low in preps and not p.aside
                for p in view.places
            )
        ):
            return toks[k + 1].low
    return None


def _part_distance(view: View, p: PlaceMention, anchor: tuple[int, int]) -> int:
    """Words between a count and a place: 'twice in the Bicol region' is closer than the
    'Eastern Visayas,' before it."""
    toks = view.tokens
    if p.i >= anchor[1]:
        links = word_set(view.lang, "grammar", "part_links")  # "in", "near", "the": uncounted
        return sum(1 for k in range(anchor[1], p.i) if toks[k].low not in links)
    between = range(p.j, anchor[0])
    return len(between) + 1 + sum(1 for k in between if toks[k].low in (",", ";"))


def parenthesised(view: View) -> list[tuple[PlaceMention, Number]]:
    """Per-place counts: 'Aleppo (9)', 'Idlib – 11', 'Khartoum: 5', and in a list of them,
    'Bishnupur 19 · Imphal West 14 · Jiribam 11'."""
    out = []
    bare = []
    toks = view.tokens
    levels = load(view.lang, "places")["level_suffixes"]
    preps = word_set(view.lang, "places", "place_prepositions")
    starts = {p.i for p in view.places}
    for p in view.places:
        last = toks[p.j - 1].low
        if last in levels and last.endswith("s"):
            continue  # "in the southern border provinces: six in Narathiwat, ..." heads a list
        for n in view.numbers:
            if n.vague:
                continue
            # one mark between: "Aleppo (9)", "Idlib – 11", "Khartoum: 5"
            mark = toks[p.j].low if n.i == p.j + 1 else None
            # (not "in Surkhandarya: nine in Sariosiyo and five in Uzun": a count placed by
            # the words after it)
            placed = n.j + 1 < len(toks) and toks[n.j].low in preps and n.j + 1 in starts
            if (
                mark in _COUNT_MARKS
                and (mark != "(" or (n.j < len(toks) and toks[n.j].low == ")"))
                and not (mark != "(" and placed)
            ):
                out.append((p, n))
            elif n.i == p.j and _item_ends(toks, n.j):
                bare.append((p, n))
    if not out and len(bare) < 2:
        return _named_items(view) or _labelled_item(view)
    if out:
        out = _with_unknown_items(view, out)
    return out + bare if len(bare) >= 2 else out


def _with_unknown_items(
    view: View, out: list[tuple[PlaceMention, Number]]
) -> list[tuple[PlaceMention, Number]]:
    """'Djibo (3), Ouahigouya (2), Nassoumbou (1)': in a list of places with their counts in
    brackets, a name the gazetteer does not know is one of them too."""
    toks = view.tokens
    taken = {n.i for _, n in out}
    named = {k for p in view.places for k in range(p.i, p.j)}
    more = []
    for n in view.numbers:
        k = n.i - 2
        if n.i in taken or k < 0 or toks[n.i - 1].text != "(" or n.j >= len(toks):
            continue
        if toks[n.j].text != ")" or not toks[k].is_cap or k in named:
            continue
        a = k
        while a > 0 and toks[a - 1].is_cap and a - 1 not in named and k - a < 3:
            a -= 1
        more.append((_unknown_place(view, a, k + 1), n))
    return sorted(out + more, key=lambda pn: pn[1].i)


def _labelled_item(view: View) -> list[tuple[PlaceMention, Number]]:
    """'- Ha Tuyen: 19, of which ...': a listed item whose label, a name the gazetteer does
    not know, gives its number after a colon."""
    toks = view.tokens
    if len(toks) < 4 or toks[0].text not in BULLETS:
        return []
    b = 1
    while b < len(toks) and b < 5 and toks[b].is_cap and not toks[b].text.isdigit():
        b += 1
    n = next((n for n in view.numbers if n.i == b + 1 and not n.vague), None)
    if b == 1 or b >= len(toks) or toks[b].text != ":" or n is None or not _item_ends(toks, n.j):
        return []  # (not "- MUP: 1 killed": a count with a noun of its own)
    # (not a means, 'Mortars: 2', nor one common word, 'Civilians: 3'; 'Son' is a name's part)
    if any(m.i < b for m in view.cues.methods) or (
        b == 2 and any(m.i == 1 for c in view.cues.by.values() for m in c)
    ):
        return []
    return [(_unknown_place(view, 1, b), n)]


def _unknown_place(view: View, a: int, b: int) -> PlaceMention:
    """Tokens a..b named as a place the gazetteer does not know (a list's item)."""
    return PlaceMention(a, b, unknown_location(view, a, b))


def unknown_location(view: View, a: int, b: int) -> Location:
    """The place tokens a..b name, as written, when the gazetteer knows none of it (a log's
    place cell, a row's label)."""
    toks = view.tokens
    mention = view.text[toks[a].start - view.start : toks[b - 1].end - view.start]
    return Location(mention=mention, name=mention, precision="unresolved")


def method_items(view: View) -> list[tuple[str, Number]]:
    """'By weapon: small arms 2, mortar 1, artillery 0': a list of means, each with its
    number right after it (two at least): (the means, its count)."""
    toks = view.tokens
    out = []
    for m in view.cues.methods:
        n = next((n for n in view.numbers if n.i == m.j and not n.vague), None)
        if n is not None and _item_ends(toks, n.j):
            out.append((m.value, n))
    return out if len(out) >= 2 else []


def counted_items(view: View, start: int) -> list[tuple[int, Number]]:
    """'...: air action against villages, 9; ground fire, 6; mines laid on tracks, 2': after
    token `start`, items split at ';' (or at ',' when none), each its words and then one
    number closing it: (where its words begin, its number), two at least, or none."""
    toks = view.tokens
    mark = ";" if any(t.text == ";" for t in toks[start:]) else ","
    ends = {n.j: n for n in view.numbers if n.i > start and not (n.vague or n.times)}
    out: list[tuple[int, Number]] = []
    a = start + 1
    while a < len(toks):
        e = next((k for k in range(a, len(toks)) if toks[k].text == mark), len(toks))
        last = e - 1 if e == len(toks) and toks[e - 1].text == "." else e
        n = ends.get(last)
        if n is None or not any(t.text[:1].isalpha() for t in toks[a : n.i]):
            return []
        if any(a <= x.i and x.j < n.i and not in_date(view, x) for x in view.numbers):
            return []  # (another number within the item's words: no item of one count)
        out.append((a, n))
        a = e + 1
    return out if len(out) >= 2 else []


def _item_ends(toks: tuple[Token, ...], j: int) -> bool:
    """Whether a list's item ends at token j: at a list mark, or where the sentence ends."""
    return (
        j == len(toks)
        or toks[j].text in _LIST_MARKS
        or (j == len(toks) - 1 and toks[j].text == ".")
        # ("Jos 5 and Kaduna 13": the last item's joiner, a name after it)
        or (toks[j].low == "and" and j + 1 < len(toks) and toks[j + 1].is_cap)
        # ("Menaka 3 (total 24)": the list's total after its last item)
        or (toks[j].text == "(" and j + 1 < len(toks) and toks[j + 1].low in LIST_TOTAL_WORDS)
    )


# what names a list's total after its items: "(total 24)", "(overall 30)"
LIST_TOTAL_WORDS: Final = frozenset({"total", "overall"})


def _named_items(view: View) -> list[tuple[PlaceMention, Number]]:
    """'By team area: DOBRINJA 14, GRBAVICA 9, STUP 8': after a colon, a list of names the
    gazetteer does not know, each with its number, two at least (never methods or kinds of
    victims: 'SAF 27, HMG 9' is a count by means)."""
    toks = view.tokens
    colon = next((k for k, t in enumerate(toks) if t.text == ":"), None)
    if colon is None:
        return []
    by_start = {n.i: n for n in view.numbers if not n.vague}
    known = {k for p in view.places for k in range(p.i, p.j)}
    covered = {k for c in (*view.cues.by.values(), view.cues.methods) for m in c
               for k in range(m.i, m.j)}  # fmt: skip
    out: list[tuple[PlaceMention, Number]] = []
    a = colon + 1
    while a < len(toks):
        b = a
        while b < len(toks) and b - a < 4 and b not in by_start and toks[b].is_cap:
            b += 1
        if any(k in covered or k in known for k in range(a, b)):
            return []
        n = by_start.get(b)
        if b == a or n is None or not _item_ends(toks, n.j):
            break
        out.append((_unknown_place(view, a, b), n))
        a = n.j + 1
    return out if len(out) >= 2 else []


_LIST_MARKS: Final = frozenset({"·", "•", ",", ";", "|", "/"})
_COUNT_MARKS: Final = frozenset({"(", "-", "–", ":", "—"})
