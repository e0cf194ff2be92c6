"""Round 49 (k-enbiz49): what English figures count in business and economy copy (central banks' statements,
statistics releases, exchange-rate and results copy), read on unseen pages.

Made-up sentences of the shapes found there, each with near misses that keep their old reading:

- a currency quoted in another country's cents ("the kiwi dollar fell to 70.2 US cents"): cents are the unit, the
  currency the subject (`figure_words.unit_after`); the "US" is no part of what the figure counts;
- a level set off by a comma after a step in basis points ("lifted its base rate by 50 basis points, to 3.25 per
  cent"), or after a bare object and its modifier ("lifting interest rates by 50 basis points, to 3.25 per cent"):
  the object's level (`object_changes_en`);
- a figure the readers read as its subject's time ("The ratio in August 2011, at 41.2 percent, was ...", "Turnover
  in the period (£18.4 million)"): the subject before the time adjunct (`dated_subjects_en`).
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import counts_of, figures_of

# --- a currency in another's cents ---


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("The Norland dollar closed at 78.5 US cents on Friday.", 78.5, "Norland dollar"),
        ("The kroon dropped to 70.2 U.S. cents after the vote.", 70.2, "kroon"),
        ("The kiwi closed at 91 Australian cents in Sydney.", 91, "kiwi"),
        ("Bankers see the kroon slide to 66 cents by June and slip to 64 cents U.S. by December.", 64, "kroon"),
    ],
)
def test_cents_of_another_currency_are_the_unit(text: str, value: float, subject: str) -> None:
    found = [f for f in figures_of(text) if f.value == value]
    assert found and found[0].unit == "cents"
    assert subject in (found[0].counts or "") and "cents" not in (found[0].counts or "")


@pytest.mark.parametrize(
    ("text", "value"),
    [("The group runs 95 US centres.", 95), ("Fares rose to 95 cents.", 95)],
)
def test_other_words_after_a_country_are_not_national_cents(text: str, value: float) -> None:
    found = [f for f in figures_of(text) if f.value == value]
    assert found
    if "centres" in text:
        assert found[0].unit != "cents"  # a noun starting with "cent" is no cent
    else:
        assert found[0].unit == "cents"  # the bare cents as before


# --- a level after a step in basis points, set off by a comma ---


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The Bank of Norland said it was lifting interest rates by 50 basis points, to 3.25 per cent.", 3.25,
         "interest rates"),
        ("The board will raise the base rate by 75 basis points, to 6.5 per cent.", 6.5, "base rate"),
        ("The central bank cut its repo rate by 50 basis points, to 3 per cent, on Tuesday.", 3, "repo rate"),
    ],
)  # fmt: skip
def test_a_level_after_a_step_in_basis_points_is_the_objects(text: str, value: float, measure: str) -> None:
    assert measure in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # (a level after a step with no comma, read as before)
        ("The central bank raised interest rates by 0.25 percentage points to 4.75%.", 4.75, "interest rates"),
        # (a step that is no change of a rate, read as before)
        ("The firm cut its staff by 200, to 1,000.", 1000, "staff"),
    ],
)
def test_levels_with_their_own_reading_keep_it(text: str, value: float, measure: str) -> None:
    assert measure in counts_of(text, "en", value)


# --- a figure read as its subject's time ---


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The participation ratio in August 2011, at 41.2 percent, was 0.3 percentage point lower than a year "
         "before.", 41.2, "participation ratio"),
        ("The participation ratio in August 2011, at 41.2 percent, was 0.3 percentage point lower than a year "
         "before.", 0.3, "participation ratio"),
        ("Inflation in March, at 2.1%, was above target.", 2.1, "Inflation"),
        ("Output in the third quarter of 2005, at 2.3%, was weak.", 2.3, "Output"),
        ("Turnover in the period (£18.4 million) was a little above the level of a year before (£18.1 million).",
         18_100_000, "Turnover"),
    ],
)  # fmt: skip
def test_a_figure_read_as_a_time_counts_the_subject(text: str, value: float, measure: str) -> None:
    assert counts_of(text, "en", value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Retail sales in December rose 1.2% on the month.", 1.2, "retail sales"),
        ("Car sales in Norland in May were 12,000, down 4%.", 12_000, "Car sales"),
        ("Norland in May had 12 storms.", 12, "storms"),
    ],
)
def test_readings_that_are_no_time_are_kept(text: str, value: float, measure: str) -> None:
    assert counts_of(text, "en", value) == measure


def test_a_span_of_time_keeps_its_period() -> None:
    assert "period" in counts_of("The survey ran over a six-month period.", "en", 6)
