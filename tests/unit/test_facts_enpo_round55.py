"""Place and organisation shapes that world and home news from wire agencies and South Asian, African and Pacific
papers showed (round 55, pages not kept), written again with made-up names and sentences, with near misses that must
keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _named(paragraphs: list[str], kind: str = "place") -> list[str]:
    return [f.text for f in facts_of(paragraphs, "en") if f.kind == kind]


# A dateline of the town in capitals and a colon, as Pakistani and Indian papers open a story.


def test_a_town_in_capitals_and_a_colon_opens_the_story() -> None:
    assert "LAHORE" in _named(["LAHORE: The provincial assembly passed the budget on Monday after a long debate."])
    assert "NEW DELHI" in _named(["NEW DELHI: Officials of the Tolvik Water Board met the farmers on Friday."])


def test_a_heading_in_capitals_and_a_colon_is_no_town() -> None:
    # common words, and a town no list knows, before the colon: a heading, no dateline
    assert not _named(["UPDATE: The firm said its profit fell by a third."])
    assert not _named(["WARNING: Drivers should avoid the ring road tonight."])
    assert "TOLVIKABAD" not in _named(["TOLVIKABAD: The council met on Monday."])
    # a town in capitals inside the sentence, no colon after it at the start: no dateline
    assert "LAHORE" not in _named(["The LAHORE branch of the firm closed on Monday."])


# An acronym the article defines by lower-case words is a common noun's abbreviation, no body.


def test_an_acronym_of_lower_case_words_is_no_body() -> None:
    text = [
        "Police in Tolvik registered a first information report (FIR) against the two men on Tuesday.",
        "The FIR names a third man too, the station chief said.",
    ]
    assert "FIR" not in _named(text, "organisation")
    text = ["Crews broke the standard operating procedure (SOP) twice.", "The SOP was rewritten in May."]
    assert "SOP" not in _named(text, "organisation")


def test_a_body_defined_by_lower_case_words_or_capitals_stays_a_body() -> None:
    # a body's kind ends the words: a body however written
    text = ["Officials of the coastal disaster management authority (CDMA) met.", "The CDMA said roads were shut."]
    assert "CDMA" in _named(text, "organisation")
    # a capitalised name before the acronym: the name and its acronym, as before
    text = ["The Tolvik Rural Water Agency (TRWA) said the pipes burst.", "TRWA officials agreed."]
    assert "Tolvik Rural Water Agency" in _named(text, "organisation")
    # lower-case words whose initials do not spell it: no definition
    text = ["A group of farmers (FOTA) met on Monday.", "FOTA said it would protest."]
    assert "FOTA" in _named(text, "organisation")


# A body named after its kind whose name holds two parts joined by "for" and "of".


def test_a_named_group_with_for_and_of_keeps_its_whole_name() -> None:
    text = ["The rebel group United Front for the Freedom of Tolvaria attacked the village of Marlow."]
    assert "United Front for the Freedom of Tolvaria" in _named(text, "organisation")
    text = ["The armed group Movement for the Defence of Kessby claimed the attack."]
    assert "Movement for the Defence of Kessby" in _named(text, "organisation")


# A people named before its noun ("communities", "people", "clan") and again bare is no body.


def test_a_people_named_again_bare_is_no_body() -> None:
    text = [
        "Fighting has gone on for two years between the Tolu and Vesk communities, officials said.",
        "Clashes broke out between the Tolu, the oldest residents of the valley, and the Vesk, who arrived later.",
    ]
    assert "Tolu" not in _named(text, "organisation")
    text = ["The attackers said they defend the Vesk people.", "Vesk farmers fled on Friday, and the Vesk elders asked for help."]
    assert "Vesk" not in _named(text, "organisation")


def test_a_name_said_twice_with_no_people_noun_stays_a_body() -> None:
    text = ["Officials said Quorvex staff were told on Monday.", "Later Quorvex said it would cut jobs."]
    assert "Quorvex" in _named(text, "organisation")


# A body's acronym and "and the" before a name defined by its acronym: a list of two bodies.


def test_an_acronym_and_the_before_a_defined_name_is_another_body() -> None:
    # a foreign acronym, whose letters the English name does not spell
    text = ["XWAS and the Union of Tolvik Ports (UPT) on Sunday imposed a trade embargo on Marlow."]
    bodies = _named(text, "organisation")
    assert "Union of Tolvik Ports" in bodies and "XWAS" in bodies
    assert not [b for b in bodies if " and the " in b]
    # an acronym the name spells
    text = ["The KRSA and the Tolvik Trade Federation (TTF) agreed on the plan."]
    bodies = _named(text, "organisation")
    assert "Tolvik Trade Federation" in bodies
    assert not [b for b in bodies if " and the " in b]


def test_a_name_holding_and_the_stays_whole() -> None:
    # capitalised words, no acronym, before "and the": the name's own words
    text = ["The Society for Birds and the Tolvik Coast (SBTC) said numbers fell."]
    assert "Society for Birds and the Tolvik Coast" in _named(text, "organisation")
