"""A range of sums whose currency sign stands before the low end and whose scale letter after the high end
("$65-70M", "£5-6m"), as box-office and business copy writes it (round 48, k-enent48): the scale applies to both
ends; near misses without a sign keep metres and bare numbers."""

from __future__ import annotations

import pytest

from briefing_app.core.numbers import find_numbers


def _read(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(n.text, n.value, n.value_max, n.currency) for n in find_numbers(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sequel is tipped to earn $65-70M at home.", ("65-70M", 65e6, 70e6, "USD")),
        ("The deal is worth £5-6m a year to the club.", ("5-6m", 5e6, 6e6, "GBP")),
        ("Analysts see a loss of $2-3m this quarter.", ("2-3m", 2e6, 3e6, "USD")),
        ("The fee rose to €10–12M in the end.", ("10–12M", 10e6, 12e6, "EUR")),
    ],
)
def test_a_signed_range_takes_the_scale_after_its_high_end(
    text: str, expected: tuple[str, float, float | None, str | None]
) -> None:
    assert _read(text) == [expected]


def test_ranges_with_no_sign_keep_their_old_reading() -> None:
    # (near misses: metres after a bare range, a capital letter with no sum, and a signed single sum as before)
    assert _read("He ran 5-10m from the wall.") == [("5-10", 5.0, 10.0, None)]
    assert _read("They scored 12-15M points.") == [("12-15", 12.0, 15.0, None)]
    assert _read("The show took $12.4M over the holiday.")[0] == ("12.4M", 12.4e6, None, "USD")
