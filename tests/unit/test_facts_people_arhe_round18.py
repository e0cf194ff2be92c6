"""Arabic and Hebrew people and roles in made-up news sentences of round 18, written before they were run.

Arabic: wire and Gulf press (27 sentences), Syrian/Yemeni and Global Voices-style reports (27), transliterated
names, kin and names after verbs of saying (27), names in passing and lists (28), Gulf honorifics (25). First
run: people P/R .95/.92 on the first three sets (72/76, 72/78; roles 69/76), .93/.80 on the last two (39/41,
39/51; roles 28/38). Hebrew: newspaper copy (27), prefixes and construct (27), foreign names and roles after
names (27), Wikipedia-style biography (27), ordinary people and officials (27). First run: .99/.95 on the first
three (73/74, 73/77; roles 63/73), .94/.86 on the last two (46/49, 46/59; roles 31/39).

Classes fixed (rules about the language, none about a sentence; every name here is made up): a compound given
name in الدين took no family name; a kin noun in construct (شقيق المعتقل) before a name in commas gave no
person, or gave the kin's kin's role; callings (الجراح, المعارض, العداء); a feminine calling after a masculine
body read as its adjective; a verb's object after a titled speaker read as a name; an age after a Hebrew
description (סטודנטית בת 23) lost the person; Hebrew kin nouns with a glued preposition (לאביו, X,); עבד
אל-X cut after עבד; "בין X Y לבין Z W" gave "Y לבין"."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _people(sentence: str, language: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([sentence], language) if f.kind == "person"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("وقتل الشاب علاء الدين الحموي برصاص قناص.", "علاء الدين الحموي", "الشاب"),
        ("وقال الناشط نور الدين الحموي إن القصف استمر.", "نور الدين الحموي", "الناشط"),
        ("وأكد الصحفي عز الدين القاسمي أن المعارك تجددت.", "عز الدين القاسمي", "الصحفي"),
    ],
)
def test_arabic_compound_given_name_in_al_din_keeps_its_family_name(sentence: str, name: str, role: str) -> None:
    assert _people(sentence, "ar").get(name) == role


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("وأضاف شقيق المعتقل، مروان السيد، أن العائلة لم تتلق أي خبر.", "مروان السيد", "شقيق المعتقل"),
        ("وقال نجل الرئيس السابق، أحمد عبد الكريم، إن والده بخير.", "أحمد عبد الكريم", "نجل الرئيس السابق"),
        ("وقالت زوجة اللاعب، كارين سميث، إن زوجها سيعود.", "كارين سميث", "زوجة اللاعب"),
        ("وقالت أرملته، هدى القاسم، إنه كان يعمل في مخبز.", "هدى القاسم", "أرملته"),
        ("وقال نجله سامر الحلبي إن العائلة قلقة.", "سامر الحلبي", "نجله"),
    ],
)
def test_arabic_kin_before_a_name_is_its_role(sentence: str, name: str, role: str) -> None:
    people = _people(sentence, "ar")
    assert people.get(name) == role
    assert set(people) == {name}  # (no "بخير" from "إن والده بخير", no president named)


@pytest.mark.parametrize(
    "sentence",
    ["وأكد شقيق الضحية أن العائلة تطالب بالعدالة.", "وقالت إن ابنها اختفى منذ سنتين.", "وقال إن والده بخير."],
)
def test_arabic_kin_with_nobody_named_gives_no_person(sentence: str) -> None:
    assert _people(sentence, "ar") == {}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("وأشرف على العملية الجراح الأردني وائل الزعبي.", "وائل الزعبي", "الجراح الأردني"),
        ("وتعرض منزل المعارض البحريني علي الصالح لمداهمة.", "علي الصالح", "المعارض البحريني"),
        ("وقد حصد العداء القطري حمزة الكواري الميدالية الذهبية.", "حمزة الكواري", "العداء القطري"),
        ("وكشف تقرير أعدته الباحثة سارة العتيبي أن البطالة ارتفعت.", "سارة العتيبي", "الباحثة"),
    ],
)
def test_arabic_callings_head_a_name(sentence: str, name: str, role: str) -> None:
    assert _people(sentence, "ar") == {name: role}


@pytest.mark.parametrize(
    "sentence",
    [
        "وتواصلت اللجنة مع جهات المعارضة السورية خارج المجلس الوطني.",
        "ونشر مركز إدلب الإعلامي صورا للدمار.",
        "وقال المتحدث باسم البيت الأبيض إن واشنطن تراقب الوضع.",
    ],
)
def test_arabic_bodies_after_a_calling_or_spokesman_are_no_people(sentence: str) -> None:
    assert _people(sentence, "ar") == {}


def test_arabic_speaker_after_a_spokesman_and_a_rank_is_not_the_verbs_object() -> None:
    people = _people("ونفى المتحدث العسكري باسم التحالف العقيد تركي المهنا وجود إصابات.", "ar")
    assert set(people) == {"تركي المهنا"}
    assert "المتحدث" in (people["تركي المهنا"] or "")


def test_arabic_spokesman_of_a_listed_body_after_a_name_in_commas() -> None:
    people = _people("وقال ستيفن جونسون، المتحدث باسم البيت الأبيض، إن واشنطن تراقب الوضع.", "ar")
    assert people == {"ستيفن جونسون": "المتحدث باسم البيت الأبيض"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("דנה כהן, סטודנטית בת 23, אמרה כי המצב קשה.", "דנה כהן", "סטודנטית"),
        ("מעיין כהן, סטודנטית בת 23, נפצעה קל.", "מעיין כהן", "סטודנטית"),
        ("משה לוי, נהג בן ה-45 מחיפה, נפצע.", "משה לוי", "נהג"),
    ],
)
def test_hebrew_age_after_a_description_is_no_part_of_the_role(sentence: str, name: str, role: str) -> None:
    assert _people(sentence, "he") == {name: role}


@pytest.mark.parametrize("sentence", ["הנאשם, אברהם לוי בן ה-45, הורשע ברצח.", "אברהם לוי בן 45 נפצע."])
def test_hebrew_age_after_a_name_is_no_third_name(sentence: str) -> None:
    assert "אברהם לוי" in _people(sentence, "he")


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("הוא נולד בבודפשט לאביו, הרמן, ולאמו, אילונה.", {"הרמן": "אביו", "אילונה": "אמו"}),
        ("הוא נקבר לצד רעייתו, שושנה.", {"שושנה": "רעייתו"}),
        ("לפי עדותה של אלמנתו, רבקה, הוא חזר.", {"רבקה": "אלמנתו"}),
        ("הכסף הועבר לבנו, יוסי, לפני מותו.", {"יוסי": "בנו"}),
    ],
)
def test_hebrew_kin_noun_with_a_glued_preposition_names_the_given_name(sentence: str, people: dict[str, str]) -> None:
    assert _people(sentence, "he") == people


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("הנהג, ואליד עבד אל-רחמן, נפצע קשה.", "ואליד עבד אל-רחמן", "הנהג"),
        ("שגריר מצרים, חאזם עבד אל-עזיז, אמר כי אין התקדמות.", "חאזם עבד אל-עזיז", "שגריר מצרים"),
        ("לדברי מוחמד עבד אל-רחמן, ההחלטה נכונה.", "מוחמד עבד אל-רחמן", None),
    ],
)
def test_hebrew_abd_al_compound_is_one_name(sentence: str, name: str, role: str | None) -> None:
    assert _people(sentence, "he") == {name: role}


def test_hebrew_abd_alone_is_no_compound() -> None:
    assert _people("לדברי מוחמד עבד, ההחלטה נכונה.", "he") == {"מוחמד עבד": None}


def test_hebrew_second_between_is_no_name_word() -> None:
    people = _people("הוויכוח בין משה כהן לבין דוד לוי נמשך.", "he")
    assert set(people) == {"משה כהן", "דוד לוי"}
    assert not any("לבין" in p for p in _people("ההחלטה נתקבלה לאחר שיחה בין שלום ברקאי לבין עמרם פרידמן.", "he"))


@pytest.mark.parametrize(
    "sentence",
    [
        "وقع ثاني هجوم على المستشفى في الصباح.",
        "أثناء تسجيل الفيديو تحدث غارة خامسة، يؤكد المصور أن الغارات مستمرة.",
        "وقال إن ثالث انفجار وقع قرب السوق.",
    ],
)
def test_arabic_ordinal_and_its_noun_is_no_name(sentence: str) -> None:
    assert _people(sentence, "ar") == {}


def test_arabic_given_name_thani_still_opens_a_name() -> None:
    assert _people("وقال الشيخ ثاني الكعبي إن القرار نهائي.", "ar") == {"ثاني الكعبي": "الشيخ"}


# Hebrew history and Wikipedia prose names public figures by the family name alone (made-up names, listed
# family names that are no Hebrew word). First run of that set (20 sentences, 28 people): 3/28 found.
@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("לדעת מנדלסון, המשבר נבע מכשל.", {"מנדלסון": None}),
        ("על פי גרסתו של זילברמן, ההחלטה התקבלה במחטף.", {"זילברמן": None}),
        ("לאחר התפטרותו של גולדברג מונה יורש.", {"גולדברג": None}),
        ("המחלוקת בין אלתרמן לגרינברג נמשכה שנים.", {"אלתרמן": None, "גרינברג": None}),
        ("ההצעה נתמכה על ידי השרים פרלמן וגבאי.", {"פרלמן": "השרים", "גבאי": "השרים"}),
        (
            "בין חברי הוועד היו בורנשטיין, קפלן, רבינוביץ וזילבר.",
            {"בורנשטיין": "חברי הוועד", "קפלן": "חברי הוועד", "רבינוביץ": "חברי הוועד", "זילבר": "חברי הוועד"},
        ),
        ("מנדלסון, שהיה אז נגיד הבנק, סירב להגיב.", {"מנדלסון": "נגיד הבנק"}),
        ("הנגיד מנדלסון הודה כי הבנק טעה.", {"מנדלסון": "הנגיד"}),
        ("את פסק הדין כתב השופט אלקלעי, ואליו הצטרפו חבריו.", {"אלקלעי": "השופט"}),
    ],
)
def test_hebrew_family_name_alone_after_a_cue_of_a_person(sentence: str, people: dict[str, str | None]) -> None:
    assert _people(sentence, "he") == people


@pytest.mark.parametrize(
    "sentence",
    [
        "ועדת מנדלסון פרסמה את מסקנותיה.",
        "חברי הוועד החליטו לפרוש.",
        "השרים הצביעו נגד ההצעה.",
        "הנגיד החדש הודה כי הבנק טעה.",
        "לדעת רבים, המשבר נבע מכשל.",
    ],
)
def test_hebrew_no_family_name_without_a_cue(sentence: str) -> None:
    assert _people(sentence, "he") == {}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ('לדברי אהרן ברזילי, יו"ר ועד העובדים, השביתה תימשך.', "אהרן"),
        ("את ההצעה יזמו חברי הכנסת עמרי שגב ורות קדמי.", "עמרי"),
    ],
)
def test_hebrew_family_name_cue_takes_no_first_word_of_a_longer_name(sentence: str, absent: str) -> None:
    assert absent not in _people(sentence, "he")


def test_arabic_spokesman_name_ends_before_the_verbs_object() -> None:
    people = _people("ونفى المتحدث باسم وزارة الدفاع الروسية إيغور بتروفسكي استهداف المستشفى.", "ar")
    assert people == {"إيغور بتروفسكي": "المتحدث باسم وزارة الدفاع الروسية"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("אחרי פרישתו של אריאל זמיר, מונה לתפקיד אדם אחר.", "אריאל זמיר"),
        ("ספרו הראשון של נתן זילברמן יצא לאור ב-1951.", "נתן זילברמן"),
        ("לאחר הבחירות הקים נפתלי ברגמן את המפלגה.", "נפתלי ברגמן"),
    ],
)
def test_hebrew_full_name_after_a_double_genitive_or_before_the_object_marker(sentence: str, name: str) -> None:
    assert name in _people(sentence, "he")


@pytest.mark.parametrize(
    "sentence",
    ["ביטחונה של ישראל אינו נשען על כך.", "ביתו של משה הגדול נהרס.", "דבריו של השר עוררו סערה.", "משה בונה את הבית."],
)
def test_hebrew_double_genitive_look_alikes_name_nobody(sentence: str) -> None:
    assert _people(sentence, "he") == {}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("צ'רלס דיקסון נבחר לנשיא האיגוד.", "צ'רלס דיקסון", "נשיא האיגוד"),
        ("משה כהן מונה לשר האוצר.", "משה כהן", "שר האוצר"),
        ("לפי דיווחו של הכתב הצבאי גיל שושן, הצבא מתכונן למבצע.", "גיל שושן", "הכתב הצבאי"),
        ("אבי המשפחה, יוסף עזרא, סיפר כי ילדיו ישנו.", "יוסף עזרא", "אבי המשפחה"),
        ("אם הילד, רחל כהן, סיפרה כי הוא ישן.", "רחל כהן", "אם הילד"),
        ("בן דודו של הנרצח, מוחמד ג'אבר, אמר כי המשפחה דורשת צדק.", "מוחמד ג'אבר", "בן דודו של הנרצח"),
        ('את התפקיד קיבל משה וולפסון, שכיהן קודם לכן כמנכ"ל משרד החוץ.', "משה וולפסון", 'מנכ"ל משרד החוץ'),
    ],
)
def test_hebrew_roles_by_appointment_kinship_and_relative_clause(sentence: str, name: str, role: str) -> None:
    assert _people(sentence, "he") == {name: role}


def test_hebrew_wrote_is_no_reporter() -> None:
    assert _people("משה כתב כי הוא עייף.", "he") == {}


def test_arabic_tagged_name_takes_its_appositive_role() -> None:
    people = _people("ونقلت رويترز عن ديفيد ميلر، المحلل في بنك باركليز، قوله إن الأسعار ستتراجع.", "ar")
    assert people == {"ديفيد ميلر": "المحلل في بنك باركليز"}


def test_arabic_given_name_spelt_as_a_town_before_a_comma_and_role() -> None:
    people = _people("وأكد فلاديمير بيتروف، نائب وزير الخارجية الروسي، أن موسكو تدعم الحل.", "ar")
    assert people == {"فلاديمير بيتروف": "نائب وزير الخارجية الروسي"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("وقالت زينب، وهي طالبة جامعية، إن الامتحانات أجلت.", "زينب", "طالبة جامعية"),
        ("وتقول رزان، وهي ناشطة من دوما، إن الحصار أنهك السكان.", "رزان", "ناشطة من دوما"),
        ("وقال نور الدين بن سالم، رئيس الجمعية، إن التبرعات تراجعت.", "نور الدين بن سالم", "رئيس الجمعية"),
        ("وأكدت والدة الطفل، أم يوسف، أن ابنها خرج ولم يعد.", "أم يوسف", "والدة الطفل"),
    ],
)
def test_arabic_one_given_name_described_a_construct_role_after_a_name_and_a_kunya(
    sentence: str, name: str, role: str
) -> None:
    assert _people(sentence, "ar") == {name: role}


def test_arabic_a_calling_described_is_no_name() -> None:
    assert _people("وقال الطالب، وهو في العشرين، إن الامتحانات أجلت.", "ar") == {}


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("ראש הממשלה דאז הורה להקים צוות בדיקה.", {}),
        ("השר היוצא הורה להקים צוות.", {}),
        ("שר האוצר דאז יוסי לוי הורה להקים צוות.", {"יוסי לוי": "שר האוצר דאז"}),
    ],
)
def test_hebrew_then_or_outgoing_after_a_title_is_no_name(sentence: str, people: dict[str, str]) -> None:
    assert _people(sentence, "he") == people


def test_hebrew_plural_role_list_ends_its_chain_at_a_given_and_a_family_name_in_h() -> None:
    people = _people('בעקבות הדו"ח דרשו חברי הכנסת עמוס הלוי ומרדכי ברגר להקים ועדת חקירה.', "he")
    assert people == {"עמוס הלוי": "חברי הכנסת", "מרדכי ברגר": "חברי הכנסת"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("كما أدان وزير الصحة في الحكومة المؤقتة، مرام الشيخ، الهجوم.", "مرام الشيخ", "وزير الصحة في الحكومة المؤقتة"),
        ("وقال رئيس الجمعية، سامر السيد، إن التبرعات تراجعت.", "سامر السيد", "رئيس الجمعية"),
        ("وبحسب الممرضة نور الهدى الخالد، فإن المرضى نقلوا.", "نور الهدى الخالد", "الممرضة"),
    ],
)
def test_arabic_office_held_in_a_body_a_title_as_family_name_and_nur_al_huda(
    sentence: str, name: str, role: str
) -> None:
    assert _people(sentence, "ar") == {name: role}


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("وانتقد رجل الدين الشيعي حسين الموسوي قرار الحكومة.", {"حسين الموسوي": "رجل الدين الشيعي"}),
        ("وانتقد رجل الأعمال الإماراتي خلفان المزروعي القرار.", {"خلفان المزروعي": "رجل الأعمال الإماراتي"}),
        ("ووصل الرئيس إلى بيروت برفقة وزير خارجيته جان إيف لوران.", {"جان إيف لوران": "وزير خارجيته"}),
        ("واستقبل الملك رئيس وزرائها سامي النور.", {"سامي النور": "رئيس وزرائها"}),
        ("وانتقد رجل الدين القرار.", {}),
        ("وقال وزير خارجيته إن الزيارة ناجحة.", {}),
    ],
)
def test_arabic_two_word_callings_and_possessed_offices(sentence: str, people: dict[str, str]) -> None:
    assert _people(sentence, "ar") == people


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("גם מנדלסון התנגד לתוכנית.", {"מנדלסון": None}),
        ("מנדלסון הודיע כי יתפטר.", {"מנדלסון": None}),
        ("מאוחר יותר טען שטרן כי לא ידע על כך.", {"שטרן": None}),
        ("מכון מנדלסון פרסם דוח.", {}),
        ("אמר שלום כי הוא עייף.", {}),
        ("אמרה שהיא מופתעת.", {}),
    ],
)
def test_hebrew_family_name_alone_as_the_subject_of_a_past_verb(sentence: str, people: dict[str, None]) -> None:
    assert _people(sentence, "he") == people


@pytest.mark.parametrize(
    ("sentence", "language", "people"),
    [
        ("האב, יוסף מזרחי, סיפר כי בנו נעלם.", "he", {"יוסף מזרחי": "האב"}),
        ("דוברת המשרד, הילה כהן, הודיעה כי הבקשה נדחתה.", "he", {"הילה כהן": "דוברת המשרד"}),
        ("הודיעה אתמול בתגובה דוברת המשרד, הילה כהן.", "he", {"הילה כהן": "דוברת המשרד"}),
        ("وأطلقت السلطات سراح الناشطة الحقوقية سمر الحربي.", "ar", {"سمر الحربي": "الناشطة الحقوقية"}),
        ("ونشر مركز إدلب الإعلامي صورا للدمار.", "ar", {}),
    ],
)
def test_fresh_set_definite_kin_given_names_in_h_and_a_definite_bodys_object(
    sentence: str, language: str, people: dict[str, str]
) -> None:
    assert _people(sentence, language) == people
