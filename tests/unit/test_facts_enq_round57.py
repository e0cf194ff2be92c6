"""Speaker and role shapes of British and Welsh politics copy (round 57, k-enq57; pages not kept), written again
with made-up names and sentences, with near misses that must keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles, quotes_of


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "en")]


# --- quote_cues._capitalised_title: a party's possessive before a long capitalised title ----------------------------


def test_a_name_then_a_partys_long_capitalised_title_speaks() -> None:
    text = ["Morwenna Tallis, Labour’s Shadow Transport Secretary, said: “The timetable is a mess and nobody owns it.”"]
    assert _speakers(text) == ["Morwenna Tallis"]
    text = ["Derwent Hale, Unison’s Deputy General Secretary, said: “Our members will not accept the offer.”"]
    assert _speakers(text) == ["Derwent Hale"]
    text = ["Iolo Pennant, Plaid Cymru’s Shadow Rural Affairs Minister, said: “Farmers were never asked.”"]
    assert _speakers(text) == ["Iolo Pennant"]


def test_shorter_titles_and_titles_before_the_name_keep_their_speaker() -> None:
    # near misses: a short possessive title, a lower-case one and a title before the name already named the speaker
    text = ["Morwenna Tallis, Labour’s Shadow Chancellor, said: “The timetable is a mess and nobody owns it.”"]
    assert _speakers(text) == ["Morwenna Tallis"]
    text = ["Morwenna Tallis, Labour’s transport spokeswoman, said: “The timetable is a mess and nobody owns it.”"]
    assert _speakers(text) == ["Morwenna Tallis"]
    text = ["The Shadow Transport Secretary, Morwenna Tallis, said: “The timetable is a mess and nobody owns it.”"]
    assert _speakers(text) == ["Morwenna Tallis"]


# --- people_phrase_roles: a title before the comma and a seat's letters after the name -----------------------------


def test_a_title_before_a_name_with_post_nominal_letters_is_kept() -> None:
    roles = people_roles(["Headline", "Shadow Rural Affairs spokesperson, Gwilym Probert AM, said the scheme was late."])
    role = roles.get("Gwilym Probert")
    assert role is not None and "Shadow Rural Affairs spokesperson" in role and "AM" in role
    roles = people_roles(["Headline", "The party’s housing spokesman, Fergus Doig MSP, said the scheme was late."])
    role = roles.get("Fergus Doig")
    assert role is not None and "housing spokesman" in role


def test_post_nominal_letters_alone_stay_the_role() -> None:
    # near miss: no phrase before the name, the letters are the role
    assert people_roles(["Headline", "Gwilym Probert AM said the scheme was late."]).get("Gwilym Probert") == "AM"


# --- people_runs: the Welsh "ap" inside a name -------------------------------------------------------------------


def test_a_welsh_name_with_ap_is_one_name() -> None:
    roles = people_roles(["Headline", "The party’s deputy leader, Cadfael ap Rhys, said the letter came late."])
    assert "Cadfael ap Rhys" in roles and roles["Cadfael ap Rhys"] is not None
    assert "deputy leader" in (roles["Cadfael ap Rhys"] or "")
    assert "Cadfael" not in roles


def test_capital_ap_is_no_particle() -> None:
    # near miss: the agency's initials between words join no name
    roles = people_roles(["Headline", "Reporters from AP met Bronwen Tudor on Monday."])
    assert "Bronwen Tudor" in roles and not any("AP" in name for name in roles)
