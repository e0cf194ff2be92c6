"""Arabic people, roles, quotes and organisations, round 30: constructions that recurred on real Arabic news pages
(Jordanian and Egyptian ministers' statements, Kuwaiti banks, Egyptian court reports, Moroccan football coaches),
written again with made-up names and sentences, each with near misses that must keep their old reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "ar")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "ar")]


def _quotes(text: str) -> list[str]:
    return [q.text for q in quotes_of(["خبر", text], "ar")]


_COACH = "قال مدرب النادي سامر القاضي إنه واجه الفريق بهدف الفوز."
_SAID = '"إن الهدفين جاءا من ضربة ثابتة ولم نلعب بطريقة دفاعية."'


# --- the outlet a statement was given to is no speaker -----------------------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "وقال في تصريح لكووورة :",  # a one-word outlet glued to ل after "in a statement to"
        "وأضاف في حديث خاص لمصراوي:",  # "in an exclusive interview with"
        "وقال في تصريحات صحفية لموقعنا:",
        "وقال لـ«الجريدة»:",  # a drawn-out ل and the paper in guillemets, right after the verb
    ],
)
def test_the_outlet_spoken_to_is_no_speaker(intro: str) -> None:
    speakers = _speakers(["خبر", _COACH, f"{intro} {_SAID}"])
    assert speakers == ["سامر القاضي"], speakers


def test_a_name_that_opens_with_lam_still_speaks() -> None:
    # near miss: a bare verb and a name beginning with ل, no statement noun and no drawn-out ل
    speakers = _speakers(["خبر", _COACH, f"وقال لافروف: {_SAID}"])
    assert speakers == ["لافروف"], speakers


# --- offices kept past a title in commas or a body in guillemets ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role_key"),
    [
        # the office, a comma, an honorific, the name in commas
        ("قال رئيس مجلس إدارة البنك الأهلي الوطني، الشيخ سالم فهد الناصر، إن الأرباح ارتفعت.", "سالم فهد الناصر",
         "رئيس مجلس إدارة البنك الأهلي الوطني"),
        ("أكد وزير النقل، الدكتور سامر الحلبي، أن المشروع جاهز.", "سامر الحلبي", "وزير النقل"),
        # the body the office serves named in guillemets, then an abbreviated title
        ("وقال محافظ «المركزي» د. سامر الحلبي، في تصريح أمس، إن التعميم صدر.", "سامر الحلبي", "محافظ"),
    ],
)  # fmt: skip
def test_offices_before_a_title(text: str, name: str, role_key: str) -> None:
    people = _people(["خبر", text])
    assert name in people, people
    assert role_key in (people[name] or ""), people


def test_a_name_between_office_and_title_keeps_the_office_its_own() -> None:
    # near miss: someone named before the office, so the office in commas is not the titled person's
    people = _people(["خبر", "والتقى سامر الحلبي وزير النقل، الدكتور فهد الناصر، في القاهرة."])
    assert "فهد الناصر" in people, people
    assert "الدكتور" in (people["فهد الناصر"] or ""), people


def test_a_work_in_guillemets_before_a_title_is_no_office() -> None:
    people = _people(["خبر", "وشارك في فيلم «الطريق» الدكتور سامر الحلبي."])
    assert people.get("سامر الحلبي") == "الدكتور", people


# --- a town's nisba closes a three-part name; Egyptian copy's final ى ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "عقدت الجلسة برئاسة المستشار وليد سعيد الشربيني، وعضوية المستشارين.",  # the nisba of a town
        "وقال المستشار وليد سعيد الشربينى إن الجلسة تأجلت.",  # ... written with ى
    ],
)
def test_a_towns_nisba_closes_a_name(text: str) -> None:
    people = _people(["خبر", text])
    assert any(n.startswith("وليد سعيد الشربين") for n in people), people


def test_a_countrys_nisba_and_short_words_in_alif_maqsura_are_no_family_names() -> None:
    # near misses: a country's or a region's nisba describes a people; a short word in ى keeps its ى
    from briefing_app.core.facts.people_ar_words import _lineage_family, egyptian_final_ya

    assert not _lineage_family("السوري")
    assert _lineage_family("الحلبي")
    assert egyptian_final_ya("الكبرى") == "الكبرى"
    assert egyptian_final_ya("الروينى") == "الرويني"


# --- a case's name in quote marks is no quote ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'أكد دفاع المتهم الثالث، في القضية المعروفة إعلاميًا بـ "أحداث مدينة الإنتاج الفني"، أن موكله بريء.',
        'وقال المحامي سامر الحلبي في القضية "اغتيال رجل الأعمال في المعادي" إن موكله بريء.',
    ],
)
def test_a_cases_name_in_marks_is_no_quote(text: str) -> None:
    assert _quotes(text) == [], _quotes(text)


def test_speech_after_a_case_is_still_a_quote() -> None:
    # near miss: the lawyer speaks about the case after a colon
    quotes = _quotes('وقال المحامي سامر الحلبي عن القضية: "موكلي بريء ولم يكن في مكان الحادث أصلا".')
    assert len(quotes) == 1, quotes


def test_facts_helpers_still_read_arabic() -> None:
    assert any(f.kind == "person" for f in facts_of(["خبر", _COACH], "ar"))


# --- Gulf copy: lineage names of one family, honorifics, offices in commas inside a list ---------------------------


def test_a_rulers_sons_are_not_the_ruler() -> None:
    people = _people(
        [
            "خبر",
            "استقبل الشيخ فهد بن ماجد الغانم حاكم الإمارة، بحضور الشيخ ماجد بن فهد بن ماجد الغانم ولي العهد، "
            "اليوم، سفير دولة صديقة.",
            "وحضر اللقاء الشيخ سالم بن فهد بن ماجد الغانم رئيس المكتب.",
        ]
    )
    for name in ("فهد بن ماجد الغانم", "ماجد بن فهد بن ماجد الغانم", "سالم بن فهد بن ماجد الغانم"):
        assert name in people, people
    assert "حاكم" in (people["فهد بن ماجد الغانم"] or ""), people
    assert "ولي العهد" in (people["ماجد بن فهد بن ماجد الغانم"] or ""), people


def test_two_of_one_family_keep_their_own_offices() -> None:
    people = _people(
        [
            "خبر",
            "وقال الشيخ ناصر بن سالم آل غانم: «نعتز بالقيادة الرشيدة لصاحب السمو الشيخ فهد بن راشد آل غانم، "
            "رئيس الدولة، حفظه الله».",
        ]
    )
    assert "رئيس الدولة" in (people.get("فهد بن راشد آل غانم") or ""), people
    assert "رئيس الدولة" not in (people.get("ناصر بن سالم آل غانم") or ""), people


def test_a_later_mention_by_the_opening_words_is_the_same_person() -> None:
    # near miss: "فهد بن راشد" and then the full name are one person; "بن راشد" alone too
    from briefing_app.core.facts.ar_lineage import ar_other_lineage

    assert not ar_other_lineage("فهد بن راشد", "فهد بن راشد آل غانم")
    assert not ar_other_lineage("بن راشد", "فهد بن راشد آل غانم")
    assert ar_other_lineage("ناصر بن راشد آل غانم", "فهد بن راشد آل غانم")


def test_envoys_listed_with_their_offices_in_commas() -> None:
    people = _people(
        [
            "خبر",
            "ورحب سموه بكل من سعادة وليد سالم الحمادي، سفير تونس، وسعادة ماماري كامارا، سفير مالي، وسعادة "
            "لويس ألفونسو دي ألبا غونغورا، سفير المكسيك، متمنيا لهم التوفيق.",
        ]
    )
    assert (people.get("وليد سالم الحمادي") or "").startswith("سفير تونس"), people
    assert (people.get("ماماري كامارا") or "").startswith("سفير مالي"), people
    assert "سفير المكسيك" in (people.get("لويس ألفونسو دي ألبا غونغورا") or ""), people
    assert not any(n.startswith("وماماري") or "متمنيا" in n for n in people), people


# --- phrases after an office read as names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "phrase"),
    [
        # the office's object runs into a place's name
        (["خبر", "ونفى رئيس الوزراء العراقي قيام الولايات المتحدة بالتنسيق مع الحكومة."], "قيام الولايات"),
        # a phrase the headline and the body both write
        (["الأمير يتسلم أوراق اعتماد سفراء جدد", "تسلم نائب الحاكم وزير المالية أوراق اعتماد سفراء جدد."],
         "أوراق اعتماد"),
        # a noun glued to ب, which the article writes elsewhere without it
        (["إصابة وزير الصحة الأردني بفيروس كورونا", "وظهرت أعراض فيروس كورونا على الوزير بعد عودته."],
         "بفيروس كورونا"),
        # an office that is also a given name, then a place
        (["خبر", "وقال سالم الغانم، نائب رئيس الدولة، حاكم دبي، إن المشروع جاهز."], "حاكم دبي"),
    ],
)  # fmt: skip
def test_phrases_after_an_office_are_no_people(paragraphs: list[str], phrase: str) -> None:
    people = _people(paragraphs)
    assert not any(phrase in n for n in people), people


def test_a_foreign_name_after_an_office_still_reads() -> None:
    # near miss: a foreign name opening with ب after an office, never written without it
    people = _people(
        ["خبر", "وقال وزير الخارجية الأمريكي بلينكن ماثيوز إن المحادثات مستمرة.", "وأضاف ماثيوز أن الوفد وصل."]
    )
    assert any("ماثيوز" in n for n in people), people


# --- bodies: the body's adjective after its place, "الى", "internal" -----------------------------------------------


def _orgs(text: str) -> list[str]:
    return [f.text for f in facts_of(["خبر", text], "ar") if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("أعلن بنك الأردن المركزي إمكانية توزيع الأرباح.", "بنك الأردن المركزي"),
        ("وأشار خلال كلمة نقلتها قناة بيروت الإخبارية إلى مقتل عشرة.", "قناة بيروت الإخبارية"),
        ("وكانت جمعية الرفاع التعاونية عقدت اجتماعها أمس.", "جمعية الرفاع التعاونية"),
    ],
)
def test_a_bodys_adjective_after_its_place(text: str, body: str) -> None:
    assert body in _orgs(text), _orgs(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: a nationality after the place; an adjective of time; a definite head
        ("نقلت وكالة أنباء الشرق الأوسط المصرية الخبر.", "وكالة أنباء الشرق الأوسط"),
        ("وقالت حكومة الكويت الحالية إن الامتحانات تأجلت.", "حكومة الكويت"),
    ],
)
def test_no_adjective_past_the_place_for_those(text: str, body: str) -> None:
    assert body in _orgs(text), _orgs(text)


def test_unhamzated_ila_ends_a_body() -> None:
    assert "مجلس الوزراء" in _orgs("ولفت رئيس مجلس الوزراء الى أن الصيف صعب.")
    assert not any("الى" in o for o in _orgs("ولفت رئيس مجلس الوزراء الى أن الصيف صعب."))


def test_internal_after_a_definite_noun_is_no_ministry() -> None:
    assert _orgs("وعن الأوضاع الداخلية العراقية ، أكد الوزير أن الفساد كبير.") == []
    assert "الداخلية العراقية" in _orgs("وأعلنت الداخلية العراقية اعتقال خلية.")


# --- roles and names: the outlet after a spokesman's office, formulas, a nisba family name -----------------------


def test_the_station_spoken_to_is_no_part_of_a_spokesmans_role() -> None:
    people = _people(["خبر", "قال سامر الحلبي، المتحدث باسم الشرطة لقناة الأفق، إن الهجوم إرهابي."])
    assert people.get("سامر الحلبي") == "المتحدث باسم الشرطة", people
    people = _people(["خبر", "قال فهد الغانم، مراسل لقناة الأفق، إن الهجوم إرهابي."])
    assert "لقناة الأفق" in (people.get("فهد الغانم") or ""), people  # near miss: a correspondent's outlet


def test_a_prayer_formula_is_no_name() -> None:
    people = _people(["خبر", "واستذكر ما قدمه المغفور له الشيخ فهد بن سالم آل غانم، طيب الله ثراه، من جهود."])
    assert not any("الله" in n for n in people), people


def test_a_verb_after_a_nisba_in_a_headline_is_no_name() -> None:
    people = _people(["الغانمي ينفي صدور أي قرار", "نفى رئيس الوزراء سامر الغانمي صدور أي قرار."])
    assert not any("ينفي" in n for n in people), people


def test_a_nisba_said_alone_before_a_quote_is_the_family_name() -> None:
    people = _people(
        [
            "خبر",
            "أكد رئيس مجلس الوزراء محمد شاكر المصري أن البلد لن يكون تابعا لأحد.",
            "وأضاف المصري “نحن نتذكر من وقف معنا في الحرب ولا ننسى ذلك”.",
        ]
    )
    assert "محمد شاكر المصري" in people, people


def test_an_office_before_a_lineage_name_stops_at_a_time_or_a_companion() -> None:
    people = _people(
        [
            "خبر",
            "تسلم الشيخ فهد بن راشد آل غانم حاكم الإمارة اليوم الإثنين بحضور الشيخ ماجد بن فهد بن راشد آل غانم "
            "نائب الحاكم أوراق اعتماد سفراء جدد.",
        ]
    )
    assert "اليوم" not in (people.get("ماجد بن فهد بن راشد آل غانم") or ""), people


def test_a_three_part_name_before_an_office_in_commas() -> None:
    people = _people(["خبر", "يتألف الوفد من الشيخ سالم بن فهد، وزير الخارجية، ومعالي خليفة شاهين المري، وزير دولة."])
    assert people.get("خليفة شاهين المري") == "وزير دولة", people


# --- court reports: the presiding judge, the defence after a name, a case's name quoted in passing ----------------


def test_the_judge_presiding_is_the_courts_president_and_speaks_as_such() -> None:
    paragraphs = [
        "خبر",
        'قال سامر الحلبي دفاع بعض المتهمين فى "قضية اقتحام المصنع"، أمام محكمة جنايات طنطا، برئاسة المستشار '
        'فهد الغانم، إن المنع غير مبرر، حيث قال رئيس المحكمة للدفاع: "لا يجوز رفع الصوت داخل القاعة أثناء الجلسة".',
    ]
    people = _people(paragraphs)
    assert "رئيس المحكمة" in (people.get("فهد الغانم") or ""), people
    assert (people.get("سامر الحلبي") or "").startswith("دفاع"), people
    assert _speakers(paragraphs) == ["فهد الغانم"], _speakers(paragraphs)


def test_presiding_outside_a_court_gives_no_court_role() -> None:
    people = _people(["خبر", "وعقد الاجتماع برئاسة الوزير فهد الغانم لبحث خطة المياه."])
    assert "رئيس المحكمة" not in (people.get("فهد الغانم") or ""), people


def test_the_subject_before_a_statement_to_an_outlet_speaks() -> None:
    speakers = _speakers(["خبر", f"وقال سامح الغانمي في تصريح للتلفزيون الوطني الرسمي: {_SAID}"])
    assert speakers == ["سامح الغانمي"], speakers


# --- round 28's blind Arabic dev pages: a common noun after "the king's son"; a charge's wording in marks ---------


def test_a_definite_feminine_noun_said_again_is_no_family_name() -> None:
    people = _people(
        ["توقف الحياة ليمارس ابن الملك ركوب الدراجة", "وكان الشيخ فهد بن سالم آل غانم يسبح ويركب الدراجة."]
    )
    assert not any("الدراجة" in n for n in people), people


def test_a_family_name_in_ta_marbuta_after_a_given_name_stays() -> None:
    # near miss: a Jordanian family name in ـة after a known given name
    people = _people(["خبر", "وقال وزير المالية فيصل الطراونة إن الموازنة جاهزة.", "وأضاف الطراونة أن العجز تراجع."])
    assert "فيصل الطراونة" in people, people


def test_a_charges_wording_in_marks_is_no_quote() -> None:
    text = "حكم على الناشط سامر الحلبي بالسجن بتهمة المشاركة في مظاهرة و”الاعتداء على شرطي وسرقة جهازه”."
    assert _quotes(text) == [], _quotes(text)


def test_a_verb_and_a_glued_verbal_noun_after_an_office_are_no_name() -> None:
    people = _people(
        [
            "الخارجية: «تصريحات وزير المالية الإسرائيلي تدعو لإشعال النار بالمنطقة»",
            "وقال المتحدث إن التصريحات تهدف لإشعال المزيد من الحرائق.",
        ]
    )
    assert not any("لإشعال" in n for n in people), people


def test_as_for_an_office_and_its_holder_then_said() -> None:
    paragraphs = ["خبر", 'أما قائد الفريق سامي الحمادي فأوضح: "علينا أن نهتم بالكرة والأمور الأخرى لها من يهتم بها".']
    assert (_people(paragraphs).get("سامي الحمادي") or "").startswith("قائد"), _people(paragraphs)
    assert _speakers(paragraphs) == ["سامي الحمادي"], _speakers(paragraphs)


def test_as_for_a_body_is_no_person() -> None:
    # near miss: "أما الحكومة فقالت" names a body, no one
    assert _people(["خبر", "أما الحكومة فقالت إن الوضع صعب جدا في المدينة."]) == {}
