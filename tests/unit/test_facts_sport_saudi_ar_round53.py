"""Saudi sports pages of 2015 (round 53, invented copy): the league is "دوري عبداللطيف جميل للمحترفين", named after
its sponsor, in nearly every match report. The statistical tagger reads "دوري عبداللطيف" as a man's name; a
competition or prize word opening the name, or standing right before it, makes it the event's name, no person
(people_ar_tagged)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def people(*sentences: str) -> set[str]:
    return {f.text for f in facts_of(list(sentences), "ar") if f.kind == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "فاز الاتحاد على الشباب في الجولة الخامسة من دوري عبداللطيف جميل للمحترفين.",
        "ضمن منافسات دوري عبد اللطيف جميل السعودي للمحترفين أمس.",
        "وتصدر الفريق ترتيب دوري عبداللطيف جميل برصيد 30 نقطة.",
    ],
)
def test_a_league_named_after_its_sponsor_is_no_person(text: str) -> None:
    assert not any("عبداللطيف" in p or "عبد اللطيف" in p or "دوري" in p for p in people(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال مدرب الفريق ماريوس دانيلسكو إن اللاعبين قدموا مباراة كبيرة.", "ماريوس دانيلسكو"),
        ("وسجل اللاعب عبداللطيف الغنام هدف الفوز في الدوري.", "عبداللطيف الغنام"),
    ],
)
def test_people_in_a_sports_page_are_kept(text: str, person: str) -> None:
    assert person in people(text)


def figures(*sentences: str) -> list[str]:
    return [f.text for f in facts_of(list(sentences), "ar") if f.kind == "figure"]


# A match report gives the minutes of a scorer's goals in the dual or the plural of "minute" (number_names): points
# in the match, as "في الدقيقة 23" is, no count.
@pytest.mark.parametrize(
    "text",
    [
        "وسجل للاتحاد المهاجم مختار فلاتة في الدقيقتين 23 و67.",
        "وسجل الأهداف في الدقائق 10 و25 و80 من المباراة.",
        "وسجل الأهداف في الدقائق 10، 25 و80.",
    ],
)
def test_the_minutes_of_goals_are_no_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("وتراجع الفريق في الدقائق 15 الأخيرة من اللقاء.", "15"),
        ("ولعب 30 دقيقة في الشوط الثاني.", "30"),
    ],
)
def test_lengths_of_time_stay_figures(text: str, figure: str) -> None:
    assert figure in figures(text)
