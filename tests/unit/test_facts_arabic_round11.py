"""Arabic people after a role with no sign of a name, and Arabic copy with no hamza on the alef: checked on every
Arabic dev article and on the held-out part of a newswire corpus no rule was written from. Names are made up."""

from __future__ import annotations

from tests.unit.test_facts_arabic import _facts, _people, _speakers

# -- after a role, two words are a name only with a sign of one ------------------------------------------------


def test_a_verbs_object_after_a_role_is_no_name() -> None:
    people = _people(["وعقد رئيس الوزراء اجتماعا أمس بكبار قادة الأجهزة الأمنية لبحث الوضع."])
    assert people == {}


def test_a_place_glued_to_li_after_a_role_is_no_name() -> None:
    people = _people(["وحضر اللقاء المدرب الجديد لجنوب تولفيك الذي يبدأ عمله مطلع الشهر المقبل."])
    assert people == {}


def test_a_known_given_name_after_a_role_is_still_a_name() -> None:
    people = _people(["وعقد رئيس الوزراء سليم الحداد اجتماعا مطولا بقادة الأجهزة الأمنية."])
    assert "سليم الحداد" in people


def test_a_name_after_a_role_that_the_article_names_again_is_kept() -> None:
    people = _people([
        "وقالت رئيسة تولفيك درك فلسن إن الحكومة ستدرس المقترح.",
        "وكانت فلسن قد التقت ممثلين عن المحتجين الأسبوع الماضي.",
    ])  # fmt: skip
    assert any("فلسن" in name for name in people)


# -- copy with no hamza on the alef --------------------------------------------------------------------------


def test_the_particle_an_without_hamza_after_a_speech_verb_is_no_name() -> None:
    people = _people(["وقال ان الحكومة ستدرس الخطة الجديدة خلال الاسبوع المقبل."])
    assert people == {}


def test_a_speech_verb_without_hamza_still_introduces_its_speaker() -> None:
    paragraphs = ['واكد سليم الحداد ان "المشروع سيكتمل قبل نهاية العام الجاري".']
    assert "سليم الحداد" in _people(paragraphs)
    assert _speakers(paragraphs) == ["سليم الحداد"]


def test_yesterday_without_hamza_after_a_role_is_no_name() -> None:
    people = _people(["وقال مساعد وزيرة الخارجية امس الاول ان المحادثات ستستمر."])
    assert people == {}


def test_the_clause_before_a_role_is_no_name() -> None:
    people = _people(["وقال إن التعديل جاء بمناسبة قدوم وزيرة الخارجية التولفيكية إلى العاصمة."])
    assert people == {}


def test_a_clause_after_a_title_is_no_name() -> None:
    people = _people(["وكان الوزير قد عرض ورقة عمل بعنوان الإصلاح على المجلس."])
    assert people == {}


def test_a_name_set_off_by_a_comma_before_its_role_needs_no_other_sign() -> None:
    people = _people(["وقال درك فلسن، مدير الشركة، إن الأرباح تراجعت."])
    assert any("فلسن" in name for name in people)


# -- round 11: a description after the name, a statement given to someone, a city's name as a given name ------


def test_and_he_is_ends_a_titled_speakers_name() -> None:
    people = _people(["وقال الدكتور سامر الدوسكي وهو طبيب أعصاب في المستشفى في تصريحه لفريق التحقيق :"])
    assert "سامر الدوسكي" in people


def test_his_statement_to_someone_leaves_the_verbs_subject_the_speaker() -> None:
    paragraphs = ["وقال الدكتور سامر الدوسكي وهو طبيب أعصاب في المستشفى في تصريحه لفريق التحقيق :",
                  "“وقع الهجوم عندما كنت لا أزال مستيقظا في المستشفى، وهرعنا على الفور إلى الغرف.”"]  # fmt: skip
    assert _speakers(paragraphs) == ["سامر الدوسكي"]


def test_a_given_name_that_also_names_a_city_opens_the_name_after_a_title() -> None:
    people = _people(["وأذن البرلمان للرئيس فلاديمير تولفن باستخدام القوة في الإقليم."])
    assert "فلاديمير تولفن" in people


def test_a_common_noun_in_the_given_name_list_and_its_repeated_genitive_is_no_person() -> None:
    people = _people([
        "وقال الباحثون إن جودة النوم تتحسن مع التمارين.",
        "وأضافوا أن جودة النوم ترتبط بالصحة العامة.",
    ])  # fmt: skip
    assert not any("جودة" in name for name in people)


# -- words after a speech verb that name nobody ---------------------------------------------------------------


def test_a_participle_or_a_preposition_with_a_pronoun_after_the_verb_is_the_person_just_named() -> None:
    paragraphs = [
        'وقال سليم الحداد إن "المشروع سيكتمل قبل نهاية العام الجاري".',
        'وأضاف مؤكدا: "لن نتراجع عن الخطة مهما كانت الظروف الصعبة التي نمر بها".',
        'وقال لنا: "الطريق إلى قرية النور ستفتح من جديد خلال أيام قليلة".',
        'وتابع يقول: "نحن نعمل ليلا ونهارا لإنهاء الأشغال في موعدها المحدد".',
    ]
    assert _speakers(paragraphs) == ["سليم الحداد"] * 4
    assert list(_people(paragraphs)) == ["سليم الحداد"]


def test_what_follows_and_he_is_after_a_name_is_a_role_of_his() -> None:
    people = _people(["وقال الدكتور سامر الدوسكي وهو طبيب أعصاب في المستشفى إن الحالات مستقرة."])
    assert "طبيب أعصاب" in (people.get("سامر الدوسكي") or "")


# -- figures ---------------------------------------------------------------------------------------------------


def test_a_total_that_looks_like_a_year_is_a_count() -> None:
    figures = [f for f in _facts(["وقدمت البلدية ما مجموعه 1902 قافلة مساعدات إلى قرية النور."]) if f.kind == "figure"]
    assert [(f.value, "قافلة" in (f.counts or "")) for f in figures] == [(1902, True)]


def test_a_year_after_an_events_name_stays_a_year() -> None:
    figures = [f for f in _facts(["وشارك اللاعب في مونديال 2006 بألمانيا مع منتخب بلاده."]) if f.kind == "figure"]
    assert figures == []


def test_a_quoted_name_after_a_profession_is_a_person_and_a_quoted_work_is_not() -> None:
    assert _people(["وقال الصحفي “سليم الحداد” إن القصف استمر حتى الصباح."]) == {"سليم الحداد": "الصحفي"}
    assert _people(['وعرض فيلم "سليم الحداد" في المهرجان الأسبوع الماضي.']) == {}
