"""English people, roles and quotes, twenty-seventh round: classes found on local fire, police, business, statehouse
and school-board pages nobody here had tuned on (read whole, people and quotes written down by hand first). Each
class is written again with made-up sentences, with look-alikes that must keep their old reading. Every sentence,
body and name is made up."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import people_roles, quotes_of


# A job and "for"/"to" before a body's whole title and a name: the title is the name's, the job someone else's.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("A spokesman for Senate Majority Leader Tom Weller said the bill had not been scheduled.", "Tom Weller",
         "Senate Majority Leader"),
        ("An aide to House Speaker Ann Moss said the vote was delayed.", "Ann Moss", "House Speaker"),
        ("A lawyer for City Council President Max Holm declined to comment.", "Max Holm", "City Council President"),
    ],
)  # fmt: skip
def test_a_job_for_a_titled_name_is_not_the_names_role(text: str, name: str, role: str) -> None:
    assert people_roles([text])[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # near misses: a job and what it is of, before a name with no title of its own, is the name's role
        ("The ambassador to Japan Ruth Miller said the talks went well.", "Ruth Miller", "ambassador to Japan"),
        ("The deputy director of the Water Board Lina Marsh resigned on Monday.", "Lina Marsh",
         "deputy director of the Water Board"),
    ],
)  # fmt: skip
def test_a_job_of_a_body_before_a_name_stays_its_role(text: str, name: str, role: str) -> None:
    assert people_roles([text])[name] == role


# A weekday ending a fronted adverbial right before a capitalised title is no part of the title.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("On Thursday Governor Tom Weller traveled to Kessby to meet the family.", "Tom Weller", "Governor"),
        ("On Monday Mayor Ann Moss opened the new bridge.", "Ann Moss", "Mayor"),
        # near miss: a time noun already ended the adverbial before this round
        ("Last week Governor Max Holm signed the bill.", "Max Holm", "Governor"),
    ],
)  # fmt: skip
def test_a_weekday_before_a_title_is_not_the_role(text: str, name: str, role: str) -> None:
    assert people_roles([text])[name] == role


# A street or a fort named after a given name is no person.
@pytest.mark.parametrize(
    "text",
    [
        "Firefighters responded to a house fire on Kirk Drive in Kessby on Sunday night.",
        "The crash closed Grant Boulevard for three hours.",
        "The state signed a deed that transfers land at Fort Monroe from the state to the park service.",
        "Traffic was backed up on the Lincoln Highway after the storm.",
    ],
)
def test_streets_and_forts_are_no_people(text: str) -> None:
    assert people_roles([text]) == {}


def test_a_surname_after_a_given_name_is_still_a_person() -> None:
    # near miss: a given name and a family name that is no kind of street
    assert "Kirk Dalton" in people_roles(["Kirk Dalton, a firefighter, said the crews arrived in four minutes."])


def speakers_of(paragraphs: list[str]) -> list[str | None]:
    """The speaker of each quote of the article, in order."""
    return [q.speaker for q in quotes_of(paragraphs)]


# A name written only inside a quote is spoken of: no antecedent for an unattributed quote after narration.
def test_a_name_inside_a_quote_is_no_later_speaker() -> None:
    paragraphs = [
        "“Now we can move on, and I am sure Deputy Mayor Ann Moss will lead us well,” said Tom Weller.",
        "The council meets again on Monday.",
        "“We welcome the change. We look forward to a new beginning.”",
    ]
    assert speakers_of(paragraphs) == ["Tom Weller", "Tom Weller"]


def test_a_name_outside_the_quote_still_speaks() -> None:
    # near miss: the one named outside the marks in the sentence before is still the speaker
    paragraphs = [
        "Tom Weller thanked Deputy Mayor Ann Moss for her work.",
        "“We welcome the change. We look forward to a new beginning.”",
    ]
    assert speakers_of(paragraphs) == ["Tom Weller"]


# A compilation of statements: each paragraph opens with only its author's title and name, then the quote.
def test_a_name_alone_before_a_quote_labels_its_speaker() -> None:
    paragraphs = [
        "Here are their statements in full.",
        "KESSBY — Assemblyman Tom Weller (D-Kessby) “Today is a sad day for the state. I am glad he stepped down.",
        "“Now we can move on, and I am sure Lt. Gov. Ann Moss will lead us.”",
        "County Chairman Max Holm (R-Area 3, Lund) “Many of us have called for this for a long time. I am hopeful.",
        "“We welcome the change. We look forward to a new beginning.”",
    ]
    assert speakers_of(paragraphs) == ["Tom Weller", "Tom Weller", "Max Holm", "Max Holm"]


def test_a_sentence_before_a_quote_is_no_label() -> None:
    # near miss: a whole sentence (its full stop) before the mark is no label; the quote keeps its attribution
    paragraphs = ["Tom Weller spoke first. “It is a sad day,” said Max Holm."]
    assert speakers_of(paragraphs) == ["Max Holm"]


# Unmarked words before ", <lower-case role> <Name> said." are that person's, as ", <Name> said." was. (Since
# round 34 only words that speak as "I", "we" or "you": English copy retells in the writer's words so, "He was taken
# into custody about 2:40 p.m., state police spokesman Tom Weller said.", and that is no direct speech.)
@pytest.mark.parametrize(
    "text",
    [
        "The suspect took shelter in the barn. We took him into custody about 2:40 p.m., state police spokesman "
        "Tom Weller said.",
        "We found that the fire started in the kitchen and spread to the attic, fire chief Tom Weller said.",
    ],
)
def test_an_unmarked_report_with_a_role_before_the_name(text: str) -> None:
    assert "Tom Weller" in speakers_of([text])


def test_an_unmarked_report_in_the_writers_words_is_no_quote() -> None:
    text = ("The suspect took shelter in the barn. He was taken into custody about 2:40 p.m., state police spokesman "
            "Tom Weller said.")
    assert speakers_of([text]) == []


def test_lower_case_words_that_end_in_no_role_attribute_nothing() -> None:
    # near miss: the words before the name are another clause's, not a role
    assert speakers_of(["The land went to the county, and the rest going to Tom Weller said the deed."]) == []


# A quote opening its sentence after a sentence of the same paragraph whose subject is "she"/"he": the pronoun speaks.
def test_a_pronoun_subject_before_a_bare_quote_speaks() -> None:
    paragraphs = [
        "Neighbours like Brad and Tara Weller say they are still dealing with damage after the storm.",
        "She said they contacted the city for answers. “I have sent many emails and nobody has answered.”",
    ]
    assert speakers_of(paragraphs) == ["Tara Weller"]


def test_a_name_in_the_sentence_before_a_bare_quote_still_speaks() -> None:
    # near miss: a name as the subject of the sentence before, as before this round
    paragraphs = [
        "Brad and Tara Weller say they are still dealing with damage after the storm.",
        "Mayor Ann Moss said the city would look into it. “We take these claims very seriously.”",
    ]
    assert speakers_of(paragraphs) == ["Ann Moss"]


# A portfolio word ("Justice", "Health") as the family name after a known given name is a name, whatever its title.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("West Virginia Governor Jim Justice declared a state of emergency on Monday.", "Governor"),
        ("Gov. Jim Justice opened a press conference on Thursday afternoon.", "Gov."),
    ],
)
def test_a_portfolio_word_after_a_given_name_is_a_family_name(text: str, role: str) -> None:
    roles = people_roles([text])
    assert "Jim Justice" in roles and role in (roles["Jim Justice"] or "")


def test_a_portfolio_word_before_a_name_is_still_no_name() -> None:
    # near miss: "[Minister of] Education Jane Roe": the portfolio opens the run, the name follows it
    assert "Education Jane Roe" not in people_roles(["The Minister of Education Jane Roe opened the school."])


# "the governor said" after "Gov. Jim Roe": the abbreviated title is the role a later mention names.
def test_the_role_spelt_out_finds_the_abbreviated_title() -> None:
    paragraphs = [
        "Gov. Tom Weller's briefing was delayed by a protest outside the capitol, the governor said.",
        "“How many of those are going to die?” the governor asked.",
    ]
    assert set(speakers_of(paragraphs)) == {"Tom Weller"}


def test_another_holders_role_is_not_taken_for_the_abbreviation() -> None:
    # near miss: "the senator" is not the one titled "Gov."
    paragraphs = [
        "Gov. Tom Weller met Sen. Ann Moss on Monday.",
        "“We have a deal,” the senator said.",
    ]
    assert speakers_of(paragraphs) == ["Ann Moss"]


# After a comma, a title and a new person's name open the next subject or the next list item: no apposition.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Agriculture Secretary Tom Weller, Commerce Secretary Ann Moss and Energy Secretary Max Holm toured the plant.",
         "Tom Weller", "Agriculture Secretary"),
        ("Alberta premier Tom Weller, Kessby mayor Ann Moss, and other officials were there.", "Tom Weller",
         "Alberta premier"),
    ],
)  # fmt: skip
def test_a_titled_name_after_a_comma_is_no_role(text: str, name: str, role: str) -> None:
    assert people_roles([text])[name] == role


def test_a_company_before_a_titled_name_is_no_person() -> None:
    text = (
        "In a letter to Volvo, the parent company of Kessby Trucks, Union President Tom Weller said members want more."
    )
    roles = people_roles([text])
    assert "Kessby Trucks" not in roles and roles.get("Tom Weller") == "Union President"


def test_an_apposition_that_describes_stays_a_role() -> None:
    # near miss: a description after the comma (no name at its end) is still the role
    assert people_roles(["Tom Weller, a union organiser at the plant, said the vote was unanimous."])["Tom Weller"] == (
        "union organiser at the plant"
    )


# A quote's speaker named after the verb with a capitalised title of a body set off ("VP of Human Resources for X").
def test_a_titled_apposition_after_the_speaker_is_not_the_body() -> None:
    paragraphs = [
        "Acme responded to the strike notice on Monday.",
        "“We remain cautiously optimistic that we will reach an agreement”, stated Jordan Kowal, VP of Human "
        "Resources for Acme Canada.",
    ]
    assert speakers_of(paragraphs) == ["Jordan Kowal"]


# The last mark of a paragraph closes a quote whose opening mark is missing after an earlier quote and its attribution.
def test_a_missing_opening_mark_after_an_attributed_quote() -> None:
    paragraphs = [
        'Tom Weller said the board was ready. "We are prepared to run this vote," he said, denying claims of bias. '
        'What the board always does is work with every party and every observer."',
    ]
    quotes = quotes_of(paragraphs)
    assert [q.speaker for q in quotes] == ["Tom Weller", "Tom Weller"]
    assert quotes[1].text.startswith("What the board always does")


def test_a_closing_mark_of_a_phrase_in_passing_opens_no_quote_backwards() -> None:
    # near miss: the paragraph's marks pair up; nothing is repaired
    paragraphs = ['"We are ready," Tom Weller said. The board called the vote "a formality for everyone."']
    assert not any(q.text.startswith("The board called") for q in quotes_of(paragraphs))


# A role before a name keeps neither a dateline's dash nor a preposition that governs the role and the name.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("KESSBY — Republican presidential nominee Tom Weller spent the week on the trail.", "Tom Weller",
         "Republican presidential nominee"),
        ("The candidate was lagging behind rival Ann Moss in the polls.", "Ann Moss", "rival"),
        # near miss: "of" joins a role to what it is of and stays
        ("The head of research Max Holm presented the study.", "Max Holm", "head of research"),
    ],
)  # fmt: skip
def test_a_role_without_the_sentences_dash_or_preposition(text: str, name: str, role: str) -> None:
    assert people_roles([text])[name] == role


# A question-and-answer interview: each "A:" answer is the interviewee's, the one the introduction named.
def test_interview_answers_are_the_interviewees() -> None:
    paragraphs = [
        "Tom Weller has run the harbour board for two years. We talked about budgets and boats.",
        "Q: How did the first year go?",
        "A: I would say it went very well for all of us.",
        "Q: What have you done since then?",
        "A: We completed the audits. We passed a new safety policy.",
    ]
    quotes = quotes_of(paragraphs)
    assert [(q.text[:12], q.speaker) for q in quotes] == [
        ("I would say ", "Tom Weller"),
        ("We completed", "Tom Weller"),
    ]


def test_lettered_items_without_questions_are_no_answers() -> None:
    # near miss: "A:" with no "Q:" before it is a list's letter
    paragraphs = ["Tom Weller listed the options.", "A: The board sells the old pier to the town council."]
    assert quotes_of(paragraphs) == []


# AP copy's weekday right after the subject's name ("Gov. Jane Roe Tuesday signed ...") is no word of the name.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Gov. Tom Weller Tuesday signed the bill into law.", "Tom Weller", "Gov."),
        ("Sheriff Ann Moss Monday said the suspect fled on foot.", "Ann Moss", "Sheriff"),
    ],
)
def test_a_weekday_after_the_name_is_no_part_of_it(text: str, name: str, role: str) -> None:
    assert people_roles([text]).get(name) == role


def test_a_weekday_alone_is_still_no_person() -> None:
    # near miss: the weekday alone opens no name
    assert people_roles(["Tuesday was the last day of the session."]) == {}


def test_a_compass_direction_before_of_is_no_person() -> None:
    # "just Northwest of Harlan": a direction capitalised as some copy writes it, then the place it is of
    assert people_roles(["The storm built just Northwest of Kessby before it turned south."]) == {}
