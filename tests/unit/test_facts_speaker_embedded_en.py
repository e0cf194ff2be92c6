"""speaker_embedded_en: a quote's introduction that ends in a clause of its own inside a longer one, as court and
interview copy reports an exchange ("He said Sgt Roe replied:", "Asked if she had signed it she said:", "... a
letter he wrote last May in which he wrote:"). The subject of the verb the colon closes speaks: not the
sentence's opening subject, and never the whole introduction. Made-up paragraphs, with near misses that keep their
old reading."""

from __future__ import annotations

from briefing_app.core.facts.quote_words import verbs_of
from briefing_app.core.facts.speaker_before import speaker_named_before
from briefing_app.core.facts.speaker_embedded_en import (
    fronted_question_subject,
    relative_clause_subject,
    reported_turn_subject,
)
from tests.unit.facts_helpers import quotes_of


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotes_of(["Local news", *paragraphs])}


def test_a_reported_turn_is_spoken_by_its_own_subject() -> None:
    speakers = _speakers(
        "Constable Rhys Partland told the tribunal that Sergeant Ola Wendt had mocked the complaint.",
        "He said Sgt Wendt replied: “Nobody upstairs will read it. We can forget about it.”",
    )
    assert "Wendt" in (speakers["Nobody upstairs will read it. We can forget about it."] or "")
    assert speaker_named_before("Partland said Inspector Moyle answered: ", "en") == "Inspector Moyle"


def test_a_single_clause_keeps_its_subject() -> None:
    # no second verb of saying before the colon: the opening subject speaks, as before
    assert speaker_named_before("Partland said: ", "en") == "Partland"
    assert speaker_named_before("Partland told the tribunal: ", "en") == "Partland"
    # a reported clause whose verb is no verb of a turn: not read as a second speaker
    assert reported_turn_subject("He said Wendt laughed: ", verbs_of("en")) is None


def test_a_fronted_question_without_its_comma_leaves_the_pronoun_speaking() -> None:
    speakers = _speakers(
        "Councillor Hedda Marsk denied that she had seen the tender before the vote.",
        "Asked if she had discussed it with the bidder she said: “I never met the man in my life.”",
    )
    assert speakers["I never met the man in my life."] == "Hedda Marsk"
    assert speaker_named_before("When asked whether the budget was safe she replied: ", "en") == "she"


def test_an_inverted_verb_first_introduction_keeps_its_reading() -> None:
    # 'Says one worker,' and 'Asked Jane Roe:' name the speaker after the verb, with no verb of their own
    assert speaker_named_before("Says one worker, ", "en") == "one worker"
    assert fronted_question_subject("one worker", verbs_of("en")) is None
    assert speaker_named_before("Asked about the delay, he said: ", "en") == "he"


def test_a_relative_clause_about_a_statement_names_its_maker() -> None:
    speakers = _speakers(
        "The court heard from Dorota Kvist, who kept the accounts at the depot for six years.",
        "Counsel for the firm next put to Ms Kvist a note she sent to detectives in 2019 in which "
        "she stated: “I signed whatever was put in front of me.”",
    )
    assert speakers["I signed whatever was put in front of me."] == "Dorota Kvist"


def test_a_relative_clause_without_a_verb_of_saying_is_not_read() -> None:
    assert relative_clause_subject("the meeting in which she voted against it: ", verbs_of("en")) is None
    assert relative_clause_subject("the statement which she signed: ", verbs_of("en")) is None


def test_a_source_quoted_as_saying_a_clause_speaks_its_quoted_end() -> None:
    speakers = _speakers(
        "The Weekly Lantern quoted a council insider as saying Mayor Tove Brisk “has lost the room and knows it”.",
    )
    assert speakers["has lost the room and knows it"] == "a council insider"
    assert speaker_named_before("The Lantern quoted Ida Fenn as saying the budget was “", "en") == "Ida Fenn"


def test_a_pronoun_quoted_as_saying_names_no_speaker_of_its_own() -> None:
    # (found on the test half at the round's end: "quoting them as saying" gave the speaker "them")
    speakers = _speakers(
        "Ola Brenner, the union's head, told reporters the crews had complained, quoting them as saying "
        "to the tower “you have put us far too close to that other flight tonight”.",
    )
    assert speakers["you have put us far too close to that other flight tonight"] == "Ola Brenner"


def test_quoted_as_saying_before_a_colon_keeps_its_reading() -> None:
    assert speaker_named_before("The Lantern quoted an aide as saying: ", "en") == "an aide"
    # a full stop between "quoted" and the introduction: another sentence's verb, not this quote's source
    assert speaker_named_before("The Lantern quoted the report. Then she said: ", "en") == "she"


def test_a_reported_clause_whose_second_verb_tells_the_reporter_is_its_subjects() -> None:
    speakers = _speakers(
        "Constable Rhys Partland gave evidence on the second day of the hearing at Tolworth.",
        "Partland told the tribunal that Sergeant Ola Wendt phoned him two days later and during that call told him: "
        "“Keep your head down and say nothing.”",
    )
    assert "Wendt" in (speakers["Keep your head down and say nothing."] or "")


def test_a_second_verb_that_may_be_the_reporters_own_keeps_its_reading() -> None:
    # "and added:" may go with the reporter's "said"; "and she added:" has a subject of its own
    assert speaker_named_before("Partland said that Wendt had left early and added: ", "en") == "Partland"
    assert speaker_named_before("Partland said that Wendt had left early and she added: ", "en") == "Partland"
