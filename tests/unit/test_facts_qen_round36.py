"""English quotes, people and roles, round 36 (k-qen34): shapes read wrong on real wire, disaster, police and
politics pages (written again with made-up names and sentences), each with near misses that must keep their old
reading."""

from __future__ import annotations

from briefing_app.core.facts.quote_words import verbs_of
from briefing_app.core.facts.speaker_before import speaker_named_before
from briefing_app.core.facts.speaker_fronted_en import main_clause_after_fronted
from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs)]


# --- speaker_fronted_en: a source, topic or participle phrase fronted before "the X said:" -----------------------


def test_colon_quote_after_according_to_a_source_is_the_clauses_subject() -> None:
    paragraphs = [
        "Lund Harbour Board officials met on Monday.",
        "According to Tolvik Radio, the chairman of the harbour board said on Tuesday, speaking about the pier: "
        '"We will keep talking with the fishermen until the work is done."',
    ]
    assert _speakers(paragraphs) == ["the chairman of the harbour board"]


def test_colon_quote_after_a_fronted_participle_and_a_long_subject() -> None:
    paragraphs = [
        "Pointing out that the truce between the two sides has been extended until Friday, the spokesman of the "
        'Interior Ministry of Velaria said: "We hope that the truce will hold for as long as possible."',
    ]
    assert _speakers(paragraphs) == ["the spokesman of the Interior Ministry of Velaria"]


def test_fronted_phrases_keep_their_old_readings() -> None:
    verbs = verbs_of("en")
    # near misses: "according to" with no clause of saying after it keeps its source; a surname ending in -ing
    # before an apposition is the subject; a quote before the comma belongs to its own reading
    assert speaker_named_before("According to the mayor, the bridge will be ", "en") == "the mayor"
    assert main_clause_after_fronted("Manning, the chief, said: ", verbs) is None
    assert main_clause_after_fronted('Citing "grave concern", Roe said: ', verbs) is None
    assert speaker_named_before("According to Jane Roe, a spokeswoman for the council, ", "en") == "Jane Roe"
    assert speaker_named_before("Speaking to reporters, the minister said: ", "en") == "the minister"


# --- speaker_after: a title, a name and a relative clause after the quote ------------------------------------------


def test_title_name_and_relative_clause_after_the_quote() -> None:
    paragraphs = [
        '"Most people were scared. But there were others who could not stop crying," photographer Tom Reller, who '
        "visited four villages on Sunday, told the Tolvik Echo by phone from the city.",
    ]
    assert _speakers(paragraphs) == ["Tom Reller"]


def test_owner_before_a_name_and_relative_clause_is_not_the_speaker() -> None:
    # near miss: "the family of X, who died" speaks for him; X is not the speaker
    paragraphs = [
        '"He was a kind and gentle man who loved the sea," the family of Tom Reller, who died in May, said.',
    ]
    assert _speakers(paragraphs) != ["Tom Reller"]


# --- people: a broadcaster's title, a relative clause after a role --------------------------------------------------


def test_broadcasters_title_after_its_country_and_kind_is_no_person() -> None:
    people = people_roles(["Velaria's private Zorin television reported a death toll of more than 200 in the north."])
    assert "Zorin" not in people


def test_private_before_a_soldiers_name_stays_a_rank() -> None:
    # near miss: "Private" capitalised before a full name is the soldier's rank
    people = people_roles(["Private Tom Mills was killed in the attack on the base."])
    assert people.get("Tom Mills") == "Private"


def test_role_ends_before_whose() -> None:
    people = people_roles(
        [
            "Eleven children have been rescued from the school, which is named for Jan Ebbe Holm, a 19th-century "
            "teacher whose methods are still used today.",
        ]
    )
    assert people.get("Jan Ebbe Holm") == "19th-century teacher"


# --- speaker_unnamed: "A U.S. intelligence official said ..." then '"...," the official said' ----------------------


def test_the_official_after_an_unnamed_official_with_a_capitalised_modifier() -> None:
    paragraphs = [
        "Velarian President Tomas Brandt's forces have stepped up their offensive against the city.",
        "A U.S. intelligence official said the bombing campaign was among the deadliest since the war began.",
        '"These air strikes have used a wide variety of deadly munitions, including barrel bombs," the official '
        "said, speaking on condition of anonymity.",
    ]
    assert _speakers(paragraphs) == ["the official"]


def test_the_official_after_a_named_official_stays_named() -> None:
    # near miss: the official was named with the same noun; "the official" is that person
    paragraphs = [
        "Velarian President Tomas Brandt's forces have stepped up their offensive against the city.",
        "A U.S. intelligence official, Jane Okafor, said the bombing campaign was among the deadliest of the war.",
        '"These air strikes have used a wide variety of deadly munitions, including barrel bombs," the official said.',
    ]
    assert _speakers(paragraphs) == ["Jane Okafor"]


# --- quote_carry / speaker_described: "he" when the one speaking is known by office only ---------------------------


def test_he_after_a_speaker_known_by_office_only_goes_on_with_that_speaker() -> None:
    paragraphs = [
        'The spokesperson of the Velarian Foreign Ministry said on Tuesday: "We continue to talk with the mediators '
        'and we believe an agreement is possible."',
        'He stated: "We are talking with our neighbours about the situation in the north."',
        'In another part of his remarks, he stressed: "We want a government that includes all the groups."',
        "The ministry also denied any role in the killing of Igor Malenko, the head of the border guard.",
    ]
    assert _speakers(paragraphs) == ["The spokesperson of the Velarian Foreign Ministry"] * 3


def test_he_before_a_subject_named_after_the_quote_stays_that_persons() -> None:
    # near miss: the next sentence names her as its subject, not as an object of a preposition
    paragraphs = [
        '"We will not give up on the harbour," she said.',
        "Writer Holly Brandt was speaking at the launch of her book in Tolvik.",
    ]
    assert _speakers(paragraphs) == ["Holly Brandt"]


# --- people: an initial before the given name, "Capt.", a title of two job nouns ------------------------------------


def test_initial_first_name_before_of_the_body_is_a_person() -> None:
    people = people_roles(
        [
            "A briefing is set for Monday, at which Lt. J. Paul Varney of the Tolvik State Police said officials will "
            "name the victims.",
        ]
    )
    assert any(name.endswith("Varney") and (role or "").startswith("Lt.") for name, role in people.items())


def test_initial_before_a_body_of_the_west_stays_a_body() -> None:
    # near miss: a capitalised run with no given name after its initial is no person
    people = people_roles(["The U. S. Bank of the West said profits rose in the third quarter."])
    assert not any("Bank" in name for name in people)


def test_abbreviated_captain_after_a_service_is_the_role() -> None:
    people = people_roles(['The town was left "pretty much destroyed," Tolvik Fire Capt. Scott Mereday said.'])
    assert people.get("Scott Mereday") == "Capt."


def test_title_of_two_job_nouns_joined_by_a_hyphen() -> None:
    people = people_roles(["In Butte County, Sheriff-Coroner Kory L. Hanley reported five people were found dead."])
    assert people.get("Kory L. Hanley") == "Sheriff-Coroner"


def test_hyphenated_name_after_a_title_stays_a_name() -> None:
    # near miss: a double-barrelled family name is no title
    people = people_roles(["Sheriff Ann Lee-Morton reported five people were found dead."])
    assert people.get("Ann Lee-Morton") == "Sheriff"


# --- a passive with a thing for its subject names the one "he" goes back to; a party's initials after a name --------


def test_he_after_a_motion_tabled_by_a_councillor_is_the_councillor() -> None:
    paragraphs = [
        "A motion at the county council called for a meeting with Commissioner Noreen Tallis about police numbers.",
        "The motion was tabled by Cllr Kieran Dunphy.",
        '"I hope the pressure on police numbers will drop off," he said.',
    ]
    assert _speakers(paragraphs) == ["Kieran Dunphy"]


def test_he_after_a_person_met_by_someone_stays_the_subject() -> None:
    # near miss: a person (a noun for one) is the passive's subject; the agent is not the one "he" stands for
    paragraphs = [
        "Harbour master Tom Weller spoke at the quay on Monday.",
        "The minister was met at the airport by Ann Roe.",
        '"We are glad to be back," he said.',
    ]
    assert _speakers(paragraphs) != ["Ann Roe"]


def test_party_initials_after_a_councillors_name_leave_a_person() -> None:
    people = people_roles(['"Who is watching us?" asked Cllr Kieran Dunphy (FF).'])
    assert people.get("Kieran Dunphy") == "Cllr"


def test_initials_of_a_named_body_still_define_it() -> None:
    # near miss: a body named after a person, its initials the words' own
    facts = facts_of(["The Mary Robinson Trust (MRT) said the plan was wrong."])
    assert "Mary Robinson Trust" in [f.text for f in facts if f.kind == "organisation"]


# --- a participle clause between a subject and "said,"; an owner's capitalised title before the name ---------------


def test_participle_aside_between_subject_and_said_holds_no_speaker() -> None:
    paragraphs = [
        "Republican Senator Jo Lind of Ohio, noting he was not present at the meeting and did not know if President "
        "Tom Roe erred, said, \"To compromise a source is something that you just don't do.\"",
    ]
    assert _speakers(paragraphs) == ["Jo Lind"]


def test_speaking_aside_keeps_its_old_reading() -> None:
    # near miss: the aside "speaking to reporters" was read before; the subject still speaks
    paragraphs = ['Ann Lee, speaking to reporters in the city, said, "We will not give up on this plan at all."']
    assert _speakers(paragraphs) == ["Ann Lee"]


def test_owners_capitalised_title_then_a_ranked_name_after_said() -> None:
    paragraphs = [
        "President Tom Roe met the envoys on Monday.",
        '"At no time were sources discussed, and the president did not disclose anything," said Roe\'s National '
        'Security Advisor, Lieutenant General H.R. Weller, who also told reporters he was in the room.',
    ]
    assert _speakers(paragraphs) == ["H.R. Weller"]


def test_owners_lower_case_title_then_a_name_after_said() -> None:
    # near miss: the lower-case title the old reading took
    paragraphs = ['"We are ready for the vote on the harbour," said Roe\'s lawyer, Tom Weller.']
    assert _speakers(paragraphs) == ["Tom Weller"]
