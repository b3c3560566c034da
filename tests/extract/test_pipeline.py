"""End-to-end extraction on sentences written for these tests (never devset wording)."""

import pytest

from truceline.extract.pipeline import extract
from truceline.model import Document


@pytest.fixture(scope="module")
def geo():
    from truceline.gazetteer import load_default

    return load_default()


def claims(text: str, geo, published: str = "2022-03-10"):
    return extract(Document(text, published=published), geo).claims


def test_total_with_per_place_parts(geo):
    text = (
        "Monitors log 31 breaches\n\n"
        "The joint commission said it registered 31 breaches of the truce over the past day "
        "in the provinces of Idlib (20), Aleppo (8) and Hama (3)."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 31)
    parts = [c for c in out if c.part_of == total.id]
    assert sorted(c.count.value for c in parts) == [3, 8, 20]
    assert total.period.start == "2022-03-09" and total.period.end == "2022-03-10"
    assert len(total.evidence) == 2  # headline and body are one claim


def test_zero_tally(geo):
    out = claims("T\n\nNo ceasefire violations were recorded in Luhansk region on Wednesday.", geo)
    assert [(c.kind, c.count.value) for c in out] == [("violation_tally", 0)]
    assert out[0].period.start == "2022-03-09"


def test_incident_with_outcome_and_casualties(geo):
    text = "T\n\nThe army said its air defence shot down a drone over Kramatorsk on Tuesday; no one was hurt."
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.outcome == "intercepted" and "drone" in c.methods
    assert c.injured is not None and c.injured.value == 0
    assert c.locations[0].admin1 == "Donetsk"


def test_casualty_tally_with_breakdown(geo):
    text = "T\n\nSince January, 41 civilians, including 9 children, have been killed in the fighting, the ombudsman said."
    out = claims(text, geo)
    total = next(c for c in out if c.part_of is None)
    assert total.kind == "casualty_tally" and total.killed.value == 41
    assert [c.killed.value for c in out if c.part_of == total.id] == [9]


def test_agreement_and_operation(geo):
    text = (
        "T\n\nThe two sides agreed on Monday to a ceasefire that took effect at midnight. "
        "On Wednesday the army said it had resumed its offensive near Bakhmut."
    )
    kinds = [c.kind for c in claims(text, geo)]
    assert kinds == ["agreement", "operation"]


def test_proposal_is_not_an_agreement(geo):
    assert claims("T\n\nThe envoy proposed a ceasefire during the holidays.", geo) == ()


def test_evidence_slices_the_text(geo):
    text = "Title\n\nOn Friday militants shelled four villages near Kafr Nabl, the centre said."
    env = extract(Document(text, published="2022-03-10"), geo)
    for c in env.claims:
        for s in c.evidence:
            assert text[s.start : s.end] == s.text
    assert env.claims[0].count.unit == "settlement"


def test_claimant_carried_to_next_sentence_and_relay(geo):
    text = (
        "T\n\nState television reported, citing a military source, that 12 attacks were repelled on Sunday. "
        "Two of them targeted Masyaf."
    )
    out = claims(text, geo)
    assert out[0].claimant.name == "military source"
    assert [p.name for p in out[0].reported_by] == ["State television"]


def test_count_after_its_label(geo):
    out = claims(
        "T\n\nShelling incidents over the past day in Kherson region: zero (0), the centre said.",
        geo,
    )
    assert [(c.kind, c.count.value) for c in out] == [("violation_tally", 0)]


def test_parts_by_method_after_copula(geo):
    text = (
        "T\n\nThe army said militants had attacked its posts 17 times since Monday. "
        "Nine of them were sniper attacks and eight were mortar attacks."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 17)
    assert sorted(c.count.value for c in out if c.part_of == total.id) == [8, 9]


def test_zone_named_by_run_and_suffix(geo):
    (c,) = claims(
        "T\n\nTroops violated the ceasefire twice in the Tangdhar Valley sector on Friday.", geo
    )
    assert c.count.value == 2 and c.locations[0].mention == "Tangdhar Valley sector"
    assert c.locations[0].precision == "zone"


def test_wounded_is_not_a_violation_head(geo):
    text = "T\n\nHospitals said 30 people were killed and 75 wounded in the clashes in Sirte on Saturday and Sunday."
    out = claims(text, geo)
    assert [c.kind for c in out] == ["casualty_tally"]
    assert (out[0].killed.value, out[0].injured.value) == (30, 75)


def test_line_label_is_the_speaker(geo):
    text = "T\n\nCOMMAND SPOKESMAN: Since Monday our posts were attacked 9 times.\n\nQ: Any casualties?"
    out = claims(text, geo)
    assert [c.count.value for c in out] == [9]
    assert out[0].claimant.name == "COMMAND SPOKESMAN"


def test_quoted_as_saying_makes_the_relay(geo):
    text = "T\n\nRadio Ituri quoted a local chief as saying that rebels attacked Bunia twice on Sunday."
    (c,) = claims(text, geo)
    assert c.claimant.name == "local chief" and [p.name for p in c.reported_by] == ["Radio Ituri"]


def test_since_the_truce_began_takes_the_truce_day(geo):
    text = (
        "T\n\nThe truce took effect on 1 March. "
        "The army said the rebels had violated it 14 times since the truce began."
    )
    tally = next(c for c in claims(text, geo) if c.kind == "violation_tally")
    assert (tally.period.start, tally.period.end) == ("2022-03-01", "2022-03-10")


def test_dateline_date_does_not_date_the_claim(geo):
    text = "T\n\nGOMA, March 9 (Kivu Wire) - Rebels attacked Sake 6 times over the past 24 hours."
    (c,) = claims(text, geo)
    assert (c.period.start, c.period.end) == ("2022-03-09", "2022-03-10")
    assert [p.name for p in c.reported_by] == ["Kivu Wire"]


def test_second_clause_attack_is_an_incident(geo):
    text = "T\n\nGunners shelled army posts near Kadugli 4 times on Monday, while a drone hit a depot in Dilling."
    kinds = sorted(c.kind for c in claims(text, geo))
    assert kinds == ["incident", "violation_tally"]


def test_munition_that_lands_is_an_incident_and_a_person_counts_one(geo):
    text = (
        "T\n\nA mortar shell landed near a school in Avdiivka on Tuesday and a teacher was injured."
    )
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.injured.value == 1 and "mortar" in c.methods


def test_bulleted_table_under_a_heading(geo):
    text = (
        "Daily summary\n\nShelling incidents – Kharkiv region\n"
        "• Total: 25, including 7 explosions.\n• Vovchansk area: 15.\n• Kupiansk area: none.\n"
        "\nOther notes\n• Roads were closed twice."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 25)
    parts = sorted((c.count.value, c.count.unit) for c in out if c.part_of == total.id)
    assert parts == [(0, "violation"), (7, "explosion"), (15, "violation")]
    assert total.locations[0].admin1 == "Kharkiv"


def test_hedge_covers_only_its_own_clause(geo):
    text = (
        "T\n\nThe rebels said on Monday they had resumed operations in the eastern sector, "
        "and that they had no plans to extend the truce."
    )
    kinds = [c.kind for c in claims(text, geo)]
    assert kinds == ["operation"]
    loc = claims(text, geo)[0].locations[0]
    assert loc.mention == "eastern sector" and loc.precision == "zone"


def test_clauses_with_claims_of_their_own(geo):
    text = (
        "T\n\nThe army said the rebels had breached the truce 9 times since Monday, "
        "including an ambush near Kadugli on Tuesday, and that a drone struck a truck near Dilling."
    )
    out = claims(text, geo)
    tally = next(c for c in out if c.kind == "violation_tally")
    incidents = [c for c in out if c.kind == "incident"]
    assert tally.count.value == 9 and len(incidents) == 2
    assert [c.part_of for c in incidents].count(tally.id) == 1


def test_a_tallys_own_toll_and_ages_are_no_counts(geo):
    text = (
        "T\n\nGunmen attacked police posts 6 times overnight in Kunduz, killing four officers "
        "and wounding nine, the ministry said. A 40-year-old farmer was killed near Kabul on Monday."
    )
    out = claims(text, geo)
    tally = next(c for c in out if c.kind == "violation_tally")
    assert (tally.count.value, tally.killed.value, tally.injured.value) == (6, 4, 9)
    incident = next(c for c in out if c.kind == "incident")
    assert incident.killed.value == 1


def test_truce_verb_after_background_and_restatement_is_one_claim(geo):
    text = (
        "T\n\nThe truce, first announced on 1 March, was extended on Tuesday, the envoy said. "
        "Read also: Envoy hails talks as the truce holds across the country in a longer line\n"
        "The extension, agreed on Tuesday, keeps the ceasefire in place."
    )
    out = [c for c in claims(text, geo) if c.kind == "agreement"]
    assert len(out) == 1 and out[0].period.start == "2022-03-08" and len(out[0].evidence) == 2


def test_date_of_the_saying_yields_to_the_date_of_the_event(geo):
    text = "T\n\nThe commission said on Wednesday that 12 villagers were killed in Gedo on 2 March."
    (c,) = claims(text, geo)
    assert c.period.start == "2022-03-02"


def test_no_launches_recorded_is_a_zero_tally(geo):
    text = "T\n\nNo launches from Gaza toward Sderot were recorded over the past 24 hours."
    (c,) = claims(text, geo)
    assert c.kind == "violation_tally" and c.count.value == 0


def test_repelled_column_is_an_incident(geo):
    text = "T\n\nThe rebels said their fighters had pushed back an army column advancing from Lashio on Friday."
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.outcome == "repelled"


def test_referred_and_counted_operations_and_vague_repeats_make_no_claim(geo):
    text = (
        "T\n\nThe army said 40 fighters were killed since the operation began on 1 March. "
        "Turkey has carried out three major offensives in Syria since 2016. "
        "The rebels said troops had violated the truce near Lashio several times."
    )
    kinds = [c.kind for c in claims(text, geo)]
    assert "operation" not in kinds and "incident" not in kinds


def test_each_spreads_a_part_over_the_places_listed(geo):
    t = "T\n\nThe ministry said the Taliban attacked posts 6 times, twice each in Farah and Helmand."
    out = claims(t, geo)
    parts = [c for c in out if c.part_of == out[0].id]
    assert sorted(c.locations[0].name for c in parts) == ["Farah", "Helmand"]
    assert all(c.count.value == 2 for c in parts)


def test_breaching_n_times_and_methods_used_n_times_are_counts(geo):
    text = (
        "T\n\nThe army accused the rebels of breaching the truce four times near Kadugli on Monday. "
        "The enemy used 82mm mortars twice."
    )
    counts = [c.count.value for c in claims(text, geo) if c.count]
    assert 4 in counts and 2 in counts


def test_none_in_a_second_place_is_a_zero_of_its_own(geo):
    text = "T\n\nMonitors recorded 11 ceasefire violations in Donetsk region and none in Luhansk region on Monday."
    out = claims(text, geo)
    zero = next(c for c in out if c.count.value == 0)
    assert zero.locations[0].admin1 == "Luhansk" and zero.part_of is None


def test_toll_of_those_attacks_is_a_casualty_tally_and_initials_are_no_places(geo):
    text = (
        "T\n\nMilitants attacked U.N. posts 12 times since Monday. "
        "About 20 peacekeepers have been injured in those attacks. "
        "N. Korean troops fired at a S. Korean post on Sunday."
    )
    out = claims(text, geo)
    assert any(c.kind == "casualty_tally" and c.injured.value == 20 for c in out)
    assert all(loc.mention not in ("S", "N") for c in out for loc in c.locations)


def test_truce_dated_by_its_verb_and_possessive_places(geo):
    text = (
        "T\n\nIn a statement, Yemen's government said on Tuesday it was extending its ceasefire, "
        "declared after the floods on 1 February, until April."
    )
    (c,) = [c for c in claims(text, geo) if c.kind == "agreement"]
    assert c.period.start == "2022-03-08"
    assert any(loc.mention == "Yemen" and loc.country == "YE" for loc in c.locations)


def test_headline_label_in_plain_words_is_the_reports_source(geo):
    text = "Joint monitoring team: 9 breaches in Abyei over the past day\n\nAbyei saw 9 breaches overnight."
    out = claims(text, geo)
    assert out and all(c.claimant and c.claimant.name == "Joint monitoring team" for c in out)


def test_a_toll_after_a_tally_is_the_tallys_own(geo):
    text = "T\n\nThe JFO reported 4 ceasefire violations near Avdiivka over the past day, one serviceman wounded."
    out = claims(text, geo)
    tally = next(c for c in out if c.kind == "violation_tally")
    assert tally.count.value == 4 and tally.injured.value == 1
    assert [c.kind for c in out] == ["violation_tally"]


def test_killed_and_then_wounded_counts_keep_their_own_words(geo):
    text = (
        "T\n\nA farmer was killed and three villagers were seriously injured in Kupiansk on Monday."
    )
    (c,) = claims(text, geo)
    assert (c.killed.value, c.injured.value) == (1, 3)


def test_a_sides_version_label_names_its_claimant(geo):
    text = "T\n\nRebel version: government troops shelled Kinsabba twice on Monday."
    got = claims(text, geo)
    assert got and all(c.claimant is not None and c.claimant.name == "Rebel" for c in got)


def test_during_the_day_is_the_day_in_focus(geo):
    text = (
        "T\n\nThe rebels said they attacked army posts near Kinsabba on Sunday.\n\n"
        "According to the statement, their guns fired at the posts four times during the day."
    )
    (c,) = [c for c in claims(text, geo, published="2022-03-08") if c.count]
    assert (c.period.start, c.period.end) == ("2022-03-06", "2022-03-06")
    bulletin = "T\n\nDuring the day, militants opened fire on Kinsabba five times."
    (b,) = claims(bulletin, geo, published="2022-03-08")
    assert (b.period.start, b.period.end) == ("2022-03-08", "2022-03-08")


def test_a_dated_impact_reported_from_the_speakers_town(geo):
    text = "T\n\nOfficials in Masyaf said two shells fell on the edge of the town on Monday."
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.locations[0].mention == "Masyaf"


def test_a_month_named_may_hedges_nothing(geo):
    text = "T\n\nKHARKIV, May 18 - Air defences intercepted a missile over Masyaf overnight."
    assert [c.kind for c in claims(text, geo, published="2022-05-18")] == ["incident"]


def test_a_strike_in_response_is_still_a_strike(geo):
    text = "T\n\nThe army said its jets struck depots in Masyaf on Monday in response."
    assert [c.kind for c in claims(text, geo)] == ["incident"]
    text = "T\n\nThe army said its troops returned fire."
    assert not claims(text, geo)


def test_a_date_naming_the_truce_is_not_the_tallys_period(geo):
    text = "T\n\nNo violations of the 5 February truce were recorded near Masyaf last week."
    (c,) = [c for c in claims(text, geo) if c.kind == "violation_tally"]
    assert c.count.value == 0 and c.period.start > "2022-02-05"


def test_it_refers_to_the_organisation_heading_the_sentence_before(geo):
    text = (
        "T\n\nState TV said the army had shelled Masyaf. The Northern Rebel Defence Ministry "
        "denied the report. It said army units fired on Masyaf twice on Monday."
    )
    (c,) = [c for c in claims(text, geo) if c.count]
    assert "Defence Ministry" in c.claimant.name


def test_calm_said_twice_in_a_sentence_is_one_zero_tally(geo):
    text = (
        "T\n\nThe committee said that calm prevailed in Masyaf since Sunday morning, "
        "and that no violation was recorded."
    )
    zeros = [c for c in claims(text, geo) if c.count and c.count.value == 0]
    assert len(zeros) == 1


def test_a_toll_when_troops_opened_fire_is_an_incident(geo):
    text = (
        "T\n\nTwo farmers were killed on Friday when rebel fighters opened heavy fire on "
        "fields in the Keran sector, the army said."
    )
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.killed.value == 2


def test_parts_take_the_place_after_their_count(geo):
    text = (
        "T\n\nRebels violated the truce six times, the army said: three times in Latakia, "
        "twice in the Hama region and once in Idlib."
    )
    parts = {c.count.value: c.locations[0].name for c in claims(text, geo) if c.part_of}
    assert parts == {3: "Latakia", 2: "Hama", 1: "Idlib"}


def test_each_stops_at_the_end_of_its_list(geo):
    text = (
        "T\n\nThe attacks took place 6 times: four times in Kunduz and once each in Farah and "
        "Helmand, a spokesman told reporters in Kabul."
    )
    places = sorted(c.locations[0].name for c in claims(text, geo) if c.part_of)
    assert places == ["Farah", "Helmand", "Kunduz"]


def test_an_event_log_entry_is_placed_and_dated_by_its_heading_line(geo):
    text = (
        "T\n\nIncidents\n\n1. Qarqazzu Tahta, 8 Mar, about 21:40. A mortar round hit a barn "
        "on the road to the river. Local officials reported no casualties.\n\n"
        "2. Masyaf, 9 Mar, night. Artillery fire, per the village council."
    )
    got = [c for c in claims(text, geo) if c.kind == "incident"]
    assert [(c.locations[0].mention, c.period.start) for c in got] == [
        ("Qarqazzu Tahta", "2022-03-08"),
        ("Masyaf", "2022-03-09"),
    ]


def test_military_shorthand_in_a_situation_note(geo):
    text = "T\n\nPer army PRO: 3 CFVs in Kupwara sector since 1200 hrs Monday. 2 civs injured."
    got = claims(text, geo)
    assert any(c.kind == "violation_tally" and c.count.value == 3 for c in got)
    assert any(c.injured and c.injured.value == 2 for c in got)


def test_a_launch_inside_a_since_range_is_dated_by_its_day(geo):
    text = "T\n\nFighting has grown since the army launched an offensive near Masyaf on Monday."
    (c,) = [c for c in claims(text, geo) if c.kind == "operation"]
    assert c.period.start == c.period.end == "2022-03-07"


def test_an_incident_listed_in_a_tally_keeps_its_own_day(geo):
    text = (
        "T\n\nThe army said rebels had breached the truce 9 times since 1 March, including an "
        "ambush near Masyaf last Monday in which two soldiers died."
    )
    (c,) = [c for c in claims(text, geo) if c.kind == "incident"]
    assert c.period.start == c.period.end == "2022-03-07"


def test_a_dated_saying_ends_a_toll_since_the_truce(geo):
    text = (
        "T\n\nThe truce took effect on 1 March. The ministry said on 8 March that 12 people "
        "had been killed since the truce began."
    )
    (c,) = [c for c in claims(text, geo) if c.kind == "casualty_tally"]
    assert (c.period.start, c.period.end) == ("2022-03-01", "2022-03-08")


def test_methods_named_by_their_weapon_or_carrier(geo):
    text = "T\n\nMilitary aircraft struck two villages near Masyaf on Monday, the rebels said."
    assert claims(text, geo)[0].methods == ("air_strike",)


def test_the_movement_is_the_movement_the_sentence_named(geo):
    text = (
        "T\n\nA truce between the army and the Free Valley movement took effect near Masyaf "
        "at dawn on Monday, the movement announced."
    )
    (c,) = [c for c in claims(text, geo) if c.kind == "agreement"]
    assert c.claimant.name == "Free Valley movement"


def test_a_quotation_running_on_is_said_by_whoever_closes_it(geo):
    text = (
        'T\n\n"A truce near Masyaf took effect at 18:00 this evening. The guns are quiet," '
        "a rebel commander told reporters late on Monday."
    )
    (c,) = [c for c in claims(text, geo) if c.kind == "agreement"]
    assert c.period.start == "2022-03-07"
    assert c.claimant is not None and "rebel commander" in (c.claimant.mention or "")


def test_overrunning_a_post_is_an_attack(geo):
    text = "T\n\nThe rebels said their fighters overran an army post near Masyaf on Monday."
    assert [c.kind for c in claims(text, geo)] == ["incident"]


def test_a_delimited_table_of_attacks_by_province(geo):
    text = (
        "T\n\nTable 2. Rebel attacks in Syria, March 1-6, 2022\n"
        "Province | Attacks | Killed\nLatakia | 7 | 3\nHama | 2 | 0\nTotal | 9 | 3\n"
        "Source: our count."
    )
    got = claims(text, geo)
    total = next(c for c in got if c.count and c.count.value == 9)
    parts = {c.locations[0].name: c.count.value for c in got if c.part_of == total.id}
    assert parts == {"Latakia": 7, "Hama": 2}
    assert (total.period.start, total.period.end) == ("2022-03-01", "2022-03-06")
    assert total.locations[0].name == "Syria" and total.killed.value == 3


def test_no_attacks_with_a_word_between(geo):
    text = "T\n\nMonitors recorded no rebel attacks near Masyaf on Monday."
    (c,) = claims(text, geo)
    assert c.kind == "violation_tally" and c.count.value == 0


def test_the_day_in_focus_is_the_events_not_the_speakers(geo):
    text = (
        "T\n\nThe army said on Wednesday that rebels attacked a post near Masyaf on Monday.\n\n"
        "The rebels said their fighters had ambushed a convoy near Masyaf, killing four."
    )
    periods = [c.period.start for c in claims(text, geo, published="2022-03-10")]
    assert periods == ["2022-03-07", "2022-03-07"]


def test_bulleted_items_under_a_total_are_its_parts(geo):
    text = (
        "T\n\nRebels violated the truce 6 times on Monday, the army said. Fire came:\n"
        "- in the Latakia region, from positions near Kinsabba, four times;\n"
        "- in the Hama region, twice."
    )
    got = claims(text, geo)
    total = next(c for c in got if c.count.value == 6)
    parts = sorted(c.count.value for c in got if c.part_of == total.id)
    assert parts == [2, 4]


def test_troops_crossing_the_border_is_an_incident(geo):
    text = "T\n\nAbout 20 soldiers crossed the border near Masyaf on Monday, the army said."
    assert [c.kind for c in claims(text, geo)] == ["incident"]


def test_a_table_rows_words_describe_its_count(geo):
    text = (
        "T\n\nCeasefire violations – Latakia region\n"
        "• Total: 50\n• Kinsabba area: 42, all bursts of machine-gun fire.\n• Masyaf area: 8."
    )
    assert not [c for c in claims(text, geo) if c.kind == "incident"]


def test_an_adverb_between_a_count_and_its_casualty_word(geo):
    text = (
        "T\n\nShelling of Masyaf on Monday killed 3 people and 12 seriously injured, the army said."
    )
    (c,) = [c for c in claims(text, geo) if c.injured]
    assert c.injured.value == 12


def test_a_follow_up_toll_belongs_to_the_incident_before_it(geo):
    text = (
        "T\n\nRebels shelled an army post near Masyaf on Monday, the army said. "
        "Two soldiers were killed and four wounded."
    )
    (c,) = claims(text, geo)
    assert c.kind == "incident" and (c.killed.value, c.injured.value) == (2, 4)
    assert len(c.evidence) == 2
    calm = "T\n\nA mortar round hit a school near Masyaf on Monday. No one was hurt."
    (d,) = claims(calm, geo)
    assert d.injured.value == 0


def test_review_cases_on_tables_follow_ups_and_entry_lines(geo):
    head = claims("T\n\nRussian army says rebels violated truce 5 times | Wire", geo)
    assert head and head[0].claimant is not None and "army" in head[0].claimant.name
    two = claims("T\n\nRegion | Attacks\nLatakia | 9\nTotal | 9\nHama | 3\nTotal | 3", geo)
    totals = [c for c in two if c.locations == () or c.part_of is None]
    firsts = {c.count.value: c.part_of for c in two if c.part_of}
    assert len(firsts) == 2 and len(set(firsts.values())) == 2 and totals
    rival = claims(
        "T\n\nLocal officials said a shell hit the market in Masyaf on Monday. "
        "The rebel command said 40 soldiers were killed.",
        geo,
    )
    assert len(rival) == 2
    update = claims("T\n\nUpdate, 12 Feb, 14:10. A drone struck a car, killing 2.", geo)
    assert all(loc.mention != "Update" for c in update for loc in c.locations)


def test_framed_and_tab_separated_tables(geo):
    for text in (
        "T\n\n| Region | Attacks | Killed |\n| Latakia | 9 | 2 |\n| Hama | 5 | |\n| Total | 14 | 2 |",
        "T\n\nRegion\tAttacks\tKilled\nLatakia\t9\t2\nHama\t5\t0\nTotal\t14\t2",
    ):
        got = claims(text, geo)
        total = next(c for c in got if c.count.value == 14)
        parts = {c.locations[0].name: c.count.value for c in got if c.part_of == total.id}
        assert parts == {"Latakia": 9, "Hama": 5}, text
        assert total.locations == ()


def test_today_at_the_end_of_a_quote_opened_a_sentence_earlier(geo):
    text = 'T\n\n"The truce holds. Rebels attacked us 5 times today," the army said on Monday.'
    (c,) = [c for c in claims(text, geo, published="2022-03-10") if c.count]
    assert c.period.start == "2022-03-07"


def test_two_cities_in_a_dateline_are_no_agency(geo):
    text = "T\n\nKYIV/MOSCOW - Russia said it shot down 5 drones over Masyaf on Monday."
    assert all(not c.reported_by for c in claims(text, geo))


def test_a_toll_does_not_reach_back_over_another_claim(geo):
    text = (
        "T\n\n• A: Troops repulsed an attack near Masyaf on Monday, the army said.\n\n"
        "• B: Monitors recorded four ceasefire violations near Kinsabba. One soldier wounded."
    )
    got = claims(text, geo)
    incident = next(c for c in got if c.kind == "incident")
    assert incident.injured is None


def test_a_count_as_the_subject_of_a_passive_toll(geo):
    text = (
        "T\n\nRebels shelled an army post near Masyaf on Monday, the army said. "
        "Two soldiers were killed and four were wounded."
    )
    (c,) = claims(text, geo)
    assert (c.killed.value, c.injured.value) == (2, 4)


def test_a_report_is_where_its_places_are_called_by_their_own_names(geo):
    # "Boni" is also Bonn's Latin name: the Malian towns named by their own names outweigh it
    text = (
        "Attack on Boni repelled\n\nSoldiers repelled an attack on Boni on Monday, the army said. "
        "Boni was shelled again at dawn, the army said. Reinforcements left Mopti and Djenné."
    )
    places = {loc.mention: loc for c in claims(text, geo) for loc in c.locations}
    assert places["Boni"].country == "ML" and places["Boni"].precision == "unresolved"


def test_a_report_about_no_armed_conflict_claims_nothing(geo):
    election = (
        "Polls close in Sindh\n\nPolling ended peacefully in 11 constituencies on Sunday, the "
        "Election Commission said. Police reported no incidents at polling stations."
    )
    match = "Derby thriller\n\nCity had 14 shots on target and fired twice against the post."
    assert claims(election, geo) == () and claims(match, geo) == ()
    brief = "Police reported no incidents along the line of contact on Sunday, the ministry said."
    assert [c.count.value for c in claims(brief, geo)] == [0]


def test_an_event_logs_lines_name_their_speakers_after_the_clock_time(geo):
    text = (
        "Log, 4 March\n\n"
        "09:15 Provincial police (to Reuters): two mortar rounds hit the market in Kandahar.\n"
        "11:20 Rebel command claims, Telegram: fighters shelled army posts near Idlib.\n"
        "13:40 Defence Ministry statement: troops repelled an attack near Kupiansk."
    )
    got = [c.claimant.name for c in claims(text, geo, published="2024-03-04")]
    assert got == ["Provincial police", "Rebel command", "Defence Ministry"]


def test_a_time_of_day_is_no_count(geo):
    text = (
        "Log\n\n06:40 Explosions heard near Kharkiv airport; the army said militants fired rockets."
    )
    assert all(c.count is None or c.count.value != 40 for c in claims(text, geo))


def test_a_table_aligned_with_spaces_under_a_masthead(geo):
    text = (
        "Weekly conflict brief\n\nKivu Security Tracker | DRC | Week 9\n\n"
        "Attacks and reported deaths by province, 24 Feb - 2 Mar\n\n"
        "Province        Attacks    Deaths\nIturi                 12        30\n"
        "North Kivu             7        11\nTotal                 19        41"
    )
    got = claims(text, geo, published="2025-03-03")
    total = next(c for c in got if c.count.value == 19)
    parts = {c.locations[0].name: c.count.value for c in got if c.part_of == total.id}
    assert parts == {"Ituri": 12, "North Kivu": 7}
    assert {c.claimant.name for c in got} == {"Kivu Security Tracker"}


def test_a_short_label_takes_the_full_name_of_the_letterhead(geo):
    text = (
        "Press Service: rebels shelled two villages\n\n"
        "Press Service of the Ministry of Internal Affairs of the Republic of Moldova\n\n"
        "On Monday rebels shelled Varnița and Gîsca with mortars."
    )
    names = {c.claimant.name for c in claims(text, geo)}
    assert names == {"Press Service of the Ministry of Internal Affairs of the Republic of Moldova"}


def test_claims_the_speaker_says_do_not_correspond_to_reality_are_none(geo):
    text = "T\n\nReports that our troops opened fire first on Monday do not correspond to reality, the army said."
    assert claims(text, geo) == ()


def test_acts_of_violence_and_their_parts_in_the_next_sentence(geo):
    text = (
        "T\n\nThe monitors counted 40 acts of armed violence against civilians in May. "
        "Twenty of them took place in Idlib, twelve in Hama and eight in Aleppo."
    )
    got = claims(text, geo, published="2025-06-02")
    total = next(c for c in got if c.count.value == 40)
    assert total.kind == "violation_tally" and total.period.start == "2025-05-01"
    parts = {c.locations[0].name: c.count.value for c in got if c.part_of == total.id}
    assert parts == {"Idlib": 20, "Hama": 12, "Aleppo": 8}


def test_since_the_beginning_of_the_year_and_homicides(geo):
    text = "T\n\nSince the beginning of the year, the office has documented 52 homicides of civilians by armed groups in Cauca."
    (c,) = claims(text, geo, published="2025-04-08")
    assert (c.kind, c.killed.value, c.period.start) == ("casualty_tally", 52, "2025-01-01")


def test_a_phrase_opening_with_a_preposition_names_no_speaker(geo):
    text = (
        "T\n\nThe army said rebels attacked two posts on Monday. Among the events described in "
        "the report, a drone hit a house in Tibu on 14 March."
    )
    assert {c.claimant.name for c in claims(text, geo)} == {"army"}


def test_no_casualties_on_its_own_gives_the_incident_before_a_toll_of_zero(geo):
    text = "T\n\nTwo drones attacked the base at Harir on Monday, the army said. No casualties."
    (c,) = claims(text, geo)
    assert (c.killed.value, c.injured.value) == (0, 0)


def test_the_lead_is_the_first_paragraph_with_a_sentence(geo):
    text = (
        "Mission welcomes truce\n\nPRESS RELEASE\n\n"
        "Juba, 3 May – The United Nations Mission in South Sudan welcomes the truce agreed "
        "in Yei on Sunday.\n\nLocal officials said two soldiers were killed in Morobo on Monday. "
        "Gunmen also attacked a convoy near Lainya on Tuesday."
    )
    got = claims(text, geo, published="2024-05-03")
    assert got[0].claimant.name == "United Nations Mission in South Sudan"


def test_the_highest_toll_since_the_truce_began_is_a_comparison_not_a_period(geo):
    text = (
        "T\n\nA truce between the army and the rebels took effect on 1 March. Shelling killed "
        "nine people in Kadugli on Monday, the highest toll in a day since the truce began, "
        "the health ministry said."
    )
    (c,) = [c for c in claims(text, geo, published="2025-03-12") if c.killed]
    assert c.period.start == "2025-03-10"


def test_aid_trucks_crossing_into_a_region_are_no_incursion(geo):
    text = (
        "T\n\nThe army said rebels shelled Kadugli on Monday. On Tuesday 40 trucks carrying "
        "food crossed into Darfur through the Adre crossing, the UN said."
    )
    assert [c.kind for c in claims(text, geo)] == ["incident"]


def test_some_of_the_people_killed_are_no_count_of_attacks(geo):
    text = "T\n\nAt least 12 people, five of them children, were killed when rebels shelled Kadugli on Monday."
    assert all(c.kind != "violation_tally" for c in claims(text, geo))


def test_two_days_later_and_the_following_morning_count_from_the_day_before(geo):
    text = (
        "T\n\nA drone hit the bus station in Finote Selam on 7 March, the monitor said. "
        "A second strike hit the market in Merawi two days later. Overnight on 10 March "
        "rebels shelled Dangila. The following morning, a drone struck a car near Bure."
    )
    got = [c.period.start for c in claims(text, geo, published="2024-03-12")]
    assert got == ["2024-03-07", "2024-03-09", "2024-03-10", "2024-03-11"]


def test_we_and_a_speech_verb_in_a_since_clause_speak_for_the_masthead(geo):
    text = (
        "Weekly assessment\n\nInstitute for the Study of Sahel Conflict | Weekly assessment\n\n"
        "Army drone strikes killed at least 30 civilians in Mopti region between 5 and 11 "
        "March, the highest figure since the government declared a state of emergency. "
        "Local media said militants attacked a convoy near Djenné on 8 March. "
        "We counted 12 attacks on army posts in the same week."
    )
    got = [c.claimant.name for c in claims(text, geo, published="2024-03-12")]
    me = "Institute for the Study of Sahel Conflict"
    assert got == [me, "Local media", me]


def test_a_headline_toll_restates_the_bodys_clash(geo):
    text = (
        "At least 9 killed in Kadugli as army and rebels clash\n\n"
        "Rebels attacked an army post in Kadugli on Monday, killing nine soldiers, the army said."
    )
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.killed.value == 9 and len(c.evidence) == 2


def test_a_tables_total_row_that_restates_the_summary_is_one_claim(geo):
    text = (
        "T\n\nWe logged 19 attacks in the week, the monitor said.\n\n"
        "Province | Attacks\nIturi | 12\nNorth Kivu | 7\nTotal | 19"
    )
    got = claims(text, geo)
    (total,) = [c for c in got if c.part_of is None]
    assert total.count.value == 19 and len(total.evidence) == 2
    assert sorted(c.count.value for c in got if c.part_of == total.id) == [7, 12]


def test_two_of_the_four_incidents_counts_two(geo):
    text = (
        "T\n\nThree of the seven incidents were rocket attacks on Kadugli, the army said on Monday."
    )
    assert [c.count.value for c in claims(text, geo) if c.count] == [3]


def test_a_truce_only_referred_to_is_no_agreement(geo):
    text = "T\n\nIt was the first attack the rebels had claimed since the truce took effect."
    assert all(c.kind != "agreement" for c in claims(text, geo))


def test_the_sentences_after_an_attack_give_its_outcome_and_toll(geo):
    text = (
        "T\n\nA UN patrol was attacked near Bossangoa on Sunday by armed men, the mission said. "
        "The peacekeepers returned fire and repelled the assailants. The attack caused no casualties."
    )
    (c,) = claims(text, geo)
    assert (c.outcome, c.killed.value, c.injured.value, len(c.evidence)) == ("repelled", 0, 0, 3)


def test_no_casualties_after_a_tally_and_with_a_word_between(geo):
    text = (
        "T\n\nRebels attacked army posts near Kadugli four times overnight, the army said. "
        "There were no military casualties."
    )
    (c,) = claims(text, geo)
    assert (c.kind, c.count.value, c.killed.value, c.injured.value) == ("violation_tally", 4, 0, 0)


def test_a_line_of_names_under_the_headline_is_the_publisher_not_a_byline(geo):
    head = "Sahel weekly: attacks rise\n\n"
    body = "\n\nMilitants attacked army posts near Djibo six times in the week."
    got = claims(head + "Conflict Observatory, Institute for Security Studies" + body, geo)
    assert [c.claimant.name for c in got] == ["Conflict Observatory"]
    got = claims(head + "By Jane Doe, Sahel Wire" + body, geo)
    assert all(c.claimant is None or c.claimant.name != "By Jane Doe" for c in got)


def test_the_day_of_an_account_is_not_the_day_of_the_clash(geo):
    text = (
        "T\n\nThe army and the rebels gave different accounts on Wednesday of a clash near "
        "Kadugli that residents said lasted much of Monday."
    )
    (c,) = claims(text, geo, published="2025-03-12")
    assert c.period.start == "2025-03-10"


def test_a_toll_under_a_findings_heading_is_the_summarys_incident(geo):
    text = (
        "Report\n\n1. SUMMARY. On 2 March, rebels attacked an army position in Morobo.\n\n"
        "2. FINDINGS.\n\nTwo soldiers were killed and four were wounded."
    )
    (c,) = claims(text, geo, published="2024-03-12")
    assert (c.kind, c.killed.value, c.injured.value) == ("incident", 2, 4)


def test_prepared_by_names_the_reports_own_voice(geo):
    text = (
        "Strike assessment\n\nPrepared by the Kivu Research Desk. Sources: statements by the army "
        "and by the M23 rebels.\n\nWe assess that the army carried out at least six strikes near "
        "Sake on 12 March."
    )
    got = claims(text, geo, published="2025-03-13")
    assert [c.claimant.name for c in got] == ["Kivu Research Desk"]


def test_the_previous_day_counts_back_from_the_day_of_speaking(geo):
    text = (
        "T\n\nThe army said on Thursday that rebels fired at soldiers escorting aid in Kadugli "
        "the previous day, wounding two of them."
    )
    (c,) = claims(text, geo, published="2020-01-03")
    assert (c.kind, c.period.start, c.injured.value) == ("incident", "2020-01-01", 2)


def test_a_town_near_which_it_happened_comes_before_a_country_named_by_a_demonym(geo):
    text = "T\n\nThe ministry said rebels fired small arms at Azerbaijani army positions near Shusha on Monday."
    (c,) = claims(text, geo)
    assert c.locations[0].name == "Shusha"


def test_a_machine_translated_cease_to_the_fire_is_a_truce(geo):
    text = "T\n\nThe Government suspended this Sunday the bilateral cease to the fire with the rebels in Cauca."
    assert [c.kind for c in claims(text, geo, published="2024-03-18")] == ["agreement"]


def test_a_toll_split_by_place_is_one_claim_at_each(geo):
    text = "T\n\nTwo soldiers were killed in Kadugli and three in Dilling on Monday, the army said."
    got = [(c.kind, c.killed.value, c.locations[0].name) for c in claims(text, geo)]
    assert got == [("incident", 2, "Kadugli"), ("incident", 3, "Dilling")]


def test_a_documents_name_or_a_method_heading_a_line_is_no_speaker(geo):
    text = (
        "Daily Situation Report: troops clash with rebels near Kadugli\n\n"
        "Over the past 24 hours rebels attacked army posts near Kadugli 6 times, the army said.\n\n"
        "Attacks by method\nMortar: 4\nSmall-arms fire: 2"
    )
    names = {c.claimant.name for c in claims(text, geo) if c.claimant}
    assert "Daily Situation" not in names and "Mortar" not in names


def test_rows_by_method_and_a_dotted_list_by_district_are_parts_of_the_total(geo):
    text = (
        "Kordofan: 30 attacks in May\n\nSudan Conflict Tracker — Monthly summary, May 2024\n\n"
        "The Tracker recorded 30 armed attacks in South Kordofan in May.\n\n"
        "Attacks by method\nMortar: 12\nDrone-dropped explosives: 8\n\n"
        "Attacks by district\nKadugli 17 · Dilling 13"
    )
    got = claims(text, geo, published="2024-06-02")
    (total,) = [c for c in got if c.part_of is None]
    assert total.claimant.name == "Sudan Conflict Tracker"
    parts = [(c.count.value, c.methods, [loc.name for loc in c.locations][:1]) for c in got
             if c.part_of == total.id]  # fmt: skip
    assert (12, ("mortar",), ["South Kordofan"]) in parts and (
        8,
        ("drone",),
        ["South Kordofan"],
    ) in parts
    assert (17, (), ["Kadugli"]) in parts and (13, (), ["Dilling"]) in parts


def test_an_event_log_table_makes_an_incident_of_each_row(geo):
    text = (
        "Weekly log: two incidents\n\nDarfur Security Monitor | El Fasher desk\n\n"
        "Date    Location            Type                 Killed  Injured  Source\n"
        "03 Mar  Kabkabiya           Mortar fire          2       5        local police\n"
        "05 Mar  Tawila, El Fasher   Drone strike         0       3        RSF\n"
        "Total                       2 incidents          2       8"
    )
    got = claims(text, geo, published="2025-03-10")
    rows = [(c.kind, c.period.start, c.locations[0].mention, c.methods, c.killed.value,
             c.injured.value, c.claimant.name) for c in got if c.kind == "incident"]  # fmt: skip
    assert rows == [
        ("incident", "2025-03-03", "Kabkabiya", ("mortar",), 2, 5, "local police"),
        ("incident", "2025-03-05", "Tawila", ("drone",), 0, 3, "RSF"),
    ]
    (total,) = [c for c in got if c.kind == "violation_tally"]
    assert (total.count.value, total.killed.value, total.injured.value) == (2, 2, 8)
    assert all(c.part_of == total.id for c in got if c.kind == "incident")


def test_occasions_face_offs_and_barrages_are_counted_and_an_appeal_is_no_truce(geo):
    text = (
        "T\n\nRebels fired mortars at army posts near Kadugli on two occasions on Monday, the "
        "army said. The ministry reported seven face-offs along the border this year. Rebels "
        "have fired 11 rocket barrages at Dilling since 16 June, the army said. The UN calls "
        "on both parties to agree to an immediate ceasefire."
    )
    got = claims(text, geo, published="2025-06-20")
    assert sorted(c.count.value for c in got if c.count) == [2, 7, 11]
    assert all(c.kind != "agreement" for c in got)


def test_attacks_reported_in_a_place_name_no_speaker_and_a_headline_toll_of_wounded(geo):
    text = (
        "Sudan says three soldiers wounded by fire from across the river\n\n"
        "The log lists attacks reported in Kordofan between 3 and 9 March. Rebels fired on an "
        "army post near Kadugli on Monday, wounding three soldiers, the army said."
    )
    got = claims(text, geo, published="2025-03-10")
    assert all(c.claimant is None or "attacks" not in c.claimant.name for c in got)
    assert [c.kind for c in got if c.injured] == ["incident"]


def test_attacks_that_have_risen_to_a_number_and_another_periods_figure(geo):
    text = (
        "T\n\nAttacks by armed groups in Mandera have risen to 23 since 1 January, police "
        "said, compared with nine in the same period of 2023. Cholera cases rose to 64."
    )
    got = claims(text, geo, published="2024-03-15")
    assert [(c.count.value, c.period.start) for c in got if c.count] == [(23, "2024-01-01")]


def test_the_day_before_yesterday_and_striking_a_station(geo):
    text = (
        "T\n\nA drone struck the port of Chornomorsk the day before yesterday, the navy said. "
        "The ministry accused the rebels of striking a pumping station near Sudzha on Thursday."
    )
    got = claims(text, geo, published="2025-03-30")
    assert [(c.kind, c.period.start) for c in got] == [
        ("incident", "2025-03-28"),
        ("incident", "2025-03-27"),
    ]


def test_a_weak_name_is_the_town_of_that_name_in_the_reports_country(geo):
    text = (
        "T\n\nTroops confronted rebels in 9 incidents in the Vavuniya (5) and Mannar (4) "
        "districts over the past 24 hours. Rebels fired mortars at Jaffna on Monday."
    )
    got = claims(text, geo, published="2008-01-12")
    places = {loc.mention: loc for c in got for loc in c.locations}
    assert places["Vavuniya"].country == "LK" and places["Vavuniya"].admin1 is not None


def test_members_who_farm_land_are_no_munition_landing(geo):
    text = (
        "T\n\nRebels shelled Hermel on Friday, the army said. A third version came from the "
        "clan, whose armed members farm land on both sides of the border."
    )
    assert len(claims(text, geo)) == 1


def test_fighting_named_only_in_general_is_no_incident(geo):
    text = (
        "T\n\nRebels shelled Kadugli on Monday, the army said. Fighting has also flared in "
        "Dilling. Clashes in Dilling on Tuesday killed four, the army said."
    )
    got = claims(text, geo, published="2024-03-13")
    assert [c.locations[0].name for c in got] == ["Kadugli", "Dilling"]


def test_a_number_after_the_points_back_and_counts_nothing(geo):
    text = "T\n\nThe team documented 11 attacks on villages in the two districts between 18 and 22 September."
    got = claims(text, geo, published="2024-09-30")
    assert [c.count.value for c in got if c.count] == [11]


def test_a_truce_agreed_years_before_the_report_is_background(geo):
    text = (
        "T\n\nRebels shelled Kadugli on Monday, the army said. The ceasefire signed on "
        "12 March 2019 had largely held until then."
    )
    assert [c.kind for c in claims(text, geo, published="2024-03-12")] == ["incident"]


def test_the_news_agency_is_the_agency_that_relayed_before(geo):
    text = (
        "T\n\nThe state-run National News Agency quoted the ministry as saying that a drone "
        "struck a car near Marjayoun on Sunday. On Monday, Israeli fire wounded an officer in "
        "Khiam, the news agency said."
    )
    got = [c.claimant.name for c in claims(text, geo, published="2024-12-03")]
    assert got[-1] == "state-run National News Agency"


def test_missile_and_drone_attacks_are_counted_attacks(geo):
    text = "T\n\nBetween 1 and 3 March the navy recorded 11 missile and drone attacks on ports in the Odesa region."
    (c,) = claims(text, geo, published="2025-03-30")
    assert (c.kind, c.count.value, c.period.start) == ("violation_tally", 11, "2025-03-01")


def test_means_named_by_aircraft_shots_and_an_assault(geo):
    text = (
        "T\n\nThe rebels said army aircraft had struck two villages near Kadugli on Monday. "
        "Unknown persons fired several shots at a police patrol near Dilling on Tuesday. "
        "The army said it repelled a large-scale assault on Kauda on Wednesday."
    )
    got = [c.methods for c in claims(text, geo, published="2024-03-14")]
    assert got == [("air_strike",), ("small_arms",), ("ground_attack",)]


def test_a_toll_of_two_groups_is_their_sum(geo):
    text = "T\n\nSince January, 14 bomb attacks in the west have killed eight civilians and two peacekeepers, the mission said."
    (c,) = claims(text, geo, published="2024-06-18")
    assert (c.count.value, c.killed.value) == (14, 10)


def test_no_officers_were_injured_gives_a_toll_of_zero(geo):
    text = "T\n\nGunmen fired several shots at a police patrol near Zubin Potok on Tuesday, police said. No officers were injured."
    (c,) = claims(text, geo, published="2023-06-14")
    assert (c.killed, c.injured.value) == (None, 0)  # nobody hurt says nothing of the dead


def test_parts_listed_after_a_colon(geo):
    text = "T\n\nThe mission counted 12 ceasefire violations on Sunday: seven in Marib and five in Taiz."
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 12)
    parts = sorted(c.count.value for c in out if c.part_of == total.id)
    assert parts == [5, 7]


def test_no_one_hurt_said_tersely_is_no_count(geo):
    (c,) = claims("T\n\nMortar rounds hit two houses in Kapan overnight, no one hurt.", geo)
    assert c.kind == "incident" and c.injured is not None and c.injured.value == 0
    (c,) = claims("T\n\nA drone struck a checkpoint near Goris; nobody killed.", geo)
    assert c.killed is not None and c.killed.value == 0 and c.injured is None


def test_a_line_labelled_with_a_titled_name_is_said_by_that_person(geo):
    (c,) = claims("T\n\nMAJ. OKAFOR: We logged 12 attacks in Borno last week.", geo)
    assert c.claimant is not None and c.claimant.name == "MAJ. OKAFOR"
    assert [loc.mention for loc in c.locations] == ["Borno"]  # the name is no place
    (c,) = claims("T\n\nMrs. Hanna Lind (Kalmar): Two shells landed in Kenema yesterday.", geo)
    assert c.claimant is not None and c.claimant.name == "Mrs. Hanna Lind"


def test_a_ministry_of_defence_abbreviated_speaks_and_is_no_place(geo):
    text = "T\n\n06:40 AZ MoD (Telegram): Armenian forces fired on positions near Kalbajar."
    (c,) = claims(text, geo)
    assert c.claimant is not None and c.claimant.name == "AZ MoD"
    assert c.claimant.type == "military"
    assert [loc.mention for loc in c.locations] == ["Kalbajar"]


def test_generic_nouns_count_attacks_only_when_the_words_around_say_so(geo):
    text = (
        "T\n\nMilitants remain active in the region. The institute counted 27 violent events "
        "in Mopti in February, 12 of them in Djenne."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 27)
    assert [c.count.value for c in out if c.part_of == total.id] == [12]
    (c,) = claims("T\n\nMonitors recorded 48 cases of gunfire near Kadugli last week.", geo)
    assert c.kind == "violation_tally" and c.count.value == 48
    out = claims("T\n\nAfter the shelling, clinics in Kadugli treated 212 cases of measles.", geo)
    assert not any(c.count and c.count.value == 212 for c in out)


def test_bombings_and_impacts_are_counted(geo):
    (c,) = claims("T\n\nShelling went on. Four impacts were recorded in Kramatorsk overnight.", geo)
    assert c.kind == "violation_tally" and c.count.value == 4
    (c,) = claims("T\n\nPolice counted 19 bombings in Belfast in February.", geo)
    assert c.kind == "violation_tally" and c.count.value == 19


def test_a_name_goes_on_across_and_when_the_gazetteer_knows_the_whole(geo):
    text = "T\n\nGunmen attacked a post in Saravan in Sistan and Baluchestan province, killing two."
    (c,) = claims(text, geo)
    assert {loc.admin1 for loc in c.locations if loc.precision != "zone"} == {
        "Sistan and Baluchestan"
    }
    (c,) = claims("T\n\nGunmen attacked positions in Aleppo and Idlib provinces on Monday.", geo)
    assert [(loc.mention, loc.admin1) for loc in c.locations] == [
        ("Aleppo", "Aleppo"),
        ("Idlib provinces", "Idlib"),
    ]


def test_a_bare_town_is_kept_in_the_country_its_sentence_names(geo):
    (c,) = claims("T\n\nShelling hit Gorazde in Bosnia and Herzegovina yesterday.", geo)
    assert c.locations[0].mention == "Gorazde" and c.locations[0].country == "BA"


def test_where_fire_came_from_alone_is_no_new_attack(geo):
    text = (
        "T\n\nA mortar round hit the market in Kenema on Monday, killing two traders. "
        "Crater analysis points to fire from the direction of Daru."
    )
    out = claims(text, geo)
    assert [c.kind for c in out] == ["incident"]
    # an origin with an outcome is an attack of its own
    (c,) = claims(
        "T\n\nThe rebels said they pushed back an army column advancing from Kenema.", geo
    )
    assert c.kind == "incident" and c.outcome == "repelled"


def test_according_to_opening_a_sentence_ends_at_its_comma(geo):
    text = "T\n\nAccording to the Joint Security Committee, its teams verified 14 violations in Aceh last week."
    (c,) = claims(text, geo)
    assert c.claimant is not None and c.claimant.name == "Joint Security Committee"
    text = "T\n\nAccording to Eduard Basurin, a DPR spokesman, the army shelled Horlivka twice on Monday."
    (c,) = claims(text, geo)
    assert c.claimant is not None and c.claimant.name == "Eduard Basurin"


def test_an_aside_on_the_speaker_is_skipped_back_to_its_name(geo):
    text = (
        "T\n\nThe Joint Monitoring Committee, chaired by a Swedish general and including both "
        "parties, says 9 attacks were recorded in Pidie last week."
    )
    (c,) = claims(text, geo)
    assert c.claimant is not None and c.claimant.name == "Joint Monitoring Committee"


def test_a_listed_items_opening_line_restated_below_is_one_claim(geo):
    text = (
        "Weekly digest\n\n"
        "• Convoy ambushed near Gao. Gunmen attacked a UN convoy near Gao on Monday, killing "
        "two peacekeepers, the mission said.\n\n"
        "• Two soldiers killed near Kidal. A roadside bomb struck an army truck near Kidal on "
        "Wednesday, killing two soldiers.\n\n"
        "• 14 violations near Avdiivka."
    )
    out = claims(text, geo)
    assert [c.kind for c in out] == ["incident", "incident", "violation_tally"]
    assert [len(c.evidence) for c in out] == [2, 2, 1]
    assert out[0].killed.value == 2 and out[1].killed.value == 2


def test_an_ordinal_over_a_period_counts_the_attacks_of_that_period(geo):
    text = (
        "T\n\nA bomb exploded outside a bar in Belfast on Saturday. It is the ninth sectarian "
        "attack in Belfast since the beginning of February, police said."
    )
    out = claims(text, geo)
    tally = next(c for c in out if c.kind == "violation_tally")
    assert tally.count.value == 9 and tally.period.start == "2022-02-01"
    # an ordinal in a sequence counts nothing
    out = claims("T\n\nThe second clash, on 15 February, left two dead in Bireuen.", geo)
    assert [c.kind for c in out] == ["incident"]


def test_a_truce_referred_to_by_name_is_no_new_agreement_and_dates_from_the_recent_one(geo):
    text = (
        "T\n\nOn Friday 4 March the two sides signed a ceasefire in Abuja. The Lome agreement "
        "of July 2019 had broken down in May. Since the Abuja agreement was signed, monitors "
        "have reported two ceasefire violations in Kambia district."
    )
    out = claims(text, geo)
    assert [c.kind for c in out] == ["agreement", "violation_tally"]
    assert out[1].period.start == "2022-03-04"  # the recent truce, not the 2019 one


def test_a_place_naming_a_truce_is_a_place_of_last_resort(geo):
    text = (
        "T\n\nSince the Abuja agreement was signed, monitors have reported two ceasefire "
        "violations in Kambia district."
    )
    (c,) = claims(text, geo)
    assert c.locations[0].mention == "Kambia district"


def test_in_the_reporting_period_is_the_period_the_report_declared(geo):
    text = (
        "T\n\nDaily report. Reporting period 081800B to 091800B MAR 22.\n\n"
        "The truce expired on 1 March, and exchanges of fire continued near Horlivka.\n\n"
        "UNMOs recorded 214 firing incidents near Horlivka in the reporting period."
    )
    out = claims(text, geo)
    tally = next(c for c in out if c.count and c.count.value == 214)
    assert (tally.period.start, tally.period.end) == ("2022-03-08", "2022-03-09")
    assert tally.claimant is not None and tally.claimant.name == "UNMOs"


def test_a_capitalised_preposition_opening_a_sentence_is_no_part_of_a_place(geo):
    text = "T\n\nAcross Northern Ireland, police recorded 31 sectarian attacks in January."
    (c,) = claims(text, geo)
    assert [loc.mention for loc in c.locations] == ["Northern Ireland"]


def test_a_trend_in_attacks_is_no_attack(geo):
    text = "T\n\nJNIM militants stepped up attacks in the Est region of Burkina Faso in February."
    assert claims(text, geo) == ()
    (c,) = claims("T\n\nAttacks intensified in Kharkiv overnight, killing three.", geo)
    assert c.kind == "incident" and c.killed.value == 3


def test_the_same_period_of_another_year_is_no_reference_back(geo):
    text = (
        "T\n\nA petrol bomb hit a hall in Portadown on Tuesday night. Across Northern Ireland, "
        "police figures show 31 shooting incidents in the first two months of the year, "
        "compared with 24 in the same period of 2021."
    )
    out = claims(text, geo)
    tally = next(c for c in out if c.count and c.count.value == 31)
    assert (tally.period.start, tally.period.end) == ("2022-01-01", "2022-02-28")


def test_a_weapon_word_heading_a_sentence_is_no_place(geo):
    (c,) = claims("T\n\nAir strikes hit militant hideouts on Sunday, the army said.", geo)
    assert c.locations == ()
    (c,) = claims("T\n\nMortar fire hit Goma on Monday.", geo)
    assert [loc.mention for loc in c.locations] == ["Goma"]


def test_a_division_named_as_one_may_lie_across_the_border(geo):
    text = (
        "T\n\nSyrian troops shelled Qusayr and Homs. Syrian shells hit villages in the Hermel "
        "district overnight, the Lebanese army said."
    )
    out = claims(text, geo)
    assert out[-1].locations[0].admin1 == "Baalbek-Hermel"


def test_a_division_named_by_its_kind_alone_is_the_one_named_before(geo):
    text = (
        "T\n\nAid convoys reached Kherson oblast last week. Shelling hit Beryslav on Monday. "
        "The regional administration counted 40 attacks in the region in February, "
        "15 of them on Beryslav."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 40)
    assert [loc.precision for loc in total.locations] == ["admin1"]
    assert total.locations[0].admin1 == "Kherson"
    # with no division of that level named, the places of the sentence before stand in
    text = "T\n\nGunmen attacked Mosul on Friday. Militants carried out 12 attacks in the area on Saturday."
    assert [loc.mention for loc in claims(text, geo)[-1].locations] == ["Mosul", "Iraq"]
    # the speaker's own division counts
    text = (
        "T\n\nThe governor of the Kara region told reporters in Dapaong that gunmen had "
        "carried out six attacks in the region since 1 February."
    )
    assert [loc.mention for loc in claims(text, geo)[-1].locations] == ["Kara region"]


def test_attacks_in_the_plural_on_no_one_day_are_no_attack(geo):
    assert claims("T\n\nThe tracker lists attacks on clinics in Helmand province.", geo) == ()
    text = "T\n\nThe district has seen dozens of attacks on police posts in recent years."
    assert claims(text, geo) == ()
    # attacks known by name are events
    text = "T\n\nThe BLA claimed the Panjgur and Kech attacks on Tuesday."
    assert [c.kind for c in claims(text, geo)] == ["incident"]


def test_a_log_whose_place_column_is_called_town(geo):
    text = (
        "Strikes on Bouake\n\n"
        "Site | Date | Town | Target (as identified) | Damage\n"
        "S1 | 4 Nov | Bouaké | army depot | 2 buildings destroyed\n"
        "S2 | 5 Nov | Korhogo | market | 9 stalls burnt\n"
    )
    out = claims(text, geo, published="2004-11-09")
    assert [(c.kind, c.locations[0].mention, c.period.start) for c in out] == [
        ("incident", "Bouaké", "2004-11-04"),
        ("incident", "Korhogo", "2004-11-05"),
    ]


def test_an_agency_in_brackets_and_police_are_no_month_and_no_place(geo):
    text = (
        "T\n\nKUMANOVO, May 24 (SEP) - Police said a mortar round hit a checkpoint near Kumanovo."
    )
    (c,) = claims(text, geo, published="2001-05-24")
    assert c.period is None  # (a dateline dates no claim; "(SEP)" is no September)
    assert [loc.mention for loc in c.locations] == ["Kumanovo"]


def test_a_masthead_names_its_body_without_its_short_form(geo):
    text = (
        "Strikes on Korhogo\n\n"
        "Sahel Damage Watch (SDW) | Assessment note 4\n\n"
        "We recorded two air strikes on Korhogo on 4 November."
    )
    (c,) = claims(text, geo, published="2004-11-09")
    assert c.claimant.name == "Sahel Damage Watch"


def test_heading_labels_and_masthead_cells_are_no_speakers(geo):
    text = (
        "Thread: the army on the end of the truce\n\n"
        "Weekly Digest | Africa | Source: Radio Kivu\n\n"
        "Codebook notes: fatalities are the lowest figure found.\n\n"
        "The FARDC said rebels attacked Goma twice on Monday."
    )
    (c,) = claims(text, geo)
    assert c.claimant.name == "FARDC"


def test_a_stage_label_in_brackets_is_no_part_of_the_speaker(geo):
    text = "T\n\n[Presenter] The rebel spokesman, Major Tembo, said troops shelled Gabu on Monday."
    (c,) = claims(text, geo)
    assert c.claimant.mention == "The rebel spokesman, Major Tembo"


def test_first_person_inside_a_quotation_is_the_quoted_speaker(geo):
    text = (
        "T\n\nCity Radio | News\n\n"
        "The rebel command accused the army of shelling Gabu on Monday. It said:\n\n"
        '"The enemy is losing ground. Our positions near Gabu were shelled twice on Monday."'
    )
    tally = next(c for c in claims(text, geo) if c.kind == "violation_tally")
    assert tally.claimant.name == "rebel command"
    # and a toll said as "two of our men" counts the men
    (c,) = claims("T\n\nTroops shelled Gabu on Monday. Two of our men were killed.", geo)
    assert c.killed.value == 2


def test_a_chronology_keeps_its_old_truces_and_each_entry_starts_afresh(geo):
    text = (
        "Chronology of the truce\n\n"
        "4 Mar 1994 - In Nairobi the government and the rebels sign a ceasefire agreement.\n\n"
        "9 Jun 1995 - The UN Mission (UNMX) says rebels shelled Gulu twice during the day.\n\n"
        "2 Feb 1996 - The army says rebels attacked Kitgum three times during the day.\n\n"
        "5 May 1996 - The ceasefire enters into force.\n"
    )
    out = claims(text, geo, published="1997-07-01")
    assert [c.kind for c in out] == ["agreement", "violation_tally", "violation_tally", "agreement"]
    third = out[2]
    assert (third.period.start, third.locations[0].mention) == ("1996-02-02", "Kitgum")
    assert third.claimant.name == "army"


def test_an_acronym_inside_a_name_gives_all_its_letters():
    from truceline.extract.parties import acronyms

    assert (
        acronyms("Resolution 968 establishes the UN Mission of Observers in Tajikistan (UNMOT).")[
            "UNMOT"
        ]
        == "UN Mission of Observers in Tajikistan"
    )


def test_a_table_by_sector_and_a_toll_table_by_category(geo):
    text = (
        "Weekly summary, Kivu\n\n"
        "Hostile incidents by sector, 1-7 March.\n"
        "Sector | Districts | Hostile incidents | Patrols\n"
        "Sector North | Goma, Rutshuru | 8 | 96\n"
        "Sector South | Bukavu, Uvira | 2 | 41\n"
        "Total | | 10 | 137\n\n"
        "Casualties in North Kivu in the same week.\n"
        "Category | Killed | Wounded\n"
        "Civilians | 12 | 11\n"
        "Soldiers | 3 | 9\n"
        "Total | 15 | 20\n"
    )
    out = claims(text, geo, published="2022-03-08")
    rows = [c for c in out if c.kind == "violation_tally"]
    assert [(c.count.value, c.locations[0].mention) for c in rows[:2]] == [
        (8, "Sector North"),
        (2, "Sector South"),
    ]
    tolls = [c for c in out if c.kind == "casualty_tally"]
    assert [(c.killed.value, c.injured.value) for c in tolls] == [(12, 11), (3, 9), (15, 20)]
    assert tolls[0].part_of == tolls[2].id
    assert all(c.locations[0].mention == "North Kivu" for c in tolls)


def test_continued_says_only_where_a_clause_ends_and_a_bodys_name_runs_on(geo):
    text = (
        "T\n\nMilitia groups continued to infiltrate the border. The West Papua National "
        "Liberation Army attacked a post near Sugapa on Monday."
    )
    (c,) = claims(text, geo)
    assert c.claimant is None or c.claimant.name != "Militia groups"
    assert [loc.mention for loc in c.locations] == ["Sugapa"]


def test_a_date_after_what_was_reported_is_not_the_day_of_the_report(geo):
    text = (
        "T\n\nIn Tetovo, where the fighting ended in March, police reported no incidents overnight."
    )
    (c,) = claims(text, geo, published="2001-05-24")
    assert (c.period.start, c.period.end) == ("2001-05-23", "2001-05-24")


def test_a_toll_in_the_attacks_counted_before_is_theirs(geo):
    text = (
        "T\n\nGunmen attacked 8 villages near Poso between 27 November and 2 December, "
        "officials said. Police said 9 people had been killed and 23 injured in the attacks."
    )
    tally, toll = claims(text, geo, published="2001-12-05")
    assert toll.kind == "casualty_tally" and (toll.killed.value, toll.injured.value) == (9, 23)
    assert toll.period == tally.period and toll.locations == tally.locations


def test_bare_numbers_after_of_these_are_parts_of_the_total(geo):
    text = (
        "T\n\nMonitors recorded 176 ceasefire violations in February and March. Of these "
        "violations, 96 were attributed to the rebels and 58 to the army; the remaining 22 "
        "could not be attributed."
    )
    total, *parts = claims(text, geo)
    assert (total.period.start, total.period.end) == ("2022-02-01", "2022-03-31")
    assert [(c.count.value, c.part_of) for c in parts] == [
        (96, total.id),
        (58, total.id),
        (22, total.id),
    ]


def test_an_operation_that_has_begun(geo):
    text = "T\n\nThe army said on 11 May that a security operation had begun in Swat district."
    (c,) = claims(text, geo, published="2009-05-12")
    assert (c.kind, c.period.start, c.locations[0].mention) == (
        "operation",
        "2009-05-11",
        "Swat district",
    )


def test_a_place_after_of_them_is_the_parts_alone(geo):
    text = "T\n\nMonitors recorded 31 breaches in Idlib province, 20 of them in Saraqib."
    total, part = claims(text, geo)
    assert [loc.mention for loc in total.locations] == ["Idlib province"]
    assert [loc.mention for loc in part.locations] == ["Saraqib"]
    text = "T\n\nThe commission registered three violations, all of them in Idlib province."
    assert [loc.mention for loc in claims(text, geo)[0].locations] == ["Idlib province"]


def test_a_tolls_part_said_as_n_of_them(geo):
    text = "T\n\nPolice said 40 militants had been killed since October 1, 15 of them in south Kashmir."
    total, part = claims(text, geo)
    assert (total.killed.value, part.killed.value, part.part_of) == (40, 15, total.id)


def test_a_data_exports_rows_are_claims_of_their_sources(geo):
    text = (
        "Export\n\n"
        "event_id,event_date,admin1,location,source,notes,fatalities\n"
        'X-1,6 Aug 1996,Chechnya,Grozny,Interfax,"On 6 August 1996, fighters attacked '
        'checkpoints in Grozny. 18 fatalities.",18\n'
        'X-2,9 Aug 1996,Chechnya,Gudermes,Segodnya,"On 9 August 1996, residents rallied '
        'in Gudermes to demand an end to the fighting. No fatalities.",0\n'
        'X-3,31 Aug 1996,Chechnya,Khasavyurt,ITAR-TASS,"On 31 August 1996, the two sides '
        'signed a ceasefire agreement in Khasavyurt.",0\n'
    )
    out = claims(text, geo, published="2021-05-17")
    assert [(c.kind, c.claimant.name) for c in out] == [
        ("incident", "Interfax"),
        ("agreement", "ITAR-TASS"),
    ]
    assert out[0].killed.value == 18


def test_a_tables_heading_row_is_no_claim(geo):
    text = (
        "Mine action results\n\n"
        "County | Area at 1 Jan 2006 | Cleared | AP mines destroyed | UXO destroyed\n"
        "Osijek-Baranja | 215.3 | 3.42 | 612 | 1,420\n"
    )
    assert claims(text, geo, published="2006-07-20") == ()


def test_fires_that_are_put_out_are_no_attacks(geo):
    text = (
        "T\n\nFire teams helped the fire services put out four brush fires near Nicosia on Monday."
    )
    assert claims(text, geo) == ()


def test_no_need_to_launch_an_operation_is_none(geo):
    text = (
        "T\n\nThe ministry said there was no need at this stage to launch a new operation in Idlib."
    )
    assert claims(text, geo) == ()


def test_thrown_and_dropped_munitions_and_a_patrols_contact_are_attacks(geo):
    (c,) = claims("T\n\nA grenade was thrown at a checkpoint in Gulu on Monday.", geo)
    assert c.kind == "incident"
    (c,) = claims("T\n\nA drone dropped an explosive charge on a post near Gulu on Monday.", geo)
    assert c.kind == "incident" and "drone" in c.methods
    text = "T\n\nA patrol made contact with gunmen near Gulu on Monday. One soldier was killed."
    (c,) = claims(text, geo)
    assert (c.kind, c.killed.value) == ("incident", 1)
    assert claims("T\n\nFood prices dropped in Gulu on Monday.", geo) == ()


def test_rows_a_dot_leader_joins_are_parts_of_the_total(geo):
    text = (
        "Daily report\n\n"
        "Monitors recorded 900 firing incidents in Sarajevo over the past 24 hours; teams "
        "LIMA and SIERRA were held at checkpoints.\n\n"
        "By area:\n"
        "   Hadzici ........................ 124\n"
        "   Vogosca / Ilijas ............... 197\n\n"
        "By weapon:\n"
        "   Mortars (60-120 mm) ............ 214\n"
    )
    total, *rows = claims(text, geo, published="1995-05-07")
    assert [loc.mention for loc in total.locations] == ["Sarajevo"]
    assert [(c.count.value, c.part_of) for c in rows] == [
        (124, total.id),
        (197, total.id),
        (214, total.id),
    ]
    assert [loc.mention for loc in rows[1].locations] == ["Vogosca", "Ilijas"]
    assert rows[2].methods == ("mortar",)
    assert rows[0].evidence[0].text.startswith("Hadzici ....")


def test_an_interviews_answers_are_the_interviewees(geo):
    text = (
        "Interview: the truce is holding\n\n"
        "City Weekly | Interview\n\n"
        "Colonel Amos Tembo chairs the truce committee in Gulu. He answered our questions.\n\n"
        "Q: Is the truce holding?\n"
        "A: Broadly. Since 1 March the committee has registered 7 violations in Gulu.\n"
        "Q: And casualties?\n"
        "A: We have recorded 4 civilians killed in Gulu since 1 March.\n"
    )
    out = claims(text, geo, published="2022-03-20")
    assert [c.claimant.name for c in out] == ["Colonel Amos Tembo", "Colonel Amos Tembo"]


def test_a_toll_of_fire_across_a_region_and_one_person_as_an_object(geo):
    (c,) = claims("T\n\nIsraeli fire killed four people in the Gaza Strip on Tuesday.", geo)
    assert (c.kind, c.killed.value) == ("casualty_tally", 4)
    (c,) = claims("T\n\nShelling killed a woman in Donetsk on Monday.", geo)
    assert (c.kind, c.killed.value) == ("incident", 1)
    text = "T\n\nOn Monday shelling of Horlivka injured a woman of 1975 year of birth."
    (c,) = claims(text, geo)
    assert (c.injured.value, c.period.start) == (1, "2022-03-07")


def test_an_attack_named_with_the_and_a_denied_toll_are_no_new_claims(geo):
    text = "T\n\nIf they do not, the clash at Wiwili will not be the last."
    assert claims(text, geo) == ()
    text = "T\n\nTheir claim that fighters killed 30 soldiers in Bala Buluk is false propaganda."
    assert claims(text, geo) == ()
    # the attack with a day of its own is still one
    (c,) = claims("T\n\nThe attack on a checkpoint near Gao on Monday was repelled.", geo)
    assert c.kind == "incident"


def test_terrorist_and_military_actions_are_counted_and_nil_is_zero(geo):
    text = (
        "T\n\nThe army recorded 7 terrorist actions by the rebels in the departments of "
        "Chalatenango (3) and Morazan (4) over the past 24 hours."
    )
    total, *parts = claims(text, geo)
    assert total.count.value == 7 and [c.count.value for c in parts] == [3, 4]
    text = "T\n\nMonitors said troops shelled Gulu on Monday. Nil incidents past 24 hrs at Kitgum."
    assert claims(text, geo)[-1].count.value == 0


def test_two_groups_each_counted_before_the_verb_are_one_toll(geo):
    text = (
        "T\n\nPolice said 143 guerrillas and 18 members of the security forces had been "
        "killed in northern Namibia since Saturday."
    )
    out = claims(text, geo)
    # the groups are the toll's parts
    assert [(c.killed.value, c.part_of is None) for c in out] == [
        (161, True),
        (143, False),
        (18, False),
    ]


def test_bare_numbers_after_of_which_are_parts_and_since_reaches_past_a_clock_time(geo):
    text = (
        "T\n\nSince the ceasefire came into force at 2359 hrs 28 Dec 79, monitors have "
        "recorded 37 ceasefire violations in Manicaland, of which 18 are attributed to ZANLA "
        "and 6 to ZIPRA."
    )
    total, *parts = claims(text, geo, published="1980-01-16")
    assert (total.period.start, total.period.end) == ("1979-12-28", "1980-01-16")
    assert [(c.count.value, c.part_of) for c in parts] == [(18, total.id), (6, total.id)]


def test_a_denied_clause_and_a_newspapers_name_are_no_claim_or_place(geo):
    assert (
        claims("T\n\nHonduras denied that its troops had attacked at El Poy on Monday.", geo) == ()
    )
    text = "T\n\nHospital sources quoted by the daily El Watan put the toll at 120 dead in Larbaa."
    (c,) = claims(text, geo)
    assert [loc.mention for loc in c.locations] == ["Larbaa"]


def test_a_town_gutted_by_fire_in_looting_is_no_attack(geo):
    text = "T\n\nMuch of the centre of Maseru was gutted by fire during two days of looting."
    assert claims(text, geo) == ()


def test_in_the_sector_is_the_sector_named_before(geo):
    text = (
        "Daily report\n\n"
        "UNMO HQ Sector Sarajevo. Teams were held at checkpoints near Zagreb.\n\n"
        "UNMOs recorded 1,214 firing incidents in the sector in the past 24 hours."
    )
    (c,) = claims(text, geo, published="1995-05-07")
    assert [loc.mention for loc in c.locations] == ["Sector Sarajevo"]


def test_the_speakers_village_places_what_they_heard(geo):
    (c,) = claims("T\n\nResidents near Machalong reported an exchange of gunfire on Monday.", geo)
    assert (c.kind, [loc.mention for loc in c.locations]) == ("incident", ["Machalong"])


def test_arson_by_armed_men_is_an_attack(geo):
    text = "T\n\nArmed men burned houses and a church in Betalemba village on 1 December."
    (c,) = claims(text, geo, published="2001-12-05")
    assert c.kind == "incident" and c.period.start == "2001-12-01"
    text = "T\n\nGunmen set fire to shops in Dighinala on 19 September."
    assert [c.kind for c in claims(text, geo, published="2024-09-30")] == ["incident"]


def test_n_of_the_soldiers_counts_the_soldiers(geo):
    text = "T\n\nShelling hit Goma on Monday; three of the soldiers on guard were killed."
    assert [c.killed.value for c in claims(text, geo) if c.killed] == [3]


def test_the_bodys_officer_speaks_for_the_body_named_before(geo):
    text = (
        "T\n\nThe Russian Center for Reconciliation registered 19 shellings in Idlib over the "
        "past 24 hours, the centre's deputy head, Rear Admiral Oleg Zhuravlev, said."
    )
    (c,) = claims(text, geo)
    assert c.claimant.name == "Russian Center for Reconciliation"


def test_nationwide_total_is_in_the_report_country(geo):
    text = (
        "T\n\nFighting flared near Kandahar and Herat on Monday, officials said.\n\n"
        "The commission has logged 52 truce breaches countrywide since 1 March, of which "
        "30 are blamed on the militia and 22 on the army."
    )
    total = next(c for c in claims(text, geo) if c.count and c.count.value == 52)
    assert [(loc.precision, loc.country) for loc in total.locations] == [("country", "AF")]


def test_the_island_and_the_kingdom_name_the_report_country(geo):
    first = "T\n\nInsurgents attacked the police station in Kegalle on Monday, the army said.\n\n"
    for line in (
        "The ministry said insurgents had attacked 30 police stations throughout the Island.",
        "The ministry said there had been nine bomb attacks on the island since Monday.",
        "There were 14 attacks on checkpoints in various parts of the Kingdom on Tuesday.",
    ):
        tally = next(c for c in claims(first + line, geo) if c.count)
        assert [(loc.precision, loc.country) for loc in tally.locations] == [("country", "LK")]


def test_the_capital_and_the_city_are_the_ones_named_before(geo):
    text = (
        "T\n\nTroops fired on protesters in Kaunas and at the television tower in Vilnius on "
        "Sunday.\n\nRadio Kaunas said there had been no further shooting in the capital "
        "overnight.\n\nPolice in Kaunas said 3 attacks on patrols were made in the city on Monday."
    )
    zero, three = (c for c in claims(text, geo) if c.count is not None)
    assert [loc.name for loc in zero.locations] == ["Vilnius"]
    assert [loc.name for loc in three.locations] == ["Kaunas"]


def test_a_colon_after_a_toll_opens_its_parts(geo):
    text = (
        "T\n\nThe ministry put the number of people killed in the fighting in Kandahar at 90, "
        "not counting the insurgents: 51 civilians, 30 police officers and 9 soldiers."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.killed and c.killed.value == 90)
    parts = [c.killed.value for c in out if c.part_of == total.id]
    assert parts == [51, 30, 9]


def test_a_toll_risen_to_a_number_is_a_casualty_tally(geo):
    for line in (
        "The death toll from the fighting in Kandahar has risen to 76, officials said.",
        "The number of people killed in Herat since Friday reached 45, the governor said.",
    ):
        (toll,) = [c for c in claims("T\n\n" + line, geo) if c.killed]
        assert toll.kind == "casualty_tally"
        assert toll.killed.value in (76, 45)


def test_counts_after_a_far_colon_that_add_up_are_the_tolls_parts(geo):
    text = (
        "T\n\nThe mission verified 21 conflict-related deaths in Kandahar during the "
        "reporting period: 14 civilians, five police officers and two soldiers."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.killed and c.killed.value == 21)
    assert [c.killed.value for c in out if c.part_of == total.id] == [14, 5, 2]
    text = text.replace("two soldiers", "nine soldiers")  # 28: a list, not the toll's parts
    assert not any(c.part_of for c in claims(text, geo))


def test_a_report_opening_since_dates_its_toll_and_the_parts_share_it(geo):
    text = (
        "T\n\n1.1 Six armed attacks were reported in the Kunar Region during the period.\n\n"
        "3.1 Since the attacks carried out by the rebels in the early hours of Monday on the "
        "police station at Asadabad, a total of 14 persons have died in the Region: eight "
        "members of the security forces and six of the attackers."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.killed and c.killed.value == 14)
    assert (total.period.start, total.period.end) == ("2022-03-07", "2022-03-10")
    assert [loc.mention for loc in total.locations] == ["Kunar Region"]
    parts = [c for c in out if c.part_of == total.id]
    assert [c.period for c in parts] == [total.period, total.period]


def test_a_place_named_before_the_referring_words_leads(geo):
    text = (
        "T\n\nThe council of Kandahar province said that since the truce not a single "
        "armed incident has occurred in Spin Boldak or in the province."
    )
    (zero,) = claims(text, geo)
    assert zero.locations[0].mention == "Spin Boldak"


def test_zero_tallies_said_tersely_or_through_reports(geo):
    for line in (
        "No hostile activity in Kandahar.",
        "There were no reports of fighting in Kandahar on Tuesday, the agency said.",
        "Kandahar province has remained free of incidents since the truce began.",
        "NO CONTACT IN KANDAHAR SECTOR DURING PERIOD.",
    ):
        out = claims("T\n\nThe army and the militia signed a truce.\n\n" + line, geo)
        assert [c.count.value for c in out if c.count] == [0], line


def test_a_message_header_places_its_claims_where_it_was_sent_from(geo):
    text = (
        "Sitrep\n\nFROM: SECTOR HQ KANDAHAR\nTO: DIVISION HQ HERAT\nINFO: CORPS HQ KABUL\n\n"
        "1. GEN SITUATION. CITY TENSE BUT CALM. MILITIA FIRED ON OWN POSTS ON NINE OCCASIONS "
        "DURING PERIOD."
    )
    (tally,) = claims(text, geo)
    assert [loc.name for loc in tally.locations] == ["Kandahar", "Afghanistan"]


def test_a_denied_subject_denies_the_attack(geo):
    for line, kinds in (
        ("No soldier has fired a shot at Kanesatake, the army said.", []),
        ("No unit of the armed forces crossed into Kandahar, the ministry said.", []),
        ("No fewer than 20 gunmen attacked the post at Kanesatake.", ["incident"]),
    ):
        assert [c.kind for c in claims("T\n\n" + line, geo)] == kinds, line


def test_the_island_is_an_island_named_before(geo):
    text = "T\n\nThe prefecture of Corsica reported 11 bomb attacks on the island overnight."
    (tally,) = claims(text, geo)
    assert [loc.name for loc in tally.locations] == ["Corsica"]


def test_total_with_parts_in_two_provinces_is_also_in_the_country(geo):
    text = (
        "T\n\nThe defence ministry said militants had broken the truce 48 times in the three "
        "days since it came into force, including 20 times in Idlib province and 9 times in "
        "Hama province."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 48)
    assert [loc.precision for loc in total.locations][-1] == "country"
    assert {loc.admin1 for loc in total.locations[:2]} == {"Idlib", "Hama"}
    parts = [c for c in out if c.part_of == total.id]
    assert all(len(c.locations) == 1 for c in parts)


def test_truce_begins_when_it_takes_effect_not_when_signed(geo):
    text = (
        "T\n\nThe truce, signed in Geneva on Saturday, came into force at noon on Monday.\n\n"
        "The army said 14 of its soldiers had been killed since the truce began, and that it "
        "had killed 60 rebels over the same period."
    )
    tolls = [c for c in claims(text, geo) if c.kind == "casualty_tally"]
    assert [c.period.start for c in tolls] == ["2022-03-07", "2022-03-07"]


def test_an_area_named_after_a_town_is_around_that_town(geo):
    (c,) = claims("T\n\nGunmen ambushed a bus in the Rusape area on Monday, police said.", geo)
    loc = c.locations[0]
    assert (loc.mention, loc.name, loc.precision) == ("Rusape area", "Rusape", "settlement")
    (c,) = claims("T\n\nGunmen ambushed a bus in the Zorvakhi area on Monday, police said.", geo)
    assert (c.locations[0].mention, c.locations[0].name) == ("Zorvakhi area", "Zorvakhi")


def test_a_toll_after_a_semicolon_is_the_incident_s(geo):
    (c,) = claims(
        "T\n\nA grenade exploded in a market in Kandahar on Monday; 3 civilians were hurt.", geo
    )
    assert c.kind == "incident" and c.injured is not None and c.injured.value == 3


def test_a_known_name_before_a_place_noun_is_that_town(geo):
    (c,) = claims("T\n\nA grenade was thrown into the Kandahar market on Monday.", geo)
    assert c.kind == "incident" and c.locations[0].name == "Kandahar"
    assert c.locations[0].precision == "settlement"


def test_terrorists_and_attackers_are_people_a_toll_counts(geo):
    text = "T\n\nIn the past week, 14 terrorists were killed in northern Iraq, the ministry said."
    (c,) = claims(text, geo)
    assert c.kind == "casualty_tally" and c.killed.value == 14


def test_a_sentence_may_open_with_an_unknown_place_and_a_demonym_names_a_country(geo):
    text = "T\n\nNear Zorvakhi, a patrol came under fire from Albanian territory on Monday, the army said."
    (c,) = claims(text, geo)
    assert [(loc.name, loc.role) for loc in c.locations] == [
        ("Zorvakhi", "near"),
        ("Albania", "origin"),
    ]


def test_a_chronology_entry_s_relative_days_count_from_the_entry(geo):
    text = (
        "Chronology\n\n"
        "2 Jan -- Rebels shell the port of Kismayo.\n\n"
        "9 Jan -- The army says rebels broke the truce three times since Sunday near Kismayo.\n\n"
        "20 Jan -- Talks resume in Nairobi."
    )
    tally = next(c for c in claims(text, geo, published="2022-02-14") if c.count)
    assert (tally.period.start, tally.period.end) == ("2022-01-09", "2022-01-09")


def test_weekday_abbreviations_and_table_labels_are_no_places(geo):
    text = (
        "Shelling by day\n\n"
        "The command recorded 9 barrages on Kinmen during the week.\n\n"
        "Table 1\n"
        "20 Oct (Wed) 9"
    )
    for c in claims(text, geo, published="2021-10-24"):
        assert not {loc.mention for loc in c.locations} & {"Wed", "Table"}


def test_a_tab_separated_export_reads_each_row_s_notes_on_its_date(geo):
    text = (
        "Event export\n\n"
        "id\tevent_date\tevent_type\tactor1\tplace\tsource\tnotes\tfat\n"
        "X-1\t2021-05-03\tShelling\tArmy\tKhartoum\tRadio Omdurman\tArmy shells rebel "
        "positions in Bahri; 2 civilians killed.\t2\n"
        "X-2\t2021-05-04\tBattles\tRSF\tKhartoum\tSudan Tribune\tRSF attack an army post "
        "near Omdurman overnight; no casualties reported.\t0\n"
    )
    out = claims(text, geo, published="2021-06-01")
    # ("overnight" counts back from the row's own date)
    assert [(c.kind, c.period.start, c.period.end, c.claimant.name) for c in out] == [
        ("incident", "2021-05-03", "2021-05-03", "Radio Omdurman"),
        ("incident", "2021-05-03", "2021-05-04", "Sudan Tribune"),
    ]


def test_a_dateline_city_spelling_a_verb_is_a_place_and_no_speaker(geo):
    text = (
        "T\n\nPORT SAID, Nov. 10 (Reuters) - Troops in the city were fired on by snipers five "
        "times on Friday, an army spokesman said."
    )
    (c,) = claims(text, geo, published="2021-11-10")
    assert c.claimant.name != "PORT"
    assert c.locations[0].name == "Port Said"


def test_a_people_s_name_after_a_count_is_people(geo):
    text = "T\n\nAt least 40 Senegalese have been killed in Nouakchott since Monday, Dakar said."
    (c,) = claims(text, geo)
    assert c.kind == "casualty_tally" and c.killed.value == 40


def test_a_sentence_opening_with_a_bare_number_counts_parts_of_the_total_before(geo):
    text = (
        "T\n\nUN observers reported seven ceasefire violations on Monday. Four were observed "
        "near Quneitra, two near Banias and one at the bridge."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 7)
    assert sorted(c.count.value for c in out if c.part_of == total.id) == [1, 2, 4]


def test_n_of_the_attacks_opening_a_sentence_is_a_part_and_unit_names_are_no_places(geo):
    text = (
        "T\n\nMilitants carried out 41 attacks in Aden between Sunday and Tuesday, the command "
        "said. Twenty-six of the attacks were made with grenades, 15 with small arms. Five of "
        "the nine clinics in Aden are closed."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 41)
    assert sorted(c.count.value for c in out if c.part_of == total.id) == [15, 26]
    text = "T\n\nOne soldier of the Royal Northumberland Fusiliers was killed near Aden on Monday."
    (c,) = claims(text, geo)
    assert [loc.name for loc in c.locations] == ["Aden"]


def test_during_the_week_is_the_week_the_headline_gives(geo):
    text = (
        "Weekly shelling summary, 14-20 February 2022\n\n"
        "During the week the rebels fired on Kramatorsk 24 times, the army said."
    )
    (c,) = claims(text, geo, published="2022-02-21")
    assert (c.period.start, c.period.end) == ("2022-02-14", "2022-02-20")


def test_a_data_row_s_place_column_places_its_notes(geo):
    text = (
        "Event export\n\n"
        "id,event_date,place,source,notes\n"
        'X-1,2021-05-03,Kramatorsk (outskirts),Ukrinform,"Shelling of a checkpoint at the '
        'railway crossing; 2 soldiers killed."\n'
    )
    (c,) = claims(text, geo, published="2021-06-01")
    assert (
        c.locations[0].name == "Kramatorsk" and c.locations[0].mention == "Kramatorsk (outskirts)"
    )


def test_a_chronology_entry_s_bracketed_source_speaks_and_strikes_of_workers_are_no_attacks(geo):
    text = (
        "Chronology\n\n"
        "2 Jan -- Gunmen storm the police station in Kismayo; 3 officers are killed. [Radio Dalsan]\n"
        "5 Jan -- Dock workers in Kismayo begin a hunger strike.\n"
        "9 Jan -- The army says its garrison repelled an attack on the Baidoa barracks. [SONNA]\n"
        "12 Jan -- Talks resume in Nairobi."
    )
    out = claims(text, geo, published="2022-02-14")
    assert [(c.kind, c.claimant.name) for c in out] == [
        ("incident", "Radio Dalsan"),
        ("incident", "army"),
    ]
    assert out[1].locations[0].name == "Baidoa"


def test_a_short_acronym_after_a_preposition_is_no_unknown_place(geo):
    (c,) = claims("T\n\nMortar bombs were fired at IDF positions near Suez on Sunday.", geo)
    assert [loc.name for loc in c.locations] == ["Suez"]


def test_a_forecast_of_an_attack_is_no_claim(geo):
    text = "T\n\nFurther shelling of Sarfait is probable if the advance continues, the army said."
    assert claims(text, geo) == ()


def test_abbreviated_compass_points_before_of_mean_near(geo):
    text = "T\n\nAircraft struck a gun line on a ridge NE of Kandahar on Monday, the army said."
    (c,) = claims(text, geo)
    assert [(loc.name, loc.role) for loc in c.locations] == [("Kandahar", "near")]


def test_a_tossed_grenade_is_an_attack_and_the_next_sentence_s_toll_is_its(geo):
    text = (
        "T\n\nOn Monday afternoon a grenade was tossed into an army vehicle in Kandahar, the "
        "army said. One soldier was killed and two were wounded."
    )
    (c,) = claims(text, geo)
    assert c.kind == "incident" and (c.killed.value, c.injured.value) == (1, 2)


def test_in_n_cases_violated_is_a_tally(geo):
    text = (
        "T\n\nThe commission said that in seven cases the ceasefire had been violated: three "
        "near Haiphong and four in Quang Ngai province."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 7)
    assert sorted(c.count.value for c in out if c.part_of == total.id) == [3, 4]


def test_in_n_cases_after_a_tally_is_its_part(geo):
    text = (
        "T\n\nThe rebels violated the truce 12 times on Monday, the army said, using rifles "
        "and, in five cases, mortars."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 12)
    assert [c.count.value for c in out if c.part_of == total.id] == [5]


def test_a_name_goes_on_across_a_capitalised_common_word_when_the_whole_is_known(geo):
    text = "T\n\nOfficials said 12 civilians were killed in Port Said on Monday and Tuesday."
    (c,) = claims(text, geo)
    assert c.locations[0].name == "Port Said"


def test_a_label_of_common_words_is_no_speaker(geo):
    text = (
        "Daily report\n\n"
        "The monitoring mission recorded 3 ceasefire violations near Lucane on Monday.\n\n"
        "Civilians: the health centre treated 1 civilian from Lucane for shrapnel wounds on Monday."
    )
    for c in claims(text, geo):
        assert c.claimant is None or c.claimant.name != "Civilians"


def test_a_reproduced_letter_speaks_in_its_writer_s_voice(geo):
    text = (
        "Security Council document S/1234 (excerpt)\n\n"
        "I. LETTER DATED 3 MARCH 2022 FROM THE PERMANENT REPRESENTATIVE OF UKRAINE ADDRESSED "
        "TO THE PRESIDENT OF THE SECURITY COUNCIL\n\n"
        "On 2 March 2022 Russian forces shelled Kharkiv, killing 21 civilians."
    )
    (c,) = claims(text, geo)
    assert "PERMANENT REPRESENTATIVE OF UKRAINE" in c.claimant.mention


def test_places_that_account_for_parts_of_a_total(geo):
    text = (
        "T\n\nMilitants carried out 41 attacks in Aden between Sunday and Tuesday, the command "
        "said. Crater accounted for 17 of them, Sheikh Othman for 14 and Tawahi for four."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 41)
    parts = [(c.count.value, c.locations[0].mention) for c in out if c.part_of == total.id]
    assert parts == [(17, "Crater"), (14, "Sheikh Othman"), (4, "Tawahi")]


def test_a_party_word_before_attacks_qualifies_them(geo):
    text = "T\n\nRebels repulsed seven army attacks near Goma since Monday, their radio said."
    (c,) = claims(text, geo)
    assert c.kind == "violation_tally" and c.count.value == 7


def test_an_army_entering_a_country_launches_an_operation(geo):
    text = "T\n\nECOWAS forces entered The Gambia on 19 January, the commission said."
    (c,) = claims(text, geo, published="2017-01-21")
    assert c.kind == "operation" and c.locations[0].name == "Gambia"
    text = "T\n\nThai soldiers crossed into Cambodia on Monday and opened fire on a post, it said."
    assert [c.kind for c in claims(text, geo)] == ["incident"]


def test_dead_and_wounded_counted_side_by_side_make_one_toll(geo):
    text = (
        "T\n\nCasualties during the past week: 7 killed, 4 of them servicemen and 3 civilians; "
        "38 wounded, 23 of them servicemen and 15 civilians, the command said."
    )
    out = claims(text, geo)
    assert [(c.killed.value, c.injured.value, c.part_of is None) for c in out] == [
        (7, 38, True),
        (4, 23, False),
        (3, 15, False),
    ]


def test_a_toll_over_several_days_is_a_tally_and_a_night_is_one_attack_s(geo):
    text = "T\n\nAt least 27 people were killed in Kandahar on Saturday and Sunday in shooting, police said."
    (c,) = claims(text, geo)
    assert c.kind == "casualty_tally" and c.killed.value == 27
    text = "T\n\nGunmen attacked a bus near Kandahar overnight, killing 4, police said."
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.killed.value == 4


def test_an_aircraft_that_lands_is_no_attack(geo):
    text = "T\n\nAn ICRC aircraft carrying medical supplies landed at Kabul airport on Friday, officials said."
    assert claims(text, geo) == ()


def test_counts_of_the_dead_after_a_toll_are_its_parts(geo):
    text = (
        "T\n\nNine people were killed in Goma on Monday and Tuesday, the hospital said. "
        "Three of the dead were children."
    )
    out = claims(text, geo)
    assert [(c.killed.value, c.part_of) for c in out] == [(9, None), (3, out[0].id)]


def test_a_data_export_whose_header_is_a_comment_and_a_clock_time_is_no_label(geo):
    text = (
        "events.csv (extract)\n\n"
        "# Columns: event_id,event_date,location,source,notes,fatalities\n"
        '# "fatalities" is the coder\'s figure.\n'
        'E-1,2021-03-24,Kramatorsk,Ukrinform,"Troops shelled the town at about 16:00, '
        'killing 2 civilians.",2\n'
    )
    (c,) = claims(text, geo, published="2021-04-20")
    assert (c.claimant.name, c.period.start) == ("Ukrinform", "2021-03-24")


def test_a_zone_takes_in_the_divisions_it_names(geo):
    text = (
        "T\n\nThe army recorded 14 incidents in the southern border provinces in March: six "
        "in Narathiwat, five in Pattani and three in Yala."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 14)
    assert total.locations[0].mention == "southern border provinces"
    parts = [(c.count.value, c.locations[0].name) for c in out if c.part_of == total.id]
    assert parts == [(6, "Narathiwat"), (5, "Pattani"), (3, "Yala")]


def test_no_fighting_reported_is_a_zero_tally_and_a_toll_over_months_no_incident(geo):
    text = "T\n\nMONUSCO said no fighting had been reported in Rutshuru territory since Sunday."
    (c,) = claims(text, geo)
    assert c.kind == "violation_tally" and c.count.value == 0
    text = "T\n\nThirty-eight people had been killed in the firing this year, the officials said."
    (c,) = claims(text, geo)
    assert c.kind == "casualty_tally" and c.killed.value == 38


def test_during_the_period_is_the_period_a_report_labels(geo):
    text = (
        "Strike summary\n\n"
        "Period: 1 November - 6 November 2016.\n\n"
        "During the period coalition aircraft conducted 64 strikes near Mosul, the cell said."
    )
    (c,) = claims(text, geo, published="2016-11-07")
    assert (c.period.start, c.period.end) == ("2016-11-01", "2016-11-06")


def test_a_toll_of_strikes_across_a_region_is_a_tally(geo):
    text = (
        "T\n\nThe health ministry said 14 people were killed and 40 wounded in Israeli strikes "
        "on southern Lebanon on Wednesday."
    )
    (c,) = claims(text, geo)
    assert c.kind == "casualty_tally" and (c.killed.value, c.injured.value) == (14, 40)


def test_a_data_row_s_notes_make_no_zero_tally(geo):
    text = (
        "events.csv\n\n"
        "event_id,event_date,location,source,notes,fatalities\n"
        'E-1,2021-04-01,Palma,Radio Mocambique,"The army announced an operation to retake '
        'Palma. No fighting reported.",0\n'
    )
    assert [c.kind for c in claims(text, geo, published="2021-04-20")] == ["operation"]
    # unless the notes say where and by whose count: a zero of its own
    text = text.replace(
        "No fighting reported.",
        "Police said no incident of firing was reported in Mueda during the night.",
    )
    kinds = [c.kind for c in claims(text, geo, published="2021-04-20")]
    assert kinds == ["operation", "violation_tally"]


def test_a_capital_spelled_without_its_accent_is_a_place_not_a_people(geo):
    text = "T\n\nThe Red Cross said hospitals in Asuncion had received 740 wounded since Friday."
    (c,) = claims(text, geo)
    assert c.locations[0].name == "Asunción"


def test_a_group_named_with_of_the_still_joins_the_next(geo):
    text = (
        "T\n\nSince April, 36 members of the security forces and 22 civilians have been "
        "killed in the incursions, the government said."
    )
    out = claims(text, geo)
    assert [c.killed.value for c in out] == [58, 36, 22]


def test_a_transcript_label_naming_the_introduced_briefer_speaks_for_the_source(geo):
    text = (
        "Transcript: army media briefing\n\n"
        "Northern Command - Public Relations Office\n"
        "Briefing by the command spokesman, Colonel Jan Kovarikson, 10.00 a.m.\n\n"
        "KOVARIKSON: On Tuesday night rebels attacked a checkpoint near Goma and were repelled."
    )
    (c,) = claims(text, geo)
    assert "Northern Command" in c.claimant.name and "KOVARIKSON" in c.claimant.aliases


def test_names_only_one_country_has_outweigh_one_name_repeated(geo):
    # Tripoli, said four times, is Libya's capital by size; Halba and Zgharta are only
    # Lebanese towns, and Lebanon has a Tripoli too
    text = (
        "T\n\nClashes in Tripoli killed two people on Monday, police said. Snipers fired "
        "on Tripoli's old souks on Tuesday. Army patrols entered Tripoli on Wednesday. "
        "Schools in Tripoli stayed shut. Gunmen also fired on a checkpoint in Halba on "
        "Thursday, and a grenade was thrown at a shop in Zgharta on Friday."
    )
    located = {c.locations[0].mention: c.locations[0] for c in claims(text, geo)}
    assert {loc.country for loc in located.values()} == {"LB"}
    assert located["Tripoli"].admin1 == "North Lebanon"


def test_a_town_known_only_as_its_district_is_the_town(geo):
    # the bundled gazetteer has Mozambique's Palma district, not the town
    text = (
        "T\n\nInsurgents attacked Palma town on Monday, the Cabo Delgado police said. "
        "Troops clashed with them near Pemba and Mocimboa da Praia on Tuesday."
    )
    c = claims(text, geo)[0]
    loc = c.locations[0]
    assert (loc.mention, loc.name, loc.precision, loc.admin1) == (
        "Palma town",
        "Palma",
        "settlement",
        "Cabo Delgado",
    )


def test_one_day_s_fighting_at_a_town_is_an_incident(geo):
    text = "T\n\nSoldiers killed 12 rebels in heavy fighting on Monday near Kidal, the army said."
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.killed.value == 12
    text = "T\n\nAt least 30 people were killed in two days of fighting in Kidal, police said on Monday."
    assert [c.kind for c in claims(text, geo)] == ["casualty_tally"]
    text = "T\n\nThe fighting in the north has killed 40 soldiers since Monday, the army said."
    assert [c.kind for c in claims(text, geo)] == ["casualty_tally"]


def test_listed_items_speak_in_their_bracketed_source_s_voice(geo):
    text = (
        "Chronology\n\nCompiled by the Sahel desk.\n\nMONDAY 14 JANUARY\n"
        "* Rebels attack the army post at Kidal at dawn. [Malian army]\n"
        "* Aircraft strike rebel positions near Gao. [French Ministry of Defence]\n"
        "* Talks open in Algiers. [Reuters]\n"
        "* Gunmen attack a convoy near Menaka. [local officials]\n"
    )
    out = claims(text, geo, published="2013-01-20")
    said = {c.locations[0].name: c.claimant and c.claimant.name for c in out}
    assert said["Kidal"] == "Malian army"
    assert said["Gao"] == "French Ministry of Defence"


def test_a_message_s_sender_speaks_for_it(geo):
    text = (
        "Daily sitrep 12/96\n\nFROM: SMO SECTOR NORTH\nTO: CMO HQ\nSUBJ: DAILY SITREP\n"
        "PERIOD COVERED: 091800B TO 101800B MAR 96\n\n"
        "1. 14 ceasefire violations recorded by teams during period.\n"
    )
    (c,) = claims(text, geo, published="1996-03-10")
    assert c.claimant.name == "SMO SECTOR NORTH"
    assert (c.count.value, c.period.start, c.period.end) == (14, "1996-03-09", "1996-03-10")


def test_a_colon_list_of_names_with_numbers_breaks_a_total_down(geo):
    text = (
        "T\n\nThe mission recorded 30 ceasefire violations on Monday. "
        "By team area: KOLVETSI 14, DRAVINA 9, OSTRELJ 7."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count.value == 30)
    parts = [(c.locations[0].mention, c.count.value) for c in out if c.part_of == total.id]
    assert parts == [("KOLVETSI", 14), ("DRAVINA", 9), ("OSTRELJ", 7)]
    # a count by means is no list of places
    text = (
        "T\n\nThe mission recorded 30 ceasefire violations on Monday. By weapon: SAF 20, MORTAR 10."
    )
    assert [c.count.value for c in claims(text, geo)] == [30]


def test_the_last_item_of_a_list_ends_at_the_full_stop(geo):
    text = (
        "T\n\nThe army recorded 9 ceasefire violations on Monday: Narathiwat 4, Yala 3, Pattani 2."
    )
    out = claims(text, geo)
    assert sorted(c.count.value for c in out if c.part_of) == [2, 3, 4]


def test_a_label_naming_a_body_s_document_speaks_for_the_body(geo):
    text = (
        "Kivu Police thread: update of Monday\n\nGunmen attacked a police post in Goma on Monday."
    )
    (c,) = claims(text, geo)
    assert c.claimant.name == "Kivu Police"


def test_a_tally_of_repelled_attacks_has_that_outcome(geo):
    text = "T\n\nTroops repelled 5 attacks on their posts on Monday, at Dikwa (3) and Marte (2)."
    out = claims(text, geo)
    assert [(c.count.value, c.outcome) for c in out] == [
        (5, "repelled"),
        (3, "repelled"),
        (2, "repelled"),
    ]
    text = "T\n\nRebels attacked army posts 7 times on Monday; one attack on Dikwa was repelled."
    assert next(c for c in claims(text, geo) if c.kind == "violation_tally").outcome is None


def test_neutralised_people_are_killed(geo):
    text = "T\n\nTroops neutralised 12 insurgents near Dikwa between Monday and Thursday, the army said."
    (c,) = claims(text, geo)
    assert c.kind == "casualty_tally" and c.killed.value == 12


def test_a_listed_item_s_label_before_a_count_is_no_speaker(geo):
    from truceline.extract.mentions import read_sentence
    from truceline.extract.records import label_speaker
    from truceline.extract.sentences import split

    text = "T\n\n   - Kolvetsi Rural: 19, of which 14 in Tamsa district;\n"
    doc = Document(text, published="1984-07-16")
    reads = [read_sentence(s, doc, geo, (None, None)) for s in split(text, "en", None)]
    assert [label_speaker(r) for r in reads] == [None, None]


def test_the_report_s_source_as_subject_speaks_again(geo):
    text = (
        "Joint Truce Commission: communique No. 4\n\n"
        "The army complained that rebels had shelled Kolvetsi on Monday.\n\n"
        "The Commission considered the reports of its teams. In five cases they found that the "
        "truce had been violated on Tuesday."
    )
    out = claims(text, geo, published="1954-09-18")
    last = [c for c in out if c.count and c.count.value == 5]
    assert last and last[0].claimant.name == "Joint Truce Commission"


def test_a_listed_item_labelled_with_an_unknown_name_is_a_part(geo):
    text = (
        "T\n\nThe enemy committed 22 armed provocations during the week.\n\n"
        "The provocations by province were:\n   - Kolvetsi Rural: 19, of which 14 at night;\n"
        "   - Dravina Upper: 3;\n   - Mortars: 2;\n   - MUP: 1 killed."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 22)
    parts = [(c.locations[0].mention, c.count.value) for c in out if c.part_of == total.id]
    assert parts == [("Kolvetsi Rural", 19), ("Dravina Upper", 3)]


def test_a_height_named_by_its_elevation_is_a_place(geo):
    text = (
        "T\n\nThe enemy violated the ceasefire 12 times on Thursday. "
        "By position: Hill 1428: 7 times, Height 776: 5 times."
    )
    out = claims(text, geo)
    assert [c.locations[0].mention for c in out if c.part_of] == ["Hill 1428", "Height 776"]


def test_a_make_of_weapon_is_no_place_and_one_of_the_raids_is_one(geo):
    text = "T\n\nA Gazelle helicopter pilot was killed by small-arms fire during one of the raids on Friday."
    (c,) = claims(text, geo)
    assert c.kind == "incident" and not any(loc.mention == "Gazelle" for loc in c.locations)


def test_a_name_placed_in_a_division_after_a_comma_is_a_place(geo):
    text = "T\n\nRebels seized Kolvetsi, in Mopti region, after attacking the army post on Monday."
    (c,) = claims(text, geo)
    assert c.locations[0].mention == "Kolvetsi" and c.locations[0].admin1 == "Mopti"


def test_thrusts_thrown_back_and_an_attempt_to_storm(geo):
    text = "T\n\nThe rebels said their units had thrown back three army thrusts on the Kolvetsi front since Sunday."
    (c,) = claims(text, geo)
    assert (c.kind, c.count.value, c.outcome) == ("violation_tally", 3, "repelled")
    text = (
        "T\n\nAt 0400 hrs on Friday a hostile infantry platoon attempted to storm the outpost on "
        "Hill 902. The attack was beaten off after an hour."
    )
    (c,) = claims(text, geo)
    assert (c.kind, c.outcome) == ("incident", "repelled")


def test_a_summed_toll_after_a_semicolon_is_the_incident_s(geo):
    text = "T\n\nGunmen attacked the police post in Vlore on Monday; 4 officers and 2 of the attackers were killed."
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.killed.value == 6


def test_a_place_taken_by_force_is_an_incident(geo):
    (c,) = claims("T\n\nThe rebels captured Kidal on Monday, the army said.", geo)
    assert c.kind == "incident" and c.locations[0].name == "Kidal"
    assert claims("T\n\nTroops took Kidal airport on Monday without meeting resistance.", geo) == ()
    assert claims("T\n\nThe truce talks took place in Geneva on Monday.", geo) == ()
    assert claims("T\n\nPolice seized weapons in Kidal on Monday, the army said.", geo) == ()


def test_a_post_taken_at_a_place_and_an_unknown_place_taken(geo):
    text = "T\n\nThe militia said it had overrun the army's forward base at Tessalit on Sunday."
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.locations[0].name == "Tessalit"
    # a name the gazetteer does not know, right after the verb of taking it
    (c,) = claims("T\n\nThe rebels said they recaptured Zorgobaldi on Sunday.", geo)
    assert c.kind == "incident" and c.locations[0].mention == "Zorgobaldi"
    # fighting named in general is a setting, unless a place fell in it
    text = "T\n\nThe army said its units had liberated the town of Kidal after heavy fighting."
    assert [c.kind for c in claims(text, geo)] == ["incident"]
    assert claims("T\n\nPolice seized rifles at a checkpoint near Kidal, the army said.", geo) == ()


def test_a_toll_told_with_the_fight_after_and_that_is_the_incident_s(geo):
    text = (
        "T\n\nThe army says it has recaptured Kidal and that 40 rebels were killed in the fighting."
    )
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.killed.value == 40


def test_a_weapon_s_noun_after_an_armed_plural_is_its_verb(geo):
    text = "T\n\n12 May 1975 - Government aircraft bomb rebel positions around Kidal."
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.period.start == "1975-05-12"
    assert claims("T\n\nArmy bomb disposal units cleared Kidal on 3 March.", geo) == ()


def test_clashes_on_the_day_told_before_are_one_incident(geo):
    text = (
        "T\n\nOn 5 March rebels shelled Kidal, the army said. "
        "Residents reported clashes near Gao on the same day."
    )
    out = claims(text, geo)
    assert [(c.kind, c.locations[0].name, c.period.start) for c in out] == [
        ("incident", "Kidal", "2022-03-05"),
        ("incident", "Gao", "2022-03-05"),
    ]
    text = (
        "T\n\nOn 5 March rebels shelled Kidal, the army said. Residents reported clashes near Gao."
    )
    assert [c.locations[0].name for c in claims(text, geo)] == ["Kidal"]


def test_a_capital_speaking_for_its_government_is_no_place(geo):
    text = (
        "Fighting flares near Kidal\n\n"
        "Rebels shelled army posts 12 times on Monday, according to Bamako."
    )
    (c,) = claims(text, geo)
    assert c.kind == "violation_tally" and c.claimant.name == "Bamako"
    assert [loc.name for loc in c.locations] == ["Kidal", "Mali"]
    # a town inside the speaker's phrase stays a place of last resort
    (c,) = claims("T\n\nOfficials in Kidal said rebels shelled army posts 12 times on Monday.", geo)
    assert [loc.name for loc in c.locations] == ["Kidal"]


def test_any_plural_killed_is_a_toll(geo):
    text = "T\n\nSince the operation began, a total of forty-one (41) raiders have been killed."
    (c,) = claims(text, geo)
    assert c.kind == "casualty_tally" and c.killed.value == 41
    assert (
        claims("T\n\nSince the operation began, 41 vehicles were destroyed by rebels.", geo) == ()
    )
    (c,) = claims("T\n\nSince May, 22 members of the Force have been wounded in Kidal.", geo)
    assert c.kind == "casualty_tally" and c.injured.value == 22


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said there had been no shooting in Kidal since the truce was signed.",
        "A spokesman said no shot had been fired in Kidal since the truce began.",
        "The governor said there were no disturbances in Kidal on Monday.",
        "Since Monday, no further armed incident has occurred in Kidal, the army said.",
    ],
)
def test_nothing_happened_is_a_zero_tally(geo, text):
    (c,) = claims("Truce holds\n\n" + text, geo)
    assert (c.kind, c.count.value, c.locations[0].name) == ("violation_tally", 0, "Kidal")


def test_no_shot_confirmed_by_monitors_is_no_zero_tally(geo):
    text = (
        "T\n\nThe army denied the claim, saying no shot had been confirmed near Kidal by monitors."
    )
    assert claims(text, geo) == ()


def test_a_letterhead_in_capitals_speaks_and_a_row_code_is_no_place(geo):
    text = (
        "Assessment of air strikes in Kidal region\n\n"
        "SAHEL CONFLICT MONITORING UNIT\n\n"
        "Confidence: low for casualty figures.\n\n"
        "1. Between 2 and 8 May the air force carried out 9 strikes in Kidal region.\n\n"
        "ID    Date    Location          Target\n"
        "K-07  4 May   Tessalit (Kidal)  rebel camp struck\n"
    )
    out = claims(text, geo)
    assert {c.claimant.name for c in out} == {"SAHEL CONFLICT MONITORING UNIT"}
    assert all(loc.mention != "K-07" for c in out for loc in c.locations)
    # a letter's header names the body it is written to, not who writes
    text = (
        "Letter to the Council\n\nSECURITY COUNCIL\n\n"
        "Rebels shelled Kidal on 3 May, the Permanent Representative of Mali said."
    )
    assert [c.claimant.name for c in claims(text, geo)] != ["SECURITY COUNCIL"]


def test_per_place_parts_belong_to_the_count_they_add_up_to(geo):
    text = (
        "T\n\nThe mission received 40 complaints of violations this week. Of these, 9 were "
        "confirmed by its teams: in Gao (5) and Kidal (4)."
    )
    out = claims(text, geo)
    nine = next(c for c in out if c.count.value == 9)
    parts = [c for c in out if c.part_of == nine.id]
    assert sorted(c.count.value for c in parts) == [4, 5]
    assert {loc.name for loc in nine.locations} >= {"Gao", "Kidal"}


def test_rows_with_dot_leaders_and_names_the_gazetteer_does_not_know(geo):
    text = (
        "Police report\n\n"
        "The police recorded 14 incidents of communal violence in Kidal, in which two persons "
        "were killed and 9 were injured. This compares with 20 incidents the day before.\n\n"
        "The incidents were distributed as follows:\n\n"
        "   Zorgobaldi Quarter ...........  9\n"
        "   Other areas ..................  5\n"
    )
    out = claims(text, geo)
    assert sorted(c.count.value for c in out if c.count) == [5, 9, 14]
    nine = next(c for c in out if c.count and c.count.value == 9)
    assert nine.part_of is not None and nine.locations[0].mention == "Zorgobaldi Quarter"


def test_a_message_s_sender_and_its_casualty_abbreviations(geo):
    text = (
        "SITREP 4\n\nFM: CDR THIRD BRIGADE, GAO\nTO: ARMY HQ, BAMAKO\n\n"
        "A. 040930 MAR. Patrol ambushed near Kidal. OWN CAS 2 KIA, 5 WIA."
    )
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.period.start == "2022-03-04"
    assert (c.killed.value, c.injured.value) == (2, 5)
    assert c.claimant.name == "CDR THIRD BRIGADE, GAO"


def test_a_toll_set_at_a_number(geo):
    text = (
        "T\n\nThe ministry put the number of soldiers killed in the fighting around Kidal on "
        'Monday and Tuesday at "more than 40".'
    )
    (c,) = claims(text, geo)
    assert c.kind == "casualty_tally" and (c.killed.value, c.killed.qualifier) == (40, "at_least")
    text = "T\n\nThe ministry put the cost of rebuilding Kidal after the fighting at 40 million."
    assert all(c.killed is None for c in claims(text, geo))


def test_names_joined_by_french_words_and_an_operation_declared_complete(geo):
    text = (
        "T\n\nThe army said it had begun an operation on Monday in the hills above Anse aux Pins."
    )
    (c,) = claims(text, geo)
    assert c.kind == "operation" and c.locations[0].name == "Anse aux Pins"
    (c,) = claims("T\n\nThe ministry declared the army operation in Kidal complete on Monday.", geo)
    assert c.kind == "operation" and c.locations[0].name == "Kidal"


@pytest.mark.parametrize(
    ("where", "mention"),
    [
        ("in Ouezzin Coulibaly street", "Ouezzin Coulibaly street"),
        ("on Rue Kimpe", "Rue Kimpe"),
        ("on Nouvelle Avenida", "Nouvelle Avenida"),
        ("in Mamadou Konate Square", "Mamadou Konate Square"),
    ],
)
def test_a_street_is_named_whole(geo, where, mention):
    (c,) = claims(f"T\n\nGunmen attacked a police post {where} in Bamako on Monday.", geo)
    assert c.locations[0].mention == mention


def test_street_fighting_names_no_street(geo):
    (c,) = claims("T\n\n3 May 2022 - Heavy street fighting around the market of Kidal.", geo)
    assert [loc.name for loc in c.locations] == ["Kidal"]


def test_of_these_kinds_of_the_total_are_its_parts(geo):
    text = (
        "T\n\nRebel forces committed 30 violations of the truce around Kidal on Monday. Of "
        "these, 18 consisted of mortar fire on army positions near Tessalit, and 12 of advances."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count.value == 30)
    assert sorted(c.count.value for c in out if c.part_of == total.id) == [12, 18]
    assert [c.kind for c in out] == ["violation_tally"] * 3


def test_a_body_named_by_its_kind_is_the_one_named_in_full(geo):
    text = (
        "Statement of the Government of the Republic of Mali\n\n"
        "The Government said rebels shelled Kidal on Monday."
    )
    (c,) = claims(text, geo)
    assert c.claimant.name == "Government of the Republic of Mali"
    text = "T\n\nThe Malian military said rebels shelled Kidal on Monday."
    (c,) = claims(text, geo)
    assert c.claimant.name == "Malian military"
    # no fuller name in the report: as said
    (c,) = claims("T\n\nThe military said rebels shelled Kidal on Monday.", geo)
    assert c.claimant.name.lower() == "military"


def test_an_unknown_name_ends_on_a_capitalised_word(geo):
    text = "T\n\nThe Air Component of Operation Safe Sahel struck rebel camps near Kidal on Monday."
    out = claims(text, geo)
    assert all(not loc.mention.endswith(" of") for c in out for loc in c.locations)


def test_a_note_translated_from_a_language_names_no_writer(geo):
    text = (
        "Delegation-General in Mali: weekly note on attacks\n\n"
        "Weekly Note No. 2 (translation from the French)\n\n"
        "During the week the services recorded 14 attacks by rebels near Kidal."
    )
    (c,) = claims(text, geo)
    assert c.claimant.name == "Delegation-General in Mali"


def test_a_headline_label_over_another_body_s_document(geo):
    text = (
        "National Assembly: written answer of the Ministry of Defence on events in Kidal\n\n"
        "ANSWER. Rebels attacked army posts in Kidal four times on 3 May."
    )
    (c,) = claims(text, geo)
    assert c.claimant.name == "Ministry of Defence"


def test_a_modifier_made_of_a_name_is_no_place_and_no_explosions_count_explosions(geo):
    text = (
        "T\n\nRebels set off 12 explosions in the Tuareg-populated valleys around Kidal on Monday."
    )
    (c,) = claims(text, geo)
    assert [loc.name for loc in c.locations] == ["Kidal"]
    (c,) = claims("T\n\nNo explosions were reported in Kidal on Monday, police said.", geo)
    assert (c.count.value, c.count.unit) == (0, "explosion")


def test_a_table_s_exploded_column_counts_explosions(geo):
    text = (
        "Police weekly statement\n\n"
        "Of the 30 reports of bombs received during the week ending 9 May, 20 were hoaxes and "
        "6 devices exploded. The figures by district are:\n\n"
        "District      Reports   Hoaxes   Exploded\n"
        "Kidal              20       14          4\n"
        "Gao                10        6          2\n"
    )
    out = claims(text, geo)
    rows = [c for c in out if c.locations and c.locations[0].name in ("Kidal", "Gao")]
    assert sorted((c.locations[0].name, c.count.value, c.count.unit) for c in rows) == [
        ("Gao", 2, "explosion"),
        ("Kidal", 4, "explosion"),
    ]
    assert all(c.claimant is None or "figures" not in c.claimant.name for c in out)


def test_n_of_them_seriously_is_no_group_of_the_toll(geo):
    text = "T\n\nSince May, 21 soldiers have been injured in Kidal, three of them seriously."
    (c,) = claims(text, geo)
    assert c.kind == "casualty_tally" and c.injured.value == 21


def test_the_hospital_the_wounded_were_taken_to_is_no_place_of_the_attack(geo):
    text = (
        "T\n\nGunmen attacked a police post in Kidal on Monday. "
        "Zorgo Memorial Hospital treated 14 wounded people on Monday, the army said."
    )
    out = claims(text, geo)
    assert all(loc.mention != "Zorgo Memorial Hospital" for c in out for loc in c.locations)


def test_a_monitoring_mission_s_teams_speak_for_it(geo):
    text = (
        "Sahel Monitoring Mission: daily report\n\n"
        "Team KIDAL reported that rebels shelled army positions near Kidal twice on 3 May."
    )
    (c,) = claims(text, geo)
    assert c.claimant.name == "Sahel Monitoring Mission"


def test_a_tally_takes_the_toll_of_the_sentence_after(geo):
    text = (
        "T\n\nInsurgents attacked army posts in Kidal twice on Monday. "
        "Three soldiers were killed and four wounded."
    )
    (c,) = claims(text, geo)
    assert (c.kind, c.count.value, c.killed.value, c.injured.value) == ("violation_tally", 2, 3, 4)
    text = (
        "T\n\nInsurgents attacked army posts in Kidal twice on Monday. "
        "Three soldiers were killed in those attacks, police said."
    )
    assert [c.kind for c in claims(text, geo)] == ["violation_tally", "casualty_tally"]


def test_a_negated_attack_is_no_incident(geo):
    for text in (
        "The army said its units had not crossed the border near Kidal on Monday.",
        "The rebels said they did not attack Kidal on Monday.",
        "A spokesman said the troops had not fired a single shot at Kidal on Monday.",
        "The rebels said they didn't attack Kidal on Monday.",
        "No soldier was hit in Kidal on Monday, the army said.",
        "A spokesman said the troops hadn't fired a single shot at Kidal on Monday.",
    ):
        assert claims("T\n\n" + text, geo) == (), text
    assert [c.kind for c in claims("T\n\nRebels attacked Kidal on Monday.", geo)] == ["incident"]


def test_the_shelling_of_the_week_killing_people_is_a_tally(geo):
    text = "T\n\nThe enemy shelling during the week killed 8 civilians in Kidal, the ministry said."
    assert [c.kind for c in claims(text, geo)] == ["casualty_tally"]
    text = "T\n\nAn enemy shell killed 2 civilians in Kidal on Monday, the ministry said."
    assert [c.kind for c in claims(text, geo)] == ["incident"]


def test_n_of_them_after_other_things_counted_is_no_part(geo):
    text = (
        "T\n\nThe rebels violated the truce 12 times on Monday. On Tuesday fighters on patrol "
        "engaged eight MiG-17s over Kidal and shot down two of them."
    )
    out = claims(text, geo)
    assert [c.count.value for c in out if c.count] == [12]


def test_an_unknown_place_lies_in_the_report_s_province(geo):
    text = (
        "T\n\nThe mission recorded 23 ceasefire violations around Sarajevo on Monday. "
        "By team area: KOLVETSI 14, DRAVINA 9."
    )
    parts = [c.locations[0] for c in claims(text, geo) if c.part_of]
    assert [(loc.mention, loc.country) for loc in parts] == [("KOLVETSI", "BA"), ("DRAVINA", "BA")]
    assert parts[0].admin1 is not None and parts[0].admin1 == parts[1].admin1


def test_a_quarter_or_neighbourhood_is_named_whole(geo):
    text = "T\n\nA grenade was thrown at a patrol in the Arab quarter of Kidal on Friday."
    (c,) = claims(text, geo)
    assert c.locations[0].mention == "Kidal"
    text = "T\n\nA grenade was thrown at a patrol in the Arab quarter on Friday."
    (c,) = claims(text, geo)
    assert c.locations[0].mention == "Arab quarter"


def test_an_unknown_name_in_a_list_of_places_with_bracketed_counts(geo):
    text = "T\n\nOn Monday, aircraft carried out six raids: on Djibo (3), Ouahigouya (2) and Kolvetsi (1)."
    out = claims(text, geo)
    assert [(c.locations[0].mention, c.count.value) for c in out if c.part_of] == [
        ("Djibo", 3),
        ("Ouahigouya", 2),
        ("Kolvetsi", 1),
    ]


def test_a_ceasefire_ordered_is_an_agreement(geo):
    (c,) = claims("T\n\nThe president ordered a ceasefire on the northern border on Sunday.", geo)
    assert c.kind == "agreement" and c.period.start == "2022-03-06"


def test_a_name_before_its_army_base_is_a_place(geo):
    text = "T\n\nAircraft fired rockets at rebel positions near the Kolvetsi army base on Tuesday."
    (c,) = claims(text, geo)
    assert c.locations[0].mention == "Kolvetsi"


def test_an_entry_s_toll_at_a_town_is_an_incident(geo):
    from dataclasses import replace

    from truceline.extract.mentions import read_sentence
    from truceline.extract.sentences import split
    from truceline.extract.tolls import _kind_of_toll

    text = "T\n\nTwo fighters were killed near Kidal."
    doc = Document(text, published="2022-09-20")
    view = read_sentence(split(text, "en", None)[1], doc, geo, (None, None)).view
    assert _kind_of_toll(view) == "casualty_tally"  # no day: a toll of some while
    # an entry or a data row that names its own day and place
    assert _kind_of_toll(replace(view, placed=True)) == "incident"


def test_an_attack_then_the_reply_is_an_incident(geo):
    text = (
        "T\n\nRebels opened fire on an army post near Kupwara on Monday; the troops returned fire."
    )
    assert [c.kind for c in claims(text, geo)] == ["incident"]
    assert claims("T\n\nTroops returned fire near Kupwara on Monday.", geo) == ()


def test_a_key_to_terms_claims_nothing(geo):
    text = "T\n\nAM = Armenia, AZ = Azerbaijan, SAF = small-arms fire, KIA = killed in action."
    assert claims(text, geo) == ()


def test_outrages_complaints_and_charges_are_counted(geo):
    text = (
        "T\n\nDuring the week the police recorded 14 outrages attributed to the militia: "
        "Kidal 9, Gao 5. Of the total, 6 were plastic-explosive charges. For comparison, 20 "
        "outrages had been recorded in the preceding week."
    )
    out = claims(text, geo)
    assert sorted((c.count.value, c.count.unit) for c in out) == [
        (5, "violation"),
        (6, "explosion"),
        (9, "violation"),
        (14, "violation"),
    ]
    text = "T\n\nThe army submitted 21 complaints of violations of the truce on Monday, the mission said."
    assert [c.count.value for c in claims(text, geo)] == [21]


def test_a_name_opening_with_a_common_word_inside_a_sentence(geo):
    (c,) = claims("T\n\nTroops shelled a village in An Giang on Monday.", geo)
    assert (c.locations[0].name, c.locations[0].country) == ("An Giang", "VN")


def test_a_people_s_attacks_are_attacks(geo):
    text = "T\n\nThe army repelled more than 80 Vietnamese attacks near Svay Rieng since January."
    (c,) = claims(text, geo)
    assert (c.kind, c.count.value, c.count.qualifier) == ("violation_tally", 80, "at_least")


def test_a_transcript_speaker_speaks_for_the_body_in_brackets_and_says_our(geo):
    text = (
        "Briefing at the garrison\n\n"
        "Participants: Colonel Ruth Amani, Kenya Defence Forces; Inspector Paul Otieno, "
        "National Police Service.\n\n"
        "COL. AMANI (KDF): Good morning.\n\n"
        "Overnight, our patrols recorded 4 attacks near Mandera.\n\n"
        "SUPT. OTIENO (NPS): Two police posts in Wajir were shelled on Monday."
    )
    out = claims(text, geo)
    tally = next(c for c in out if c.count and c.count.value == 4)
    assert tally.claimant is not None and tally.claimant.name == "Kenya Defence Forces"
    assert tally.claimant.mention == "COL. AMANI (KDF)"
    shelled = next(c for c in out if c.kind != "violation_tally" or c.count.value != 4)
    assert shelled.claimant is not None and shelled.claimant.name == "National Police Service"
    assert all(loc.mention != "OTIENO" for c in out for loc in c.locations)


def test_a_tolls_shares_by_place_are_its_parts(geo):
    text = (
        "T\n\nThe army said its troops killed 41 insurgents in the north-east last week, "
        "30 in Borno State and 11 in Yobe State."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.killed and c.killed.value == 41)
    parts = {c.killed.value: c for c in out if c.part_of == total.id}
    assert sorted(parts) == [11, 30]
    assert [loc.admin1 for loc in parts[30].locations] == ["Borno"]
    text = (
        "T\n\nThe army said its troops killed 41 insurgents in the north-east last week. "
        "Of the insurgents killed, 30 were in Borno State and 11 in Yobe State."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.killed and c.killed.value == 41)
    assert sorted(c.killed.value for c in out if c.part_of == total.id) == [11, 30]


def test_shares_of_another_figure_are_no_parts_of_the_count_before(geo):
    text = (
        "T\n\nThe monitors recorded 12 ceasefire violations in Bougainville during the week. "
        "Monitor strength was 262 (Buka 196, Arawa 44, Buin 22)."
    )
    out = claims(text, geo)
    assert [c.count.value for c in out if c.count] == [12]


def test_a_message_sender_without_a_colon_speaks_and_releasing_captives_is_no_speech(geo):
    text = (
        "SITREP NO 4\n\nPRIORITY\nFM HQ 12 INF BDE\nTO HQ NORTHERN COMD\n\n"
        "1. GANG EST 40 ATTACKED POLICE POST AT GARISSA 051900C. "
        "GANG RELEASED DETAINEES AND GOT AWAY WITH 9 RIFLES. 3 CONSTABLES KILLED."
    )
    out = claims(text, geo)
    assert out and {c.claimant.name for c in out} == {"HQ 12 INF BDE"}
    (c,) = claims("T\n\nThe ministry released figures showing 12 attacks in Garissa.", geo)
    assert c.claimant is not None and c.claimant.name == "ministry"


def test_money_and_years_are_no_parts_of_a_count(geo):
    text = (
        "T\n\nHumanitarian partners recorded 14 attacks by armed groups in Bangui since 5 December. "
        "Of the US$195 million requested in the 2013 Consolidated Appeal, US$101 million "
        "has been received."
    )
    out = claims(text, geo)
    assert [c.count.value for c in out if c.count] == [14]


def test_a_toll_told_over_days_is_a_tally_and_days_of_mourning_are_no_span(geo):
    text = (
        "T\n\nThe command said three soldiers had been killed and 34 wounded in the three "
        "days of rioting in Colon, 18 of them by gunfire."
    )
    (c, *_) = claims(text, geo)
    assert c.kind == "casualty_tally" and c.killed.value == 3
    text = (
        "T\n\nGunmen attacked Seytenga on Sunday night, killing 79 civilians, the government "
        "said, and declared three days of national mourning."
    )
    (c,) = claims(text, geo)
    assert c.kind == "incident"


def test_looting_and_house_searches_are_an_incident_and_an_operation(geo):
    (c,) = claims("T\n\nArmed crowds looted shops in the centre of Maracay on Tuesday.", geo)
    assert c.kind == "incident" and [loc.mention for loc in c.locations] == ["Maracay"]
    text = "T\n\nThe army said it had begun house-to-house searches for weapons in Catia today."
    (c,) = claims(text, geo)
    assert c.kind == "operation"


def test_a_toll_of_one_day_in_one_town_is_an_incident(geo):
    for text in (
        "T\n\nFive people were killed on Monday in clashes between rival gangs in Cité Soleil, "
        "police said.",
        "T\n\nHospital sources put the toll at 98 dead in Rais on Monday, the daily said.",
    ):
        (c,) = claims(text, geo)
        assert c.kind == "incident", text


def test_one_of_a_tallys_attacks_told_alone_is_an_incident_of_it(geo):
    text = (
        "T\n\nUN forces carried out four air strikes against militia depots in Mogadishu "
        "this morning. One of them was against a compound near the K-4 traffic circle."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 4)
    (one,) = [c for c in out if c.part_of == total.id]
    assert one.kind == "incident" and one.count is None


def test_the_dead_of_the_attacks_counted_are_a_part_of_the_toll(geo):
    text = (
        "T\n\nSince 5 June, UN forces in Mogadishu have lost 26 soldiers killed and 57 "
        "wounded. Twenty-four of the dead fell in the attacks of 5 June."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.killed and c.killed.value == 26)
    assert [c.killed.value for c in out if c.part_of == total.id] == [24]


def test_a_place_abroad_where_words_were_said_is_not_where_it_happened(geo):
    text = (
        "T\n\nParatroopers dropped on Kisangani at dawn, the army said. "
        "The Belgian Defense Ministry said in Brussels that the operation had begun at 6 a.m."
    )
    out = claims(text, geo)
    op = next(c for c in out if c.kind == "operation")
    assert "Brussels" not in [loc.mention for loc in op.locations]
    assert "Kisangani" in [loc.mention for loc in op.locations]


def test_a_site_named_by_its_kind_alone_is_the_one_named_before(geo):
    text = (
        "T\n\nRebel guards held the Genete Leul palace in Addis Ababa on Thursday, the army said. "
        "Air force jets fired rockets at positions near the palace on Friday morning."
    )
    out = claims(text, geo)
    (jets,) = [c for c in out if "rockets" in c.evidence[0].text]
    assert jets.kind == "incident" and jets.locations[0].mention == "Genete Leul palace"


def test_a_log_entrys_heading_line_places_and_its_source_line_voices_the_lines_under_it(geo):
    text = (
        "Incident log\n\n"
        "04/07/2009 22:10 | EL PROGRESO (Yoro) | [B]\n"
        "Source: relatives of the union leader, by telephone\n"
        "Two armed men fired several shots at the home of a teachers' union leader. "
        "No one was hurt.\n"
    )
    (c,) = claims(text, geo, published="2009-07-06")
    assert c.kind == "incident" and c.period.start == "2009-07-04"
    assert [loc.mention for loc in c.locations][:1] == ["EL PROGRESO"]
    assert c.claimant is not None and c.claimant.name == "relatives of the union leader"


def test_a_craft_flying_somewhere_twice_is_no_tally(geo):
    text = (
        "T\n\nArmed troops blocked the runway. The aircraft carrying the president circles "
        "the airport twice and leaves for Managua."
    )
    assert not [c for c in claims(text, geo) if c.count]
    (c,) = claims("T\n\nArmy helicopters fired rockets at Tal Afar twice on Monday.", geo)
    assert c.count is not None and c.count.value == 2


def test_forcing_a_way_in_is_an_attack(geo):
    text = (
        "T\n\nA commando of 14 armed rebels forced its way into the embassy in the San Isidro "
        "district of Lima on Tuesday evening."
    )
    (c,) = claims(text, geo)
    assert c.kind == "incident"


def test_last_weeks_figure_once_again_and_assault_rifles_are_no_counts(geo):
    text = (
        "T\n\nThe police recorded 31 shooting incidents by armed gangs in Kingston this week. "
        "(Previous week: thirty-eight (38) incidents.)"
    )
    assert [c.count.value for c in claims(text, geo) if c.count] == [31]
    text = (
        "T\n\nI draw your attention once again to the aggression by armed forces at Mpack. "
        "The weapons recovered near Mpack include 8 machine guns and 21 assault rifles."
    )
    assert not [c for c in claims(text, geo) if c.count]


def test_a_numbered_item_heads_the_rows_under_it_over_parts_of_days(geo):
    text = (
        "T\n\nArmed gangs attacked police.\n\n"
        "(3) Between the evening of 11 December and the morning of 14 December 2005, police "
        "recorded 37 incidents believed to be reprisals, as follows:\n"
        "    Sutherland Shire LGA ...... 19\n"
        "    Rockdale LGA .............. 18\n"
    )
    out = claims(text, geo, published="2005-12-20")
    total = next(c for c in out if c.count and c.count.value == 37)
    assert (total.period.start, total.period.end) == ("2005-12-11", "2005-12-14")
    assert sorted(c.count.value for c in out if c.part_of == total.id) == [18, 19]


def test_leader_rows_name_their_district_and_a_total_row_is_no_part(geo):
    text = (
        "T\n\nThe police recorded 6 armed attacks on patrols in Kuala Lumpur yesterday:\n"
        "Brickfields police district .......... 4\n"
        "Pudu police district ................. 2\n"
        "Total ................................ 6\n"
        "Persons detained since Monday ........ 1,904\n"
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 6 and c.part_of is None)
    parts = {c.count.value: c for c in out if c.part_of == total.id}
    assert sorted(parts) == [2, 4]
    assert parts[4].locations[0].mention == "Brickfields"


def test_posts_attacked_count_the_attacks_on_them(geo):
    text = (
        "T\n\nArmed insurgents have attacked 74 police stations since Monday, the ministry said. "
        "Of these, 22 were in the Kegalle District and 15 in the Kurunegala District."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count and c.count.value == 74)
    assert total.kind == "violation_tally"
    assert sorted(c.count.value for c in out if c.part_of == total.id) == [15, 22]
    assert not claims("T\n\nArmed police guard 74 police stations in the capital.", geo)


def test_an_attack_on_the_outskirts_of_the_city_is_in_the_town_named_before(geo):
    text = (
        "T\n\nThe curfew in Kandahar was extended on Sunday.\n\nOn Monday night gunmen "
        "attacked a police checkpoint on the outskirts of the city."
    )
    (attack,) = claims(text, geo)
    assert attack.kind == "incident"
    assert [loc.name for loc in attack.locations] == ["Kandahar"]
    # the area, the country: no scene of one attack
    assert not claims("T\n\nGunmen operating in the area attacked on Monday.", geo)


def test_a_district_abroad_must_bear_the_name_the_text_gives_it(geo):
    # "Vake" folds to the key of "Wake": Wake County, North Carolina is no district of Tbilisi
    text = (
        "T\n\nTBILISI - Government troops shelled rebel positions in Tbilisi on Monday.\n\n"
        "Mortar rounds fell in the Vake district on Tuesday, the mayor said."
    )
    out = claims(text, geo)
    assert all(loc.country in ("GE", None) for c in out for loc in c.locations)
    # a division of the neighbour, by its own name, still lies across the border
    text = "T\n\nKHARKIV - Ukrainian drones struck an oil depot in the Belgorod region on Monday."
    (strike,) = claims(text, geo)
    assert strike.locations[0].country == "RU"


def test_a_weapon_named_by_a_possessive_is_a_method(geo):
    (shot,) = claims("T\n\nA sniper's bullet killed a man in Kaunas on Monday.", geo)
    assert "sniper" in shot.methods


def test_munitions_that_strike_are_one_attack_not_a_count_of_strikes(geo):
    (hit,) = claims(
        "T\n\nWitnesses saw three rockets strike the market in Kandahar on Monday.", geo
    )
    assert hit.kind == "incident" and hit.count is None
    (tally,) = claims("T\n\nRebels carried out three missile strikes on Kandahar on Monday.", geo)
    assert tally.kind == "violation_tally" and tally.count.value == 3


def test_a_date_standing_as_its_own_sentence_opens_a_chronology_entry(geo):
    text = (
        "Chronology of events\n\nThe Ministry of Defence prepared this chronology of the "
        "fighting.\n\n12 May. Rebel radio says the army has fled Kandahar.\n\n"
        "13 May. At dawn rebels attack the police station in Kandahar.\n\n"
        "14 May. Rebels shell the airport at Herat.\n\n"
        "15 May. No hostile activity in Kandahar."
    )
    out = claims(text, geo, published="2022-05-20")
    attack = next(c for c in out if c.period and c.period.start == "2022-05-13")
    assert "Rebel radio" not in attack.claimant.name


def test_a_table_of_the_dead_and_injured_by_district_is_a_toll_per_district(geo):
    text = (
        "Clashes in the south: casualty return of the health directorate\n\n"
        "People killed and injured in the fighting, 3-5 March 2022\n\n"
        "District        Killed   Injured\n"
        "Kandahar             6        21\n"
        "Herat                2         9\n"
        "Total                8        30\n"
    )
    out = claims(text, geo)
    assert {c.kind for c in out} == {"casualty_tally"}
    total = next(c for c in out if c.killed.value == 8)
    assert sorted(c.killed.value for c in out if c.part_of == total.id) == [2, 6]


def test_a_headline_labelled_with_the_kind_of_document_names_no_speaker(geo):
    for kind in ("Cable", "Press Note", "Bulletin"):
        text = (
            f"{kind}: rebels shell Kandahar\n\nFROM: EMBASSY KABUL\n\n"
            "Rebels shelled the airport in Kandahar on Monday."
        )
        (shelling,) = claims(text, geo)
        assert shelling.claimant is None or kind not in shelling.claimant.name


def test_quiet_told_in_the_present_or_after_a_label_is_a_zero_tally(geo):
    for line in (
        "Monitors in Herat report no violence in the city since Monday.",
        "Elders said Kandahar had been calm since Tuesday evening, despite the fighting nearby.",
        "ARMY: no incident of any kind in Herat during the day.",
        "No trouble in Kandahar overnight, the police said after the clashes.",
    ):
        (zero,) = claims("T\n\n" + line, geo)
        assert zero.kind == "violation_tally" and zero.count.value == 0, line


def test_an_adverb_after_the_speaker_is_no_part_of_its_name(geo):
    (toll,) = claims(
        "T\n\nThe Afghan Government now puts its losses in the fighting at 21 killed.", geo
    )
    assert toll.claimant.name == "Afghan Government"


def test_a_date_on_a_line_of_its_own_dates_the_entries_under_it(geo):
    text = (
        "Timeline of the fighting\n\nFRIDAY, 4 MARCH\n\n09:00  Rebels shell the airport in "
        "Kandahar.\n\n14:00  Rebels attack a police post in Herat.\n\nSATURDAY, 5 MARCH\n\n"
        "10:00  Rebels shell the airport in Kandahar again."
    )
    out = claims(text, geo)
    assert [c.period.start for c in out] == ["2022-03-04", "2022-03-04", "2022-03-05"]


def test_section_labels_of_a_sitrep_name_no_speaker(geo):
    text = (
        "POLICE SITUATION REPORT No. 4\n\nFrom: Operations Room, Kandahar\n"
        "Copy: Governor's Office, Herat\n\n"
        "12 incidents of rioting and assault on police recorded during the period. By district:\n\n"
        "Significant:\n\n(i) 0300 hrs, Kandahar: shots fired at a police patrol. No injuries."
    )
    out = claims(text, geo)
    names = {c.claimant.name for c in out if c.claimant}
    assert not names & {"Copy", "By district", "Significant"}, names


def test_metro_manila_is_one_region_by_its_english_name(geo):
    (toll,) = claims(
        "T\n\nThe army said 12 soldiers had been killed in Metro Manila since the coup began.", geo
    )
    assert [(loc.name, loc.precision) for loc in toll.locations] == [("Metro Manila", "admin1")]


def test_a_word_before_positions_or_patrols_names_a_side_not_a_place(geo):
    (tally,) = claims(
        "T\n\nRebels fired mortars at Marine positions on the edges of Kandahar 8 times on Sunday.",
        geo,
    )
    assert [loc.name for loc in tally.locations] == ["Kandahar"]


def test_the_kind_of_wounds_is_no_attack(geo):
    out = claims(
        "T\n\nAt least 26 people have been killed in Kandahar since Sunday, the army said on "
        "Tuesday.\n\nA spokesman said the dead included one soldier and that 94 people had been "
        "treated in hospital for gunshot and other wounds.",
        geo,
    )
    assert {c.kind for c in out} == {"casualty_tally"}


def test_a_rival_speaker_in_its_own_clause_claims_the_count_there(geo):
    out = claims(
        "T\n\nAt least 26 people have been killed since Sunday in Kandahar, the government said "
        "on Tuesday, while a human rights group put the death toll at more than 50.",
        geo,
    )
    by_toll = {c.killed.value: c.claimant.name for c in out}
    assert by_toll == {26: "Government of Afghanistan", 50: "human rights group"}


def test_a_claim_that_names_no_place_may_be_of_the_whole_country(geo):
    text = (
        "T\n\nRebels shelled Kandahar on Monday, the army said.\n\n"
        "Since the truce began, 41 soldiers have been killed, the ministry said."
    )
    toll = next(c for c in claims(text, geo) if c.killed)
    assert [loc.name for loc in toll.locations][-1] == "Afghanistan"


def test_a_count_said_again_in_words_in_brackets_is_one_count(geo):
    (tally,) = claims("T\n\n9 (nine) incidents of rebel violence were reported in Herat.", geo)
    assert tally.count.value == 9 and tally.kind == "violation_tally"


def test_lives_a_labour_strike_and_what_cannot_be_ruled_out_claim_nothing(geo):
    for line in (
        "Most of the population of about 650,000 lives near Kandahar, far from the fighting.",
        "A shutter-down strike called by the opposition was observed across Kandahar.",
        "After the fighting in Kandahar, a renewed army operation cannot be ruled out.",
    ):
        assert claims("T\n\n" + line, geo) == (), line
    (toll,) = claims("T\n\nThe shelling of Kandahar on Saturday cost three lives.", geo)
    assert toll.killed.value == 3


def test_quiet_over_a_stretch_is_a_zero_tally_quiet_at_a_moment_is_not(geo):
    (zero,) = claims("T\n\nElders said Kandahar had been quiet since the truce of Monday.", geo)
    assert zero.count.value == 0
    assert (
        claims("T\n\nThe streets of Kandahar were quiet after the fighting, police said.", geo)
        == ()
    )


def test_a_bomb_or_a_bullet_names_the_means_of_one_attack(geo):
    for line, means in (
        ("A bomb went off at a bus stop in Kandahar; three passers-by were injured.", "explosion"),
        ("A policeman was wounded by a bullet near Kandahar on Monday.", "small_arms"),
    ):
        (hit,) = claims("T\n\n" + line, geo)
        assert hit.kind == "incident" and hit.methods == (means,), line


def test_an_operation_named_first_and_its_verb_after_a_long_phrase(geo):
    for line in (
        "A combined operation by the army and the police in the area between Herat and "
        "Kandahar began yesterday.",
        "Joint operations by the police against armed groups continued in Kandahar throughout "
        "the week.",
    ):
        (op,) = claims("T\n\n" + line, geo)
        assert op.kind == "operation", line
    # another subject's verb is no operation begun
    text = "T\n\nThe rebels denied any offensive by their men in Kandahar since it began."
    assert [c for c in claims(text, geo) if c.kind == "operation"] == []


def test_posts_attacked_count_the_attacks_whatever_their_owners_name(geo):
    (tally,) = claims(
        "T\n\nInsurgents attacked 21 Border Police barracks around Kandahar on Monday.", geo
    )
    assert tally.kind == "violation_tally" and tally.count.value == 21


def test_parts_that_involved_a_means_are_parts_of_the_total(geo):
    text = (
        "T\n\nThe teams recorded 46 violations around Herat during the week. Of these, 28 "
        "involved small-arms fire and 12 involved mortars."
    )
    out = claims(text, geo)
    total = next(c for c in out if c.count.value == 46)
    assert sorted(c.count.value for c in out if c.part_of == total.id) == [12, 28]


def test_truces_agreed_to_be_observed_accepted_or_to_cease_fighting(geo):
    for line in (
        "The rebels agreed to observe a ceasefire in Kandahar on Monday.",
        "Elders in Herat accept a truce with the governor on Monday.",
        "Both sides agreed to cease fighting near Kandahar on Monday, the army said.",
    ):
        kinds = [c.kind for c in claims("T\n\n" + line, geo)]
        assert kinds == ["agreement"], line
    # a truce urged on others, or one not respected, is none agreed
    for line in (
        "Mediators were urging the army and the rebels to accept a ceasefire in Kandahar.",
        "The rebels did not respect the ceasefire in Kandahar on Monday.",
    ):
        assert "agreement" not in [c.kind for c in claims("T\n\n" + line, geo)], line


def test_the_killing_of_n_and_the_wounding_of_m(geo):
    (toll,) = claims(
        "T\n\nThe shelling of Kandahar on Monday caused the killing of 12 civilians and the "
        "wounding of 23.",
        geo,
    )
    assert (toll.killed.value, toll.injured.value) == (12, 23)


def test_since_then_runs_from_the_time_said_before_to_the_report(geo):
    text = (
        "T\n\nThe truce took effect in Kandahar on 1 March. Since then the observers have "
        "reported 11 violations in Herat."
    )
    tally = next(c for c in claims(text, geo) if c.count)
    assert (tally.period.start, tally.period.end) == ("2022-03-01", "2022-03-10")


def test_an_attack_told_in_the_lead_and_again_in_detail_is_one_claim(geo):
    text = (
        "T\n\nKABUL, March 10 - The army accused the rebels on Thursday of attacking a post "
        "near Kandahar and killing two soldiers.\n\nA statement by the defence ministry said "
        "the rebels had attacked the post near Kandahar early on Wednesday, killing two "
        "soldiers."
    )
    (attack,) = [c for c in claims(text, geo) if c.kind == "incident"]
    assert len(attack.evidence) == 2 and attack.period.start == "2022-03-09"


def test_quiet_said_of_an_attack_just_told_or_over_a_heading_is_no_zero_tally(geo):
    text = (
        "T\n\nFive armed men opened fire on the police post in Kandahar on Monday. No shots "
        "were fired in return, witnesses said."
    )
    assert [c.kind for c in claims(text, geo)] == ["incident"]
    text = "T\n\nAREAS WITHOUT VIOLATIONS\n\nNo violations were recorded in Herat this week."
    (zero,) = claims(text, geo)
    assert zero.evidence[0].text.startswith("No violations")


def test_an_attacked_site_the_gazetteer_does_not_know_is_the_place(geo):
    for line, name in (
        ("Gunmen attacked the Zarghun police station on Monday.", "Zarghun"),
        ("Troops fired on the Khafus post on Thursday.", "Khafus"),
    ):
        (attack,) = claims("T\n\n" + line, geo)
        assert attack.locations[0].mention == name, line


def test_counts_of_attacks_of_two_kinds_and_of_posts_with_an_aside(geo):
    for line, value in (
        ("Rebel aircraft made 14 bombing and strafing attacks on Kandahar since Monday.", 14),
        ("9 police stations (posts and sub-posts) have been attacked in Herat since Monday.", 9),
    ):
        (tally,) = claims("T\n\n" + line, geo)
        assert tally.kind == "violation_tally" and tally.count.value == value, line


def test_villages_captured_are_a_count_of_settlements(geo):
    (tally,) = claims("T\n\nRebels took control of four villages near Kandahar on Saturday.", geo)
    assert (tally.count.value, tally.count.unit) == (4, "settlement")


def test_the_number_of_violations_put_at_a_count(geo):
    (tally,) = claims(
        "T\n\nThe army put the number of rebel violations in Kandahar since the truce began "
        "at nine.",
        geo,
    )
    assert tally.kind == "violation_tally" and tally.count.value == 9
    # the number of people killed in raids is a toll, not a count of raids
    text = "T\n\nThe ministry put the number of civilians killed in air raids on Kandahar at 200."
    assert all(c.count is None for c in claims(text, geo))


def test_the_start_of_an_operation_referred_to_is_no_operation(geo):
    text = "T\n\nOur losses in Kandahar since the start of the operation are 40 wounded."
    assert "operation" not in [c.kind for c in claims(text, geo)]
    # an offensive whose launch the sentence dates is one
    text = "T\n\nFighting has grown since the rebels launched an offensive near Kandahar on Friday."
    assert "operation" in [c.kind for c in claims(text, geo)]


def test_martyrs_are_people_killed(geo):
    (toll,) = claims("T\n\nOur losses in Kandahar since Monday are 11 martyrs and 40 wounded.", geo)
    assert (toll.killed.value, toll.injured.value) == (11, 40)


def test_an_acronym_is_a_place_only_as_spelled(geo):
    # "UCK" folds to the key of "UK": the Kosovo Liberation Army is not the United Kingdom
    (tally,) = claims(
        "T\n\nThe UCK said police shelled three villages near Podujevo on Monday.", geo
    )
    assert all(loc.country != "GB" for loc in tally.locations)


def test_an_operation_named_first_with_an_aside_before_its_verb(geo):
    for line in (
        "The police operation to clear the square in Kandahar, occupied by rebels for "
        "weeks, began at dawn on Monday.",
        "Government troops open a counter-offensive near Kandahar on Monday.",
    ):
        assert "operation" in [c.kind for c in claims("T\n\n" + line, geo)], line


def test_contacts_and_their_share_by_place(geo):
    text = (
        "Weekly summary\n\nThe police said security forces had made 14 contacts with armed "
        "gangs in the past week, nine of them in Mandera District."
    )
    got = sorted((c.count.value, c.part_of is not None) for c in claims(text, geo) if c.count)
    assert got == [(9, True), (14, False)]


def test_a_toll_estimated_at_or_said_to_exceed_a_number(geo):
    (c,) = claims("T\n\nTraders in Kano estimate dead at between 20 and 30.", geo)
    assert c.kind == "casualty_tally" and c.killed.value == 20
    (c,) = claims("T\n\nWitnesses in Kano said the number of dead exceeded 400.", geo)
    assert c.killed.value == 400


def test_an_operations_name_heading_a_line_is_no_speaker_nor_place(geo):
    text = "Ops Kilat: rebels attack\n\nOps Kilat: troops made six contacts near Tawau on Monday."
    (c,) = claims(text, geo)
    assert c.count.value == 6 and c.claimant is None
    assert [loc.mention for loc in c.locations] == ["Tawau"]


def test_a_dated_attack_that_killed_is_an_incident_though_it_names_no_place(geo):
    text = "T\n\nThe guards said a shell hit their patrol on Sunday night, killing its driver."
    assert [c.kind for c in claims(text, geo)] == ["incident"]
    text = "T\n\nThe guards said a shell hit their patrol on Sunday night; no one was hurt."
    assert [c.kind for c in claims(text, geo)] == []


def test_a_site_the_speakers_guard_places_the_fire_they_report(geo):
    text = "T\n\nSoldiers guarding Kindu airport said their posts came under fire on Tuesday night."
    (c,) = claims(text, geo)
    assert c.kind == "incident" and c.locations[0].mention == "Kindu airport"


def test_arson_looting_and_armed_action_are_counted_and_denied(geo):
    text = "Riots in Nigeria\n\nPolice said no further arson or looting had been reported in Kano since Monday."
    assert [(c.kind, c.count.value) for c in claims(text, geo)] == [("violation_tally", 0)]
    text = (
        "Riots in Nigeria\n\nSince 3 May no armed action has been recorded in Kano, the army said."
    )
    assert [(c.kind, c.count.value) for c in claims(text, geo)] == [("violation_tally", 0)]
    text = "Riots in Nigeria\n\nPolice in Kano logged 6 cases of arson on Monday."
    assert [c.count.value for c in claims(text, geo)] == [6]


def test_a_mass_nouns_trend_is_no_attack(geo):
    assert claims("Riots in Nigeria\n\nLooting in Kano has declined sharply.", geo) == ()


def test_a_place_and_date_line_under_the_title_sets_the_scene(geo):
    text = (
        "Communique No. 4 of the Government\n\nKano, 17 January 1977\n\n"
        "The mercenaries fired on the Dala barracks with mortars on Sunday.\n\n"
        "The toll of the aggression is as follows: 6 dead and 51 wounded."
    )
    toll = next(c for c in claims(text, geo, "1977-01-17") if c.kind == "casualty_tally")
    assert "Kano" in [loc.mention for loc in toll.locations]


def test_calm_that_reigns_is_a_zero_tally(geo):
    text = "Fighting in Kano\n\nSince noon on Sunday, calm has reigned in Kano, the police said."
    assert [(c.kind, c.count.value) for c in claims(text, geo)] == [("violation_tally", 0)]


def test_a_part_after_of_whom_belongs_to_the_toll_before_it(geo):
    text = "Attack on Kano\n\nSince May the clashes in Kano have left 6 dead, of whom 2 civilians, and 51 wounded."
    out = claims(text, geo)
    total = next(c for c in out if c.part_of is None and c.killed and c.killed.value == 6)
    assert total.injured.value == 51
    assert [(c.killed.value, c.injured) for c in out if c.part_of == total.id] == [(2, None)]


def test_a_bracketed_figure_of_another_period_dates_nothing(geo):
    text = (
        "Monthly report on incidents, April 2016\n\nReporting period: 1 to 30 April 2016\n\n"
        "In the reporting period the Office registered 23 armed attacks near Kano (March 2016: 17). "
        "Of these, 14 occurred in Kano town."
    )
    out = claims(text, geo, "2016-05-09")
    assert {(c.count.value, c.period.start, c.period.end) for c in out} == {
        (23, "2016-04-01", "2016-04-30"),
        (14, "2016-04-01", "2016-04-30"),
    }
    text = "Weekly bulletin\n\nDuring the week rebels committed 37 attacks near Kano (previous week: 45)."
    (c,) = claims(text, geo, "1984-07-16")
    assert (c.count.value, c.period.start, c.period.end) == (37, "1984-07-09", "1984-07-15")


def test_a_quarter_of_the_reports_main_town_is_in_that_town(geo):
    text = (
        "Unrest in Kano\n\nPolice in Kano said the city was tense on Monday. "
        "Traders in Kano closed their shops.\n\n"
        "Gunmen attacked a patrol in the Kurmawa neighbourhood on Tuesday, killing two guards."
    )
    (c,) = [c for c in claims(text, geo) if c.kind == "incident"]
    assert [loc.mention for loc in c.locations] == ["Kurmawa neighbourhood", "Kano"]


def test_a_claim_naming_no_place_may_be_in_the_reports_main_town(geo):
    text = (
        "Unrest report\n\nShops in Kano stayed shut as troops patrolled Kano on Monday.\n\n"
        "Rebels attacked Wudil on Monday.\n\nOn Tuesday three soldiers were killed by a bomb."
    )
    toll = next(c for c in claims(text, geo) if c.killed and c.killed.value == 3)
    assert "Kano" in [loc.mention for loc in toll.locations]


def test_a_lines_label_dates_the_broadcast_not_what_it_tells(geo):
    text = (
        "Radio monitoring summary\n\n"
        "7. KANO, in Hausa, 4 Aug, 14.00: Troops repulsed three rebel attempts to cross to the "
        "south bank of the river near Wudil on Wednesday."
    )
    (c,) = claims(text, geo, "1938-08-05")
    assert (c.count.value, c.period.start) == (3, "1938-08-03")


def test_a_dispatch_dated_by_a_weekday_counts_its_days_from_that_day(geo):
    text = (
        "Raid on police post beaten off\n\nFrom Our Correspondent\nKANO, Tuesday.\n\n"
        "Rebels attacked the police post at Wudil yesterday, the police said."
    )
    (c,) = claims(text, geo, "1966-05-18")  # a Wednesday's paper
    assert (c.period.start, c.period.end) == ("1966-05-16", "1966-05-16")


def test_a_count_of_the_dead_that_were_a_group_is_a_part_of_the_toll(geo):
    text = (
        "Clashes in Kano\n\nThe army said 120 people were killed in Kano during the week; "
        "94 of the dead were members of the police. Eleven of the injured remain in hospital."
    )
    out = claims(text, geo, "1993-06-14")
    total = next(c for c in out if c.killed and c.killed.value == 120)
    assert [c.killed.value for c in out if c.part_of == total.id] == [94]
    assert not any(c.injured and c.injured.value == 11 for c in out)


def test_a_toll_that_stands_or_remains_at_a_number(geo):
    text = "Clashes in Kano\n\nThe number of soldiers killed in Kano since 1 March remains at nine (9)."
    (c,) = claims(text, geo, "2013-03-08")
    assert c.kind == "casualty_tally" and c.killed.value == 9


def test_bodies_counted_or_collected_are_the_dead_and_bodies_found_are_not(geo):
    text = "Fighting in Kano\n\nThe Red Cross has collected 94 bodies in Kano since Monday."
    (c,) = claims(text, geo, "2013-12-11")
    assert c.kind == "casualty_tally" and c.killed.value == 94
    text = "Fighting in Kano\n\nThe bodies of 16 soldiers were found in Kano on Monday."
    assert not any(c.killed for c in claims(text, geo, "2013-12-11"))


def test_people_who_sought_medical_help_were_hurt(geo):
    text = "Riots in Kano\n\nIn Kano 153 people sought medical help after the riot on Friday."
    (c,) = claims(text, geo, "2007-04-30")
    assert c.injured.value == 153 and c.killed is None


def test_police_firing_tear_gas_at_a_crowd_is_an_incident(geo):
    text = "Riots in Kano\n\nPolice used tear gas to disperse the crowd near the palace in Kano on Monday."
    assert [c.kind for c in claims(text, geo, "2009-09-29")] == ["incident"]
    text = (
        "Riots in Kano\n\nWitnesses in Kano said police fired tear gas and live ammunition at "
        "protesters on Monday, wounding five."
    )
    (c,) = claims(text, geo, "2009-09-29")
    assert c.kind == "incident" and c.injured.value == 5


def test_exchanges_of_fire_are_counted(geo):
    text = "Clashes in Kano\n\nResidents report two exchanges of fire in Kano on Monday night."
    (c,) = claims(text, geo, "2012-07-27")
    assert (c.kind, c.count.value) == ("violation_tally", 2)


def test_a_telegrams_writer_speaks_for_it(geo):
    text = (
        "Telegram from the Governor of Kano to the Secretary of State, 9 June 1919\n\n"
        "No. 114. Secret. Disturbances Kano.\n\n"
        "1. On Saturday 7th June crowds attacked offices of a newspaper in Kano."
    )
    (c,) = claims(text, geo, "1919-06-09")
    assert c.claimant.name == "Governor of Kano"


def test_riot_weapons_and_hospital_tolls(geo):
    text = "Riots in Kano\n\nProtesters threw a petrol bomb at the police station in Kano on Friday night."
    assert [c.kind for c in claims(text, geo, "1997-01-11")] == ["incident"]
    text = "Riots in Kano\n\nIn Kano 52 people were treated in hospitals overnight, among them 21 police officers."
    out = claims(text, geo, "1997-01-11")
    assert sorted(c.injured.value for c in out) == [21, 52]


def test_a_claim_on_the_border_alone_is_in_the_reports_country_too(geo):
    text = (
        "Clashes in northern Nigeria\n\nTroops were sent to Kano on Friday.\n\n"
        "Gunmen crossed the border at least 12 times since January, the army said."
    )
    (c,) = [c for c in claims(text, geo, "1978-03-01") if c.count]
    assert [(loc.mention, loc.precision) for loc in c.locations][0] == ("border", "zone")
    assert c.locations[-1].country == "NG" and c.locations[-1].precision == "country"


def test_quiet_said_twice_is_one_zero_tally(geo):
    text = "Riots in Kano\n\nKano was calm on Monday. No incident was reported in Kano on Monday."
    out = claims(text, geo, "2020-08-12")
    assert [(c.kind, c.count.value, len(c.evidence)) for c in out] == [("violation_tally", 0, 2)]


def test_the_regency_is_the_regency_named_before(geo):
    text = (
        "Violence in Central Kalimantan\n\nViolence began in Sampit (Kotawaringin Timur regency, "
        "Central Kalimantan) on 18 February.\n\n"
        "The police said on Sunday that 118 people had been killed in the regency since 18 February."
    )
    toll = next(c for c in claims(text, geo, "2001-02-26") if c.killed and c.killed.value == 118)
    assert toll.locations[0].mention.startswith("Kotawaringin Timur")


def test_a_ransacked_building_is_an_attack(geo):
    text = "Riots in Kano\n\nRioters ransacked the party headquarters in Kano on Thursday."
    assert [c.kind for c in claims(text, geo, "1990-06-15")] == ["incident"]


def test_the_government_is_the_government_of_the_reports_country(geo):
    text = (
        "Clashes in Kano\n\nThe Government said rebels attacked a police post in Kano "
        "on Monday, killing two officers."
    )
    (c,) = claims(text, geo, "2020-08-12")
    assert c.claimant.name == "Government of Nigeria" and c.claimant.mention == "The Government"


def test_bodies_a_hospital_received_are_its_dead(geo):
    text = "Clashes in Kano\n\nDoctors in Kano said they had received 14 bodies since Friday."
    (c,) = claims(text, geo, "2020-08-12")
    assert (c.kind, c.killed.value) == ("casualty_tally", 14)


def test_a_one_word_dateline_places_the_claims_that_name_no_place(geo):
    text = (
        "Coup in Paraguay\n\nASUNCION, Feb 4 (Reuters) - Five people were killed in the "
        "fighting on Friday, the army said."
    )
    (c,) = claims(text, geo, "1989-02-04")
    assert [loc.name for loc in c.locations][:1] == ["Asunción"]


def test_where_a_broadcast_was_monitored_is_no_place_of_it(geo):
    text = (
        "Riots in Burma\n\nThe official Rangoon radio, in a broadcast monitored in Bangkok, "
        "said troops had opened fire on 11 occasions in Mandalay since Monday."
    )
    (c,) = claims(text, geo, "1988-08-11")
    assert [loc.name for loc in c.locations] == ["Mandalay"]


def test_posts_of_two_kinds_attacked_and_people_arrested(geo):
    text = (
        "Riots in Athens\n\nPolice said on Tuesday that since Saturday 24 police stations and "
        "posts had been attacked in Athens; 38 officers injured; 176 persons arrested."
    )
    got = sorted((c.kind, c.count and c.count.value, c.injured and c.injured.value)
                 for c in claims(text, geo, "2008-12-09"))  # fmt: skip
    assert got == [("casualty_tally", None, 38), ("violation_tally", 24, None)]


def test_a_province_was_quiet_is_a_zero_and_relatively_calm_is_not(geo):
    text = (
        "Unrest in Mexico\n\nChiapas, where rebels have kept a truce since 1994, was quiet on "
        "Thursday, officials said. The border has been relatively calm, the army said."
    )
    (c,) = claims(text, geo, "1996-08-30")
    assert (c.count.value, c.locations[0].name) == (0, "Chiapas")


def test_shares_of_the_attacks_told_after_a_saying_are_parts(geo):
    text = (
        "Attacks in Mexico\n\nGuerrillas carried out 11 attacks in Mexico on Wednesday night, "
        "the ministry said. It said five of the attacks were in Oaxaca and three in Guerrero."
    )
    got = [(c.count.value, c.part_of is not None) for c in claims(text, geo, "1996-08-30")]
    assert got == [(11, False), (5, True), (3, True)]


def test_a_dated_attack_on_a_site_named_by_its_noun_is_an_incident(geo):
    text = (
        "Coup in Paraguay\n\nASUNCION, Feb 4 (Reuters) - Fighting raged on Friday.\n\n"
        "Rebels shelled the police headquarters on Friday, a police officer said."
    )
    got = [(c.kind, c.locations[0].country) for c in claims(text, geo, "1989-02-04")]
    assert got == [("incident", "PY")]


def test_people_known_to_have_been_killed_are_a_toll(geo):
    text = "Clashes in Kano\n\nSince Monday 52 raiders are believed to have been killed in Kano."
    (c,) = claims(text, geo, "2020-08-12")
    assert (c.kind, c.killed.value) == ("casualty_tally", 52)


def test_a_consent_to_halt_the_firing_is_an_agreement_not_an_attack(geo):
    text = (
        "Clashes on the border\n\nA spokesman in Cairo said Kuwait and Iraq had agreed on Tuesday night "
        "to halt the firing on the border."
    )
    assert [c.kind for c in claims(text, geo, "1973-03-21")] == ["agreement"]
    text = (
        "Clashes on the border\n\nKuwait said Iraq had not agreed to halt the firing on the border."
    )
    assert "agreement" not in [c.kind for c in claims(text, geo, "1973-03-21")]


def test_a_military_spokesman_speaks_for_the_military_not_for_a_military(geo):
    text = (
        "Clashes on the border\n\nA military spokesman in Rawalpindi said Indian troops had "
        "attacked positions near Lahore on Monday."
    )
    (c,) = claims(text, geo, "1965-04-27")
    assert c.claimant.name == "military"


def test_a_question_is_no_speaker_and_a_long_label_in_capitals_is_one(geo):
    text = (
        "Disturbances in Mizo District\n\nWill the Minister of HOME AFFAIRS be pleased to "
        "state:\n\n(a) the number of attacks in Aizawl?\n\nTHE MINISTER OF STATE IN THE "
        "MINISTRY OF HOME AFFAIRS (SHRI A. B. SINGH): (a) The hostiles made 17 attacks in "
        "Aizawl on Monday.\n\nSecurity Forces: killed 13, wounded 29."
    )
    got = {c.claimant.name for c in claims(text, geo, "1966-03-21")}
    assert got == {"THE MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS"}


def test_flights_and_contacts_for_peaceful_ends_are_no_attacks(geo):
    text = (
        "Fighting near Bidar\n\nSix reconnaissance sorties were flown over Bidar on Monday. "
        "We had eleven telephone contacts with the rebels in Bidar on Monday. Our aircraft "
        "flew 6 strike sorties against rebel positions near Bidar on Monday."
    )
    assert [c.count.value for c in claims(text, geo, "1948-09-16")] == [6]


def test_launching_an_invasion_is_an_operation(geo):
    text = "Fighting in Goa\n\nIndian forces launched an invasion of Goa on Monday, Lisbon said."
    assert [c.kind for c in claims(text, geo, "1961-12-19")] == ["operation"]


def test_a_label_naming_a_documents_issuer_speaks_for_the_issuer(geo):
    text = (
        "Border fighting\n\nText of communiqué issued by the Ministry of National Defence:\n"
        "On 19 February the enemy shelled 14 villages in Cao Bang Province."
    )
    (c,) = claims(text, geo, "1979-02-20")
    assert c.claimant.name == "Ministry of National Defence"


def test_the_only_town_named_so_far_is_the_main_town(geo):
    text = (
        "Coup attempt fails\n\nRebels shelled the Presidency in Nouakchott on Sunday. Loyal "
        "units cleared the Ksar district on Monday.\n\nThe toll of the events is fifteen dead "
        "and 68 wounded, the Government said."
    )
    toll = next(c for c in claims(text, geo, "2003-06-10") if c.kind == "casualty_tally")
    assert "Nouakchott" in [loc.name for loc in toll.locations]


def test_a_claim_that_names_no_place_is_in_the_reports_province_as_named(geo):
    text = (
        "Riots in northern Nigeria\n\nRioters attacked Wudil in Kano State on Monday. "
        "Police fired on crowds in Bichi on Monday.\n\nThe police said 40 people had been "
        "killed since Monday."
    )
    toll = next(c for c in claims(text, geo, "2020-08-12") if c.kind == "casualty_tally")
    assert "Kano" in [loc.name for loc in toll.locations if loc.precision == "admin1"]


def test_nil_casualties_in_a_message_are_a_toll_of_nought(geo):
    text = (
        "SITREP 4 - fighting at Aden\n\n1. Rebels shelled the harbour at Aden on Friday.\n\n"
        "2. OWN CASUALTIES THIS PERIOD: NIL.\n\n3. ENEMY: NIL KIA, 2 WIA."
    )
    got = [(c.killed.value, c.injured.value) for c in claims(text, geo, "1986-01-18")
           if c.kind == "casualty_tally"]  # fmt: skip
    assert got == [(0, 0), (0, 2)]


def test_a_datelines_town_counts_as_named_for_the_main_town(geo):
    text = (
        "Riots in the north\n\nKANO, May 3 (Reuters) - Rioters burned shops in Kano on "
        "Monday and in Wudil on Tuesday.\n\nPolice fired on crowds in the Sabon Gari quarter "
        "on Wednesday."
    )
    last = claims(text, geo, "1990-05-03")[-1]
    assert "Kano" in [loc.name for loc in last.locations]


def test_no_disorder_reported_is_a_zero_tally(geo):
    text = "Riots in Kano\n\nNo disorder has been reported in Kano since Monday, police said."
    (c,) = claims(text, geo, "2020-08-12")
    assert (c.kind, c.count.value) == ("violation_tally", 0)


def test_a_consent_to_separate_the_forces_or_an_arranged_truce_is_an_agreement(geo):
    for text in (
        "Clashes on the border\n\nThe presidents met at Malaba on Monday and agreed to pull "
        "troops back from the border.",
        "Clashes on the border\n\nThe ministers agreed by telephone on Monday that forces of "
        "both sides will remain in their present positions.",
        "Clashes in Jolo\n\nOn Monday the governor and the elders arranged a 24-hour truce in "
        "the hills south of Jolo.",
    ):
        assert [c.kind for c in claims(text, geo, "1987-12-29")] == ["agreement"], text


def test_not_a_single_bomb_dropped_is_no_zero_tally(geo):
    text = 'Clashes in Kano\n\n"Not a single bomb was dropped on Kano on Monday," he said.'
    assert claims(text, geo, "2020-08-12") == ()
    text = "Clashes in Kano\n\nNot a single shot has been fired in Kano since Monday."
    assert [c.count.value for c in claims(text, geo, "2020-08-12")] == [0]


def test_no_such_incident_denies_the_one_alleged_and_counts_nothing(geo):
    text = "Clashes in Kano\n\nThe claim is false; no such incident has occurred in Kano on Monday."
    assert claims(text, geo, "2020-08-12") == ()


def test_posts_attacked_where_they_stand_are_counted(geo):
    text = (
        "Riots in Bangkok\n\nThe ministry said 12 police boxes in the capital had been "
        "attacked in Bangkok overnight."
    )
    (c,) = claims(text, geo, "1992-05-18")
    assert (c.kind, c.count.value) == ("violation_tally", 12)


def test_a_site_in_the_city_named_before_its_attack_places_the_incident(geo):
    text = (
        "Coup in Paraguay\n\nASUNCION, Feb 4 (Reuters) - Fighting raged.\n\nThe police "
        "headquarters in the city centre surrendered on Friday after being hit by artillery "
        "fire, an officer said."
    )
    assert [c.kind for c in claims(text, geo, "1989-02-04")] == ["incident"]


# a monitoring digest: each item's source line names its station and dates it
_DIGEST = (
    "Monitoring digest: Bolivia\n\nITEM 1. RADIO ILLIMANI, La Paz, in Spanish, 1405 GMT "
    "9 Apr 52\n\nRebels attacked the Military College in La Paz today.\n\n"
    "ITEM 2. RADIO NACIONAL, La Paz, in Spanish, 2200 GMT 10 Apr 52\n\n"
    "Miners ambushed an army column near La Paz today.\n\n"
    "ITEM 3. RADIO CRONICA, Cochabamba, in Spanish, 0005 GMT 11 Apr 52\n\n"
    "Troops fired on a crowd in Cochabamba today."
)


def test_a_digests_source_line_dates_its_items_today(geo):
    got = [c.period.start for c in claims(_DIGEST, geo, "1952-04-12")]
    assert got == ["1952-04-09", "1952-04-10", "1952-04-11"]


def test_a_source_lines_outlet_is_no_place_of_what_follows(geo):
    text = (
        "Unrest in Zhanaozen\n\nRioters burned the town hall in Zhanaozen on Friday.\n\n"
        "Source: KTK TV, Almaty, in Russian 0600 gmt 19 Dec 11\n\n"
        "No incidents have been recorded since Saturday evening, the commandant said."
    )
    zero = claims(text, geo, "2011-12-19")[-1]
    assert "Almaty" not in [loc.name for loc in zero.locations]


def test_a_digests_item_speaks_for_the_station_it_was_heard_on(geo):
    got = [c.claimant.name for c in claims(_DIGEST, geo, "1952-04-12")]
    assert got == ["RADIO ILLIMANI", "RADIO NACIONAL", "RADIO CRONICA"]


def test_the_day_a_comparison_recalls_makes_no_claim(geo):
    text = (
        "Riots in Kadugli\n\nThree people were killed in Kadugli on Monday, the police said. "
        "It was the worst violence in the town since 4 June 2011, when soldiers fired on a "
        "crowd in Kadugli, killing 40 people."
    )
    got = claims(text, geo, published="2025-03-12")
    assert [c.killed.value for c in got] == [3]


def test_a_since_clause_opening_the_sentence_still_counts_after_its_when(geo):
    text = (
        "Riots in Kadugli\n\nThe police said that since Sunday, when the strike began, 26 "
        "people had been killed in Kadugli."
    )
    (c,) = claims(text, geo, published="2025-03-12")
    assert (c.kind, c.killed.value, c.period.start) == ("casualty_tally", 26, "2025-03-09")


def test_shots_at_a_site_at_a_clock_hour_are_one_incident(geo):
    text = (
        "Unrest in Kadugli\n\nThe governor imposed a curfew in Kadugli on Monday. At about "
        "11 p.m. shots were fired at an army checkpoint near the hospital. No one was hurt."
    )
    got = [c for c in claims(text, geo, published="2025-03-12") if c.kind == "incident"]
    assert [(c.locations[0].name, c.injured.value) for c in got] == [("Kadugli", 0)]


def test_the_toll_of_a_days_disturbances_is_a_casualty_tally(geo):
    text = (
        "Riots in Kadugli\n\nThe health ministry put the toll of Monday's disturbances in "
        "Kadugli at 12 dead and 40 injured."
    )
    (c,) = claims(text, geo, published="2025-03-12")
    assert (c.kind, c.killed.value, c.injured.value) == ("casualty_tally", 12, 40)


def test_of_these_after_a_toll_opens_its_parts(geo):
    text = (
        "Clashes in Kadugli\n\nThe police said 30 people were killed in clashes in Kadugli "
        "since Sunday. Of these, at least 18 were soldiers. Of them, 12 were arrested."
    )
    total, part = claims(text, geo, published="2025-03-12")
    assert (part.killed.value, part.killed.qualifier, part.part_of) == (18, "at_least", total.id)


def test_last_week_before_a_colon_in_a_sentence_is_no_label_of_another_week(geo):
    text = (
        "Shelling in South Kordofan\n\nThe army said rebels shelled villages 14 times in "
        "South Kordofan last week: nine in Kadugli and five in Dilling."
    )
    parts = [c for c in claims(text, geo, published="2025-03-12") if c.part_of]
    assert [(c.count.value, c.locations[0].name) for c in parts] == [(9, "Kadugli"), (5, "Dilling")]


def test_a_place_before_a_colon_is_no_label_of_a_count_placed_after_it(geo):
    text = (
        "Shelling in South Kordofan\n\nThe army said rebels shelled villages 14 times in "
        "South Kordofan: nine in Kadugli and five in Dilling."
    )
    parts = [c for c in claims(text, geo, published="2025-03-12") if c.part_of]
    assert [(c.count.value, c.locations[0].name) for c in parts] == [(9, "Kadugli"), (5, "Dilling")]


def test_a_date_as_near_after_the_count_as_one_before_it_dates_the_count(geo):
    text = (
        "Blasts in Kadugli\n\nTroops searched farms around Kadugli today after rebels set off "
        "nine explosions during the night of Sunday to Monday, the ministry said."
    )
    (c,) = claims(text, geo, published="2025-03-12")
    assert (c.period.start, c.period.end) == ("2025-03-09", "2025-03-10")


def test_forces_regaining_control_of_a_place_end_an_operation(geo):
    text = (
        "Fighting in Kadugli\n\nThe army said on Tuesday that its troops had regained control "
        "of Kadugli after rebels overran the town last week."
    )
    got = [c for c in claims(text, geo, published="2025-03-12") if c.kind == "operation"]
    assert [(c.locations[0].name, c.period.start) for c in got] == [("Kadugli", "2025-03-11")]


def test_a_street_named_by_its_languages_ending_places_an_attack(geo):
    text = (
        "Riots in Malmo\n\nRiots broke out in Malmo on Friday. On Saturday evening police "
        "fired warning shots on Stortorget."
    )
    got = [
        c for c in claims(text, geo, published="2025-03-12") if "Stortorget" in c.evidence[0].text
    ]
    assert [c.locations[0].name for c in got] == ["Stortorget"]


def test_an_attack_denied_as_a_rumour_or_only_rumoured_is_no_incident(geo):
    for said in (
        "The police categorically deny the rumours that soldiers fired on a funeral in "
        "Kadugli on Tuesday.",
        "There were rumours that gunmen attacked a market in Kadugli on Tuesday.",
    ):
        assert claims(f"Unrest in Kadugli\n\n{said}", geo, published="2025-03-12") == (), said


def test_a_count_whose_head_is_quoted_as_said(geo):
    text = (
        'Unrest in Kadugli\n\nThe police said they had dealt with 23 "acts of sabotage and '
        'rioting" in Kadugli since Tuesday.'
    )
    (c,) = claims(text, geo, published="2025-03-12")
    assert (c.kind, c.count.value) == ("violation_tally", 23)


def test_the_area_is_the_place_its_sentence_named_before(geo):
    text = (
        "Truce in South Kordofan\n\nFighting flared near the Dilling area on Sunday, the army "
        "said. On Monday the army commander in Kadugli and rebel leaders agreed to a 48-hour "
        "ceasefire in the area."
    )
    got = [c for c in claims(text, geo, published="2025-03-12") if c.kind == "agreement"]
    assert [c.locations[0].name for c in got] == ["Kadugli"]


def test_n_of_them_after_a_toll_is_its_part_not_a_count_of_attacks(geo):
    text = (
        "Riots in Kadugli\n\nRebels attacked the town 14 times last week, the army said. "
        "The hospital said 40 people had been killed since Sunday. Twenty-nine of them are "
        "civilians. Six of them were arrested."
    )
    got = claims(text, geo, published="2025-03-12")
    parts = [c for c in got if c.part_of]
    assert [(c.kind, c.killed.value) for c in parts] == [("casualty_tally", 29)]


def test_an_epidemics_dead_are_no_casualties_of_fighting(geo):
    text = (
        "Displacement in Kadugli\n\nShelling displaced 4,000 people from Kadugli last week. "
        "Cholera: 38 cases and 4 deaths recorded at the school site since Monday."
    )
    assert all(c.kind != "casualty_tally" for c in claims(text, geo, published="2025-03-12"))


def test_a_site_named_by_its_noun_as_an_attacks_object_places_it(geo):
    text = (
        "Coup attempt in Kadugli\n\nState radio said paratroopers had attacked the presidential "
        "palace with mortars before dawn on Thursday."
    )
    (c,) = claims(text, geo, published="2025-03-14")
    assert (c.kind, c.period.start, c.locations[0].name) == ("incident", "2025-03-13", "Kadugli")


def test_review_cases_of_the_days_new_readings(geo):
    def got(body):
        return claims(f"Clashes in Kadugli\n\n{body}", geo, published="2025-03-12")

    # a possessive is no plural: the toll of one attack stays the attack's
    (c,) = got("The toll from yesterday's attack on Kadugli rose to 16 dead, the ministry said.")
    assert c.kind == "incident"
    # an illness named beside an attack leaves its toll alone
    (c,) = got("Shelling killed five people near the cholera clinic in Kadugli on Monday.")
    assert c.killed.value == 5
    # shares larger than the toll before are no parts of it
    out = got(
        "The health ministry said 14 people had been killed in Kadugli since Sunday. Of "
        "these, 96 were attributed to the rebels and 58 to the army."
    )
    assert not any(c.part_of for c in out)
    # an aim to regain control ends no operation
    assert got("The army said its troops tried to regain control of Kadugli on Monday.") == ()


def test_one_person_is_a_person_counted(geo):
    text = "Clashes in Kadugli\n\nOne person died in clashes in Kadugli on Friday, the police said."
    (c,) = claims(text, geo, published="2025-03-12")
    assert (c.kind, c.killed.value) == ("incident", 1)


def test_a_consent_to_pull_back_after_whom_it_was_agreed_with(geo):
    text = (
        "Unrest in Kadugli\n\nClashes in Kadugli continued on Friday. The governor had agreed "
        "on Saturday with a committee of Kadugli elders to withdraw the troops to their barracks."
    )
    got = [c for c in claims(text, geo, published="2025-03-12") if c.kind == "agreement"]
    assert [c.period.start for c in got] == ["2025-03-08"]


def test_a_protocol_signed_is_an_agreement(geo):
    text = (
        "Truce talks on Kadugli\n\nFighting in Kadugli stopped on Monday. The army and the "
        "rebels signed a protocol on the handover of weapons on Tuesday, mediators said."
    )
    got = [c for c in claims(text, geo, published="2025-03-12") if c.kind == "agreement"]
    assert [c.period.start for c in got] == ["2025-03-11"]


def test_a_plain_count_column_counts_what_the_caption_names(geo):
    text = (
        "Riots in Kano\n\n"
        "3. ATTACKS RECORDED IN THE CITY (on police posts, vehicles and markets)\n"
        "Ward                 Cases     Remarks\n"
        "Kano Municipal ....... 12      mostly arson; incl. 3 markets\n"
        "Nassarawa .............. 5      police posts\n"
        "TOTAL                  17\n"
    )
    out = claims(text, geo, published="2021-03-02")
    assert sorted(c.count.value for c in out) == [5, 12, 17]
    total = next(c for c in out if c.count.value == 17)
    assert all(c.part_of == total.id for c in out if c is not total)


def test_a_table_with_no_header_reads_its_caption(geo):
    text = (
        "Clashes in Kano\n\n"
        "Table 2. Civilians killed, by day\n\n"
        "Monday 1 March          4\n"
        "Tuesday 2 March        11\n"
    )
    out = claims(text, geo, published="2021-03-03")
    got = [(c.kind, c.killed.value, c.period.start) for c in out]
    assert got == [("casualty_tally", 4, "2021-03-01"), ("casualty_tally", 11, "2021-03-02")]


def test_a_table_whose_caption_counts_no_violence_makes_no_claim(geo):
    text = (
        "Clashes in Kano\n\n"
        "Table 3. Schools reopened, by ward\n\n"
        "Nassarawa               4\n"
        "Fagge                  11\n"
    )
    assert claims(text, geo, published="2021-03-03") == ()


def test_four_digits_before_hrs_are_a_clock_not_a_year(geo):
    text = (
        "Riots in Kano\n\nOn Monday 1 March, between 1900 and 2030 hrs, rioters attacked 6 "
        "shops in Kano."
    )
    (c,) = claims(text, geo, published="2021-03-03")
    assert (c.period.start, c.period.end) == ("2021-03-01", "2021-03-01")


def test_a_week_s_row_is_the_table_s_total_for_the_whole_week(geo):
    text = (
        "Shelling of Kidal\n\n"
        "During the week militants fired on Kidal in 11 separate attacks.\n\n"
        "Day            Attacks   Shells\n"
        "1 March (Mon)        4      300\n"
        "2 March (Tue)        7      410\n"
        "Week                11      710\n"
    )
    out = [c for c in claims(text, geo, published="2021-03-07") if c.count]
    assert sorted(c.count.value for c in out) == [4, 7, 11]
    (total,) = (c for c in out if c.count.value == 11)
    assert total.period.start < "2021-03-02"


def test_a_short_weekday_in_brackets_after_a_date_is_no_place(geo):
    text = "Shelling of Kidal\n\nDay            Attacks\n1 March (Mon)        4\n"
    (c,) = (c for c in claims(text, geo, published="2021-03-07") if c.count)
    assert [loc.name for loc in c.locations] == ["Kidal"]


def test_a_place_right_after_a_date_s_month_or_weekday(geo):
    for text in ("On 17 March Kidal was shelled.", "On Monday Kidal was shelled."):
        (c,) = claims("Clashes in Mali\n\n" + text, geo, published="2021-03-20")
        assert [loc.name for loc in c.locations] == ["Kidal"]


def test_a_markdown_table_s_rule_line_does_not_end_it(geo):
    text = (
        "Clashes in Mali\n\n"
        "| Region | Number of incidents | Fatalities |\n"
        "|---|:---:|---|\n"
        "| Gao | 12 | 5 |\n"
        "| Kidal | 4 | 0 |\n"
    )
    out = claims(text, geo, published="2021-03-08")
    assert [(c.count.value, c.killed.value) for c in out] == [(12, 5), (4, 0)]


def test_a_row_of_a_table_by_type_carries_its_means(geo):
    text = (
        "Ceasefire violations in Donbas\n\n"
        "Violations by type, 1-7 March 2021\n\n"
        "Type                     Number\n"
        "Mortar fire                30\n"
    )
    (c,) = (c for c in claims(text, geo, published="2021-03-08") if c.count)
    assert c.count.value == 30 and c.methods == ("mortar",)


def test_a_toll_told_right_after_an_unclaimed_attack_is_that_attack_s(geo):
    text = (
        "Riots in Kano\n\n"
        "Police broke up the march with tear gas outside the old customs house on Monday. "
        "Hospital staff say four people were injured."
    )
    (c,) = claims(text, geo, published="2021-03-03")
    assert (c.kind, c.injured.value, c.period.start) == ("incident", 4, "2021-03-01")
    assert c.evidence[0].text.startswith("Police broke up the march")


def test_a_toll_with_no_attack_told_before_it_stays_a_tally(geo):
    text = (
        "Riots in Kano\n\n"
        "The governor visited the city on Monday. Hospital staff say four people were injured."
    )
    (c,) = claims(text, geo, published="2021-03-03")
    assert c.kind == "casualty_tally"


_RECORDS = (
    "Riots in Kano\n\n"
    "Entry 15\n"
    "Occurrence: 02/03/2021 at about 02:10 hrs\n"
    "Place: Kofar Mata, Kano Municipal\n"
    "Informant: Cpl. Ado Sani, Dala division\n"
    "Brief facts: Unknown gunmen fired shots at the divisional police station.\n"
    "Injured: 2\n"
    "Status: under investigation\n\n"
    "Entry 16\n"
    "Occurrence: 02/03/2021 at about 23:40 hrs\n"
    "Place: Gwale\n"
    "Brief facts: A crowd stoned a patrol vehicle.\n"
    "Injured: nil\n"
)


def test_a_record_s_fields_place_date_and_voice_its_brief_facts(geo):
    first, second = claims(_RECORDS, geo, published="2021-03-03")
    assert (first.kind, first.period.start, first.locations[0].name) == (
        "incident",
        "2021-03-02",
        "Kano Municipal",
    )
    assert first.claimant.name == "Cpl. Ado Sani" and first.injured.value == 2
    assert second.locations[0].name == "Gwale" and second.injured.value == 0


def test_a_field_line_of_the_wounded_is_their_toll(geo):
    (c,) = claims("Clashes in Kano\n\nInjured: 11", geo, published="2021-03-03")
    assert (c.kind, c.injured.value) == ("casualty_tally", 11)


def test_a_group_after_including_is_a_part_of_the_toll_before_it(geo):
    text = (
        "Riots in Kano\n\n"
        "In these clashes 23 persons lost their lives, including 4 police personnel, and 61 "
        "persons were injured."
    )
    total, part = claims(text, geo, published="2021-03-03")
    assert (total.killed.value, total.injured.value) == (23, 61)
    assert (part.killed.value, part.part_of) == (4, total.id)


def test_an_agreement_that_forces_keep_apart_far_down_its_clause(geo):
    text = (
        "Clashes on the border\n\n"
        "On Tuesday the two battalion commanders met at the bridge and agreed that the "
        "soldiers of both sides posted along the river near Kidal would avoid clashes and keep "
        "their patrols 3 km apart."
    )
    (c,) = claims(text, geo, published="2021-03-03")
    assert (c.kind, c.period.start) == ("agreement", "2021-03-02")


def test_an_operation_whose_verb_comes_after_an_aside(geo):
    text = (
        "Fighting in Mali\n\n"
        "The second phase of the operation, covering the hills north of Kidal, began on Sunday."
    )
    (c,) = claims(text, geo, published="2021-03-03")
    assert (c.kind, c.period.start) == ("operation", "2021-02-28")


def test_a_bomb_that_wrecks_or_damages_is_an_attack(geo):
    for text in (
        "On Friday a bomb wrecked a police car in Kidal.",
        "An explosive charge damages the bridge near Kidal during the night.",
    ):
        (c,) = claims("Unrest in Mali\n\n" + text, geo, published="2021-03-03")
        assert c.kind == "incident" and c.methods == ("explosion",)


def test_a_toll_of_the_events_told_before_is_of_their_day_not_of_its_saying(geo):
    text = (
        "Riots in Kano\n\n"
        "Rioters burned shops and attacked police posts in Kano on Monday 1 March.\n\n"
        "The police announced on 3 March that 6 persons were killed and 40 injured in the "
        "disturbances."
    )
    toll = next(c for c in claims(text, geo, published="2021-03-04") if c.killed)
    assert toll.period.start == "2021-03-01"


def test_a_toll_in_a_participle_after_one_day_s_action_is_its_incident(geo):
    text = (
        "Fighting in Mali\n\n"
        "The army said it had driven the rebels out of the old fort on Friday, killing more "
        "than 40 fighters."
    )
    (c,) = claims(text, geo, published="2021-03-03")
    assert (c.kind, c.killed.value, c.period.start) == ("incident", 40, "2021-02-26")


_FORMS = (
    "Incident reports: clashes in Oaxaca\n\n"
    "Report 1\n"
    "Date: 14 October 2021\n"
    "Location: Juchitan, Oaxaca\n"
    "Incident type: Armed attack\n"
    "Description: Gunmen fired on a police patrol near the market. Two officers were wounded.\n"
    "Casualties: 2 injured\n"
    "Source: state police\n\n"
    "Report 2\n"
    "Date: 15 October 2021\n"
    "Location: Salina Cruz, Oaxaca\n"
    "Description: Protesters set fire to the town hall.\n"
    "Source: local media\n"
)


def test_a_record_of_field_lines_is_one_incident_in_its_source_s_voice(geo):
    first, second = claims(_FORMS, geo, published="2021-10-16")
    assert (first.kind, first.injured.value, first.claimant.name) == ("incident", 2, "state police")
    assert len(first.evidence) == 4  # its type, its description's two sentences, its toll
    assert (second.period.start, second.claimant.name) == ("2021-10-15", "local media")


def test_a_numbered_item_s_heading_and_its_strike_are_one_incident(geo):
    text = (
        "Air strikes on Kidal\n\n"
        "1. Strike at the old fort, Kidal. At about 02:00 on 15 April aircraft dropped four "
        "bombs on the fort in Kidal.\n"
    )
    (c,) = claims(text, geo, published="2021-04-20")
    assert c.kind == "incident" and c.period.start == "2021-04-15" and len(c.evidence) == 2


def test_a_numbered_question_answered_under_its_number(geo):
    text = (
        "Questions on the riots in Kano\n\n"
        "(1) How many incidents of arson were recorded in Kano on 1 March 2021?\n"
        "(2) On how many occasions did the police open fire?\n\n"
        "The Minister of Police Affairs has provided the following answer:\n"
        "(1) Seventeen.\n"
        "(2) On two occasions.\n"
    )
    first, second = claims(text, geo, published="2021-03-20")
    assert (first.kind, first.count.value, first.period.start) == (
        "violation_tally",
        17,
        "2021-03-01",
    )
    assert first.evidence[-1].text == "(1) Seventeen."
    assert (second.kind, second.count.value) == ("violation_tally", 2)


def test_casualties_none_reported_after_an_attack_is_its_toll(geo):
    text = (
        "Clashes in Mali\n\n"
        "Gunmen fired on the town hall in Kidal on Friday. Casualties: none reported."
    )
    (c,) = claims(text, geo, published="2021-10-16")
    assert (c.kind, c.killed.value, c.injured.value) == ("incident", 0, 0)


def test_the_town_hall_in_a_named_town_is_in_that_town(geo):
    text = "Clashes in Mali\n\nGunmen fired on the town hall in Kidal on Friday."
    (c,) = claims(text, geo, published="2021-10-16")
    assert c.locations[0].name == "Kidal"


def test_namely_opens_a_total_s_parts_by_place(geo):
    text = (
        "Ceasefire violations in Mali\n\n"
        "Observers reported nine breaches of the truce, namely five in Kidal and four in Gao."
    )
    total, *parts = claims(text, geo, published="2021-03-03")
    assert [(p.count.value, p.locations[0].name, p.part_of) for p in parts] == [
        (5, "Kidal", total.id),
        (4, "Gao", total.id),
    ]


def test_parts_of_a_total_by_kind_after_a_colon(geo):
    text = (
        "Riots in Kano\n\n"
        "The police recorded 30 incidents in Kano in that week: 21 of arson and 9 of assault."
    )
    total, *parts = claims(text, geo, published="2021-03-03")
    assert [(p.count.value, p.part_of) for p in parts] == [(21, total.id), (9, total.id)]


def test_a_sentence_naming_the_total_again_breaks_it_down(geo):
    text = (
        "Ceasefire violations in Mali\n\n"
        "Observers recorded 30 violations in Kidal during the week. Of the 30 violations, 18 "
        "involved small-arms fire, 9 involved mortars and 3 were explosions."
    )
    total, *parts = claims(text, geo, published="2021-03-03")
    assert total.count.value == 30
    assert [(p.count.value, p.part_of) for p in parts][:2] == [(18, total.id), (9, total.id)]


def test_a_block_of_field_lines_keeps_other_days_and_places_apart(geo):
    text = (
        "Clashes in Nigeria\n\n"
        "Date: 1 March 2021\n"
        "Source: State police\n"
        "Gunmen attacked a police post in Kano on 1 March.\n"
        "Bandits raided Zaria on 2 March and killed five villagers.\n"
    )
    out = claims(text, geo, published="2021-03-03")
    assert len(out) == 2 and out[0].killed is None


def test_past_the_records_the_report_speaks_again(geo):
    text = (
        "Clashes in Nigeria\n\n"
        "Date: 1 March 2021\n"
        "Location: Kano\n"
        "Description: Gunmen attacked a police post.\n"
        "Source: State police\n\n"
        "Gunmen also attacked a market in Zaria on 2 March, killing three traders.\n"
    )
    first, second = claims(text, geo, published="2021-03-03")
    assert first.claimant.name == "State police"
    assert second.claimant is None or second.claimant.name != "State police"


def test_local_after_a_year_is_no_clock(geo):
    text = "Clashes in Nigeria\n\nIn 2020 local gunmen killed 12 people in Kano."
    (c,) = claims(text, geo, published="2021-03-03")
    assert c.period.start == "2020-01-01"


def test_an_answer_s_date_is_not_its_count(geo):
    text = (
        "Questions on the clashes in Kano\n\n"
        "(1) How many people were killed in attacks on markets in Kano State?\n\n"
        "The Minister has provided the following answer:\n"
        "(1) On 2 March, none were killed.\n"
    )
    assert all(c.killed is None or c.killed.value != 2 for c in claims(text, geo, "2021-03-20"))


def test_a_caption_of_the_dead_in_attacks_counts_the_dead(geo):
    text = (
        "Attacks in Nigeria\n\n"
        "Civilians killed in attacks, by district\n"
        "Kano                 4\n"
        "Zaria                2\n"
    )
    out = claims(text, geo, published="2021-03-03")
    assert [(c.kind, c.killed.value) for c in out] == [("casualty_tally", 4), ("casualty_tally", 2)]


def test_handing_over_hostages_is_no_truce(geo):
    text = (
        "Clashes in Nigeria\n\n"
        "The rebels agreed on Monday to hand over 20 hostages to government forces in Kano."
    )
    assert all(c.kind != "agreement" for c in claims(text, geo, published="2021-03-03"))


def test_a_record_s_place_field_places_its_lines_wherever_it_stands(geo):
    text = (
        "Incident reports: clashes in Mali\n\n"
        "Date: 14 October 2021\n"
        "Description: Gunmen fired on a police patrol near the market.\n"
        "Location: Kidal\n"
        "Source: state police\n"
    )
    (c,) = claims(text, geo, published="2021-10-16")
    assert c.locations[0].name == "Kidal" and c.claimant.name == "state police"


def test_a_truce_announced_is_no_speaker(geo):
    text = "Fighting in Mali\n\nA ceasefire announced on 13 September took effect at noon in Kidal."
    (c,) = claims(text, geo, published="2021-09-19")
    assert c.kind == "agreement" and c.claimant is None


def test_a_strike_s_assessed_damage_and_harm_are_its_own(geo):
    text = (
        "Air strikes on Kidal\n\n"
        "1. Strike at the old fort, Kidal. At about 02:00 on 15 April aircraft dropped four "
        "bombs on the fort in Kidal. Assessed damage: two buildings destroyed. Civilian harm: "
        "three civilians killed in houses next to the fort.\n"
    )
    (c,) = claims(text, geo, published="2021-04-20")
    assert (c.kind, c.killed.value, c.period.start) == ("incident", 3, "2021-04-15")


def test_a_text_signed_that_ends_the_fighting_is_an_agreement(geo):
    text = (
        "Fighting in Mali\n\n"
        "On 2 March the two commanders signed a declaration in Kidal ending hostilities."
    )
    (c,) = claims(text, geo, published="2021-03-05")
    assert (c.kind, c.period.start) == ("agreement", "2021-03-02")


def test_a_briefer_s_title_speaks_for_the_body_the_headline_names(geo):
    text = (
        "Press briefing by the Ministry of Defence spokesman on the fighting in Kidal\n\n"
        "SPOKESMAN: Good afternoon.\n\n"
        "SPOKESMAN: Fourteen soldiers were killed and 37 wounded in clashes in Kidal.\n"
    )
    (c,) = claims(text, geo, published="2021-03-03")
    assert c.claimant.name == "Ministry of Defence"


def test_a_day_first_dateline_with_a_double_dash_dates_the_report_not_the_claim(geo):
    text = (
        "Riots in Kano\n\n"
        "LAGOS, 15 Dec -- Police recorded 26 incidents of arson in Kano on 11 December. "
        "Troops were deployed in the city."
    )
    (c,) = claims(text, geo, published="2021-12-15")
    assert (c.count.value, c.period.start, c.locations[0].name) == (26, "2021-12-11", "Kano")


def test_a_later_sentence_opening_with_a_name_is_no_full_name_of_the_police(geo):
    text = (
        "Riots in Kano\n\n"
        "Police recorded 26 incidents of arson in Kano on 11 December. Rioters fought police."
    )
    (c,) = claims(text, geo, published="2021-12-15")
    assert c.claimant.name == "Police"


@pytest.mark.parametrize(
    ("where", "name"),
    [("on the Ugalla Plateau", "Ugalla Plateau"), ("on Mbari Hill", "Mbari Hill"),
     ("in the Kabwe Hills", "Kabwe Hills")],
)  # fmt: skip
def test_a_natural_feature_the_gazetteer_does_not_know_places_the_attack(geo, where, name):
    text = f"Attack in Tanzania\n\nGunmen attacked a police post {where} on Monday."
    (c,) = claims(text, geo, published="2021-03-10")
    assert c.locations[0].mention == name


def test_a_coast_guard_is_no_coast(geo):
    text = (
        "Clash at sea\n\nGunmen opened fire on a Tanzanian coast guard vessel near Kilwa on Monday."
    )
    (c,) = claims(text, geo, published="2021-03-10")
    assert c.locations[0].name == "Kilwa"


def test_a_day_opening_the_sentence_before_its_speaker_dates_the_accusation(geo):
    text = (
        "Shelling near Kidal\n\n"
        "On Thursday the ministry accused the rebels of firing mortars at army positions "
        "near Kidal on Wednesday evening."
    )
    (c,) = claims(text, geo, published="2021-03-05")
    assert (c.period.start, c.period.end) == ("2021-03-03", "2021-03-03")


@pytest.mark.parametrize(
    "when", ["late on Monday and early on Tuesday", "on Monday night and early Tuesday"]
)
def test_two_days_joined_with_parts_of_the_day_are_one_range(geo, when):
    text = f"Attacks in Kidal\n\nRebels carried out 11 attacks on army posts in Kidal {when}."
    (c,) = claims(text, geo, published="2021-03-05")
    assert (c.period.start, c.period.end) == ("2021-03-01", "2021-03-02")


def test_a_day_and_month_in_figures_after_on_is_a_date(geo):
    text = "Shooting in Kidal\n\nA resident says that at about 10:00 on 13.10 police shot dead a man in Kidal."
    (c,) = claims(text, geo, published="2021-10-15")
    assert c.period.start == "2021-10-13"


def test_the_day_of_speaking_named_again_by_its_date_is_that_date(geo):
    text = (
        "Truce in Kidal\n\n"
        "A ceasefire between the army and the rebels in Kidal came into effect at 6 p.m. "
        "this evening, Saturday, July 17."
    )
    (c,) = claims(text, geo, published="2021-07-18")
    assert (c.kind, c.period.start) == ("agreement", "2021-07-17")


def test_a_word_of_hope_inside_a_place_s_name_hedges_nothing(geo):
    text = "Attacks in Guyana\n\nPolice posts at Annai and Good Hope were attacked on Monday."
    (c,) = claims(text, geo, published="2021-03-10")
    assert (c.kind, c.period.start) == ("incident", "2021-03-08")


def test_fighting_reported_near_a_town_is_an_incident_and_in_a_region_a_setting(geo):
    town = "Fighting in Nigeria\n\nThe army reported fighting with insurgents near Gwoza."
    assert [c.kind for c in claims(town, geo)] == ["incident"]
    region = "Fighting in Nigeria\n\nFighting with insurgents has also flared in Borno State."
    assert claims(region, geo) == ()


@pytest.mark.parametrize(
    "shares", ["Kidal 12, Gao 10 and Timbuktu 23", "12 in Kidal, 10 in Gao and 23 in Timbuktu"]
)
def test_a_toll_shared_among_places_listed_after_it_is_a_tally_with_parts(geo, shares):
    text = f"Deaths in Mali\n\nThe ministry said 45 people were killed in the unrest on Monday: {shares}."
    out = claims(text, geo, published="2021-03-10")
    total = next(c for c in out if c.part_of is None)
    assert (total.kind, total.killed.value) == ("casualty_tally", 45)
    parts = [(c.locations[0].name, c.killed.value) for c in out if c.part_of == total.id]
    assert parts == [("Kidal", 12), ("Gao", 10), ("Timbuktu", 23)]


def test_the_item_before_a_list_s_last_and_is_a_part_too(geo):
    text = (
        "Breaches in Mali\n\nMonitors recorded 40 ceasefire violations on Monday: "
        "Kidal 12, Gao 10, Menaka 5 and Timbuktu 13."
    )
    out = claims(text, geo, published="2021-03-10")
    assert [c.count.value for c in out if c.part_of] == [12, 10, 5, 13]


def test_a_toll_of_unrest_is_a_tally_however_short_the_day(geo):
    text = (
        "Unrest in Kano\n\n"
        "Police said 11 people were killed and 86 injured in the rioting in Kano on Monday."
    )
    (c,) = claims(text, geo, published="2021-03-10")
    assert (c.kind, c.killed.value, c.injured.value) == ("casualty_tally", 11, 86)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two commanders agreed late on Thursday on a plan to end three weeks of fighting in Kidal.",
    ],
)
def test_a_plan_agreed_to_is_an_agreement(geo, sentence):
    text = f"Talks in Mali\n\nRebels and troops clashed last week. {sentence}"
    assert [c.kind for c in claims(text, geo, published="2021-03-06")] == ["agreement"]


def test_an_agreement_offered_on_a_condition_is_none(geo):
    text = (
        "Talks in Mali\n\nRebels and troops clashed last week. "
        "The rebels in Kidal said they would agree to a truce only if the troops withdrew."
    )
    assert claims(text, geo, published="2021-03-06") == ()


@pytest.mark.parametrize(
    ("after", "killed", "injured"),
    [
        ("Two constables were wounded and have been flown to hospital at Gao.", None, 2),
        ("Two border guards were killed and five injured.", 2, 5),
        ("Our casualties in this action were two killed and five wounded.", 2, 5),
    ],
)
def test_a_toll_told_after_an_attack_is_that_attack_s(geo, after, killed, injured):
    text = f"Attack in Mali\n\nRebels ambushed an army patrol near Kidal on Monday. {after}"
    (c,) = claims(text, geo, published="2021-03-10")
    assert c.kind == "incident" and c.locations[0].name == "Kidal"
    assert (c.killed and c.killed.value, c.injured and c.injured.value) == (killed, injured)


def test_a_clause_naming_the_attack_s_shells_again_is_the_same_attack(geo):
    text = (
        "Shelling in Mali\n\nRebels fired several mortar rounds at Kidal airport on Monday night; "
        "the shells landed near the runway."
    )
    assert [c.kind for c in claims(text, geo, published="2021-03-10")] == ["incident"]


@pytest.mark.parametrize(
    "sentence",
    [
        "No enemy air activity was recorded over Kidal during the period.",
        "No occasion of firing was recorded by the police stations of Kidal during the week.",
        "Observers recorded no artillery fire in the Kidal area during the week.",
    ],
)
def test_no_fire_of_a_kind_recorded_is_a_tally_of_zero(geo, sentence):
    text = f"Monitoring in Mali\n\nRebels and troops clashed near Gao on 1 March. {sentence}"
    got = [c for c in claims(text, geo, published="2021-03-10") if c.kind == "violation_tally"]
    assert [c.count.value for c in got] == [0]


def test_the_dead_of_road_accidents_are_no_casualties_of_fighting(geo):
    text = (
        "Holiday report\n\nThe army said rebels attacked a post near Kidal on 20 December. "
        "During the festive season, 43 road accidents were recorded nationwide, causing 38 "
        "deaths and 97 injuries."
    )
    (c,) = claims(text, geo, published="2021-01-02")
    assert (c.kind, c.killed, c.injured) == ("incident", None, None)


def test_the_month_under_review_is_the_month_the_headline_declares(geo):
    text = (
        "Monthly report for June 1964\n\n"
        "In the month under review there were 26 incidents of arson and 7 bombings in Kidal."
    )
    out = claims(text, geo, published="1964-07-04")
    assert {(c.period.start, c.period.end) for c in out} == {("1964-06-01", "1964-06-30")}


def test_a_table_under_a_headline_s_week_counts_that_week(geo):
    text = (
        "Security situation, week ending 7 March 2021\n\n"
        "Rebel attacks continued in the north.\n\n"
        "Incidents reported by district:\n\n"
        "| District | Incidents |\n|---|---|\n| Kidal | 12 |\n| Gao | 8 |\n| Total | 20 |"
    )
    out = claims(text, geo, published="2021-03-08")
    assert {(c.period.start, c.period.end) for c in out} == {("2021-03-01", "2021-03-07")}


def test_a_building_seized_in_a_town_is_an_attack_there_and_office_taken_none(geo):
    seized = "Coup in Mali\n\nSoldiers seized the radio station in Kidal on Friday."
    assert [(c.kind, c.locations[0].name) for c in claims(seized, geo)] == [("incident", "Kidal")]
    office = "Coup in Mali\n\nSoldiers clashed last week. The new president took office in Kidal on Friday."
    assert claims(office, geo) == ()


def test_a_denial_after_a_semicolon_does_not_unsay_the_claim_before_it(geo):
    claimed = (
        "Fighting in Mali\n\nThe rebels said their fighters had repulsed an army attack near "
        "Kidal on Monday and killed eight soldiers; the army denied that any engagement took place."
    )
    (c,) = claims(claimed, geo, published="2021-03-10")
    assert (c.kind, c.killed.value, c.claimant.name) == ("incident", 8, "rebels")
    pointed = (
        "Fighting in Mali\n\nOfficials warned that the rebels were preparing an attack on Kidal "
        "on Monday; the rebels deny any such plans."
    )
    assert claims(pointed, geo, published="2021-03-10") == ()


def test_a_share_of_the_posts_attacked_counts_attacks_and_one_of_them_is_one_attack(geo):
    many = (
        "Attacks in Mali\n\nBefore dawn on Monday armed groups attacked 11 of the region's 24 "
        "police posts around Kidal."
    )
    assert [(c.kind, c.count.value) for c in claims(many, geo)] == [("violation_tally", 11)]
    one = "Attacks in Mali\n\nOn Monday armed groups attacked one of the police posts around Kidal."
    assert [c.kind for c in claims(one, geo)] == ["incident"]


def test_a_share_of_the_deaths_told_before_is_a_part_of_that_toll(geo):
    text = (
        "Riots in Mali\n\nThe police said 176 people died in the riots in Kidal in June. "
        "149 of the deaths were the result of police action."
    )
    out = claims(text, geo, published="2021-07-02")
    total = next(c for c in out if c.part_of is None)
    assert [c.killed.value for c in out if c.part_of == total.id] == [149]


def test_a_day_in_a_relative_clause_on_the_subject_does_not_date_the_claim(geo):
    text = (
        "Operation in Mali\n\nRebels attacked the road last week. A battalion which arrived on "
        "Monday began an operation this morning to clear the road between Kidal and Gao."
    )
    got = [c for c in claims(text, geo, published="2021-03-10") if c.kind == "operation"]
    assert [(c.period.start, c.period.end) for c in got] == [("2021-03-10", "2021-03-10")]


def test_a_log_line_opening_with_day_and_month_in_figures_is_dated_by_them(geo):
    text = (
        "Weekly security summary, 2-8 March 2021\n\nRebel attacks continued.\n\n"
        "Incident log:\n\n02/03 Kidal - ambush on army convoy, 3 soldiers killed\n"
        "04/03 Gao - mortar attack on camp, 2 injured\n"
    )
    out = claims(text, geo, published="2021-03-09")
    assert [(c.kind, c.period.start, c.count) for c in out] == [
        ("incident", "2021-03-02", None),
        ("incident", "2021-03-04", None),
    ]


def test_a_label_naming_attacks_over_counts_by_place_is_their_total(geo):
    text = (
        "Weekly security summary, 2-8 March 2021\n\nRebel attacks continued in the north.\n\n"
        "Incidents recorded: Kidal 14, Gao 7, Menaka 3 (total 24)."
    )
    out = claims(text, geo, published="2021-03-09")
    total = next(c for c in out if c.part_of is None)
    assert total.count.value == 24
    assert [c.count.value for c in out if c.part_of == total.id] == [14, 7, 3]


def test_rows_of_one_aligned_column_under_a_total_are_its_parts_nil_a_nought(geo):
    text = (
        "Daily report of the monitoring mission, 8 March 2021\n\n"
        "The mission recorded 2 ceasefire violations in the past 24 hours.\n\n"
        "Violations by sector:\n\nSector North     2\nSector South     Nil\n"
    )
    out = claims(text, geo, published="2021-03-09")
    total = next(c for c in out if c.part_of is None)
    parts = [(c.locations[0].mention, c.count.value) for c in out if c.part_of == total.id]
    assert parts == [("Sector North", 2), ("Sector South", 0)]


@pytest.mark.parametrize(
    "breakdown", [". By weapon: small arms 2, mortar 1, artillery 0.", ": small arms 2, mortar 1."]
)
def test_means_listed_with_their_counts_after_a_total_are_its_parts(geo, breakdown):
    text = (
        "Daily report, 8 March 2021\n\n"
        f"The mission recorded 3 ceasefire violations near Kidal in the past 24 hours{breakdown}"
    )
    out = claims(text, geo, published="2021-03-09")
    total = next(c for c in out if c.part_of is None)
    parts = [(c.methods, c.count.value) for c in out if c.part_of == total.id]
    assert total.count.value == 3 and parts[:2] == [(("small_arms",), 2), (("mortar",), 1)]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # an attack told before the speaker keeps its own day
        ("On Monday gunmen attacked Kidal, officials said, after troops withdrew on Friday.", "2021-03-08"),
        # a relative clause on the attack itself dates it
        ("The attack on the army post near Gao, which began on Monday, killed five soldiers "
         "before troops regained control on Tuesday.", "2021-03-08"),
        # 'States' is no speech verb
        ("The United States on Monday bombed a rebel camp near Gao in reprisal for an attack "
         "on Sunday.", "2021-03-08"),
    ],
)  # fmt: skip
def test_review_the_day_an_attack_keeps(geo, sentence, start):
    got = [
        c
        for c in claims(f"Headline\n\n{sentence}", geo, published="2021-03-10")
        if c.kind == "incident"
    ]
    assert got[0].period.start == start


@pytest.mark.parametrize(
    "text",
    [
        "The new governor took up residence in Kidal on Monday, as troops patrolled the town.",
        "Army Units Hope To Retake Gao From Rebels",
        "Troops clashed with rebels last week. The two sides agreed to study a proposal for a ceasefire.",
    ],
)
def test_review_no_claim_in_these(geo, text):
    assert [
        c.kind
        for c in claims(f"Headline\n\n{text}", geo)
        if c.kind != "incident" or "last week" not in text
    ] == []


def test_review_a_toll_said_with_that_is_no_retelling_and_unrest_after_an_attack_no_tally(geo):
    text = (
        "Headline\n\nRebels ambushed an army patrol near Kidal on Monday. The army said that "
        "fighting had left 200 dead and 450 wounded overall."
    )
    assert [c.kind for c in claims(text, geo)] == ["incident", "casualty_tally"]
    bomb = (
        "Headline\n\nGunmen killed five soldiers in an ambush near Gao on Monday during protests."
    )
    assert [c.kind for c in claims(bomb, geo)] == ["incident"]


def test_review_the_wounded_taken_to_a_hospital_elsewhere_and_a_gate_to_one(geo):
    text = "Headline\n\nA bomb exploded at the gate to the hospital in Gao on Monday, killing two guards."
    (c,) = claims(text, geo)
    assert c.locations[0].name == "Gao"


def test_review_two_of_the_guards_are_people_not_posts(geo):
    text = "Headline\n\nGunmen attacked 2 of the guards at police stations near Gao on Monday."
    assert [c.kind for c in claims(text, geo)] == ["incident"]


def test_review_a_clause_after_a_semicolon_with_its_own_place_is_its_own_attack(geo):
    text = (
        "Headline\n\nRebels ambushed a patrol near Kidal on Monday; the militants then attacked "
        "a checkpoint near Tessalit."
    )
    assert [c.kind for c in claims(text, geo)] == ["incident", "incident"]


def test_review_a_denial_of_any_engagement_does_not_point_back(geo):
    text = (
        "Headline\n\nThe rebels said their fighters had repulsed an army attack near Kidal on "
        "Monday and killed eight soldiers; the army denied any engagement took place."
    )
    assert [c.kind for c in claims(text, geo)] == ["incident"]


@pytest.mark.parametrize(
    "opening",
    ["On 10 March the mission", "Between 18:00 on 10 March and 06:00 on 11 March the mission"],
)
def test_a_time_opening_the_sentence_is_no_part_of_its_speaker(geo, opening):
    text = f"Daily report\n\n{opening} recorded nine ceasefire violations near Kidal (5 in Kidal, 4 in Gao)."
    out = claims(text, geo, published="2022-03-12")
    assert {c.claimant.name for c in out} == {"mission"}
    assert [c.count.value for c in out if c.part_of] == [5, 4]


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("4 - No security incident was recorded in Gao during the week.", 0),
        ("A.5 No incidents were recorded in Gao during the week.", 0),
        ("A. 37 violations recorded by the teams in Gao during the week.", 37),
    ],
)
def test_an_item_s_number_opening_the_line_counts_nothing(geo, line, count):
    text = f"Weekly report\n\nTroops clashed with rebels in Kidal on 1 March.\n\n{line}"
    got = [c for c in claims(text, geo) if c.kind == "violation_tally"]
    assert [c.count.value for c in got] == [count]


def test_a_device_found_and_defused_is_no_attack_but_a_base_seized_is(geo):
    defused = (
        "Weekly report\n\nAn improvised explosive device found on Monday morning on the road "
        "near Kidal was defused by army engineers."
    )
    assert claims(defused, geo, published="2021-03-10") == ()
    seized = "Weekly report\n\nMilitias seized the army base at Tessalit on Monday."
    assert [c.kind for c in claims(seized, geo, published="2021-03-10")] == ["incident"]


@pytest.mark.parametrize(
    "lead",
    [
        "On 8 March, an IED detonated under a UN vehicle near Tessalit, wounding two peacekeepers.",
        "On 8 March, FAMa and Wagner forces raided the village of Moura, killing two civilians.",
    ],
)
def test_a_body_hit_or_striking_in_the_lead_is_no_source_of_the_report(geo, lead):
    (c,) = claims(f"Event notes\n\n{lead}", geo, published="2021-03-10")
    assert c.claimant is None


def test_rows_told_right_after_a_total_that_add_up_to_it_are_its_parts(geo):
    text = (
        "Daily report of the monitoring mission, 10 March 2021\n\n"
        "The mission recorded 7 ceasefire violations around Kidal in the past 24 hours.\n\n"
        "| Area | Violations | Small arms |\n|---|---|---|\n| Kidal | 4 | 3 |\n| Gao | 3 | 2 |\n"
        "| Tessalit | 0 | 0 |\n"
    )
    out = claims(text, geo, published="2021-03-11")
    total = next(c for c in out if c.count and c.count.value == 7)
    assert [c.count.value for c in out if c.part_of == total.id] == [4, 3, 0]


def test_the_issue_day_before_any_claim_leaves_the_reported_day_in_focus(geo):
    head = "Mali: situation report\n\nSituation report for 9 March 2022\n\n"
    body = "Rebels shelled army posts near Kidal three times, the army said."
    (c,) = claims(head + "Bamako, 10 March 2022\n\n" + body, geo)
    assert (c.period.start, c.period.end) == ("2022-03-09", "2022-03-09")
    # a day told after a claim is a new day in focus, the issue's day too
    text = head + body + "\n\nOn 10 March 2022 rebels shelled posts near Gao twice."
    assert [c.period.start for c in claims(text, geo)] == ["2022-03-09", "2022-03-10"]


def test_a_day_without_its_year_is_of_the_year_a_retrospective_has_reached(geo):
    head = "The Kidal fighting of December 2012\n\n"
    body = (
        "On 16 December 2012 rebels attacked the army camp near Kidal, the ministry said.\n\n"
        "On 18 December rebels shelled the camp near Kidal again, the ministry said."
    )
    got = claims(head + body, geo, published="2022-12-20")
    assert [c.period.start for c in got] == ["2012-12-16", "2012-12-18"]
    # a headline of the paper's own year: the day is of the latest year before the paper's
    got = claims("Kidal fighting\n\n" + body, geo, published="2022-12-20")
    assert [c.period.start for c in got] == ["2012-12-16", "2022-12-18"]


def test_beatings_stabbings_and_lynchings_are_attacks(geo):
    for act in (
        "a group of youths beat residents at the market in Kano with sticks",
        "a man was stabbed at the market in Kano",
        "a mob lynched two men at the market in Kano",
    ):
        (c,) = claims(f"Clashes in Kano\n\nOn Tuesday {act}.", geo)
        assert c.kind == "incident" and c.period.start == "2022-03-08", act
    (c,) = claims("Clashes\n\nOn Tuesday troops beat off an attack on their camp near Kano.", geo)
    assert c.outcome == "repelled"


def test_items_after_a_totals_colon_that_add_up_to_it_are_its_parts(geo):
    text = (
        "Observation report\n\nThe Mission recorded 17 incidents in the Kidal region during "
        "the week: shelling of Aguelhok, 9; ground fire near Tessalit, 6; mines laid on "
        "tracks, 2."
    )
    total, *parts = claims(text, geo)
    assert total.count.value == 17
    assert [(p.count.value, p.part_of, p.locations[0].name) for p in parts] == [
        (9, total.id, "Aguelhok"),
        (6, total.id, "Tessalit"),
        (2, total.id, "Kidal"),
    ]
    # items that do not add up to the total are no breakdown of it
    text = text.replace("17 incidents", "20 incidents")
    assert [c.count.value for c in claims(text, geo) if c.count] == [20]


def test_an_earlier_day_told_in_passing_leaves_the_reports_days_in_focus(geo):
    head = "Daily security report\n\nIn the 24 hours to 06:00 today the army recorded the following.\n\n"
    tail = "Rebels shelled army posts near Kidal three times."
    text = head + "The governor had visited the district on 25 February.\n\n" + tail
    (c,) = claims(text, geo)
    assert (c.period.start, c.period.end) == ("2022-03-09", "2022-03-10")
    # a day told with no span in focus before it dates what follows
    (c,) = claims("Report\n\nThe governor visited the district on 25 February.\n\n" + tail, geo)
    assert c.period.start == "2022-02-25"


def test_a_numbered_answer_speaks_of_the_days_its_question_asked_about(geo):
    text = (
        "Questions on notice\n\n"
        "Senator Reed asked the Minister for Defence:\n"
        "(1) How many attacks on the peacekeepers near Kidal were recorded between "
        "1 February and 20 February 2022.\n"
        "(2) What is the cost of the deployment to 30 June 2022.\n\n"
        "The Minister has provided the following answer:\n"
        "(1) The force recorded 14 attacks on its posts near Kidal in that period.\n"
        "(2) The cost is estimated at $46 million."
    )
    (c,) = claims(text, geo)
    assert c.count.value == 14
    assert (c.period.start, c.period.end) == ("2022-02-01", "2022-02-20")


def test_a_place_that_ends_a_speakers_name_yields_to_the_scene_before(geo):
    text = (
        "Clashes in Zamboanga\n\nFighting continued in Zamboanga City on Monday.\n\n"
        "According to the Armed Forces of the Philippines, 196 people have been killed "
        "since 9 September."
    )
    toll = claims(text, geo, published="2013-09-19")[-1]
    assert toll.killed.value == 196 and toll.locations[0].name == "Zamboanga"
    # where the speaker is stays the toll's place ("officials in Manila")
    text = text.replace(
        "According to the Armed Forces of the Philippines,", "Officials in Manila said"
    )
    assert claims(text, geo, published="2013-09-19")[-1].locations[0].name == "Manila"


def test_a_truce_torn_up_or_abandoned_is_an_agreement_claim(geo):
    for said in (
        "The government said the ceasefire had been torn up on Tuesday.",
        "The government renounced the Norwegian-brokered ceasefire on Tuesday.",
    ):
        (c,) = claims(f"Fighting in Kidal\n\n{said}", geo)
        assert c.kind == "agreement" and c.period.start == "2022-03-08", said


def test_a_victims_nationality_is_no_place_of_the_event(geo):
    text = (
        "Riots in Tallinn\n\nOne person, a citizen of the Russian Federation, died of a stab "
        "wound in the city centre in the early hours of 27 April."
    )
    (c,) = claims(text, geo, published="2007-04-28")
    assert c.locations[0].name == "Tallinn"
    assert "Russia" not in [loc.name for loc in c.locations]


def test_a_log_rows_note_that_records_none_at_a_place_is_a_zero_tally(geo):
    text = (
        "Event export: clashes in Kano (TSV)\n\n"
        "event_id\tevent_date\tlocation\tactor1\tevent_type\tsource\tnotes\tfatalities\n"
        "KN-001\t2022-03-02\tKano\tGunmen\tAttack\tPunch\tGunmen attack a police post.\t2\n"
        "KN-002\t2022-03-04\tZaria\tPolice\tOther\tBelga\tPolice report no incidents "
        "overnight in Zaria.\t0\n"
    )
    zero = claims(text, geo)[-1]
    assert zero.kind == "violation_tally" and zero.count.value == 0
    assert zero.locations[0].name == "Zaria"


def test_a_toll_of_such_attacks_is_a_tally_of_them(geo):
    text = (
        "Attacks in Kaduna\n\nGunmen attacked a police station in Kaduna on Monday.\n\n"
        "In the same period 11 police officers were killed in such attacks."
    )
    toll = claims(text, geo)[-1]
    assert toll.kind == "casualty_tally" and toll.killed.value == 11


def test_review_cases_of_the_days_rules(geo):
    # a future year in the headline is no retrospective
    text = (
        "Truce due to expire in January 2025\n\nOn 2 March gunmen attacked a police post in Kano."
    )
    assert claims(text, geo, published="2024-03-10")[0].period.start == "2024-03-02"
    # a retrospective reads its days in the narrative's year, whatever the paper's month
    text = (
        "The Kidal fighting of December 2012\n\nOn 16 December 2012 rebels attacked the army "
        "camp near Kidal.\n\nOn 18 December rebels shelled the camp near Kidal again."
    )
    assert claims(text, geo, published="2022-12-10")[-1].period.start == "2012-12-18"
    # a narrative sentence of the paper's day is no issue line
    text = (
        "Security update\n\nOfficials met in Abuja on 4 March to discuss security.\n\n"
        "On 10 March the situation in Kano remained tense.\n\nGunmen attacked a market in Kano."
    )
    assert claims(text, geo, published="2024-03-10")[-1].period.start == "2024-03-10"
    # a day that opens its sentence moves the story on ("the next day" counts from it)
    text = (
        "Security update\n\nReporting period: 8-9 March.\n\nOn 7 March the army withdrew. "
        "The next day gunmen attacked a market in Kano, killing three."
    )
    assert claims(text, geo, published="2024-03-10")[-1].period.start == "2024-03-08"


def test_review_cases_of_kinds_and_parts(geo):
    for text in (
        "Army wins\n\nArmy FC beat Police FC 2-1 in Kano on Saturday.",
        "Ceasefire\n\nThe gunmen beat a hasty retreat from Kano on Monday when troops arrived.",
        "Ceasefire talks\n\nThe army pulled out of Kano on Monday, a week after the ceasefire.",
    ):
        assert claims(text, geo) == (), text
    text = "Clashes in Kano\n\nThe ceasefire was broken 14 times in Kano on Monday, the army said."
    assert [c.kind for c in claims(text, geo)] == ["violation_tally"]
    # a numbered heading that opens with an asking word is no question
    text = (
        "Weekly report, 1-9 March\n\nThis report covers attacks recorded between 1 and 9 "
        "March.\n\n1. What happened\n\nOn 8 March gunmen attacked a checkpoint in Jos."
    )
    assert claims(text, geo)[-1].period.start == "2022-03-08"


def test_a_sports_reports_attacks_and_shots_are_the_games(geo):
    text = (
        "Cup results\n\nThe striker's header gave City the lead in Kano in the 12th minute, "
        "and the goalkeeper kept out a late attack before the referee blew for half-time.\n\n"
        "In the second half Rovers breached the defence and fired two shots at goal in Kano."
    )
    assert claims(text, geo) == ()
    # a riot at a match is still one (its dead and hurt stay)
    riot = (
        text + "\n\nAfter the match fans attacked police outside the stadium in Kano, killing two."
    )
    assert [c.kind for c in claims(riot, geo)] == ["incident"]


def test_a_day_after_the_reports_is_a_plan_and_no_time_of_what_follows(geo):
    text = (
        "Truce monitors report\n\nThe monitors recorded 12 ceasefire violations near Kidal "
        "on 8 March.\n\nTalks are to resume in Algiers on 15 March.\n\n"
        "Rebels also shelled army posts near Gao three times."
    )
    assert claims(text, geo)[-1].period.start == "2022-03-08"


def test_a_body_attacked_is_no_claimant_of_the_report(geo):
    text = "Clashes in Kano\n\nArmed men attacked the Government House in Kano on Sunday."
    (c,) = claims(text, geo, published="2024-03-10")
    assert c.claimant is None


def test_a_toll_at_the_attack_s_own_place_is_the_attack_s(geo):
    text = (
        "Troops retake Seria\n\n"
        "British troops recaptured the Seria oilfield on Tuesday after heavy fighting with "
        "rebels. A command spokesman said four rebels were killed at Seria."
    )
    (c,) = claims(text, geo, published="1962-12-12")
    assert c.kind == "incident" and c.killed.value == 4
    assert c.evidence[-1].text.startswith("A command spokesman")


def test_a_toll_over_days_after_an_attack_stands_apart(geo):
    text = (
        "Battle for Umuahia\n\n"
        "Federal troops attacked Umuahia on Monday. The division lost 18 men killed in the "
        "last two days of the battle."
    )
    out = claims(text, geo, published="1969-04-22")
    assert sorted(c.kind for c in out) == ["casualty_tally", "incident"]


def test_a_toll_in_the_province_or_of_a_separate_attack_is_no_toll_of_the_attack(geo):
    for after in (
        "Forty civilians were killed in Idlib.",
        "Two soldiers were also killed in Saraqib in a separate ambush.",
    ):
        text = f"Shelling\n\nRebels shelled Saraqib in Idlib province on Monday. {after}"
        out = claims(text, geo, published="2024-03-10")
        assert not any(c.kind == "incident" and c.killed for c in out), after


def test_a_speaker_after_an_attack_noun_still_speaks(geo):
    text = (
        "Kano toll\n\nAfter the attacks the Interior Ministry said 12 people were killed in "
        "Kano on Sunday."
    )
    (c,) = claims(text, geo, published="2024-03-10")
    assert c.claimant is not None and "Interior Ministry" in c.claimant.name
