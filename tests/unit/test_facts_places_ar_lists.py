"""Arabic places in a list joined by commas, and the Arabic names of US states and Saudi regions (made-up
sentences)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _places(text: str) -> list[str]:
    return [f.text for f in facts_of([text], "ar") if f.kind == "place"]


def test_towns_in_a_comma_list_after_a_place_are_places() -> None:
    places = _places("وتركزت الغارات في حمص، حلب، درعا والقنيطرة.")
    assert {"حمص", "حلب", "درعا", "القنيطرة"} <= set(places), places


def test_a_town_name_after_a_comma_with_no_place_before_it_is_not_taken() -> None:
    # "حلب" (milked) after a comma, with no place before it: a word, not Aleppo
    assert "حلب" not in _places("وقال المزارع إنه استيقظ، حلب البقرة ثم خرج.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وضربت العاصفة ولاية أوهايو الأمريكية.", "أوهايو"),
        ("ووصل الوفد إلى واشنطن مساء أمس.", "واشنطن"),
        ("وانتقلت العائلة إلى كاليفورنيا.", "كاليفورنيا"),
        ("وهطلت أمطار غزيرة على منطقة عسير.", "عسير"),
        ("وافتتح مستشفى جديد في القصيم.", "القصيم"),
    ],
)
def test_arabic_names_of_states_and_regions(text: str, place: str) -> None:
    assert place in _places(text), _places(text)


def test_a_nisba_after_an_indefinite_noun_is_the_adjective_not_the_country() -> None:
    places = _places("وأطلقت مبادرة سورية جديدة لدعم الأطباء. وقال إن الوضع في سوريا صعب.")
    assert places == ["سوريا"], places


def test_the_country_spelt_with_ya_ta_after_a_preposition_is_a_place() -> None:
    assert "سورية" in _places("وقال إن الوضع في سورية صعب.")
