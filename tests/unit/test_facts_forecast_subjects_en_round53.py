"""BBC business copy of 2004-05 reports a forecast: "The firm predicts that sales will reach $3.2bn by 2009",
"Analysts expect revenues will top £1bn". The figure is the level of the reported clause's subject ("sales"), not of
the firm that forecasts it; the tagger reads "predicts" as a plural noun, so "that" after it, or a bare plural before
a modal, is the sign (made-up firms and figures throughout)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def counts(sentence: str) -> dict[str, str | None]:
    return {f.text: f.counts for f in facts_of([sentence]) if f.kind == "figure"}


# subject_heads_en._subject_head (after "that"), subject_before._THINKING (a bare plural before a modal)


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        ("The firm predicts that sales will reach $3.2bn by 2009.", "$3.2bn", "sales"),
        ("The firm predicts sales will reach $3.2bn by 2009.", "$3.2bn", "sales"),
        ("The group forecasts that revenues will top £1bn next year.", "£1bn", "revenues"),
        ("Tarrant Research believes that subscriptions will climb to 12 million.", "12 million", "subscriptions"),
        ("The agency expects exports will exceed £40m this year.", "£40m", "exports"),
    ],
)
def test_a_forecast_clause_counts_its_own_subject(sentence: str, figure: str, counted: str) -> None:
    reading = counts(sentence)[figure] or ""
    assert reading.split(" (")[0] == counted


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        # near misses that read as before: a determined subject, a relative "that", a figure of the forecaster's own
        ("Officials fear the toll could exceed 200.", "200", "toll"),
        ("New cases of the virus that causes the disease in the state surpassed 12,000.", "12,000", "New cases"),
        ("The bank expects interest rates to reach 5%.", "5", "interest rates"),
        ("The firm, which employs 300 people, predicts strong growth.", "300", "people"),
    ],
)
def test_near_misses_keep_their_reading(sentence: str, figure: str, counted: str) -> None:
    reading = counts(sentence)[figure] or ""
    assert reading.split(" (")[0] == counted
