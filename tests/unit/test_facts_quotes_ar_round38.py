"""Arabic quotes, people and roles, round 38: what real Lebanese, Iraqi, Egyptian and Jordanian pages showed,
written again with made-up names and sentences, each beside a near miss that must keep the old reading.

Classes: a person or body named before only inside a closed quote is what the speaker's words speak of, never the
antecedent of a later bare verb of saying ("وأضافت: "نوه X ..."" then "وكشفت أن") or of "الوزارة"; quoted words
that are the object of "إلى" ("داعيا إلى «تكثيف الجلسات»") are a call's matter in reported speech, no quote."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import body_speakers, headlined_facts


def _facts(title: str, paragraphs: list[str]) -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _speakers(title: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return body_speakers(title, paragraphs, "ar")


# --- a name only inside an earlier quote is no antecedent ------------------------------------------------------


def test_a_bare_verb_skips_a_name_only_inside_the_quote_before() -> None:
    paragraphs = [
        'وقالت الوزيرة منى سالم: "عقدت اللجنة اجتماعها برئاسة رئيس الحكومة رامي دياب".',
        'وأضافت: "نوه دياب بالروح التي تسود بين أعضاء اللجنة".',
        'وكشفت أن "اللجنة استمعت إلى شرح حول الواقع المالي".',
    ]
    assert _speakers("اللجنة تواصل عملها", paragraphs)[-1] == ("اللجنة استمعت", "منى سالم")


def test_near_miss_a_name_outside_the_quote_before_still_goes_on() -> None:
    paragraphs = [
        'وقالت الوزيرة منى سالم: "عقدت اللجنة اجتماعها أمس".',
        'وقال رئيس الحكومة رامي دياب: "نثمن الروح التي تسود بين أعضاء اللجنة".',
        'وأشار أن "اللجنة استمعت إلى شرح حول الواقع المالي".',
    ]
    assert _speakers("اللجنة تواصل عملها", paragraphs)[-1] == ("اللجنة استمعت", "رامي دياب")


def test_the_ministry_is_not_one_its_own_words_named() -> None:
    paragraphs = [
        'وذكرت الوزارة في بيان: "اللقاء لم يتضمن أي موافقة رسمية بخصوص ملف وزارة التربية".',
        'وأشارت الوزارة الى أن "الإجراء المتخذ اقتصر على إحالته إلى الدائرة المختصة".',
    ]
    assert _speakers("المالية توضح", paragraphs)[-1] == ("الإجراء المتخذ", "الوزارة")


def test_near_miss_a_ministry_named_outside_the_quote_is_the_ministry() -> None:
    paragraphs = [
        "أوضحت وزارة التربية موقفها من ملف العقود.",
        'وأشارت الوزارة الى أن "الإجراء المتخذ اقتصر على إحالته إلى الدائرة المختصة".',
    ]
    assert _speakers("التربية توضح", paragraphs)[-1] == ("الإجراء المتخذ", "وزارة التربية")


# --- quoted words after "إلى" are a call's object -------------------------------------------------------------


def test_quoted_words_after_to_are_no_quote() -> None:
    paragraphs = [
        'وقال النائب سامر الخطيب إن "الحكومة تعمل بجد لإنجاز الخطة"، داعيا إلى "تكثيف الجلسات لإنجاز الخطة في أسرع وقت".',
        'وأشارت الوزارة الى "حرصها العالي على حقوق جميع الموظفين".',
    ]
    assert _speakers("النائب يدعو", paragraphs) == [("الحكومة تعمل", "سامر الخطيب")]


def test_near_miss_a_clause_after_to_is_still_a_quote() -> None:
    paragraphs = ['وأشار النائب سامر الخطيب إلى "أن الحكومة ستعمل على تكثيف الجلسات في أسرع وقت".']
    assert _speakers("النائب يدعو", paragraphs) == [("أن الحكومة", "سامر الخطيب")]


# --- an honorific's antecedent stands before it, not in an aside after it ---------------------------------------


def test_an_honorific_subject_is_not_a_dignitary_present_in_the_aside() -> None:
    paragraphs = [
        "أكد الشيخ سالم بن خالد آل راشد رئيس المجلس أن المركز الجديد يخدم المجتمع.",
        "وقال سموه لدى افتتاحه، بحضور سمو الشيخ ناصر بن سعيد آل حامد، رئيس الهيئة، المركز الجديد، إن «المركز "
        "بات منارة للعلم والتدريب في العلوم الأمنية والقانونية».",
    ]
    assert _speakers("افتتاح المركز الجديد", paragraphs)[-1] == ("المركز بات", "سالم بن خالد آل راشد")


def test_near_miss_the_dignitary_named_right_after_the_honorific_noun_speaks() -> None:
    paragraphs = [
        "أكد سمو الشيخ سالم بن خالد آل راشد رئيس المجلس أن المركز الجديد يخدم المجتمع.",
        "وقال سموه لدى افتتاحه المركز الجديد إن «المركز بات منارة للعلم والتدريب في العلوم الأمنية والقانونية».",
    ]
    assert _speakers("افتتاح المركز الجديد", paragraphs)[-1] == ("المركز بات", "سالم بن خالد آل راشد")


# --- a family name alone after a verb of saying is a person, quote or none --------------------------------------


def test_a_family_name_alone_after_said_is_a_person_in_reported_speech() -> None:
    paragraphs = [
        "وألقى معمر الراشدي خطابا طويلا أمس.",
        "وقال الراشدي أنه سيدعو الشعب إلى الهدوء في الشوارع.",
    ]
    people = [f.text for f in _facts("خطاب طويل", paragraphs) if f.kind == "person"]
    assert any("الراشدي" in p for p in people)


def test_near_miss_a_plural_noun_after_between_is_no_person() -> None:
    paragraphs = [
        "وكان بين الأغاني المقدمة أغنية لملحن معروف.",
        "وقالت مشرفة الفرقة منى سالم إن الأغاني محبوبة جدا.",
    ]
    people = [f.text for f in _facts("حفل الفرقة", paragraphs) if f.kind == "person"]
    assert "الأغاني" not in people


# --- a person's name in quote marks ------------------------------------------------------------------------------


def test_a_quoted_name_ends_at_its_closing_mark_and_is_no_quote() -> None:
    paragraphs = [
        'وقال المحامى "سامر الخطيب" دفاع المتهم الثاني إن ما حدث من الإعلامى "كريم منصور" أضر بالقضية.',
        'وذكر "الخطيب" أن الإعلامى "كريم منصور" أكد خلال برنامجه أن القضية محسومة.',
    ]
    facts = _facts("دفاع المتهم الثاني", paragraphs)
    assert "سامر الخطيب" in [f.text for f in facts if f.kind == "person"]
    assert not [f for f in facts if f.kind == "quote" and f.sentence > 0]


def test_near_miss_quoted_words_after_the_subject_of_that_are_still_a_quote() -> None:
    paragraphs = ['وقال المحامى سامر الخطيب إن قرار المحكمة "خطأ تاريخي" لا يمكن قبوله.']
    assert _speakers("دفاع المتهم الثاني", paragraphs) == [("خطأ تاريخي", "سامر الخطيب")]


# --- a speaker known by office only goes on through subjectless verbs -----------------------------------------


def test_an_unnamed_office_goes_on_through_bare_verbs() -> None:
    paragraphs = [
        "اعتبر وزير الخارجية الجديد أن “الجارة بلد صديق وشريك موثوق لبلاده”، مثمنا دورها في المنطقة.",
        "واعتبر ان “استخدام القوة لفرض الارادة السياسية سلوك غير مقبول في المنطقة”.",
    ]
    assert _speakers("الوزير يثمن", paragraphs)[-1] == ("استخدام القوة", "وزير الخارجية الجديد")


def test_near_miss_a_named_subject_breaks_the_chain() -> None:
    paragraphs = [
        "اعتبر وزير الخارجية الجديد أن “الجارة بلد صديق وشريك موثوق لبلاده”، مثمنا دورها في المنطقة.",
        "ورد النائب المعارض بأن الحكومة تخطئ.",
        "واعتبر ان “استخدام القوة لفرض الارادة السياسية سلوك غير مقبول في المنطقة”.",
    ]
    assert _speakers("الوزير يثمن", paragraphs)[-1][1] != "وزير الخارجية الجديد"


# --- "صدر عن X البيان الآتي:" ------------------------------------------------------------------------------------


def test_the_body_that_issued_the_statement_speaks_it() -> None:
    paragraphs = [
        "صدر عن المديرية العامة للأمن العام البيان الآتي:",
        "“نفينا اليوم خبرا عن توقيف شخص في الجنوب. يهمنا تأكيد عدم صحة هذا الخبر، ونحن جاهزون لأي تعاون”.",
    ]
    speakers = {s for _, s in _speakers("الأمن العام ينفي", paragraphs)}
    assert speakers == {"المديرية العامة للأمن العام"}


def test_near_miss_a_quote_that_names_its_own_speaker_keeps_it() -> None:
    paragraphs = [
        "صدر عن المديرية العامة للأمن العام البيان الآتي:",
        'وقال المدير العام اللواء سامر الخطيب: "يهمنا تأكيد عدم صحة هذا الخبر، ونحن جاهزون لأي تعاون".',
    ]
    assert _speakers("الأمن العام ينفي", paragraphs) == [("يهمنا تأكيد", "سامر الخطيب")]


# --- what befalls an office is no name before it ---------------------------------------------------------------


def test_an_appointment_or_resignation_before_an_office_is_no_person() -> None:
    paragraphs = [
        "وأعلن المجلس قبول استقالة وزيرة الثقافة، على أن تتولى وزيرة التخطيط تسيير الأعمال لحين تعيين وزير للثقافة.",
        "وعقدت اللجنة اجتماعاتها برئاسة رئيس مجلس الوزراء سامر الخطيب.",
    ]
    people = {f.text for f in _facts("استقالة وزيرة الثقافة", paragraphs) if f.kind == "person"}
    assert people == {"سامر الخطيب"}


def test_near_miss_a_name_before_its_office_is_still_a_person() -> None:
    paragraphs = ["وقال سامر الخطيب، رئيس مجلس الوزراء، إن اللجنة عقدت اجتماعاتها أمس."]
    people = {f.text: f.role for f in _facts("اجتماع اللجنة", paragraphs) if f.kind == "person"}
    assert people == {"سامر الخطيب": "رئيس مجلس الوزراء"}


# --- of two spokesmen, the one whose office the mention names whole ---------------------------------------------


def test_the_spokesman_of_the_named_body_not_the_one_named_last() -> None:
    paragraphs = [
        "أعلن الناطق باسم القيادة العامة اللواء كريم منصور، اليوم، أن القوات فككت صواريخ.",
        'وصرح الناطق باسم القيادة العامة، في حديث إلى قناة رسمية، بأن "القوات تمكنت من تفكيك ثلاثة صواريخ في '
        'أطراف المدينة".',
        'وقال الناطق باسم الوزارة العميد سامر الخطيب في بيان، إن "بعض الوكالات نشرت خبرا مزيفا باسم الوزارة".',
    ]
    assert _speakers("تفكيك صواريخ", paragraphs) == [("القوات تمكنت", "كريم منصور"), ("بعض الوكالات", "سامر الخطيب")]


def test_near_miss_a_spokesman_named_alone_is_the_one_spokesman() -> None:
    paragraphs = [
        "أعلن الناطق باسم القيادة العامة اللواء كريم منصور، اليوم، أن القوات فككت صواريخ.",
        'وصرح الناطق باسم القيادة، في حديث إلى قناة رسمية، بأن "القوات تمكنت من تفكيك ثلاثة صواريخ في أطراف المدينة".',
    ]
    assert _speakers("تفكيك صواريخ", paragraphs) == [("القوات تمكنت", "كريم منصور")]
