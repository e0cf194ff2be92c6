"""Arabic people, roles, quote speakers and bodies: general constructions of news Arabic, each checked on every
Arabic dev article and on a newswire corpus no rule was written from. Every name here is made up."""

from __future__ import annotations

from tests.unit.test_facts_arabic import _people, _speakers

# -- what is no person ---------------------------------------------------------------------------------------


def test_a_building_named_after_a_person_without_a_title_is_no_person() -> None:
    people = _people([
        "وقالت اللجنة في تقريرها إن مجمع سليمان الطبي ومستشفى الشفاء هما آخر المنشآت الصحية العاملة في المدينة.",
    ])  # fmt: skip
    assert not any("سليمان" in name for name in people)


def test_a_name_after_a_definite_body_stays_a_person() -> None:
    people = _people(["وخلف الرئيس السابق للاتحاد سامر الدوسكي في المنصب بعد انتخابات طويلة."])
    assert any("الدوسكي" in name for name in people)


def test_the_addressee_glued_to_li_ends_the_speakers_name() -> None:
    people = _people(['وقال سامر الدوسكي لمراسلنا في المدينة : " كان هدفنا الوحيد هو الفوز بالبطولة هذا العام " .'])
    assert "سامر الدوسكي" in people


def test_a_role_then_a_ranked_name_between_commas() -> None:
    people = _people(["وأعلن المتحدث باسم الجيش التولفيكي، العقيد سامر الدوسكي، أن القوات انسحبت من المنطقة."])
    assert "المتحدث باسم الجيش التولفيكي" in (people.get("سامر الدوسكي") or "")


def test_a_role_over_a_bodys_name_where_it_is_and_a_title_then_the_name() -> None:
    paragraphs = ['وقال مدير مستشفى النور في المدينة الطبيب سامر الدوسكي لوكالة الأنباء إن " المستشفى خرج عن الخدمة '
                  'بالكامل منذ يومين " .']  # fmt: skip
    people = _people(paragraphs)
    assert "مدير مستشفى النور" in (people.get("سامر الدوسكي") or "")
    assert _speakers(paragraphs) == ["سامر الدوسكي"]


def test_the_clauses_verb_after_a_foreign_name_is_cut_off_where_the_tagger_ends_the_person() -> None:
    people = _people(["وجاء ذلك ردا على تصريحات لوزيرة الخارجية التولفيكية ميرا هالفورسن نشرت الثلاثاء في صحيفة محلية."])
    assert list(people) == ["ميرا هالفورسن"]


def test_a_known_surname_and_the_next_word_is_that_person_not_another() -> None:
    people = _people([
        "واستقبل الرئيس التولفيكي غوستاف لينبرغ الوفد الزائر في القصر.",
        "وقد أدلى الرئيس لينبرغ بتصريح في المطار قال فيه إن المحادثات ستستمر.",
        "وتناول الرئيس لينبرغ مواقفه من القضية.",
    ])  # fmt: skip
    assert list(people) == ["غوستاف لينبرغ"]


def test_a_titled_name_that_runs_into_the_verbs_object_and_a_relative_clause_is_cut() -> None:
    people = _people(["وحذر الرئيس التولفيكي سامر الدوسكي الشركات التي تتعامل مع المنطقة."])
    assert people == {"سامر الدوسكي": "الرئيس التولفيكي"}


# -- titles before a name ------------------------------------------------------------------------------------


def test_a_religious_title_of_two_words_opens_a_name() -> None:
    people = _people(["وحضر المراسم آية الله حسين زنجاني إلى جانب عدد من رجال الدين في المدينة."])
    assert people.get("حسين زنجاني") == "آية الله"


def test_a_compound_ordinal_after_a_titled_name_is_no_part_of_it() -> None:
    people = _people(["ووقع الهجوم في عيد ميلاد آية الله حسين زنجاني الخامس والثمانين بحسب التلفزيون."])
    assert "حسين زنجاني" in people


def test_a_regnal_number_after_a_kings_name_stays_in_it() -> None:
    people = _people(["واستقبل الملك فهمان الثاني الوفد الزائر في القصر."])
    assert "فهمان الثاني" in people


# -- quote speakers ------------------------------------------------------------------------------------------


def test_a_source_quoted_by_an_agency_with_that_speaks() -> None:
    speakers = _speakers([
        'ونقلت وكالة أنباء تولفيك عن هيئة المياه الإقليمية إن " السد امتلأ بالكامل بعد الأمطار الغزيرة " .',
    ])  # fmt: skip
    assert speakers == ["هيئة المياه الإقليمية"]


def test_an_unnamed_official_speaks_as_himself_and_is_no_person() -> None:
    paragraphs = ['وقال مسؤول في وزارة الزراعة إن " المحصول تضرر بشدة بسبب موجة الجفاف الطويلة هذا العام " .']
    assert _people(paragraphs) == {}
    assert _speakers(paragraphs) == ["مسؤول"]


def test_expressed_his_hope_introduces_a_speaker_and_a_quote() -> None:
    paragraphs = ['وأعرب سامر الدوسكي عن أمله في أن " تنتهي الحرب قريبا ويعود النازحون إلى بيوتهم " .']
    assert "سامر الدوسكي" in _people(paragraphs)
    assert _speakers(paragraphs) == ["سامر الدوسكي"]
