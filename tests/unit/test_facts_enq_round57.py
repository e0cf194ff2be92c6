"""Speaker and role shapes of British and Welsh politics copy (round 57, k-enq57; pages not kept), written again
with made-up names and sentences, with near misses that must keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


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


# --- speaker_office_spoken_to_en: the office the sentence before spoke to answers, not the one it named ------------


def test_the_office_asked_in_the_sentence_before_answers() -> None:
    text = ["Alys Penrose asked the Prime Minister about ferry fares. The Prime Minister replied: “Fares are frozen.”"]
    speakers = _speakers(text)
    assert len(speakers) == 1 and speakers[0] is not None and "prime minister" in speakers[0].lower()
    assert people_roles(["Headline", *text]).get("Alys Penrose") is None  # (no "minister" for the one who asked)
    text = [
        "Alys Penrose wrote to the health secretary last week.",
        "The health secretary said: “I have not seen the letter yet.”",
    ]
    speakers = _speakers(text)
    assert len(speakers) == 1 and speakers[0] is not None and "health secretary" in speakers[0].lower()


def test_an_office_the_named_one_took_is_still_theirs() -> None:
    # near misses: she became the office, or the sentence before does not speak of the office at all
    text = ["Alys Penrose became the health secretary in May. The health secretary said: “I have a lot to do.”"]
    assert _speakers(text) == ["Alys Penrose"]
    text = ["Alys Penrose was sworn in on Monday. The health secretary said: “I have a lot to do.”"]
    assert _speakers(text) == ["Alys Penrose"]


# --- org_local_bodies_en.nation_bodies: a home nation's public body named by its field and the nation -------------


def _bodies_and_places(text: str) -> tuple[set[str], set[str]]:
    facts = facts_of(["Headline", text], "en")
    return {f.text for f in facts if f.kind == "organisation"}, {f.text for f in facts if f.kind == "place"}


def test_a_field_and_a_home_nation_name_a_public_body() -> None:
    bodies, places = _bodies_and_places("Officials asked for the Public Health Wales audit on Monday.")
    assert "Public Health Wales" in bodies and "Wales" not in places
    bodies, places = _bodies_and_places("Natural England and Historic England objected to the new road.")
    assert {"Natural England", "Historic England"} <= bodies
    bodies, _ = _bodies_and_places("Officials at Transport Scotland said the bridge would reopen on Friday.")
    assert "Transport Scotland" in bodies


def test_parts_of_a_nation_and_openers_name_no_body() -> None:
    # near misses: a compass word, a sentence adverb or "of" before the nation
    bodies, places = _bodies_and_places("Heavy rain is expected across Northern England and South Wales.")
    assert not any(b.endswith(("England", "Wales")) for b in bodies) and "South Wales" in places
    bodies, _ = _bodies_and_places("Then England scored twice before the break.")
    assert "Then England" not in bodies
    bodies, _ = _bodies_and_places("The Bank of England held rates on Thursday.")
    assert "Bank of England" in bodies and "Bank of England" == next(b for b in bodies if "England" in b)


# --- people_evidence_roles: an office opening the sentence, then a second role before the name -------------------


def test_an_opening_office_and_a_role_before_the_name_are_both_kept() -> None:
    roles = people_roles(["Headline", "The committee chairwoman, Kessby councillor Mary Hollis, told him to stop."])
    assert "Kessby" not in roles  # (the town opens her role; no person of its own)
    role = roles.get("Mary Hollis")
    assert role is not None and "committee chairwoman" in role and "councillor" in role
    role = people_roles(["Headline", "The council leader, Labour councillor Mary Hollis, said the plan was late."]).get(
        "Mary Hollis"
    )
    assert role is not None and "council leader" in role and "Labour councillor" in role


def test_a_list_or_a_fronted_time_before_the_role_adds_nothing() -> None:
    # near misses: an office in mid-sentence (a list may go on) and a fronted phrase of time
    assert people_roles(["Headline", "They met the mayor, councillor Mary Hollis and the clerk."]).get(
        "Mary Hollis"
    ) == "councillor"
    assert people_roles(["Headline", "On Monday, Labour councillor Mary Hollis said the plan was late."]).get(
        "Mary Hollis"
    ) == "Labour councillor"
