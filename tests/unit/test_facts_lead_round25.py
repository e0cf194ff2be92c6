"""Classes found by reading whole real English technology, company-results and rugby pages (the search tool's
stored pages, facts written down by hand first). Every test is written again with made-up names and sentences;
the real text stays out of the repository."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _figures(paragraph: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(["Match day", paragraph], "en") if f.kind == "figure"]


def _kind(paragraph: str, kind: str) -> list[str]:
    return [f.text for f in facts_of(["Match day", paragraph], "en") if f.kind == kind]


def test_a_capitalised_number_word_in_running_prose_is_a_word_of_a_name() -> None:
    assert _figures("Fans are nervous before their Six Nations opener against Kelso.") == []
    assert _figures("Ardwick named seven new players for Sunday's Four Counties final.") == [(7.0, "new players")]
    assert _figures("The studio cited sales of Army of Two and other games.") == []
    assert _figures("Finance ministers of the Group of Seven met on Monday to discuss rates.") == []
    # (near misses: a number word in lower case counts, and "Two of Seven" opens with a count)
    assert _figures("He has won two Olympic medals.") == [(2.0, "Olympic medals (won)")]
    assert [v for v, _ in _figures("One of Three suspects fled.")] == [3.0]


def test_an_age_that_is_the_noun_owns_what_follows_it() -> None:
    assert _figures("Coach Tom Weller praised the 30-year-old's leadership skills.") == [(30.0, "age")]
    assert _figures("A 41-year-old man's car was stolen in Ardwick.") == [(41.0, "age (man)")]
    # (near miss: an age before its noun keeps the noun as holder)
    assert _figures("The 41-year-old man was arrested.") == [(41.0, "age (man)")]


def test_a_parent_of_a_number_before_the_clause_verb_counts_children() -> None:
    assert _figures("A father of two died in the crash.") == [(2.0, "children")]
    assert _figures("The 45-year-old mother of three survived.") == [(45.0, "age (mother)"), (3.0, "children")]
    # (near miss: a noun after the number is what it counts)
    counts = _figures("She is the mother of two sons.")[0][1]
    assert counts is not None and counts.startswith("sons")


def test_an_adverb_after_a_percentage_is_no_noun_of_it() -> None:
    assert _figures("Kessby sold 12 million phones, up 40 percent annually.") == [
        (12e6, "phones sold"),
        (40.0, "phones sold"),
    ]
    # (near miss: an adverb before the words it describes stays in the phrase)
    counts = _figures("The treaty joined three previously neutral states.")[0][1]
    assert counts is not None and "previously neutral states" in counts


def test_a_number_before_a_noun_and_a_name_counts_that_noun_of_the_name() -> None:
    assert _figures("Ann Moss starts, with 88-cap Tom Weller on the bench.") == [(88.0, "caps (Tom Weller)")]
    assert _figures("The 12-member Harbour Board met on Monday.") == [(12.0, "members (Harbour Board)")]


def test_a_change_after_a_second_sum_is_the_second_measure_s() -> None:
    text = (
        "Kessby said net sales grew 30 percent to 9.5 billion euros, while net profit was 1.05 billion euros, "
        "up 21 percent from a year earlier."
    )
    assert _figures(text) == [
        (30.0, "net sales"),
        (9.5e9, "net sales"),
        (1.05e9, "net profit"),
        (21.0, "net profit"),
    ]
    # (near misses: a measure word before another noun describes it; "claims that" opens a clause)
    assert [c for _, c in _figures("The total complaints per day were 272, 298 and 225.")] == ["total complaints"] * 3
    assert _figures("He denied claims that he had supplied the rebels with $3 million.") == [
        (3e6, "supplied the rebels")
    ]


def test_a_gerund_after_to_is_no_infinitive_to_make_a_participle_of() -> None:
    assert _figures("A month of data is equivalent to watching 11 films.") == [(11.0, "films")]
    # (near miss: a plain verb after "to" still gives its participle)
    assert _figures("The board plans to hire 500 nurses.") == [(500.0, "nurses hired")]


def test_what_a_title_is_of_is_no_second_person() -> None:
    people = _kind("Tom Weller, Director General of Harbours said the rules would change.", "person")
    assert people == ["Tom Weller"]
    # (near miss: a person named after a title with "for" is still read)
    assert _kind("Lawyers for Jane Roe said the rules would change.", "person") == ["Jane Roe"]


def test_an_owner_before_its_noun_is_no_subject_a_pronoun_refers_to() -> None:
    text = "It came after protests from Kessby's players led by captain Tom Weller whose header hit his arm."
    assert _kind(text, "person") == ["Tom Weller"]


def test_a_body_named_by_its_reach_ends_in_international() -> None:
    assert _kind("Kessby International said it would help.", "organisation") == ["Kessby International"]
    # (near miss: "International" inside a longer name opens no cut)
    text = "The report ran in the Harbour Journal of International Affairs last year."
    assert _kind(text, "organisation") == ["Harbour Journal of International Affairs"]


def test_examples_after_a_plural_noun_are_people_only_when_named_like_people() -> None:
    text = "The funding goes to partners including Harbour Vision and Samaritan's Lamp."
    assert _kind(text, "person") == []
    # (near miss: examples named like people are people)
    assert _kind("Frontline players such as Jane Roe and Tom Weller were dropped.", "person") == ["Jane Roe", "Tom Weller"]


def test_a_title_case_subheading_in_the_story_is_no_evidence_of_a_name() -> None:
    article = [
        "Quake response widens",
        "The Department is deploying a team to Kessby.",
        "Disaster Assistance Response Team Deployment",
        "The team is responsible for coordination, said Jane Roe.",
    ]
    assert [f.text for f in facts_of(article, "en") if f.kind == "person"] == ["Jane Roe"]
    # (near miss: a sentence of the story in the same place still gives its people)
    article[2] = "Tom Weller flew in on Monday to lead it."
    assert [f.text for f in facts_of(article, "en") if f.kind == "person"] == ["Tom Weller", "Jane Roe"]


def test_a_title_word_before_a_common_noun_names_nobody() -> None:
    text = "Facing questions after the General Election, Mr Weller said the plans were costed."
    people = {f.text: f.role for f in facts_of(["Match day", text], "en") if f.kind == "person"}
    assert people == {"Weller": None}
    # (near misses: a title before a family name is a person; so is a surname the article gives in full)
    assert _kind("President Bush said it was fine.", "person") == ["Bush"]
    assert _kind("Jack Straw flew in. Foreign Secretary Straw said it was fine.", "person") == ["Jack Straw"]
    # (and a role of two words before the name is still read)
    roles = {f.text: f.role for f in facts_of(["Match day", "Managing director of Acme, Jane Roe, said so."], "en")}
    assert roles["Jane Roe"] == "Managing director of Acme"


def test_a_seat_named_before_mp_is_no_list_of_people() -> None:
    text = "He cited Jane Roe, the veteran Kessby North and Ardwick Vale MP who may be barred."
    assert _kind(text, "person") == ["Jane Roe"]


def test_a_name_a_quote_is_told_to_at_the_end_of_its_attribution_is_an_outlet() -> None:
    text = '"It was one of the most nervous moments of my life," Tom Weller told Harbour Sports.'
    facts = facts_of(["Match day", text], "en")
    assert [f.text for f in facts if f.kind == "organisation"] == ["Harbour Sports"]
    assert [f.speaker for f in facts if f.kind == "quote"] == ["Tom Weller"]
    # (near misses: a person told is a person; a title opens no outlet)
    assert _kind('"It was fine," Tom Weller told Ann Moss.', "organisation") == []
    assert _kind('"It was fine," Tom Weller told Prime Minister Moss.', "organisation") == []
