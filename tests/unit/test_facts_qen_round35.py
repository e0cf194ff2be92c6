"""English quotes, people and roles, round 35 (k-qen33): shapes read wrong on real politics, police, court and
disaster pages (written again with made-up names and sentences), each with near misses that must keep their old
reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _speakers(paragraphs: list[str], language: str = "en") -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, language)]


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs) if f.kind == "person"}


# --- speaker_pronoun_narration_en: a quotation alone after "..., he said ..." naming someone else ------------------


def test_quotation_after_a_fronted_participle_and_he_said_is_the_pronouns() -> None:
    paragraphs = [
        "Housing minister Karl Dunmore on Monday said the rival parties had no plan for rents.",
        "Replying to questions at a briefing chaired by Premier Ola Brandt, he said the rivals lacked leadership. "
        '"They can offer their members only empty promises."',
    ]
    assert _speakers(paragraphs) == ["Karl Dunmore"]


def test_quotation_after_he_recalled_that_someone_else_acted_is_the_pronouns() -> None:
    paragraphs = [
        "Housing minister Karl Dunmore on Monday said the rival parties had no plan for rents.",
        "He recalled that party chief Ola Brandt had marched on the capital in his first year. "
        '"Ever since then, he has been setting deadlines."',
    ]
    assert _speakers(paragraphs) == ["Karl Dunmore"]


def test_quotation_after_a_named_subject_stays_that_subjects() -> None:
    # near miss: the sentence before has a name for its subject, who is the speaker
    paragraphs = [
        "Housing minister Karl Dunmore on Monday said the rival parties had no plan for rents.",
        "Party chief Ola Brandt said the minister had misled the chamber. "
        '"Ever since then, he has been setting deadlines for us."',
    ]
    assert _speakers(paragraphs) == ["Ola Brandt"]


def test_quotation_after_a_fronted_name_then_a_named_subject_is_the_subjects() -> None:
    # near miss: a fronted clause names one person, the main clause another by name
    paragraphs = [
        "Housing minister Karl Dunmore on Monday said the rival parties had no plan for rents.",
        "Replying to questions from Karl Dunmore, Ola Brandt said the rivals lacked leadership. "
        '"They can offer their members only empty promises."',
    ]
    assert _speakers(paragraphs) == ["Ola Brandt"]
