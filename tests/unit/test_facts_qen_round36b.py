"""English quotes, people and roles, round 37: shapes met on real local, wire and government news pages,
written again with made-up names and sentences, each with near misses that must keep their old reading."""

from __future__ import annotations

from briefing_app.core.facts.portfolio_members_en import inside_a_portfolio
from briefing_app.core.facts.quote_resumed_en import resumes_a_quote
from briefing_app.core.facts.speaker_anonymous_en import anonymous_subject
from briefing_app.core.facts.speaker_before import speaker_named_before
from briefing_app.core.facts.speaker_fronted_en import FRONTED_RECIPIENT
from briefing_app.core.facts.street_addresses_en import street_by_address as names_a_street
from tests.unit.facts_helpers import people_roles, quotes_of


def _quoted(paragraphs: list[str]) -> list[str]:
    return [q.text for q in quotes_of(paragraphs, "en")]


# --- words shown after "the phrase" in single marks -----------------------------------------------------------


def test_phrase_in_single_marks_is_no_quote() -> None:
    quoted = _quoted(
        [
            "Row over minutes",
            "The resolution contained the phrase 'Further homes would be welcome here', which two members dispute.",
        ]
    )
    assert quoted == []


def test_phrase_in_double_marks_stays_no_quote_and_speech_in_single_marks_stays() -> None:
    # near misses: double marks (as before), and speech in single marks with its speaker
    assert _quoted(["Row", 'The notice held the words "No further homes will be built here", they said.']) == []
    quoted = _quoted(["Row", "Councillor Ann Poe said: 'I move that the minutes be changed. They are wrong.'"])
    assert len(quoted) == 1


# --- a middle field of a title's portfolio is no person --------------------------------------------------------


def test_middle_field_of_a_portfolio_is_no_person() -> None:
    people = people_roles(
        [
            "Council refuses request",
            "Jane Roe, Harbury Council's Director of Regeneration, Growth and Employment, has refused the request.",
            "Max Holm, the board's Head of Housing, Planning and Transport, said the plans would go ahead.",
        ],
        "en",
    )
    assert "Growth" not in people
    assert "Planning" not in people
    assert "Jane Roe" in people and "Max Holm" in people


def test_portfolio_fields_keep_people_listed_after_a_title() -> None:
    # near misses: a name that no common word spells, a given name, and no "and <Field>" after the word
    assert not inside_a_portfolio("The Secretary of State, ", "Kessbury", " and Tolvan met.")
    assert not inside_a_portfolio("The Director of Finance, ", "Grace", " and Holm met.")
    assert not inside_a_portfolio("The Director of Finance, ", "Growth", " said the plan works.")
    assert inside_a_portfolio("the Director of Regeneration, ", "Growth", " and Employment, said")


def _speakers(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(paragraphs, "en")]


# --- the second half of an interrupted quote, however it opens -----------------------------------------------


def test_second_half_of_an_interrupted_quote_is_speech() -> None:
    got = _speakers(
        [
            "House fire",
            '"There is a lot of damage inside," said Fire Chief Ann Poe, "the blaze started on the porch and spread '
            'up the wall."',
        ]
    )
    assert [s for _, s in got] == ["Ann Poe", "Ann Poe"]
    assert got[1][0].startswith("the blaze started")


def test_phrase_quoted_in_passing_stays_no_quote() -> None:
    # near misses: a phrase after "as" and a phrase after a closed quote with no attribution between
    assert resumes_a_quote('"It was bad," said Ann Poe,')
    assert resumes_a_quote('"It was bad," Ann Poe said,')
    assert not resumes_a_quote("Ann Poe described it as")
    assert not resumes_a_quote('The council called the plan "rushed" and')
    got = _speakers(["Fire", "Ann Poe described the blaze as \"the worst fire in years\"."])
    assert got == []


# --- a definite unnamed person set off as anonymous ---------------------------------------------------------


def test_anonymous_witness_is_the_pronouns_speaker() -> None:
    got = _speakers(
        [
            "Fire",
            "Fire Chief Ann Poe said crews came fast.",
            "The woman, who did not want to be named, said she saw smoke first.",
            '"Then I saw flames and started yelling to my husband," she said.',
        ]
    )
    assert got[-1][1] == "The woman"


def test_anonymous_subject_needs_the_appositive_and_a_person() -> None:
    # near misses: no appositive of anonymity, a thing as the subject, an indefinite subject (read elsewhere)
    assert anonymous_subject("The woman, who did not want to be named, said she ran.") == "The woman"
    assert anonymous_subject("Her neighbour, who asked not to be named, told reporters.") == "Her neighbour"
    assert anonymous_subject("The woman said she ran.") is None
    assert anonymous_subject("The woman, who lives next door, said she ran.") is None
    assert anonymous_subject("The report, which did not name anyone, said it was late.") is None


# --- a witness's cry after a quote ---------------------------------------------------------------------------


def test_wailed_after_a_quote_attributes_it() -> None:
    got = _speakers(["Fire", '"Oh no, do not look back," wailed resident Jane Roe, as she fell to her knees.'])
    assert got == [("Oh no, do not look back", "Jane Roe")]


# --- an abbreviated title with its full stop after a quote ---------------------------------------------------


def test_abbreviated_council_title_after_a_quote_is_no_sentence_end() -> None:
    got = _speakers(
        [
            "Budget",
            '"To me, this is no different from the past," said Coun. Justin Poe. "I have a lot of questions."',
            '"It is late in the day," said Cllr. Ann Holm.',
        ]
    )
    assert [s for _, s in got] == ["Justin Poe", "Justin Poe", "Ann Holm"]


def test_titles_already_known_keep_their_speaker() -> None:
    # near misses: a title the reader knew, and a real sentence end after a speaker
    got = _speakers(["Budget", '"It is late," said Sen. Jane Roe. Council met on Monday.'])
    assert got == [("It is late", "Jane Roe")]


# --- those addressed, fronted before the speaker of a colon introduction -------------------------------------


def test_fronted_recipient_is_not_the_speaker() -> None:
    got = _speakers(
        [
            "Budget",
            "Mayor Jane Roe presented the budget and Councilor Max Holm trimmed it.",
            "To Holm and Bartley, who both spoke out of turn, council president Ann Poe said:",
            '"If I called out every one of you, we would not have a meeting. So I pick my battles."',
        ]
    )
    assert [s for _, s in got] == ["Ann Poe"]


def test_fronted_to_phrases_that_address_no_one_keep_their_reading() -> None:
    # near misses: "To the end" (no capitalised recipient), a pronoun after the comma, no verb of saying
    assert speaker_named_before("To the end, Roe said:", "en") == "Roe"
    assert speaker_named_before("To Roe, he said:", "en") == "he"
    assert FRONTED_RECIPIENT.match("To Roe, the plan was clear:") is not None
    assert speaker_named_before("To Roe, the plan was clear:", "en") == "To Roe, the plan was clear"  # as before


# --- a street named by its kind ------------------------------------------------------------------------------


def test_street_by_its_kind_is_no_person() -> None:
    people = people_roles(
        [
            "Stabbing",
            "Police were called to Elm Grove, Brighton, just after 10am.",
            "He had lived on Ash Grove for years, near Mill Close in Harlow.",
        ],
        "en",
    )
    assert "Elm Grove" not in people and "Ash Grove" not in people and "Mill Close" not in people


def test_people_with_street_kind_surnames_stay() -> None:
    # near misses: a given name first, a town owning the apposition, no street cue at all
    assert not names_a_street("Officers spoke to ", "John Hill", ", Leeds council's leader.")
    assert not names_a_street("", "Andy Grove", ", Brighton's mayor, spoke.")
    assert not names_a_street("He met ", "Elm Grove", " on Monday.")
    assert names_a_street("He lived on ", "Ash Grove", " for years.")
    assert names_a_street("the man found at 67 ", "Elm Grove", ".")
    assert not names_a_street("The 67 ", "Ann Hill", " fans left.")
