"""Britain's charities, unions and business groups that British copy names bare and no rule reads as a body: a verb
or a given name first, a possessive, ordinary words (`organisations.tsv`); made-up sentences around the real names."""

from __future__ import annotations

from tests.unit.facts_helpers import names_by_kind


def test_charities_named_bare_are_organisations_not_people() -> None:
    found = names_by_kind(
        [
            "Charities attack the budget",
            "Help the Aged said the rise in fuel bills would hit pensioners hardest.",
            "Marie Curie Cancer Care and English Heritage both asked for more money.",
            "Age Concern spokeswoman Ida Vane said many older people were struggling.",
        ]
    )
    assert {"Help the Aged", "Marie Curie Cancer Care", "English Heritage", "Age Concern"} <= set(found["organisation"])
    assert not {"Aged", "Marie Curie Cancer Care", "English Heritage"} & set(found["person"])
    assert "Ida Vane" in found["person"]


def test_near_miss_the_words_of_a_charity_in_prose_name_no_body() -> None:
    found = names_by_kind(
        [
            "Pensioners fear winter",
            "Ministers said the aged would get help, and voiced concern over the cost.",
            "The physicist Marie Curie won two Nobel prizes.",
        ]
    )
    assert not {"Help the Aged", "Age Concern", "Marie Curie"} & set(found["organisation"])
