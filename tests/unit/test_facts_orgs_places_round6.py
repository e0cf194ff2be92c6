"""Organisations and places, round 6: one test per class of error a linguist would name, on sentences written for
these tests (no name here comes from the corpus or seeds/)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _orgs(paragraphs: list[str], language: str = "en") -> set[str]:
    return {f.text for f in facts_of(paragraphs, language) if f.kind == "organisation"}


def _places(paragraphs: list[str], language: str = "en") -> set[str]:
    return {f.text for f in facts_of(paragraphs, language) if f.kind == "place"}


def test_a_known_body_and_another_body_are_two() -> None:
    orgs = _orgs(["Amnesty International and Harbour Rights Watch condemned the raid on the camp."])
    assert {"Amnesty International", "Harbour Rights Watch"} <= orgs
    assert "Amnesty International and Harbour Rights Watch" not in orgs


def test_one_name_with_and_inside_stays_whole() -> None:
    orgs = _orgs(["The Fisheries and Forestry Ministry said the nets were legal."])
    assert "Fisheries and Forestry Ministry" in orgs


def test_a_sentences_first_word_and_of_is_no_part_of_the_body() -> None:
    orgs = _orgs([
        "Shares of Quillon Corp fell four percent on the news.",
        "Employees of Harbour Bank walked out in protest.",
    ])
    assert {"Quillon Corp", "Harbour Bank"} <= orgs
    assert not {"Shares of Quillon Corp", "Employees of Harbour Bank"} & orgs


def test_a_bodys_own_head_before_of_stays() -> None:
    orgs = _orgs(["Ministry of Fisheries officials said the ban would hold.", "Bank of Northmoor staff agreed."])
    assert "Ministry of Fisheries" in orgs


def test_commands_directorates_observatories_and_cartels_end_a_name() -> None:
    orgs = _orgs([
        "The Riverton State Police Command said the men were held.",
        "The Eastmoor Observatory for Civil Rights counted the dead.",
        "Members of the Dunmore Cartel were arrested, the National Customs Directorate said.",
    ])
    assert {"Riverton State Police Command", "Eastmoor Observatory for Civil Rights", "Dunmore Cartel",
            "National Customs Directorate"} <= orgs  # fmt: skip


def test_a_party_named_before_a_lower_case_party() -> None:
    orgs = _orgs([
        "The ruling Harbour-PF party denied the claims.",
        "The opposition Labour party lost four seats, and Green party leaders met in the capital.",
    ])
    assert {"Harbour-PF", "Labour", "Green"} <= orgs


def test_a_celebration_called_party_is_no_body() -> None:
    orgs = _orgs(["The Christmas party was cancelled, and the Harvest party moved to Friday."])
    assert not {"Christmas party", "Harvest party", "Christmas", "Harvest"} & orgs


def test_a_name_in_apposition_after_its_kind() -> None:
    orgs = _orgs([
        "The teacher writes on her blog, Tinted Panes.",
        "Another group, Quay Watchers, reported the arrests.",
    ])
    assert {"Tinted Panes", "Quay Watchers"} <= orgs


def test_a_person_in_apposition_after_a_kind_is_no_body() -> None:
    orgs = _orgs(["The best known member of the group, Maria Lopez, spoke first."])
    assert "Maria Lopez" not in orgs


def test_a_natural_feature_named_with_its_kind_is_one_place() -> None:
    places = _places(
        [
            "Troops moved into the Kalvan Valley after the vote.",
            "Militants attacked pipelines in the Niger Delta on Sunday.",
            "The boat crossed the Strait of Orvane, and fishermen on Lake Tessaly caught less.",
            "The fire spread across the Sonoran Desert and into the Brenmoor Mountains overnight.",
        ]
    )
    assert {"Kalvan Valley", "Niger Delta", "Strait of Orvane", "Lake Tessaly", "Sonoran Desert",
            "Brenmoor Mountains"} <= places  # fmt: skip
    assert "Niger" not in places  # the country's name is only the first word of the delta's


def test_an_island_named_after_a_given_name_is_a_place_not_a_person() -> None:
    facts = facts_of(["They sailed on to Margarita Island by boat, the crew said later."])
    assert "Margarita Island" in {f.text for f in facts if f.kind == "place"}
    assert "Margarita Island" not in {f.text for f in facts if f.kind == "person"}


def test_a_person_or_a_body_ending_in_a_kind_word_is_no_feature() -> None:
    facts = facts_of(
        [
            "Jane Valley said the report was wrong, and Michael Bay agreed with her.",
            "The Kalvan Valley Authority opened a new dam near the river last week.",
        ]
    )
    places = {f.text for f in facts if f.kind == "place"}
    assert not {"Jane Valley", "Michael Bay", "Kalvan Valley"} & places
    assert "Kalvan Valley Authority" in {f.text for f in facts if f.kind == "organisation"}


def test_a_list_after_a_plural_kind_that_opens_the_sentence() -> None:
    assert {"Quillon", "Harbour Foods"} <= _orgs(["Companies such as Quillon and Harbour Foods raised prices again."])
    assert {"Brimsø", "Kystkøb", "Havlund"} <= _orgs(["Kæder som Brimsø, Kystkøb og Havlund sænker priserne."], "da")


def test_a_town_glued_after_trans_or_opening_a_verbs_phrase_is_no_place() -> None:
    places = _places(
        [
            "The first trans-Tasman match starts tomorrow in the capital.",
            "Reading the report, the minister frowned and left the room.",
        ]
    )
    assert not {"Tasman", "Reading"} & places


def test_a_town_among_people_named_in_a_list_is_a_person() -> None:
    places = _places(["The song was recorded by Bono, Jane Roe and Peter Holm in a single day."])
    assert "Bono" not in places


def test_a_town_after_a_sentence_opening_preposition_stays_a_place() -> None:
    places = _places(
        [
            "In Geneva, Peter Holm met his counterpart for two hours.",
            "In Reading the council voted on Monday, the paper said.",
        ]
    )
    assert {"Geneva", "Reading"} <= places


def test_a_title_word_that_heads_a_two_word_name_stays_in_it() -> None:
    facts = facts_of(["The General Assembly voted on the plan, and staff at General Holdings went home."])
    orgs = {f.text for f in facts if f.kind == "organisation"}
    assert {"General Assembly", "General Holdings"} <= orgs
    assert not {"Assembly", "Holdings"} & {f.text for f in facts if f.kind == "person"}


def test_where_a_body_is_based_is_a_place_not_a_word_of_its_name() -> None:
    facts = facts_of(["The London-based Eastmoor Observatory for Civil Rights said twenty people died."])
    assert "Eastmoor Observatory for Civil Rights" in {f.text for f in facts if f.kind == "organisation"}
    assert "London" in {f.text for f in facts if f.kind == "place"}


def test_parties_named_by_their_members_collective_name() -> None:
    orgs = _orgs(["The Conservatives and the Liberal Democrats formed a coalition, and the Democrats objected."])
    assert {"Conservatives", "Liberal Democrats", "Democrats"} <= orgs


def test_a_region_named_by_a_peoples_world() -> None:
    assert "Arab world" in _places(["Protests spread across the Arab world within a month."])


def test_an_acronym_given_after_or_stands_for_the_name() -> None:
    orgs = _orgs(["The Rapid Harbour Unit, or RHU, was sent in.", "Later the RHU withdrew from the port."])
    assert "Rapid Harbour Unit" in orgs
    assert not {"RHU", "Unit"} & orgs


def test_an_acronym_after_or_that_is_not_the_names_is_no_definition() -> None:
    orgs = _orgs(["The Harbour Council, or QXZ, met again."])
    assert "Harbour Council" in orgs


def test_a_page_on_a_platform_named_after_it() -> None:
    orgs = _orgs(["The Facebook page We Are All Quayside gathered 2,000 members in a day."])
    assert "We Are All Quayside" in orgs


def test_an_area_whose_kind_is_a_word_of_its_name() -> None:
    places = _places(["Residents of Tamber County were told to leave, and Kessa Province was calm."])
    assert {"Tamber County", "Kessa Province"} <= places


def test_a_settlement_named_after_its_kind_and_of() -> None:
    places = _places(["The town of Harbourton was evacuated, and the port city of Velmar braced for the storm."])
    assert {"Harbourton", "Velmar"} <= places


def test_a_county_council_is_a_body_not_an_area() -> None:
    facts = facts_of(["The Tamber County Council voted to close the school."])
    assert "Tamber County" not in {f.text for f in facts if f.kind == "place"}


def test_companies_named_by_their_trade() -> None:
    orgs = _orgs(["Shareholders of Quillon Resources and Harbour Logistics approved the merger on Friday."])
    assert {"Quillon Resources", "Harbour Logistics"} <= orgs


def test_an_acronym_opening_the_sentence_before_and_a_body() -> None:
    assert {"QSA", "European Harbour Agency"} <= _orgs(["QSA and the European Harbour Agency launched the probe."])


def test_a_town_before_and_a_body_is_no_body() -> None:
    orgs = _orgs(["The vote is close in Millbrook, and the Harbour Party expects to win there."])
    assert "Millbrook" not in orgs


def test_the_uk_nations_and_the_arab_world_in_arabic() -> None:
    places = _places(["وصل الوفد إلى اسكتلندا أمس بعد زيارة إلى إنجلترا.", "وانتشرت الاحتجاجات في الوطن العربي."], "ar")
    assert {"اسكتلندا", "إنجلترا", "الوطن العربي"} <= places


def test_a_danish_broadcasters_news_service_is_no_person() -> None:
    facts = facts_of(["Det skriver QTV Nyheder, og politiet bekræfter det."], "da")
    assert "QTV Nyheder" in {f.text for f in facts if f.kind == "organisation"}
    assert "Nyheder" not in {f.text for f in facts if f.kind == "person"}


def test_a_leaders_administration_is_no_body_but_an_agency_is() -> None:
    orgs = _orgs(
        [
            "The Harlow Government fell in May, and President Harlow left the capital.",
            "The Veterans Administration and the Food and Drug Administration agreed.",
        ]
    )
    assert "Harlow Government" not in orgs
    assert {"Veterans Administration", "Food and Drug Administration"} <= orgs


def test_a_party_before_party_is_named_without_the_noun() -> None:
    assert "Harbour" in _orgs(["The head of the centrist Harbour party agreed to join the government on Monday."])


def test_titles_of_works_and_documents_are_no_bodies() -> None:
    orgs = _orgs(
        [
            "She wrote novels such as Dawn, The Glass Harbour and The Long Quay before she died.",
            "Protesters copied a gesture from The Salt Trials book and film series.",
            "All my Goose & Gander cartoons are meant to make people laugh.",
            "They signed, in a small town, The Declaration of Quayside in June.",
        ]
    )
    assert not {"The Glass Harbour", "The Long Quay", "The Salt Trials", "Goose & Gander",
                "The Declaration of Quayside", "Glass Harbour", "Long Quay", "Salt Trials"} & orgs  # fmt: skip


def test_a_band_after_the_inside_a_sentence_stays_a_body() -> None:
    assert "The Quaymen" in _orgs(["The song was remade by artists including The Quaymen and others in 2004."])


def test_a_persons_kin_or_page_makes_no_employer() -> None:
    orgs = _orgs(
        [
            "The fight began after Tarlani's brother insulted a girl at the school.",
            "Nobody spoke for Tarlani's family, and on Monday Tarlani's official Facebook page posted a note.",
        ]
    )
    assert "Tarlani" not in orgs


def test_where_a_paper_is_based_is_no_name_of_it() -> None:
    orgs = _orgs(["Twenty employees of the Harbour-based newspaper Quay Daily were taken into custody."])
    assert "Harbour-based" not in orgs


def test_an_award_named_after_its_founder_is_no_body() -> None:
    orgs = _orgs(
        [
            "The cartoonist, a Quillan Prize winner, draws for three papers.",
            "He has won the Quillan for his cartoons, and the Quillan jury praised him again.",
        ]
    )
    assert "Quillan" not in orgs


def test_clergy_titles_are_no_bodies() -> None:
    orgs = _orgs(["The bishop did not renew the licence of Father Tomas Vell.", "Father Tomas Vell said Father was tired."])
    assert "Father" not in orgs


def test_a_persian_name_with_its_ezafe_is_one_name() -> None:
    orgs = _orgs(["Amnesty said that Sedaye-e Harbour newspaper editor Reza Tal was arrested."])
    assert "Harbour" not in orgs


def test_a_body_before_and_a_known_body_loses_the_and() -> None:
    orgs = _orgs(["The debate may reach the Harbour House and Senate during their autumn session."])
    assert "Harbour House and" not in orgs


def test_the_country_a_defined_body_is_of_stays_in_its_name() -> None:
    orgs = _orgs(["After the coup, the United States Department of Ports (DoP) advised against travel."])
    assert "United States Department of Ports" in orgs


def test_one_word_after_to_is_a_destination_not_a_purpose() -> None:
    orgs = _orgs(["Workers protested the transfer of the Pension Savings Institute to Quillpens this year."])
    assert "Pension Savings Institute" in orgs
    assert "Pension Savings Institute to Quillpens" not in orgs


def test_an_area_named_kind_of_place_is_a_place() -> None:
    facts = facts_of(["The workshops were held in the Department of Oruro, far from the capital."])
    assert "Department of Oruro" not in {f.text for f in facts if f.kind == "organisation"}
    assert "Oruro" in {f.text for f in facts if f.kind == "place"}


def test_a_foreign_article_after_city_of_opens_a_towns_name() -> None:
    facts = facts_of(["Linguists in the city of El Quillo organised the workshops this spring."])
    assert "El Quillo" not in {f.text for f in facts if f.kind == "organisation"}
    assert "El Quillo" in {f.text for f in facts if f.kind == "place"}


def test_a_known_bodys_national_chapter_is_one_name() -> None:
    orgs = _orgs(["The post came after Transparency International Ruritania released a study."])
    orgs |= _orgs(["The post came after Transparency International Hungary released a study."])
    assert "Transparency International Hungary" in orgs


def test_a_name_with_small_words_in_apposition_after_its_kind() -> None:
    assert "Le Retour in 3 Parts" in _orgs(["Another blog, Le Retour in 3 Parts, comments on the march."])


def test_a_titled_person_after_a_kind_is_no_body() -> None:
    orgs = _orgs(["The head of the observation team General Babacar Tall expressed frustration."])
    assert not {"Babacar Tall", "General Babacar Tall"} & orgs


def test_an_area_before_a_title_stays_a_place() -> None:
    assert "Tamber County" in _places(["The letter was signed by retired Tamber County Judge Jane Roe and others."])


def test_a_capital_as_a_given_name_before_a_family_name_is_no_place() -> None:
    assert "Santiago" not in _places(["Santiago Correa adds some international context to the story."])


def test_a_region_a_job_covers_is_no_place() -> None:
    places = _places(["Harbour Watch's Asia director, Brad Lane, remarked that the army had gone too far."])
    assert "Asia" not in places


def test_a_religious_congregation_is_one_body_and_no_town_inside_it() -> None:
    facts = facts_of(["He belongs to the Congregation of the Sacred Hearts of Jesus and Mary, which ran the school."])
    assert "Congregation of the Sacred Hearts of Jesus and Mary" in {f.text for f in facts if f.kind == "organisation"}
    assert "Mary" not in {f.text for f in facts if f.kind == "place"}


def test_a_name_ending_in_a_country_before_and_a_body_are_two() -> None:
    orgs = _orgs(["To mark the day, PINK Armenia and Harbour Resource Centre announced events."])
    assert {"PINK Armenia", "Harbour Resource Centre"} <= orgs


def test_older_and_spanish_spellings_of_known_places() -> None:
    places = _places(["He moved from Bombay to Bangalore, then to Perú, and wrote about North Africa."])
    assert {"Bombay", "Bangalore", "Perú", "North Africa"} <= places


def test_a_one_word_body_after_comma_and_a_body_in_a_list() -> None:
    orgs = _orgs(["He met commanders, including members of the Ruritanian Air Force, and Navy."])
    assert "Navy" in orgs


def test_a_quoted_name_in_apposition_with_its_kind() -> None:
    assert "Blue Scarves" in _orgs(["Sombat belongs to the “Blue Scarves”, a protest group which has staged rallies."])


def test_a_country_after_of_stays_in_a_named_ministry() -> None:
    orgs = _orgs(["He is held in a jail of the Ministry of Intelligence and Public Order of Ruritania, they said."])
    orgs |= _orgs(["He is held in a jail of the Ministry of Intelligence and Public Order of Iran, they said."])
    assert "Ministry of Intelligence and Public Order of Iran" in orgs


def test_well_known_ngos_named_bare() -> None:
    assert {"Greenpeace", "Oxfam"} <= _orgs(["Greenpeace measured the levels, and Oxfam sent water to the town."])


def test_a_town_named_with_a_place_name_opener_after_in() -> None:
    places = _places(["The injustice is such that in Puerto Quillo, where the oil firm works, people suffer."])
    assert "Puerto Quillo" in places


def test_a_known_sea_with_its_kind_in_lower_case() -> None:
    assert "Indian ocean" in _places(["The islands lie in the Indian ocean, far from any coast."])


def test_the_town_a_disaster_is_named_after() -> None:
    assert "Tarnavo" in _places(["Officials said it was as severe as the Tarnavo disaster of 1986."])


def test_a_town_of_a_persons_name_after_the_town_of() -> None:
    assert "Khan Tarif" in _places(["Mourners gathered in the town of Khan Tarif on Sunday."])


def test_an_unknown_lake_with_its_kind_in_lower_case() -> None:
    assert "Orvane" in _places(["Two boats sank in the Orvane lake last year."])


def test_names_in_a_list_of_mostly_bodies_are_bodies() -> None:
    orgs = _orgs(
        [
            "Groups at risk include the Harbour Coalition for Refugee Rights, Quay Union, Centro de Trabajadores "
            "Unidos, Eastmoor Neighborhood Council, ARISE Northside and Most Blessed Trinity."
        ]
    )
    assert {"Centro de Trabajadores Unidos", "ARISE Northside", "Most Blessed Trinity"} <= orgs


def test_people_in_a_list_of_bodies_stay_people() -> None:
    orgs = _orgs(["Speakers came from Quay Union, Eastmoor Neighborhood Council, Jane Roe and the Harbour Trust."])
    assert "Jane Roe" not in orgs


def test_a_body_in_apposition_after_agency_think_tank_or_publication() -> None:
    orgs = _orgs(
        [
            "The report was issued Monday by a think tank, the Center for a New Harbour Security.",
            "A spokesperson for QRSA, the Ruritanian government nuclear authority, said the leak was small.",
            "Australian online publication Quokka last week denounced the coverage.",
            "Rafa Lin from Faywire mentioned the trending topics.",
        ]
    )
    assert {"Center for a New Harbour Security", "QRSA", "Quokka", "Faywire"} <= orgs


def test_outlets_the_writer_cites() -> None:
    orgs = _orgs(
        [
            "The re-arrest of Jose Ferrer, as Uncommon Views reports, also supports this.",
            "Verma, co-founder of a comparison portal, writes in Medianet:",
            "Quillo Merce blog reported that the news agency had changed its story.",
        ]
    )
    assert {"Uncommon Views", "Medianet", "Quillo Merce"} <= orgs


def test_a_blogger_or_a_language_cited_is_no_outlet() -> None:
    orgs = _orgs(["He wrote in Arabic, as Jane Roe reported.", "The fair opened, as Pancholo reported on his blog."])
    assert not {"Arabic", "Jane Roe", "Pancholo"} & orgs


def test_a_networks_local_station_by_number_and_city() -> None:
    assert "Fox 32 Riverton" in _orgs(["The cardinal is quoted by Fox 32 Riverton responding to the letter."])


def test_a_paper_with_a_hyphenated_last_word() -> None:
    orgs = _orgs(["The cuts were first uncovered by Riverton Sun-Times columnist Mark Brown last June."])
    assert "Riverton Sun-Times" in orgs


def test_an_unknown_acronym_before_a_country_is_one_body() -> None:
    facts = facts_of(["QRSK Armenia's campaigns were praised, and QRSK Armenia spoke at the march."])
    assert "QRSK Armenia" in {f.text for f in facts if f.kind == "organisation"}
    assert "Armenia" not in {f.text for f in facts if f.kind == "place"}


def test_a_known_acronym_before_a_country_stays_two_names() -> None:
    orgs = _orgs(["The NATO Russia council met, and the envoy spoke about it on Monday."])
    assert "NATO Russia" not in orgs


def test_a_missing_space_after_a_full_stop_is_no_web_address() -> None:
    orgs = _orgs(["lets not experiment with governance.it is costly.", "The site Quillo.it reported it."])
    assert "governance.it" not in orgs
    assert "Quillo.it" in orgs


def test_a_term_glued_by_a_slash_and_a_sentences_full_stop() -> None:
    orgs = _orgs(["Low quality SEO/link building services suffered, and QRS said so.", "They sold Ames & Jaymes."])
    assert "SEO" not in orgs
    assert "Ames & Jaymes" in orgs


def test_a_town_before_an_ordinal_stays_a_place() -> None:
    places = _places(["The letter was signed by Riverton 46th ward alderman Jane Roe.", "The Delta 4 rocket flew."])
    assert "Delta" not in places
    places |= _places(["The letter was signed by Chicago 46th ward alderman Jane Roe."])
    assert "Chicago" in places
