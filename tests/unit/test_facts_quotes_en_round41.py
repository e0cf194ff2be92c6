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
    text = _OPENING + '"He keeps repeating a charge nobody believes," Ward press secretary Anna Reed said on Friday.'
    assert said(text, "en")[-1][1] == "Anna Reed"
    text = _OPENING + '"October was a good month for him," said former Ward adviser Ian Moss.'
    assert said(text, "en")[-1][1] == "Ian Moss"
    # (one who stands with the employer without a job: an ally)
    text = _OPENING + '"I have known the mayor since our school days," said Ward ally James Carr.'
    assert said(text, "en")[-1][1] == "James Carr"
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


_HALL = "Ward faces questions at town hall\n\nMayor Tom Ward held a town hall in Millbrook on Tuesday about the harbour.\n\n"


def test_a_sentence_opening_with_no_subject_in_it_names_no_speaker() -> None:
    # (a conjunction, or a preposition and its object, cut off before the subject is nobody's name)
    text = _HALL + 'But, said Lee, "I will not pick a quarrel over the harbour before the vote is held."'
    assert said(text, "en")[-1][1] != "But"
    text = _HALL + (
        "Between Friday night and Sunday noon, the mayor sent out a dozen posts on the harbour plan: "
        '"The vote on the harbour is rigged and everybody knows it!"'
    )
    assert not str(said(text, "en")[-1][1]).startswith("Between")
    text = _HALL + (
        "Despite what he wrote in the council report about the plan, Ann Lee said she "
        '"could still back it, since the rival plan is weaker on the docks."'
    )
    assert not str(said(text, "en")[-1][1]).startswith("Despite")


def test_a_fronted_phrase_and_its_comma_before_an_unnamed_subject_leave_the_subject() -> None:
    text = _HALL + (
        "In March, a man in the crowd at a Ward rally in Tolvik asked him: "
        '"You say that every family should be heard on the harbour."'
    )
    assert said(text, "en")[-1][1] == "a man"
    text = _HALL + (
        "Likewise, a paper from the Harbour Institute had this to say about the plan: "
        '"Households with higher earnings would gain the most from the plan."'
    )
    assert said(text, "en")[-1][1] == "a paper from the Harbour Institute"


def test_near_miss_a_named_subject_after_a_fronted_phrase_speaks() -> None:
    text = _HALL + (
        "In December, Ann Lee of the harbour board asked him: "
        '"You say that every family should be heard on the harbour."'
    )
    assert said(text, "en")[-1][1] == "Ann Lee"
    # (and a name in the fronted phrase is not the speaker)
    text = _HALL + (
        "After the meeting with Ann Lee, the mayor told reporters: "
        '"You say that every family should be heard on the harbour."'
    )
    assert said(text, "en")[-1][1] == "Tom Ward"
    # (near miss: the name ends the phrase before the comma, and an appositive describes it)
    text = _HALL + (
        "In a guest post Ann Lee, co-founder of a harbour charity, writes in the Gazette: "
        '"You say that every family should be heard on the harbour."'
    )
    assert said(text, "en")[-1][1] == "Ann Lee"


def test_near_miss_a_pronoun_after_a_fronted_phrase_is_resolved_as_before() -> None:
    # (the fronted phrase is cut before a name or a noun phrase only: after "On Sunday, he told the press ...:" the
    # pronoun and its clause were the speaker; the readers of pronouns resolve "he" to the governor named before)
    text = (
        "Budget standoff goes on\n\nGovernor Tom Ward supported the bill.\n\n"
        "On Sunday, he told the press he would sign any budget the legislature sent him so long as the bill is passed "
        'as well: "If they send it to me with the clause, I will sign it. The shutdown would then be over."'
    )
    assert {speaker for _quote, speaker in said(text, "en")} == {"Tom Ward"}
