"""Saudi sports copy of 2015 (round 53, invented copy, third pass): the league's clubs are named bare, with no
"نادي" or "فريق" before them ("تغلب الهلال على ضيفه الفتح", "عن النصر صاحب المركز الثاني", "يلتقي الهلال
والنصر"). In a sentence about a match, a league or a transfer such a name is the club (orgs_ar_clubs.bare_clubs);
the same words stay common nouns or other bodies where a word before or after makes them so."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def orgs(*sentences: str) -> set[str]:
    return {f.text for f in facts_of(list(sentences), "ar") if f.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("تغلب الهلال على ضيفه الفتح بثلاثة أهداف مقابل هدف في المباراة.", {"الهلال", "الفتح"}),
        ("ورفع الفريق رصيده إلى 24 نقطة بفارق نقطتين عن النصر صاحب المركز الثاني.", {"النصر"}),
        ("ويلتقي الهلال والنصر الأسبوع المقبل في قمة الجولة الحادية عشرة.", {"الهلال", "النصر"}),
        ("وفي مباراة أخرى، فاز الأهلي على الرائد بهدفين نظيفين.", {"الأهلي", "الرائد"}),
        ("وسجل للاتحاد المهاجم مختار فلاتة في الدقيقة 23.", {"الاتحاد"}),
        ("وكان مدرب الاتحاد الإسباني خوسيه مارتينيز قد طلب التعاقد مع مهاجم.", {"الاتحاد"}),
        ("وتعادل الشباب مع التعاون سلبيا في الجولة الخامسة.", {"الشباب", "التعاون"}),
    ],
)
def test_a_club_named_bare_in_a_match_report(text: str, clubs: set[str]) -> None:
    found = orgs(text)
    assert clubs <= found
    assert "الاتحاد الإسباني" not in found and "الاتحاد المهاجم" not in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وأعلن الاتحاد السعودي لكرة القدم موعد انطلاق الدوري.", "الاتحاد"),
        ("وأقيمت المباراة بالتعاون مع الرئاسة العامة لرعاية الشباب.", "التعاون"),
        ("وتأهل منتخب الشباب إلى نهائي البطولة بعد الفوز على اليابان.", "الشباب"),
        ("وانطلقت منافسات كأس الخليج في الرياض بمباراة الافتتاح.", "الخليج"),
        ("وقال اللاعب إن الفريق حقق النصر في مباراة صعبة.", "النصر"),
        ("وتم الاتفاق مع اللاعب على تجديد عقده لمدة موسمين.", "الاتفاق"),
        ("وأكد دعم الاتحاد الأوروبي لخطة الإصلاح الاقتصادي.", "الاتحاد"),
        ("وقال إن الشباب يمثلون نصف سكان المملكة.", "الشباب"),
        ("وشارك متطوعو الهلال الأحمر في تنظيم دخول الجماهير إلى الملعب.", "الهلال"),
    ],
)
def test_the_same_words_stay_common_nouns_or_other_bodies(text: str, word: str) -> None:
    assert word not in orgs(text)
