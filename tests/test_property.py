"""Extraction never raises, and what it returns keeps the contract."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from truceline.extract.pipeline import extract
from truceline.model import Document, to_json

VALIDATOR = jsonschema.Draft202012Validator(
    json.loads(
        resources.files("truceline.schema").joinpath("claims.schema.json").read_text("utf-8")
    )
)

# Bulletin-like pieces, so the generated texts reach the grammars, not only the
# tokenizer; hypothesis mixes them with arbitrary unicode.
FRAGMENTS = (
    "The Russian Center for Reconciliation registered 15 ceasefire violations",
    " in Idlib (9), Hama (3) and Latakia (3) over the past 24 hours.",
    "Militants shelled eight settlements in Aleppo province and another 15 in Latakia.",
    "No violations were recorded on Thursday, the OSCE said.",
    " Air defense repelled a missile attack near Masyaf last Wednesday.",
    "About 400,000 people lost their lives since 2011. ",
    "Russia and Turkey agreed to a ceasefire starting at midnight on 5 March.",
    "thirty-five explosions, twice, a dozen, up to 30 drones",
    "«Ополченцы» обстреляли Донецк 12 раз",
    "قصف 3 قرى في ريف إدلب",
    "\n\n",
    " ",
    "Region | Attacks | Killed\nEst | 9 | 41\nTotal | 9 |\n",
    "| | |",
    "- in the Tovuz region, four times;\n",
    "Khiam, 12 Feb, about 14:10. ",
    '"The truce holds. ',
    'It was violated today," the army said on Monday.',
    "Pemba, 25 Nov (Lusa) – ",
    "May 1-7, 2023 ",
    "over the weekend ",
    "had not fired once ",
    "members of the ",
    "Defence Ministry spokesman said there were 5 violations.",
)

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=8).map(
    "".join
)
dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, published=dates)
# str.isdigit() is true for superscripts and other scripts' digits, which int() refuses
@example(text="¹ violations on the 2²nd", published="2020-01-01")
@example(text="٣ attacks in Idlib", published=None)
@example(text="Defence Ministry spokesman said there were 5 violations.", published=None)
def test_extract_never_raises_and_keeps_the_contract(text, published):
    _check(text, published, None)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, published=dates)
# a report dated at the calendar's ends: no day can be counted back or forward from it
@example(text="Pemba, 25 Nov (Lusa) – ", published="0001-01-01")
@example(text=" in Idlib (9), Hama (3) over the past 24 hours.", published="0001-01-01")
@example(text="Talks resume next week, on 31 December.", published="9999-12-31")
def test_extract_with_the_gazetteer_never_raises(text, published):
    from truceline.gazetteer import load_default

    _check(text, published, load_default())


def _check(text, published, geo):
    document = Document(text, title="t", published=published)
    envelope = extract(document, geo)
    VALIDATOR.validate(to_json(envelope))
    assert envelope.document.text == text
    for claim in envelope.claims:
        assert claim.evidence, claim
        for span in claim.evidence:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=300))
def test_extract_arbitrary_unicode(text):
    envelope = extract(Document(text), None)
    VALIDATOR.validate(to_json(envelope))
    for claim in envelope.claims:
        for span in claim.evidence:
            assert text[span.start : span.end] == span.text
