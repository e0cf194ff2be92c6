"""Quotes with the right speaker, round 10: classes of construction any English or Danish news story uses,
on sentences written for these tests with made-up names."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.people_index import PeopleIndex, Person
from briefing_app.core.facts.speakers import Speakers
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _quotes(paragraphs: list[str], language: str = "en") -> list[Fact]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    facts = extract_facts(build_document(article, language=language))
    return sorted((f for f in facts if f.kind == "quote"), key=lambda f: f.sentence)


def _speakers(paragraphs: list[str], language: str = "en") -> list[str | None]:
    return [q.speaker for q in _quotes(paragraphs, language)]


def _index(*people: Person) -> PeopleIndex:
    index = PeopleIndex()
    index.people.extend(people)
    return index


def test_a_surname_written_as_the_given_name_of_another_persons_full_name_does_not_name_its_owner() -> None:
    # "Halloun Karim Sadek": the people finder kept "Karim Sadek"; the "Halloun" before it is his first name,
    # not Mira Halloun, so "He" after it is Sadek
    mira, karim = Person("Mira Halloun", None, [0, 1]), Person("Karim Sadek", None, [1])  # (the finder saw both)
    text = {
        0: "The court also heard from Mira Halloun.",
        1: "Former army officer Halloun Karim Sadek was the third to be sentenced.",
        2: "He is reported to have said",
    }
    speakers = Speakers(_index(mira, karim), text)
    assert speakers.last_named(2) is karim


def test_a_surname_inside_another_persons_full_name_written_there_does_not_name_its_owner() -> None:
    # "Halloun Tovik" holds the surname "Halloun" but is not Mira Halloun
    mira, tovik = Person("Mira Halloun", None, [0, 1]), Person("Halloun Tovik", None, [1])
    text = {
        0: "The court also heard from Mira Halloun.",
        1: "Former army officer Halloun Tovik was the third to be sentenced.",
        2: "He is reported to have said",
    }
    assert Speakers(_index(mira, tovik), text).last_named(2) is tovik


def test_an_owner_before_what_it_owns_is_not_the_subject_a_pronoun_after_it_stands_for() -> None:
    mira, jonas = Person("Mira Halvorsen", None, [0, 1]), Person("Jonas", None, [1])
    text = {
        0: "Mira Halvorsen died in the flood last spring.",
        1: "Halvorsen's brother Jonas said the inquiry had come too late.",
        2: "He called it",
    }
    assert Speakers(_index(mira, jonas), text).last_named(2) is jonas


def test_a_danish_paragraph_looked_back_at_by_sadan_lod_det_fra_is_the_named_speakers_quote() -> None:
    speakers = _speakers([
        "Det er en rigtig god dag for hele byen.",
        "Sådan lød det fra Tolviks borgmester Mette Lykkegaard, da broen blev åbnet i går.",
    ], "da")  # fmt: skip
    assert speakers == ["Mette Lykkegaard"]


def test_a_danish_paragraph_before_det_siger_x_stays_reported_speech() -> None:
    # "Det siger X" also follows reported speech: without a dash the paragraph is no quote
    assert _quotes([
        "Kommunen skal spare ti millioner kroner på skolerne næste år.",
        "Det siger borgmester Mette Lykkegaard.",
    ], "da") == []  # fmt: skip


def test_an_acronym_speaking_after_its_definition_gives_the_bodys_name_and_the_acronym() -> None:
    speakers = _speakers([
        "Inspectors from the Tolvik Harbour Authority (THA) visited the pier on Monday.",
        'THA said in its report, "The pier was not safe for the public and should have been closed a year ago."',
    ])  # fmt: skip
    assert speakers == ["Tolvik Harbour Authority (THA)"]


def test_an_unnamed_subject_with_a_clause_about_a_named_person_speaks_not_the_person() -> None:
    speakers = _speakers([
        "Jonas Brekke, 58, was taken to hospital after the pier collapsed on Tuesday.",
        "While his colleagues declined to comment, a waiter at the Tolvik Harbour Hotel, who saw Brekke being "
        'carried away, said, "It all happened very quickly and nobody knew what to do."',
        'A woman who lives nearby, who did not want to be named, said: "The pier has been unsafe for years."',
    ])  # fmt: skip
    assert [s.lower() if s else s for s in speakers] == ["a waiter at the tolvik harbour hotel", "a woman"]


def test_a_name_before_the_description_still_speaks() -> None:
    speakers = _speakers([
        'Mira Halvorsen, an exiled journalist who was charged in absentia, wrote: "The courts are not free."',
    ])  # fmt: skip
    assert speakers == ["Mira Halvorsen"]


def test_a_capitalised_title_without_an_article_after_the_name_describes_the_speaker() -> None:
    speakers = _speakers([
        "The bill passed its first reading on Monday.",
        'Baroness Halvorsen of Tolvik, Leader of the Harbour Council, said: "We will deliver on our promise '
        'to reform the council."',
        'Jonas Brekke, Chief Executive of the Tolvik Water Board, said: "The rise in bills will pay for cleaner rivers."',
    ])  # fmt: skip
    assert [s.removesuffix(" of Tolvik") if s else s for s in speakers] == ["Baroness Halvorsen", "Jonas Brekke"]


def test_a_phrase_quoted_in_passing_before_and_said_leaves_the_clauses_subject_speaking() -> None:
    speakers = _speakers([
        'Jonas Brekke spoke first: "Those who back the plan have won the vote, and we accept it." '
        'Lord Halvorsen criticised "the complete rejection of any change" and said the plan "is built on '
        'pretence. It pretends that the harbour is safe."',
    ])  # fmt: skip
    assert speakers[-1] is not None and "Halvorsen" in speakers[-1]


def test_an_introduction_cut_after_to_opens_a_list_not_a_quote() -> None:
    assert _quotes([
        "Mira Halvorsen will lead the review of the Tolvik Water Board.",
        "The review is part of wider work by Mira Halvorsen to reform the board to:",
        "Boost private investment into the water sector, creating jobs and speeding up the delivery of new pipes.",
        "Cut waste across the whole region by reusing more materials and reducing the costs for every business.",
    ]) == []  # fmt: skip


def test_a_danish_dash_quote_ending_in_a_pronoun_and_its_listener_is_the_pronouns_antecedent() -> None:
    speakers = _speakers([
        "Jens Holmgaard er direktør i Tolvik Vand og bekymret for ledningerne.",
        "– Vi har aldrig set så mange brud på ledningerne som i år, siger han til Tolvik Avis.",
    ], "da")  # fmt: skip
    assert speakers == ["Jens Holmgaard"]


def test_a_parent_described_by_the_number_of_children_is_the_person_just_named() -> None:
    speakers = _speakers([
        "Mira Halvorsen lost her son in the fire at the Tolvik flats.",
        '"No parent should ever have to bury a child," the mother of three said.',
        "Jonas Brekke was pulled from the river on Sunday.",
        '"I thought I would never see my children again," the father-of-two told reporters.',
    ])  # fmt: skip
    assert speakers == ["Mira Halvorsen", "Jonas Brekke"]


def test_that_was_the_verdict_of_x_looks_back_at_the_words_before() -> None:
    speakers = _speakers([
        '"Nobody listened to us for twenty years." That was the verdict of Mira Halvorsen, who chairs the residents.',
    ])  # fmt: skip
    assert speakers == ["Mira Halvorsen"]


def test_the_agent_of_a_passive_of_announcing_before_a_colon_speaks() -> None:
    speakers = _speakers([
        "The Tolvik sailor Jonas Brekke died on Friday night at the age of 25.",
        "News of his death was announced by his family the following morning:",
        "It is with deep sadness that we tell you that Jonas passed away last night in hospital in Tolvik.",
    ])  # fmt: skip
    assert speakers == ["his family"]


def test_a_pronoun_opening_the_last_clause_speaks_and_finds_the_man_named_by_given_name() -> None:
    speakers = _speakers([
        "Jonas Brekke and Mira Brekke are accused of neglecting their daughter, Clara.",
        "Prosecutor Tomas Vale told the court the parents had ignored three doctors.",
        "Jonas' sister pleaded with him to take Clara to a doctor, but he replied "
        '"I am not able to do that, we trust our own remedies".',
    ])  # fmt: skip
    assert speakers == ["Jonas Brekke"]


def test_a_work_named_in_quote_marks_after_its_kind_or_a_headline_is_no_speech() -> None:
    assert _quotes([
        "Mira Halvorsen is the mayor of Tolvik.",
        'Her memoir, "how I lost a town and found myself again", will be published in May.',
        'The Tolvik TV documentary "Inside the Harbour: a year with the fishermen of the north" airs on Sunday.',
        'The paper ran the story under the headline "Tolvik\'s shame: how the council failed its children".',
    ]) == []  # fmt: skip


def test_the_verb_after_the_issuer_of_a_statement_is_no_part_of_its_name() -> None:
    speakers = _speakers([
        "A statement from Tolvik Council read:",
        "We are aware of the incident at the harbour and are working closely with the police.",
    ])  # fmt: skip
    assert speakers == ["Tolvik Council"]
