"""English quotes and speakers, round 46: a pronoun speaker whose sentence before names someone only after a
preposition, a colon inside brackets, a noun phrase after existential "there", and a question a crowd asks. Every
test is written with made-up names and sentences; the real text stays out of the repository."""

from __future__ import annotations

from briefing_app.core.facts.quote_generic_askers_en import question_people_ask
from briefing_app.core.facts.quote_phrases import phrase_not_clause
from briefing_app.core.facts.speaker_pronoun_passing_en import named_in_passing
from tests.unit.quote_case_checks import said

_OPENING = "Rowing trials end\n\nThe national rowing trials ended at Kelbrook Lake on Sunday.\n\n"


def test_a_pronoun_speaker_skips_a_name_her_sentence_only_passes() -> None:
    # ("X set a best. This ranks her behind Y." then 'She was thrilled, "..."': X speaks, not Y)
    text = _OPENING + (
        "In the single sculls Nora Pellew lowered her best time again. This ranks her third behind Greta Halloway. "
        'She was overjoyed, "I never expected to go this fast. I will sleep well tonight!"'
    )
    assert said(text, "en")[-1][1] == "Nora Pellew"


def test_a_colon_inside_brackets_is_no_label_before_the_subject() -> None:
    # ("X (coach: Y) won" then a pronoun quote: X, the subject, not the coach named after the bracket's colon)
    text = _OPENING + (
        "In the single sculls Nora Pellew (coach: Imogen Trask) lowered her best time again. "
        'She was overjoyed, "I never expected to go this fast. I will sleep well tonight!"'
    )
    assert said(text, "en")[-1][1] == "Nora Pellew"


def test_near_miss_a_name_that_is_the_subject_after_her_stays_the_speaker() -> None:
    # ("Her coach, Y, ..." names Y as the subject: the pronoun quote after it is still Y's)
    text = _OPENING + (
        "Nora Pellew lowered her best time again. Her coach, Imogen Trask, was pleased with the row. "
        'She was overjoyed, "We planned every stroke of it. The crew did the rest!"'
    )
    assert said(text, "en")[-1][1] == "Imogen Trask"


def test_named_in_passing_reads_the_pronoun_and_the_prepositions() -> None:
    sentence = "This ranks her third behind Greta Halloway."
    assert named_in_passing(sentence, [sentence.index("Greta")], "f")
    assert not named_in_passing(sentence, [sentence.index("Greta")], "m")  # (no "he" or "his" before the name)
    sentence = "Her coach, Imogen Trask, was pleased."
    assert not named_in_passing(sentence, [sentence.index("Imogen")], "f")  # (the subject, no preposition)
    sentence = "She beat Greta Halloway to the line."
    assert not named_in_passing(sentence, [sentence.index("Greta")], "f")  # (a verb's object, left as it was)


def test_a_noun_phrase_after_existential_there_is_no_speech() -> None:
    text = _OPENING + 'The umpire quipped that there were "waves so big you could surf them."'
    assert said(text, "en") == []
    assert phrase_not_clause("He quipped that there were", "waves so big you could surf them.")
    assert phrase_not_clause("She said there will be", "boats nobody has seen before")


def test_near_miss_a_clause_after_there_or_the_speakers_own_words_stay_speech() -> None:
    # (the speaker's own "I" or "we" in the marks, or "there" inside them, keep them a clause)
    assert not phrase_not_clause("He quipped that there was", "nothing I could do about the wind")
    assert not phrase_not_clause("He said that", "there were waves so big you could surf them")
    text = _OPENING + 'The umpire Carl Denny said: "There were waves so big you could surf them."'
    assert said(text, "en") == [("There were waves so big you could surf them", "Carl Denny")]


def test_a_question_a_crowd_asks_is_no_speech() -> None:
    text = _OPENING + (
        'Visitors to the lake are curious. People often ask me "how cold does the water get out there in the early '
        'days of May".'
    )
    assert said(text, "en") == []
    assert question_people_ask("Fans always ask us: “")
    assert question_people_ask('And everyone wonders, "')


def test_near_miss_a_named_or_definite_asker_keeps_the_question() -> None:
    assert not question_people_ask('Carl Denny asked me "')
    assert not question_people_ask('The judges asked him: "')
    text = _OPENING + 'The umpire Carl Denny asked the crews: "Is everyone ready to go?"'
    assert said(text, "en") == [("Is everyone ready to go?", "Carl Denny")]
