"""Danish forecasts revised and estimates made to a figure (round 53), written with made-up bodies and numbers:
"nedjusterede sin vækstprognose for i år til 1,25 procent" counts the forecast, not "Nationalbanken nedjusterede";
"politiet anslog tallet til 12.000" counts the number estimated, not the police. Near misses: a verb of change with
no object, an expectation of a named measure, a tax raised.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _counts(text: str) -> list[str | None]:
    return [f.counts for f in facts_of([text], "da") if f.kind == "figure"]


def test_a_growth_forecast_cut_counts_the_forecast() -> None:
    assert _counts("Nationalbanken nedjusterede sin vækstprognose til 1,25 procent.") == ["vækstprognose"]


def test_an_adverb_and_a_year_around_the_object() -> None:
    counts = _counts("Nationalbanken nedjusterede samtidig sin vækstprognose for i år til 1,25 procent fra 1,7 procent.")
    assert counts == ["vækstprognose", "vækstprognose"]


def test_a_forecast_raised_counts_the_forecast() -> None:
    assert _counts("Regeringen opjusterede sit skøn til 2,1 procent.") == ["skøn"]


def test_an_estimate_of_the_crowd_counts_the_number_not_the_police() -> None:
    assert _counts("Arrangørerne sagde, at 40.000 deltog, mens politiet anslog tallet til 12.000.")[-1] == "tallet"


def test_no_object_stays() -> None:  # near miss
    assert _counts("Banken nedjusterede med 0,3 procentpoint.") == ["Banken nedjusterede"]


def test_an_expected_measure_stays() -> None:  # near miss
    assert _counts("Selskabet opjusterede forventningerne til årets resultat til 18 mia. kr.") == ["årets resultat"]


def test_a_tax_raised_stays() -> None:  # near miss
    assert _counts("Regeringen hævede skatten med 2 mia. kr.") == ["skatten"]
