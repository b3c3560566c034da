"""Stage 2c: parties and attribution — who asserts each sentence, and who relays it.

Finds the speaker of "X said", "said X", "according to X", "X told Y", "X
reported, citing Y" and "Y, quoted by X"; names a party by its organisation
when the phrase has one ("LNA spokesman Ahmed al-Mismari" -> "LNA"); resolves
"the ministry", "the centre", "it", "he" to the last party named that fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from truceline.lexicon import PerLanguage, gate, load, word_marks, word_set
from truceline.model import Party
from truceline.text.tokens import (
    Match,
    PhraseMatcher,
    Token,
    fold,
    is_decimal,
    label_length,
    matcher,
    unpossessed,
)

_STOP_MARKS: Final = frozenset(
    {",", ";", ":", "*", "•", "·", '"', "“", "”", "(", ")", "[", "]", "—", "–", "-", "."}
)
_QUOTE_MARKS: Final = frozenset({'"', "“", "”"})
_SAYING_ENDS: Final = frozenset({",", ".", ":", ";", '"', "”", "that"})
_ACRONYM: Final = re.compile(r"\(([A-Z][A-Za-z0-9/&.-]{1,12})\)")
_WORDS: Final = re.compile(r"[\w'’.-]+")
_SPACE_BEFORE_MARK: Final = re.compile(r"\s+([,.;:)'’])")
_TIDY_MARKS: Final = (",", ".", ";", ":", ")", "'", "’")  # the marks _SPACE_BEFORE_MARK takes


@dataclass(frozen=True, slots=True, init=False)
class Attribution:
    """Who a sentence says asserts it (`claimant`), and who relays (`relays`)."""

    claimant: Party | None
    relays: tuple[Party, ...] = ()
    explicit: bool = False
    span: tuple[int, int] | None = None  # token range of the claimant phrase
    # other speakers the sentence names, with their phrases' token ranges ("..., the
    # government said, while a rights group put the toll at 50")
    others: tuple[tuple[Party, tuple[int, int]], ...] = ()

    def __init__(  # noqa: PLR0913 (written out for speed: see truceline.model)
        self,
        claimant: Party | None,
        relays: tuple[Party, ...] = (),
        explicit: bool = False,
        span: tuple[int, int] | None = None,
        others: tuple[tuple[Party, tuple[int, int]], ...] = (),
    ) -> None:
        object.__setattr__(self, "claimant", claimant)
        object.__setattr__(self, "relays", relays)
        object.__setattr__(self, "explicit", explicit)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "others", others)


@dataclass(frozen=True, slots=True)
class _Lex:
    speech: frozenset[str]
    according: PhraseMatcher
    anaphors: PhraseMatcher
    titles: frozenset[str]
    types: tuple[tuple[str, PhraseMatcher], ...]
    heads: frozenset[str]
    stops: frozenset[str]  # where a speaker phrase before its verb begins: marks and words
    lead: frozenset[str]  # words before a body's name that are not part of it
    tail: frozenset[str]  # words between a speaker and its verb ("also", "had")
    record_verbs: frozenset[str]  # "registered": a weak speaker, the one who counted
    title_modifiers: frozenset[str]  # "deputy", "defence": a word of a title, not a body
    not_speaker: frozenset[str]  # "had", "they": a phrase with these reads as a clause
    time_lead: frozenset[str]  # "on Monday", "later": words before a speaker, not of it
    openers: frozenset[str]  # "the", "local", "officials": a speaker phrase may start so
    clause_openers: frozenset[str]  # "unless", "but": a clause, never a speaker
    document_words: frozenset[str]  # "bulletin", "statement": a document, not a party
    joiners: frozenset[str]  # "of", "de": small words inside a body's name
    subordinators: frozenset[str]  # "since", "after": a speech verb after them reports none
    event_nouns: frozenset[str]  # "attacks", "incidents": what is reported, never who reports
    aside_openers: frozenset[str]  # "X, chaired by Y, said": an aside on the speaker
    clause_final: frozenset[str]  # "continued": a speech verb only where a clause ends
    relaying: frozenset[str]  # "quoted", "cited" (by X): a relay's participles
    whereabouts: frozenset[str]  # "at", "in": "liaison officer at AP FOXTROT" says where
    publishers: frozenset[str]  # "issued", "published" (by X): X speaks in what it issued
    determiners: frozenset[str]  # "These reports", "its report": a speech word as a noun
    noun_auxiliaries: frozenset[str]  # "reports could not be verified": likewise
    manner_openers: frozenset[str]  # ", announced in X's name": how, not who
    object_speech: frozenset[str]  # "released": a speech verb only before what is published
    published: frozenset[str]  # "figures", "a statement", "on Monday": what may follow it
    frame_verbs: frozenset[str]  # speech verbs and relaying participles (`_find_frames`)
    object_ends: frozenset[str]  # what ends a speaker's phrase after its verb (`_object_after`)
    accusing: frozenset[str]  # "accused": the phrase after it is the accused, not a speaker
    information: frozenset[str]  # "figures", "report": 'according to figures from X'
    versions: frozenset[str]  # "account", "version": what a party's possessive owns and says
    carriers: frozenset[str]  # "broadcast", "carried" (by X): X relays the document it airs
    modifier_openers: frozenset[str]  # "with", "without" (fixed bayonets): no speech after
    addressed: frozenset[str]  # "informed": speech only with what is told soon after
    counted: frozenset[str]  # number words ("fourteen", "several"): a count told
    months: frozenset[str]  # "On 10 March the mission ...": a time before its speaker
    quantities: frozenset[str]  # "1.5 million": no item's label (`label_length`)
    # memo of `_org_of` by a phrase's text and its tokens' words (see `_party`)
    orgs: dict[tuple[str, tuple[str, ...], tuple[str, ...]], str] = field(default_factory=dict)


def _read_lex(lang: str) -> _Lex:
    d = load(lang, "attribution")
    g = load(lang, "grammar")
    n = load(lang, "numbers")
    types = tuple((name, matcher(words)) for name, words in d["types"].items())
    words = {k: frozenset(d[k]) for k in (
        "clause_stop_words", "lead_words", "tail_words", "record_verbs", "title_modifiers",
        "not_speaker_words", "time_lead_words", "speaker_openers", "clause_openers",
        "document_words", "name_joiners", "subordinators", "event_nouns", "aside_openers",
        "clause_final_speech_verbs", "relay_participles", "whereabouts_words",
        "publisher_verbs", "determiners", "noun_auxiliaries", "manner_openers",
        "object_speech_verbs")}  # fmt: skip
    # a body's head word ends one of its type's phrases ("ministry"; never the "for" of
    # "spokesperson for")
    heads = frozenset(w.split()[-1] for words in d["types"].values() for w in words) - {
        "for", *words["name_joiners"]}  # fmt: skip
    return _Lex(
        frozenset(d["speech_verbs"]), matcher(d["according_to"]),
        matcher(d["anaphors"]), frozenset(d["person_titles"]), types, heads,
        _STOP_MARKS | words["clause_stop_words"], words["lead_words"], words["tail_words"],
        words["record_verbs"], words["title_modifiers"], words["not_speaker_words"],
        words["time_lead_words"], words["speaker_openers"], words["clause_openers"],
        words["document_words"], words["name_joiners"], words["subordinators"],
        words["event_nouns"], words["aside_openers"], words["clause_final_speech_verbs"],
        words["relay_participles"], words["whereabouts_words"], words["publisher_verbs"],
        words["determiners"], words["noun_auxiliaries"], words["manner_openers"],
        words["object_speech_verbs"],
        words["document_words"] | words["determiners"] | _SAYING_ENDS | set(d["published_objects"]),
        frozenset(d["speech_verbs"]) | words["relay_participles"],
        _OBJECT_END_MARKS | frozenset(g["speaker_phrase_ends"]), frozenset(g["accusing_verbs"]),
        # ("according to the report of X": X's, as "according to figures from X")
        frozenset(g["information_nouns"] + d["document_words"]), frozenset(d["version_words"]),
        frozenset(g["carrier_verbs"]), frozenset(g["modifier_openers"]),
        frozenset(d["addressee_speech_verbs"]),
        frozenset([*n["units"], *n["tens"], *n["collectives"], *g["vague_openers"]]),
        frozenset(load(lang, "dates")["months"]), frozenset(n["quantity_words"]),
    )  # fmt: skip


_LEX: Final = PerLanguage(_read_lex)
_FRAME_VERB: Final = gate(lambda lang: _LEX.get(lang).frame_verbs)  # (see `word_marks`)


def party_type(phrase: str, lang: str = "en") -> str | None:
    """The party type a phrase's words point to (the longest keyword wins; media first on ties).
    (Remembered: a report names the same few speakers again and again; in a plain dict, which
    the compiled build reads natively, where it calls an lru_cache through Python.)"""
    k = (phrase, lang)
    if k in _TYPES:
        return _TYPES[k]
    if len(_TYPES) > 8192:
        _TYPES.clear()
    got = _TYPES[k] = _party_type(phrase, lang)
    return got


_TYPES: Final[dict[tuple[str, str], str | None]] = {}


def _party_type(phrase: str, lang: str) -> str | None:
    lx = _LEX.get(lang)
    lows = tuple([w.lower().strip(".,'’\"") for w in _WORDS.findall(phrase)])
    best: tuple[int, int, str] | None = None
    for rank, (name, m) in enumerate(lx.types):
        for hit in m.find(lows):
            key = (hit.j - hit.i, -rank, name)
            if best is None or key > best:
                best = key
    return best[2] if best else None


def _tidy(name: str) -> str:
    """Words joined back without spaces before punctuation: 'head , Rear' -> 'head, Rear'."""
    # (a search and a substitution with a template are slow: only when a mark is there)
    if any(m in name for m in _TIDY_MARKS) and _SPACE_BEFORE_MARK.search(name):
        name = _SPACE_BEFORE_MARK.sub(r"\1", name)
    name = name.replace("( ", "(").strip(" ,")
    # ("according to Xinhua's account": Xinhua)
    return unpossessed(name)


def _org_of(tokens: tuple[Token, ...], lx: _Lex) -> str:
    """The organisation inside a speaker phrase, else the phrase without titles and articles."""
    return _document_owner(tokens, lx) or _body_in(tokens, lx)


def _body_in(tokens: tuple[Token, ...], lx: _Lex) -> str:
    """The part of a speaker phrase with a body's head word, else its words past titles."""
    words = [t.text for t in tokens]
    lows = [t.low for t in tokens]
    # "X spokesman Y" / "spokesman of X" / "head of the X": keep the part with an organisation head.
    # ("the General Staff", "General Command": a title word before a body's head is no title)
    # (nor a capitalised title ending a capitalised name: "the office of the High
    # Commissioner" names an office, no person after a title)
    last = len(lows) - 1
    cut = [
        k
        for k, w in enumerate(lows)
        if w == ","
        or (
            w in lx.titles
            and not (k + 1 < len(lows) and lows[k + 1] in lx.heads)
            and not (
                k > 1
                and tokens[k].is_cap
                and tokens[k - 1].is_cap
                and lows[k - 2] == "the"
                and k > 2
                and lows[k - 3] == "of"  # ("the office of the High Commissioner")
                and (k == last or not tokens[k + 1].is_cap)
            )
        )
    ]
    segments: list[tuple[int, int]] = []
    last = 0
    for k in cut:
        segments.append((last, k))
        last = k + 1
    segments.append((last, len(words)))
    a, b = segments[0]
    while a < b and lows[a] in lx.lead:
        a += 1
    if (
        len(segments) > 1
        and b - a >= 2
        and all(t.is_cap or t.low in ("of", "for", "and", "-") for t in tokens[a:b])
        and segments[1][0] < len(lows)
        and lows[segments[1][0]] in ("a", "an")
    ):
        return _tidy(_joined(tokens[a:b]))  # "The Horan Free Gathering, a network of ...,"
    best = ""
    for a, b in segments:
        while a < b and (lows[a] in lx.lead or lows[a] in ("of", ",", "for", "'s", "’s")):
            a += 1
        if a < b and lows[a] in lx.whereabouts:
            # "liaison officer at AP FOXTROT": where the speaker is, not who; "a spokesman
            # at Allied Force Headquarters": the body the speaker is at
            if b - a < 2 or lows[b - 1] not in lx.heads:
                continue
            a += 1
        while b > a and lows[b - 1] in (",", "'s", "’s", "of", "for"):
            b -= 1
        seg = lows[a:b]
        if seg and any(w in lx.heads for w in seg) and (b - a) > 0:
            cand = _joined(tokens[a:b])
            if len(cand) > len(best):
                best = cand
    if not best and cut and cut[0] > 0 and lows[cut[0]] != ",":
        a = 0
        while a < cut[0] and lows[a] in lx.lead:
            a += 1
        if (
            a < cut[0]
            and all(t.is_cap or t.low in ("of", "-", "/") for t in tokens[a : cut[0]])
            and not (cut[0] - a == 1 and lows[a] in lx.title_modifiers)
        ):
            best = _joined(tokens[a : cut[0]])
    return _tidy(best) if best else _past_titles(tokens, lows, lx)


def _past_titles(tokens: tuple[Token, ...], lows: list[str], lx: _Lex) -> str:
    """A speaker phrase with no body in it: its words past the titles, or the title."""
    a = 0
    while a < len(lows) and lows[a] in lx.lead:
        a += 1
    b = a
    while b < len(lows) and (lows[b] in lx.titles or lows[b] == ","):
        b += 1
    if a < b < len(lows) and lows[b] == "of":
        return _tidy(_joined(tokens[a:]))  # "the deputy governor of Kandahar": the office
    if a < b < len(lows) and lows[b] in lx.whereabouts:
        return _tidy(_joined(tokens[a:b]))  # "a spokesman in Cairo": where, not who
    return _tidy(_joined(tokens[b:]) or _joined(tokens))


def _document_owner(tokens: tuple[Token, ...], lx: _Lex) -> str | None:
    """'The Home Ministry's first full account of the raids': the owner of what speaks
    (a possessive before a document's or an account's noun, before any comma)."""
    for p, t in enumerate(tokens):
        if t.low == ",":
            return None
        if not t.low.endswith(("'s", "’s")):
            continue
        nouns = (tok.low for tok in tokens[p + 1 : p + 5])
        if any(w in lx.document_words or w in lx.versions for w in nouns):
            a = 0
            while a < p and tokens[a].low in lx.lead:
                a += 1
            body = tokens[a].is_cap or t.low[:-2] in lx.heads  # ("the army's statement")
            return _tidy(_joined(tokens[a : p + 1])) if body else None
    return None


def _joined(tokens: tuple[Token, ...]) -> str:
    """Token texts spaced as in the text ("5+5 Joint Commission", not "5 + 5 ...")."""
    out: list[str] = []
    for k, t in enumerate(tokens):
        if k and t.start > tokens[k - 1].end:
            out.append(" ")
        out.append(t.text)
    return "".join(out)


def _text(text: str, tokens: tuple[Token, ...], i: int, j: int, base: int) -> str:
    return text[tokens[i].start - base : tokens[j - 1].end - base]


def _phrase_start(lows: tuple[str, ...], i: int, j: int, lx: _Lex) -> int:
    """Back from i to where a speaker phrase ending at j begins: the last stop word or mark,
    reaching over a short form in brackets ("A South African National Defence Force (SANDF)
    spokesman said")."""
    while i > 0 and j - i < 14:
        if lows[i - 1] == ")" and "(" in lows[max(0, i - 6) : i - 1]:
            i = max(k for k in range(max(0, i - 6), i - 1) if lows[k] == "(")
        elif lows[i - 1] in lx.stops:
            break
        else:
            i -= 1
    return i


def _last_time_word(lows: tuple[str, ...], a: int, b: int, lx: _Lex) -> int:
    """The last word of a..b that opens with a digit or is a month, -1 if none (a loop: the
    compiled build calls `max` of a generator through Python)."""
    for q in range(b - 1, a - 1, -1):
        if lows[q][:1].isdigit() or lows[q] in lx.months:
            return q
    return -1


def _subject_before(lows: tuple[str, ...], k: int, lx: _Lex) -> tuple[int, int] | None:
    """The noun phrase that ends just before token k (the speech verb)."""
    j = k
    while j > 0 and lows[j - 1] in lx.tail:
        j -= 1
    appositive = j > 0 and lows[j - 1] == ","
    if appositive:
        j -= 1
    i = j
    if i > 2 and lows[i - 1] == ")" and "(" in lows[max(0, i - 6) : i]:
        i = max(k for k in range(max(0, i - 6), i) if lows[k] == "(")  # "(GNA) said"
    i = _phrase_start(lows, i, j, lx)
    # "On 10 March the mission recorded ...", "Between 18:00 ... and 06:00 on 11 March the
    # mission ...": a time opening the sentence is no part of the speaker after it
    cut = _last_time_word(lows, i, j - 1, lx)
    if cut >= i and lows[cut + 1] in lx.determiners:
        i = cut + 1
    # "The KIA, which has been besieging Bhamo since December, said": skip the relative clause
    relative = ("which", "who", "whose", "whom", "where")
    if i + 1 < j and lows[i + 1] in relative and lows[i] in ("in", "of", "to", "for", "with"):
        i += 1  # ", in which the UN and the Church sit alongside both parties, said"
    if (
        appositive
        and i < j
        and lows[i] in relative
        or (appositive and i > 0 and lows[i - 1] in ("which", "who"))
    ):
        k = i - 1 if lows[i] in relative else i - 2
        if lows[k] in ("in", "of", "to", "for", "with"):
            k -= 1
        if k > 0 and lows[k] == ",":
            return _subject_before(lows, k, lx)
    # "The committee, chaired by a Swedish general and including both parties, says": an
    # aside a participle opens, however long, is skipped back to the comma before it
    if appositive:
        c = next((c for c in range(j - 1, max(0, j - 30), -1) if lows[c] == ","), 0)
        if c > 0 and lows[c + 1] in lx.aside_openers:
            return _subject_before(lows, c, lx)
    # "Al-Shabaab, in a statement carried by its radio, claimed": skip the aside on the medium
    if appositive and i > 2 and lows[i - 1] in ("in", "through", "via") and lows[i - 2] == ",":
        i -= 1  # "in" stopped the walk back: the aside starts there
    if appositive and i > 1 and lows[i] in ("in", "through", "via") and lows[i - 1] == ",":
        outer = _subject_before(lows, i - 1, lx)
        if outer is not None:
            return outer
    # "its spokesman, Ahmed al-Mismari, said": reach over one apposition comma
    # ("The Nuba Relief Forum, a network of local monitors, said": an indefinite description
    # is an apposition of any length)
    if (
        appositive
        and i > 1
        and lows[i - 1] == ","
        and (j - i <= 4 or lows[i] in ("a", "an"))
        and lows[i - 2] not in lx.stops
    ):
        h = i - 1
        while h > 0 and lows[h - 1] not in lx.stops and (i - 1) - h < 8:
            h -= 1
        i = h
    while i < j and lows[i] in ("and", "but", "also"):
        i += 1
    if i < 5:
        i = max(i, label_length(lows, lx.quantities))  # "(c) The army said": no speaker
    return (i, j) if j > i else None


# what ends a speaker's phrase after its verb: marks, "that", and words that open what is
# said of it ("reported by residents without a time or an exact place"; the words are
# grammar.json's speaker_phrase_ends, joined to these marks in `_Lex.object_ends`)
_OBJECT_END_MARKS: Final = frozenset({".", ";", ":", "("})


def _object_after(
    lows: tuple[str, ...], k: int, lx: _Lex, opening: frozenset[str] | None = None
) -> tuple[int, int] | None:
    """The phrase after a speech verb or 'according to' ("said Eduard Basurin, DPR spokesman");
    one opening the sentence ends at its comma ("According to the JSC, its teams found ..."),
    or after an apposition with a title word of `opening` ("..., a DPR spokesman, ...")."""
    i = j = k
    commas = 0
    quotes = ('"', "“", "”")
    ends = lx.object_ends
    while j < len(lows) and lows[j] not in ends and j - i < 16:
        if lows[j] == "as" and j + 1 < len(lows) and lows[j + 1] == "of":
            break  # "... of the Ministry of Health as of 08:00 this morning"
        if lows[j] in quotes:
            # 'quoting the "people's militia" of ...': a name in quotation marks goes on
            close = next(
                (q for q in range(j + 1, min(j + 6, len(lows))) if lows[q] in quotes), None
            )
            if close is None or j - i > 1:
                break
            j = close + 1
            continue
        if lows[j] == "," and opening is not None:
            # the name ends at its comma, or after an apposition closed by another
            # ("According to Eduard Basurin, a DPR spokesman, the army ...")
            close = next((q for q in range(j + 2, min(j + 8, len(lows))) if lows[q] == ","), None)
            if close is not None and any(lows[q] in opening for q in range(j, close)):
                j = close
            break
        if lows[j] == ",":
            commas += 1
            if (
                commas > 1
                or j + 1 >= len(lows)
                or lows[j + 1] in ("which", "who", "and", "adding", "saying")
            ):
                break
            nxt = lows[j + 1]
            if nxt not in ("the", "a", "an", "its", "his", "her") and not any(
                c.isupper() for c in nxt[:1]
            ):
                # After the comma comes a new clause, not an apposition.
                break
        j += 1
    while j > i and lows[j - 1] in (",", "on", "in"):
        j -= 1
    return (i, j) if j > i else None


def _quoted_as_saying(lows: tuple[str, ...], k: int, lx: _Lex) -> list[tuple[str, tuple[int, int]]]:
    """'SANA quoted a military source as saying ...': the source speaks, SANA relays."""
    if k + 1 >= len(lows) or lows[k + 1] == "by":
        return []
    end = next(
        (q for q in range(k + 1, min(len(lows), k + 16))
         if lows[q] == "as" and q + 1 < len(lows) and lows[q + 1] in ("saying", "stating")
         # ('Quotes "a source at the ministry": ...', a monitoring digest's line)
         or (k == 0 and lows[q] == ":")),
        None,
    )  # fmt: skip
    if end is None or end <= k + 1:
        return []
    start = k + 1 + (lows[k + 1] in _QUOTE_MARKS)
    end -= end > start and lows[end - 1] in _QUOTE_MARKS
    frames = [("claimant", (start, end))]
    before = _subject_before(lows, k, lx)
    if before:
        frames.append(("relay", before))
    return frames


def _says_nothing(lows: tuple[str, ...], k: int, lx: _Lex) -> bool:
    """A speech verb used for something else by the words after it."""
    low, nxt = lows[k], (lows[k + 1] if k + 1 < len(lows) else None)
    if low in lx.clause_final and nxt is not None and nxt not in _SAYING_ENDS:
        return True  # '"...," he continued' says; "militias continued to infiltrate" does not
    if low in lx.object_speech and nxt is not None and nxt not in lx.published:
        return True  # "the ministry released figures" says; "the gang released detainees" does not
    # "has informed the Security Council and requested a meeting": no content ("according to
    # informed the Third Division", a translation's, still says)
    return low in lx.addressed and lows[k - 1] != "to" and not _told_what(lows, k, lx)


def _told_what(lows: tuple[str, ...], k: int, lx: _Lex) -> bool:
    """Whether a verb of telling someone has what it tells soon after: 'that', a colon, a
    quotation, or 'of' and a count ('informed the Commission of a further fourteen
    violations', 'informed UNIKOM of 17 incidents')."""
    window = lows[k + 1 : k + 14]
    if any(w in ("that", ":", '"', "“") for w in window):
        return True
    return any(
        w == "of" and any(x[:1].isdigit() or x in lx.counted for x in window[q + 1 : q + 5])
        for q, w in enumerate(window)
    )


def _opening_subject(lows: tuple[str, ...], k: int) -> tuple[int, int] | None:
    """The sentence's opening phrase up to its first comma, when one comes before k."""
    comma = next((q for q in range(1, min(k, 14)) if lows[q] == ","), None)
    return (0, comma) if comma else None


def _speech_frames(lows: tuple[str, ...], k: int, lx: _Lex) -> list[tuple[str, tuple[int, int]]]:
    """Speaker candidates of the speech verb at k, most likely first."""
    low = lows[k]
    prev = lows[k - 1] if k else ""
    if prev in ("to", "be", "been", "being", "was", "were", "is", "are"):
        return []  # "fighting was reported": passive, no speaker
    if k + 1 < len(lows) and lows[k + 1] == "by":
        return []
    if (
        k + 3 < len(lows)
        and lows[k + 1] in ("on", "in", "at", "via")
        and "by" in lows[k + 3 : k + 5]
        and not any(w in _STOP_MARKS for w in lows[k + 2 : lows.index("by", k + 3)])
    ):
        return []  # "a thread posted on X by @PNHDirCom": passive, its agent speaks
    if prev.endswith(("'s", "’s")) or prev in lx.determiners or prev in lx.modifier_openers:
        # "Translator's notes are in brackets", "These reports": a noun, no speech; "with
        # fixed bayonets": a participle describing a noun
        return []
    if k + 1 < len(lows) and lows[k + 1] in lx.noun_auxiliaries:
        return []  # "bracketed notes are the Digest's", "reports could not be verified"
    if _says_nothing(lows, k, lx):
        return []
    frames: list[tuple[str, tuple[int, int]]] = []
    after_quote = prev in ('"', "”", "“") or (prev == "," and k > 1 and lows[k - 2] in ('"', "”"))
    before = None if after_quote else _subject_before(lows, k, lx)
    if before and before[0] > 0 and lows[before[0] - 1] in lx.subordinators:
        return []  # "... since the government declared a state of emergency": no speech of it
    kind = "weak" if low in lx.record_verbs else "claimant"
    if (
        prev == "and"
        and (opening := _opening_subject(lows, k))
        # (not "The revolt broke out on Tuesday, when officers seized the palace and
        # announced ...": a clause between has a subject of its own)
        and not any(
            w in lx.subordinators or w in ("while", "which", "who") for w in lows[opening[1] : k]
        )
    ):
        # "A local commander, reached by telephone, denied it and said ...": a second
        # verb shares the sentence's subject
        frames.append((kind, opening))
    if before:
        frames.append((kind, before))
    back = k - 1
    while back > 0 and lows[back] in ("has", "had", "have", "also"):
        back -= 1
    inverted = back >= 0 and lows[back] == ","  # "..., has declared the deputy chief X"
    # (", announced in Peng Dehuai's name on 6 October, was broken": a participle, and
    # what follows it says how, not who)
    if (
        (not before or inverted)
        and k + 1 < len(lows)
        and lows[k + 1] not in lx.manner_openers
        and low not in lx.accusing  # ("..., accused the army of breaking ...": the accused)
    ):
        after = _object_after(lows, k + 1, lx)
        if after:
            frames.append((kind, after))
    if before and inverted:
        # "The Social Council, a body of elders from where Rada is based, announced":
        # the name before the apposition, tried last, should neither read as a speaker
        c = next((q for q in range(back - 1, max(0, back - 25), -1) if lows[q] == ","), None)
        outer = _subject_before(lows, c, lx) if c else None
        if outer:
            frames.append((kind, outer))
    if low in ("told", "tells") and k + 1 < len(lows):
        after = _object_after(lows, k + 1, lx)
        if after:
            frames.append(("audience", after))
    return frames


def _past_information(lows: tuple[str, ...], k: int, lx: _Lex) -> int:
    """'according to the information available to my Government', '... to figures from the
    health ministry': where the body whose information it is is named (k when no such
    words follow)."""
    j = k + (k < len(lows) and lows[k] in ("the", "official", "latest"))
    papers = lx.information
    if j + 1 < len(lows) and lows[j] not in papers and lows[j + 1] in papers:
        j += 1  # "the consolidated report of the Ministry of Public Health"
    if j < len(lows) and lows[j] in papers:
        for link in (
            ("available", "to"),
            ("provided", "by"),
            ("compiled", "by"),
            ("from",),
            ("of",),
        ):
            if lows[j + 1 : j + 1 + len(link)] == link:
                return j + 1 + len(link)
    return k


def _find_frames(
    lows: tuple[str, ...], lx: _Lex, lang: str, according: list[Match] | None = None
) -> list[tuple[str, tuple[int, int]]]:
    """('claimant' | 'relay', token range) frames found in a sentence (`according`: its
    'according to' phrases, when the caller found them)."""
    frames: list[tuple[str, tuple[int, int]]] = []
    for m in lx.according.find(lows) if according is None else according:
        rng = _object_after(
            lows, _past_information(lows, m.j, lx), lx, lx.titles if m.i == 0 else None
        )
        if not rng:
            continue
        a, b = rng
        if (
            b - a >= 2
            and lows[b - 2].endswith(("'s", "’s"))
            and lows[b - 1] in word_set(lang, "cues", "speech_nouns")
        ):
            rng = (a, b - 1)  # "according to Xinhua's account": Xinhua's
        kind = (
            "relay"
            if m.value in ("quoted by", "cited by", "as reported by", "reported by")
            else "claimant"
        )
        frames.append((kind, rng))
    for k, mark in enumerate(word_marks(lows, lang)):
        if not mark & _FRAME_VERB:
            continue  # (one bit for most words, where the two below take a lookup each)
        low = lows[k]
        if low in lx.relaying and (quoted := _quoted_as_saying(lows, k, lx)):
            frames.extend(quoted)
        elif low in lx.speech:
            frames.extend(_speech_frames(lows, k, lx))
    return frames


def _plausible(
    tokens: tuple[Token, ...], rng: tuple[int, int], lang: str
) -> tuple[int, int] | None:
    """The speaker phrase without leading time words; None when it reads as a clause."""
    i, j = rng
    lx = _LEX.get(lang)
    if tokens[i].low in ("in", "through", "via") and tokens[j - 1].low in word_set(
        lang, "attribution", "media_nouns"
    ):
        return None  # "in a statement (posted online)": the medium, not the speaker
    while i < j and tokens[i].low in lx.time_lead:
        i += 1
    # "The Director of Operations today issued ...": a time word after the name, too
    # ("Botswana on Wednesday accused ...": a day's name after its preposition)
    while (
        j - 1 > i
        and tokens[j - 1].low in lx.time_lead
        and (
            not tokens[j - 1].is_cap
            or (j - 2 > i and tokens[j - 2].low in word_set(lang, "grammar", "day_name_openers"))
        )
    ):
        j -= 1
    if i >= j:
        return None
    words = [t.low for t in tokens[i:j]]
    first = tokens[i]
    titles = lx.titles
    # "ministry spokesman Aram Torosyan": a named person with a title speaks
    titled = first.low in titles or (
        any(w in titles for w in words) and any(t.is_cap for t in tokens[i:j])
    )
    if not (first.is_cap or first.low in lx.openers or titled) or first.low in lx.clause_openers:
        return None
    if tokens[j - 1].low in lx.clause_openers or tokens[j - 1].low in lx.event_nouns:
        # "Incidents and reported fatalities", "the log lists attacks reported in ...":
        # a participle after an event, not a speaker
        return None
    if (
        j - i > 2
        and tokens[i + 1].low == "by"
        and first.low in word_set(lang, "attribution", "publisher_verbs")
    ):
        return None  # "Compiled by the unit from UNMOT reports ...": 'reports' is a noun
    if first.low in ("i", "we", "you"):  # a quote's own voice: who it is comes from outside
        return None  # "plus the Desk's own ...", "documents abuses": not a speaker phrase
    if j - i > 1 and any(w in lx.not_speaker for w in words):
        return None
    if any(_count_in_phrase(tokens, k, j) for k in range(i, j)):
        return None  # a count is no speaker ("6th Infantry Division", "5+5 Commission" are)
    return i, j


def _count_in_phrase(tokens: tuple[Token, ...], k: int, j: int) -> bool:
    """A number that counts something, not one inside a name ("the 5+5 Joint Commission")."""
    if not is_decimal(tokens[k].low.replace(",", "")):
        return False
    nxt = tokens[k + 1] if k + 1 < j else None
    named = nxt is not None and (nxt.text in ("+", "/", "-") or nxt.is_cap)
    return not (named and tokens[j - 1].is_cap)


def _party(
    tokens: tuple[Token, ...], rng: tuple[int, int], sentence: str, base: int, lx: _Lex
) -> Party:
    i, j = rng
    sub = tokens[i:j]
    mention = _text(sentence, tokens, i, j, base)
    # Remembered: a report names the same few speakers again and again. The phrase's text
    # with its tokens' texts and forms is all `_org_of` reads (the tokens tile the text, so
    # their places follow).
    k = (mention, tuple([t.text for t in sub]), tuple([t.low for t in sub]))
    name = lx.orgs.get(k)
    if name is None:
        if len(lx.orgs) > 4096:
            lx.orgs.clear()
        name = lx.orgs[k] = _org_of(sub, lx)
    return Party(name=name, mention=mention, type=party_type(name) or party_type(mention))  # type: ignore[arg-type]


def _all_frames(
    lows: tuple[str, ...], lx: _Lex, lang: str, according: list[Match] | None = None
) -> list[tuple[str, tuple[int, int]]]:
    """Every frame, with ', quoted by Radio Okapi,' hidden from the subject search (it sits
    inside the speaker's phrase) and read as a relay of its own."""
    if according is None:
        according = lx.according.find(lows)
    quoted = [m for m in according if m.value in ("quoted by", "cited by")]
    masked = lows
    if quoted:
        hidden = list(lows)
        for m in quoted:
            if m.i > 0 and lows[m.i - 1] == ",":
                rng = _object_after(lows, m.j, lx)
                end = rng[1] if rng else m.j
                if end < len(lows) and lows[end] == ",":
                    for q in range(m.i - 1, end + 1):
                        hidden[q] = "\x00"
        masked = tuple(hidden)
    frames = _find_frames(masked, lx, lang, according if masked is lows else None)
    for m in quoted:
        rng = _object_after(lows, m.j, lx) if masked[m.i] == "\x00" else None
        if rng:
            frames.append(("relay", rng))
    frames.sort(key=lambda f: f[0] == "weak")
    return frames


def _proper(tokens: tuple[Token, ...], rng: tuple[int, int]) -> bool:
    """A phrase that names someone: a capitalised word past its first, or an acronym
    ('UNMOs recorded ...')."""
    return any(t.is_cap for t in tokens[rng[0] + 1 : rng[1]]) or any(
        sum(c.isupper() for c in t.text) >= 2 for t in tokens[rng[0] : rng[1]]
    )


def _verbs_only(tokens: tuple[Token, ...], lows: tuple[str, ...], lx: _Lex) -> tuple[str, ...]:
    """The lower-case words with a capitalised speech verb inside the sentence hidden:
    'By States they were: ...', 'the Reports Unit' name no saying (a heading in capitals,
    'PDRY CLAIMS', still does)."""
    named = [
        k
        for k in range(1, len(lows))
        if tokens[k].is_cap and lows[k] in lx.speech and not tokens[k].text.isupper()
    ]
    if not named:
        return lows
    return tuple("\x00" if k in named else w for k, w in enumerate(lows))


def attribute(
    tokens: tuple[Token, ...],
    sentence: str,
    base: int,
    lang: str = "en",
    lows: tuple[str, ...] | None = None,
    according: list[Match] | None = None,
) -> Attribution:
    """Who the sentence itself names as asserting it (no inheritance from earlier sentences);
    `lows` are the tokens' lower-case forms and `according` the 'according to' phrases found
    in them, when the caller has them."""
    lx = _LEX.get(lang)
    if lows is None:
        lows = tuple([t.low for t in tokens])
    if _heading(tokens):
        return Attribution(None)  # "2. REGIONAL REPORTS": a section's title says nothing
    claimant: Party | None = None
    span: tuple[int, int] | None = None
    relays: list[Party] = []
    audience: list[Party] = []  # "told Addis Standard": relays, never the claimant
    weak: tuple[Party, tuple[int, int]] | None = None
    others: list[tuple[Party, tuple[int, int]]] = []
    for kind, raw in _all_frames(_verbs_only(tokens, lows, lx), lx, lang, according):
        rng = _plausible(tokens, raw, lang)
        if rng is None:
            continue
        quoted = next(
            (k for k in range(rng[0] + 1, rng[1] - 2)
             if lows[k] in lx.relaying and lows[k + 1] == "by"),
            None,
        )  # fmt: skip
        if quoted is not None:
            # "Hospital sources quoted by the daily El Watan put the toll at ...": the paper
            # relays the sources
            relays.append(_party(tokens, (quoted + 2, rng[1]), sentence, base, lx))
            rng = (rng[0], quoted)
        carried = next((k for k in range(rng[0] + 2, rng[1] - 1)
                        if lows[k] in lx.carriers and lows[k + 1] == "by"
                        and lows[k - 1] in lx.document_words), None)  # fmt: skip
        if carried is not None:
            # "A government statement broadcast by Radio Botswana said": the radio relays
            # what the government says
            relays.append(_party(tokens, (carried + 2, rng[1]), sentence, base, lx))
            owner = (rng[0], carried - 1)
            if not any(lows[k] in lx.heads and lows[k] not in lx.titles for k in range(*owner)):
                # ("A statement broadcast by Radio X", "an official statement carried by
                # the agency": no one named but the radio)
                continue
            rng = owner
        issued = next((k for k in range(rng[0] + 1, rng[1] - 2)
                       if lows[k] in lx.publishers and lows[k + 1] == "by"), None)  # fmt: skip
        if issued is not None:
            rng = (issued + 2, rng[1])  # "A statement issued by the army said": the army
        p = _party(tokens, rng, sentence, base, lx)
        if _is_document(p, lx) and (
            (rng[1] + 1 < len(tokens) and lows[rng[1] + 1] == ":") or rng[1] - rng[0] == 1
        ):
            continue  # "Codebook notes: ...", "Statement posted on ...": no speaker
        if kind == "audience":
            if p.type == "media" or (p.mention or "")[:1].isupper():
                audience.append(p)
        elif (
            kind == "weak"
            and p.type is None
            and not _proper(tokens, rng)
            and not is_anaphor(p, lang)
        ):
            continue  # "the camera registered no projectiles": a record verb needs a party
        elif kind == "relay" or (p.type == "media" and ("citing" in lows or "quoting" in lows)):
            relays.append(p)
        elif claimant is None:
            claimant, span = p, rng
        elif kind == "weak" and _is_document(claimant, lx) and weak is None:
            weak = (p, rng)
        else:
            others.append((p, rng))
    if weak is not None:
        # "The Turkish side registered three violations, the bulletin said": the bulletin
        # carries the count of the party that registered it
        claimant, span = weak
    if claimant is None and relays:
        claimant, relays = relays[0], relays[1:]
    return Attribution(claimant, (*relays, *audience), claimant is not None, span, tuple(others))


def _heading(tokens: tuple[Token, ...]) -> bool:
    """A short line of capitals ('REGIONAL REPORTS', '3. FINDINGS')."""
    if len(tokens) > 8:
        return False
    words = [t.text for t in tokens if t.text.isalpha()]
    return 0 < len(words) <= 5 and all(w.isupper() for w in words)


def _is_document(p: Party, lx: _Lex) -> bool:
    words = (p.mention or p.name).lower().rsplit(None, 1)  # (the last word is enough)
    return bool(words) and words[-1] in lx.document_words


def is_anaphor(party: Party, lang: str = "en") -> bool:
    """Whether a speaker phrase only points back ("the ministry", "he", "its spokesman").
    (Remembered, a report repeating its speakers, in a plain dict: see `party_type`.)"""
    k = (party.mention or party.name, party.mention, lang)
    got = _ANAPHORS.get(k)
    if got is None:
        if len(_ANAPHORS) > 4096:
            _ANAPHORS.clear()
        got = _ANAPHORS[k] = _anaphoric(k[0], party.mention, lang)
    return got


_ANAPHORS: Final[dict[tuple[str, str | None, str], bool]] = {}


def _anaphoric(phrase: str, mention: str | None, lang: str) -> bool:
    """`is_anaphor` by the party's words."""
    lx = _LEX.get(lang)
    words = tuple([w.lower() for w in re.findall(r"[\w'’-]+", phrase)])
    if not words:
        return True
    m = lx.anaphors.at(words, 0)
    if m is not None and (m.j == len(words) or words[0] in ("its", "his", "her", "their")):
        return True
    return (m is not None and m.j == len(words)) or (
        len(words) <= 2
        and words[0] in ("the", "it", "he", "she", "they")
        and not any(c.isupper() for c in (mention or "")[1:])
    )


def spelling(word: str) -> str:
    """One spelling for British and American forms of a body's word ('centre', 'center')."""
    return word[:-2] + "er" if word.endswith("re") and len(word) > 4 else word


def resolve(party: Party, history: Sequence[Party], lang: str = "en") -> Party:
    """An anaphoric speaker replaced by the last named party it fits; others unchanged."""
    words = _lower_words(party.mention or party.name)
    definite = bool(words) and words[0] == "the"
    if 2 <= len(words) <= 3 and definite:
        # "the Tracker", "the news agency": the body named before whose name ends so
        for prev in reversed(history):
            name = _lower_words(prev.name)
            if len(name) > len(words) - 1 and name[-1] == words[-1] and set(words[1:]) <= set(name):
                return _as_said(prev, party)
    if len(words) == 1 and (party.mention or party.name)[:1].isupper():
        # "Zhuravlev added": the body the person was named for ("the centre's deputy head,
        # Rear Admiral Oleg Zhuravlev")
        for prev in reversed(history):
            said = _said_words(prev.mention or "")
            if len(said) > 1 and words[0] in said and prev.name.lower() != words[0]:
                return _as_said(prev, party)
    if definite and len(words) > 2 and words[1].endswith(("'s", "’s")):
        # "the centre's deputy head, Rear Admiral Oleg Zhuravlev": the body named before
        owner = spelling(words[1][:-2])
        for prev in reversed(history):
            if owner in {spelling(w) for w in prev.name.lower().split()}:
                return _as_said(prev, party)
    if not is_anaphor(party, lang) or not history:
        return party
    head = words[-1]
    if head in ("he", "she", "him", "her"):
        # a person: the last party named through one of its people ("spokeswoman X")
        lx = _LEX.get(lang)
        for prev in reversed(history):
            if any(w.strip(",") in lx.titles for w in _lower_words(prev.mention or "")):
                return _as_said(prev, party)
    for prev in reversed(history):  # "the ministry": the last party called a ministry
        if head in _lower_words(prev.name) or head in _lower_words(prev.mention or ""):
            return _as_said(prev, party)
    kind = party_type(party.mention or party.name, lang) if definite else None
    if kind and head not in _LEX.get(lang).titles and kind != (history[-1].type or kind):
        # "the mission" is the last monitor named; "the army" after a UN mission alone, an army
        same = next((prev for prev in reversed(history) if prev.type == kind), None)
        return _as_said(same, party) if same else party
    return _as_said(history[-1], party)


def _lower_words(phrase: str) -> tuple[str, ...]:
    """`phrase.lower().split()`, remembered: `resolve` reads the names of a report's
    speakers again at every sentence that points back to one."""
    got = _LOWER_WORDS.get(phrase)
    if got is None:
        if len(_LOWER_WORDS) > 100_000:
            _LOWER_WORDS.clear()
        got = _LOWER_WORDS[phrase] = tuple(phrase.lower().split())
    return got


def _said_words(mention: str) -> tuple[str, ...]:
    """A speaker's words as said, without the commas and stops around them."""
    got = _SAID_WORDS.get(mention)
    if got is None:
        if len(_SAID_WORDS) > 100_000:
            _SAID_WORDS.clear()
        got = _SAID_WORDS[mention] = tuple([w.strip(",.") for w in _lower_words(mention)])
    return got


_LOWER_WORDS: Final[dict[str, tuple[str, ...]]] = {}
_SAID_WORDS: Final[dict[str, tuple[str, ...]]] = {}


def _as_said(named: Party, pointer: Party) -> Party:
    """The party named before, called as the pointing phrase calls it."""
    return Party(named.name, pointer.mention, named.type, named.aliases)


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines: 'the Syrian Democratic Forces (SDF)' -> {'SDF': 'Syrian Democratic Forces'}."""
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        ac = m.group(1)
        window = text[max(0, m.start() - 120) : m.start()]
        # the name ends no further back than the line or the label it sits in
        window = re.split(r"\n|: ", window)[-1]
        before = window.split()
        letters = [c for c in ac if c.isupper()]
        words: list[str] = []
        for w in reversed(before):
            words.insert(0, w)
            # an acronym inside the name gives all its letters ("UN Mission ... (UNMOT)")
            caps = sum(
                sum(c.isupper() for c in x) if x.isupper() else x[:1].isupper() for x in words
            )
            if caps >= len(letters):
                break
        else:
            # too few capitals: a name in a language that writes its words small ("Front
            # pour la restauration de l'unité et de la démocratie (FRUD)"), by initials
            words = _by_initials(before, "".join(letters).lower())
        name = " ".join(words).strip(" ,")
        name = re.sub(r"^(?:the|The)\s+", "", name)
        if name and any(len(w) > 1 and w.isupper() for w in words) and not _spells(words, letters):
            # "MAJ. CARON (CF):" names the speaker's body after the speaker (a name in another
            # language, "Free Aceh Movement (GAM)", need not spell it): its full name is the
            # capitalised run elsewhere whose initials spell it ("Canadian Forces")
            name = " ".join(_initials_elsewhere(text, "".join(letters).lower()))
        if name:
            out[ac] = name
    return out


def _spells(words: list[str], letters: list[str]) -> bool:
    """Whether the acronym's letters come in order among the name's capitals (a word in
    capitals gives all its letters: 'UN Mission of Observers in Tajikistan' spells UNMOT)."""
    caps = "".join(fold(w) if w.isupper() else fold(w[:1]) for w in words if w[:1].isupper())
    it = iter(caps)
    return all(c.lower() in it for c in letters)


def _initials_elsewhere(text: str, letters: str) -> list[str]:
    """The first capitalised words in the text whose initials, small words aside, spell the
    letters ('Sûreté du Québec' for SQ)."""
    small = word_set("en", "attribution", "name_joiners")
    for m in _CAPITALISED_RUN.get("en").finditer(text):
        words = m.group(0).split()
        heads = [k for k, w in enumerate(words) if w.lower() not in small]
        for a in range(len(heads) - len(letters) + 1):
            span = heads[a : a + len(letters)]
            if "".join(fold(words[k][:1]) for k in span) == letters:
                return words[span[0] : span[-1] + 1]
    return []


def _capitalised_run(lang: str) -> re.Pattern[str]:
    """Capitalised words in a run, with the small words of grammar.json's
    capitalised_run_joiners between them ('Sûreté du Québec')."""
    joiners = "|".join(re.escape(w) for w in load(lang, "grammar")["capitalised_run_joiners"])
    return re.compile(
        rf"[A-Z\u00c0-\u00de][\w'’-]*(?:\s+(?:(?:{joiners})\s+)*[A-Z\u00c0-\u00de][\w'’-]*)+"
    )


_CAPITALISED_RUN: Final = PerLanguage(_capitalised_run)


def _by_initials(before: list[str], letters: str) -> list[str]:
    """The words ending the list whose initials, small words aside, spell the letters."""
    small = word_set("en", "attribution", "name_joiners")
    for a in range(len(before) - 1, -1, -1):
        heads = [w.split("'")[-1].lower() for w in before[a:]]
        initials = "".join(h[:1] for h in heads if h and h not in small)
        if initials == letters and before[a][:1].isupper():
            return before[a:]
        if len(initials) > len(letters):
            break
    return []


def named_source(
    tokens: tuple[Token, ...], sentence: str, base: int, lang: str = "en"
) -> Party | None:
    """The first organisation a line names, by capitalised words around a party noun
    ('Summary received by the Special Monitoring Mission to Ukraine'), for reports whose
    source is their author rather than a speaker."""
    lx = _LEX.get(lang)
    months = load(lang, "dates")["months"]
    i, n = 0, len(tokens)

    def dated(k: int) -> bool:
        """'27 August', 'August 27': a date's month, no name's word (a name's: 'March 23
        Movement')."""
        if tokens[k].low not in months:
            return False
        if k > 0 and tokens[k - 1].text.isdigit():
            return True
        return (
            k + 1 < n and tokens[k + 1].text.isdigit() and not (k + 2 < n and tokens[k + 2].is_cap)
        )

    while i < n:
        if not tokens[i].is_cap or dated(i):
            i += 1
            continue
        j = i + 1
        while j < n:
            # "Border Service of the State Committee ...": small words between capitals
            k = j
            while k < min(n, j + 2) and tokens[k].low in lx.joiners:
                k += 1
            if k == j and k + 1 < n and tokens[k].text.isdigit() and tokens[k + 1].is_cap:
                k += 1  # "Region 4 Forward Command", "Task Force 2 Headquarters"
            if not (k < n and tokens[k].is_cap) or dated(k):
                break
            j = k + 1
        phrase = sentence[tokens[i].start - base : tokens[j - 1].end - base]
        if tokens[i].low == "operation":  # "Operation Revenge" names an operation, not its author
            i = j
            continue
        kind = party_type(phrase, lang)
        if (
            kind in ("monitor", "military", "government", "armed_group", "ngo")
            and not (j - i == 1 and tokens[i].low in lx.heads and not tokens[i].text.isupper())
            and not _acting(tokens, i, j, lang)
        ):
            return Party(_org_of(tokens[i:j], lx), phrase, kind)  # type: ignore[arg-type]
        i = j
    return None


def _acting(tokens: tuple[Token, ...], i: int, j: int, lang: str) -> bool:
    """'an IED detonated under a UN vehicle', 'FAMa and Wagner forces raided the village': a
    body named as what was hit or as who struck (a name before a noun after 'a', or after
    or before a verb of attack a few words off) is no source of the report."""
    n = len(tokens)
    if i > 0 and tokens[i - 1].low in ("a", "an") and j < n and not tokens[j].is_cap:
        return True
    verbs = word_set(lang, "cues", "attack_verbs")
    # ("gunmen attacked the Government House", "fired on the Press House": what was hit)
    for k in range(i - 1, max(-1, i - 4), -1):
        if tokens[k].low in verbs and tokens[k].low.endswith("ed"):  # (not "after the attacks")
            return True
        if not tokens[k].text.isalpha() or tokens[k].is_cap:
            break
    # (not "Northern Command 12 attacks logged": a count's noun)
    return any(
        tokens[k].low in verbs and not tokens[k - 1].text[:1].isdigit()
        for k in range(j, min(n, j + 3))
    )
