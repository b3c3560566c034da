"""Stage 2e: cue words — what a sentence talks about (violations, casualties, truces...).

Finding only: every lexicon phrase of every category, with its token range.
Deciding which cues make a claim is `claims`' job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from truceline.extract.places import zone_words
from truceline.lexicon import PerLanguage, gate, load, word_marks, word_set
from truceline.text.tokens import Match, MultiMatcher, Token

CATEGORIES: Final = (
    "violation_nouns", "explosion_nouns", "settlement_nouns", "munition_nouns", "measure_nouns", "attack_verbs",
    "attack_nouns", "record_verbs", "killed", "injured", "casualties", "no_casualties", "persons",
    "toll_words", "operation_nouns", "operation_verbs", "agreement_nouns", "agreement_verbs",
    "negations", "zero_phrases", "hedges", "denials", "retaliation", "part_openers", "generic_fighting", "violation_verbs", "impact_verbs", "background_markers", "speech_verbs",
    "speech_nouns", "trend_verbs", "entry_verbs", "capture_verbs", "unopposed", "quiet_nouns",
    "occurrence_verbs",
)  # fmt: skip


@dataclass(frozen=True, slots=True, init=False)
class Cues:
    """Cue matches of one sentence by category; `methods` / `outcomes` carry their value;
    `phrases` are the other stages' phrase lists (`PHRASE_LISTS`), found in the same pass
    over the whole sentence (a clause keeps them whole, as those stages read them)."""

    by: dict[str, tuple[Match, ...]]
    methods: tuple[Match, ...]
    outcomes: tuple[Match, ...]
    phrases: dict[str, list[Match]]

    def __init__(  # (written out for speed: see truceline.model)
        self,
        by: dict[str, tuple[Match, ...]],
        methods: tuple[Match, ...],
        outcomes: tuple[Match, ...],
        phrases: dict[str, list[Match]] | None = None,
    ) -> None:
        object.__setattr__(self, "by", by)
        object.__setattr__(self, "methods", methods)
        object.__setattr__(self, "outcomes", outcomes)
        object.__setattr__(self, "phrases", {} if phrases is None else phrases)

    def phrase(self, name: str) -> list[Match]:
        """The matches of one of `PHRASE_LISTS` (longest, non-overlapping, left to right)."""
        return self.phrases.get(name, [])

    def has(self, category: str) -> bool:
        return bool(self.by.get(category))

    def within(self, a: int, b: int) -> Cues:
        """The cues of tokens a..b only (a clause of the sentence)."""
        return Cues(
            {c: tuple(m for m in ms if a <= m.i < b) for c, ms in self.by.items()},
            tuple(m for m in self.methods if a <= m.i < b),
            tuple(m for m in self.outcomes if a <= m.i < b),
            self.phrases,
        )

    def at(self, category: str, i: int) -> Match | None:
        """The match of `category` starting at token i."""
        for m in self.by.get(category, ()):  # (a category has a match or two at most)
            if m.i == i:
                return m
        return None

    def first(self, category: str, default: int) -> int:
        """The token the earliest match of `category` starts at, `default` when none."""
        found = self.by.get(category, ())
        return min([m.i for m in found]) if found else default

    def covering(self, category: str, i: int) -> Match | None:
        for m in self.by.get(category, ()):
            if m.i <= i < m.j:
                return m
        return None


def _make_matcher(lang: str) -> MultiMatcher:
    d = load(lang, "cues")
    lists: dict[str, list[tuple[str, str]]] = {c: [(w, w) for w in d[c]] for c in CATEGORIES}
    lists["_methods"] = [(w, name) for name, words in d["methods"].items() for w in words]
    lists["_outcomes"] = [(w, name) for name, words in d["outcomes"].items() for w in words]
    lists["_not_attacks"] = [(w, w) for w in d["not_attacks"]]  # "brush fires", "fire teams"
    lists["_noun_verbs"] = [(w, w) for w in d["noun_verbs"]]  # "aircraft bomb X positions"
    # what says a report is about armed conflict at all (topic.json)
    lists["conflict_words"] = [(w, w) for w in load(lang, "topic")["conflict_words"]]
    lists["_months"] = [(w, w) for w in word_set(lang, "dates", "months")]  # (single words)
    for name, phrases in _phrase_lists(lang).items():
        lists[name] = phrases
    return MultiMatcher(lists)


_MATCHER: Final = PerLanguage(_make_matcher)
# (`word_marks`: the words a cue phrase opens with, and those of 'no one' and 'nobody')
_PHRASE_FIRST: Final = gate(lambda lang: _MATCHER.get(lang).firsts())
_NO: Final = gate(lambda lang: ("no", "nobody"))


# The phrase lists other stages look a whole sentence up in, matched in the cues' pass:
# 'according to' (speakers), zones named by common nouns (places), and the periods' words.
PHRASE_LISTS: Final[tuple[str, ...]] = (
    "@according_to", "@zones", "@same_period", "@declared_period", "@days_after", "@days_later",
)  # fmt: skip


def _phrase_lists(lang: str) -> dict[str, list[tuple[str, str]]]:
    att, dates = load(lang, "attribution"), load(lang, "dates")
    return {
        "@according_to": [(w, w) for w in att["according_to"]],
        "@zones": [(w, w) for w in zone_words(lang)],
        "@same_period": [(w, w) for w in dates["same_period"]],
        "@declared_period": [(w, w) for w in dates["declared_period"]],
        "@days_after": [
            *((w, str(n)) for w, n in dates["days_after"].items()),
            *((w, "morning") for w in dates["mornings_after"]),
        ],
        "@days_later": [(w, w) for w in dates["days_later_words"]],
    }


def find_cues(
    tokens: tuple[Token, ...],
    lang: str = "en",
    lows: tuple[str, ...] | None = None,
    text: str | None = None,
) -> Cues:
    """Every cue phrase of every category in a sentence's tokens (`lows`: their lower-case
    forms, and `text` the sentence, when the caller has them)."""
    if lows is None:
        lows = tuple([t.low for t in tokens])
    marks = word_marks(lows, lang)
    found = _MATCHER.get(lang).find(lows, marks, _PHRASE_FIRST)
    phrases = {name: _take(found, name) for name in PHRASE_LISTS if name in found}
    # a month is no modal verb ("TEL AVIV, May 18 -" hedges nothing)
    if _take(found, "_months"):
        months = word_set(lang, "dates", "months")
        found = {c: [m for m in ms if not _dated(tokens, m, months)] for c, ms in found.items()}
    if not found.get("conflict_words") and "attack_verbs" in found:
        # "96 trucks crossed into Darfur": crossing is an incursion only when armed men cross
        moves = word_set(lang, "cues", "unarmed_movement")
        found["attack_verbs"] = [m for m in found["attack_verbs"] if m.value not in moves]
    if "attack_verbs" in found and (text is None or "-" in text or "–" in text):
        # "Army FC beat Police FC 2-1": a match's score after the verb, no attack
        found["attack_verbs"] = [m for m in found["attack_verbs"] if not _scored(lows, m.j)]
    if "killed" in found and "lives" in lows:  # "cost three lives", not "lives on the coast"
        found["killed"] = [m for m in found["killed"] if not _lives_alone(lows, m, lang)]
    nobody = found.setdefault("no_casualties", [])
    if any(m & _NO for m in marks):  # (most sentences: no 'no' nor 'nobody')
        nobody.extend(_none_of_kind(tokens, nobody, lang))
    truce = {k for m in found.get("agreement_nouns", ()) for k in range(m.i, m.j)}
    truce.update(k for m in _take(found, "_not_attacks") for k in range(m.i, m.j))
    if truce:  # "the cease to the fire", "brush fires": the fire of these is no attack
        for cat in ("attack_nouns", "attack_verbs"):
            if cat in found:
                found[cat] = [m for m in found[cat] if m.i not in truce]
    if "_noun_verbs" in found:
        verbs = _noun_verbs(tokens, _take(found, "_noun_verbs"), lang)
        if verbs:
            found["attack_verbs"] = sorted([*found.get("attack_verbs", ()), *verbs], key=_order)
    methods = _take(found, "_methods")
    if text is None or "-" in text or "'" in text or "’" in text:
        methods.extend(_hyphened_methods(tokens, methods, lang))  # (most sentences: neither)
    outcomes = tuple(_take(found, "_outcomes"))
    return Cues(
        {c: tuple(ms) for c, ms in found.items()},
        tuple(sorted(methods, key=_order) if len(methods) > 1 else methods),
        outcomes,
        phrases,
    )


def _scored(lows: tuple[str, ...], j: int) -> bool:
    """Whether a match's score ('2-1', '3–0') follows within four words of token j."""
    return any(
        len(lows[k]) <= 2
        and lows[k].isdecimal()
        and lows[k + 1] in ("-", "–")
        and len(lows[k + 2]) <= 2
        and lows[k + 2].isdecimal()
        for k in range(j, min(j + 4, len(lows) - 2))
    )


def _lives_alone(lows: tuple[str, ...], m: Match, lang: str) -> bool:
    """Whether a bare 'lives' has no word of taking life within a few words before or after
    it ('cost three lives', 'lives were lost'): then it is the verb or a life, not a toll."""
    if m.j - m.i != 1 or lows[m.i] != "lives":
        return False
    words = word_set(lang, "grammar", "life_taking_words")
    return not any(lows[k] in words for k in range(max(0, m.i - 4), min(len(lows), m.i + 4)))


def _take(found: dict[str, list[Match]], name: str) -> list[Match]:
    """`found.pop(name, [])`, which the compiled build would call through Python."""
    got = found.get(name)
    if got is None:
        return []
    del found[name]
    return got


def _order(m: Match) -> tuple[int, int, str]:
    return m.i, m.j, m.value


def _hyphened_methods(tokens: tuple[Token, ...], found: list[Match], lang: str) -> list[Match]:
    """'drone-dropped explosives', 'rocket-propelled grenades', 'mortar-fire': a means named
    by the first part of a hyphened word; 'a sniper's bullet': by a possessive's noun."""
    words = _METHOD_WORDS.get(lang)
    taken = {m.i for m in found}
    out: list[Match] = []
    for k, t in enumerate(tokens):
        stem = _possessed(t.low) if "-" not in t.low else t.low.split("-", 1)[0]
        if stem != t.low and k not in taken and stem in words:
            out.append(Match(k, k + 1, words[stem]))
    return out


def _possessed(low: str) -> str:
    """'sniper's' -> 'sniper', 'snipers'' -> 'snipers'; other words as they are."""
    for mark in ("'s", "’s", "'", "’"):
        if low.endswith(mark) and len(low) > len(mark):
            return low[: -len(mark)]
    return low


def _noun_verbs(tokens: tuple[Token, ...], found: list[Match], lang: str) -> list[Match]:
    """'Vietnamese aircraft bomb Khmer Rouge positions', 'rebel gunners shell the town': a
    weapon's noun is the verb of an armed plural before it, when what it hits follows (a
    name or a determiner; not 'artillery shells fell')."""
    subjects = word_set(lang, "cues", "armed_subjects")
    objects = word_set(lang, "cues", "noun_verb_objects")
    n = len(tokens)
    return [
        Match(m.i, m.j, m.value)
        for m in found
        if m.i > 0 and tokens[m.i - 1].low in subjects and m.j < n
        and (tokens[m.j].is_cap or tokens[m.j].low in objects)
    ]  # fmt: skip


def _read_method_words(lang: str) -> dict[str, str]:
    return {
        w: name for name, ws in load(lang, "cues")["methods"].items() for w in ws if " " not in w
    }


_METHOD_WORDS: Final = PerLanguage(_read_method_words)


def _read_hurt_words(lang: str) -> frozenset[str]:
    return word_set(lang, "cues", "killed") | word_set(lang, "cues", "injured")


_HURT_WORDS: Final = PerLanguage(_read_hurt_words)


def _none_of_kind(tokens: tuple[Token, ...], found: list[Match], lang: str) -> list[Match]:
    """'no coalition casualties', 'no civilian deaths': the lexicon's 'no casualties' with a
    word between; 'No officers were injured', 'no civilians were killed': nobody of a group;
    'no one hurt', 'nobody killed': the same said tersely."""
    if not any(t.low in ("no", "nobody") for t in tokens):
        return []
    words = word_set(lang, "cues", "no_casualty_nouns")
    hurt = _HURT_WORDS.get(lang)
    taken = {k for m in found for k in range(m.i, m.j)}
    out = [
        Match(k, k + 3, " ".join(t.low for t in tokens[k : k + 3]))
        for k in range(len(tokens) - 2)
        if tokens[k].low == "no" and tokens[k + 2].low in words and k not in taken
        and tokens[k + 1].low.isalpha()
    ]  # fmt: skip
    out += [
        Match(k, k + 4, " ".join(t.low for t in tokens[k : k + 4]))
        for k in range(len(tokens) - 3)
        if tokens[k].low == "no" and k not in taken and tokens[k + 1].low.isalpha()
        and tokens[k + 2].low in ("were", "was") and tokens[k + 3].low in hurt
    ]  # fmt: skip
    for k, t in enumerate(tokens):
        if t.low == "nobody":
            j = k + 1
        elif t.low == "no" and k + 1 < len(tokens) and tokens[k + 1].low == "one":
            j = k + 2
        else:
            continue
        if j < len(tokens) and k not in taken and tokens[j].low in hurt:
            out.append(Match(k, j + 1, " ".join(x.low for x in tokens[k : j + 1])))
    return out


def nobody(cues: Cues, lang: str = "en") -> tuple[bool, bool]:
    """Whether the sentence says nobody was killed, and whether nobody was hurt: 'no
    casualties' and 'no losses' say both, 'no one was hurt' only the second, 'no deaths'
    only the first."""
    hurt = word_set(lang, "cues", "injured")
    dead = word_set(lang, "cues", "killed")
    killed = injured = False
    for m in cues.by.get("no_casualties", ()):
        words = set(m.value.split())
        if words & hurt and not words & dead:
            injured = True
        elif words & dead and not words & hurt:
            killed = True
        else:
            killed = injured = True
    return killed, injured


def _dated(tokens: tuple[Token, ...], m: Match, months: frozenset[str]) -> bool:
    """A capitalised month name next to a day number is a date ("May 18", "18 May")."""
    if m.j != m.i + 1 or not tokens[m.i].is_cap or tokens[m.i].low not in months:
        return False
    near = [tokens[k].text for k in (m.i - 1, m.i + 1) if 0 <= k < len(tokens)]
    return any(w[:1].isdigit() for w in near)
