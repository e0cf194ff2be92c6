"""Arabic sums that value goods joined by "و" ("سجائر وعطور مقلدة بقيمة 13 مليون درهم", cigarettes and fake perfumes
worth 13 million), as police and customs reports of seizures and thefts write them: the sum counts all the goods,
not the adjective of the last one or the last noun alone. Made-up sentences, with near misses that keep their old
reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import nth_counts


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("وضبطت الشرطة سجائر وعطور مقلدة بقيمة 13 مليون درهم.", 13_000_000, "سجائر وعطور مقلدة بقيمة"),
        ("وسرق اللصوص أموالا ومجوهرات بقيمة 50 ألف دينار.", 50_000, "أموالا ومجوهرات بقيمة"),
        (
            "وضبطت الجمارك هواتف وأجهزة إلكترونية مهربة بقيمة 2 مليون ريال.",
            2_000_000,
            "هواتف وأجهزة إلكترونية مهربة بقيمة",
        ),
    ],
)
def test_joined_goods_before_a_value_are_counted_whole(text: str, value: float, counts: str) -> None:
    assert nth_counts(text, value, "ar") == counts


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        # (one noun and its adjective, as before)
        ("وضبطت الجمارك أجهزة إلكترونية بقيمة 2 مليون ريال.", 2_000_000, "أجهزة إلكترونية بقيمة"),
        ("ووقعت الشركة عقدا بقيمة 5 ملايين دولار.", 5_000_000, "عقدا بقيمة"),
        # (definite nouns joined: the list readers' reading, unchanged)
        ("وارتفعت الصادرات والواردات بقيمة 3 ملايين دولار.", 3_000_000, "والواردات بقيمة"),
    ],
)
def test_one_noun_or_definite_nouns_keep_their_reading(text: str, value: float, counts: str) -> None:
    assert nth_counts(text, value, "ar") == counts
