"""Arabic parts told after "من بين" and the definite noun of their whole ("ومن بين المصابين 4 وصفت حالتهم", four of
the injured), as casualty reports write them: with no noun of its own after the number, the part counts that noun,
not the clause after it. Made-up sentences; a part with a noun of its own keeps it."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import nth_counts


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("وأصيب 12 شخصا في الحادث، ومن بين المصابين 4 وصفت حالتهم بالخطرة.", 4, "المصابين"),
        ("وأصيب 12 شخصا، من بين المصابين 4 حالتهم حرجة.", 4, "المصابين"),
        ("وقتل 9 أشخاص في الانفجار، ومن بين القتلى 2 في حالة تحلل.", 2, "القتلى"),
        ("ونقل 15 شخصا إلى المستشفى، ومن بين المنقولين 5 أصيبوا بكسور.", 5, "المنقولين"),
    ],
)
def test_a_part_among_a_named_whole_counts_the_whole(text: str, value: float, counts: str) -> None:
    assert nth_counts(text, value, "ar") == counts


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        # (a noun of the part's own after its number)
        ("وأصيب 12 شخصا، ومن بين المصابين 3 أطفال.", 3, "أطفال"),
        # (the whole before the part, no "من بين" and a definite noun: as before)
        ("وأصيب 12 شخصا في الحادث.", 12, "شخصا"),
    ],
)
def test_a_part_with_its_own_noun_keeps_it(text: str, value: float, counts: str) -> None:
    assert nth_counts(text, value, "ar") == counts
