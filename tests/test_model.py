"""The contract's JSON spelling: round trip and schema validity."""

from __future__ import annotations

import dataclasses
import json
import pickle
from importlib import resources

import jsonschema
import pytest

from truceline.model import (
    SCHEMA,
    Claim,
    Count,
    Document,
    Envelope,
    Location,
    Party,
    Period,
    Span,
    from_json,
    to_json,
)

TEXT = "Militants shelled eight settlements in Aleppo province on August 14, the ministry said."


def schema() -> dict:
    ref = resources.files("truceline.schema").joinpath("claims.schema.json")
    return json.loads(ref.read_text(encoding="utf-8"))


def full_envelope() -> Envelope:
    total = Claim(
        kind="violation_tally",
        evidence=(Span(0, 35, TEXT[0:35]),),
        id="c1",
        methods=("shelling",),
        count=Count(8, "exact", "settlement"),
        killed=Count(0, "exact", "person"),
        injured=None,
        period=Period("2019-08-14", "2019-08-14"),
        locations=(
            Location(
                "Aleppo province", "Aleppo", "at", "admin1", "SY", "Aleppo", aliases=("Halab",)
            ),
            Location(
                "Masyaf", "Masyaf", "origin", "settlement", "SY", "Hama", None, 170063, 35.07, 36.34
            ),
        ),  # fmt: skip
        claimant=Party("Russian Defence Ministry", "the ministry", "military", ("MoD",)),
        reported_by=(Party("TASS", None, "media"),),
        perpetrator=Party("militants", "Militants", "armed_group"),
        target=None,
        outcome="repelled",
        part_of=None,
        confidence=0.75,
        optional=True,
    )
    part = Claim(kind="incident", evidence=(Span(10, 17, TEXT[10:17]),), id="c2", part_of="c1")
    doc = Document(TEXT, "sha256:abc", "A title", "https://example.org/r", "2019-08-15", "en")
    return Envelope(doc, (total, part))


def test_round_trip_keeps_every_field():
    envelope = full_envelope()
    assert from_json(to_json(envelope)) == envelope


def test_values_pickle_copy_and_stay_frozen():
    # (the compiled build's native classes too: a ledger job may send claims to workers)
    envelope = full_envelope()
    assert pickle.loads(pickle.dumps(envelope)) == envelope
    total = envelope.claims[0]
    assert hash(pickle.loads(pickle.dumps(total.locations[1]))) == hash(total.locations[1])
    moved = dataclasses.replace(total, id="c9", part_of="c3")
    assert (moved.id, moved.part_of, moved.count) == ("c9", "c3", total.count)
    with pytest.raises((dataclasses.FrozenInstanceError, AttributeError)):
        total.count = None  # type: ignore[misc]


def test_round_trip_survives_json_text():
    envelope = full_envelope()
    assert from_json(json.loads(json.dumps(to_json(envelope)))) == envelope


def test_output_is_schema_valid():
    data = to_json(full_envelope())
    assert data["schema"] == SCHEMA
    jsonschema.Draft202012Validator(schema()).validate(data)


def test_without_text_is_schema_valid_and_omits_text():
    data = to_json(full_envelope(), with_text=False)
    assert "text" not in data["document"]
    jsonschema.Draft202012Validator(schema()).validate(data)


def test_empty_envelope_round_trips():
    envelope = Envelope(Document("", "sha256:e"), ())
    assert from_json(to_json(envelope)) == envelope


def test_with_id_is_the_sha256_of_the_text():
    doc = Document("abc").with_id()
    assert doc.id == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_renumbered_is_replace_of_id_and_part_of():
    total = full_envelope().claims[0]
    assert total.renumbered("c7", "c2") == dataclasses.replace(total, id="c7", part_of="c2")


def test_with_claimant_is_replace_of_claimant():
    claim = full_envelope().claims[0]
    party = Party("Government of Mali", aliases=("The Government",))
    assert claim.with_claimant(party) == dataclasses.replace(claim, claimant=party)


def test_a_location_hashes_as_its_fields():
    loc = Location("Kidal", "Kidal", "at", "settlement", "ML", "Kidal", None, 2455290, 18.4, 1.4)
    assert hash(loc) == hash(tuple(getattr(loc, f.name) for f in dataclasses.fields(loc)))
