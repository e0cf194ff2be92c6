"""English quotes and speakers, round 45: the speaker of a quote whose own attribution is a pronoun or nothing, as
US political copy and British pages write it (the A halves of the round-43 to round-45 probes). Every test is
written again with made-up names and sentences; the real text stays out of the repository."""

from __future__ import annotations

from tests.unit.quote_case_checks import said

_OPENING = "Harbour levy splits council\n\nThe council met on Tuesday to weigh a levy on moorings at Kelbrook.\n\n"


def test_a_quote_after_an_inverted_attribution_with_a_description_is_its_speaker() -> None:
    # ('..., said X, a job.' then a bare quote: X goes on, not the first name of the reported speech)
    text = _OPENING + (
        "Boat owners fear the levy will drive trade to Marlow Quay, where Simon Pratt keeps his fleet, said "
        'Ruth Ellery, chair of the moorings association. "Nobody here can pay twice."'
    )
    assert said(text, "en")[-1][1] == "Ruth Ellery"


def test_near_miss_a_bare_quote_after_reported_speech_with_no_attribution_stays_with_its_subject() -> None:
    text = _OPENING + (
        "Councillor Ruth Ellery told the meeting that boat owners would move to Marlow Quay, where Simon Pratt "
        'keeps his fleet. "Nobody here can pay twice."'
    )
    assert said(text, "en")[-1][1] == "Ruth Ellery"
    # (a clause after "said", not a name: the one who said it, named first, goes on)
    text = _OPENING + (
        "Ruth Ellery, who chairs the moorings association, said she had never met Simon Pratt, the quay's owner. "
        '"Nobody here can pay twice."'
    )
    assert said(text, "en")[-1][1] == "Ruth Ellery"


def test_according_to_a_source_opening_the_sentence_before_a_pronoun_is_the_speaker() -> None:
    # ("According to X, ... Y's plan ..." then '"...," he said.': X goes on, Y is only spoken of)
    text = _OPENING + (
        "Harbourmaster Dean Colley said the levy was drafted in haste. Councillor Oliver Brandt voted against it.\n\n"
        "According to Brandt, most members never read Colley's costings.\n\n"
        '"We were handed forty pages an hour before the vote," he said.'
    )
    assert said(text, "en")[-1][1] == "Oliver Brandt"


def test_near_miss_according_to_a_document_leaves_the_sentence_subject() -> None:
    text = _OPENING + (
        "Councillor Oliver Brandt voted against it.\n\n"
        "According to the minutes, Dean Colley defended the costings for an hour.\n\n"
        '"We were handed forty pages an hour before the vote," he said.'
    )
    assert said(text, "en")[-1][1] == "Dean Colley"


def test_a_name_qualifying_a_post_before_its_holder_is_not_the_pronoun() -> None:
    # ("Velt spokesman Ann Roe would not say ..." then "he said": the spokesman, not the one he speaks for)
    text = _OPENING + (
        "Brandt spokesman Colin Tarrant would not say when the levy will return to the chamber.\n\n"
        '"There is nothing new to share this week," he said.'
    )
    assert said(text, "en")[-1][1] == "Colin Tarrant"
    # (a possessive body before a two-word post: "Velt's general secretary Ann Roe said ...")
    text = _OPENING + (
        "Kelbrook Boatmen's general secretary Colin Tarrant said members had not yet seen a revised offer.\n\n"
        '"Until the figures change, the boats stay tied up," he said.'
    )
    assert said(text, "en")[-1][1] == "Colin Tarrant"


def test_near_miss_a_subject_who_speaks_to_a_holder_stays_the_pronoun() -> None:
    # (a verb between the name and the post: Brandt acts, the holder is his object)
    text = _OPENING + (
        "Councillor Oliver Brandt phoned harbour spokesman Colin Tarrant on Monday night.\n\n"
        '"There is nothing new to share this week," he said.'
    )
    assert said(text, "en")[-1][1] == "Oliver Brandt"
