"""Arabic and Hebrew quotes with their speaker and people, round 27: constructions that recurred on real Arabic
and Hebrew news pages (army and police chiefs, ministers, mayors), written again with made-up names and
sentences, each with near misses that must keep their old reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import people_roles, quotes_of


def _people(paragraphs: list[str], lang: str = "he") -> dict[str, str | None]:
    return people_roles(paragraphs, lang)


def _speakers(paragraphs: list[str], lang: str = "he") -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, lang)]


# --- Hebrew: an unlisted given name and a listed family name right after a title -----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('הרמטכ"ל רב-אלוף הדרי הלוי ביקר אתמול בבסיס.', "הדרי הלוי"),
        ("ראש העיר עינב ברקוביץ נשא דברים בטקס.", "עינב ברקוביץ"),
        ("רב אלוף הודי גולדברג סייר בגבול הצפון.", "הודי גולדברג"),
    ],
)
def test_an_unlisted_given_name_after_a_title_or_a_rank(text: str, name: str) -> None:
    assert name in _people(["כותרת", text])


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an adjective after a definite office, an office's complement, a relative clause, a
        # reserve's mark after a rank
        "השר הממונה לוי נכנס לתפקידו השבוע.",
        "שר הכלכלה הביע תמיכה בהצעה של לוי.",
        "הרב שבידי בית הדין החליט על כך.",
        "תא\"ל במיל' גבעון הראל התראיין ברדיו.",
        # a verb or participle after the title, then a word that is also a family name
        "ראש העיר נפגש שוב עם התושבים.",
    ],
)
def test_an_adjective_a_complement_or_a_clause_after_a_title_is_no_given_name(text: str) -> None:
    people = _people(["כותרת", text])
    assert not any(name.startswith(("הממונה", "הכלכלה", "שבידי", "במיל", "נפגש")) for name in people), people


# --- Hebrew: a speaker named by the office alone, in another spelling ----------------------------------------


def test_the_chief_of_staff_by_acronym_is_the_one_introduced_by_the_office_written_out() -> None:
    paragraphs = [
        'הרמטכ"ל: "לא נעצור עד שהמשימה תושלם"',
        "ראש המטה הכללי, רב-אלוף יואב דרורי, ביקר היום בבסיס חיל האוויר.",
        'הרמטכ"ל אמר: "אנחנו ערוכים לכל תרחיש ונמשיך לפעול בכל הזירות".',
    ]
    assert _speakers(paragraphs) == ["יואב דרורי", "יואב דרורי"]


def test_the_acronym_with_two_apostrophes_is_the_same_office() -> None:
    paragraphs = [
        "כותרת",
        'הרמטכ"ל יואב דרורי סייר אתמול בגבול.',
        "\"המצב בגבול יציב, אבל אנחנו ערוכים\", אמר הרמטכ''ל.",
    ]
    assert _speakers(paragraphs) == ["יואב דרורי"]


def test_a_rank_written_with_a_space_is_the_chief_of_staff() -> None:
    paragraphs = [
        'הרמטכ"ל: "אין מקום לשאננות ואין תהילת מנצחים"',
        "רב אלוף יואב דרורי נשא דברים בטקס בירושלים. דרורי תקף את הפרת ההסכם.",
    ]
    assert _speakers(paragraphs) == ["יואב דרורי"]
    assert "רב אלוף" in (_people(paragraphs).get("יואב דרורי") or "")


def test_an_office_no_one_holds_stays_the_office() -> None:
    # near miss: the commissioner is no chief of staff, though both are heads of a service
    paragraphs = [
        'המפכ"ל: "נגביר את האכיפה בכבישים"',
        "ראש המטה הכללי, רב-אלוף יואב דרורי, ביקר היום בבסיס.",
    ]
    assert _speakers(paragraphs) != ["יואב דרורי"]


# --- Hebrew: a headline's office before "על" (about) or with a status after it ---------------------------------


def test_a_headline_office_speaking_about_a_topic_is_the_office_not_the_topic() -> None:
    paragraphs = [
        'הרמטכ"ל על דיווחי הגיוס החסרים: "אמירת אמת היא נשמת אפו של הצבא"',
        'הרמטכ"ל רב-אלוף יואב דרורי התייחס לדיווחים ואמר כי "יושר ודיווח אמין הם בסיס האמון".',
    ]
    assert _speakers(paragraphs) == ["יואב דרורי", "יואב דרורי"]
    assert not any(name.startswith("דיווחי") for name in _people(paragraphs))


def test_a_former_office_in_a_headline_is_its_holder() -> None:
    paragraphs = [
        'ראש המל"ל לשעבר: "את ההזדמנות לדבר הם כבר איבדו"',
        'ראש המל"ל לשעבר, תא"ל במיל\' פרופ\' יואב דרורי, התראיין היום ברדיו.',
    ]
    assert _speakers(paragraphs) == ["יואב דרורי"]
    assert "לשעבר" not in _people(paragraphs)


def test_a_debate_about_a_topic_still_names_nobody() -> None:
    # near miss: no office or name before "על"
    paragraphs = ['דיון סוער בכנסת על תקציב הביטחון: "זה לא יעבור"', "הדיון נמשך שעות."]
    assert all(s is None or "תקציב" not in s for s in _speakers(paragraphs))


# --- Arabic: "according to" followed by no name ----------------------------------------------------------------


def test_according_to_his_view_names_nobody_the_one_named_before_speaks() -> None:
    paragraphs = [
        "عنوان",
        "وقال سامر الحلبي نائب رئيس البلدية إن الأشغال مستمرة.",
        "ويؤكد الحلبي أن المشكلة بحسب رأيه «تعود إلى خلافات قديمة بين العائلات في البلدة».",
    ]
    assert _speakers(paragraphs, "ar") == ["سامر الحلبي"]
    assert not any("تعود" in name for name in _people(paragraphs, "ar"))


def test_as_an_outlet_carried_it_leaves_the_speaker_before_the_quote() -> None:
    paragraphs = [
        "عنوان",
        "وقال الناطق باسم الحكومة سامر الحلبي إن «الموقف ما زال كما هو»، حسب نقلتها الإذاعة الرسمية.",
    ]
    assert _speakers(paragraphs, "ar") == ["سامر الحلبي"]
    assert not any(name.startswith("نقلت") for name in _people(paragraphs, "ar"))


def test_according_to_a_named_spokesman_after_a_quote_is_still_his() -> None:
    # near miss: a name after "حسب" is the credit, as before
    paragraphs = ["عنوان", "«الموقف ما زال كما هو»، حسب المتحدث سامر الحلبي."]
    assert _speakers(paragraphs, "ar") == ["سامر الحلبي"]


def test_a_preposition_after_an_office_opens_no_name() -> None:
    paragraphs = [
        "هذا ما قاله وزير الزراعة بشأن قضية مياه الشرب",
        "علّق وزير الزراعة سامر الحلبي على قضية المياه، قائلا: «قمنا بتدبير روتيني».",
    ]
    people = _people(paragraphs, "ar")
    assert "سامر الحلبي" in people
    assert not any(name.startswith("بشأن") for name in people), people


# --- Arabic: an office named again by its noun and an adjective; a fronted subject ------------------------------


def test_the_government_spokesman_is_the_one_introduced_with_that_office() -> None:
    paragraphs = [
        "عنوان",
        "قال وزير الإعلام الناطق الرسمي باسم الحكومة سامر الحلبي إن الموقف كان قويا.",
        "“نمر بظرف صعب في المنطقة وعلينا أن نحمي بلدنا”، وفق الناطق الحكومي.",
    ]
    assert _speakers(paragraphs, "ar") == ["سامر الحلبي"]


def test_an_office_with_an_adjective_the_role_does_not_hold_is_someone_else() -> None:
    # near miss: "the Russian spokesman" is not the government's spokesman named before
    paragraphs = [
        "عنوان",
        "قال الناطق الرسمي باسم الحكومة سامر الحلبي إن الموقف كان قويا.",
        "“لا تغيير في موقفنا من المفاوضات الجارية”، وفق الناطق الروسي.",
    ]
    assert _speakers(paragraphs, "ar") != ["سامر الحلبي"]


def test_a_fronted_subject_before_the_meeting_speaks_not_the_one_met() -> None:
    paragraphs = [
        "عنوان",
        "حذر وزير الاتصالات سامر الحلبي من تعطيل عمل الحكومة.",
        "الحلبي، وبعد لقائه رئيس الحكومة نادر الخوري في السراي، قال: “الاجتماع كان للبحث في الوضع السياسي”.",
        "وأضاف: “علينا أن نتحمل مسؤولياتنا في هذا الظرف الصعب”.",
    ]
    assert _speakers(paragraphs, "ar") == ["سامر الحلبي", "سامر الحلبي"]


def test_the_one_met_speaks_when_he_is_the_subject() -> None:
    # near miss: no fronted subject; the verb's own subject speaks
    paragraphs = [
        "عنوان",
        "استقبل وزير الاتصالات سامر الحلبي رئيس الحكومة نادر الخوري في مكتبه.",
        "وقال الخوري بعد اللقاء: “الاجتماع كان مثمرا”.",
    ]
    assert _speakers(paragraphs, "ar") == ["نادر الخوري"]


# --- Arabic: a short stretch in marks credited with "as X says" -----------------------------------------------


def test_a_short_quote_credited_with_as_he_says_is_his_speech() -> None:
    paragraphs = [
        "عنوان",
        "وقال سامر الحلبي نائب رئيس البلدية إن الأشغال مستمرة.",
        "ترفض البلدية هذا الكلام، معتبرة أنه «عار من الصحة» كما يقول الحلبي.",
    ]
    assert _speakers(paragraphs, "ar") == ["سامر الحلبي"]


def test_a_term_in_marks_followed_by_as_expected_is_no_quote() -> None:
    # near miss: "كما هو متوقع" (as expected) credits nobody
    paragraphs = [
        "عنوان",
        "وقال سامر الحلبي نائب رئيس البلدية إن الأشغال مستمرة.",
        "ترفض البلدية ما يسمى «الحل الدائم» كما هو متوقع.",
    ]
    assert _speakers(paragraphs, "ar") == []


# --- Arabic: a family name with the article ending in alif; an apposition of the last one named -----------------


def test_a_family_name_with_the_article_ending_in_alif_is_no_accusative() -> None:
    paragraphs = ["عنوان", "وتحدث عن اتهام الدكتور عبد الكريم الحلوا في قضايا سابقة."]
    assert "عبد الكريم الحلوا" in _people(paragraphs, "ar")


def test_an_indefinite_accusative_after_a_name_still_ends_it() -> None:
    # near miss: the verb's object in the accusative after two name words
    paragraphs = ["عنوان", "وسجل اللاعب ريكاردو ألفاريز هدفا رائعا في الدقيقة العاشرة."]
    assert "ريكاردو ألفاريز" in _people(paragraphs, "ar")


def test_an_apposition_after_another_person_is_not_the_speakers_role() -> None:
    paragraphs = [
        "عنوان",
        "قال السفير سامر الحلبي المتحدث باسم الحكومة- تعليقا على اتهام الدكتور نادر الخوري، وزير الزراعة الجديد، في"
        " قضايا سابقة- إن الجهات المختصة وافقت عليه.",
    ]
    role = _people(paragraphs, "ar").get("سامر الحلبي") or ""
    assert "الزراعة" not in role, role


# --- Hebrew: gershayim typed as a curly mark; "responded to the words" -----------------------------------------


def test_a_curly_gershayim_inside_an_acronym_does_not_close_the_quote() -> None:
    paragraphs = [
        "כותרת",
        "אומרת נועה ברק, חברת המועצה, כי “במסגרת תביעה נגד עיריית כפ”ס, ביהמ”ש דרש פעולה. לא ניתנו קנסות”.",
    ]
    quotes = quotes_of(paragraphs, "he")
    assert len(quotes) == 1 and quotes[0].text.startswith("במסגרת"), [q.text for q in quotes]


def test_one_who_responded_to_the_words_speaks() -> None:
    paragraphs = [
        "כותרת",
        "אומרת נועה ברק, חברת המועצה, כי “לא ניתנו קנסות ולא יינתנו”.",
        "עילאי גורדון הגיב לדברים: ”לצערי חברי המועצה לא אפשרו את זימון הישיבה”.",
    ]
    assert _speakers(paragraphs)[-1] == "עילאי גורדון"


def test_a_curly_mark_after_a_word_before_a_space_still_closes() -> None:
    # near miss: a closing mark after the last letter, then a space
    paragraphs = ["כותרת", "“לא ניתנו קנסות לעסקים בעיר”, אמרה נועה ברק, “ולא יינתנו בעתיד”."]
    assert [q.text for q in quotes_of(paragraphs, "he")][:1] == ["לא ניתנו קנסות לעסקים בעיר"]


def test_a_clause_whose_about_belongs_to_its_verb_names_no_speaker_before_it() -> None:
    # near miss of the headline office before "על": 'לדבריו, צה"ל פועל לשמור על X:' is a clause (a participle,
    # an infinitive); the one he refers to speaks
    paragraphs = [
        "כותרת",
        "רב-אלוף יואב דרורי נשא דברים בטקס.",
        'לדבריו, צה"ל פועל לשמור על שליטה בזירה: "אנחנו מנסים לשלוט בה ואנחנו שולטים בה."',
    ]
    assert _speakers(paragraphs) == ["יואב דרורי"]


# --- Arabic: the name after an office ending in a colon; the semicolon of an apposition ------------------------


def test_a_name_after_an_office_with_a_body_in_marks_then_a_colon_speaks() -> None:
    paragraphs = [
        "عنوان",
        'قال المدير العام لهيئة "المواصلات"، عماد الخوري: "إننا لم نعد قادرين على تحمل الوضع الحالي في الهيئة".',
    ]
    assert _speakers(paragraphs, "ar") == ["عماد الخوري"]


def test_a_semicolon_sets_off_the_role_after_a_name() -> None:
    paragraphs = [
        "عنوان",
        "وكشف الدكتور صلاح الحلبي؛ رئيس القطاعات الفنية للإنتاج أنه تم إنشاء خط إنتاج كامل.",
        'وأضاف: "خط الإنتاج سوف يوفر مئة ألف كمامة يوميا".',
    ]
    people = _people(paragraphs, "ar")
    assert "صلاح الحلبي" in people and "رئيس القطاعات" in (people["صلاح الحلبي"] or "")
    assert "أنه" not in (people["صلاح الحلبي"] or "")
    assert _speakers(paragraphs, "ar") == ["صلاح الحلبي"]


# --- Arabic: a quoted post introduced by an unnamed person (round-25 dev) ---------------------------------------


def test_a_post_introduced_by_an_unnamed_netizen_is_theirs_not_the_handles() -> None:
    paragraphs = [
        "عنوان",
        "تحسر المغردون على حال العلم في المنطقة.",
        "غرد الكاتب سامر الحلبي:",
        "@samer_h: الناس وصلوا إلى المريخ ونحن ما زلنا نتجادل في أمور بسيطة.",
        "وضع مواطن إنترنت من المغرب مقارنة ساخرة:",
        "@maghribi_x: يتزامن خبر الهبوط على المريخ مع دخولنا موسوعة الأرقام القياسية بأكبر طبق.",
    ]
    speakers = _speakers(paragraphs, "ar")
    assert speakers[0] == "سامر الحلبي"
    assert speakers[-1] is not None and speakers[-1].startswith("مواطن إنترنت"), speakers


def test_a_post_introduced_by_a_named_writer_stays_his() -> None:
    # near miss: a named introduction keeps its name
    paragraphs = ["عنوان", "غرد الكاتب سامر الحلبي:", "@samer_h: الناس وصلوا إلى المريخ ونحن ما زلنا نتجادل."]
    assert _speakers(paragraphs, "ar") == ["سامر الحلبي"]
