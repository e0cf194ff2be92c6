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
        ("ولا يشمل الاتفاق المقرات التابعة لجبهة النصر التي كانت هدفا للغارات.", "النصر"),
        ("وفي ولايات الوحدة وأعالي النيل فقد الرعاة ماشيتهم هذا الموسم.", "الوحدة"),
    ],
)
def test_the_same_words_stay_common_nouns_or_other_bodies(text: str, word: str) -> None:
    assert word not in orgs(text)


def places(*sentences: str) -> set[str]:
    return {f.text for f in facts_of(list(sentences), "ar") if f.kind == "place"}


# A Saudi stadium is named after the sports city it stands in, named after a king or a prince (place_shapes_ar):
# "the King" alone is no place; the site keeps the man's name and the city's adjective.
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "وأقيمت المباراة على ملعب مدينة الملك عبدالله الرياضية بجدة مساء الجمعة.",
            "ملعب مدينة الملك عبدالله الرياضية",
        ),
        ("وأقيمت المباراة على ملعب مدينة الملك فهد الدولية بالرياض.", "ملعب مدينة الملك فهد الدولية"),
        ("ويستضيف الفريق منافسه على ملعب مدينة الأمير فيصل بن فهد.", "ملعب مدينة الأمير فيصل"),
        ("وتقام المباراة على ملعب مدينة الملك فهد.", "ملعب مدينة الملك فهد"),
    ],
)
def test_a_sports_city_named_after_a_king_is_no_place_called_the_king(text: str, site: str) -> None:
    found = places(text)
    assert site in found
    assert not {"الملك", "الأمير"} & found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وأقيمت المباراة على ملعب مدينة الرس بحضور جماهيري كبير.", "ملعب مدينة الرس"),
        ("وزار الوفد مدينة الخبر أمس.", "الخبر"),
    ],
)
def test_a_stadium_or_town_named_without_a_title_is_unchanged(text: str, place: str) -> None:
    assert place in places(text)
