"""The extractor's stages in order: the one place that lists them.

1. sentences.split        report -> sentences (headline = paragraph 0)
2. mentions.read_sentence sentence -> mentions: tokens, numbers, dates, parties
                          (attribution), cues, places
3. records                what the whole report says once: its country, source, truce
                          day, headline period, and the records of its layout
4. claims.decide          mentions -> claim drafts, one sentence at a time
5. here: context          claimant, period and place carried across sentences
6. here: merge            the headline's restatement joins the body's claim; ids, part_of
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Final

from truceline.extract import claims as decide_mod
from truceline.extract import periods, tables
from truceline.extract.counts import head, past_auxiliaries
from truceline.extract.cues import nobody
from truceline.extract.dates import DateMention
from truceline.extract.mentions import Read, entry_word, read_sentence, replace_places
from truceline.extract.numbers import Number
from truceline.extract.parties import (
    Attribution,
    acronyms,
    is_anaphor,
    named_source,
    party_type,
    resolve,
    spelling,
)
from truceline.extract.places import (
    Geocoder,
    PlaceMention,
    moved,
)
from truceline.extract.records import (
    DocFacts,
    briefer_words,
    broadcast_station,
    capital,
    chronology,
    dated_entry,
    dateline_agency,
    days_between,
    dispatch_days,
    doc_hints,
    document_author,
    entry_days,
    entry_sources,
    field_label,
    field_place,
    field_source,
    first_person,
    fuller,
    header_line,
    headline_period,
    home,
    in_full,
    interviewee,
    label_speaker,
    letter_writer,
    masthead,
    match_reports,
    narrative_years,
    province,
    record_blocks,
    row_day,
    row_places,
    sender,
    truce_start,
)
from truceline.extract.sentences import Sentence, split
from truceline.extract.tolls import days_told, told_before
from truceline.extract.view import (
    BULLETS,
    LIST_TOTAL_WORDS,
    REFERRING_LEVELS,
    Draft,
    View,
    after_of,
    area_referred,
    counted_items,
    in_date,
    unknown_location,
)
from truceline.lexicon import PerLanguage, load, word_set
from truceline.model import Claim, Count, Document, Envelope, Location, Party, Period, Span
from truceline.text.tokens import label_length


def _span(doc: Document, view: View, a: int, b: int) -> Span:
    toks = view.tokens
    start, end = toks[a].start, toks[min(b, len(toks)) - 1].end
    return Span(start, end, doc.text[start:end])


def _sentence_span(doc: Document, s: Sentence) -> Span:
    return Span(s.start, s.end, doc.text[s.start : s.end])


@dataclass(slots=True, init=False)
class _Context:
    """What a sentence inherits from the ones before it."""

    history: list[Party]
    claimant: Party | None = None
    relays: tuple[Party, ...] = ()
    period: Period | None = None
    locations: tuple[Location, ...] = ()
    para: int = -1
    scene: tuple[Location, ...] = ()  # the headline's and dateline's places
    heading: Read | None = None  # a table's heading line ("Ceasefire violations – Donetsk")
    truce: str | None = None  # the day the report's truce began
    today: str | None = None
    total: Claim | None = None  # the last violation total, for "N of them" in later sentences
    toll: Claim | None = None  # the last casualty total, for "Three of the dead were children"
    toll_last: bool = False  # whether it was told after the last violation total ("Of these")
    entry: tuple[int, tuple[Location, ...]] | None = None  # an event log entry's paragraph, places
    entry_end: int | None = None  # where the lines of an entry headed by a line of its own end
    table: tables.Columns | None = None  # the columns of the delimited table being read
    rows: list[str] = field(default_factory=list)  # its rows' claim ids, parts of its total
    row_columns: dict[str, int] = field(default_factory=dict)  # a cross-tab's, by column
    links: dict[str, str] = field(default_factory=dict)  # part id -> total id, set afterwards
    table_places: tuple[Location, ...] = ()
    table_period: Period | None = None  # the period in focus when the table began
    declared: Period | None = None  # the period the report says it covers ("Reporting period")
    named: list[Location] = field(default_factory=list)  # every place named so far, in order
    towns: dict[str, list] = field(default_factory=dict)  # town name -> [times named, first]
    quoting: bool = False  # inside a quotation that runs on from an earlier sentence
    answering: bool = False  # inside an interview's answer
    speaking: Party | None = None  # the last speaker a line's label named ("MAJ. CARON (CF):")
    home: Location | None = None  # the country the report is about ("nationwide")
    province: Location | None = None  # the province it is about, when it names it
    capital: Location | None = None  # its capital, when named ("in the capital")
    last: View | None = None  # the sentence before, a table's caption when it is one
    untold: int = -1  # the paragraph of the sentence before, if it told an attack unclaimed
    untold_span: Span | None = None  # and that sentence
    record: int = 0  # the number of the record of field lines being read (0: none)
    told_any: bool = False  # whether a sentence before made a claim
    days_asked: dict[str, Period | None] = field(default_factory=dict)  # by question number

    def __init__(  # (written out for speed: see truceline.model)
        self,
        history: list[Party],
        truce: str | None = None,
        today: str | None = None,
    ) -> None:
        self.history = history
        self.claimant = None
        self.relays = ()
        self.period = None
        self.locations = ()
        self.para = -1
        self.scene = ()
        self.heading = None
        self.truce = truce
        self.today = today
        self.total = None
        self.toll = None
        self.toll_last = False
        self.entry = None
        self.entry_end = None
        self.table = None
        self.rows = []
        self.row_columns = {}
        self.links = {}
        self.table_places = ()
        self.table_period = None
        self.home = None
        self.province = None
        self.capital = None
        self.declared = None
        self.named = []
        self.towns = {}
        self.quoting = False
        self.answering = False
        self.speaking = None
        self.last = None
        self.untold = -1
        self.untold_span = None
        self.record = 0
        self.told_any = False
        self.days_asked = {}


def _claimant(r: Read, ctx: _Context, acr: dict[str, str]) -> Party | None:
    if ctx.table is not None or tables.header(r.view) is not None:
        return ctx.claimant  # a table's row or header speaks for whoever made the table
    att = r.attribution
    label = label_speaker(r)
    if label is not None:
        att = Attribution(label, att.relays, explicit=True)
    if att.claimant is not None:
        p = resolve(att.claimant, [*ctx.history, *_named_here(r, att.claimant)])
        ctx.history.extend(q for q in att.relays if not is_anaphor(q))  # "the news agency" next
        if p.name in acr:
            p = Party(acr[p.name], p.mention, p.type, (p.name,))
        if p.type is None:
            p = Party(p.name, p.mention, party_type(p.name) or "other", p.aliases)  # type: ignore[arg-type]
        ctx.history.append(p)
        if label is not None:
            ctx.speaking = p
        return p
    subject = _subject_party(r)
    if subject is not None:  # "The ministry denied it. It said ...": "it" is the ministry
        ctx.history.append(subject)
    return ctx.claimant


def _named_here(r: Read, speaker: Party) -> list[Party]:
    """'the Islamic Jihad movement ..., the movement announced': the body a pointing speaker
    names, when the same sentence gives its full name before it."""
    low = (speaker.mention or speaker.name).lower()
    if "'s" not in low and "’s" not in low and not is_anaphor(speaker):
        return []  # (most speakers: neither an owner's phrase below nor a pointing one)
    words = low.split()
    # "the centre's deputy head, ... said": the centre the sentence names before
    owner = len(words) > 2 and words[0] == "the" and words[1].endswith(("'s", "’s"))
    if not owner and not is_anaphor(speaker):
        return []
    head = spelling(words[1][:-2]) if owner else words[-1]
    toks = r.view.tokens
    before = r.attribution.span[0] if r.attribution.span else len(toks)
    for k, t in enumerate(toks[:before]):
        if spelling(t.low) == head and k > 0 and toks[k - 1].is_cap:
            a = k - 1
            while a > 0 and toks[a - 1].is_cap:
                a -= 1
            if toks[a].low == "the" and a + 1 < k:
                a += 1  # "The Russian Center ...": the name without its article
            b = k + 1  # "Center for Reconciliation of Opposing Sides in Syria"
            while (
                owner
                and b + 1 < before
                and (toks[b].is_cap or (toks[b].low in ("for", "of", "in") and toks[b + 1].is_cap))
            ):
                b += 1
            end = toks[b - 1].end
            name = r.sentence.text[toks[a].start - r.sentence.start : end - r.sentence.start]
            return [Party(name, name, party_type(name))]  # type: ignore[arg-type]
    return []


def _subject_party(r: Read) -> Party | None:
    """An organisation named at the head of a sentence, as its subject."""
    toks = r.view.tokens
    a = 1 if toks and toks[0].low == "the" else 0
    b = a
    while b < len(toks) and (toks[b].is_cap or toks[b].low in ("of", "for", "and", "-")):
        b += 1
    if b - a < 2 or (b < len(toks) and toks[b].low in ("'s", "’s")):
        # "Armenia's defence ministry gave ...": a country's body named in plain words
        if b - a == 1 and toks[a].low.endswith(("'s", "’s")):
            c = b
            while c < len(toks) and c - b < 3 and party_type(toks[c].low) is not None:
                c += 1
            if c > b:
                text = r.sentence.text[
                    toks[a].start - r.sentence.start : toks[c - 1].end - r.sentence.start
                ]
                return Party(text, text, party_type(text))  # type: ignore[arg-type]
        return None
    return named_source(toks[a:b], r.sentence.text, r.sentence.start)


def _in_province(
    locations: tuple[Location, ...], hints: tuple[str | None, str | None]
) -> tuple[Location, ...]:
    """A place the gazetteer does not know lies in the province the claim's other places
    share, else the report's own ('Jagargunda' in a row that also names Sukma, Chhattisgarh)."""
    if not any(loc.precision == "unresolved" and loc.admin1 is None for loc in locations):
        return locations
    out = []
    for loc in locations:
        if loc.precision == "unresolved" and loc.admin1 is None:
            near = {(o.country, o.admin1) for o in locations
                    if o.admin1 and o.country and loc.country in (None, o.country)}  # fmt: skip
            country, admin1 = next(iter(near)) if len(near) == 1 else hints
            if admin1 and loc.country in (None, country):
                loc = moved(loc, loc.role, country, admin1)
        out.append(loc)
    return tuple(out)


def _build(  # noqa: PLR0913
    d: Draft,
    r: Read,
    doc: Document,
    claimant: Party | None,
    relays: tuple[Party, ...],
    claim_id: str,
    part_of: str | None,
) -> Claim:
    view = r.view
    evidence = (
        (_sentence_span(doc, r.sentence),) if d.parent is None else (_span(doc, view, *d.anchor),)
    )
    return Claim(
        id=claim_id,
        part_of=part_of,
        kind=d.kind,  # type: ignore[arg-type]
        evidence=evidence,
        methods=d.methods,
        count=d.count,
        killed=d.killed,
        injured=d.injured,
        period=d.period,
        locations=d.locations,
        claimant=claimant,
        reported_by=relays,
        outcome=d.outcome,  # type: ignore[arg-type]
        confidence=d.confidence,
    )


def _quotations(reads: list[Read]) -> list[Read]:
    """Sentences of a quotation that runs on ('"A truce was agreed. It holds," X said on
    Monday.') are said by the speaker named where it closes, on the day given there."""
    out = list(reads)
    for k, r in enumerate(reads):
        if not _opens_quote(r.sentence.text) or r.attribution.claimant is not None:
            continue
        close = next(
            (q for q in range(k + 1, min(k + 8, len(reads)))
             if reads[q].sentence.para == r.sentence.para and _closes_quote(reads[q].sentence.text)),
            None,
        )  # fmt: skip
        if close is None:
            continue
        for q in range(k, close):
            if reads[q].attribution.claimant is None:
                out[q] = _said_by(out[q], reads[close])
    return out


def _opens_quote(text: str) -> bool:
    """A quotation left open at the sentence's end: more “ than ”, or an odd number of
    straight quotes whose last one opens (after a space, a colon or the start)."""
    if "“" in text and text.count("“") > text.count("”"):
        return True
    last = text.rfind('"')
    if last < 0:
        return False  # (most sentences: no straight quote to count)
    return text.count('"') % 2 == 1 and (last == 0 or text[last - 1] in " :(\n")


def _closes_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("”") > text.count("“")


def _said_by(r: Read, closing: Read) -> Read:
    """The sentence with the closing sentence's speaker, and its 'today' set to the day the
    closing sentence gives for the saying."""
    spoken = periods.spoken_day(closing.view)
    dates = r.view.dates
    if spoken is not None:
        dates = tuple(replace(d, period=spoken) if periods.deictic(r.view, d) else d for d in dates)
    att = Attribution(closing.attribution.claimant, closing.attribution.relays)
    return Read(r.sentence, replace(r.view, dates=dates), att, r.spots)


def _is_heading(r: Read) -> bool:
    """A short line with no full stop: a section heading, of a table when it names violations."""
    text = r.sentence.text.rstrip()
    return (
        r.sentence.para > 0
        and len(r.view.tokens) <= 10
        and not text.endswith((".", '"', "”"))
        and not r.view.numbers
        and ":" not in text
    )


def _place_date_line(r: Read) -> bool:
    """'Cotonou, 17 January 1977' on a line of its own near the top: where and when a
    communiqué or a letter was written, its scene."""
    view = r.view
    if r.sentence.para > 3 or not view.places or not view.dates or len(view.tokens) > 10:
        return False
    covered = {k for p in view.places for k in range(p.i, p.j)}
    covered.update(k for d in view.dates for k in range(d.i, d.j))
    return all(k in covered or t.text in (",", ".") for k, t in enumerate(view.tokens))


def _inherited(ctx: _Context) -> tuple[Location, ...]:
    """Places for a claim that names none: the last ones named, then the report's scene,
    then its main town so far, its province and its country (a claim that names no place
    may be of all of it)."""
    names = {loc.mention for loc in ctx.locations}
    out = ctx.locations + tuple(loc for loc in ctx.scene if loc.mention not in names)
    town = _main_town(ctx.towns)
    if town is not None and not any(loc.name == town.name for loc in out):
        out += (town,)
    if ctx.province is not None and not any(loc.name == ctx.province.name for loc in out):
        out += (ctx.province,)
    home = ctx.home
    if home is not None and not any(
        loc.precision == "country" and loc.country == home.country for loc in out
    ):
        out += (home,)
    return out


def _referred(
    view: View, anchor: tuple[int, int], noun: str, ctx: _Context
) -> tuple[Location, ...]:
    """The place 'in the province' means: one of that level named earlier in the sentence,
    else in the report (the last first); 'in the area' (sector, zone), the places its own
    sentence named before it, else one the text called an area; else the places of the
    sentence before."""
    before = [p for p in view.places if p.j <= anchor[0]]
    here = tuple(p.location for p in before if not p.aside)
    levels = REFERRING_LEVELS.get(view.lang)[noun]
    if here and levels == ("any",) and noun not in word_set(view.lang, "places", "referring_sites"):
        # "the VJ commander in Decani and local UCK commanders agreed to a cease-fire in the
        # area": an area the sentence named before (not one the report called an area)
        return here
    for level in levels:
        if level == "country" and ctx.home is not None:
            return (ctx.home,)  # "nationwide", "across the country": the report's own
        if level == "capital" and ctx.capital is not None:
            return (ctx.capital,)
        # (a speaker's own place counts here: "the governor of X ... the region")
        for loc in reversed(ctx.named + [p.location for p in before]):
            # (or one of no known level the text calls by that word: "Caprivi Region", then
            # "the Region")
            if loc.precision == level or (
                (level == "any" or loc.precision == "unresolved")
                and noun in loc.mention.lower().split()
            ):
                return (loc,)
    return here or _inherited(ctx)


def _partitive_after(view: View, anchor: tuple[int, int]) -> int:
    """Where 'N of them' (or 'of which') follows a count's anchor; 0 if nowhere."""
    toks = view.tokens
    for k in range(anchor[1], len(toks) - 1):
        if (
            toks[k].low == "of"
            and toks[k + 1].low in ("them", "which", "these", "those")
            # ("all of them", "each of which": the whole, no part)
            and toks[k - 1].low not in word_set(view.lang, "numbers", "whole_words")
        ):
            return k
    return 0


def _fill(drafts: list[Draft], r: Read, ctx: _Context) -> None:
    """Period and places of each draft: its own, its total's, or the context's."""
    view = r.view
    for d in drafts:
        if d.locations and d.parent is not None:
            d.period = periods.own_day(view, d, drafts) or (
                drafts[d.parent].period
                if d.parent >= 0
                else (ctx.total.period if ctx.total else None)
            )
            continue
        if d.parent == -1 and ctx.total is not None:
            d.period = ctx.total.period
            own = decide_mod.places_for(view, d.anchor, own_only=True)
            d.locations = own or ctx.total.locations
            continue
        if d.parent == _OF_THE_TOLL and ctx.toll is not None:
            d.period = ctx.toll.period
            own = decide_mod.places_for(view, d.anchor, own_only=True)
            d.locations = own or ctx.toll.locations
            continue
        if d.parent == -1:
            d.parent = None
        parent = drafts[d.parent] if d.parent is not None else None
        # a truce or an operation is dated by its own verb ("said on Tuesday it was extending")
        where = (d.focus, d.focus + 1) if d.focus is not None else d.anchor
        date = (
            decide_mod.nearest_date(view, where, demote_saying=d.focus is None)
            if parent is None
            else None
        )
        d.period = date.period if date else (parent.period if parent else ctx.period)
        if date and d.kind in ("incident", "casualty_tally") and _said_day_only(view, date, ctx):
            # "announced on 19 February that 6 persons were killed in the disturbances": the
            # day the speaker spoke dates the saying; the dead are of the day in focus
            d.period = ctx.period
        if date and (back := periods.from_speaking(view, date, ctx.today)):
            d.period = back
        if date and (spoken := periods.quoted_today(view, date)):
            d.period = spoken  # '"... from 20:00 this evening," X told TV late on Wednesday'
        if parent is not None:
            d.period = periods.own_day(view, d, drafts) or d.period
        if (
            d.kind in ("operation", "agreement")
            and date
            and date.since
            and periods.launched_within(view, date)
        ):
            # "has intensified since the KIA launched an offensive on Friday": the launch is
            # the day the range starts from
            d.period = Period(date.period.start, date.period.start)
        if parent is None and not any(x.since for x in view.dates):
            d.period = (
                periods.referred_period(view, ctx.period, ctx.truce, ctx.today, ctx.declared)
                or d.period
            )
        told = (
            d.kind == "casualty_tally"
            and parent is None  # (a toll's parts are its own)
            and ctx.total is not None
            and bool(told_before(view))
        )
        if told and date is None and ctx.total is not None:
            d.period = ctx.total.period  # "9 people were killed in the attacks": those counted
        own = d.locations or decide_mod.places_for(view, d.anchor, own_only=parent is not None)
        if told and ctx.total is not None and not any(not p.aside for p in view.places):
            own = ctx.total.locations
        elif (
            own
            and not d.locations
            and parent is None
            and view.places
            and all(p.aside and _of_a_body(view, p.i) for p in view.places)
            and (inherited := _inherited(ctx))
        ):
            # "According to the Armed Forces of the Philippines, 196 people have been killed":
            # a place in the speaker's name is one of last resort, after the scene before
            own = inherited
        if not d.locations and parent is None and (cut := _partitive_after(view, d.anchor)):
            # "11 attacks in the four northern municipalities, seven of them in Zvečan": a
            # place after "of them" is the part's alone
            before = tuple(p.location for p in view.places if p.i < cut and not p.aside)
            own = before or _inherited(ctx) or own
        if not d.locations and parent is None and (noun := area_referred(view, d.anchor)):
            # ("has occurred in Miskolc or in the county": the place it names first leads)
            lows = view.lows
            at = next((k for k in range(d.anchor[1], len(lows)) if lows[k] == noun), 0)
            named = tuple(
                p.location for p in view.places if d.anchor[1] <= p.i < at and not p.aside
            )
            own = tuple(dict.fromkeys(named + _referred(view, d.anchor, noun, ctx))) or own
        d.locations = own or (
            parent.locations
            if parent
            else (decide_mod.places_for(view, d.anchor, False) or _inherited(ctx))
        )
        if parent is None and ctx.entry and ctx.entry[0] == r.sentence.para:
            head = ctx.entry[1]
            d.locations = head + tuple(loc for loc in d.locations if loc not in head)
    _spread_totals(drafts, view, ctx)


def _of_a_body(view: View, i: int) -> bool:
    """Whether the place at token i ends a speaker's name or title ('the Armed Forces of
    the Philippines', 'the Government of Uzbekistan', 'residents of Kisangani'), not where
    its speaker is ('in Smara'). (A place in 'residents of X' yields to the scene too: so
    the blind sets measured it.)"""
    return after_of(view.lows, i)


def _spread_totals(drafts: list[Draft], view: View, ctx: _Context) -> None:
    """'212 violations, including 31 in Quang Tri province and 26 in Tay Ninh': a total
    that names no place of its own before parts in several places is at those places and
    in the country around them."""
    if all(c.parent is None for c in drafts):
        return  # (most sentences: no draft is a part of another)
    for k, d in enumerate(drafts):
        parts = [c for c in drafts if c.parent == k and c.locations]
        if len(parts) < 2:
            continue
        theirs = dict.fromkeys(loc for c in parts for loc in c.locations)
        # (the first part's place may stand before its count: "Osijek (11)")
        cut = min(
            (*(c.anchor[0] for c in parts), *(p.i for p in view.places if p.location in theirs))
        )
        if len(theirs) < 2 or any(p.j <= cut and not p.aside for p in view.places):
            continue
        home = (
            (ctx.home,)
            if ctx.home is not None and all(loc.country == ctx.home.country for loc in theirs)
            else ()
        )
        if not d.locations or not all(loc in theirs or loc in ctx.scene for loc in d.locations):
            # "Of these, 27 were confirmed: in the areas of Osijek (11), Pakrac (8), ...": a
            # count whose places came from before is at the places of its parts (not one
            # that names another: "..., adding that no firing took place in Akhnoor")
            if all(p.aside or p.location in theirs for p in view.places):
                d.locations = (*theirs, *home)
        elif d.parent is None:
            d.locations = (*d.locations, *home)


def _labelled_row(view: View) -> bool:
    """'• Zolote area: 31, ...': a bulleted label, a colon, then a number."""
    toks = view.tokens
    colon = next((k for k, t in enumerate(toks[:8]) if t.text == ":"), None)
    return (
        colon is not None
        and bool(toks)
        and toks[0].text in BULLETS
        and any(n.i == colon + 1 for n in view.numbers)
    )


def _listed_part(view: View) -> list[Draft]:
    """'- in the Tovuz region, from positions in Chinari, four times;': a bulleted item of
    a place and a number of times, under a total, is a part of that total."""
    toks = view.tokens
    times = [n for n in view.numbers if n.times]
    if not toks or toks[0].text not in BULLETS or len(times) != 1 or not view.places:
        return []
    n = times[0]
    d = Draft("violation_tally", (n.i, n.j), Count(n.value, n.qualifier, "violation"), parent=-1)
    d.locations = tuple(p.location for p in view.places if p.location.role == "at")[:1] or (
        view.places[0].location,
    )
    return [d]


def _leader_part(view: View) -> list[Draft]:
    """'Hrasnica / Butmir ............ 281', 'Mortars (60-120 mm) ...... 214': a row whose
    label and number a dot leader joins, under a total, is a part of it, at the label's
    places or by its means."""
    toks = view.tokens
    n = view.numbers[-1] if view.numbers else None
    k = n.i if n is not None and n.j == len(toks) else 0
    dots = 0
    while k - dots > 0 and toks[k - dots - 1].text == ".":
        dots += 1
    value, qualifier = (n.value, n.qualifier) if n is not None else (0, "exact")
    if n is None and toks and toks[-1].low in word_set(view.lang, "numbers", "label_zeros"):
        k = len(toks) - 1  # "Sector South      Nil": a row's nought in words
    if dots < 4 and not (k > 0 and len(view.numbers) <= 1 and _aligned(view, k)):
        return []  # (no dot leader, nor the wide gap of a row's one aligned column)
    if n is None and k != len(toks) - 1:
        return []
    label = toks[: k - dots]
    if label and " ".join(t.low for t in label) in tables.total_labels(view.lang):
        return []  # "Total ........ 11": the total told before, again
    if any(m.j <= k - dots for m in view.cues.by.get("persons", ())):
        return []  # "Persons detained since 13th May ....... 1,904": people, no attacks
    d = Draft("violation_tally", (0, len(toks)), Count(value, qualifier, "violation"), parent=-1)
    d.locations = tuple(p.location for p in view.places if p.j <= k - dots and not p.aside)
    d.methods = tuple(dict.fromkeys(m.value for m in view.cues.methods if m.j <= k - dots))
    named = 0
    while named < len(label) and (label[named].is_cap or label[named].text == "/"):
        named += 1
    rest = {t.low for t in label[named:]}
    # (grammar.json's row_label_kinds: the lower-case words a row's place label may end with,
    # "Brickfields police district")
    if (
        not d.locations
        and not d.methods
        and named
        and rest <= word_set(view.lang, "grammar", "row_label_kinds")
    ):
        # "Jalan Besar ......... 5", "Brickfields police district ..... 4": a name the
        # gazetteer does not know is the row's place
        d.locations = (unknown_location(view, 0, named),)
    return [d]


def _per_means_parts(drafts: list[Draft], view: View, outer: Claim | None) -> None:
    """'3 ceasefire violations ... By weapon: small arms 2, mortar 1, artillery 0': each
    means with its count is a part of the total before it, in this sentence or the one
    before, when they add up to no more than it."""
    items = decide_mod.method_items(view)
    if not items or any(d.parent is not None for d in drafts):
        return
    whole = sum(n.value for _, n in items)
    taken = {n.i for _, n in items}
    own = [d for d in drafts if d.anchor[0] not in taken]
    total = next((d for d in own if d.kind == "violation_tally" and d.count), None)
    counted = total.count if total is not None else None if own or outer is None else outer.count
    if counted is None or whole > counted.value:
        return
    drafts[:] = own  # (a means's number read as a count of its own is its part now)
    parent = drafts.index(total) if total is not None else -1
    for means, n in items:
        part = Draft(
            "violation_tally", (n.i, n.j), Count(n.value, n.qualifier, counted.unit), parent=parent
        )
        part.methods = (means,)
        drafts.append(part)


def _breakdowns(drafts: list[Draft], view: View, ctx: _Context) -> None:
    """A total's parts the sentence lists: by place, by means, as counted items, or as bare
    numbers after 'of which' (the context's total is the one told before, for a list
    standing alone)."""
    _per_place_parts(drafts, view, ctx.total)
    _per_means_parts(drafts, view, ctx.total)
    _itemised_parts(drafts, view, ctx)
    _inline_parts(drafts, view)


def _itemised_parts(drafts: list[Draft], view: View, ctx: _Context) -> None:
    """'The Mission recorded 17 incidents: air action against villages, 9; ground fire, 6;
    mines laid on tracks, 2': items after the total's colon, each closed by its number,
    that add up to it exactly are its parts (by the means or places their words name)."""
    if not drafts or ":" not in view.text:
        return  # (most sentences list nothing after a colon)
    toks = view.tokens
    total = next(
        (d for d in drafts
         if d.kind == "violation_tally" and d.parent is None and d.count is not None),
        None,
    )  # fmt: skip
    if total is None or total.count is None or any(d.parent is not None for d in drafts):
        return
    colon = next((k for k in range(total.anchor[1], len(toks)) if toks[k].text == ":"), None)
    if colon is None:
        return
    items = counted_items(view, colon)
    if sum(n.value for _, n in items) != total.count.value:
        return
    # (a number read as a count of its own, an attack an item names: the items' now)
    drafts[:] = [d for d in drafts if d is total or d.anchor[0] < colon]
    parent = drafts.index(total)
    # (an item that names no place is where the total is: the places before the colon,
    # else those it inherits, never the item's before it)
    scene = tuple(p.location for p in view.places if p.j <= colon and not p.aside)
    scene = scene or _inherited(ctx)
    for a, n in items:
        part = Draft("violation_tally", (a, n.j), Count(n.value, n.qualifier, total.count.unit),
                     parent=parent)  # fmt: skip
        part.methods = tuple(dict.fromkeys(m.value for m in view.cues.methods
                                           if a <= m.i and m.j <= n.i))  # fmt: skip
        part.locations = tuple(p.location for p in view.places
                               if a <= p.i and p.j <= n.i and not p.aside) or scene  # fmt: skip
        drafts.append(part)


def _aligned(view: View, k: int) -> bool:
    """Whether a wide gap (two spaces or a tab) stands before token k: a row's last column,
    aligned under the others ('Sector North      2')."""
    toks = view.tokens
    gap = view.text[toks[k - 1].end - view.start : toks[k].start - view.start]
    return "  " in gap or "\t" in gap


def _inline_parts(drafts: list[Draft], view: View) -> None:
    """'37 ceasefire violations, of which 18 are attributed to ZANLA, 6 to ZIPRA and 13 to
    SF': the bare numbers after 'of which' are parts of the total before it."""
    total = next(
        (k for k, d in enumerate(drafts)
         if d.kind == "violation_tally" and d.parent is None and d.count is not None),
        None,
    )  # fmt: skip
    if total is None or any(d.parent == total for d in drafts):
        return
    whole = drafts[total]
    cut = _partitive_after(view, whole.anchor)
    if not cut or whole.count is None:
        return
    taken = {d.anchor[0] for d in drafts}
    for n in _bare_numbers(view):
        if n.i > cut and n.i not in taken:
            unit = whole.count.unit
            drafts.append(
                Draft(
                    "violation_tally", (n.i, n.j), Count(n.value, n.qualifier, unit), parent=total
                )
            )


def _bare_numbers(view: View) -> list[Number]:
    """Numbers that count no noun of their own and are no date ('96 were attributed to ...',
    '58 to the CPAF'): parts of a total said before them."""
    return [
        n
        for n in view.numbers
        if not (n.vague or n.times or in_date(view, n) or _year_named(view, n))
        and head(view, n)[0] in (None, "of_them")
    ]


def _year_named(view: View, n: Number) -> bool:
    """'the 2013 Consolidated Appeal', 'in 1998': a year, no part of any count."""
    toks = view.tokens
    text = toks[n.i].text
    if n.j != n.i + 1 or len(text) != 4 or not text.isdecimal() or not 1900 <= n.value <= 2100:
        return False
    after = toks[n.j] if n.j < len(toks) else None
    return (after is not None and after.is_cap) or (
        n.i > 0 and toks[n.i - 1].low in word_set(view.lang, "grammar", "year_prepositions")
    )


def _partitive_opening(view: View) -> bool:
    """A sentence opening 'Of these, ...', 'Of them ...', 'Of the 46 violations, ...'."""
    toks = view.tokens
    return (
        len(toks) >= 4
        and toks[0].low == "of"
        and (
            toks[1].low in word_set(view.lang, "grammar", "partitive_words")
            or (toks[1].low == "the" and any(n.i == 2 for n in view.numbers))
        )
    )


def _restates_total(view: View, total: Claim) -> bool:
    """'Of the 46 violations, 28 involved small-arms fire, ...': a sentence that opens by
    naming the total before again, to break it down."""
    return (
        total.count is not None
        and len(view.tokens) > 4
        and (view.lows[0], view.lows[1]) == ("of", "the")
        and any(n.i == 2 and n.value == total.count.value for n in view.numbers)
    )


def _share_firsts(lang: str) -> frozenset[str]:
    """The words the lexicon's share verbs open with ('accounted' of 'accounted for')."""
    return frozenset(p.split(" ")[0] for p in word_set(lang, "cues", "share_verbs"))


_SHARE_FIRSTS: Final = PerLanguage(_share_firsts)


def _partitive_parts(view: View) -> list[Draft]:
    """'Of these violations, 96 were attributed to the NADK and 58 to the CPAF; the
    remaining 22 ...': the bare numbers after 'of these' (or opening the sentence) are
    parts of the total before."""
    toks = view.tokens
    # "... seven firing incidents. Four were observed near Quneitra, two near Banias",
    # "Twenty-six of the attacks were made with grenades, 15 with small arms": a sentence
    # that opens with a bare number after a total counts its parts
    lead = (
        len(toks) >= 3
        and (
            toks[1].low in word_set(view.lang, "grammar", "part_lead_verbs")
            or (
                (toks[1].low, toks[2].low) == ("of", "the")
                and any(view.cues.at(c, 3) for c in ("violation_nouns", "attack_nouns"))
            )
        )
        and not (view.cues.has("killed") or view.cues.has("injured"))
    )
    # "Crater accounted for 17 of them, Sheikh Othman for 14 and Maalla for six"
    # (the pairs are joined only when a word a share verb opens with is there: seldom)
    firsts = _SHARE_FIRSTS.get(view.lang)
    shares = any(w in firsts for w in view.lows[1:]) and any(
        f"{a} {b}" in word_set(view.lang, "cues", "share_verbs")
        for a, b in zip(view.lows[1:], view.lows[2:], strict=False)
    )
    partitive = _partitive_opening(view)
    bare = _bare_numbers(view) if lead or shares or partitive else []
    if not ((lead and any(n.i == 0 for n in bare)) or shares or partitive):
        return []
    parts = [
        Draft("violation_tally", (n.i, n.j), Count(n.value, n.qualifier, "violation"), parent=-1)
        for n in bare
    ]
    if shares:  # each share's place is the one named before it
        last = 0
        for d in parts:
            before = [p for p in view.places if last <= p.i and p.j <= d.anchor[0] and not p.aside]
            d.locations = (before[-1].location,) if before else ()
            last = d.anchor[1]
    return parts


_OF_THE_TOLL = -2  # a draft's parent: the last casualty total of the sentences before


def _toll_parts(view: View, toll: Claim, last: bool) -> list[Draft]:
    """'Three of the dead were children', 'Of the dead, 21 died around Poka and 16 near Batu
    Merah': counts of the dead (or wounded) a toll told before, its parts; 'Of these, at
    least 50 are army officers', 'Twenty-nine of them are inmates' of a toll of the dead
    alone (or of the wounded alone) told after any count of attacks (`last`)."""
    lows = view.lows
    words = load(view.lang, "cues")["toll_groups"]
    partitive = word_set(view.lang, "grammar", "partitive_words")
    one_field = last and (toll.killed is None) != (toll.injured is None)
    first: Number | None = None
    if one_field and len(lows) > 4 and _partitive_opening(view) and lows[2] == ",":
        k = 2  # "Of these, at least 50 are army officers"
        first = next((n for n in view.numbers if n.i == 3), None)
    elif one_field and (first := _n_of_them(view)) is not None:
        k = 1  # "Twenty-nine of them are inmates"
    elif lows[:2] == ("of", "the"):
        k = 0  # "Of the dead, 21 ..."
    elif len(lows) > 3 and lows[1:3] == ("of", "the"):
        k = 1  # "Three of the dead ..."
    else:
        return []
    status = word_set(view.lang, "grammar", "toll_status_verbs")
    if first is not None or lows[k + 1] != "the":
        # a share of the toll by pronoun: its field the toll's, no other fate after it
        if first is None:
            return []
        field = "killed" if toll.killed is not None else "injured"
        verb = past_auxiliaries(view, first.j if k == 2 else 3)  # (past "of them")
        after = lows[verb] if verb < len(lows) else ""
        if after in word_set(view.lang, "grammar", "other_fates") or after in status:
            return []  # ("Of these, 12 remain in hospital", "40 of them were arrested")
    elif len(lows) <= k + 3:
        return []
    elif lows[k + 2] in words:
        field = words[lows[k + 2]]
    elif view.cues.at("killed", k + 3) or view.cues.at("injured", k + 3):
        # "Of the terrorists neutralised, 33 were in Borno State": people said killed
        field = "killed" if view.cues.at("killed", k + 3) else "injured"
    else:
        return []
    if k == 1 and not any(n.i == 0 for n in view.numbers):
        return []
    if k == 1 and len(lows) > 4 and lows[4] in status:
        return []  # ("Eleven of the injured remain in hospital": how they are, no group)
    verbs = [
        m for m in view.cues.by.get("attack_verbs", ()) if not (m.i and lows[m.i - 1] in partitive)
    ]
    if view.cues.methods or verbs:
        # "Two of the dead were hit by a drone strike near X": an attack of its own (not
        # "fell in the attacks of 5 June": the attacks the toll counted)
        return []
    out = []
    for n in view.numbers:
        if n.vague or n.times or in_date(view, n) or (k == 0 and n.i < 3):
            continue
        d = Draft("casualty_tally", (n.i, n.j), parent=_OF_THE_TOLL)
        setattr(d, field, Count(n.value, n.qualifier, "person"))
        out.append(d)
    whole = getattr(toll, field) if first is not None else None
    if whole is not None and sum(getattr(d, field).value for d in out) > whole.value:
        return []  # ("Of these, 96 were ... and 58 ...": shares of some other, larger count)
    return out


def _n_of_them(view: View) -> Number | None:
    """The number opening 'Twenty-nine of them ...', 'six of whom ...', if the sentence
    opens so."""
    lows = view.lows
    if len(lows) > 3 and lows[1] == "of" and lows[2] in _share_pronouns(view.lang):
        return next((n for n in view.numbers if n.i == 0), None)
    return None


def _opens_with_share(view: View) -> bool:
    """'Six of them ...', 'Of these, ...': a sentence that opens with a share of what the
    sentence before counted."""
    lows = view.lows
    return len(lows) > 3 and (
        (lows[0] == "of" and lows[1] in _share_pronouns(view.lang)) or _n_of_them(view) is not None
    )


def _share_pronouns(lang: str) -> frozenset[str]:
    return word_set(lang, "grammar", "share_pronouns")


def _entry_header(r: Read) -> tuple[Location, ...]:
    """The places of a line made of nothing but a place and a time ("Khiam, 12 Feb, 14:10."),
    which an event log puts at the head of each entry; () for any other sentence."""
    view = r.view
    if not view.places or not view.dates:
        return ()
    covered = {k for p in view.places for k in range(p.i, p.j)}
    covered |= {k for d in view.dates for k in range(d.i, d.j)}
    for k, t in enumerate(view.tokens):
        if k in covered or entry_word(t, view.lang):
            continue
        return ()
    return tuple(p.location for p in view.places if not p.aside)


def _per_place_parts(drafts: list[Draft], view: View, outer: Claim | None) -> None:
    """'in the provinces of Aleppo (9), Hama (6)': each becomes a part of the total before it,
    in this sentence or, when the list stands alone, the sentence before."""
    pairs = decide_mod.parenthesised(view)
    if not pairs:
        return
    # "Of these, 27 were confirmed: in the areas of Osijek (11), Pakrac (8), Karlovac (5) and
    # Zadar (3)": the count the parts add up to is theirs, though it is a part itself
    whole = sum(n.value for _, n in pairs)
    total = next(
        (k for k, d in enumerate(drafts) if d.kind == "violation_tally" and d.count
         and d.count.value == whole and d.anchor[1] <= pairs[0][0].i and len(pairs) > 1),
        None,
    )  # fmt: skip
    if total is None:
        total = next(
            (k for k, d in enumerate(drafts) if d.kind == "violation_tally" and d.parent is None),
            None,
        )
    if total is None and _toll_by_place(drafts, pairs, whole):
        return
    if total is None and not drafts and (head := _labelled_total(view, pairs, whole)):
        drafts.append(head)  # "Incidents recorded: Kidal 14, Gao 7, Menaka 3 (total 24)."
        total = 0
    if total is None:
        if outer is None or outer.count is None or any(d.count for d in drafts):
            return
        if whole > outer.count.value:
            # "PMG strength was 262 (Australia 196, New Zealand 44, ...)": shares of another
            # figure, more than the count before has, are none of its parts
            return
        for p, n in pairs:
            part = Draft(
                "violation_tally",
                (p.i, n.j + 1),
                Count(n.value, n.qualifier, outer.count.unit),
                parent=-1,
            )
            part.locations = (p.location,)
            drafts.append(part)
        return
    counted = drafts[total].count
    unit = counted.unit if counted else "violation"
    taken = {d.anchor[0] for d in drafts}
    for p, n in pairs:
        if n.i in taken:
            # the number was already read as a count of its own: make it this place's part
            for d in drafts:
                if d.anchor[0] == n.i and d is not drafts[total]:
                    d.parent, d.count = total, Count(n.value, n.qualifier, unit)
                    d.locations = (p.location,)
            continue
        part = Draft(
            "violation_tally", (p.i, n.j + 1), Count(n.value, n.qualifier, unit), parent=total
        )  # type: ignore[arg-type]
        part.locations = (p.location,)
        part.outcome = drafts[total].outcome  # "repelled 6 attacks, at Marte (2), ..."
        drafts.append(part)


def _labelled_total(
    view: View, pairs: list[tuple[PlaceMention, Number]], whole: int
) -> Draft | None:
    """'Incidents recorded: Kidal 14, Gao 7, Menaka 3 (total 24).': a label that names
    attacks, then its count at each place, two at least: the total they make (the one said
    after them, when it is no smaller)."""
    toks = view.tokens
    colon = next((k for k in range(min(len(toks), 6)) if toks[k].text == ":"), None)
    if colon is None or len(pairs) < 2 or pairs[0][0].i <= colon:
        return None
    cues = view.cues
    noun = next(
        (c for c in ("violation_nouns", "explosion_nouns")
         for k in range(colon) if cues.at(c, k) is not None),
        None,
    )  # fmt: skip
    if noun is None:
        return None
    said = next(
        (n for n in view.numbers if n.i > 0 and toks[n.i - 1].low in LIST_TOTAL_WORDS),
        None,
    )
    value = said.value if said is not None and said.value >= whole else whole
    count = Count(value, "exact", "explosion" if noun == "explosion_nouns" else "violation")
    return Draft("violation_tally", (0, colon), count)


def _toll_by_place(
    drafts: list[Draft], pairs: list[tuple[PlaceMention, Number]], whole: int
) -> bool:
    """'45 people were killed on Monday: Kano 12, Zaria 10 and Kaduna 23': a toll the
    places listed after it share, each place's dead a part of it (a toll of several places
    is no one attack's). Whether the list was read so."""
    k = next((k for k, d in enumerate(drafts) if d.parent is None), None)
    if k is None or len(pairs) < 2 or drafts[k].kind not in ("incident", "casualty_tally"):
        return False
    toll = drafts[k]
    counts = [(f, c) for f, c in (("killed", toll.killed), ("injured", toll.injured)) if c]
    if len(counts) != 1 or counts[0][1].value < whole or toll.anchor[1] > pairs[0][0].i:
        return False
    field = counts[0][0]
    toll.kind = "casualty_tally"
    for p, n in pairs:
        part = Draft("casualty_tally", (p.i, n.j), parent=k)
        setattr(part, field, Count(n.value, n.qualifier, "person"))
        part.locations = (p.location,)
        drafts.append(part)
    return True


def _same(a: Claim, b: Claim) -> bool:
    if a.kind != b.kind:
        # "At least 15 killed in Spin Boldak as forces clash": a headline's toll of the
        # body's one clash
        tolls = {a.kind, b.kind} == {"casualty_tally", "incident"}
        same = [x.value == y.value for x, y in ((a.killed, b.killed), (a.injured, b.injured))
                if x is not None and y is not None]  # fmt: skip
        return tolls and bool(same) and all(same)
    if a.count and b.count:
        return a.count.value == b.count.value
    if a.killed and b.killed:
        return a.killed.value == b.killed.value
    return a.count is None and b.count is None


def _merge_headline(head: list[Claim], body: list[Claim]) -> list[Claim]:
    """A headline claim restated in the body is one claim with both spans."""
    out = list(body)
    lead: list[Claim] = []
    for h in head:
        k = next((k for k, b in enumerate(out) if _same(h, b) and b.part_of is None), None)
        if k is None:
            lead.append(replace(h, confidence=h.confidence * 0.8))
        else:
            names = {loc.mention for loc in out[k].locations}
            extra = tuple(loc for loc in h.locations if loc.mention not in names)
            out[k] = replace(
                out[k], evidence=h.evidence + out[k].evidence, locations=out[k].locations + extra
            )
    return lead + out


def extract(document: Document, resolver: Geocoder | None = None) -> Envelope:
    """Read one report and return its claims in the `truceline.claims/1` envelope."""
    doc = document.with_id()
    if not doc.text.strip():
        return Envelope(doc, ())
    sentences = split(doc.text, doc.language or "en", doc.title)
    reads = narrative_years(
        entry_days(
            dispatch_days(
                [read_sentence(s, doc, resolver, (None, None)) for s in sentences], doc, resolver
            ),
            doc,
            resolver,
        ),
        doc.published,
    )
    if not any(r.view.cues.has("conflict_words") for r in reads):
        # a report that names no armed party, weapon, fighting or truce claims nothing
        # ("police reported no incidents at polling stations" in an election story)
        return Envelope(doc, ())
    reads = _quotations(match_reports(reads, doc.text))
    hints = doc_hints(reads, resolver)
    if hints[0] and resolver is not None:
        reads = [replace_places(r, resolver, hints) for r in reads]
    acr = acronyms(doc.text)
    doc_ctx = DocFacts(
        acronyms=acr,
        dateline=dateline_agency(doc, sentences),
        first_claimant=_first_claimant(reads, acr),
        interviewee=interviewee(reads),
        row_places=row_places(reads, resolver, hints),
        entry_sources=entry_sources(reads),
        records=record_blocks(reads, doc.text),
        briefer=briefer_words(reads),
        hints=hints,
    )
    # the report's own source is the first one "the Monitor", "the Mission" can point back to
    seen = [doc_ctx.first_claimant] if doc_ctx.first_claimant else []
    ctx = _Context(history=seen, truce=truce_start(reads, doc.published), today=doc.published)
    ctx.home = home(reads, resolver, hints[0])
    ctx.province = province(reads, hints)
    ctx.capital = capital(reads, resolver, hints[0])
    # ("Security situation, week ending 8 March 1953": the days the report covers are in
    # focus until its body names others)
    ctx.declared = ctx.period = headline_period(reads)
    # The headline and the dateline set the scene: claims that name no place inherit them.
    # (and a message's sender: "FROM: HQ ECOMOG FREEPORT MONROVIA")
    scene = [
        r
        for r in reads
        if r.sentence.para == 0
        or r.sentence.dateline
        or header_line(r, "sender_labels")
        or _place_date_line(r)
    ]
    ctx.locations = ctx.scene = tuple(
        loc for r in scene for loc in decide_mod.places_for(r.view, (0, 0), False)
    )
    head: list[Claim] = []
    body: list[Claim] = []
    # the last incident in the body, its paragraph, and whether its sentence named a speaker
    last: tuple[int, int, bool] | None = None
    headings = _heading_paragraphs(reads)
    openers = _item_openers(reads)
    origin: list[tuple[int, bool]] = []  # each body claim's paragraph, and if an item opened it
    kept: tuple[int, int] | None = None  # a record's incident in the body, and the record's number
    answers = _answers(reads) if "?" in doc.text else {}
    for q, r in enumerate(reads):
        is_head = r.sentence.para == 0
        asking = _question_days(ctx, r, reads[q - 1] if q else None)
        if q in answers:  # "(1) Four.": the question it answers, read as the answer asserts it
            asked = _as_answered(reads[answers[q][0]], answers[q][1])
            said = _sentence_span(doc, r.sentence)
            tagged = [
                replace(c, evidence=(*c.evidence, said))
                for c in _sentence_claims(asked, doc, ctx, doc_ctx, len(head) + len(body))
            ]
        else:
            tagged = _sentence_claims(r, doc, ctx, doc_ctx, len(head) + len(body))
        if asking is not None:
            ctx.days_asked[asking] = ctx.period
        # the same paragraph, or the next one (a report's findings under its summary, with
        # a heading such as "2. FINDINGS." between them)
        if (
            not is_head
            and last is not None
            and (r.sentence.source is None or r.sentence.para == last[1])  # (rows stay apart)
            and 0
            <= r.sentence.para
            - last[1]
            - sum(p in headings for p in range(last[1] + 1, r.sentence.para))
            <= 1
        ):
            merged = _follow_up(body[last[0]], tagged, r, doc, last[2], r.sentence.para == last[1])
            if merged is not None:
                body[last[0]] = merged
                continue
        record = (
            doc_ctx.records[r.sentence.para].number
            if doc_ctx.records and r.sentence.para in doc_ctx.records
            else 0
        )
        if (
            record
            and kept is not None
            and kept[1] == record
            and _told_again(body, kept, tagged, ctx)
        ):
            continue
        (head if is_head else body).extend(tagged)
        kept = _record_kept(kept, record, tagged, len(body))
        if not is_head:
            origin.extend([(r.sentence.para, q in openers)] * len(tagged))
        if not is_head and tagged and tagged[-1].kind in ("incident", "violation_tally"):
            last = (len(body) - 1, r.sentence.para, r.attribution.claimant is not None)
        elif tagged:
            last = None  # a toll follows its incident directly, not across other claims
    return Envelope(doc, _document_claims(head, body, origin, reads, doc, ctx))


def _document_claims(  # noqa: PLR0913
    head: list[Claim],
    body: list[Claim],
    origin: list[tuple[int, bool]],
    reads: list[Read],
    doc: Document,
    ctx: _Context,
) -> tuple[Claim, ...]:
    """The sentences' claims made one document's: parts linked to their totals, what is told
    again merged, background truces dropped, places and claimants made whole, renumbered."""
    body = [replace(c, part_of=ctx.links[c.id]) if c.id in ctx.links else c for c in body]
    body, origin = _merge_retold_tolls(body, origin, doc.published)
    body = _merge_item_heads(body, origin)
    if not chronology(reads):  # (in a chronology, old truces are its entries, not background)
        body = [c for c in body if not _background_truce(c, doc.published)]
    body = _rows_under_total(_merge_retold_totals(body))
    claims = _merge_said_again(_merge_restated(_merge_headline(head, body)))
    claims = _within_main_town(claims, _towns_named(reads))
    claims = _generic_zones_at_home(claims, ctx.home)
    return _renumber(_claimants_in_full(claims, doc, ctx.home))


def _rows_under_total(body: list[Claim]) -> list[Claim]:
    """'The mission recorded 7 ceasefire violations', then rows of a table by sector, 'North
    4', 'South 3', 'East 0': tallies told one after the other right after a total, each of
    a line of its own, that add up to it exactly, are its parts."""
    out = list(body)
    for k, total in enumerate(out):
        if total.kind != "violation_tally" or total.part_of or not total.count:
            continue
        rows, got = [], 0
        for c in out[k + 1 :]:
            if c.kind != "violation_tally" or c.part_of or not c.count or len(c.evidence) != 1:
                break
            if "\n" in c.evidence[0].text or c.count.unit != total.count.unit:
                break
            rows.append(c)
            got += c.count.value
            if got >= total.count.value:
                break
        if len(rows) >= 2 and got == total.count.value and total.count.value > 0:
            for c in out[k + 1 + len(rows) :]:  # ("East 0": a row of none after them)
                if c.kind != "violation_tally" or c.part_of or not c.count or c.count.value:
                    break
                rows.append(c)
            ids = {c.id for c in rows}
            out = [replace(c, part_of=total.id) if c.id in ids else c for c in out]
    return out


def _told_again(
    body: list[Claim], kept: tuple[int, int], tagged: list[Claim], ctx: _Context
) -> bool:
    """Whether a record's line only tells its incident again (`_into_record`), which then
    takes it in."""
    linked = set(ctx.rows) | set(ctx.links) | set(ctx.links.values())
    if not tagged or ctx.table is not None or any(c.id in linked for c in tagged):
        return False  # (a table's rows and totals stand as they are linked)
    merged = _into_record(body[kept[0]], tagged)
    if merged is None:
        return False
    body[kept[0]] = merged
    if ctx.toll is not None and any(c.id == ctx.toll.id for c in tagged):
        ctx.toll = None  # (told again as the record's incident's)
    return True


def _record_kept(
    kept: tuple[int, int] | None, record: int, tagged: list[Claim], size: int
) -> tuple[int, int] | None:
    """The record's first incident in the body, once a line of a new record tells one."""
    if not record or (kept is not None and kept[1] == record):
        return kept
    first = next((k for k, c in enumerate(tagged) if c.kind == "incident"), None)
    return (size - len(tagged) + first, record) if first is not None else None


def _into_record(incident: Claim, tagged: list[Claim]) -> Claim | None:
    """A record of field lines tells one event: its incident takes the incidents and tolls
    its later lines tell again ('Incident type: Armed attack' / 'Description: Gunmen fired
    on a patrol ...' / 'Casualties: 2 injured'), their fields and their words, unless they
    count its dead or wounded otherwise (then they stand apart)."""
    if incident.kind != "incident" or any(
        c.kind not in ("incident", "casualty_tally") or c.part_of is not None for c in tagged
    ):
        return None
    killed, injured = incident.killed, incident.injured
    names = {loc.name for loc in incident.locations}
    for c in tagged:
        if (killed and c.killed and killed.value != c.killed.value) or (
            injured and c.injured and injured.value != c.injured.value
        ):
            return None
        if (
            c.period is not None and incident.period is not None and c.period != incident.period
        ) or (c.locations and names and c.locations[0].name not in names):
            return None  # another day's or another place's event, told in the same block
        killed, injured = killed or c.killed, injured or c.injured
    spans = {(e.start, e.end): e for c in (incident, *tagged) for e in c.evidence}
    return replace(
        incident,
        killed=killed,
        injured=injured,
        methods=tuple(dict.fromkeys(m for c in (incident, *tagged) for m in c.methods)),
        outcome=incident.outcome or next((c.outcome for c in tagged if c.outcome), None),
        evidence=tuple(spans[k] for k in sorted(spans)),
    )


def _answers(reads: list[Read]) -> dict[int, tuple[int, Number]]:
    """A report's numbered questions that ask a count ('(1) How many police vehicles were
    attacked at Cronulla on 11 December?') and the answers given under the same number
    ('(1) Four.', '(b) On three occasions.'): by the answer's index, the question's index
    and the count it gives."""
    asked: dict[str, int] = {}
    out: dict[int, tuple[int, Number]] = {}
    for q, r in enumerate(reads):
        label = _item_label(r, reads[q - 1] if q else None)
        if label is None:
            continue
        if _count_asked(r.view) is not None:
            asked[label] = q
            continue
        n = next(
            (n for n in r.view.numbers if n.i <= 4 and not n.vague and not in_date(r.view, n)),
            None,
        )
        if label in asked and n is not None and not decide_mod.decide(r.view):
            out[q] = (asked.pop(label), n)
    return out


def _question_days(ctx: _Context, r: Read, before: Read | None) -> str | None:
    """A numbered question's number, for the days in focus once it is read to be kept under
    it; a numbered answer's sentence, under a number asked before, puts those days back in
    focus ('(1) ... between 26 May and 18 June', then '(1) ... recorded 14 incidents')."""
    label = _item_label(r, before)
    if label is None:
        return None
    if _asks(r.view):
        return label
    if label in ctx.days_asked:
        ctx.period = ctx.days_asked.pop(label) or ctx.period
    return None


def _asks(view: View) -> bool:
    """'(1) How many incidents ... were recorded between 26 May and 18 June, and where did
    they occur.': a numbered line that asks (its answer, under the same number, speaks of
    the days it asked about); 'On how many occasions ...' asks too."""
    lows = view.lows
    if lows and lows[-1] == "?":
        return True
    if len(lows) < _QUESTION_WORDS:
        return False  # ("1. What happened": a section's heading)
    k = label_length(lows, word_set(view.lang, "numbers", "quantity_words"))
    if k < len(lows) - 1 and lows[k] in ("on", "in"):
        k += 1
    return k < len(lows) and lows[k] in word_set(view.lang, "grammar", "question_openers")


_QUESTION_WORDS: Final = 8  # the fewest words of a numbered question with no question mark


def _count_asked(view: View) -> int | None:
    """Where a question asks a count ('How many police vehicles ...'), if it does."""
    lows = view.lows
    phrases = word_set(view.lang, "grammar", "count_questions")
    return next((k for k in range(len(lows) - 1) if " ".join(lows[k : k + 2]) in phrases), None)


def _item_label(r: Read, before: Read | None) -> str | None:
    """'1', 'b': the number or letter a line is listed under ('(1) ...', '(b) ...', or '2.'
    read as a sentence of its own just before, in the same paragraph)."""
    text = r.sentence.text
    # (a label is five characters at most, closed by ". " or ") ": most lines open with none)
    m = _ITEM_NUMBER.match(text) if ". " in text[:5] or ") " in text[:5] else None
    if (
        m is None
        and before is not None
        and before.sentence.para == r.sentence.para
        and len(before.sentence.text) <= 4  # (a number alone, "(12)" at most: most are longer)
    ):
        m = _ITEM_NUMBER.fullmatch(before.sentence.text + " ")
    return m.group().strip(" .()").lower() if m else None


def _as_answered(question: Read, n: Number) -> Read:
    """A question read as its answer asserts it: 'How many police vehicles were attacked
    ...?' answered 'Four.' says four were attacked (the count standing where 'how many'
    does; the question mark read as a full stop)."""
    view, lows = question.view, question.view.lows
    k = _count_asked(view)
    assert k is not None  # (`_answers` paired it as a question that asks a count)
    times = k + 2 < len(lows) and lows[k + 2] in word_set(view.lang, "numbers", "times_word")
    count = Number(k, k + 2 + times, n.value, n.qualifier, times=times, word=True)
    text = view.text.rstrip()
    text = (text[:-1] + "." if text.endswith("?") else text) + view.text[len(text) :]
    numbers = tuple(sorted((*(x for x in view.numbers if x.j <= k or x.i >= k + 2), count),
                           key=lambda x: x.i))  # fmt: skip
    return Read(question.sentence, replace(view, numbers=numbers, text=text),
                question.attribution, question.spots)  # fmt: skip


def _main_town(towns: dict[str, list]) -> Location | None:
    """The town the report has named most so far (at least twice, or the only one it has
    named), as a place 'at'."""
    if not towns:
        return None
    times, loc = max(towns.values(), key=lambda seen: seen[0])
    return moved(loc, "at", loc.country, loc.admin1) if times >= 2 or len(towns) == 1 else None


def _inside_a_town(loc: Location) -> bool:
    """A quarter, street, site or district named by its own name ("Boy-Rabe neighbourhood",
    "Fourth of July Avenue", "Ksar"), not a line or border named by its kind."""
    return loc.precision in ("unresolved", "admin2") or (
        loc.precision == "zone" and loc.mention[:1].isupper()
    )


def _generic_zones_at_home(claims: list[Claim], home: Location | None) -> list[Claim]:
    """A claim placed only on lines or zones named by their kind ('the border', 'airspace',
    'the front line') is in the report's country too (the one its places lie in most)."""
    if home is None:
        return claims
    out = []
    for c in claims:
        locs = c.locations
        if locs and all(loc.precision == "zone" and not loc.mention[:1].isupper() for loc in locs):
            c = replace(c, locations=(*locs, replace(home, role="at")))
        out.append(c)
    return out


def _towns_named(reads: list[Read]) -> dict[str, list]:
    """The towns a report names (not in a speaker's name or a dateline): times, first. (All
    its sentences: the running count in `_Context.towns` passes over those merged into the
    claim before them.)"""
    towns: dict[str, list] = {}
    for r in reads:
        _count_towns(r, towns)
    return towns


def _count_towns(r: Read, towns: dict[str, list]) -> None:
    dateline = r.sentence.dateline
    for p in r.view.places:
        # (a dateline's town counts: "ASUNCION, Feb 4 (Reuters) -")
        own = not p.aside or (dateline is not None and r.view.tokens[p.i].end <= dateline[1])
        if own and p.location.precision == "settlement" and p.location.name:
            seen = towns.setdefault(p.location.name, [0, p.location])
            seen[0] += 1


def _within_main_town(claims: list[Claim], towns: dict[str, list]) -> list[Claim]:
    """A claim placed only in quarters, streets, sites or districts of the report's province
    is in the report's main town too: 'the Boy-Rabe neighbourhood' of a report on Bangui is
    in Bangui."""
    town = _main_town(towns)
    if town is None:
        return claims
    out = []
    for c in claims:
        locs = c.locations
        if (
            locs
            and all(_inside_a_town(loc) for loc in locs)
            and all(loc.country in (None, town.country) for loc in locs)
            and all(loc.admin1 in (None, town.admin1) for loc in locs)
        ):
            c = c.with_locations((*locs, town))
        out.append(c)
    return out


def _claimants_in_full(
    claims: list[Claim], doc: Document, home: Location | None = None
) -> list[Claim]:
    """Each claimant named by its kind alone as the body the report names in full
    (records.in_full), or 'the government' as the government of the report's country; a
    claim is copied only when its claimant changes."""
    lang = doc.language or "en"
    out = []
    known: dict[str, str | None] = {}  # (this document's full names, by claimant name)
    for c in claims:
        party = in_full(c.claimant, doc.text, lang, known)
        if party is not None and party is c.claimant and home is not None and home.name:
            party = _of_the_country(party, home.name, lang)
        out.append(c if party is c.claimant else c.with_claimant(party))
    return out


def _of_the_country(party: Party, country: str, lang: str) -> Party:
    """'The Government' of a report on Kenya: the Government of Kenya."""
    if party.name.lower() not in word_set(lang, "attribution", "national_bodies"):
        return party
    name = f"{party.name[:1].upper()}{party.name[1:]} of {country}"
    return Party(name, party.mention, party.type, (*party.aliases, party.name))


def _item_openers(reads: list[Read]) -> set[int]:
    """The first sentences of listed items that go on ('• Convoy ambushed near Gao. Gunmen
    attacked a UN convoy near Gao on Monday, ...'): each heads its item as a headline heads
    a report."""
    return {
        q
        for q, r in enumerate(reads[:-1])
        if r.sentence.para > 0
        and r.view.tokens
        and (r.view.tokens[0].text in BULLETS or _numbered_heading(r, reads[q - 1] if q else None))
        and reads[q + 1].sentence.para == r.sentence.para
    }


def _numbered_heading(r: Read, before: Read | None) -> bool:
    """'1. Strike at the Bab al-Aziziya barracks, Tripoli.': a numbered item's first words
    name its subject and tell nothing (no verb of attack, no count past its number, no
    day): they head it."""
    view, toks = r.view, r.view.tokens
    if len(toks) > 14:
        return False
    return (
        _item_label(r, before) is not None
        and not view.dates
        and all(in_date(view, n) or n.i < 3 for n in view.numbers)
        and not any(view.cues.has(c) for c in ("attack_verbs", "impact_verbs", "killed", "injured"))
    )


def _merge_item_heads(body: list[Claim], origin: list[tuple[int, bool]]) -> list[Claim]:
    """An item's opening line restated below it in the item is one claim with both spans."""
    if not any(opened for _, opened in origin):
        return body
    parents = {c.part_of for c in body if c.part_of}
    out: list[Claim] = []
    k = 0
    while k < len(body):
        end = next((e for e in range(k, len(body)) if origin[e][0] != origin[k][0]), len(body))
        item = list(zip(body[k:end], origin[k:end], strict=True))
        heads = [c for c, (_, opened) in item if opened and c.id not in parents]
        rest = [c for c, (_, opened) in item if not opened or c.id in parents]
        out.extend(_merge_headline(heads, rest) if heads and rest else body[k:end])
        k = end
    return out


def _heading_paragraphs(reads: list[Read]) -> set[int]:
    """Paragraphs that only head a section ("2. FINDINGS.", "Drone strikes."): a few words."""
    size: dict[int, int] = {}
    for r in reads:
        size[r.sentence.para] = size.get(r.sentence.para, 0) + len(r.view.tokens)
    return {para for para, n in size.items() if para and n <= 5}


def _follow_up(  # noqa: PLR0913
    incident: Claim,
    tagged: list[Claim],
    r: Read,
    doc: Document,
    spoken: bool,
    same_para: bool,
) -> Claim | None:
    """'A shell hit the market. Two soldiers were killed and four wounded.' / '... No one was
    hurt.' / 'The troops repelled the assailants.': a sentence that only counts the dead and
    wounded, or says how the attack ended, with no new attack, place or day of its own, gives
    its toll or outcome to the incident just before it; None when it does not."""
    view = r.view
    toks = view.tokens
    # "The attack caused no casualties": an attack named with "the" is the one before;
    # "repelled the assailants" says how it ended
    ended = {m.i for m in view.cues.outcomes}
    new = [m for m in view.cues.by.get("attack_verbs", ())
           if not (m.i and toks[m.i - 1].low in ("the", "this", "that")) and m.i not in ended]  # fmt: skip
    if (
        incident.kind == "incident"
        and len(tagged) == 1
        and tagged[0].count is not None
        and tagged[0].count.value == 0
        and same_para
        and not view.dates
        and not any(not p.aside for p in view.places)
    ):
        # "Gunmen fired on the post. No shots were fired in return.": how the attack went,
        # no quiet of its own
        return replace(incident, evidence=incident.evidence + (_sentence_span(doc, r.sentence),))
    if (
        view.dates
        or any(not p.aside and not _among(p.location, incident.locations) for p in view.places)
        or new
        or days_told(view)  # ("lost 18 men in the last two days of the battle")
        or (
            view.places
            and not word_set(view.lang, "grammar", "other_event_words").isdisjoint(view.lows)
        )
    ):
        return None  # (its own day or place: "four were killed at Seria" after Seria's is not)
    nil = (
        len(toks) > 2
        and toks[1].text == ":"  # "Casualties: none." (not "OWN CASUALTIES THIS PERIOD: NIL")
        and bool(tagged)
        and all(c.kind == "casualty_tally" and c.killed and c.killed.value == 0 for c in tagged)
    )
    if (
        view.cues.has("toll_words")
        and not view.cues.has("no_casualties")
        and not nil
        and not _this_event(view)
    ):
        return None  # "The toll since the truce began ...": a tally of its own ("Casualties:
        # none." after an attack is its toll)
    speaker = r.attribution.claimant
    claimant = incident.claimant
    if incident.kind != "incident" and (speaker is not None or told_before(view)):
        # a tally takes the toll of the sentence after as its own words, not one "in those
        # incidents" (a toll of its own)
        return None
    if speaker is not None and spoken and (claimant is None or speaker.name != claimant.name):
        return None  # another party's count of an attack someone else reported stands apart
    if speaker is not None and not spoken and tagged:
        claimant = tagged[0].claimant  # "A drone hit a car. NNA reported two killed."
    if not tagged and view.cues.outcomes and incident.outcome is None and speaker is None:
        # "The peacekeepers returned fire and repelled the assailants."
        return replace(incident, outcome=view.cues.outcomes[0].value,  # type: ignore[arg-type]
                       evidence=incident.evidence + (_sentence_span(doc, r.sentence),))  # fmt: skip
    if not tagged and view.cues.has("no_casualties"):
        none = Count(0, "exact", "person")
        none_killed, none_hurt = nobody(view.cues, view.lang)
        killed = incident.killed or (none if none_killed else None)
        injured = incident.injured or (none if none_hurt else None)
    elif (
        tagged
        and all(c.kind == "casualty_tally" for c in tagged)
        and tagged[0].part_of is None
        and all(c.part_of in (None, tagged[0].id) for c in tagged[1:])
    ):  # (with its groups: "4 of them servicemen and 3 civilians")
        if (incident.killed and tagged[0].killed) or (incident.injured and tagged[0].injured):
            return None  # a second count of the same toll stands as said
        killed = incident.killed or tagged[0].killed
        injured = incident.injured or tagged[0].injured
    else:
        return None
    return replace(incident, killed=killed, injured=injured, claimant=claimant,
                   evidence=incident.evidence + (_sentence_span(doc, r.sentence),))  # fmt: skip


def _among(loc: Location, places: tuple[Location, ...]) -> bool:
    """Whether a town or zone is a claim's own, the first of its places (the same gazetteer
    entry, or the same name); not the province it lies in ("Forty were killed in Idlib")."""
    return loc.precision in ("settlement", "zone") and any(
        (loc.geonameid is not None and loc.geonameid == p.geonameid)
        or (loc.name or loc.mention) == (p.name or p.mention)
        for p in places[:1]
    )


def _this_event(view: View) -> bool:
    """'Our casualties in this action were two killed and five wounded': a toll that points
    back to the one event told just before ('this' or 'the same' before its noun; not "said
    that fighting had left 200 dead")."""
    lows = view.lows
    nouns = word_set(view.lang, "grammar", "retold_event_nouns")
    for k in range(1, len(lows)):
        if lows[k] in nouns and (
            lows[k - 1] == "this" or (k > 1 and lows[k - 2 : k] == ("the", "same"))
        ):
            return True
    return False


def _first_claimant(reads: list[Read], acr: dict[str, str]) -> Party | None:
    """Who the report speaks for before it names a speaker: its headline's label
    ("Liaison officers operations room: 157 breaches"), else a speaker of its lead, else the
    organisation its headline or lead names, else its first speaker anywhere."""
    for r in reads:
        if r.sentence.para == 0 and (label := label_speaker(r)) is not None:
            return document_author(r) or fuller(label, reads)
    if (sent := sender(reads)) is not None:
        return replace(sent, name=acr.get(sent.name, sent.name))
    # the lead is the first paragraph with a sentence in it ("STATEMENT", "OFFICIAL" and a
    # letterhead may stand between it and the headline)
    lead = next((r.sentence.para for r in reads if r.sentence.para and len(r.view.tokens) >= 8), 1)
    # ("Telegram from the Governor of Malta to the Secretary of State ...": its writer)
    writer = next(
        (w for r in reads[:6] if r.sentence.para <= lead and (w := letter_writer(r))), None
    )
    if writer is not None:
        return writer
    letterhead = None
    for r in reads:
        if r.sentence.para >= max(lead, 2):
            break
        # ("GHANA POLICE SERVICE" over "UPPER EAST REGIONAL POLICE COMMAND": the last line
        # names the office that issues the report)
        letterhead = masthead(r) or letterhead
    if letterhead is not None:
        return replace(letterhead, name=acr.get(letterhead.name, letterhead.name))
    ctx = _Context(history=[])
    first: Party | None = None
    for r in reads:
        if r.sentence.para != 0:
            p = _claimant(r, ctx, acr)
            if p is not None:
                first = p
                break
    # (a title alone, "SPOKESMAN:", speaks for the body the headline or lead names)
    titled = first is not None and first.name.strip().lower() in word_set(
        r.view.lang, "attribution", "person_titles"
    )
    if first is not None and r.sentence.para <= lead and not titled:
        return first
    for r in reads:
        if r.sentence.para > lead:
            break
        named = named_source(r.view.tokens, r.sentence.text, r.sentence.start)
        if named is not None:
            return replace(named, name=acr.get(named.name, named.name))
    return first


def _briefing(own: Party, r: Read, facts: DocFacts) -> bool:
    """Whether a one-word speaker label ('KOROIVUKI:', 'SPOKESMAN:') names the briefer the
    introduction presented, or a title only."""
    if " " in own.name.strip():
        return False  # (most speakers: a name of two words or more, told without a split)
    words = own.name.lower().split()
    if len(words) != 1 or label_speaker(r) is None:
        return False
    return words[0] in facts.briefer or words[0] in word_set(
        r.view.lang, "attribution", "person_titles"
    )


def _own_claimant(r: Read, ctx: _Context, facts: DocFacts) -> Party | None:
    """Who the sentence itself says is speaking, if anyone."""
    is_head = r.sentence.para == 0
    own = _claimant(r, _Context(history=[]) if is_head else ctx, facts.acronyms)
    labelled = own is not None and own is ctx.speaking
    if own is not None and facts.first_claimant and own.name in facts.first_claimant.aliases:
        own = facts.first_claimant  # "Border Service:" is the letterhead's full name
    elif (
        own is not None
        and facts.first_claimant
        and _its_own_unit(own, facts.first_claimant, r.view.lang)
    ):
        # "the observation posts reported", "Team GORAZDE reported": a monitoring body's
        # posts, teams and observers speak for it
        first = facts.first_claimant
        own = Party(first.name, own.mention, first.type, (*first.aliases, own.name))
    elif own is not None and facts.first_claimant and _briefing(own, r, facts):
        # "KOROIVUKI:", "SPOKESMAN:": the briefer the introduction named speaks for its source
        first = facts.first_claimant
        own = Party(first.name, own.mention, first.type, (*first.aliases, own.name))
    if labelled:
        ctx.speaking = own
    # a bulletin that names its source only later still has one; "we", "our dataset" are
    # the report's own voice, except inside a quotation ('"... Two of our men were killed')
    text = r.sentence.text
    if r.sentence.para != ctx.para and not text.startswith(('"', "“")):
        ctx.quoting = False
    if facts.interviewee is not None and r.sentence.para != ctx.para:
        # an interview's answer ("A: ...") is the interviewee's, "we" and "the committee" too
        ctx.answering = text.startswith("A:")
        if ctx.answering:
            ctx.history.append(facts.interviewee)
    said = r.attribution.claimant
    if ctx.answering and (
        said is None
        or is_anaphor(said)
        or (said.mention or said.name).split()[0].lower()
        in word_set(r.view.lang, "attribution", "first_person")
    ):
        own = facts.interviewee
    elif first_person(r) and not ctx.quoting:
        # "our teams recorded": in a transcript, the speaker of the last label
        own = ctx.speaking or facts.first_claimant
    elif own is None and _source_as_subject(r, facts):
        own = facts.first_claimant
    ctx.quoting = _opens_quote(text) or (ctx.quoting and not _closes_quote(text))
    return own


def _its_own_unit(own: Party, source: Party, lang: str) -> bool:
    """Whether a speaker is one of the report's monitoring source's own teams or posts."""
    if source.type != "monitor":
        return False
    words = (own.mention or own.name).lower().split()
    units = word_set(lang, "attribution", "monitor_units")
    return bool(words) and len(words) <= 4 and any(w in units for w in words[:2] + words[-1:])


def _source_as_subject(r: Read, facts: DocFacts) -> bool:
    """'The Commission considered the reports of its teams ...' in the Commission's own
    communique: the report's source, named by its head word, speaks again."""
    toks, first = r.view.tokens, facts.first_claimant
    head = first.name.lower().rsplit(" ", 1)[-1] if first is not None else ""
    return (
        bool(head)
        and len(toks) > 3
        and toks[0].low == "the"
        and toks[1].is_cap
        and not toks[2].is_cap
        and toks[1].low == head
    )


def _start_record(r: Read, ctx: _Context, facts: DocFacts) -> None:
    """A chronology's dated entry or a data export's row starts afresh; so does a letter
    a document reproduces ('LETTER DATED 3 SEPTEMBER 1964 FROM THE PERMANENT
    REPRESENTATIVE OF MALAYSIA ADDRESSED TO ...'), in its writer's voice."""
    if (writer := letter_writer(r)) is not None:
        ctx.claimant = writer
        ctx.history.append(writer)
    if (entry := dated_entry(r)) is not None:
        # its own day, the voice of its bracketed source or of the compiler, the scene
        said = facts.entry_sources.get(r.sentence.para) if facts.entry_sources else None
        said = said or broadcast_station(r, entry)  # (a digest's item: its station)
        ctx.period, ctx.claimant, ctx.locations, ctx.total = (
            entry.period,
            said or facts.first_claimant,
            ctx.scene,
            None,
        )
        ctx.speaking = None  # (an earlier item's label speaks no more)
    elif facts.entry_sources and r.sentence.para != ctx.para:
        # a listed item that names its source in brackets at its end ('* French aircraft
        # strike ... [French Ministry of Defence]') speaks in that source's voice
        said = facts.entry_sources.get(r.sentence.para)
        ctx.claimant = said or facts.first_claimant
        ctx.total = None
    record = facts.records.get(r.sentence.para) if facts.records else None
    if record is not None and record.number != ctx.record:
        # a record of field lines ("Date: / Location: / Description: / Source:") speaks in
        # the voice of the source it names and happened where its place field says,
        # wherever their lines stand; else the report's voice
        ctx.record, ctx.claimant = record.number, record.source or facts.first_claimant
        ctx.total = None
        if record.places:
            ctx.entry, ctx.entry_end = (r.sentence.para, record.places), r.sentence.end
    elif record is None and ctx.record:
        ctx.record, ctx.claimant = 0, facts.first_claimant  # (past the records, the report's)
    if r.sentence.source is not None and r.sentence.para != ctx.para:
        # a data row's notes: its source column speaks unless the notes name a speaker
        source = r.sentence.source
        ctx.claimant = Party(source, source, party_type(source) or "media")  # type: ignore[arg-type]
        day = row_day(r, ctx.today)
        ctx.period, ctx.locations, ctx.total = day.period if day else None, ctx.scene, None
        place = facts.row_places.get(r.sentence.para) if facts.row_places else None
        ctx.entry = (r.sentence.para, (place,)) if place else None


def _in_entry(
    r: Read, ctx: _Context, text: str, claimant: Party | None
) -> tuple[Read, Party | None]:
    """An event log's entry: its heading ("1. Khiam, 12 Feb, about 14:10.") places the
    sentences of its line, or of the lines under it when it is a line of its own."""
    header = _entry_header(r) or (field_place(r) if ":" in r.sentence.text else ())
    if ctx.entry_end is not None:
        _entry_goes_on(r, ctx, text)
        claimant = _entry_source(r) or claimant
    if header:  # "1. Khiam, 12 Feb, about 14:10." heads the entry that follows it
        ctx.entry = (r.sentence.para, header)
        # ("04/07/2009 22:10 | EL PROGRESO (Yoro) | [B]": a log's heading line, its entry
        # the lines under it)
        ctx.entry_end = (
            r.sentence.end if text[r.sentence.end : r.sentence.end + 1] in ("\n", "") else None
        )
    elif ctx.entry and ctx.entry[0] == r.sentence.para:
        r = Read(r.sentence, replace(r.view, placed=True), r.attribution, r.spots)
    return r, claimant


def _entry_source(r: Read) -> Party | None:
    """'Source: relatives of the union leader, by telephone', 'Informant: Sgt. Musa Bello':
    under a log entry's heading, the line naming its source names who speaks in it (the
    words before any comma)."""
    field = field_label(r.view)
    return field_source(r) if field is not None and field[0] == "source" else None


def _entry_goes_on(r: Read, ctx: _Context, text: str) -> None:
    """An entry headed by a line of its own goes on over the lines under it, up to a blank
    line or a rule ('----')."""
    assert ctx.entry_end is not None
    gap = text[ctx.entry_end : r.sentence.start]
    if ctx.entry is not None and "\n\n" not in gap and "--" not in gap:
        ctx.entry = (r.sentence.para, ctx.entry[1])
        ctx.entry_end = r.sentence.end
    else:
        ctx.entry_end = None


def _part_of(d: Draft, ctx: _Context, ids: list[str]) -> str | None:
    """The id of the claim a draft is a part of: one of its sentence, the last violation
    total ('N of them'), or the last toll ('Three of the dead')."""
    if d.parent == -1:
        return ctx.total.id if ctx.total else None
    if d.parent == _OF_THE_TOLL:
        return ctx.toll.id if ctx.toll else None
    return ids[d.parent] if d.parent is not None else None


def _sentence_claims(
    r: Read, doc: Document, ctx: _Context, facts: DocFacts, first_id: int
) -> list[Claim]:
    """One sentence's claims, with ids '#n' for now; updates the context it leaves behind."""
    is_head = r.sentence.para == 0
    if not is_head:
        _start_record(r, ctx, facts)
    claimant = (
        _own_claimant(r, ctx, facts)
        or (facts.first_claimant if is_head else ctx.claimant)
        or facts.first_claimant
    )
    relays = (
        r.attribution.relays
        or (ctx.relays if r.sentence.para == ctx.para else ())
        or facts.dateline
    )
    r, claimant = _in_entry(r, ctx, doc.text, claimant)
    drafts = (
        ctx.toll is not None and _toll_parts(r.view, ctx.toll, ctx.toll_last)
    ) or decide_mod.decide(r.view)
    if ctx.toll_last and _opens_with_share(r.view):
        # "Six of them were arrested" after a toll: of the people counted, no attacks
        drafts = [d for d in drafts if d.parent != -1]
    caption, ctx.last = ctx.last, r.view
    drafts, total, columns_of = _table_drafts(r, ctx, caption, drafts, doc.text)
    drafts = _damage_told(drafts, r)
    if total is None and _is_heading(r):  # (a row of dashes is no heading)
        ctx.heading = r
        if not any(not p.aside for p in r.view.places):
            # "AREAS WITHOUT VIOLATIONS": a heading over the zeros below, none of its own
            drafts = [d for d in drafts if not _counts_none(d)]
    elif ctx.heading is not None:
        row = decide_mod.table_row(r.view, ctx.heading.view)
        # "• Shyrokyne area: 42, all bursts of small-arms fire": a row's words describe its
        # count, they report no incident of their own
        drafts = row or [d for d in drafts if d.kind != "incident" or not _labelled_row(r.view)]
    if not drafts and ctx.total is not None:
        drafts = _listed_part(r.view) or _partitive_parts(r.view) or _leader_part(r.view)
    elif ctx.total is not None and (
        (_partitive_opening(r.view) and all(d.kind == "incident" for d in drafts))
        or _restates_total(r.view, ctx.total)
    ):
        # "Of these, 27 consisted of artillery fire on Iranian positions, and 19 of
        # advances ...": the kinds of the total's violations, not an attack of its own
        drafts = _partitive_parts(r.view) or drafts
    if r.sentence.source is not None and not _zero_of_its_own(r.view):
        # a data row's notes qualify its event ("No fighting reported."): no tally of zero
        # (unless the notes say where, by whose count: "Police said no incident of firing
        # was reported in Karachi East district during the night")
        drafts = [d for d in drafts if not _counts_none(d)]
    _breakdowns(drafts, r.view, ctx)
    _one_of_them(drafts, r.view)
    _fill(drafts, r, ctx)
    _one_day_tolls(drafts, r, ctx)
    if total:
        for d in drafts if ctx.table is not None and ctx.table.crossed else drafts[:1]:
            _table_total(d, r.view, ctx)
    ids = [f"#{first_id + k}" for k in range(len(drafts))]
    tagged = []
    for k, d in enumerate(drafts):
        part_of = _part_of(d, ctx, ids)
        d.locations = _in_province(d.locations, facts.hints)
        speaker = _row_source(d, facts) or _clause_speaker(d, r) or claimant
        tagged.append(_told_after(_build(d, r, doc, speaker, relays, ids[k], part_of), d, ctx))
    if total is not None and tagged and ctx.table is not None and ctx.table.crossed:
        _cross_links(tagged, [columns_of.get(id(d), -1) for d in drafts], total, ctx)
    elif total is not None and tagged:
        if total:  # "Total | 21 | 86": the rows read so far are its parts
            ctx.links.update(dict.fromkeys(ctx.rows, tagged[0].id))
            ctx.rows = []
        else:
            ctx.rows.append(tagged[0].id)
    if not is_head:
        _advance(ctx, r, tagged, claimant, relays)
    return tagged


def _table_drafts(
    r: Read, ctx: _Context, caption: View | None, drafts: list[Draft], text: str
) -> tuple[list[Draft], bool | None, dict[int, int]]:
    """A table's share of a sentence: a header (no claim), a row's claims and whether the
    row is the total (None when the line is no row), and a cross-tab row's claims' columns
    (by draft); else the sentence's own drafts."""
    # (where the caption's line and the sentence's begin: a header's two lines, aligned)
    lines = (
        (text.rfind("\n", 0, caption.start) + 1, text.rfind("\n", 0, r.view.start) + 1)
        if caption
        else None
    )
    if (columns := tables.header(r.view, caption, lines)) is not None:
        ctx.table, ctx.rows = columns, []  # "Region | Attacks | Fatalities"
        ctx.table_places = ctx.locations  # where its caption says the table is
        ctx.table_period = ctx.period
        return [], None, {}
    got: tuple[list[tuple[Draft, int]], bool] | None = None
    if ctx.table is not None and ctx.table.crossed:
        got = tables.cross_row(r.view, ctx.table)
    elif (row := _table_row(r.view, ctx, caption)) is not None:
        got = [(row[0], -1)], row[1]
    if got is not None:
        for d, _ in got[0]:
            if got[1] or not d.locations:
                # where the caption says, else the report's scene, never the last row (nor
                # a row label such as "Civilians | 12 | 11")
                d.locations = ctx.table_places or ctx.scene
        return [d for d, _ in got[0]], got[1], {id(d): col for d, col in got[0]}
    if not (
        ctx.table is not None
        and not r.view.numbers
        and caption is not None
        and tables.header(caption) is not None
    ):  # (a header's second line, "(all kinds)   (of shells)", goes on to its rows)
        ctx.table = None
    if len(tables.cells(r.view) or ()) >= 3 and all(in_date(r.view, n) for n in r.view.numbers):
        return [], None, {}  # "County | Suspected area | AP mines destroyed": a header
    return drafts, None, {}


def _cross_links(tagged: list[Claim], columns: list[int], total: bool, ctx: _Context) -> None:
    """A cross-tab's rows are parts of its total row column by column: "Total | 16 | 44"
    sums the shelling and the small arms above it; a row's cells that are parts of its
    own total stay so."""
    tops = [(c, col) for c, col in zip(tagged, columns, strict=True) if c.part_of is None]
    if not total:
        ctx.rows.extend(c.id for c, _ in tops)
        ctx.row_columns.update((c.id, col) for c, col in tops)
        return
    for c, col in tops:
        ctx.links.update((k, c.id) for k in ctx.rows if ctx.row_columns.get(k) == col)
    ctx.rows, ctx.row_columns = [], {}


_SAID_REACH: Final = 7  # days before its saying a toll's events may lie, to be theirs


def _said_day_only(view: View, date: DateMention, ctx: _Context) -> bool:
    """Whether a claim's only date is the day its speaker spoke, and it tells of the events
    the sentences before told ("killed in the disturbances"), on an earlier day in focus."""
    if ctx.period is None:
        return False
    said = periods.saying_day(view)
    if (
        said is None
        or date.period.end != said
        or ctx.period.end >= said
        or days_between(ctx.period.start, said) > _SAID_REACH  # (a day of the last week)
        or any(x.period.end != said or x.relative for x in view.dates)
    ):
        return False
    lows = view.lows
    events = word_set(view.lang, "dates", "possessive_day_nouns")
    return any(
        lows[k] in events and lows[k - 1] in ("the", "these", "those") for k in range(1, len(lows))
    )


def _damage_field(r: Read) -> bool:
    """Whether a line is a damage field ('Assessed damage: two buildings destroyed')."""
    return ":" in r.sentence.text and (field_label(r.view) or ("", 0))[0] == "damage"


def _damage_told(drafts: list[Draft], r: Read) -> list[Draft]:
    """A damage field tells what the strike before it did, no strike of its own."""
    return [d for d in drafts if d.kind != "incident"] if _damage_field(r) else drafts


def _one_day_tolls(drafts: list[Draft], r: Read, ctx: _Context) -> None:
    """A toll its own sentence neither places nor ties to an attack (nor dates to another
    day), told of the one day in focus right after a sentence that told an attack and made
    no claim of it
    ("Police broke up the march with tear gas. Hospital sources say three people are
    injured."), is that attack's: an incident, not a tally over days."""
    if ctx.untold != r.sentence.para or any(x.period != ctx.period for x in r.view.dates):
        return  # (a toll dated by its own words to another day is of that day)
    for k, d in enumerate(drafts):
        if (
            d.undecided
            and d.kind == "casualty_tally"
            and d.parent is None
            and d.period is not None
            and d.period.start == d.period.end
            and not any(p.parent == k for p in drafts)
        ):
            d.kind = "incident"


def _told_after(c: Claim, d: Draft, ctx: _Context) -> Claim:
    """An attack's toll told in the sentence after it (`_one_day_tolls`) has both sentences
    for evidence."""
    if d.undecided and d.kind == "incident" and ctx.untold_span is not None:
        return replace(c, evidence=(ctx.untold_span, *c.evidence))
    return c


def _table_total(d: Draft, view: View, ctx: _Context) -> None:
    """A table's total is not where its last row is, nor of its last row's day ("Week | 24
    | 19,000" under rows by day) when a period was in focus as the table began."""
    if not (ctx.table_places or ctx.scene):
        d.locations = ()
    if not view.dates and ctx.table_period is not None:
        d.period = ctx.table_period


def _table_row(view: View, ctx: _Context, caption: View | None) -> tuple[Draft, bool] | None:
    """A row of the table being read, or the first row of one with no header, whose
    caption just above says what its numbers count ("Palestinians killed, by day")."""
    if ctx.table is not None:
        return None if ctx.table.crossed else tables.row(view, ctx.table)
    if caption is None or (ctx.total is not None and caption.text.rstrip().endswith(":")):
        return None  # ("The incidents were distributed as follows:": the total's parts)
    if (columns := tables.captioned(caption, view)) is None:
        return None
    got = tables.row(view, columns)
    if got is not None:
        ctx.table, ctx.rows = columns, []
        ctx.table_places = tuple(p.location for p in caption.places if not p.aside) or ctx.scene
        ctx.table_period = ctx.period
    return got


def _counts_none(d: Draft) -> bool:
    """Whether a draft is a count of zero ('no violations were recorded')."""
    return d.count is not None and d.count.value == 0


def _clause_speaker(d: Draft, r: Read) -> Party | None:
    """'At least 26 were killed, the government said, while a rights group put the toll at
    more than 50': a claim in a clause that names a speaker of its own, not the sentence's
    first, is that speaker's; None when it is the sentence's."""
    att = r.attribution
    if not att.others or att.span is None:
        return None
    cuts = decide_mod.clause_cuts(r.view)
    here = sum(1 for c in cuts if c <= d.anchor[0])
    if not cuts or sum(1 for c in cuts if c <= att.span[0]) == here:
        return None
    for p, (a, _) in att.others:
        # (its speaker before it: "while a rights group put the toll at 50")
        ours = sum(1 for c in cuts if c <= a) == here and a < d.anchor[0]
        if ours and not is_anaphor(p, r.view.lang):
            kind = p.type or party_type(p.name) or "other"
            return Party(p.name, p.mention, kind, p.aliases)  # type: ignore[arg-type]
    return None


def _zero_of_its_own(view: View) -> bool:
    """Whether a note's words make a zero a claim of its own: a place named, and a speaker
    or a recorder ('Gendarmerie reports no incidents overnight in Seraing')."""
    return any(not p.aside for p in view.places) and (
        view.cues.has("speech_verbs") or view.cues.has("record_verbs")
    )


def _one_of_them(drafts: list[Draft], view: View) -> None:
    """'One of them was against a compound near the K-4 traffic circle': the one attack of
    a tally a sentence tells is an incident of it, no count of one."""
    toks = view.tokens
    for d in drafts:
        a = d.anchor[0]
        if (
            d.kind == "violation_tally"
            and d.parent is not None
            and d.count is not None
            and d.count.value == 1
            and a + 2 < len(toks)
            and toks[a].low == "one"
            and toks[a + 1].low == "of"
            and toks[a + 2].low in word_set(view.lang, "grammar", "partitive_words")
        ):
            d.kind, d.count = "incident", None


def _issue_day(ctx: _Context, r: Read, tagged: list[Claim]) -> bool:
    """'Daily report for 23 June', then 'Cairo, 24 June': before any claim, a line that
    dates only the day of publication is the report's issue, not the day it reports on
    (the day in focus stays)."""
    view = r.view
    return (
        ctx.period is not None
        and not ctx.told_any
        and not tagged
        and all(d.period.start == d.period.end == ctx.today for d in view.dates)
        # (dated in full, as an issue is: "Cairo, 24 June 1969"; not "On 10 March the
        # situation remained tense")
        and all(any(_YEAR.fullmatch(w) for w in view.lows[d.i : d.j]) for d in view.dates)
    )


_YEAR: Final = re.compile(r"\d{4}")


def _background_day(ctx: _Context, own: list[Period], events: list[Period], view: View) -> bool:
    """'Reporting period: 20-21 March', then '... the operation, launched on 10 March': in a
    report that says what days it covers (or opens on a span of days before any claim), a
    sentence with no claim of its own whose days all end before them tells background,
    and those days stay in focus."""
    covered = ctx.declared
    if covered is None and ctx.period is not None and not ctx.told_any:
        # (a span in focus before any claim: "in the 24 hours to 06:00 today" opening it)
        covered = ctx.period if ctx.period.start < ctx.period.end else None
    return (
        covered is not None
        and not own
        and bool(events)
        and all(p.end < covered.start for p in events)
        # ("On 7 March the army withdrew. The next day ...": a day that opens its sentence
        # moves the story on)
        and not any(d.i <= 1 for d in view.dates)
    )


def _row_source(d: Draft, facts: DocFacts) -> Party | None:
    """The source an event log's row names in its own column ("Kech police", "ISPR")."""
    if not d.source:
        return None
    name = facts.acronyms.get(d.source, d.source)
    return Party(name, d.source, party_type(name) or "other")  # type: ignore[arg-type]


def _advance(ctx: _Context, r: Read, tagged: list[Claim], claimant: Party | None,
             relays: tuple[Party, ...]) -> None:  # fmt: skip
    """Carry a body sentence's total, speaker, relays, period and places to the next."""
    cues = r.view.cues
    told = (
        cues.methods
        or cues.outcomes
        or cues.has("attack_verbs")
        or cues.has("attack_nouns")
        or cues.has("impact_verbs")
    )
    told = told and not _damage_field(r)  # ("Assessed damage: ...": the strike before's)
    ctx.untold = r.sentence.para if told and not tagged else -1
    if ctx.untold >= 0:
        ctx.untold_span = Span(r.sentence.start, r.sentence.end, r.sentence.text)
    # an aside in brackets is no running total (a numbered item, "(3) Police recorded 37
    # incidents, as follows:", is)
    if not r.sentence.text.startswith("(") or _NUMBERED.match(r.sentence.text):
        for c in tagged:
            if c.kind == "violation_tally" and c.part_of is None and c.count and c.count.value > 0:
                ctx.total, ctx.toll_last = c, False
            if c.kind == "casualty_tally" and c.part_of is None:
                ctx.toll, ctx.toll_last = c, True
    if claimant is not None:
        ctx.claimant = claimant
    ctx.relays, ctx.para = relays, r.sentence.para
    ctx.told_any = ctx.told_any or bool(tagged)
    ctx.declared = periods.declared_period(r.view) or ctx.declared
    if r.view.dates and not (ctx.period and periods.refers_back(r.view)):
        # "during the day" keeps the day in focus; else the day of the sentence's own claim,
        # else its first date that is not the day a speaker spoke
        said = periods.saying_day(r.view)
        # (a day after the report's is a plan, "talks resume on 15 January": no time of
        # what the sentences after it tell)
        past = [d for d in r.view.dates if ctx.today is None or d.period.start <= ctx.today]
        events = [d.period for d in past if d.period.end != said or d.since]
        own = [c.period for c in tagged if c.period is not None and c.part_of is None]
        if (
            (own or past)
            and not _issue_day(ctx, r, tagged)
            and not _background_day(ctx, own, events, r.view)
        ):
            ctx.period = (own or events or [past[0].period])[0]
    elif r.view.cues.phrase("@declared_period") and (
        own := [c.period for c in tagged if c.period is not None and c.part_of is None]
    ):
        ctx.period = own[0]  # "during the reporting period": the sentences after are of it too
    if (
        any(not p.aside for p in r.view.places)
        and not header_line(r, "addressee_labels")
        and not header_line(r, "source_labels")
        and (field_label(r.view) or ("", 0))[0] != "source"
    ):
        # the places of whom a message goes to, or of a source line's outlet ("Source: KTK
        # TV, Almaty"), say nothing of where things happened
        ctx.locations = decide_mod.places_for(r.view, (0, 0), False)
        ctx.named.extend(p.location for p in r.view.places if not p.aside)
        _count_towns(r, ctx.towns)


_ITEM_NUMBER: Final = re.compile(r"(?:\(?(?:\d{1,2}|[a-zA-Z])[.)]|\((?:\d{1,2}|[a-z])\)) ")
_NUMBERED: Final = re.compile(r"\((?:\d{1,2}|[a-z]|[ivx]{1,4})\) ")


def _merge_restated(claims: list[Claim]) -> list[Claim]:
    """One truce dated the same day, said again later in the report, is one claim."""
    out: list[Claim] = []
    seen: dict[tuple[str, str], int] = {}
    for c in claims:
        k = (c.period.start, c.period.end) if c.kind == "agreement" and c.period else None
        if k is not None and k in seen:
            first = seen[k]
            out[first] = replace(out[first], evidence=out[first].evidence + c.evidence)
            continue
        if k is not None:
            seen[k] = len(out)
        out.append(c)
    return out


def _background_truce(c: Claim, published: str | None) -> bool:
    """'The 1997 Peace Accord ended two decades of insurgency': a truce agreed more than a
    year before the report is its background, not news it reports."""
    if c.kind != "agreement" or c.period is None or not published:
        return False
    return days_between(c.period.end, published) > 366


def _merge_retold_tolls(
    body: list[Claim], origin: list[tuple[int, bool]], published: str | None
) -> tuple[list[Claim], list[tuple[int, bool]]]:
    """'Qatar accused Saudi Arabia on Thursday of ... killing two Qatari soldiers.' and,
    in the next paragraph, 'A statement ... said a Saudi force had attacked the al-Khafus
    post early on Wednesday, killing two soldiers': one attack and its toll told twice (a
    lead and its detail) is one claim, dated by the detail when the lead gives only the day
    it was said."""
    parents = {c.part_of for c in body if c.part_of}
    out: list[Claim] = []
    paras: list[tuple[int, bool]] = []
    for c, o in zip(body, origin, strict=True):
        k = next(
            (k for k in range(len(out) - 1, -1, -1)
             if 0 <= o[0] - paras[k][0] <= 1 and _retold(out[k], c, parents)),
            None,
        )  # fmt: skip
        if k is None:
            out.append(c)
            paras.append(o)
            continue
        first = out[k]
        said_only = first.period is not None and first.period.end == published
        period = c.period if said_only and c.period is not None else first.period
        out[k] = replace(first, evidence=first.evidence + c.evidence, period=period,
                         injured=first.injured or c.injured)  # fmt: skip
    return out, paras


def _retold(a: Claim, b: Claim, parents: set[str]) -> bool:
    """Whether claim b tells again the attack and toll of claim a."""
    if a.kind != b.kind or a.kind != "incident" or a.part_of or b.part_of or b.id in parents:
        return False
    if a.killed is None or b.killed is None or a.killed.value != b.killed.value:
        return False
    if a.killed.value == 0 or (a.injured and b.injured and a.injured.value != b.injured.value):
        return False
    places = {loc.name or loc.mention for loc in a.locations}
    return (
        not a.locations
        or not b.locations
        or any((loc.name or loc.mention) in places for loc in b.locations)
    )


def _merge_retold_totals(claims: list[Claim]) -> list[Claim]:
    """'We logged 31 incidents ...' and a table below whose Total row reads 31 for the same
    period: one total, said twice; the table's rows are its parts."""
    parents = {c.part_of for c in claims if c.part_of}
    out: list[Claim] = []
    moved: dict[str, str] = {}
    for c in claims:
        k = None
        if c.kind == "violation_tally" and c.part_of is None and c.id in parents and c.count:
            k = next((k for k, e in enumerate(out) if e.kind == c.kind and e.part_of is None
                      and e.id not in parents and e.count == c.count and e.period == c.period
                      and e.claimant == c.claimant), None)  # fmt: skip
        if k is None:
            out.append(c)
            continue
        moved[c.id] = out[k].id
        out[k] = replace(out[k], evidence=out[k].evidence + c.evidence)
    if not moved:
        return out
    return [replace(c, part_of=moved.get(c.part_of, c.part_of)) if c.part_of else c for c in out]


def _merge_said_again(claims: list[Claim]) -> list[Claim]:
    """Quiet the report says again ('The 5th arrondissement is calm. No incident has been
    reported since 06.00.'): a zero tally for the same days and place, by the same speaker,
    is one claim with both spans."""
    parents = {c.part_of for c in claims if c.part_of}
    out: list[Claim] = []
    for c in claims:
        k = None
        if c.kind == "violation_tally" and c.count and c.count.value == 0 and not c.part_of:
            k = next((k for k, e in enumerate(out) if _said_again(e, c, parents)), None)
        if k is None:
            out.append(c)
        else:
            out[k] = replace(out[k], evidence=out[k].evidence + c.evidence)
    return out


def _said_again(first: Claim, again: Claim, parents: set[str]) -> bool:
    """Whether `again` repeats `first`: kind, figures, speaker, days and first place."""
    return (
        first.kind == again.kind
        and not first.part_of
        and first.id not in parents
        and first.count == again.count
        and first.killed == again.killed
        and first.injured == again.injured
        and (first.claimant.name if first.claimant else None)
        == (again.claimant.name if again.claimant else None)
        and first.period is not None
        and first.period == again.period
        and bool(first.locations)
        and bool(again.locations)
        and first.locations[0].name == again.locations[0].name
    )  # fmt: skip


def _renumber(claims: list[Claim]) -> tuple[Claim, ...]:
    mapping = {c.id: f"c{k + 1}" for k, c in enumerate(claims)}
    return tuple(
        c.renumbered(mapping[c.id], mapping.get(c.part_of) if c.part_of else None) for c in claims
    )
