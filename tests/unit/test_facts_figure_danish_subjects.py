"""Danish figures whose counted thing is the clause around them (made-up sentences, issue 10 round 12)."""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Syv blev såret ved ulykken.", 7, "såret"),
        ("Politiet oplyser, at 23 blev anholdt.", 23, "anholdt"),
        ("Mindst 12 er blevet dræbt.", 12, "dræbt"),
        ("Over 100 er omkommet i Tolvik.", 100, "omkommet"),
        ("Ifølge politiet blev 40 evakueret fra bygningen.", 40, "evakueret"),
    ],
)
def test_a_bare_danish_subject_counts_what_befell_it(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "da", value)


def test_a_danish_number_with_its_noun_keeps_the_noun() -> None:
    assert counts_of("Tre personer blev dræbt.", "da", 3) == "personer"


@pytest.mark.parametrize(
    ("text", "value", "keys"),
    [
        ("Landsbyen ligger 30 kilometer fra grænsen.", 30, ("fra grænsen", "Landsbyen")),
        ("Den lille landsby ligger 30 kilometer fra grænsen.", 30, ("fra grænsen", "landsby")),
    ],
)
def test_a_danish_length_from_a_place_names_what_lies_there(text: str, value: float, keys: tuple[str, ...]) -> None:
    counts = counts_of(text, "da", value)
    assert all(key in counts for key in keys), counts


def test_a_danish_subject_inside_a_clause_is_not_taken_for_what_lies_there() -> None:
    text = "Det fik rytterne til at stramme tempoet i det sidste sving ca. 700 meter fra mål."
    assert counts_of(text, "da", 700) == "fra mål"


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("De to firmaer indgik en aftale til en værdi af 600 millioner kroner.", 6e8, "værdi (aftale)"),
        ("Kommunen bestilte nye busser til en samlet pris på 90 millioner kroner.", 9e7, "pris (busser)"),
    ],
)
def test_a_danish_sum_as_the_value_of_a_noun_names_the_noun(text: str, value: float, counts: str) -> None:
    assert counts_of(text, "da", value) == counts


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("Branden hærgede 12.000 hektar skov.", 12000, "skov"),
        ("Der blev solgt 50 kvadratmeter kontorplads i Vestby.", 50, "kontorplads i Vestby"),
    ],
)
def test_a_danish_area_measures_the_noun_right_after_it(text: str, value: float, counts: str) -> None:
    assert counts_of(text, "da", value) == counts


def test_a_danish_area_with_no_noun_after_keeps_its_subject() -> None:
    assert counts_of("Lejligheden er på 80 kvadratmeter.", "da", 80) == "Lejligheden"
