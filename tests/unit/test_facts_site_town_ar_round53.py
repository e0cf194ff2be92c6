"""Saudi health copy of 2015 (round 53, invented copy) names a hospital after a royal and the town it is in with a
glued "ب": "مستشفى الملك خالد بالخرج", "إلى «مستشفى الملك فهد» بجدة". The man's name ended at the second word
whatever it was, taking "بالخرج" into the site (and the town out of the places), and ran on past a closing quote
mark ('مستشفى الملك فهد» بجدة'). A closing mark ends the name as a comma does, and "ب" with a known place is
where the site is, no word of the name (place_sites_ar.person_name_after)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def places(*sentences: str) -> set[str]:
    return {f.text for f in facts_of(list(sentences), "ar") if f.kind == "place"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ونقل 5 مصابين إلى مستشفى الملك خالد بالخرج.", {"مستشفى الملك خالد", "الخرج"}),
        ("ونقل المصاب إلى «مستشفى الملك فهد» بجدة.", {"مستشفى الملك فهد", "جدة"}),
        ("وقال: «نقل المصاب إلى مستشفى الملك فهد بجدة»، مضيفاً أن حالته مستقرة.", {"مستشفى الملك فهد", "جدة"}),
        ("ونقل المصاب إلى مستشفى الأمير محمد بن عبدالعزيز بالرياض.", {"مستشفى الأمير محمد بن عبدالعزيز", "الرياض"}),
    ],
)
def test_the_town_after_a_site_is_its_own_place(text: str, expected: set[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("وزار مستشفى الملك عبدالله بن عبدالعزيز الجامعي.", "مستشفى الملك عبدالله بن عبدالعزيز الجامعي"),
        ("ونقل المصاب إلى مستشفى الملك فهد التخصصي.", "مستشفى الملك فهد التخصصي"),
        ("ونقل المصاب إلى مستشفى الشهيد أبو بكر الصديق.", "مستشفى الشهيد أبو بكر الصديق"),
    ],
)
def test_names_with_no_town_are_unchanged(text: str, site: str) -> None:
    assert site in places(text)
