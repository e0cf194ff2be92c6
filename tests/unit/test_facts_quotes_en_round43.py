"""English quotes and speakers, round 43: shapes seen on an unseen check of US election news of 2016 (PolNeAR texts
with hand-made gold, half A), each in two texts or more. Every test is written again with made-up names and
sentences; the real text stays out of the repository."""

from __future__ import annotations

from tests.unit.quote_case_checks import said

_DOCKS = "Mayor Brack faces the dock workers\n\nMayor Tom Brack spoke to dock workers in Kessby on Monday.\n\n"


def test_the_people_an_owner_has_speak_not_the_owner() -> None:
    # (a colon's introduction whose subject is the owner's plural people and the writer's own verb)
    text = (
        _DOCKS
        + 'At the meeting, Brack\'s two oldest callers were split between anger and worry: "Why close the docks?"'
    )
    assert said(text, "en")[-1][1] == "Brack's two oldest callers"
    text = _DOCKS + 'Brack\'s neighbours were blunt about it: "Nobody here wants a bigger harbour at all."'
    assert said(text, "en")[-1][1] == "Brack's neighbours"


def test_a_body_named_after_what_an_owner_has_speaks() -> None:
    # (the owner's paper, named after a lower-case word: the paper wrote it)
    text = _DOCKS + (
        "The Kessby Gazette covered the meeting. Years ago, Brack's local paper the Kessby Gazette wrote: "
        '"The young councillor promised to keep every dock open until the fishing fleet had gone."'
    )
    assert said(text, "en")[-1][1] == "Kessby Gazette"


def test_near_miss_the_owner_speaks_when_the_owned_is_no_person_or_body() -> None:
    # (the owner's plan is no speaker: "Brack's plan was clear" leaves Brack, a singular holder is read elsewhere)
    text = _DOCKS + 'Brack\'s plan was clear enough to him: "We keep every dock open until the spring."'
    assert said(text, "en")[-1][1] == "Tom Brack"
    text = _DOCKS + 'Brack\'s spokesman Ian Dowd told reporters: "The mayor has not changed his mind."'
    assert said(text, "en")[-1][1] == "Ian Dowd"


_FARM = "Hale attacks market rules\n\nJon Hale, who runs the Kessby Farm Trust, spoke at a rally on Friday.\n\n"


def test_a_short_quoted_clause_after_said_that_and_its_subject_is_speech() -> None:
    # (the subject before the marks, the quoted words its verb, an auxiliary or modal; the writer's sentence goes on)
    text = _FARM + 'Hale, who once backed the rules, wrote on Sunday that growers "cannot sell at the market" any more.'
    assert said(text, "en")[-1] == ("cannot sell at the market", "Jon Hale")
    text = _FARM + (
        'Hale warned last week - not for the first time - that small growers "could not keep their stalls open" '
        "after the fee rise."
    )
    assert said(text, "en")[-1] == ("could not keep their stalls open", "Jon Hale")
    # (a clause of the speaker's own inside the marks, "we hear", after a long aside on the subject)
    text = _FARM + (
        "Hale, who has long doubted whether Roe's business ties let her judge the market fairly, said on Sunday "
        'that Roe "seems, we hear, a grower first."'
    )
    assert said(text, "en")[-1] == ("seems, we hear, a grower first", "Jon Hale")


def test_near_miss_a_term_or_the_writers_own_verb_in_marks_is_no_speech() -> None:
    # (a predicate noun in marks; a term after "that" and a determiner; a plural noun, no verb, after a subject)
    for line, words in (
        ('Hale said the new rule was "a plain disgrace."', "plain disgrace"),
        ('Hale added that the new "market rules" were written in a hurry.', "market rules"),
        ('The court stated that Hale\'s trust committed "breaches of the rules of the market".', "breaches"),
    ):
        assert not any(words in quote for quote, _ in said(_FARM + line, "en")), line
