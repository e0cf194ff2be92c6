"""British copy's bands, firms named by their staff's trade, people described as producers, and works quoted after
their creator (made-up names throughout)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def kinds(*sentences: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts_of(list(sentences)) if f.kind in ("person", "organisation", "place")}


def roles(*sentences: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(list(sentences)) if f.kind == "person"}


# org_kinds.AMBIGUOUS_KINDS: "a TV producer" describes a person as often as a firm


def test_a_given_name_described_as_a_producer_stays_a_person() -> None:
    found = roles("Tom Quarvell lost the final.", "Her husband Piers, a radio producer, waited outside the court.")
    assert "Piers" in found and "producer" in (found["Piers"] or "")
    assert kinds("Lucy, a record producer, joined the band.").get("Lucy") == "person"


def test_a_firm_described_as_a_producer_is_still_a_body() -> None:
    assert kinds("Shares in Tullmore, the oil producer, rose 4% on Monday.").get("Tullmore") == "organisation"


# people_bodies._trade_plural_before: "management consultants X" is a firm, one person is never "consultants"


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The insurer hired management consultants Quarlesby before its rights issue.", "Quarlesby"),
        ("The bank appointed corporate lawyers Quillans to fight the case.", "Quillans"),
    ],
)
def test_a_plural_trade_before_one_name_makes_a_firm(text: str, firm: str) -> None:
    assert kinds(text).get(firm) == "organisation"


def test_a_plural_trade_before_a_list_of_names_keeps_the_people() -> None:
    found = kinds("Props Tom Rowntrey and Al Whitlow are in top form.")
    assert found.get("Tom Rowntrey") == "person" and found.get("Al Whitlow") == "person"


def test_a_singular_role_before_one_name_keeps_the_person() -> None:
    assert kinds("The club's boss Hallworth resigned on Friday.").get("Hallworth") == "person"


# org_acts_en: bands by what only an act does or has


@pytest.mark.parametrize(
    "text",
    [
        "Velvetine were crowned the best live act of the year.",
        "The shortlist is out: Velvetine are nominated in three categories.",
        "Velvetine have been shortlisted for the prize.",
    ],
)
def test_a_one_word_name_with_an_acts_plural_deed_is_a_band(text: str) -> None:
    assert kinds(text).get("Velvetine") == "organisation"


def test_a_family_name_with_an_acts_plural_deed_is_a_band() -> None:
    assert kinds("Quarles were crowned the best live act, beating the favourites.").get("Quarles") == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Candidates were nominated by the party in March.",
        "Nurses were nominated for the award by patients.",
        "Roe and Doe were nominated for the award.",
    ],
)
def test_common_plurals_and_listed_names_make_no_band(text: str) -> None:
    assert not any(kind == "organisation" for kind in kinds(text).values())


def test_an_albums_owner_no_list_holds_is_a_band() -> None:
    assert kinds("Critics loved Glasscrow's new album, which topped the chart.").get("Glasscrow") == "organisation"


def test_an_albums_owner_with_a_family_name_is_no_band() -> None:
    assert kinds("Critics loved Jane Smith's new album, which topped the chart.").get("Jane Smith") == "person"
    assert kinds("Critics loved Smith's new album, which topped the chart.").get("Smith") != "organisation"


# work_titles._OWNED_QUOTED: a work quoted after its creator's possessive


def test_a_work_quoted_after_its_creators_possessive_is_no_person() -> None:
    found = kinds(
        "Roe's 'Harbour Lights' dominates the film awards",
        "Jane Roe's film took four prizes at the awards on Sunday.",
        "Harbour Lights also won the audience prize at the Kessby festival.",
    )
    assert "Harbour Lights" not in found
    assert found.get("Jane Roe") == "person"


def test_a_name_quoted_with_no_possessive_before_it_stays_a_person() -> None:
    found = kinds("Minister backs 'Jane Roe' plan", "Jane Roe spoke to MPs on Monday about the plan.")
    assert found.get("Jane Roe") == "person"


# work_titles._INTRODUCED: a work introduced by its kind at a sentence's start, and a title that is no place


def test_a_work_introduced_by_its_kind_at_the_start_of_a_sentence_is_no_body() -> None:
    found = kinds("Irish comedy The Quiet Lodgers won two awards, including best screenplay.")
    assert "The Quiet Lodgers" not in found and "Quiet Lodgers" not in found
    assert kinds("Veteran comedy actor Tom Quarvell won two awards.").get("Tom Quarvell") == "person"


def test_a_work_titled_like_a_place_is_no_place_unless_the_article_names_the_place() -> None:
    found = kinds("She was praised for her role in the drama Stony Harbour, which opened in London.")
    assert "Stony Harbour" not in found
    assert found.get("London") == "place"
    found = kinds("He starred in the film Paris, which was shot in Lyon.", "He later moved to Paris with his family.")
    assert found.get("Paris") == "place"
