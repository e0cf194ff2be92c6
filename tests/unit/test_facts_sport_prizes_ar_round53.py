"""Saudi sports copy of 2015 (round 53, invented copy, third pass): a player signs "لمدة موسمين", a count of two
seasons in the dual (ar_thing_duals); the league's prizes and cups are named after a patron ("جائزة خالد بن
عبدالله لأفضل لاعب", "كأس فهد بن سلطان"), whose lineage chain after the prize's word is the event's name, no person
(people_ar_nasab, people_ar_context, people_ar_roles)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def figures(*sentences: str) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in facts_of(list(sentences), "ar") if f.kind == "figure"]


def people(*sentences: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(list(sentences), "ar") if f.kind == "person"}


@pytest.mark.parametrize(
    "text",
    ["وتعاقد النادي مع المهاجم البرازيلي لمدة موسمين.", "وشغل الرجل منصبين في الحكومة قبل تقاعده."],
)
def test_two_seasons_or_posts_in_the_dual_are_a_count(text: str) -> None:
    assert any(value == 2 for _, value in figures(text))


@pytest.mark.parametrize(
    "text",
    ["وقال إن الموسمين الماضيين كانا صعبين على الفريق.", "وأقيمت المباراة في موسم الحج."],
)
def test_a_definite_season_or_a_single_one_is_no_count(text: str) -> None:
    assert not any("موسم" in t for t, _ in figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "وتوج اللاعب بجائزة خالد بن عبدالله لأفضل لاعب في الجولة.",
        "وحصل المهاجم على جائزة خالد بن عبدالله لأفضل لاعب.",
        "وتوج الفريق بكأس فهد بن سلطان للمرة الثانية.",
        "ويشارك النادي في بطولة كأس فيصل بن فهد للفئات السنية.",
    ],
)
def test_a_prize_or_cup_named_after_a_patron_is_no_person(text: str) -> None:
    assert not any(("خالد" in p or "فهد" in p) for p in people(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وتوج لاعب الأهلي عمر السومة بجائزة خالد بن عبدالله لأفضل لاعب.", "عمر السومة"),
        ("وقال رئيس لجنة الجائزة خالد العتيبي إن النتائج ستعلن غدا.", "خالد العتيبي"),
        ("وسلم الأمير فيصل بن فهد الكأس للفريق الفائز.", "فيصل بن فهد"),
        ("وقال مدير البطولة سامي الحربي إن التنظيم كان ناجحا.", "سامي الحربي"),
        ("وحضر المباراة خالد بن عبدالله الحربي رئيس النادي.", "خالد بن عبدالله الحربي"),
    ],
)
def test_people_beside_a_prize_are_kept(text: str, person: str) -> None:
    assert person in people(text)
