"""Arabic news names the small towns of its countries bare ("هجوم خان شيخون"): `towns_ar.tsv`, generated from
GeoNames, holds those of two words or more (made-up sentences; the towns are real, the events are not)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def places(text: str) -> set[str]:
    return {f.text for f in facts_of([text], "ar") if f.kind == "place"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("تحدث التقرير عن هجوم خان شيخون الذي وقع في الربيع.", "خان شيخون"),
        ("وقعت اشتباكات عنيفة قرب جسر الشغور مساء أمس.", "جسر الشغور"),
        ("عاد السكان إلى كفر تخاريم بعد أسبوع.", "كفر تخاريم"),
    ],
)
def test_a_small_town_of_two_words_is_a_place(text: str, town: str) -> None:
    assert town in places(text)


def test_a_persons_name_shaped_like_a_town_is_left_out() -> None:
    # ("أبو حماد" is a town in GeoNames, but a kunya opens it: the list leaves it out)
    assert "أبو حماد" not in places("قال أبو حماد إن الوضع صعب.")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("دارت اشتباكات في محيط بلدة تل حلف أمس.", "تل حلف"),
        ("وقعت اشتباكات قرب مدينة رأس العين ليلا.", "رأس العين"),
        ("وصل النازحون إلى بلدة عين عيسى.", "عين عيسى"),
    ],
)
def test_a_toponyms_first_word_after_a_kind_takes_the_next_word(text: str, town: str) -> None:
    assert town in places(text)


@pytest.mark.parametrize("text", ["وصلوا إلى بلدة تل أخرى.", "وفي مدينة تلبيسة قتل رجل."])
def test_a_toponyms_first_word_alone_or_inside_a_word_is_no_name(text: str) -> None:
    assert not places(text) & {"تل", "تل أخرى"}


def test_the_night_of_a_weekday_is_no_town() -> None:
    assert "ليل" not in places("دارت اشتباكات بعد منتصف ليل الجمعة في محيط البلدة.")
