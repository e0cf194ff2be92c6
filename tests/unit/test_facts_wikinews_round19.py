"""People, organisations and places, nineteenth round: classes found by reading real Wikinews stories whole (AMALGUM,
keywords from s on, then n to r), each then checked on made-up variants and look-alikes. Every name here is made up
(well-known bodies and places aside); no sentence of the stories is copied.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str]) -> list:
    article = ArticleText(Path("t-en.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return extract_facts(build_document(article, language="en"))


def _kind(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in _facts(paragraphs) if f.kind == kind]


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(paragraphs) if f.kind == "person"}


def test_a_town_named_surname_after_an_unknown_given_name_with_a_role_is_a_person() -> None:
    text = [
        "Felizeberto Nice, director general of the electoral commission, said the vote was fair.",
        '"We are ready," Nice said.',
    ]
    assert _people(text) == {"Felizeberto Nice": "director general of the electoral commission"}
    assert "Nice" not in _kind(text, "place")
    assert "Xavantinho Lisbon" in _people(["Xavantinho Lisbon said the talks would resume."])
    # the town after a preposition of place stays a place; a town named in the article stays one too
    assert _kind(["Officials in Nice said the vote was fair."], "place") == ["Nice"]
    both = ["Ribeirinho Lisbon, 45, was arrested.", "Thousands marched in Lisbon on Monday."]
    assert "Lisbon" in _kind(both, "place")
    assert "Ribeirinho Lisbon" in _people(both)


def test_a_place_before_a_bracketed_acronyms_name_is_no_word_of_it() -> None:
    text = ["In a speech in Madrid, International Monetary Fund (IMF) managing director, Jane Roe warned of a crisis."]
    assert "International Monetary Fund" in _kind(text, "organisation")
    assert "Madrid" in _kind(text, "place")
    # a comma inside a name whose capitals spell the acronym only whole stays
    assert _kind(["The Department of Health, Education and Welfare (HEW) said so."], "organisation") == [
        "Department of Health, Education and Welfare"
    ]


def test_a_role_read_across_a_bracketed_acronym_loses_the_stray_bracket() -> None:
    people = _people(["The Harbour Food Agency (HFA) country director, Max Holm, said aid was coming."])
    assert people["Max Holm"] == "HFA country director"


def test_a_person_at_an_event_has_no_role_from_it() -> None:
    assert _people(["A planned address by Jane Roe at the Harbour Book Festival has been cancelled."]) == {
        "Jane Roe": None
    }
    assert _people(["A talk by Max Holm at the Riverside Arts Conference drew crowds."]) == {"Max Holm": None}
    # a body after "at" is still where the person works
    assert _people(["Jane Roe at the Harbour Research Institute said the data were clear."]) == {
        "Jane Roe": "at the Harbour Research Institute"
    }


def test_a_title_the_article_calls_a_work_is_no_body_when_said_again() -> None:
    text = ["Jane Roe, whose novel The Silent Harbours stirred protests, stayed away.",
            "Several readers quoted from The Silent Harbours."]  # fmt: skip
    assert _kind(text, "organisation") == []
    assert _kind(["His book The Long Winter sold well.", "Critics praised The Long Winter."], "organisation") == []
    # a band said twice with no kind of work before it stays a body
    assert "The Rolling Dogs" in _kind(
        ["The singer toured with The Rolling Dogs.", "Fans loved The Rolling Dogs."], "organisation"
    )


def test_a_surname_the_article_gives_in_full_owns_a_lawyer_not_a_body() -> None:
    text = [
        "The trial of Siti Rahmah and Doan Thi Lan began on Monday.",
        "Rahmah's lawyer, Gooi Teck Seng, argued the case was weak.",
    ]
    assert _kind(text, "organisation") == []
    assert _people(text)["Gooi Teck Seng"] == "Rahmah's lawyer"
    # a firm named once alone still owns its chief executive
    assert "Zentrix" in _kind(["Zentrix's chief executive said profits rose.", "Shares in Zentrix fell."], "organisation")


def test_a_body_named_head_first_before_its_town() -> None:
    facts = _facts(["Dr. Norlela Ismail of Hospital Kuala Lumpur testified the samples were clean."])
    assert [f.text for f in facts if f.kind == "organisation"] == ["Hospital Kuala Lumpur"]
    assert [f.text for f in facts if f.kind == "person"] == ["Norlela Ismail"]


def test_an_ethnic_group_is_no_person() -> None:
    assert _people(["The clashes forced thousands of mostly ethnic Soninke villagers into exile."]) == {}
    assert _people(["Most of the victims were ethnic Hazara, officials said."]) == {}
    assert _people(["It forced thousands of black, mostly ethnic Soninke, Gambians into exile."]) == {}


def test_an_adjective_of_an_era_before_a_title_in_capitals_is_no_role() -> None:
    # (round 39: "the government's modern Industrial Strategy" read a person with the role "modern")
    assert _people(["In line with the council's modern Transport Strategy, the fund will grow."]) == {}
    assert _people(["The contemporary Art Fund opened a new hall in the city."]) == {}
    # near miss: a real job before a name is still a role
    assert _people(["Architect Jane Roe designed the hall."]) == {"Jane Roe": "Architect"}


def test_an_auxiliary_ends_a_copula_role() -> None:
    assert _people(["He said the other medicines Lars Holm was taking would have killed him."]).get("Lars Holm") is None
    assert _people(["Jane Roe was the chief executive who would later resign."]) == {"Jane Roe": "chief executive"}


def test_a_capitalised_adjective_before_its_noun_is_no_body() -> None:
    text = ["The talks came after two days of Congressional hearings.",
            "The bosses pleaded before two Congressional committees."]  # fmt: skip
    assert _kind(text, "organisation") == []
    assert "Brennock" in _kind(["Shares of Brennock rose.", "Analysts at Brennock were upbeat."], "organisation")


def test_a_compass_word_opens_a_regions_name_after_its_kind() -> None:
    assert _kind(["Troops withdrew to the breakaway province of South Ossetia."], "place") == ["South Ossetia"]
    assert _kind(["The Northern province was quiet.", "The South Korean region was calm."], "place") == []


def test_a_son_of_particle_keeps_the_given_name_before_it() -> None:
    people = _people(["He met Qatar's Emir Sheikh Tamim bin Hamad al-Thani on Monday."])
    assert list(people) == ["Tamim bin Hamad al-Thani"]


def test_two_schools_joined_by_and_with_the_country_after_the_second() -> None:
    text = ["A team from the Harbour Institute of Technology and Riverton State University of the US studied it."]
    assert set(_kind(text, "organisation")) == {"Harbour Institute of Technology", "Riverton State University"}
    assert "University of the West Indies" in _kind(["She studied at the University of the West Indies."], "organisation")


def test_armed_movements_and_eu_funds_named_bare() -> None:
    bodies = _kind(["Rockets were fired by Hamas and Islamic Jihad.",
                    "The ministers agreed to bolster the European Stability Mechanism."], "organisation")  # fmt: skip
    assert {"Hamas", "Islamic Jihad", "European Stability Mechanism"} <= set(bodies)


def test_a_peoples_adjective_before_a_noun_for_a_person_in_an_apposition_shows_a_person() -> None:
    people = _people(["At the rally, Zorbat Qormozi, a Ruritanian poet and leader in the movement, called for a march."])
    assert people == {"Zorbat Qormozi": "Ruritanian poet and leader in the movement"}
    assert _people(["Zorbat Qormozi, a popular Ruritanian app, gained users."]) == {}


def test_a_name_an_apposition_calls_a_countrys_party_is_a_body() -> None:
    facts = _facts(["Five groups headed by Al Nasra, Ruritania's largest political opposition party, met."])
    assert [f.text for f in facts if f.kind == "organisation"] == ["Al Nasra"]
    assert not [f for f in facts if f.kind == "person"]
    # a clause or a person's membership between the comma and the kind is no apposition of a body
    assert _people(["Jane Lima, from Harbour Notes blog, describes the crowd."]) == {"Jane Lima": "from Harbour Notes"}
    assert "Tolvik" not in _kind(["Like Tolvik, they are another good team, so we must be ready."], "organisation")


def test_a_ruling_family_is_no_person() -> None:
    assert _people(["Crowds backed the ruling Al Nasir family."]) == {}
    assert "Jane Roe" in _people(["Jane Roe said the Roe family was grieving."])


def test_a_list_of_players_with_a_referees_verb_after_it() -> None:
    people = _people(["N'Diaye Kouma, Zorbinho and Jan Vertonghen were booked late in the game."])
    assert {"N'Diaye Kouma", "Zorbinho", "Jan Vertonghen"} <= set(people)


def test_a_list_of_places_after_a_preposition() -> None:
    places = _kind(["There have been protests in Suez, Qalyubia-Nour, Tolvikka, and Alexandria."], "place")
    assert {"Suez", "Tolvikka", "Alexandria"} <= set(places)
    # a list holding people is none ("in Paris, Jane Roe and Max Holm said")
    assert _kind(["He has worked in Paris, Jane Roe and Max Holm said."], "place") == ["Paris"]


def test_a_settlement_an_apposition_locates() -> None:
    text = ["The helicopter crashed off Tolvikka, a small town located between the capital and the port.",
            "Soldiers were to land on targets including Tolvikka."]  # fmt: skip
    assert _kind(text, "place") == ["Tolvikka"]
    assert _kind(text, "organisation") == []


def test_names_with_numbers_and_legal_forms() -> None:
    assert _kind(["Ships from oil giant Vantex S.A.'s fleet joined the search."], "organisation") == ["Vantex S.A."]
    assert _kind(["They came from the army's elite 13th Regiment of Mountain Rangers."], "organisation") == [
        "13th Regiment of Mountain Rangers"
    ]
    assert _kind(["A march by the April 6 Youth Coalition was stopped."], "organisation") == ["April 6 Youth Coalition"]
    assert _kind(["The British Forces in Belize (BFB) said so."], "organisation") == ["British Forces in Belize"]
    assert _kind(["On March 14 Harbour Council met."], "organisation") == ["Harbour Council"]


def test_an_event_before_a_country_and_its_verb_is_no_town() -> None:
    text = ["To play the play-offs for the World Cup, Ruritania needed to win by seven goals."]
    assert "World Cup" not in _kind(text, "place")
    assert set(_kind(["A Millbrook, Ohio man was arrested."], "place")) == {"Millbrook", "Ohio"}


def test_a_one_word_body_after_a_members_of_before_a_given_name() -> None:
    people = _people(["Board member of TransHelp Patricia Curtis condemned the hijack."])
    assert people == {"Patricia Curtis": "member of TransHelp"}


def test_a_town_with_its_states_wire_abbreviation_is_a_home_town() -> None:
    facts = _facts(["Sgt. Corine Lapaz from Tolvikka, N.Y., said the unit was ready."])
    assert {f.text for f in facts if f.kind == "place"} == {"Tolvikka", "N.Y."}
    assert [f.role for f in facts if f.kind == "person"] == ["Sgt."]
    # a body after "from" with no state after it is still the person's
    assert _people(["Jane Roe from Harbour Trust, a charity, said so."]) == {"Jane Roe": "from Harbour Trust"}


def test_a_hyphenated_title_is_no_person() -> None:
    people = _people(["We would speak with our Commander-in-Chief, President Bush, so we prepared."])
    assert list(people) == ["Bush"]


def test_kin_before_of_names_no_workplace() -> None:
    assert _people(["She was the wife of Egyptian Prince Karim Abdel Moneim, who ruled."]) == {
        "Karim Abdel Moneim": "Egyptian Prince"
    }


def test_acronyms_of_things_are_no_bodies() -> None:
    text = ["The parasite evolved an inhibitor, called Serum Resistance Associated (SRA) protein.",
            "Without SRA, the parasite dies."]  # fmt: skip
    assert _kind(text, "organisation") == []
    assert _kind(["Attacks are repelled by an HDL.", "The parasite takes up this HDL."], "organisation") == []
    # a body's acronym with "the" stays one
    assert "WHO" in _kind(["As the WHO reported, cases fell.", "The WHO said so."], "organisation")
    assert _kind(["He had his face bashed in by a KRV agent."], "organisation") == ["KRV"]


def test_a_bodys_person_and_the_topic_after_on_is_no_body() -> None:
    text = ["He spoke to University of Guam's Ron McNinch on North Korea's nuclear threats."]
    assert _kind(text, "organisation") == ["University of Guam"]
    assert "Ron McNinch" in _people(text)
    assert "Berkman Center for Internet and Society" in _kind(
        ["Harvard University's Berkman Center for Internet and Society said so."], "organisation"
    )


def test_an_interviews_speaker_label_in_initials_is_no_body() -> None:
    text = ["Wikinews interviewed Ron McNinch about the threat.", "RM: In my own view it is small.",
            "RM: We prepare of course.", "RM: Tourism will not suffer."]  # fmt: skip
    assert "RM" not in _kind(text, "organisation")
    # initials a body shares with a person, used as a body's name, stay a body
    both = ["Jane Roe and Sam Tate spoke.", "The ST said so.", "Shares of ST fell.", "ST announced more."]
    assert "ST" in _kind(both, "organisation")


def test_a_clubs_name_ending_in_a_town_stays_whole_in_the_role() -> None:
    assert _people(["Real Madrid president Florentino Ruiz named a new coach."]) == {
        "Florentino Ruiz": "Real Madrid president"
    }
    assert _people(["In Paris scholar Jane Roe spoke."]) == {"Jane Roe": "Paris scholar"}


def test_a_pair_of_given_names_sharing_a_family_name_gives_no_cut_name() -> None:
    people = _people(["The firm was founded in 1961 by brothers Alan and Roy Quarvell in Bradford."])
    assert "Ro" not in people and "Roy Quarvell" in people
    assert _people(["Temple Harbour University Japan professor Jeff Kingsley said so."])["Jeff Kingsley"].endswith(
        "University Japan professor"
    )


def test_a_partys_two_word_name_stays_whole_in_a_long_role() -> None:
    people = _people(["Liberal Democrat home affairs spokesman Mark Oaten called for an inquiry."])
    assert people == {"Mark Oaten": "Liberal Democrat home affairs spokesman"}
    assert _people(["The party said Labour former deputy chief executive Jane Roe left."]) == {
        "Jane Roe": "former deputy chief executive"
    }
