"""Danish fractions of a percentage point or a percent as a rate's step (round 53), written with made-up sentences:
"sænke renten med et kvart procentpoint" is a figure of 0.25 percentage points of the rate, as "med 0,25
procentpoint" is; a quarter of an hour or half a year stays no such figure.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _figures(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.counts) for f in facts_of([text], "da") if f.kind == "figure"]


def test_a_quarter_point_step_of_the_rate_is_a_figure() -> None:
    found = _figures("To medlemmer stemte for at sænke renten med et kvart procentpoint.")
    assert ("et kvart", 0.25, "percentage points", "renten") in found


def test_a_half_point_step_before_the_level_is_a_figure() -> None:
    found = _figures("Nationalbanken hævede renten med et halvt procentpoint til 1,5 procent.")
    assert ("et halvt", 0.5, "percentage points", "renten") in found


def test_a_subject_that_rose_by_a_quarter_point_is_what_it_counts() -> None:
    found = _figures("Inflationen steg med et kvart procentpoint i oktober.")
    assert found and found[0][:3] == ("et kvart", 0.25, "percentage points") and found[0][3] == "Inflationen"


def test_half_a_percent_counts_what_rose() -> None:
    assert _figures("Renten steg med en halv procent.") == [("en halv", 0.5, "percent", "Renten")]


# near misses: a quarter of an hour, half a year are no step of a rate


def test_a_quarter_of_an_hour_is_no_figure_of_a_rate() -> None:
    assert all(unit != "percentage points" for _, _, unit, _ in _figures("Mødet varede en kvart time."))


def test_half_a_year_is_no_figure_of_a_rate() -> None:
    assert _figures("Han sad fængslet i et halvt år.") == []


def test_a_step_in_digits_stays() -> None:
    found = _figures("To medlemmer stemte for at sænke renten med 0,25 procentpoint.")
    assert ("0,25", 0.25, "percentage points", "renten") in found
