"""Arabic: an indefinite head with a describing word after it is a description, no body's name (the classes come
from a real CNN Arabic page; made-up sentences)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def bodies(text: str) -> set[str]:
    return {f.text for f in facts_of([text], "ar") if f.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        "وقال مرصد كسبة، وهو هيئة معارضة مقرها لندن، إن الوضع سيئ.",
        "سيطر مقاتلون من عدة كتائب أخرى على مستودعات.",
        "تحدثوا عن ولادة حكومة تدير المناطق الشرقية.",
        "وقالت جماعة مسلحة إنها نفذت الهجوم.",
    ],
)
def test_a_described_indefinite_body_is_no_name(text: str) -> None:
    assert not {b for b in bodies(text) if b.startswith(("هيئة", "كتائب", "حكومة", "جماعة"))}


@pytest.mark.parametrize(("text", "body"), [("وأعلنت هيئة تحرير الشام ذلك.", "هيئة تحرير الشام"),
                                           ("وقالت حركة حماس إن الوضع سيئ.", "حركة حماس")])
def test_a_name_after_an_indefinite_head_stays(text: str, body: str) -> None:
    assert body in bodies(text)
