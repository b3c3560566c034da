"""The scorer against hand-made gold and predictions with known scores."""

from __future__ import annotations

from dataclasses import replace

import pytest

from truceline.evaluate import below_floors, fold, location_agrees, score, score_document
from truceline.model import Claim, Count, Document, Envelope, Location, Party, Period, Span

EV = (Span(0, 4, "text"),)
DAY = Period("2019-08-14", "2019-08-14")
MOD = Party("Russian Defence Ministry", "the ministry", "military", ("Russian MoD",))
IDLIB = Location("Idlib province", "Idlib", "at", "admin1", "SY", "Idlib")


def tally(value: int = 15, **kw: object) -> Claim:
    base = Claim(
        kind="violation_tally",
        evidence=EV,
        id="c1",
        count=Count(value),
        period=DAY,
        locations=(IDLIB,),
        claimant=MOD,
    )
    return replace(base, **kw)


def env(*claims: Claim, doc_id: str = "d1") -> Envelope:
    return Envelope(Document("text", id=doc_id), tuple(claims))


def one(gold: Envelope, pred: Envelope):
    return score([(gold, pred)])


def test_perfect_match_scores_one_everywhere():
    r = one(env(tally()), env(tally()))
    assert (r.overall.precision, r.overall.recall, r.overall.f1) == (1.0, 1.0, 1.0)
    fields = {f.name: (f.correct, f.n) for f in r.fields}
    assert fields["claimant"] == (1, 1)
    assert fields["period"] == (1, 1)
    assert fields["admin1"] == (1, 1)
    assert fields["count.qualifier"] == (1, 1)
    # fields the gold leaves empty are not scored
    assert fields["methods"] == (0, 0)
    assert fields["outcome"] == (0, 0)
    assert fields["killed"] == (0, 0)


def test_wrong_kind_never_matches():
    r = one(env(tally()), env(tally(kind="incident")))
    assert r.overall.matched == 0
    assert (r.overall.predicted, r.overall.gold) == (1, 1)
    doc = r.docs[0]
    assert len(doc.misses) == 1 and len(doc.extras) == 1
    kinds = dict(r.per_kind)
    assert kinds["violation_tally"].recall == 0.0
    assert kinds["incident"].precision == 0.0


def test_wrong_count_value_does_not_match():
    assert one(env(tally(15)), env(tally(16))).overall.matched == 0


def test_count_unit_matters_only_for_settlements_and_explosions():
    settle = tally(count=Count(8, unit="settlement"))
    assert one(env(settle), env(tally(count=Count(8)))).overall.matched == 0
    other = tally(count=Count(8, unit="other"))
    assert one(env(tally(8)), env(other)).overall.matched == 1


def test_gold_without_count_accepts_any_count():
    assert one(env(tally(count=None)), env(tally(3))).overall.matched == 1


@pytest.mark.parametrize(
    "pred",
    [
        Location("Idleb", "Idleb"),  # alias
        Location("IDLIB"),  # case
        Location("al-Idlib"),  # prefix folding
        Location("Idlibb"),  # similarity >= 0.85
    ],
)
def test_location_agreement(pred):
    gold = replace(IDLIB, aliases=("Idleb",))
    assert location_agrees(gold, pred)


def test_location_by_accents_and_hyphens():
    gold = Location("Ma'arrat al-Numan", "Maarat an-Numan")
    assert location_agrees(Location("Maarat An Numan"), Location("Maarat An Numan"))
    assert location_agrees(gold, Location("Máarat-an-Numan"))
    assert fold("Ḥayyān al-Ṣūr") == fold("hayyan Sur")


def test_location_within_25_km_agrees_and_farther_does_not():
    masyaf = Location("Masyaf", "Masyaf", precision="settlement", lat=35.07, lon=36.34)
    near = Location("Wadi al-Oyoun", "Wadi al-Oyoun", lat=35.0, lon=36.2)  # ~15 km
    far = Location("Latakia", "Latakia", lat=35.52, lon=35.79)  # ~70 km
    assert location_agrees(masyaf, near)
    assert not location_agrees(masyaf, far)


def test_location_same_geonameid_agrees():
    a = Location("x", "Alpha", geonameid=170063)
    b = Location("y", "Omega", geonameid=170063)
    assert location_agrees(a, b)


def test_anchor_is_first_at_location_not_first_listed():
    origin = Location("Berd", "Berd", role="origin")
    tovuz = Location("Tovuz district", "Tovuz", role="at")
    gold = tally(locations=(origin, tovuz))
    assert one(env(gold), env(tally(locations=(Location("Tovuz"),)))).overall.matched == 1
    assert one(env(gold), env(tally(locations=(Location("Berd"),)))).overall.matched == 0


def test_missing_location_or_period_does_not_match():
    assert one(env(tally()), env(tally(locations=()))).overall.matched == 0
    assert one(env(tally()), env(tally(period=None))).overall.matched == 0


def test_overlapping_period_matches_but_period_field_is_wrong():
    week = Period("2019-08-10", "2019-08-16")
    r = one(env(tally()), env(tally(period=week)))
    assert r.overall.matched == 1
    assert {f.name: (f.correct, f.n) for f in r.fields}["period"] == (0, 1)
    later = Period("2019-08-15", "2019-08-16")
    assert one(env(tally()), env(tally(period=later))).overall.matched == 0


def test_optional_gold_is_left_out_of_both_counts():
    gold = env(tally(15), tally(68, id="c2", optional=True))
    r = one(gold, env(tally(15), tally(68)))
    assert (r.overall.matched, r.overall.predicted, r.overall.gold) == (1, 1, 1)
    assert r.overall.f1 == 1.0
    # an optional claim not extracted is not a miss either
    r = one(gold, env(tally(15)))
    assert (r.overall.matched, r.overall.predicted, r.overall.gold) == (1, 1, 1)
    assert r.docs[0].misses == ()


def test_optional_gold_never_takes_a_prediction_a_required_claim_could_have():
    required = tally(claimant=None, id="c1")
    optional = tally(id="c2", optional=True)  # agrees on more fields (claimant)
    r = one(env(required, optional), env(tally()))
    assert (r.overall.matched, r.overall.predicted, r.overall.gold) == (1, 1, 1)


def test_precision_and_recall_with_counts():
    gold = env(tally(1, id="c1"), tally(2, id="c2"), tally(3, id="c3"), tally(4, id="c4"))
    pred = env(tally(1), tally(2), tally(3), tally(9), tally(10))
    r = one(gold, pred)
    assert (r.overall.matched, r.overall.predicted, r.overall.gold) == (3, 5, 4)
    assert r.overall.precision == pytest.approx(0.6)
    assert r.overall.recall == pytest.approx(0.75)
    assert r.overall.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)


def test_matching_is_one_to_one_and_prefers_more_agreeing_fields():
    gold = env(tally(claimant=MOD))
    weak = tally(claimant=None, period=Period("2019-08-01", "2019-08-31"))
    strong = tally()
    doc = score_document(gold, env(weak, strong))
    assert len(doc.pairs) == 1
    assert doc.pairs[0].pred is strong
    assert doc.extras == (weak,)


def test_claimant_by_containment_of_name_or_alias():
    said = Party("Russian MoD spokesman Igor Konashenkov", None, "military")
    r = one(env(tally()), env(tally(claimant=said)))
    assert {f.name: (f.correct, f.n) for f in r.fields}["claimant"] == (1, 1)
    wrong = Party("Syrian Observatory for Human Rights")
    r = one(env(tally()), env(tally(claimant=wrong)))
    assert {f.name: (f.correct, f.n) for f in r.fields}["claimant"] == (0, 1)


def test_field_accuracies_on_matched_pairs():
    gold = replace(
        tally(),
        kind="incident",
        count=None,
        methods=("artillery",),
        outcome="repelled",
        killed=Count(7, unit="person"),
        injured=Count(0, unit="person"),
    )
    pred = replace(
        gold,
        methods=("artillery", "mortar"),
        outcome="intercepted",
        killed=Count(7, "approximate", "person"),
        injured=None,
        locations=(replace(IDLIB, admin1="Hama"),),
    )
    r = one(env(gold), env(pred))
    got = {f.name: (f.correct, f.n) for f in r.fields}
    assert got["methods"] == (1, 1)
    assert got["outcome"] == (0, 1)
    assert got["killed"] == (1, 1)
    assert got["injured"] == (0, 1)
    assert got["admin1"] == (0, 1)
    assert got["count.qualifier"] == (0, 0)


def test_count_qualifier_accuracy():
    gold = tally(count=Count(30, "approximate"))
    r = one(env(gold), env(tally(count=Count(30, "at_least"))))
    assert {f.name: (f.correct, f.n) for f in r.fields}["count.qualifier"] == (0, 1)


def test_documents_are_scored_separately():
    r = score([(env(tally(), doc_id="a"), env(doc_id="a")),
               (env(doc_id="b"), env(tally(), doc_id="b"))])  # fmt: skip
    assert (r.overall.matched, r.overall.predicted, r.overall.gold) == (0, 1, 1)


def test_empty_everything_is_zero_not_an_error():
    r = score([(env(), env())])
    assert (r.overall.precision, r.overall.recall, r.overall.f1) == (0.0, 0.0, 0.0)
    assert all(f.accuracy is None for f in r.fields)


def test_floors():
    r = one(env(tally(), tally(3, id="c2")), env(tally()))
    figures = r.figures()
    assert figures["recall"] == 0.5
    assert below_floors(figures, {"f1": 0.0, "recall": 0.5}) == []
    assert [name for name, _, _ in below_floors(figures, {"recall": 0.6, "claimant": 1.0})] == [
        "recall"
    ]
    # a figure with nothing to measure fails a positive floor only
    assert below_floors(figures, {"outcome": 0.0}) == []
    assert below_floors(figures, {"outcome": 0.5}) == [("outcome", None, 0.5)]
    assert below_floors(figures, {"f1.incident": 0.0}) == []
    with pytest.raises(ValueError, match="unknown figure"):
        below_floors(figures, {"f2": 0.1})
