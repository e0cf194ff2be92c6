"""English and Danish quotes, people and roles, round 32: shapes that recurred on real council, police, court,
sports, business and celebrity pages (UK and US local papers, Danish police and tabloid copy), written again with
made-up names and sentences, each with near misses that must keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles, quotes_of


def _speakers(paragraphs: list[str], language: str = "en") -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker) for q in quotes_of(paragraphs, language)]


# --- Danish: the speaker after "siger" runs on into the writer's next clause ---------------------------------------


def test_danish_pronoun_speaker_before_a_comma_and_men() -> None:
    paragraphs = [
        "Vagtchef Ole Brink fra Sydsjællands Politi var på stedet.",
        "- Der er en mand, vi gerne vil tale med, siger Ole Brink.",
        "- Han er ikke sigtet for noget endnu, fortsætter han, men vil ikke sige, hvorfor politiet leder efter ham.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Ole Brink", "Ole Brink"]


def test_danish_definite_role_speaker_before_a_relative_clause() -> None:
    paragraphs = [
        "Vestegnens Politi bekræfter anholdelsen.",
        "- Vi har anholdt en mand i en udenlandsk bil, siger vicepolitiinspektør Hans Dal.",
        "- Baggrunden er hans adfærd ved retten, siger vicepolitiinspektøren, der ikke vil uddybe sagen.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Hans Dal", "Hans Dal"]


def test_danish_given_name_speaker_before_og_and_a_second_verb() -> None:
    paragraphs = [
        "Fredag aften var Signe Vammen fra tv-serien i byen med sine kollegaer.",
        "- Jeg havde en hyggelig aften, da der pludselig var en, der råbte efter mig, siger Signe og tilføjer, at "
        "hun bare gik.",
        "- Jeg var helt i chok. Det var først dagen efter, jeg blev ked af det.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Signe Vammen", "Signe Vammen"]


def test_danish_speaker_before_og_and_a_possessive_keeps_its_reading() -> None:
    # near miss: "og hans kone" is a second speaker, not a second verb; the full name is read as before
    paragraphs = ["Jens Holm bor i byen.", "- Vi er klar til at flytte, siger Jens Holm og hans kone."]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Jens Holm"]


# --- Danish feminine role nouns in -inde ----------------------------------------------------------------------------


def test_danish_feminine_role_noun_is_a_role_and_resolves_its_holder() -> None:
    paragraphs = [
        "Skuespillerinden Hanne Borg forstår ikke kritikken.",
        "- Det var mærkeligt at blive kaldt dement, siger skuespillerinden.",
    ]
    assert people_roles(paragraphs, "da").get("Hanne Borg") == "Skuespillerinden"
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Hanne Borg"]


def test_a_word_in_inde_that_is_no_role_gives_none() -> None:
    # near miss: "veninde" (a friend) ends in -inde, but "ven" is no listed role
    paragraphs = ["Hendes veninde Lise Berg kom også forbi."]
    assert people_roles(paragraphs, "da").get("Lise Berg") != "veninde"


# --- Danish: a short verb-second narration sentence whose named subject ends it ------------------------------------


def test_dash_paragraph_after_an_inverted_named_subject_is_theirs() -> None:
    paragraphs = [
        "Skuespiller Mads Kjær blev kritiseret efter interviewet.",
        "Også det kritiserer Mads Kjær.",
        "- Det har været en meget underlig oplevelse for mig. Det er mærkeligt at blive kaldt gammel.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Mads Kjær"]


def test_an_inverted_sentence_with_its_own_pronoun_subject_names_an_object() -> None:
    # near miss: "mødte han Mads Kjær": the pronoun before the name is the subject, the name an object
    paragraphs = [
        "Borgmester Ulla Vang var også til stede.",
        "I går mødte han Mads Kjær.",
        "- Det har været en meget underlig oplevelse for mig. Det er mærkeligt at blive kaldt gammel.",
    ]
    assert "Mads Kjær" not in [s for _, s in _speakers(paragraphs, "da")]


# --- English: "can be heard telling the council" on a recording -----------------------------------------------------


def test_a_recorded_unnamed_speaker_telling_a_listener() -> None:
    paragraphs = [
        "Council leader Tom Rudd made the remark after a heated meeting.",
        "On a recording, a resident can be heard telling the council \u201cyou have no say in this, the minister "
        "has her eye on it\u201d.",
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["a resident"]


def test_a_named_speaker_can_be_heard_saying() -> None:
    # near miss: the named subject of "can then be heard saying:" keeps the quote
    paragraphs = [
        "Council leader Tom Rudd made the remark after a heated meeting.",
        "Mr Rudd can then be heard saying: \u201cPeople here are so against everything\u201d.",
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Tom Rudd"]
