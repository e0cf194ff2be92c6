"""Organisations and places by class, tenth round (made-up sentences only): an acronym defined by the name in
brackets after it, Danish bodies after a compound of their kind, Danish sources of an acronym, Danish openers."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _kind(kind: str, paragraphs: list[str], language: str = "en") -> set[str]:
    return {f.text for f in facts_of(paragraphs, language) if f.kind == kind}


def _orgs(paragraphs: list[str], language: str = "en") -> set[str]:
    return _kind("organisation", paragraphs, language)


def test_an_acronym_defined_by_the_name_in_brackets_after_it_then_used_alone() -> None:
    facts = [
        f
        for f in facts_of(["QWA (Quarry Workers Alliance) members walked out.", "Later the QWA said it would return."])
        if f.kind == "organisation"
    ]
    assert [(f.text, f.sentences) for f in facts] == [("Quarry Workers Alliance", [0, 1])]


def test_a_foreign_acronym_with_its_english_name_in_brackets() -> None:
    found = _orgs(["The PDRV (Ruritanian Democratic Workers' Party) won.", "The PDRV then formed a government."])
    assert found == {"Ruritanian Democratic Workers' Party"}


def test_an_acronym_before_a_place_in_brackets_is_no_body() -> None:
    assert not _orgs(["He moved to the USA (United States of America) in 1990."])


def test_a_danish_acronym_defined_by_its_name_in_brackets() -> None:
    found = _orgs(["KVF (Kystbyernes Vandforening) har indgået en aftale.", "KVF er tilfreds."], "da")
    assert found == {"Kystbyernes Vandforening"}


def test_a_danish_body_after_a_compound_of_its_kind() -> None:
    found = _orgs(
        [
            "Ejendomsmæglerkæden Vesthjem har solgt flere huse.",
            "Ifølge medicinalvirksomheden Norvida Pharma stiger salget.",
            "Han læste det i dagbladet Nordposten.",
            "Fagforbundet 7K kræver højere løn.",
            "Virksomheden Nordlys Energi A/S har fyret 40 ansatte.",
            "Tøjkæden T&Q lukker tre butikker.",
        ],
        "da",
    )
    assert {"Vesthjem", "Norvida Pharma", "Nordposten", "7K", "Nordlys Energi A/S", "T&Q"} <= found
    assert not {"Fagforbundet", "Virksomheden Nordlys Energi A/S"} & found


def test_a_person_or_a_town_after_a_danish_kind_is_no_body() -> None:
    found = _orgs(["Formanden for foreningen Jens Hansen sagde nej.", "Klubben Aalborg vandt i går."], "da")
    assert not {"Jens Hansen", "Aalborg"} & found


def test_a_danish_acronym_that_a_source_cue_names_even_in_two_capitals() -> None:
    found = _orgs(
        [
            "Det oplyser KTB i en pressemeddelelse.",
            "Ifølge SKR er fristen overskredet.",
            "Toget var forsinket, skriver NR i aften.",
            "Hos LQ er man utilfreds.",
        ],
        "da",
    )
    assert {"KTB", "SKR", "NR", "LQ"} <= found


def test_a_danish_preposition_opening_the_sentence_is_no_word_of_the_body() -> None:
    found = _orgs(["Hos Vejtilsynet mener man, at sagen er alvorlig.", "Ved Kystby Kommune er man tilfreds."], "da")
    assert {"Vejtilsynet", "Kystby Kommune"} <= found
    assert not {"Hos Vejtilsynet", "Ved Kystby Kommune"} & found


def test_a_danish_place_then_a_capitalised_noun_is_a_body_not_the_place() -> None:
    paragraphs = ["Nordjyllands Beredskab var hurtigt fremme.", "Vendsyssels Kunstmuseum åbner igen."]
    assert {"Nordjyllands Beredskab", "Vendsyssels Kunstmuseum"} <= _orgs(paragraphs, "da")
    assert not {"Nordjylland", "Vendsyssel"} & _kind("place", paragraphs, "da")


def test_a_danish_place_before_a_persons_name_or_a_shared_noun_is_left_to_the_other_finders() -> None:
    found = _orgs(["I Aalborg vandt Jens Hansen.", "Han ringede til Nord- og Sydjyllands Politi."], "da")
    assert "Sydjyllands Politi" not in found and "Nord- og Sydjyllands Politi" in found


def test_a_one_word_company_named_by_its_business() -> None:
    found = _orgs(
        [
            "Quelmark acquired Dorvale for $2 billion last year.",
            "Brevanta posted a quarterly loss on Tuesday.",
            "Investors sold as Tarvollo shares fell 8 percent.",
            "Vellora has laid off 200 workers.",
        ]
    )
    assert {"Quelmark", "Dorvale", "Brevanta", "Tarvollo", "Vellora"} <= found


def test_a_person_or_a_common_word_before_a_business_verb_is_no_company() -> None:
    found = _orgs(["Smith acquired a taste for jazz.", "Police recalled the officers.", "The police were there."])
    assert not {"Smith", "Police"} & found


def test_a_name_given_after_its_kind_and_a_comma_then_called() -> None:
    assert "Geiger Watch" in _orgs(["Reporters met one such group, called Geiger Watch, in the town."])


def test_an_arabic_place_after_a_clitic_and_the_article_that_the_lists_hold_bare() -> None:
    places = _kind("place", ["ووصلت المساعدات بالخرطوم أمس.", "وعاد الوفد للخرطوم بعد يومين."], "ar")
    assert "الخرطوم" in places


def test_a_hebrew_place_after_when_or_that_and_a_preposition() -> None:
    places = _kind("place", ["כשבחיפה ירד גשם, התושבים נשארו בבית.", "ושמירושלים יצאו אוטובוסים רבים."], "he")
    assert {"חיפה", "ירושלים"} <= places


def test_a_short_hebrew_place_before_a_verb_in_he_or_to_be_stays_a_place() -> None:
    places = _kind("place", ["השגריר בקהיר הוזמן לשיחה.", "בעכו היה שמש כל היום."], "he")
    assert {"קהיר", "עכו"} <= places


def test_a_short_hebrew_word_before_a_definite_noun_is_still_no_place() -> None:
    assert not _kind("place", ["בליל הסדר ישבנו יחד.", "בשפה העברית כתבו את המכתב."], "he")


def test_a_place_of_two_words_ending_another_name_is_no_place_nor_a_person() -> None:
    paragraphs = ["Another writer from Blogs Santa Cruz agreed.", "Officials in Santa Cruz said so."]
    facts = facts_of(paragraphs)
    assert [f.sentences for f in facts if f.kind == "place" and f.text == "Santa Cruz"] == [[1]]
    assert not [f for f in facts if f.kind == "person" and "Blogs" in f.text]


def test_a_paper_by_its_usual_last_word() -> None:
    assert {"Riverton Globe", "Kestrel Sentinel"} <= _orgs(["The Riverton Globe and the Kestrel Sentinel said so."])


def test_a_hebrew_body_named_by_a_two_word_name_after_bar_and_an_association() -> None:
    found = _orgs(["הוא למד באוניברסיטת בר שלום.", "אגודת הסטודנטים הודיעה על שביתה."], "he")
    assert {"אוניברסיטת בר שלום", "אגודת הסטודנטים"} <= found


def test_common_words_opening_a_sentence_before_a_tail_word_are_no_body() -> None:
    found = _orgs(["Financial Services grew fast last year.", "Investors like financial services."])
    assert "Financial Services" not in found
    assert "Quarry Railways" in _orgs(["Quarry Railways said trains were late."])


def test_a_universitys_branch_campus_named_by_its_country() -> None:
    found = _orgs(["A Harbour University Japan professor said so.", "She studied at Harbour University in Japan."])
    assert {"Harbour University Japan", "Harbour University"} <= found


def test_a_danish_person_after_a_kind_or_a_town_named_like_a_given_name_is_no_body() -> None:
    found = _orgs(["Formand for fagforeningen Jens Ravn kritiserer planen.", "Lone Mikkelsen, 52, er lærer."], "da")
    assert not {"Jens Ravn", "Lone Mikkelsen"} & found


def test_an_acronym_first_for_a_thing_is_no_body() -> None:
    assert "Heavy Lift Vehicle" not in _orgs(["The agency tested the HLV (Heavy Lift Vehicle) core stage."])


def test_a_bodys_possessive_before_another_body_names_two_bodies() -> None:
    found = _orgs(
        [
            "In 1998 he became a fellow of Harbour University's Quill Center for Law and Society.",
            "He was head of the Ruritan Party's Northern Bureau Command at the time.",
            "She works at QRSA’s Glenn Research Center in the city.",
        ]
    )
    assert {"Harbour University", "Quill Center for Law and Society", "Ruritan Party", "Northern Bureau Command"} <= found
    assert "Glenn Research Center" in found
    assert not {f for f in found if "'s" in f or "’s" in f}


def test_of_the_inside_a_name_ended_by_a_body_word() -> None:
    found = _orgs(["He helped to create the Freedom of the Quill Foundation in 2012.", "Jane Roe of the Harbour Trust spoke."])
    assert {"Freedom of the Quill Foundation", "Harbour Trust"} <= found
    assert "Jane Roe of the Harbour Trust" not in found


def test_and_inside_one_name_and_between_two() -> None:
    found = _orgs(
        [
            "The Insurance and Pensions Authority will be invited to join.",
            "She worked at Dorvale Marietta and QRSA’s Jet Propulsion Laboratory.",
            "The Department of Health and Social Care agreed.",
        ]
    )
    assert {"Insurance and Pensions Authority", "Jet Propulsion Laboratory", "Department of Health and Social Care"} <= found


def test_a_region_named_like_a_persons_surname_in_the_article_is_the_person() -> None:
    places = _kind("place", ["Administrator Bill Nelson named him.", '"We go on," said Nelson.'])
    assert "Nelson" not in places


def test_a_given_name_that_is_also_a_place_before_a_gaelic_surname_is_a_person() -> None:
    facts = facts_of(["Ex-president Mary McAleese attended the parade."])
    assert "Mary" not in {f.text for f in facts if f.kind == "place"}
    assert "Mary McAleese" in {f.text for f in facts if f.kind == "person"}


def test_a_companys_legal_form_after_a_comma() -> None:
    found = _orgs(["He became the CEO of Miles Quarry, Inc., a firm born out of the team.", "Dorvale Holdings, Ltd. met."])
    # (the name the company goes by, without the form the comma sets off: round 15)
    assert {"Miles Quarry", "Dorvale Holdings"} <= found


def test_an_outlet_a_piece_was_published_in_or_written_for() -> None:
    found = _orgs(["Their study was published Wednesday in Quillfield.", "He wrote several pieces for Harbourline in 1999."])
    assert {"Quillfield", "Harbourline"} <= found
    assert not _orgs(["It was published in London.", "The paper was published in Arabic."])


def test_a_governments_branch_or_division_and_a_savings_bank() -> None:
    found = _orgs(["The Air Crash Investigation Branch opened an inquiry.", "The Antitrust Division sued.", "Caja Ruritana grew."])
    assert {"Air Crash Investigation Branch", "Antitrust Division", "Caja Ruritana"} <= found


def test_a_campus_that_geonames_lists_as_a_town_is_no_place() -> None:
    found = facts_of(["She earned a degree from the University of Texas at Austin."])
    assert "University of Texas" not in {f.text for f in found if f.kind == "place"}


def test_a_capitalised_compass_word_before_a_place_is_part_of_its_name() -> None:
    places = _kind("place", ["Two planes crashed in West Slovakia.", "She studied in Southern California."])
    assert {"West Slovakia", "Southern California"} <= places and not {"Slovakia", "California"} & places


def test_a_place_that_names_a_battle_or_a_race_is_no_place_of_the_story() -> None:
    places = _kind(
        "place",
        ["A display recreated the Battle of Britain.", "He won the Monaco Grand Prix.", "He won the 24 Hours of Le Mans."],
    )
    assert not places


def test_a_persons_name_before_and_and_a_body_with_its_acronym() -> None:
    found = _orgs(["Administrator Bill Nelson and Ruritan Department of Health and Welfare (RDHW) Secretary Ann Lee met."])
    assert "Ruritan Department of Health and Welfare" in found
    assert not {f for f in found if f.startswith("Nelson")}


def test_a_leaders_term_of_two_leaders_and_two_titles_joined_by_an_ampersand() -> None:
    found = _orgs(
        [
            "President Harlow and Vice President Quinn spoke.",
            "The Harlow-Quinn Administration will save money.",
            "Jane Roe, National Economic Advisor & Chair of the Harbour Council, spoke.",
        ]
    )
    assert "Harlow-Quinn Administration" not in found
    assert "Harbour Council" in found and not {f for f in found if "Advisor" in f}


def test_a_firms_board_and_a_title_used_twice_are_no_bodies_but_a_council_of_members_is() -> None:
    found = _orgs(
        [
            "The Board of Directors agreed to pay.",
            "He will serve as Administrator of the Harbour Aviation Administration.",
            "The Administrator said so.",
            "The Council of Ministers met on Monday.",
        ]
    )
    assert not {"Board of Directors", "Administrator"} & found
    assert {"Council of Ministers", "Harbour Aviation Administration"} <= found


def test_the_article_opening_a_sentence_is_no_given_name_before_a_body() -> None:
    assert "Ministry of Defence" in _orgs(["The Ministry of Defence said so."])


def test_an_employer_in_the_possessive_before_its_branch() -> None:
    found = _orgs(["Ivan Petrov, a deputy chairman of Quillko's Moscow branch, faulted critics. Quillko won seats."])
    assert "Quillko's Moscow" not in found


def test_danish_bodies_by_more_last_parts() -> None:
    found = _orgs(["Hjemmeværnet hjalp med eftersøgningen.", "Nordtrafik indsætter flere busser.", "Der var trafik."], "da")
    assert {"Hjemmeværnet", "Nordtrafik"} <= found


def test_a_business_named_by_the_people_it_employs() -> None:
    found = _orgs(["The car belonged to Chariot Chauffeurs, a local firm.", "He hired Harbour Plumbers to fix it."])
    assert {"Chariot Chauffeurs", "Harbour Plumbers"} <= found


def test_a_peoples_plural_or_the_end_of_a_longer_name_is_no_business() -> None:
    found = _orgs(
        ["Many Syrian Rebels fled.", "The Committee to Protect Writers reports it.", "The Hotline for Migrant Workers helped."]
    )
    assert not {"Syrian Rebels", "Protect Writers", "Migrant Workers"} & found


def test_a_body_before_a_persons_name_stays_a_body() -> None:
    found = _orgs(["The director of the Ruritanian Armed Forces Hassan Rashid Omar was sentenced."])
    assert "Ruritanian Armed Forces" in found
    assert "Cape Hale Air Force" not in _orgs(["The Cape Hale Air Force Station was closed."])


def test_an_owning_department_in_the_possessive_before_a_defined_body() -> None:
    found = _orgs(["The Ruritan Department of Roads’s Harbour Administration (HARAD) paid.", "Later HARAD said more."])
    assert {"Harbour Administration", "Ruritan Department of Roads"} <= found


def test_a_peoples_possessive_inside_a_name_after_and() -> None:
    assert "Quillam and Women’s Hospital" in _orgs(["She is a surgeon at Quillam and Women’s Hospital in the city."])


def test_a_titles_first_word_after_a_body_and_a_lower_case_name_before_a_legal_form() -> None:
    found = _orgs(["The Bureau of Coastal Affairs Senior Official Jane Roe spoke.", "It chose awardee nou Quarry, Inc. then."])
    assert "Bureau of Coastal Affairs" in found and not {f for f in found if "Senior" in f or "Quarry, Inc." == f}


def test_a_place_in_the_possessive_before_a_natural_feature_is_two_places() -> None:
    places = _kind("place", ["The centre is in California’s Quill Valley, near the coast."])
    assert {"California", "Quill Valley"} <= places


def test_a_danish_kind_capitalised_inside_the_sentence_is_part_of_the_name() -> None:
    found = _orgs(["Formanden for Fiskeriforeningen Nordhavet, Jens Ole Bak, frygter noget.", "Vestby: Energiselskabet Kystvind indviede parken."], "da")
    assert {"Fiskeriforeningen Nordhavet", "Kystvind"} <= found
