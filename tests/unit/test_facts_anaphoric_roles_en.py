"""anaphoric_roles_en: political copy names a person, then calls them by their office as the next sentence's
subject ("Jo Roe has rejected ... | The treasurer has been answering ..."); the office is their role. Made-up
sentences of that shape, with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import local_roles as _roles


def test_the_office_opening_the_next_sentence_is_the_named_persons_role() -> None:
    roles = _roles(
        "Tobias Wrenfield has rejected a report on the state pension. "
        "The treasurer has been answering questions from a panel of senators."
    )
    assert roles["Tobias Wrenfield"] == "treasurer"
    roles = _roles(
        "Marta Quillby lashed out at rivals inside her party on Sunday. "
        "The Green Alliance leader said she would not resign."
    )
    assert roles["Marta Quillby"] == "Green Alliance leader"


def test_after_a_fronted_phrase_or_as_one_of_two_subjects() -> None:
    roles = _roles(
        "Owen Pembleton has made rents the centre of his campaign. "
        "At a rally in the north on Monday, the Reform Party leader attacked the record of the government."
    )
    assert roles["Owen Pembleton"] == "Reform Party leader"
    roles = _roles(
        "Dalia Venn is losing the support of her own MPs, a senior colleague says. "
        "The Prime Minister and her deputy have begun meeting them one by one."
    )
    assert roles["Dalia Venn"] == "Prime Minister"


def test_near_misses_keep_their_old_reading() -> None:
    # an office that reports on the named person rather than naming them again
    roles = _roles("Perrin Holt was cleared of fraud on Friday. The prosecutor has said he will appeal.")
    assert roles.get("Perrin Holt") is None
    # two people named before: "the treasurer" could be either
    roles = _roles("Tobias Wrenfield met Marta Quillby in the capital on Monday. The treasurer said the talks went well.")
    assert roles.get("Tobias Wrenfield") is None and roles.get("Marta Quillby") is None
    # the person does not open the sentence (the one described may be someone else)
    roles = _roles("Critics rounded on Tobias Wrenfield on Monday. The treasurer has been answering questions.")
    assert roles.get("Tobias Wrenfield") is None
    # a role given in the article already stays
    roles = _roles("Pensions minister Tobias Wrenfield has rejected the report. The treasurer has said nothing since.")
    assert roles["Tobias Wrenfield"] == "Pensions minister"
    # "the" and a thing, not an office
    roles = _roles("Tobias Wrenfield has rejected the report. The budget has been defended by the whole cabinet.")
    assert roles.get("Tobias Wrenfield") is None


def test_an_office_the_opener_met_in_her_own_sentence_is_someone_else() -> None:
    # The next sentence's "the governor" is the governor Lia Dunn visited, not Lia Dunn.
    roles = _roles("Lia Dunn visited the governor in Fernhill on Monday. The governor said the talks went well.")
    assert roles.get("Lia Dunn") is None
    roles = _roles("Lia Dunn visited the harbour in Fernhill on Monday. The governor said the talks went well.")
    assert roles["Lia Dunn"] == "governor"


def test_one_sentence_of_background_may_stand_between_the_name_and_the_office() -> None:
    roles = _roles(
        "Caspar Mellory has said the final scoreboard is not what matters to him. "
        "Ireland finished 14th in Saturday's final, its best result in six years. "
        "The singer caused a stir abroad after he chose two dancers for the song."
    )
    assert roles["Caspar Mellory"] == "singer"


def test_the_sentence_between_keeps_the_office_from_the_name_when_it_names_or_holds_someone() -> None:
    # a person named in between could be the one the office describes
    roles = _roles(
        "Caspar Mellory has said the result does not matter. Tilda Brace disagreed on Sunday. "
        "The singer caused a stir abroad after the show."
    )
    assert roles.get("Caspar Mellory") is None
    # the sentence between speaks of a singer: the office may be that one
    roles = _roles(
        "Caspar Mellory has said the result does not matter. A singer from the north won the vote. "
        "The singer caused a stir abroad after the show."
    )
    assert roles.get("Caspar Mellory") is None
    # two sentences between: too far to tell
    roles = _roles(
        "Caspar Mellory has said the result does not matter. Ireland finished 14th. The vote was close. "
        "The singer caused a stir abroad after the show."
    )
    assert roles.get("Caspar Mellory") is None


def test_the_named_subject_need_not_open_its_sentence() -> None:
    # the name after a fronted phrase, as the subject of a clause inside the sentence, or by surname alone
    roles = _roles(
        "After a late vote in the assembly, Bram Tollery thanked his staff. "
        "The Labour governor promised more money for schools."
    )
    assert roles["Bram Tollery"] == "Labour governor"
    roles = _roles(
        "Supporters fear Kester Vaine will be out until the spring. "
        "The Rovers striker picked up a knee injury in training on Friday."
    )
    assert roles["Kester Vaine"] == "Rovers striker"
    roles = _roles(
        "Odile Prenter opened the scoring after ten minutes. However Prenter, in only her third game, "
        "also hit the winner. The Harbour City midfielder had found the net late in the last game too."
    )
    assert roles["Odile Prenter"] == "Harbour City midfielder"


def test_a_description_set_off_by_who() -> None:
    roles = _roles(
        "Lucan Derrow says fame is a burden. "
        "The film star – who lives on a farm abroad – rarely gives interviews now."
    )
    assert roles["Lucan Derrow"] == "film star"
    roles = _roles(
        "Lucan Derrow says fame is a burden. The veteran singer, who turns 60 this year, plans one more tour."
    )
    assert roles["Lucan Derrow"] == "veteran singer"


def test_an_object_or_a_name_before_no_verb_is_no_subject() -> None:
    # the person is an object ("against"), or is followed by a possessive or "this": the one described may differ
    roles = _roles("The home side won 2-1 against Kester Vaine on Sunday. The Rovers striker was not happy.")
    assert roles.get("Kester Vaine") is None
    roles = _roles("Critics rounded on Kester Vaine this week. The Rovers striker was not happy.")
    assert roles.get("Kester Vaine") is None
    roles = _roles("The deal was agreed with Kester Vaine's agent. The Rovers striker will join next month.")
    assert roles.get("Kester Vaine") is None


def test_four_words_before_the_noun_and_an_age_in_brackets() -> None:
    roles = _roles(
        "Judges expect Niamh Corrigan will go far in the contest. "
        "The former Kessby Choir folk singer (31) has entered twice before."
    )
    assert roles["Niamh Corrigan"] == "former Kessby Choir folk singer"
    # five words: too long to be sure it is one description
    roles = _roles(
        "Judges expect Niamh Corrigan will go far in the contest. "
        "The new and much loved Kessby folk singer has entered twice before."
    )
    assert roles.get("Niamh Corrigan") is None
