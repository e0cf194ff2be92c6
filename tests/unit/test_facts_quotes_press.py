"""Quotes with the right speaker in made-up newspaper copy of constructions earlier sets did not cover: Gulf and
Saudi Arabic press (`quote_cases_press_ar.py`), Haaretz / Ynet style Hebrew (`quote_cases_press_he.py`) and
English interviews, colon introductions and quotes over paragraphs (`quote_cases_press_en.py`). The passages were
written before the readers ran on them; then one test per construction the first run got wrong, with look-alikes.
All names and sentences are invented.

First run (quotes found with the right speaker; quoted words wrongly taken): Arabic 39 of 45 (.87; 0 of 7),
Hebrew 33 of 36 (.92; 0 of 3), English 33 of 37 (.89; 0 of 2); second batch (agency copy with partial quotes,
court and encyclopaedia Hebrew, BBC business to entertainment copy) Arabic 16 of 19 (.84; 0 of 3), Hebrew 14 of 20
(.70; 0 of 4), English 20 of 21 (.95; 0 of 2). After the changes below, all (one Hebrew case, "כינה את X "..."",
moved to either reading: whether such a description is a quote is not settled in the gold). Third batch (witness
and archive Arabic, encyclopaedia Hebrew of history and law, BBC 2004-05 English): Arabic 11 of 12, Hebrew 10 of
11, English 16 of 18; after the changes, all. Fourth batch (names, titles and slogans in marks, four words and more,
beside quotes): quoted words wrongly taken Arabic 3 of 14, Hebrew 1 of 6, English 0 of 7; the quotes among them
all found; after the changes, none taken. Fifth batch (six whole BBC-style stories, speakers carried over
paragraphs): English 18 of 19; after the change, all. Fifth Arabic and Hebrew batch (Saudi agency copy, Ynet news,
speakers named again by surname, title or honorific): Arabic 8 of 9, Hebrew 8 of 9; after the changes, all. Sixth
English batch (BBC attribution shapes: "said of", "was quoted by X as saying", "it said", a solicitor named in
commas): all 14 right at first."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of
from tests.unit.quote_case_checks import case_params, check_passage
from tests.unit.quote_case_checks import said as _said
from tests.unit.quote_cases_newspaper_en import Case
from tests.unit.quote_cases_press_ar import (
    AR_PRESS_CASES,
    AR_PRESS_CASES_2,
    AR_PRESS_CASES_3,
    AR_PRESS_CASES_4,
    AR_PRESS_CASES_5,
)
from tests.unit.quote_cases_press_en import (
    EN_PRESS_CASES,
    EN_PRESS_CASES_2,
    EN_PRESS_CASES_3,
    EN_PRESS_CASES_4,
    EN_PRESS_CASES_5,
    EN_PRESS_CASES_6,
)
from tests.unit.quote_cases_press_he import (
    HE_PRESS_CASES,
    HE_PRESS_CASES_2,
    HE_PRESS_CASES_3,
    HE_PRESS_CASES_4,
    HE_PRESS_CASES_5,
)

# Cases the readers still get wrong, by words of the quote: why.
_KNOWN_WRONG: dict[str, str] = {}


@pytest.mark.parametrize(
    ("case", "language"),
    case_params(
        AR_PRESS_CASES + AR_PRESS_CASES_2 + AR_PRESS_CASES_3 + AR_PRESS_CASES_4 + AR_PRESS_CASES_5, "ar", _KNOWN_WRONG
    )
    + case_params(
        HE_PRESS_CASES + HE_PRESS_CASES_2 + HE_PRESS_CASES_3 + HE_PRESS_CASES_4 + HE_PRESS_CASES_5, "he", _KNOWN_WRONG
    )
    + case_params(
        EN_PRESS_CASES + EN_PRESS_CASES_2 + EN_PRESS_CASES_3 + EN_PRESS_CASES_4 + EN_PRESS_CASES_5, "en", _KNOWN_WRONG
    )
    + case_params(EN_PRESS_CASES_6, "en", _KNOWN_WRONG),
)
def test_made_up_press_passage(case: Case, language: str) -> None:
    check_passage(case, language)


def test_arabic_unmarked_speech_after_an_office_a_rank_and_a_name() -> None:
    # Gulf copy names a spokesman by office, rank and name before the colon; where it was said is no part of it
    assert _said(
        "وأكد المتحدث الرسمي للمديرية المقدم عادل الزامل: تم ضبط الجناة خلال ساعات قليلة من الحادثة.", "ar"
    ) == [("تم ضبط الجناة خلال ساعات قليلة من الحادثة", "عادل الزامل")]
    said = _said("وقال رئيس الهيئة سالم الكبيسي في مؤتمر صحفي عقده في المقر: سنبدأ التنفيذ خلال الأسبوع المقبل.", "ar")
    assert said == [("سنبدأ التنفيذ خلال الأسبوع المقبل", "سالم الكبيسي")]
    # (a clause with a conjunction of reported speech before the colon opens a list, no speech)
    assert _said("وأوضح أن الخطة الجديدة التي أقرها المجلس تشمل: الصحة والتعليم والنقل والمياه.", "ar") == []


def test_arabic_speech_noun_the_speaker_owns_is_no_name() -> None:
    text = "وتحدث الدكتور نبيل العمودي عن البحث العلمي. واختتم حديثه بالقول: «الاستثمار في العقول هو الأهم»."
    assert _said(text, "ar") == [("الاستثمار في العقول هو الأهم", "نبيل العمودي")]
    text = "وألقت الوزيرة سحر النجار كلمة. وختمت كلمتها قائلة: «المرأة شريكة كاملة في التنمية»."
    # (the people finder may run the name on into "كلمة"; the speaker is still hers)
    assert [s is not None and s.startswith("سحر النجار") for _, s in _said(text, "ar")] == [True]


def test_arabic_subject_of_a_reported_clause_before_its_own_bare_verb() -> None:
    text = "وذكرت صحيفة «الأفق» أن المدير العام للدائرة حامد الراشد قال: «سنفتتح ثلاثة مراكز جديدة قريبا»."
    assert _said(text, "ar") == [("سنفتتح ثلاثة مراكز جديدة قريبا", "حامد الراشد")]


def test_arabic_quoted_him_as_saying_is_the_one_just_named() -> None:
    text = 'وذكرت صحيفة "الضحى" أن النائب فهد المرزوق رفض المقترح، ونقلت عنه قوله: "هذا المقترح يضر بالمواطن".'
    assert _said(text, "ar") == [("هذا المقترح يضر بالمواطن", "فهد المرزوق")]


def test_arabic_according_to_a_statement_of_a_body_then_so() -> None:
    assert _said("وبحسب بيان للجيش، فإن «القوات استعادت السيطرة على الطريق الدولي».", "ar") == [
        ("القوات استعادت السيطرة على الطريق الدولي", "الجيش")
    ]
    text = 'وحسب تقرير صادر عن منظمة الصحة العالمية فإن "الوباء ينتشر بسرعة في المناطق الريفية".'
    assert _said(text, "ar") == [("الوباء ينتشر بسرعة في المناطق الريفية", "منظمة الصحة العالمية")]


def test_arabic_office_named_again_with_its_place_left_out() -> None:
    text = (
        "وقام أمين منطقة الساحل المهندس ماجد الدوسري بجولة تفقدية.\n\n"
        "وقال أمين المنطقة: «سيتم الانتهاء من المشروع خلال ستة أشهر»."
    )
    assert _said(text, "ar") == [("سيتم الانتهاء من المشروع خلال ستة أشهر", "ماجد الدوسري")]
    text = "واستقبل وزير خارجية البلاد كريم فارس نظيره. وقال وزير الخارجية: «العلاقات ممتازة بين البلدين»."
    assert _said(text, "ar") == [("العلاقات ممتازة بين البلدين", "كريم فارس")]
    # (a man whose given name is أمين is himself)
    text = "التقى أمين الحسن بالوفد. وقال أمين الحسن: «الزيارة ناجحة جدا بكل المقاييس»."
    assert _said(text, "ar") == [("الزيارة ناجحة جدا بكل المقاييس", "أمين الحسن")]


def test_hebrew_so_estimates_after_the_quote() -> None:
    text = '"השוק יתאושש בתוך חצי שנה", כך מעריך הכלכלן הראשי של הבנק, ד"ר עוזי פרנקל.'
    assert _said(text, "he") == [("השוק יתאושש בתוך חצי שנה", "עוזי פרנקל")]


def test_hebrew_outlet_between_the_verb_and_its_subject() -> None:
    assert _said('"לא ציפינו לזה בכלל", אמר ל-ynet אחד התושבים בשכונה.', "he") == [
        ("לא ציפינו לזה בכלל", "אחד התושבים")
    ]
    text = 'ראש העיר דני קורן ביקר במקום. "לא ציפינו לזה בכלל", אמר ל-ynet.'
    assert _said(text, "he") == [("לא ציפינו לזה בכלל", "דני קורן")]


def test_hebrew_definite_role_after_the_quote_is_its_holder() -> None:
    text = 'השופטת נעמי רגב דחתה את הבקשה. "בית המשפט לא יכול להתעלם מחומרת המעשים", כתבה השופטת.'
    assert _said(text, "he") == [("בית המשפט לא יכול להתעלם מחומרת המעשים", "נעמי רגב")]


def test_english_according_to_a_role_and_a_name_before_a_lower_case_clause() -> None:
    text = 'According to the club\'s manager, Dave Kerrigan, "the players simply ran out of steam in the second half".'
    assert _said(text, "en") == [("the players simply ran out of steam in the second half", "Dave Kerrigan")]
    text = 'According to Dave Kerrigan, the club\'s manager, "the players simply ran out of steam".'
    assert _said(text, "en") == [("the players simply ran out of steam", "Dave Kerrigan")]
    # (a phrase quoted in the writer's clause stays a phrase)
    assert _said('According to the club\'s manager, Dave Kerrigan, the players were "tired".', "en") == []


def test_english_quote_called_someones_verdict_in_its_own_sentence() -> None:
    text = "\"It's a scandal, plain and simple,\" was the verdict of Andy Pell, who chairs the residents' association."
    assert _said(text, "en") == [("It's a scandal, plain and simple", "Andy Pell")]
    text = 'The Home Office was asked about the claims. "We will not give in to blackmail," came the reply from the Home Office.'
    assert [s for _, s in _said(text, "en")] == ["the Home Office"]
    assert _said('The phrase "plain and simple" was the verdict of the jury.', "en") == []


def test_english_capitalised_description_introducing_a_quote() -> None:
    text = 'Olympic champion Grace Mbeki won the 400m.\n\nThe 31-year-old added: "I just wanted to enjoy the race."'
    assert _said(text, "en") == [("I just wanted to enjoy the race", "Grace Mbeki")]


def test_english_in_his_words_before_a_colon() -> None:
    text = 'Ian Corbett was in no mood to compromise. In his words: "The decision has been made and will stand."'
    assert _said(text, "en") == [("The decision has been made and will stand", "Ian Corbett")]
    text = 'Ian Corbett and Ann Lowe spoke. In her words: "The decision has been made and will stand."'
    assert _said(text, "en") == [("The decision has been made and will stand", "Ann Lowe")]


def test_arabic_as_x_said_after_the_quote() -> None:
    text = '" الانتخابات ستجرى في موعدها المحدد " ، حسبما قال رئيس المفوضية كمال الدين عثمان .'
    assert _said(text, "ar") == [("الانتخابات ستجرى في موعدها المحدد", "كمال الدين عثمان")]
    text = "«سيتم افتتاح المستشفى قبل نهاية العام»، بحسب ما أفاد به مدير الشؤون الصحية الدكتور سامي الزبيدي."
    assert [s for _, s in _said(text, "ar")] == ["سامي الزبيدي"]


def test_arabic_partial_quote_after_a_construct_subject_of_reported_speech() -> None:
    text = 'واعتبر رئيس البرلمان نزار الكيلاني أن قرار المحكمة " خطأ تاريخي " .'
    assert _said(text, "ar") == [("خطأ تاريخي", "نزار الكيلاني")]
    # (a foreign name in marks stays a name)
    assert _said('وأكد الوزير أن " فريق ماكروني " سيزور البلاد .', "ar") == []


def test_arabic_words_a_warning_or_a_call_is_about() -> None:
    text = (
        "والتقى الأمين العام للمنظمة رياض عبد الهادي بالوفد . "
        'وحذر الأمين العام من " كارثة إنسانية وشيكة " في حال استمرار القتال .'
    )
    assert _said(text, "ar") == [("كارثة إنسانية وشيكة", "رياض عبد الهادي")]
    # (a body's name after "من" is no speech)
    assert _said('وحذر الجيش من " جبهة النصرة " في المنطقة .', "ar") == []
    assert _said('وانشق عدد من الجنود عن " الجيش السوري الحر " أمس .', "ar") == []


def test_hebrew_verb_inside_a_longer_word_is_no_verb() -> None:
    # "בפסק הדין" (in the ruling) holds the letters of "פסק" (ruled)
    text = 'בפסק הדין כתב השופט אהרן גלבוע: "אין בית המשפט רשאי להחליף את שיקול דעתו של המחוקק".'
    assert _said(text, "he") == [("אין בית המשפט רשאי להחליף את שיקול דעתו של המחוקק", "אהרן גלבוע")]


def test_hebrew_definite_subject_then_where_it_wassaid() -> None:
    text = 'מבקר המדינה אליעזר פינטו פרסם את הדוח השנתי. המבקר ציין בדוח כי "נמצאו ליקויים חמורים בהתנהלות המשרד".'
    assert [s for _, s in _said(text, "he")] == ["אליעזר פינטו"]


def test_hebrew_short_clauses_after_said_that_and_added_that() -> None:
    text = 'השרה רינה שגב ביקרה באזור. היא אמרה ש"המצב בלתי נסבל" והוסיפה ש"יש לפעול מיד".'
    assert _said(text, "he") == [("המצב בלתי נסבל", "רינה שגב"), ("יש לפעול מיד", "רינה שגב")]
    # (a name in marks that the clause goes on after stays a name)
    assert _said('השר אמר כי "חץ ירוק" תוצג מחר.', "he") == []


def test_hebrew_title_and_name_after_where_it_was_written() -> None:
    text = '"זה יום עצוב לעיר", כתב ברשת X ראש העיר יואב מלכה.'
    assert _said(text, "he") == [("זה יום עצוב לעיר", "יואב מלכה")]
    text = 'ראש העיר יואב מלכה הגיע. "זה יום עצוב לעיר", כתב בעמוד הפייסבוק שלו.'
    assert _said(text, "he") == [("זה יום עצוב לעיר", "יואב מלכה")]


def test_english_description_with_a_relative_clause_naming_someone_else() -> None:
    text = (
        "Actress Cora Lindqvist, 34, won the award on Sunday.\n\n"
        'The star, who plays Lady Hester in the drama, told Radio Times: "I was terrified on the first day."'
    )
    assert _said(text, "en") == [("I was terrified on the first day", "Cora Lindqvist")]


def test_arabic_spoke_of_then_a_colon_introduces_speech() -> None:
    text = 'وتحدثت أم خالد عن ليلة القصف: "كان الأطفال يصرخون ولم نعرف أين نختبئ".'
    assert _said(text, "ar") == [("كان الأطفال يصرخون ولم نعرف أين نختبئ", "أم خالد")]
    # (a talk's title in marks after the verb, with no colon, is no speech)
    assert _said('فقد تحدث سمير من تونس في محاضرته " استراتيجية للنشر التدريجي في الموسوعة " عن المشاكل.', "ar") == []


def test_hebrew_body_then_where_it_ruled() -> None:
    text = 'ועדת החקירה קבעה בדוח הסופי: "הממשלה לא פעלה כראוי בימים הראשונים".'
    assert _said(text, "he") == [("הממשלה לא פעלה כראוי בימים הראשונים", "ועדת החקירה")]


def test_english_nationality_description_introducing_a_quote() -> None:
    text = (
        'Harbour boss Arsene Wenlock told a news conference: "We have to react after Sunday."\n\n'
        'The Frenchman added: "I am confident in my players."'
    )
    assert _said(text, "en") == [
        ("We have to react after Sunday", "Arsene Wenlock"),
        ("I am confident in my players", "Arsene Wenlock"),
    ]
    # (and the description is no person of its own)
    assert not [p for p in facts_of([p for p in text.split("\n\n")], "en") if p.kind == "person" and "The" in p.text]


def test_english_a_descriptions_spokeswoman_is_unnamed() -> None:
    text = (
        "Pop star Kylie Monroe has cancelled her tour.\n\n"
        'The singer\'s spokeswoman said: "She is resting at home and is expected to make a full recovery."'
    )
    assert [s for _, s in _said(text, "en")] == ["The singer's spokeswoman"]


# Classes of the round-14 dev articles (read after the made-up batches; each written again with made-up names).


def test_hebrew_long_office_then_a_title_and_a_name() -> None:
    text = 'בשנה שעברה הודיע יו"ר ועדת הכספים והתקציב ח"כ רונן שלו ש"הוועדה תאשר את התקציב עד סוף החודש".'
    assert [s for _, s in _said(text, "he")] == ["רונן שלו"]


def test_arabic_speakers_name_in_marks_after_the_verb() -> None:
    text = '"كان من الضروري تدمير المخزون بالكامل" يقول "جان بيير لوران" خبير الأسلحة من شركة استشارات.'
    assert _said(text, "ar") == [("كان من الضروري تدمير المخزون بالكامل", "جان بيير لوران")]


def test_arabic_quote_after_a_sentence_crediting_its_words() -> None:
    text = (
        "أعلن القاضي المسؤول فادي كرم الخبر أمس.\n\n"
        "وفقا لأخصائي السموم بيتر مولر (جامعة الشمال)، فإن الضحايا يواجهون وفاة أليمة. "
        '"يصاب الضحية بالشلل سريعا ثم يختنق ويموت خلال دقائق قليلة".'
    )
    speakers = [s for _, s in _said(text, "ar")]
    assert len(speakers) == 1 and speakers[0] is not None and "مولر" in speakers[0]


def test_arabic_body_named_in_marks_after_its_kind_is_no_quote() -> None:
    assert _said('وتظهر في الصورة لافتة منظمة "معا من أجل الإغاثة والتنمية" أمام المبنى.', "ar") == []
    assert _said('وأعلنت جمعية "نور الأمل للأيتام" عن حملة جديدة.', "ar") == []


def test_english_name_issuing_a_comment_saying() -> None:
    text = 'In response, Dana Price who is the owner of Gull Air, made a comment saying: "We reject any such claims."'
    assert _said(text, "en") == [("We reject any such claims", "Dana Price")]


def test_english_response_from_a_body_handed_out_by_its_spokesman() -> None:
    text = (
        "The official response from the Harbour Office, given to the press by Harbour Office spokesman Ian Pike, "
        'reads as follows: "The tide tables are always changing."'
    )
    assert [s for _, s in _said(text, "en")] == ["the Harbour Office"]


def test_english_last_words_he_said_were() -> None:
    text = (
        "The pilot, Tom Barrow, was flying to the island.\n\n"
        'It has emerged that the last words that he said on the radio were: "I have lost an engine, so long."'
    )
    assert _said(text, "en") == [("I have lost an engine, so long", "Tom Barrow")]


def test_english_spokesperson_for_them_is_the_body_named() -> None:
    text = (
        "The Ministry of Harbours has confirmed the death, with a spokesperson for them saying: "
        '"We are aware of the death of a national in a boating accident."'
    )
    assert [s for _, s in _said(text, "en")] == ["a spokesperson for Ministry of Harbours"]


def test_names_in_marks_after_a_kind_of_body_or_outlet_are_no_quotes() -> None:
    assert _said('وقالت صفحة "تنسيقية مدينة السهل الحرة" على فيسبوك إن القصف استمر ساعات.', "ar") == []
    assert _said('وأفاد مراسل "المرصد المستقل لتوثيق الانتهاكات" بأن القصف تجدد.', "ar") == []
    text = 'وقال مدير مشفى "الأمل" الطبيب فراس الجندي: "استهدفت الطائرات المبنى بثلاثة صواريخ متتالية".'
    assert _said(text, "ar") == [("استهدفت الطائرات المبنى بثلاثة صواريخ متتالية", "فراس الجندي")]
    text = 'העמותה "לב אחד למען קשישים" מסרה בתגובה: "נמשיך לפעול למען הקשישים בכל מצב".'
    said = _said(text, "he")
    assert [q for q, _ in said] == ["נמשיך לפעול למען הקשישים בכל מצב"]
    assert said[0][1] is not None and said[0][1].startswith("העמותה לב אחד")


def test_english_role_and_name_before_a_verb_of_stance_and_colon() -> None:
    text = 'Liberal Democrat home affairs spokesman Mark Oakley disagreed: "These cards will cost billions."'
    assert _said(text, "en") == [("These cards will cost billions", "Mark Oakley")]


def test_arabic_predicate_of_a_reported_clause_after_a_kind_of_work() -> None:
    text = 'وأشار المهندس العمري إلى أن المشروع "سيكتمل قبل نهاية العام الحالي بإذن الله".'
    assert _said(text, "ar") == [("سيكتمل قبل نهاية العام الحالي بإذن الله", "المهندس العمري")]
    # (a film's name in marks that the clause goes on after stays a name)
    assert _said('وأكد المخرج أن الفيلم "ليالي الصحراء البعيدة جدا" سيعرض غدا في الصالات.', "ar") == []


def test_hebrew_kin_of_someone_then_a_name_in_commas() -> None:
    # "אביה" (her father) is also a given name; "של" after it makes it kin
    assert _said('אביה של ההרוגה, יוסי כץ, אמר: "היא הייתה האור של חיינו".', "he") == [
        ("היא הייתה האור של חיינו", "יוסי כץ")
    ]
