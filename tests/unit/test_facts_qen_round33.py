"""English and Danish quotes and people, round 33: shapes read wrong on real sports, council, politics and TV pages
(written again with made-up names and sentences), each with near misses that must keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _speakers(paragraphs: list[str], language: str = "en") -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, language)]


# --- speaker_last_spoke: "he said" after a sentence whose first subject is not the one who spoke ------------------


def test_pronoun_after_a_comment_clause_is_the_one_commenting() -> None:
    paragraphs = [
        "Rovers lost 2-0 at home on Wednesday.",
        "Tom Ashby scored early before Dan Welk made it two after the break, with the home side, Brandt admits, "
        "simply not good enough.",
        '"It was the worst possible start," he told reporters.',
    ]
    assert _speakers(paragraphs) == ["Brandt"]
    # the one commenting is a person of the article now
    assert "Brandt" in {f.text for f in facts_of(paragraphs) if f.kind == "person"}


def test_pronoun_after_a_sentence_without_a_comment_clause_keeps_its_subject() -> None:
    paragraphs = [
        "Rovers lost 2-0 at home on Wednesday.",
        "Tom Ashby scored early before Dan Welk made it two after the break, with the home side simply not good "
        "enough.",
        '"It was the worst possible start," he told reporters.',
    ]
    assert _speakers(paragraphs) == ["Tom Ashby"]


def test_danish_pronoun_after_a_quoting_speech_act_is_its_subject() -> None:
    paragraphs = [
        "Det gik ikke efter planen i studiet tirsdag aften.",
        "Lise Brun måtte afbryde interviewet, inden Ole Vang rejste sig op og kaldte politikerne for 'klovne og "
        "bøller'.",
        "- Nu må I tage jer sammen, fortsatte han henvendt til seerne.",
    ]
    assert _speakers(paragraphs, "da")[-1] == "Ole Vang"


def test_a_speech_act_reported_inside_another_ones_words_stays_theirs() -> None:
    paragraphs = [
        "The council met on Monday.",
        "Tom Ashby said Dan Welk called the plan \"a farce\" at the meeting.",
        '"We will fight it," he said.',
    ]
    assert _speakers(paragraphs)[-1] == "Tom Ashby"


# --- speaker_quoted_names.role_recency: "the minister said" never goes back to a name inside a quote -----------------


def test_role_speaker_passes_over_a_holder_named_only_inside_a_quote() -> None:
    paragraphs = [
        "Transport Minister Ravi Mehta faced questions on Saturday.",
        "During an interview, Ravi Mehta was asked about the strike.",
        'He said, "Our Chief Minister Anil Deshpande and the cabinet are behind the workers."',
        'The newly appointed minister said, "It is the duty of the state to settle this."',
    ]
    assert _speakers(paragraphs)[-1] == "Ravi Mehta"


def test_role_speaker_still_goes_to_a_holder_named_outside_quotes() -> None:
    paragraphs = [
        "Transport Minister Ravi Mehta faced questions on Saturday.",
        "Chief Minister Anil Deshpande later met the unions.",
        'The minister said, "It is the duty of the state to settle this."',
    ]
    assert _speakers(paragraphs)[-1] == "Anil Deshpande"
