"""English quotes and speakers, round 41: shapes seen on an unseen check of US election news of 2016 (PolNeAR, its
half A: articles of several publishers), each in three articles or more. Every test is written again with made-up
names and sentences; the real text stays out of the repository."""

from __future__ import annotations

from tests.unit.quote_case_checks import said

_OPENING = "Judge rejects suit against Ward\n\nA judge rejected a new lawsuit against Tom Ward, the candidate for governor.\n\n"


def test_an_employer_written_before_a_job_and_a_full_name_is_not_the_speaker() -> None:
    # (US copy names whom a lawyer, aide or spokesman works for before the job, with no possessive: the holder speaks)
    text = _OPENING + '"We are pleased with the careful decision," Ward lawyer Peter Glass said.'
    assert said(text, "en")[-1][1] == "Peter Glass"
    text = _OPENING + '"This is the same attack he made last week," Ward press secretary Anna Reed said on Friday.'
    assert said(text, "en")[-1][1] == "Anna Reed"
    text = _OPENING + '"October was a good month for him," said former Ward adviser Ian Moss.'
    assert said(text, "en")[-1][1] == "Ian Moss"
    # (a capitalised job after a lower-case word: "campaign Chairman")
    text = _OPENING + '"We want a leader who represents the platform," Ward campaign Chairman Tom Fry said.'
    assert said(text, "en")[-1][1] == "Tom Fry"


def test_near_miss_the_owner_who_speaks_to_a_holder_is_the_speaker() -> None:
    # (a verb between the name and the job: Ward speaks, to the host or of the aide)
    text = _OPENING + 'Ward told radio host Ian Moss, "The ruling changes nothing at all for us."'
    assert said(text, "en")[-1][1] == "Tom Ward"
    text = _OPENING + '"The ruling changes nothing at all for us," Ward told reporter Ian Moss.'
    assert said(text, "en")[-1][1] == "Tom Ward"


_RALLY = "Ward wins backing of harbour donors\n\nMayor Tom Ward met donors on Monday to discuss the harbour plan.\n\n"


def test_a_fronted_phrase_of_time_or_place_before_the_subject_is_no_speaker() -> None:
    # ("Hours later, X ..., telling reporters, "..."": the subject after the fronted phrase speaks)
    text = _RALLY + (
        "Hours later, Ward returned the compliment to the donors, telling reporters, "
        '"These people have been friends of the harbour for a long time."'
    )
    assert said(text, "en")[-1][1] == "Tom Ward"
    text = _RALLY + (
        "But a few days later, Ward reversed himself again, telling a radio station, "
        '"The plan is not going to happen this year at all."'
    )
    assert said(text, "en")[-1][1] == "Tom Ward"
    text = _RALLY + (
        "Here in Millbrook, Ward stepped up his criticism of the council, saying, "
        '"We have got to build the new harbour wall before winter."'
    )
    assert said(text, "en")[-1][1] == "Tom Ward"


def test_near_miss_a_subject_that_says_when_keeps_its_name() -> None:
    # (the name opens the clause and "later" ends it: the name is the subject, not a fronted phrase)
    text = _RALLY + (
        "Ann Lee, the harbour master, arrived two hours later, telling reporters, "
        '"The donors have been friends of the harbour for a long time."'
    )
    assert said(text, "en")[-1][1] == "Ann Lee"


def test_near_miss_two_people_joined_by_and_keep_the_first() -> None:
    text = _OPENING + '"We will appeal the ruling next week," said Tom Ward and campaign manager Ian Moss.'
    assert said(text, "en")[-1][1] != "Ian Moss"
