"""Quotes with the right speaker in made-up Arabic news, blog and rights-archive copy (`quote_cases_round18_ar.py`)
and Hebrew news and Wikipedia copy (`quote_cases_round18_he.py`). The passages were written before the readers ran
on them; then one test per construction the first run got wrong, with look-alikes. All names and sentences are
invented.

First run (quotes found with the right speaker; look-alikes in marks wrongly taken): first batch Arabic 27 of 29
(0 of 4), Hebrew 24 of 26 (0 of 5); second batch Arabic 21 of 22 (0 of 3), Hebrew 17 of 20 (0 of 5); third batch
(Wikipedia and rights-report copy with laws, terms, works and verses in marks) Arabic 7 of 8 (0 of 3), Hebrew 5 of 7
(0 of 5); fourth batch (Egyptian and Levantine Arabic press: "صدر عن X بيان جاء فيه:", "وتابع، «...»", "على لسان")
12 of 14 (0 of 3), (Hebrew radio and local news: programmes in marks, hosts, "עוד הוסיף:") 8 of 10 (0 of 3);
English BBC 2004-05 style 26 of 27 (0 of 3; the miss, a participle phrase after "had been", is read as the
writer's by design and kept as either), English with several people named around the quote 20 of 22, Danish 11 of
11 (0 of 1); fifth batch (sports, Gulf agency and court copy) Arabic 8 of 9 (0 of 2), Hebrew 7 of 7. All now right but the two in `_KNOWN_WRONG`. Then the round-16 dev articles'
classes, each written again with made-up names (the tests after the marker below)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of
from tests.unit.quote_case_checks import case_params, check_passage
from tests.unit.quote_case_checks import said as _said
from tests.unit.quote_cases_newspaper_en import Case
from tests.unit.quote_cases_round18_ar import (
    AR_R18_CASES,
    AR_R18_CASES_2,
    AR_R18_CASES_3,
    AR_R18_CASES_4,
    AR_R18_CASES_5,
)
from tests.unit.quote_cases_round18_en import DA_R18_CASES, EN_R18_CASES, EN_R18_CASES_2
from tests.unit.quote_cases_round18_he import (
    HE_R18_CASES,
    HE_R18_CASES_2,
    HE_R18_CASES_3,
    HE_R18_CASES_4,
    HE_R18_CASES_5,
)

# Cases the readers still get wrong, by words of the quote: why.
# (round 25: 'X Y, ראש עיריית Z,' with a given name the lists lack is a person now, people_he_unlisted)
_KNOWN_WRONG: dict[str, str] = {}
# (the case after the feminine role noun العداءة passes since the people helper of the same round listed the callings
# العداء/العداءة: the quote's speaker is the whole name)


@pytest.mark.parametrize(
    ("case", "language"),
    case_params(AR_R18_CASES + AR_R18_CASES_2 + AR_R18_CASES_3 + AR_R18_CASES_4 + AR_R18_CASES_5, "ar", _KNOWN_WRONG)
    + case_params(HE_R18_CASES + HE_R18_CASES_2 + HE_R18_CASES_3 + HE_R18_CASES_4 + HE_R18_CASES_5, "he", _KNOWN_WRONG)
    + case_params(EN_R18_CASES + EN_R18_CASES_2, "en", _KNOWN_WRONG)
    + case_params(DA_R18_CASES, "da", _KNOWN_WRONG),
)
def test_made_up_round18_passage(case: Case, language: str) -> None:
    check_passage(case, language)


def test_arabic_predicate_in_marks_closed_by_a_credit() -> None:
    # "أن المستشفى «...»، على حد قوله": the definite subject's predicate, however a hospital's kind reads
    for cue in ("على حد قوله", "على حد تعبيره", "بحسب تعبيره"):
        text = f"وأكد الطبيب نادر سليم أن المستشفى «يعمل فوق طاقته بثلاثة أضعاف»، {cue}."
        assert _said(text, "ar") == [("يعمل فوق طاقته بثلاثة أضعاف", "نادر سليم")]
    # (a hospital named in marks, indefinite, stays a name)
    text = "وقال إن مستشفى «الأمل الجديد للأطفال» يعمل فوق طاقته، على حد قوله."
    assert _said(text, "ar") == []


def test_hebrew_given_name_that_ends_a_body_is_not_the_speaker() -> None:
    # "נגיד בנק ישראל אורי X": ישראל closes the bank's name; the governor is the next given name and family name
    text = '"הריבית תעלה בקרוב", כך לדברי נגיד בנק ישראל אורי נחמן.'
    assert _said(text, "he") == [("הריבית תעלה בקרוב", "אורי נחמן")]
    text = '"הריבית תעלה בקרוב", אמר ישראל נחמן בכנס.'
    assert _said(text, "he") == [("הריבית תעלה בקרוב", "ישראל נחמן")]


def test_interview_answers_labelled_in_arabic_and_hebrew() -> None:
    text = "حاورت المجلة الروائية سلوى داود.\n\nس: متى بدأت الكتابة؟\n\nج: بدأت الكتابة في سن العاشرة بتشجيع من والدي."
    assert ("بدأت الكتابة في سن العاشرة بتشجيع من والدي", "سلوى داود") in _said(text, "ar")
    text = "העיתון שוחח עם הצלם עידו פז.\n\nהעיתון: איך התחלת?\n\nפז: קיבלתי מצלמה מסבא שלי כשהייתי בן שמונה."
    assert ("קיבלתי מצלמה מסבא שלי כשהייתי בן שמונה", "עידו פז") in _said(text, "he")
    # (a list's letters are no answers; a label that names no person is no speaker)
    text = (
        "أعلنت الوزارة شروط المنحة.\n\nأ: أن يكون المتقدم من حملة الشهادة الثانوية.\n\nج: أن يقدم طلبه قبل نهاية الشهر."
    )
    assert _said(text, "ar") == []
    text = "ראו גם.\n\nהערות: הנתונים נאספו בשנת 2010 על ידי הלשכה."
    assert _said(text, "he") == []


def test_hebrew_adjunct_before_the_verb_leaves_the_subject_dropped() -> None:
    # "בנאום הבחירה שלו אמר:" (a possessive is no given name), "לימים כתב בספר זיכרונותיו:": the one just named
    text = 'גדעון שמיר נבחר לכנסת. בנאום הבחירה שלו אמר: "באתי כדי לשרת את תושבי הגליל".'
    assert _said(text, "he") == [("באתי כדי לשרת את תושבי הגליל", "גדעון שמיר")]
    text = 'רחל אדמון כיהנה כשגרירה ברומא. לימים כתבה בספר זיכרונותיה: "לא ויתרתי על עקרונותיי לעולם".'
    assert _said(text, "he") == [("לא ויתרתי על עקרונותיי לעולם", "רחל אדמון")]
    # (a subject before the verb still speaks)
    text = 'רחל אדמון כיהנה כשגרירה. שר החוץ משה לוי כתב בספר זיכרונותיו: "היא הייתה השגרירה הטובה ביותר".'
    assert _said(text, "he") == [("היא הייתה השגרירה הטובה ביותר", "משה לוי")]


def test_hebrew_by_the_testimony_of_a_named_person() -> None:
    text = 'לפי עדותו של החייל רון שגב, "היריות נשמעו מכל הכיוונים".'
    assert _said(text, "he") == [("היריות נשמעו מכל הכיוונים", "רון שגב")]
    text = 'לפי גרסתה של השכנה רות לוי, "הוא יצא מהבית בשמונה בערב".'
    assert _said(text, "he") == [("הוא יצא מהבית בשמונה בערב", "רות לוי")]


def test_arabic_blog_introduction_with_a_verb_of_comment() -> None:
    text = "وعلق المدون سامي ناصر على القرار في مدونته:\n\n«ما حدث اليوم انتكاسة حقيقية لحرية التعبير»."
    assert _said(text, "ar") == [("ما حدث اليوم انتكاسة حقيقية لحرية التعبير", "سامي ناصر")]


def test_hebrew_body_kind_then_colon_introduces_speech() -> None:
    # "דובר העמותה:", 'אמרה X, יו"ר המפלגה:': the colon introduces words said, not a body's name in marks
    text = 'דובר העמותה: "אנחנו נמשיך לפעול למען הילדים בכל מחיר".'
    assert _said(text, "he") == [("אנחנו נמשיך לפעול למען הילדים בכל מחיר", "דובר העמותה")]
    text = 'לאחר הבחירות אמרה רבקה נוי, יו"ר המפלגה: "קיבלנו מנדט ברור מהציבור לשנות את המדיניות".'
    assert _said(text, "he") == [("קיבלנו מנדט ברור מהציבור לשנות את המדיניות", "רבקה נוי")]
    # (the kind right before the marks, no colon: a name)
    text = 'הוא הקים את המפלגה "ישראל בדרך אל העתיד" ב-1999.'
    assert _said(text, "he") == []


def test_hebrew_name_before_its_role_in_commas_then_verb_and_adjuncts() -> None:
    # "X Y, ראש עיריית Z, סיפר בתוכנית "..." עם W על ...:": the name, not the body of the role
    text = 'דני גל, ראש עיריית עפולה, סיפר בתוכנית "בוקר טוב לכולם" עם דנה רון על פגישותיו: "נפגשתי עם שר האוצר".'
    assert _said(text, "he") == [("נפגשתי עם שר האוצר", "דני גל")]
    # (a role and its body's town, with no name, speaks as the role: not "עיריית עפולה")
    text = 'ראש עיריית עפולה אמר בישיבה: "נפגשתי עם שר האוצר והוא הבטיח לעזור".'
    assert _said(text, "he") == [("נפגשתי עם שר האוצר והוא הבטיח לעזור", "ראש עיריית עפולה")]
    text = 'אמר יו"ר ההסתדרות עמיר פרץ: "נפגשתי עם שר האוצר והוא הבטיח לעזור".'
    assert _said(text, "he") == [("נפגשתי עם שר האוצר והוא הבטיח לעזור", "עמיר פרץ")]
    # (the sentence before names its own: its words are no subject of this one's verb)
    text = 'דני גל, ראש עיריית עפולה, סיפר על פגישותיו עם השרים. עוד התייחס גם למצב: "אנחנו חייבים לשים לזה סוף".'
    assert _said(text, "he") == [("אנחנו חייבים לשים לזה סוף", "דני גל")]


def test_hebrew_statement_issued_in_which_it_was_written() -> None:
    text = 'תנועת "עתיד ירוק" פרסמה הודעה שבה נכתב: "הממשלה מפקירה את תושבי הגבול".'
    assert _said(text, "he") == [("הממשלה מפקירה את תושבי הגבול", "תנועת עתיד ירוק")]
    text = 'משרד הבריאות הוציא הודעה ובה נאמר כי "אין סיבה לדאגה בשלב זה".'
    assert _said(text, "he") == [("אין סיבה לדאגה בשלב זה", "משרד הבריאות")]
    # (an inscription is still nobody's speech)
    text = 'על המצבה נכתב: "כאן נקבר האיש שאהב את הארץ".'
    assert _said(text, "he") == []


def test_arabic_unmarked_speech_after_a_description_and_an_addressee_in_commas() -> None:
    text = "وقال الدكتور حسام نجار، مدير مستشفى الأمل، لفريق التوثيق: كنا نعمل في ظروف مستحيلة، والكهرباء مقطوعة."
    assert _said(text, "ar") == [("كنا نعمل في ظروف مستحيلة، والكهرباء مقطوعة", "حسام نجار")]


def test_arabic_bare_verb_with_a_comma_goes_on_with_the_speaker() -> None:
    text = 'وقال الوزير كمال داود إن الحكومة لن ترفع الأسعار.\n\nوتابع، "سنصدر توضيحا مفصلا حول الموضوع خلال أيام".'
    assert _said(text, "ar") == [("سنصدر توضيحا مفصلا حول الموضوع خلال أيام", "كمال داود")]


def test_arabic_a_body_speaking_through_its_spokesman() -> None:
    # "على لسان X" (by the mouth of X): X speaks, whatever verb closes the clause
    text = (
        "ونفت الوزارة على لسان المتحدث باسمها العميد طارق شاكر وجود معتقلين، وقال: «كل الموقوفين يحاكمون أمام القضاء»."
    )
    assert _said(text, "ar") == [("كل الموقوفين يحاكمون أمام القضاء", "طارق شاكر")]
    # (with no spokesman named, the body)
    text = "ونفت وزارة الداخلية وجود معتقلين، وقالت في بيان: «كل الموقوفين يحاكمون أمام القضاء»."
    assert [s for _, s in _said(text, "ar")] == ["وزارة الداخلية"]


def test_english_she_after_a_passive_whose_agent_alone_is_a_woman() -> None:
    # "Mr X was backed by Ann Roe. "...," she said.": the agent, since the subject is a man
    text = 'Mr Jessop was backed by his colleague Ann Leigh. "We all support him in what he is doing," she said.'
    assert [s for _, s in _said(text, "en")] == ["Ann Leigh"]
    # (a pronoun subject: the agent is still not who the sentence is about)
    text = 'Kate Moss arrived late. She was met at the airport by Ann Roe. "It was a long flight and I am tired," she said.'
    assert [s for _, s in _said(text, "en")] == ["Kate Moss"]


def test_english_role_then_name_then_an_apposition_in_commas() -> None:
    text = 'Former England captain Alan Shearman, now a BBC pundit, said: "The manager has lost the dressing room."'
    assert [s for _, s in _said(text, "en")] == ["Alan Shearman"]
    text = 'Harbour Board chairman Tom Reid, the former mayor, said: "We will reopen the pier by the summer."'
    assert [s for _, s in _said(text, "en")] == ["Tom Reid"]
    # (a place before the comma is no name: the subject after it speaks)
    text = 'In Paris, the minister Jane Roe said: "We will reopen the pier by the summer."'
    assert [s for _, s in _said(text, "en")] == ["Jane Roe"]


# The round-16 dev articles' classes, each written again with made-up names.


def test_arabic_verbs_of_explaining_and_narrating_introduce_quotes() -> None:
    # "يشرح عامل المشفى في الفيديو:": an unnamed worker of the hospital, not the journalist named before; no person
    text = "وصل المراسل فادي سمعان إلى المكان. يشرح عامل المشفى في الفيديو: «استقبلنا مئات المصابين بالهجوم خلال ساعة»."
    assert _said(text, "ar") == [("استقبلنا مئات المصابين بالهجوم خلال ساعة", "عامل المشفى")]
    people = [f.text for f in facts_of(text.split("\n\n"), "ar") if f.kind == "person"]
    assert people == ["فادي سمعان"]
    text = "والتقينا السيدة مريم الأحمد في المخيم. تروي مريم: «خرجنا من البيت في منتصف الليل دون أن نحمل شيئا»."
    assert _said(text, "ar") == [("خرجنا من البيت في منتصف الليل دون أن نحمل شيئا", "مريم")]
    # (a named speaker with the article is still a person)
    text = "وقال سامي الأحمد: «نقلنا الطلاب إلى القبو فور سماع صوت الطائرات»."
    assert _said(text, "ar") == [("نقلنا الطلاب إلى القبو فور سماع صوت الطائرات", "سامي الأحمد")]


def test_hebrew_response_of_a_body_was_that() -> None:
    text = 'תגובת בנק הצפון לקביעת בית המשפט הייתה כי "מסיבות שונות, תמכו הממשלה והבנק בנהירת הציבור אל המניות".'
    assert _said(text, "he") == [("מסיבות שונות, תמכו הממשלה והבנק בנהירת הציבור אל המניות", "בנק הצפון")]
    text = 'תגובתו של השר אבי לוי הייתה כי "מדובר בעלילה חסרת בסיס".'
    assert _said(text, "he") == [("מדובר בעלילה חסרת בסיס", "אבי לוי")]
    text = 'עמדת משרד האוצר הייתה: "אין מקום להגדלת התקציב בשנה הבאה".'
    assert _said(text, "he") == [("אין מקום להגדלת התקציב בשנה הבאה", "משרד האוצר")]


def test_english_banners_and_signs_saying_are_no_speech() -> None:
    text = (
        'Crowds called for the troops to come home, waving banners saying, "It is not our war" and "Bring them '
        'home now!", alongside photos of the soldiers.'
    )
    assert _said(text, "en") == []
    text = 'Marchers carried placards reading "Hands off our hospital now" through the town.'
    assert _said(text, "en") == []
    # (a person holding one still speaks)
    text = 'Jane Roe, holding a sign, said: "We will not leave this square until they listen."'
    assert _said(text, "en") == [("We will not leave this square until they listen", "Jane Roe")]


def test_english_quoted_in_a_list_of_actions_is_no_attribution() -> None:
    text = "Others showed pictures of the pier, quoted Bible verses, or called for the council to resign."
    assert _said(text, "en") == []
    # (near miss: the speaker's own words, as "our", before an inverted attribution; round 34)
    text = "Our plan will take years to deliver, said Roe."
    assert _said(text, "en") == [("Our plan will take years to deliver", "Roe")]


def test_english_an_excerpt_or_note_is_its_issuer_s() -> None:
    text = (
        'Jane Roe, the chair of the Harbour Party, released a note condemning the visit. "The party rejects the '
        'presence of the minister in our town. He is not welcome here", says an excerpt.'
    )
    assert [s for _, s in _said(text, "en")] == ["Jane Roe"]


def test_english_he_after_a_sentence_opened_by_someone_s_kin() -> None:
    # "X's father, who ..., urged ... . He said": the father, whom the article does not name
    text = (
        "The kidnappers were asked to release Mara Velt. Velt's father, who is a senator, urged Parliament to "
        'act. He said, "If we do not take a stand, we will have a day of mourning."'
    )
    assert [s for _, s in _said(text, "en")] == ["Velt's father"]
    text = 'Tom Velt\'s lawyer asked for bail. "My client did nothing wrong and will prove it in court," he said.'
    assert [s for _, s in _said(text, "en")] == ["Tom Velt's lawyer"]
    # (the kin named after the noun speaks by name; a pronoun of the other sex is not the kin)
    text = (
        'Velt\'s father Norrie said the verdict was fair. He called it a case "no family should ever have to endure".'
    )
    assert [s for _, s in _said(text, "en")] == ["Norrie"]
    text = 'Tom Velt\'s mother, Anna, wept at the hearing. He said, "I did nothing wrong and I will prove it in court."'
    assert [s for _, s in _said(text, "en")] == ["Tom Velt"]
