"""Arabic people, roles, organisations and places, round 39: shapes met on Egyptian, Jordanian, Lebanese, Iraqi,
Kuwaiti, Moroccan and Algerian news pages, written again with made-up names and sentences, each with a near
miss that must keep its old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "ar")


def _texts(paragraphs: list[str], kind: str) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "ar") if f.kind == kind}


# --- a linking participle ends a person's or a body's name ----------------------------------------------------


def test_linking_participle_ends_a_persons_name() -> None:
    people = _people(["خبر", "وجرت الاحتجاجات بعد عزل الرئيس سامر نوفل المنتمي لحزب الوسط الجديد."])
    assert "سامر نوفل" in people
    assert not any("المنتمي" in name for name in people)
    # near miss: a nisba family name with the article is still the name's
    people = _people(["خبر", "وقال الرئيس سامر نوفل الحلبي إن الوضع صعب."])
    assert "سامر نوفل الحلبي" in people


def test_linking_participle_ends_a_bodys_name() -> None:
    orgs = _texts(["خبر", "وحصل المرشح على 70 صوتا في البرلمان الزنبقي المكون من 120 مقعدا."], "organisation")
    assert not any("المكون" in o for o in orgs)
    orgs = _texts(["خبر", "وعقدت الجلسة في معهد أمناء الشرطة المجاور لسجن الوادي."], "organisation")
    assert "معهد أمناء الشرطة" in orgs
    # near miss: "affiliated to" stays an attribute the name keeps
    orgs = _texts(["خبر", "وقال مكتب الإعلام التابع للوزارة إن العمل مستمر."], "organisation")
    assert not any("المجاور" in o for o in orgs)


# --- a feminine ordinal after ولاية is a term of office ------------------------------------------------------


def test_ordinal_after_wilaya_is_a_term_not_a_place() -> None:
    places = _texts(["خبر", "فاز رئيس البرلمان سامر نوفل بولاية سادسة على التوالي."], "place")
    assert "سادسة" not in places
    # near miss: a state named after ولاية is still a place
    places = _texts(["خبر", "ووصل الوفد إلى ولاية كيرالا الهندية."], "place")
    assert "كيرالا" in places


# --- sports roles and a leader with the article ------------------------------------------------------------------


def test_substitute_and_goalkeeper_before_the_name() -> None:
    people = _people(["خبر", "وأدرك البديل كريم منصور التعادل قبل أن يتصدى حارس الفريق نادر السعدي لركلة جزاء."])
    assert people.get("كريم منصور") == "البديل"
    assert people.get("نادر السعدي") == "حارس الفريق"
    # near miss: "البديل" as an alternative, no name after it
    people = _people(["خبر", "وقال الوزير إن البديل المطروح غير مقبول."])
    assert not any("المطروح" in name for name in people)


def test_leader_with_the_article_and_a_sect_adjective() -> None:
    people = _people(["خبر", "فاز الزعيم الدرزي سامر نوفل، الخميس، بولاية جديدة."])
    assert people.get("سامر نوفل") == "الزعيم الدرزي"


# --- a nisba family name said alone in another shape -----------------------------------------------------------


def test_nisba_family_name_confirmed_in_quote_marks() -> None:
    people = _people(
        [
            "خبر",
            "أعلن التحالف ترشيح النائب كريم شاكر العراقي لرئاسة الحكومة.",
            'وأكد مصدر أن التصويت على "العراقي" نهائي.',
        ]
    )
    assert "كريم شاكر العراقي" in people


def test_nisba_family_name_confirmed_after_that_or_an_opening_verb() -> None:
    people = _people(
        ["خبر", "وسمى التحالف النائب كريم شاكر العراقي مرشحا له.", "يشار إلى أنّ العراقي كان نائبا في البرلمان."]
    )
    assert "كريم شاكر العراقي" in people
    people = _people(["خبر", "وسمى التحالف النائب كريم شاكر العراقي مرشحا له.", "تولى العراقي وزارة الزراعة."])
    assert "كريم شاكر العراقي" in people
    # near miss: the people's adjective said again after a noun describes, the name stays short
    people = _people(["خبر", "وسمى التحالف النائب كريم شاكر العراقي مرشحا له.", "ورحب الجيش العراقي بالقرار."])
    assert "كريم شاكر" in people and "كريم شاكر العراقي" not in people


# --- bodies a role heads ---------------------------------------------------------------------------------------


def test_role_heads_a_current_or_a_fund() -> None:
    people = _people(
        ["خبر", "وشارك في اللقاء رئيس تيار النهضة كريم منصور.", "وقال مدير صندوق التنمية نادر السعدي إن الدعم مستمر."]
    )
    assert people.get("كريم منصور") == "رئيس تيار النهضة"
    assert people.get("نادر السعدي") == "مدير صندوق التنمية"


# --- Gulf names with the grandfather's name and the family's ---------------------------------------------------


def test_gulf_name_with_grandfathers_and_family_name() -> None:
    people = _people(["خبر", "وذكرت الوكالة أن الشيخ فهد السالم الزيدان أعيد تعيينه وزيرا للداخلية."])
    assert "فهد السالم الزيدان" in people
    # near miss: a time word after the name is no family name
    people = _people(["خبر", "وقال الشيخ فهد السالم اليوم إن الوضع مستقر."])
    assert "فهد السالم" in people and "فهد السالم اليوم" not in people


def test_two_members_of_one_family_are_two_people() -> None:
    people = _people(
        [
            "خبر",
            "وترأس الجلسة الشيخ أحمد ماجد الفهد الزيدان.",
            "وذكرت الوكالة أن الشيخ فهد السالم الزيدان أعيد تعيينه وزيرا للداخلية.",
        ]
    )
    assert "أحمد ماجد الفهد الزيدان" in people
    assert "فهد السالم الزيدان" in people


def test_emir_of_a_country_before_the_name() -> None:
    people = _people(["خبر", "وأصدر أمير الكويت ماجد الأحمد الفهد الزيدان، مرسوما أميريا."])
    assert people.get("ماجد الأحمد الفهد الزيدان") == "أمير الكويت"
    # near miss: أمير as a given name before a family name, with no country after it
    people = _people(["خبر", "وأصدر أمير الزيدان مرسوما."])
    assert "الكويت" not in " ".join(people)


# --- organisations ---------------------------------------------------------------------------------------------


def test_cabinet_named_by_a_title_is_no_body() -> None:
    orgs = _texts(["خبر", "وجاء التكليف خلفا لحكومة الدكتور نادر السعدي التي استقالت."], "organisation")
    assert not any(o.startswith("حكومة") for o in orgs)
    orgs = _texts(["خبر", "وتولى الوزارة في حكومة رئيس الوزراء الأسبق كريم منصور."], "organisation")
    assert not any(o.startswith("حكومة") for o in orgs)
    # near miss: a government named by its region is a body
    orgs = _texts(["خبر", "وأعلنت حكومة إقليم كردستان موقفها."], "organisation")
    assert any("حكومة إقليم كردستان" in o for o in orgs)


def test_phase_after_country_adjective_ends_the_body() -> None:
    orgs = _texts(["خبر", "وانسحب التيار من تشكيل الحكومة العراقية المقبلة."], "organisation")
    assert "الحكومة العراقية" in orgs
    assert "الحكومة العراقية المقبلة" not in orgs


def test_quoted_name_after_kind_and_its_adjective() -> None:
    orgs = _texts(["خبر", 'وأعلن التكتل البرلماني "الوفاق الجديد" ترشيح النائب.'], "organisation")
    assert "الوفاق الجديد" in orgs
    orgs = _texts(["خبر", 'والبيانات متاحة على الموقع الإلكتروني "للأرشيف الوطني".'], "organisation")
    assert "الأرشيف الوطني" in orgs
    # near miss: quoted speech after a body is no name
    orgs = _texts(["خبر", 'وقال الحزب إن "الوضع صعب".'], "organisation")
    assert "الوضع صعب" not in orgs


# --- the post held is no name ------------------------------------------------------------------------------------


def test_post_word_is_no_name() -> None:
    people = _people(["خبر", "وحصل النائب على 80 صوتا ليضمن انتخابه لمنصب نائب رئيس البرلمان."])
    assert not any("منصب" in name for name in people)
    people = _people(["خبر", "وشغل منصب وزير الزراعة في الحكومة السابقة."])
    assert not any("منصب" in name for name in people)
    # near miss: the holder named after the post is still a person
    people = _people(["خبر", "وانتخب لمنصب نائب رئيس البرلمان النائب كريم منصور."])
    assert "كريم منصور" in people
