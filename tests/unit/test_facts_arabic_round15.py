"""Arabic people of the fifteenth round (made-up sentences): a given name and a definite nisba, written alike
in two sentences, name a person without a title ("منها سامر الحلبي ... نشر سامر الحلبي")."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def people(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "ar") if f.kind == "person"}


def test_a_given_name_and_a_definite_nisba_said_twice_name_a_person() -> None:
    found = people([
        "أفادت مصادر محلية منها سامر الحلبي أن المشفى تعرض لقصف صباح الاثنين.",
        "نشر سامر الحلبي فيديو يظهر الأضرار في الطابق الأول.",
    ])  # fmt: skip
    assert "سامر الحلبي" in found


def test_a_noun_and_its_genitive_said_twice_are_no_person() -> None:
    # "جودة" (quality) is also a given name; its genitive is a noun, not a nisba
    found = people([
        "تراجعت جودة النوم لدى سكان المدينة بعد القصف.",
        "وقال الأطباء إن جودة النوم تحسنت بعد شهر.",
    ])  # fmt: skip
    assert not any(name.startswith("جودة") for name in found)


def test_a_role_word_after_a_body_and_its_genitive_is_the_bodys_adjective() -> None:
    # "مركز X الإعلامي": the X media centre, not a media man called by the verb after it
    assert people(["مركز القرية الإعلامي نشر فيديو آخر يظهر الضرر في المدخل."]) == set()
    assert people(["نشر مركز القرية الإعلامي صورا تظهر مبنى مدمرا."]) == set()


def test_a_role_word_of_its_own_still_introduces_a_name() -> None:
    assert "سامر الحلبي" in people(["وقال الإعلامي سامر الحلبي إن المشفى تعرض لقصف."])
    assert "سامر الحلبي" in people(["وقال مدير المكتب الإعلامي سامر الحلبي إن المشفى تعرض لقصف."])
    # a body, a preposition, then the role: the role is the person's ("أفرجت السلطات عن الأسير X")
    assert "سامر الحلبي" in people(["وأفرجت السلطات عن الأسير سامر الحلبي بعد إضراب طويل."])


def organisations(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "ar") if f.kind == "organisation"}


def test_a_un_agency_keeps_its_field() -> None:
    assert "منظمة الأمم المتحدة للطفولة" in organisations(
        ["وفقا لممثل منظمة الأمم المتحدة للطفولة (اليونيسيف) في البلاد."]
    )
    assert "المفوضية السامية للأمم المتحدة لحقوق الإنسان" in organisations(
        ["نشرت المفوضية السامية للأمم المتحدة لحقوق الإنسان تقريرا جديدا."]
    )
    assert "المفوضية السامية للأمم المتحدة لشؤون اللاجئين" in organisations(
        ["قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن العدد ارتفع."]
    )


def test_what_the_un_calls_for_is_no_part_of_its_name() -> None:
    assert "منظمة الأمم المتحدة" in organisations(["دعت منظمة الأمم المتحدة للإفراج عن المعتقلين فورا."])


def test_a_bodys_name_in_marks_is_no_quote_and_factions_are_no_person() -> None:
    found = facts_of(
        ['أكدت جهات معارضة أن فصائل مسلحة على صلة بـ"جيش الساحل" تمكنت من السيطرة على مستودعات للأسلحة.'], "ar"
    )
    assert [f for f in found if f.kind == "quote"] == []
    assert [f.text for f in found if f.kind == "person"] == []


def test_factions_speaking_are_no_person() -> None:
    assert people(["وقالت جهات سورية معارضة إن الفصائل سيطرت على المستودعات."]) == set()
