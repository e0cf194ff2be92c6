"""A number that labels a class, an article of a text or a road in Arabic and Hebrew is no figure; a stage that
lasts a time still gives its figure (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _figures(text: str, lang: str) -> list[float | None]:
    return [f.value for f in facts_of([text], lang) if f.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("ودمرت البعثة 90% من المواد فئة 2 بموجب المادة 4 من الاتفاق.", "ar", [90.0]),
        ("وأشار إلى البند 3 والفقرة 5 من القانون، وقتل 14 شخصا.", "ar", [14.0]),
        ("התאונה אירעה בכביש 6 לפי סעיף 7 לחוק, ונהרגו 3 בני אדם.", "he", [3.0]),
    ],
)
def test_a_label_number_is_no_figure(text: str, lang: str, values: list[float]) -> None:
    assert _figures(text, lang) == values


def test_a_stage_that_lasts_a_time_keeps_its_figure() -> None:
    assert 3.0 in _figures("واستمرت المرحلة 3 أشهر وقتل 12 شخصا.", "ar")
