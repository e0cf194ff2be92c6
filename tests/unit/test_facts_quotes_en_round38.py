"""English quotes, speakers, people and roles, round 38: shapes seen on at least two outlets while reading whole
real English news pages nobody here had tuned on (police appeals, court copy, health rows, sport, vigils; the
search tool's stored pages, annotated by hand first). Every test is written again with made-up names and
sentences; the real text stays out of the repository."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles, quotes_of
from tests.unit.quote_case_checks import said


def test_a_clerics_rev_between_a_role_and_the_name_is_no_person_and_keeps_the_role() -> None:
    roles = people_roles(["Health row", "The plan was attacked by party health spokesman Rev. Tom Weller on Monday."])
    assert "Rev" not in roles
    assert roles["Tom Weller"] is not None and "spokesman" in roles["Tom Weller"]
    roles = people_roles(["Vigil", "The prayers were led by church elder the Rev. Jane Roe on Sunday."])
    assert "Rev" not in roles
    assert roles["Jane Roe"] is not None and "elder" in roles["Jane Roe"]
    # (near miss: "Dr." in the same place was read so before, and a name with no role before it gets none)
    roles = people_roles(["Health row", "The plan was attacked by party health spokesman Dr. Tom Weller on Monday."])
    assert roles["Tom Weller"] is not None and "spokesman" in roles["Tom Weller"]
    roles = people_roles(["Vigil", "The prayers were led by Rev. Jane Roe on Sunday."])
    assert "Rev" not in roles and "Jane Roe" in roles


def test_quoted_words_continuing_the_writers_copula_or_have_are_a_phrase_whatever_clause_they_hold() -> None:
    # (after "had": the participle and the clause it governs are the rest of the writer's verb)
    assert (
        quotes_of(["Vote row", 'Ms Roe said the ministers had "concluded they are losing this vote", causing anger.'])
        == []
    )
    # (after "was" or "could be": a predicate whose finite verbs stand in a clause inside it)
    assert (
        quotes_of(["Vote row", 'Ms Roe said the mayor was "sitting on her hands in the hope that you stay home".'])
        == []
    )
    assert (
        quotes_of(
            ["Storm", 'Forecaster Tom Weller said the storm could be "nothing next to what\'s coming on Sunday".']
        )
        == []
    )
    # (near miss: the finite verb inside the marks makes the words a clause the speaker said)
    said_clause = quotes_of(["Vote row", 'Ms Roe said the plan "was never agreed and they know it".'])
    assert len(said_clause) == 1
    said_first = quotes_of(["Vote row", 'Ms Jane Roe said: "The ministers had concluded they are losing this vote."'])
    assert len(said_first) == 1


def test_a_phrase_quoted_in_passing_inside_the_introduction_leaves_its_subject_the_speaker() -> None:
    text = (
        "Campaign\n\n"
        "Tory leader Jane Roe spoke in Tolvik on Friday.\n\n"
        "Addressing supporters in Tolvik, Ms Roe said that the mayor was "
        '"sitting on her hands in the hope that you keep quiet" and said: '
        '"If you stay at home, you send her the wrong message."'
    )
    assert said(text, "en")[-1][1] == "Jane Roe"
    # (near miss: a new sentence with its own named subject introduces the quote)
    text = (
        "Campaign\n\n"
        "Tory leader Jane Roe spoke in Tolvik on Friday.\n\n"
        'Addressing supporters in Tolvik, Ms Roe said the mayor "had failed". Councillor Tom Weller said: '
        '"If you stay at home, you send her the wrong message."'
    )
    assert said(text, "en")[-1][1] == "Tom Weller"


def test_names_inside_the_fronted_occasion_or_participle_are_spoken_of_not_the_pronouns_antecedent() -> None:
    text = (
        "Interview\n\n"
        'In an interview with the Herald in which he calls Mr Weller a "tired leader", Mr Roe says he can still win.'
        "\n\n"
        "But he admits the task has been made harder.\n\n"
        '"We have not been able to get our message across," he says.'
    )
    assert said(text, "en")[-1][1] == "Roe"
    text = (
        "Campaign\n\n"
        'Attacking Mr Weller personally, Mr Roe accused him of having "lost the plot"\n\n'
        '"And he has only taken a stand on one thing. He could not even tell the truth about that."'
    )
    assert said(text, "en")[-1][1] == "Roe"
    # (near miss: with no fronted phrase the sentence's subject, named first, is the antecedent)
    text = (
        "Interview\n\n"
        'Mr Weller told the Herald that Ms Roe was a "tired leader" who could not win.\n\n'
        '"We have not been able to get our message across," he says.'
    )
    assert said(text, "en")[-1][1] == "Weller"


def test_a_fronted_question_participle_or_reported_clause_before_the_name_is_no_role() -> None:
    roles = people_roles(
        ["Leadership", 'Asked if the party should replace Mr Weller with a younger leader, Mr Roe said: "No."']
    )
    assert roles["Roe"] is None
    roles = people_roles(["Leadership", "General elections were all about trust, Roe said on Monday."])
    assert roles["Roe"] is None
    roles = people_roles(["Leadership", "Attacking Mr Weller personally, Mr Roe accused him of lying."])
    assert roles["Roe"] is None and roles["Weller"] is None
    # (near miss: a noun phrase set off before the name, with a relative clause of its own, is the role)
    roles = people_roles(["Leadership", "The councillor who was chair until May, Tom Bell, said he was sad."])
    assert roles["Tom Bell"] is not None and "councillor" in roles["Tom Bell"]
    roles = people_roles(["Leadership", "Former party chairman, Tom Bell said he was sad."])
    assert roles["Tom Bell"] is not None and "chairman" in roles["Tom Bell"]
    # (near miss: inside the question, an apposition set off on both sides keeps its role)
    roles = people_roles(
        [
            "Leadership",
            "Asked if he had lied - a question dodged by the party chairman, Tom Bell, on Monday - Mr Roe said no.",
        ]
    )
    assert roles["Tom Bell"] is not None and "chairman" in roles["Tom Bell"]


def test_it_said_and_the_statement_said_go_back_to_the_body_that_opened_its_statement() -> None:
    text = (
        "Drone row\n\n"
        "The Foreign Office of Ruritania has rejected remarks by a neighbouring minister.\n\n"
        "In a statement, the Foreign Office said it rejects the misleading statement by Interior Minister Tom Weller "
        "about the attack.\n\n"
        '"Once again, serious allegations have been made without evidence," it said.\n\n'
        '"This is a familiar ploy to shift the blame," the statement said.'
    )
    speakers = said(text, "en")
    assert speakers[-2][1] is not None and "Foreign Office" in speakers[-2][1]
    assert speakers[-1][1] is not None and "Foreign Office" in speakers[-1][1]
    text = (
        "Aid row\n\n"
        "Ruritania's Ministry of Foreign Affairs rejected the statement issued by the donors.\n\n"
        "In a press release it issued Saturday, the Ministry said the donors had failed to see the steps taken.\n\n"
        "The Government of Ruritania has made enormous progress, according to the statement.\n\n"
        '"These steps are visible for all to see," it said.'
    )
    assert said(text, "en")[-1][1] == "Ministry of Foreign Affairs"
    # (near miss: the body opening the sentence before in its own words speaks)
    text = (
        "Aid row\n\n"
        "Ruritania's Ministry of Foreign Affairs rejected the statement issued by the donors.\n\n"
        "The Government of Ruritania has made enormous progress, its spokesman told reporters.\n\n"
        "The Harbour Trust has welcomed the steps.\n\n"
        '"These steps are visible for all to see," it said.'
    )
    assert said(text, "en")[-1][1] == "Harbour Trust"
