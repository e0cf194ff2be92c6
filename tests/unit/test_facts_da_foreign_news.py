"""Danish foreign-news copy (round 46): shapes seen on real translated-style news, with made-up names.

Clock times written with a dot that a day or a part of the day follows ("omkring 08.30 onsdag morgen") are times,
not figures; a decimal with a dot and no "when" after it stays a figure.
"""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _figures(paragraphs: list[str]) -> list[tuple[float, str | None]]:
    return [(f.value, f.counts) for f in facts_of(paragraphs, "da") if f.kind == "figure"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Talen blev sendt omkring 08.30 onsdag morgen fra Tolvik.",
        "Mødet i Halby begyndte 21.15 dansk tid.",
        "Toget fra Nordby kørte allerede 06.45 fra perronen.",
        "Redningsfolk nåede frem 14.20 om eftermiddagen.",
    ],
)
def test_a_dotted_clock_time_with_its_day_or_a_leading_zero_is_no_figure(sentence: str) -> None:
    assert _figures([sentence]) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Prisen hos Halmart steg til 12.50 i gennemsnit.", 12.5),
        ("Aktien i Tolvik Group lukkede i 8.25 efter en dag med uro.", 8.25),
    ],
)
def test_a_dotted_decimal_with_no_day_after_it_stays_a_figure(sentence: str, value: float) -> None:
    assert [v for v, _c in _figures([sentence])] == [value]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        (
            "Forleden opjusterede Halmart så sine forventninger til næste års resultat til mellem 7 og 8,5 "
            "milliarder euro.",
            "næste års resultat",
        ),
        ("Tolvik Group opjusterer forventningerne til årets driftsresultat til 8 milliarder kroner.", "årets driftsresultat"),
        ("Halmart nedjusterer sine forventninger til omsætningen for 2024 til 4 milliarder kroner.", "omsætningen"),
    ],
)
def test_an_expectation_raised_to_a_level_counts_the_measure_expected(sentence: str, counts: str) -> None:
    assert [c for _v, c in _figures([sentence])] == [counts]


def test_a_figure_near_expectations_of_no_measure_keeps_its_own_noun() -> None:
    # near miss: "forventninger til fremtiden" with no level told after it
    assert _figures(["Halmart har store forventninger til fremtiden og ansætter 40 medarbejdere."]) == [
        (40.0, "medarbejdere")
    ]


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in facts_of(paragraphs, "da") if f.kind == "quote"]


def test_a_dash_quote_said_on_a_named_broadcaster_after_a_day_is_the_broadcasters() -> None:
    found = _quotes(["Redningsfolk graver i Nordby.", "- Vi har fundet tre overlevende, lyder det tirsdag på Tolvia TV."])
    assert found == [("Vi har fundet tre overlevende", "Tolvia TV")]


def test_lyder_det_paa_a_lower_case_place_names_no_broadcaster() -> None:
    # near miss: "på gaderne" is where, not whose words; the quote is not given to a "gaderne"
    found = _quotes(["Stemningen i Nordby er trykket.", "- Det er hårdt, lyder det på gaderne."])
    assert all(speaker is None or "gaderne" not in speaker for _t, speaker in found)
