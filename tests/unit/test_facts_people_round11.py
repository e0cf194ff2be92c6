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
    assert "Varno" in roles
    roles = _roles(["Peers met on Monday.", "President Kessler, speaking on Monday, said the bill would pass."])
    assert roles.get("Kessler") == "President"


def test_a_peers_seat_after_the_name_leaves_the_role_after_it() -> None:
    roles = _roles(['During the debate, Baroness Holt of Kessby, Leader of the House of Lords, said: "It is right."'])
    assert roles.get("Baroness Holt") == "Leader of the House of Lords"


def test_an_adverb_and_an_adjective_after_who_is_are_no_role() -> None:
    assert _roles(["Peers met.", "During the debate, Lord Varno, who is openly gay, said it was right."])["Varno"] is None
    roles = _roles(["Jane Varno, who is currently president of the club, said no."])
    assert roles["Jane Varno"] == "currently president of the club"


def test_letters_after_a_name_are_its_office_not_part_of_it() -> None:
    roles = _roles(["Jane Varno MP, Paymaster General, said: \"It is time.\" Later Kevin Holt KC agreed."])
    assert roles["Jane Varno"] == "MP; Paymaster General"
    assert roles["Kevin Holt"] == "KC"


def test_a_danish_opening_adverb_before_its_verb_is_no_name() -> None:
    roles = _roles(["Sådan lød det fra Vestbys borgmester Jens Holm, da han var mødt frem."], "da")
    assert "Sådan" not in roles
    assert roles["Jens Holm"] == "Vestbys borgmester"


def test_a_role_after_whose_is_the_role_of_the_name_it_is() -> None:
    roles = _roles(["The company, whose chief executive is Kurt Brask, declined to comment."])
    assert roles["Kurt Brask"] == "chief executive"


def test_a_home_town_after_the_age_leaves_the_apposition_to_the_name() -> None:
    roles = _roles(["Orla Quist, 45, of Kessby, a mother of two, was not convinced."])
    assert roles == {"Orla Quist": "mother of two"}


def test_the_verb_of_a_comparison_is_no_part_of_a_role() -> None:
    roles = _roles(["Jon Vass resigned on Monday, as did ex-chairman Ivo Brun."])
    assert roles["Ivo Brun"] == "ex-chairman"


def test_a_sources_preposition_is_no_part_of_the_role_before_the_comma() -> None:
    roles = _roles(["Ifølge direktør i Tolvik Vand, Ole Brask, er prisen for høj."], "da")
    assert roles["Ole Brask"] == "direktør i Tolvik Vand"


def test_a_peoples_adjective_before_its_noun_is_no_person_though_a_verb_precedes() -> None:
    roles = _roles([
        "Officials say a bomber who attacked a base last week was a Chilean working as a double agent.",
        "The network KTV says Chilean authorities arrested Kurt Brask more than a year ago and later recruited him.",
        "It is the sacred duty of Chilean forces in the region.",
    ])  # fmt: skip
    assert "Chilean" not in roles and "Kurt Brask" in roles


def test_a_word_that_is_never_a_name_is_no_person_in_the_genitive() -> None:
    roles = _roles(["I pray all those who have been misled come back to God's side, said Kurt Brask."])
    assert "God" not in roles


def test_a_role_left_and_a_then_partner_are_roles() -> None:
    roles = _roles([
        "In May, Kurt Brask was forced to resign as Foreign Affairs minister after it became known that he left "
        "papers at the flat of his then-girlfriend Ada Lund who had ties to a biker gang."
    ])  # fmt: skip
    assert roles["Kurt Brask"] == "Foreign Affairs minister"
    assert roles["Ada Lund"] == "then-girlfriend"


def test_a_plural_role_opening_the_sentence_is_the_role_of_the_list_it_includes() -> None:
    roles = _roles(["Journalists including Tom Hale and Anna Reiss were detained on Monday."])
    assert roles == {"Tom Hale": "journalists", "Anna Reiss": "journalists"}


def test_the_subject_of_what_was_said_is_no_speaker() -> None:
    roles = _roles(["Labour leader Jane Varno said Universal Credit was broken."])
    assert roles == {"Jane Varno": "Labour leader"}
