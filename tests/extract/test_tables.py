"""Tables in reports: cross-tabs, headers over two lines, rules, frames (sentences written
for these tests)."""

import pytest

from truceline.extract.pipeline import extract
from truceline.model import Document


@pytest.fixture(scope="module")
def geo():
    from truceline.gazetteer import load_default

    return load_default()


def claims(text: str, geo, published: str = "2023-06-12"):
    return extract(Document(text, published=published), geo).claims


def _by(out, value, method=None):
    return next(
        c
        for c in out
        if c.count and c.count.value == value and (method is None or method in c.methods)
    )


def test_a_cross_tab_gives_a_claim_per_cell_and_its_column_totals(geo):
    text = (
        "Truce commission weekly figures\n\n"
        "The truce commission counted these breaches in Idlib between 4 and 10 June:\n\n"
        "District        Shelling   Small arms   Drones\n"
        "Maarat              9          14          1\n"
        "Saraqib             3           0          2\n"
        "Total              12          14          3\n"
    )
    out = [c for c in claims(text, geo) if c.count]
    assert sorted(c.count.value for c in out) == [0, 1, 2, 3, 3, 9, 12, 14, 14]
    cell = _by(out, 9)
    assert cell.methods == ("shelling",) and cell.locations[0].name.startswith("Maar")
    assert (cell.period.start, cell.period.end) == ("2023-06-04", "2023-06-10")
    zero = _by(out, 0)
    assert zero.methods == ("small_arms",) and zero.locations[0].name == "Saraqib"
    drones = _by(out, 3, "drone")
    assert {c.count.value for c in out if c.part_of == drones.id} == {1, 2}


def test_a_total_column_is_the_row_s_claim_and_the_total_row_s_means_are_its_parts(geo):
    text = (
        "Truce commission weekly figures\n\n"
        "| Province | Mortar | Sniper | Total |\n"
        "|   Hama   |   5    |   2    |   7   |\n"
        "|   Homs   |   1    |   -    |   1   |\n"
        "|   Total  |   6    |   2    |   8   |\n"
    )
    out = [c for c in claims(text, geo) if c.count]
    row = _by(out, 7)
    assert row.methods == () and row.locations[0].name == "Hama"
    assert not any(c.part_of == row.id for c in out)
    total = _by(out, 8)
    assert sorted((c.count.value, c.methods) for c in out if c.part_of == total.id) == [
        (1, ()),
        (2, ("sniper",)),
        (6, ("mortar",)),
        (7, ()),
    ]


def test_a_column_of_its_own_noun_breaks_down_each_row(geo):
    text = (
        "Border incidents in May\n\n"
        "| Sector | Ceasefire violations | Infiltration bids | Total |\n"
        "| Poonch |          9           |         2         |  11   |\n"
    )
    out = [c for c in claims(text, geo) if c.count]
    row = _by(out, 11)
    assert sorted(c.count.value for c in out if c.part_of == row.id) == [2, 9]


def test_explosions_beside_violations_are_their_part(geo):
    text = "Mission report\n\nArea        Violations   Explosions\nHorlivka        40           6\n"
    out = [c for c in claims(text, geo) if c.count]
    total = _by(out, 40)
    (part,) = (c for c in out if c.part_of == total.id)
    assert (part.count.value, part.count.unit) == (6, "explosion")


def test_a_header_s_second_line_and_its_rule_keep_the_table(geo):
    text = (
        "Border incidents in May\n\n"
        "Sector          Violations      Explosions\n"
        "                (all kinds)     (of shells)\n"
        "------          ----------      ------------\n"
        "Kupwara             11               2\n"
    )
    out = [c for c in claims(text, geo) if c.count]
    assert sorted(c.count.value for c in out) == [2, 11]
    assert all(c.locations and c.locations[0].name == "Kupwara" for c in out)


def test_a_framed_row_s_padding_is_no_empty_cell(geo):
    text = (
        "Daily figures\n\n"
        "|  Date    |  Violations  |  Killed  |\n"
        "|  9 June  |      12      |     2    |\n"
    )
    (c,) = (c for c in claims(text, geo) if c.count)
    assert c.count.value == 12 and c.killed.value == 2
    assert c.period.start == "2023-06-09"


def test_a_heading_s_abbreviation_is_no_sentence_and_a_second_death_column_adds_nothing(geo):
    text = (
        "Monthly return\n\n"
        "| S. No | Month | Violations | Killed (total) | Killed (children) |\n"
        "| 1 | April | 30 | 5 | 2 |\n"
    )
    (c,) = (c for c in claims(text, geo) if c.count)
    assert c.count.value == 30 and c.killed.value == 5
    assert (c.period.start, c.period.end) == ("2023-04-01", "2023-04-30")


def test_a_type_column_gives_the_row_s_means(geo):
    text = (
        "Weekly log\n\n"
        "Village        Attacks   Killed   Weapons\n"
        "Ngala             4         1     mortars and rockets\n"
    )
    (c,) = (c for c in claims(text, geo) if c.count)
    assert set(c.methods) == {"mortar", "rocket"}


def test_a_column_of_shells_beside_attacks_counts_munitions_not_attacks(geo):
    text = "Shelling of Kidal\n\nDay            Attacks   Shells\n1 March (Mon)        4      300\n"
    out = [c for c in claims(text, geo, published="2021-03-07") if c.count]
    assert [c.count.value for c in out] == [4]


def test_a_header_over_two_lines_names_its_columns_by_both(geo):
    text = (
        "Border incidents in May\n\n"
        "Sector          Ceasefire       Infiltration\n"
        "                violations      bids\n"
        "Kupwara             11               2\n"
    )
    out = [c for c in claims(text, geo) if c.count]
    total = _by(out, 11)
    assert total.methods == ()
    (part,) = (c for c in out if c.part_of == total.id)
    assert part.count.value == 2 and part.methods == ("ground_attack",)


def test_a_dash_in_a_count_column_counts_none_but_says_no_toll(geo):
    text = (
        "Daily figures\n\n"
        "Sector          Violations   Killed\n"
        "Sector East         \u2013           \u2013\n"
    )
    (c,) = (c for c in claims(text, geo) if c.count)
    assert c.count.value == 0 and c.killed is None


def test_a_sentence_after_a_header_is_no_second_header_line(geo):
    text = (
        "Weekly figures\n\n"
        "District | Shelling | Small arms | Drones\n"
        "The army shelled Kafr Nabl on Sunday\n"
    )
    (c,) = claims(text, geo)
    assert c.kind == "incident"
