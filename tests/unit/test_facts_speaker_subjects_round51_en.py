"""Round 51, English quotes: '"...," he said.' goes to the subject of the narration before it, not to a name the
sentence holds elsewhere. Three shapes where the subject was missed, written here with made-up sentences.

- speaker_subjects: a described subject whose verb is an irregular past ("The veteran winger
  took issue with the board and sided with Ian Rudd and Col Barr"): the names after it are spoken of.
- speaker_clues.FRONTED_TOPIC: a fronted topic whose names carry dotted initials or a dotted title ("On council
  chair K.P. Varga's letter praising Mayor Ostrov, Mr. Hale said ..."): the names inside it are no subject.
- speaker_clues.holder_named_after: an owner's post with its field after "of" before the holder's name ("Velt
  Retail's director of Store Planning Colin Ardry says ..."): the holder speaks, not "Velt Retail's director".
"""

from __future__ import annotations

from briefing_app.core.facts.speaker_clues import FRONTED_TOPIC, holder_named_after, kin_subject_before
from briefing_app.core.facts.speaker_subjects import unnamed_subject_end
from tests.unit.facts_helpers import quotes_of


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs)]


def test_a_described_subject_with_an_irregular_past_passes_the_pronoun_back() -> None:
    said = _speakers(
        [
            '"The new stand will open in May," chairman Dan Orrin said.',
            "Winger Pete Varley, who signed a new deal on Friday, spoke to supporters after training.",
            "The veteran winger took issue with the board over ticket prices and sided with "
            "fellow players Ian Rudd and Col Barr.",
            '"The fans deserve cheaper seats," he said.',
        ]
    )
    assert said[-1] == "Pete Varley"
    assert unnamed_subject_end("The winger took issue with Ian Rudd.", "m") is not None
    assert unnamed_subject_end("The 31-year-old made it clear that Ian Rudd would start.", "m") is not None


def test_near_misses_of_the_irregular_past() -> None:
    # a name opening the sentence is its subject, whatever verb follows
    assert unnamed_subject_end("Ian Rudd took the train home.", "m") is None
    # a description of a thing, not a person, is no one the pronoun can be
    assert unnamed_subject_end("The bus fell into the river near Ian Rudd's farm.", "m") is None
    # a described subject that fell ill: the pronoun goes back past the name in its object, never to it
    said = _speakers(
        [
            "The striker fell ill before the match against Col Barr's side.",
            '"I am gutted," he said.',
        ]
    )
    assert said[-1] != "Col Barr"


def test_a_fronted_topic_may_hold_initials_and_titles_with_full_stops() -> None:
    assert FRONTED_TOPIC.fullmatch("On council chair K.P. Varga's letter praising Mayor Ostrov, ")
    assert FRONTED_TOPIC.fullmatch("On Mr. Varga's letter, ")
    said = _speakers(
        [
            "Transport spokesman Tom Hale criticised the new bus timetable.",
            "On council chair K.P. Varga's letter praising Mayor Lena Ostrov, Mr. Hale said it came too late.",
            '"Commuters have waited for two winters already," he said.',
        ]
    )
    assert said[-1] == "Tom Hale"


def test_near_misses_of_the_dotted_topic() -> None:
    # a full stop that ends a sentence still ends the topic: two sentences are never one fronted phrase
    assert FRONTED_TOPIC.fullmatch("On the budget. Then Hale, ") is None
    # a name opening the sentence after the topic is still read as before
    said = _speakers(
        [
            "On Monday, Tom Hale criticised the budget.",
            '"It is a disgrace," he said.',
        ]
    )
    assert said[-1] == "Tom Hale"


def test_a_post_with_its_field_before_the_holders_name_is_no_unnamed_speaker() -> None:
    opening = "Velt Retail's director of Store Planning Colin Ardry says ten shops will be refitted."
    assert holder_named_after(opening, len("Velt Retail's director"))
    assert kin_subject_before(opening, "m") is None
    said = _speakers(
        [
            "The chain reported higher sales over the holidays.",
            opening,
            '"Shoppers want wider aisles and quicker tills," he said.',
        ]
    )
    assert said[-1] == "Colin Ardry"


def test_near_misses_of_the_post_with_a_field() -> None:
    # the field alone, no holder named after it: the post speaks, unnamed, as before
    opening = "Velt Retail's director of Store Planning Services says ten shops will be refitted."
    assert not holder_named_after(opening, len("Velt Retail's director"))
    assert kin_subject_before(opening, "m") == "Velt Retail's director"
    # a kin with no field and no name after it is still the subject
    assert kin_subject_before("Colin Ardry's father, who runs a farm, said the harvest was poor.", "m") == (
        "Colin Ardry's father"
    )
