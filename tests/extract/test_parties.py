from truceline.extract.parties import acronyms, attribute, party_type, resolve
from truceline.model import Party
from truceline.text.tokens import tokenize


def who(text: str) -> tuple[str | None, list[str]]:
    a = attribute(tokenize(text), text, 0)
    return (a.claimant.name if a.claimant else None), [p.name for p in a.relays]


def test_subject_of_speech_verb():
    assert who("The Northern Command said the post was shelled.")[0] == "Northern Command"


def test_speaker_after_quote():
    name, _ = who('"They fired first," said Omar Haddad, the brigade spokesman.')
    assert name is not None and "brigade" in name


def test_according_to():
    assert who("According to the district health office, four people died.")[0] == (
        "district health office"
    )


def test_relay_citing_a_source():
    assert who("Radio Kivu reported, citing a police source, that a camp was raided.") == (
        "police source",
        ["Radio Kivu"],
    )


def test_passive_report_has_no_speaker():
    assert who("Heavy shelling was reported near the dam.")[0] is None


def test_organisation_before_title():
    assert who("KDF spokesman Paul Njoroge said two rockets landed.")[0] == "KDF"


def test_anaphor_resolves_to_last_named_party():
    hist = [Party("Joint Monitoring Team", "the Joint Monitoring Team", "monitor")]
    got = resolve(Party("team", "the team"), hist)
    assert got.name == "Joint Monitoring Team" and got.mention == "the team"


def test_types_and_acronyms():
    assert party_type("Ministry of Defence") == "military"
    assert party_type("state news agency") == "media"
    assert acronyms("the Free Aceh Movement (GAM) said") == {"GAM": "Free Aceh Movement"}


def test_named_source_of_a_lead_without_speaker():
    from truceline.extract.parties import named_source

    s = "Summary of reports received by the Joint Verification Mission in Abyei."
    p = named_source(tokenize(s), s, 0)
    assert p is not None and p.type == "monitor" and "Joint Verification Mission" in p.name


def test_named_source_keeps_a_number_inside_a_name():
    from truceline.extract.parties import named_source

    s = "Eastern Command Sector 3 Liaison Cell: weekly incident log"
    p = named_source(tokenize(s), s, 0)
    assert p is not None and p.name == "Eastern Command Sector 3 Liaison Cell"
    s = "Northern Command 12 attacks logged"
    p = named_source(tokenize(s), s, 0)
    assert p is not None and p.name == "Northern Command"


def test_bulletin_carries_the_registering_party():
    s = "The Iraqi side of the commission registered two breaches, the bulletin said."
    assert who(s)[0] == "Iraqi side of the commission"


def test_audience_is_never_the_claimant():
    s = "Nadia Farah, deputy head of the council, told a radio station that shells hit Kassala."
    name, relays = who(s)
    assert name == "council" and relays == ["radio station"]


def test_relative_clause_with_preposition_is_skipped():
    s = (
        "Twelve breaches were verified, the Joint Mechanism, in which both armies and the UN "
        "sit together, said on Friday."
    )
    assert who(s)[0] == "Joint Mechanism"


def test_she_is_the_last_party_named_through_a_person():
    hist = [
        Party("Defence Ministry", "Defence Ministry spokeswoman Lina Arakelyan", "military"),
        Party("Foreign Office", "the Foreign Office", "government"),
    ]
    assert resolve(Party("She", "She"), hist).name == "Defence Ministry"


def test_speaker_before_a_long_apposition():
    s = (
        "The Elders Council of Zawiya, a body of notables from the town where the brigade is based, "
        "announced on Tuesday that both sides had agreed to a truce."
    )
    assert who(s)[0] == "Elders Council of Zawiya"


def test_ordinal_units_speak():
    assert who("The brigade's 4th Mechanised Battalion said two posts were hit.")[0] is not None


def test_second_verb_shares_the_opening_subject():
    text = "A militia officer, reached by phone, denied the report and said his men held the hill."
    name, _ = who(text)
    assert name is not None and "militia" in name


def test_a_number_inside_a_name_still_speaks():
    assert who("No shots were fired, the 5+5 Joint Military Commission said.")[0] is not None
    assert who("Fighters fired, 14 civilians said.")[0] is None


def test_members_of_a_body_speak_for_it():
    name, _ = who("Shelling stopped at noon, members of the Tal Rifaat Local Council said.")
    assert name == "Tal Rifaat Local Council"


def test_a_named_body_beats_its_description():
    name, _ = who("The Nuba Relief Forum, a network of local monitors, said two shells fell.")
    assert name == "Nuba Relief Forum"


def test_it_is_not_found_inside_a_longer_word():
    history = [Party("Monitoring Mission", "the Monitoring Mission", "monitor"),
               Party("Northern Army", "the Northern Army", "military")]  # fmt: skip
    assert resolve(Party("It", "It", None), history).name == "Northern Army"


def test_an_acronym_is_expanded_within_its_line():
    got = acronyms("Monitor Desk\n\nKey point: Free Valley Army (FVA) fighters moved in.")
    assert got == {"FVA": "Free Valley Army"}


def test_an_aside_on_the_medium_is_skipped_to_the_speaker():
    name, _ = who("The Free Valley Army, in a statement posted online, said two posts fell.")
    assert name == "Free Valley Army"


def test_a_titled_person_after_a_quote_speaks():
    name, _ = who('"Two posts were shelled," army spokesman Omar Haddad said.')
    assert name is not None and "army" in name


def test_a_countrys_body_in_plain_words_heads_the_next_it():
    from truceline.extract.pipeline import extract
    from truceline.model import Document

    text = (
        "T\n\nThe Foo Council spoke first. Ruritania's defence ministry gave another account. "
        "It said rebels had violated the ceasefire 12 times on Monday."
    )
    got = extract(Document(text, published="2022-03-10")).claims
    assert got and "defence ministry" in got[0].claimant.name


def test_a_speaker_named_in_quotation_marks_keeps_its_whole_name():
    from truceline.extract.parties import attribute

    s = "TASS, quoting the \"people's militia\" of the Luhansk People's Republic, said rebels shelled Popasna."
    got = attribute(tokenize(s), s, 0)
    assert got.claimant is not None and "militia" in got.claimant.name


def test_a_long_aside_opened_by_a_participle_is_skipped():
    assert (
        who(
            "The truce commission, led by a retired Ghanaian general and including officers of "
            "both armies and two church delegates, says it logged nine breaches."
        )[0]
        == "truce commission"
    )


def test_an_office_of_a_place_is_the_speaker():
    name, _ = who("The provincial governor of Helmand for security said the post was attacked.")
    assert name == "provincial governor of Helmand for security"
    assert who("The spokesperson for the Interior Ministry said two posts were hit.")[0] == (
        "Interior Ministry"
    )


def test_a_short_form_in_brackets_inside_the_speaker_phrase():
    name, _ = who("A South African National Defence Force (SANDF) spokesman said nine died.")
    assert name is not None and name.startswith("South African National Defence Force")


def test_where_a_speaker_is_and_a_bare_document_are_no_speaker_names():
    name, _ = who("The ZANLA liaison officer at Kanyemba said the group had been fired on.")
    assert name is not None and name.startswith("ZANLA")
    assert who("Statement posted on 6 May on a channel used by the front.")[0] != "Statement"


def test_sources_quoted_by_an_outlet():
    assert who("Security sources quoted by AFP said 12 were killed.") == (
        "Security sources",
        ["AFP"],
    )


def test_a_surname_named_before_speaks_for_the_same_body():
    earlier = Party(
        "Reconciliation Centre", "the centre's deputy head, Rear Admiral Oleg Zhuravlev"
    )
    got = resolve(Party("Zhuravlev", "Zhuravlev"), [earlier])
    assert (got.name, got.mention) == ("Reconciliation Centre", "Zhuravlev")


def test_a_title_word_before_a_body_s_head_is_part_of_its_name():
    from truceline.extract.parties import attribute
    from truceline.text.tokens import tokenize

    text = "Rebels shelled the base on Sunday, the General Staff announced today."
    att = attribute(tokenize(text), text, 0)
    assert att.claimant is not None and att.claimant.name == "General Staff"
    text = "The Director of Operations today issued the following summary."
    assert attribute(tokenize(text), text, 0).claimant.name == "Director of Operations"


def test_a_capitalised_speech_verb_inside_a_sentence_names_no_saying():
    from truceline.extract.parties import attribute
    from truceline.text.tokens import tokenize

    text = "By States they were: Johore 7, Perak 4."
    assert attribute(tokenize(text), text, 0).claimant is None


def test_a_spokesman_at_a_body_speaks_for_it():
    from truceline.extract.parties import attribute
    from truceline.text.tokens import tokenize

    text = "Troops were fired on five times, a spokesman at Allied Force Headquarters said."
    assert attribute(tokenize(text), text, 0).claimant.name == "Allied Force Headquarters"


def test_a_speech_verb_after_a_possessive_is_a_noun():
    assert who("The editor's notes are in italics.")[0] is None
    assert who("Its report lists four raids near the dam.")[0] is None
    assert who("The editor notes that four raids were reported.")[0] == "editor"


def test_a_participle_then_a_preposition_names_no_speaker():
    s = "The truce, announced in the general's name on Monday, was broken on Tuesday."
    assert "general" not in (who(s)[0] or "")
    assert who("The port was shelled, said Colonel Ama Boateng.")[0] == "Ama Boateng"


def test_a_bullet_is_no_part_of_a_speaker():
    s = "* President Jane Doe announces that troops have begun an operation."
    assert who(s)[0] == "Jane Doe"
    assert who("• The army said two posts were shelled.")[0] == "army"


def test_a_speech_verb_with_an_agent_after_its_medium_is_passive():
    s = "A note posted on X by the police spokesman lists four raids."
    assert who(s)[0] is None
    s = "The Rebel Command told reporters by telephone that two posts were shelled."
    assert who(s)[0] == "Rebel Command"


def test_a_speech_word_after_a_determiner_or_before_an_auxiliary_is_a_noun():
    assert who("An estimated 1,600 rounds fell on the town.")[0] is None
    assert who("These reports could not be verified.")[0] is None
    assert who("Headings and bracketed notes are the editor's.")[0] is None
    assert who("The ministry reports that two posts were hit.")[0] == "ministry"


def test_a_heading_in_capitals_names_no_speaker():
    assert who("2. REGIONAL REPORTS")[0] is None


def test_who_issued_a_document_speaks_in_it():
    assert who("A statement issued by the army said two posts were hit.")[0] == "army"


def test_commissions_and_press_departments_are_parties():
    assert party_type("Joint Control Commission") == "monitor"
    assert party_type("Press Department of the Ministry of Foreign Affairs") == "government"


def test_an_acronym_of_a_name_written_in_small_words():
    text = "positions of the Front pour la restauration de l'unité et de la démocratie (FRUD) in"
    assert acronyms(text) == {"FRUD": "Front pour la restauration de l'unité et de la démocratie"}


def test_an_acronym_after_a_speaker_takes_the_name_its_initials_spell():
    text = "Briefing by the Canadian Forces and the Sûreté du Québec\n\nMAJ. CARON (CF): Hello.\n"
    assert acronyms(text + "LT. ROY (SQ): Hi.") == {
        "CF": "Canadian Forces",
        "SQ": "Sûreté du Québec",
    }
    assert acronyms("MAJ. CARON (CF): Hello.") == {}


def test_a_verb_after_a_clause_of_its_own_takes_no_opening_subject():
    text = (
        "The revolt broke out late on Tuesday night, while the king was abroad, when "
        "officers of the 4,000-strong guard seized the palace and announced a new government."
    )
    toks = tokenize(text)
    assert attribute(toks, text, 0).claimant is None


def test_a_body_in_full_is_no_run_across_sentences_lists_or_papers():
    from truceline.extract.records import in_full

    said = Party("The Government", "The Government", "government")
    for text in (
        "Soldiers burnt the church at Chinsali. The Government states that this is untrue.",
        "LUMPA DISTURBANCES -- GOVERNMENT STATEMENT\nThe Government announces ...",
    ):
        assert in_full(said, text, "en") is said, text
    police = Party("police", "police", "government")
    text = "The Ministry of Police said so. Police and the Tonga Defence Services began it."
    got = in_full(police, text, "en")
    assert got is not None and got.name == "Ministry of Police"


def test_the_accused_after_an_accusing_verb_is_no_speaker():
    text = (
        "The group's leader, speaking by telephone from inside the station, accused the army "
        "of breaking an earlier understanding by firing into the building."
    )
    got = attribute(tokenize(text), text, 0).claimant
    assert got is None or "army" not in got.name


def test_according_to_a_bodys_information_is_that_body():
    for text in (
        "According to the information available to the Government, 19 persons died.",
        "According to figures from the health ministry, 19 persons died.",
    ):
        got = attribute(tokenize(text), text, 0).claimant
        assert got is not None and got.name.lower() in ("government", "health ministry"), got
        assert "information" not in got.name and "figures" not in got.name


def test_a_speaker_after_by_ends_before_what_is_said_of_it():
    text = "Strikes not listed were reported by residents without a time or an exact place."
    got = attribute(tokenize(text), text, 0).claimant
    assert got is not None and got.name == "residents"


def test_according_to_a_bodys_account_is_the_body():
    assert who("According to Xinhua's account, rioters set fire to buses.")[0] == "Xinhua"
    assert who("According to the army's account, troops returned fire.")[0] == "army"


def test_the_owner_of_an_account_or_a_statement_speaks():
    text = "The Home Ministry's first full account, issued last night, said six houses were hit."
    assert who(text)[0] == "Home Ministry"
    assert who("The army's statement said rebels attacked the post.")[0] == "army"
    assert who("Two posts were hit, the UN mission's latest report said.")[0] == "UN mission"


def test_a_digests_quotes_line_names_who_speaks():
    text = "Quotes an army spokesman as saying that two drones were downed on Sunday."
    assert who(text)[0] == "army"
    text = 'Quotes "a senior source at the Interior Ministry": rebels shelled the town.'
    assert "Interior Ministry" in who(text)[0]
    assert who("Radio Juba quotes a police officer as saying the road is shut.")[1] == [
        "Radio Juba"
    ]


def test_a_day_after_the_speakers_name_is_no_part_of_it():
    assert who("Botswana on Wednesday accused Rhodesian forces of an ambush.")[0] == "Botswana"
    assert who("The army late on Monday said rebels attacked Goma.")[0] == "army"


def test_a_body_whose_statement_a_medium_carries_speaks_and_the_medium_relays():
    text = "A government statement broadcast by Radio Kano said the patrol came under fire."
    assert who(text) == ("government", ["Radio Kano"])
    assert who("An official statement carried by APS said two posts were shelled.")[0] == "APS"


def test_a_participle_after_with_is_no_speech_verb():
    assert who("Troops dispersed the crowd with fixed bayonets without firing.")[0] is None


def test_a_spokesman_named_by_where_he_speaks_is_the_spokesman():
    assert who("A spokesman in Cairo said rebels attacked Giza.")[0] == "spokesman"


def test_according_to_a_report_of_a_body_is_the_body():
    text = (
        "According to the consolidated report of the Ministry of Health as of 08:00 this "
        "morning, 8 people died."
    )
    assert who(text)[0] == "Ministry of Health"


def test_telling_someone_says_something_only_with_what_is_told():
    assert who("The Government has informed the Council and requested a meeting.")[0] is None
    assert who("The Army informed the Commission of 14 violations.")[0] == "Army"
    assert who("The Army informed the Commission that 14 posts were shelled.")[0] == "Army"


def test_a_dates_month_is_no_word_of_the_source_named_after_it():
    from truceline.extract.parties import named_source

    s = "On 27 August the Uzbek Air Force carried out 14 strikes in the mountains."
    assert named_source(tokenize(s), s, 0).name == "Uzbek Air Force"
    s = "The March 23 Movement said it had withdrawn."
    assert named_source(tokenize(s), s, 0).name == "March 23 Movement"


def test_a_capitalised_title_ending_an_offices_name_is_kept():
    s = "The office of the High Commissioner said the post had been attacked."
    got = attribute(tokenize(s), s, 0)
    assert got.claimant.name == "office of the High Commissioner"


def test_an_items_label_is_no_part_of_the_speaker():
    for label in ("(c)", "(iv)", "2.3", "[4]"):
        assert who(f"{label} The Northern Command said the post was shelled.")[0] == (
            "Northern Command"
        ), label
    assert who("12 soldiers said the post was shelled.")[0] != "soldiers"
