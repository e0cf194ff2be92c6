"""British sport and entertainment copy (made-up names throughout): a cricket Test said again is no body
(repeated_names), and a work introduced by its kind after an apposition's comma or as a soap is no body and no
place (work_titles)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def kinds(*sentences: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts_of(list(sentences)) if f.kind in ("person", "organisation", "place")}


# repeated_names: a word after an ordinal each time, and the cricket Test


def test_a_cricket_test_named_by_its_ordinal_twice_is_no_body() -> None:
    found = kinds(
        "Hundreds from Tom Quarvell and Ben Ashlow put England on top on day two of the second Test.",
        "England lead the series after winning the first Test in Johannesburg by seven wickets.",
    )
    assert "Test" not in found
    assert found.get("Johannesburg") == "place"


def test_the_test_said_alone_is_no_body() -> None:
    found = kinds(
        "The Test ended in a draw after rain washed out the final day in Durban.",
        "Quarvell said the Test had been hard work for the bowlers.",
    )
    assert "Test" not in found


def test_a_body_said_twice_without_an_ordinal_stays_a_body() -> None:
    found = kinds(
        "Shares in Brennox rose 4% after the second quarter.",
        "Analysts said Brennox had beaten forecasts, and Brennox staff will get a bonus.",
    )
    assert found.get("Brennox") == "organisation"


# work_titles._INTRODUCED: an apposition's comma before the kind; a soap; "drew" after the title


def test_a_film_introduced_by_its_kind_after_a_comma_is_no_body() -> None:
    found = kinds(
        "The comedy knocked last week's leader, thriller The Salt Hours, into second place.",
        "The Salt Hours took $17m (£9m) over the weekend.",
    )
    assert "The Salt Hours" not in found and "Salt Hours" not in found


def test_a_soap_named_by_a_network_is_no_place() -> None:
    found = kinds("ITV1's rival soap Kessby Lane drew 9.8 million viewers earlier in the evening.")
    assert "Kessby Lane" not in found


def test_a_person_after_a_comma_and_a_trade_stays_a_person() -> None:
    found = kinds("The two men, comedy writer Tom Quarvell and film director Ben Ashlow, met in London.")
    assert found.get("Tom Quarvell") == "person" and found.get("Ben Ashlow") == "person"
    found = kinds("She thanked her co-star, soap actress Jane Tollery, for her support.")
    assert found.get("Jane Tollery") == "person"


# roles: a player's seeding or final reached before the name; a match's verb ends the role; a describing compound
# opening the sentence is the role, not the name's first word


def roles(*sentences: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(list(sentences)) if f.kind == "person"}


def test_a_seeding_before_a_name_is_the_players_role() -> None:
    found = roles("Fourth seed Anna Tollery reached the semi-finals with a 6-3 6-4 win.")
    assert found.get("Anna Tollery") == "Fourth seed"
    found = roles("She beat top seed Kristin Vaarby of Belgium, and Olympic finalist Tom Quarvell watched.")
    assert found.get("Kristin Vaarby") == "top seed" and found.get("Tom Quarvell") == "Olympic finalist"


def test_a_matchs_verb_before_the_role_is_no_part_of_it() -> None:
    found = roles("She will now meet top seed Kristin Vaarby in the final, and he will play striker Tom Quarvell.")
    assert found.get("Kristin Vaarby") == "top seed" and found.get("Tom Quarvell") == "striker"


def test_a_sentence_opening_compound_that_describes_the_name_is_its_role() -> None:
    found = roles("Sixth-seeded Jane Tollery beat Ann Roe 6-2 6-1 in the final.")
    assert found.get("Jane Tollery") == "Sixth-seeded" and "Ann Roe" in found
    assert roles("Jean-Paul Tollery won the final 6-2 6-1.").get("Jean-Paul Tollery") is None
    assert "Seed" not in str(roles("The firm raised seed funding from Ann Roe and Tom Quarvell."))


def test_a_noun_like_a_matchs_verb_stays_in_the_role() -> None:
    found = roles("News broke that its founder and public face of the brand, Tamsin Vale, was stepping down.")
    assert "founder" in (found.get("Tamsin Vale") or "")


# number_names._RACE_RUN_AT: a race named by its distance alone before a clause's end is no figure


def figures(*sentences: str) -> list[str]:
    return [f.text for f in facts_of(list(sentences)) if f.kind == "figure"]


def test_a_race_named_before_a_comma_is_no_figure() -> None:
    found = figures("In the women's 1500m, Morag Tollery set a personal best of four minutes 3.2 seconds.")
    assert "1500" not in found and "1500m" not in found
    assert not any("100" in f for f in figures("Jane Tollery, 24, won the 100m."))


def test_a_distance_run_before_a_comma_stays_a_figure() -> None:
    found = figures("The protesters marched 400m, then stopped outside the town hall.")
    assert any("400" in f for f in found)
    found = figures("The firm laid 800m of new cable, the company said.")
    assert any("800" in f for f in found)


# number_names._NAME_OPENS: a channel's number after a broadcaster's initials opening the sentence


def test_a_channels_number_opening_a_sentence_is_no_figure() -> None:
    assert figures("BBC Two sitcom The Night Lodgers won best situation comedy on Sunday.") == []
    assert figures("BBC Four controller Ann Tollery said the series was a hit.") == []


def test_a_count_opening_a_sentence_stays_a_figure() -> None:
    assert figures("Two men were arrested in Kessby on Sunday.") == ["Two"]
    assert any("Two" in f for f in figures("UN Two hundred peacekeepers arrived in the town."))


# repeated_names._EMPLOYER: a name, a conjunction and a job before another name are two people, no employer


def test_a_name_joined_by_and_to_a_job_and_a_name_is_no_employer() -> None:
    found = kinds(
        "Kessby Town drew 2-2 with Ashlow United on Saturday.",
        "Kessby pulled one back through Ade Oyelaru and substitute Kevin Tollery levelled late on.",
    )
    assert found.get("Ade Oyelaru") != "organisation"
    assert found.get("Kevin Tollery") == "person"


def test_a_name_right_before_a_job_and_a_name_stays_the_employer() -> None:
    found = kinds("Zentrix chief executive Ann Tollery said profits rose 4% in the year.")
    assert found.get("Zentrix") == "organisation"
