"""Digit groups written in the other convention's style: several dot or comma groups of three digits are
thousands in any language, and Arabic copy in the French style writes thousands with a dot ("200.000")."""

from __future__ import annotations

import pytest

from briefing_app.core.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("حفظ الأرشيف 1.457.465 مقطع فيديو.", "ar", 1457465),
        ("The archive holds 1.457.465 clips.", "en", 1457465),
        ("Arkivet rummer 1,457,465 klip.", "da", 1457465),
        ("استعيد ما يزيد عن 200.000 مقطع فيديو.", "ar", 200000),
        ("ارتفع المؤشر 2.5 نقطة.", "ar", 2.5),
    ],
)
def test_grouped_digits(text: str, language: str, value: float) -> None:
    numbers = [n for n in find_numbers(text, language) if n.kind in ("number", "percent")]
    assert [n.value for n in numbers] == [value]
