"""People and roles, round 11: classes of construction seen failing on real news, each tested on sentences
written for these tests (made-up names only)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _roles(paragraphs: list[str], language: str = "en") -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, language) if f.kind == "person"}


def test_a_name_before_and_ends_the_role_of_the_next_person() -> None:
    # "Vanter" follows "and" after another titled person: "Oster" has a job's ending (-er) but is a name
    roles = _roles(["Northgate Couriers chief executive Bram Oster and former finance director Lise Vanter disagreed."])
    assert roles["Lise Vanter"] == "former finance director"
    assert roles["Bram Oster"] is not None and "executive" in roles["Bram Oster"]
    # two roles of one person joined by "and" stay one role
    assert _roles(["The activist and blogger Nel Varga spoke on Monday."])["Nel Varga"] == "activist and blogger"


def test_a_word_of_time_before_a_capitalised_title_is_part_of_the_role() -> None:
    roles = _roles(["The deal was signed by former President Kael Morrow and acting Mayor Pia Mott on Monday."])
    assert roles["Kael Morrow"] == "former President"
    assert roles["Pia Mott"] == "acting Mayor"
    assert _roles(["The bill was backed by President Kael Morrow on Monday."])["Kael Morrow"] == "President"


def test_a_titled_name_opening_the_sentence_before_a_comma_is_no_adverb() -> None:
    roles = _roles(["Peers met on Monday.", "Lord Varno, who had opposed the bill, said it would pass."])
    assert "Lord Varno" in roles  # (a peer keeps "Lord" with one name, as "Baroness Holt" below: round 15)
    roles = _roles(["Peers met on Monday.", "President Kessler, speaking on Monday, said the bill would pass."])
    assert roles.get("Kessler") == "President"


def test_a_peers_seat_after_the_name_leaves_the_role_after_it() -> None:
    roles = _roles(['At the hearing, Baroness Holt of Kessby, chair of the Tolvik Harbour Board, said: "We agree."'])
    assert roles.get("Baroness Holt") == "chair of the Tolvik Harbour Board"


def test_an_adverb_and_an_adjective_after_who_is_are_no_role() -> None:
    roles = _roles(["Peers met.", "At the hearing, Lord Varno, who is deeply religious, said the bill went too far."])
    assert roles["Lord Varno"] is None
    roles = _roles(["Ina Varno, who is currently president of the club, said no."])
    assert roles["Ina Varno"] == "currently president of the club"


def test_letters_after_a_name_are_its_office_not_part_of_it() -> None:
    roles = _roles(['Ina Varno MP, Minister for Coastal Affairs, said: "It is time." Later Kurt Holt KC agreed.'])
    assert roles["Ina Varno"] == "MP; Minister for Coastal Affairs"
    assert roles["Kurt Holt"] == "KC"


def test_a_danish_opening_adverb_before_its_verb_is_no_name() -> None:
    roles = _roles(["Sådan siger Vestbys skoleleder Ib Dal om sagen, og han er glad."], "da")
    assert "Sådan" not in roles
    assert roles["Ib Dal"] == "Vestbys skoleleder"


def test_a_home_town_after_the_age_leaves_the_apposition_to_the_name() -> None:
    roles = _roles(["Orla Quist, 45, of Kessby, a mother of two, was not convinced."])
    assert roles == {"Orla Quist": "mother of two"}


def test_the_verb_of_a_comparison_is_no_part_of_a_role() -> None:
    roles = _roles(["Pell Vass resigned on Monday, as did ex-chairman Ivo Brun."])
    assert roles["Ivo Brun"] == "ex-chairman"


def test_a_role_after_whose_is_the_role_of_the_name_it_is() -> None:
    roles = _roles(["The company, whose chief executive is Kurt Brask, declined to comment."])
    assert roles["Kurt Brask"] == "chief executive"


def test_a_sources_preposition_is_no_part_of_the_role_before_the_comma() -> None:
    roles = _roles(["Ifølge direktør i Tolvik Vand, Pia Brask, er prisen for høj."], "da")
    assert roles["Pia Brask"] == "direktør i Tolvik Vand"


def test_a_peoples_adjective_before_its_noun_is_no_person_though_a_verb_precedes() -> None:
    roles = _roles([
        "Police in Kessby say the man who set fire to the depot was a Latvian living in the town.",
        "The broadcaster KTV says Latvian officials questioned Kurt Brask about the fire in March.",
        "It is the task of Latvian police to find the others.",
    ])  # fmt: skip
    assert "Latvian" not in roles and "Kurt Brask" in roles


def test_a_word_that_is_never_a_name_is_no_person_in_the_genitive() -> None:
    roles = _roles(["The harvest is now in God's hands, the farmer Kurt Brask told the crowd at the fair."])
    assert "God" not in roles


def test_a_role_left_and_a_then_partner_are_roles() -> None:
    roles = _roles([
        "In June, Kurt Brask was forced to resign as harbour commissioner after auditors found that he had kept "
        "the port's ledgers in the garage of his then-wife Ada Lund for eleven years."
    ])  # fmt: skip
    assert roles["Kurt Brask"] == "harbour commissioner"
    assert roles["Ada Lund"] == "then-wife"


def test_a_plural_role_opening_the_sentence_is_the_role_of_the_list_it_includes() -> None:
    roles = _roles(["Nurses including Pell Hale and Ina Reiss walked out on Monday."])
    assert roles == {"Pell Hale": "nurses", "Ina Reiss": "nurses"}


def test_the_subject_of_what_was_said_is_no_speaker() -> None:
    roles = _roles(["Harbour party leader Ina Varno said Coastal Allowance was far too low."])
    assert roles == {"Ina Varno": "Harbour party leader"}
