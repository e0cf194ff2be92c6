"""Arabic and Hebrew quotes with the right speaker, round 25: what real Arab and Israeli news pages showed (agency
and newspaper copy, Knesset members' statements, mayors on the radio), written again with made-up names and
sentences. Every class is a construction of the language, not of one page:

* Arabic "جاء ذلك خلال لقائه X، مشيرا إلى أن «...»" (that came during his meeting with X): a sentence that places
  what was said before goes on with the one who said it, never the person met;
* Arabic "وقال بيان لوزارة X إن Y دعا ... . وأضاف إن «...»": a bare verb of saying goes on with the statement of
  the sentence before (its owner speaks), not with a person the statement spoke of;
* Hebrew "X הוסיף ותיאר:" (a second verb joined by and), "עוד אמר שלא ..., אך "..."" (the verb's that-clause)
  and "בתגובה ל...של Y, ..., כתב X בטוויטר:" (the verb first after a fronted adjunct): the subject speaks, never
  the second verb, the clause's words or a name in the adjunct."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(language: str, title: str, paragraphs: list[str]) -> list[Fact]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "", [TextBlock(p) for p in [title, *paragraphs]])
    return extract_facts(build_document(article, language=language))


def _quotes(language: str, paragraphs: list[str], title: str = "خبر") -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in _facts(language, title, paragraphs) if f.kind == "quote" and f.sentence > 0]


# --- Arabic: "جاء ذلك خلال لقائه X" ----------------------------------------------------------------------------


_MET = "أكد وزير الخارجية الأردني سامر الخطيب دعم بلاده للحوار، قائلا: «لا بديل عن الحل السياسي في المنطقة كلها»."


@pytest.mark.parametrize(
    "occasion",
    [
        "جاء ذلك خلال لقائه نظيره الإيطالي ماركو بيانكي في عمّان، مشيرا إلى أن",
        "وجاء ذلك في مؤتمر صحفي مشترك مع رئيسة الوزراء لينا حداد، مضيفا أن",
        "جاءت تصريحاته خلال استقباله السفير الفرنسي بيير مارتان، مبينا أن",
    ],
)
def test_a_sentence_placing_the_words_before_goes_on_with_their_speaker(occasion: str) -> None:
    paragraphs = [_MET, f"{occasion} «التعاون بين البلدين يشهد نموا كبيرا في كل المجالات»."]
    assert _quotes("ar", paragraphs)[-1] == ("التعاون بين البلدين يشهد نموا كبيرا في كل المجالات", "سامر الخطيب")


def test_two_such_sentences_in_a_row_go_back_to_the_speaker_before_both() -> None:
    paragraphs = [
        _MET,
        "جاء ذلك خلال لقائه نظيره الإيطالي ماركو بيانكي، مشيرا إلى أن «التعاون بين البلدين يشهد نموا كبيرا».",
        "وجاء ذلك في مؤتمر صحفي مع رئيسة الوزراء لينا حداد، مضيفا أن «الأردن سيواصل دعم جهود السلام».",
    ]
    assert [s for _, s in _quotes("ar", paragraphs)] == ["سامر الخطيب"] * 3


def test_an_occasion_credited_by_name_is_left_to_the_general_reading() -> None:
    # near-miss: "جاء ذلك في بيان لـX" names who said it; the sentence before's subject is not taken
    paragraphs = [
        "استقبل رئيس البلدية كريم الفيتوري وفدا من المستثمرين في مكتبه.",
        "وجاء ذلك في بيان للمتحدثة باسم البلدية ريم العلي، مؤكدة أن «المشاريع الجديدة ستوفر مئات الوظائف للشباب».",
    ]
    assert _quotes("ar", paragraphs)[-1][1] != "كريم الفيتوري"


def test_a_speech_given_by_someone_named_is_theirs() -> None:
    # near-miss: "في كلمة ألقاها X" names the one who spoke; "ألقاها خلال ..." names no one
    paragraphs = [
        "استقبل رئيس البلدية كريم الفيتوري وفدا من المستثمرين في مكتبه.",
        "جاء ذلك في كلمة ألقاها وزير الاقتصاد سامر الخطيب خلال الملتقى، مؤكدا أن «الاستثمار سيتضاعف خلال العامين».",
        "وجاء ذلك في كلمة ألقاها خلال الملتقى، مضيفا أن «المدينة ستكون وجهة للمستثمرين من كل مكان».",
    ]
    assert [s for _, s in _quotes("ar", paragraphs)] == ["سامر الخطيب", "سامر الخطيب"]


def test_a_participle_after_a_verb_with_its_own_subject_is_unchanged() -> None:
    # near-miss: no "جاء ذلك"; the sentence's own subject speaks
    paragraphs = [_MET, "وأشاد رئيس الوزراء لينا حداد بالاتفاق، مؤكدة أن «الأردن سيواصل دعم جهود السلام دائما»."]
    assert _quotes("ar", paragraphs)[-1] == ("الأردن سيواصل دعم جهود السلام دائما", "لينا حداد")


# --- Arabic: a statement's words go on after a bare verb -------------------------------------------------------


@pytest.mark.parametrize("verb", ["وأضاف إن", "وأضاف أن", "وأضاف:", "وتابع:"])
@pytest.mark.parametrize(
    ("statement", "owner"),
    [
        ("وقال بيان لوزارة الخارجية", "وزارة الخارجية"),
        ("وقال بيان وزارة الخارجية الليبية", "وزارة الخارجية الليبية"),
    ],
)
def test_a_bare_verb_after_a_statement_goes_on_with_its_owner(verb: str, statement: str, owner: str) -> None:
    paragraphs = [
        f'{statement} إن وزير الخارجية الفرنسي بيير مارتان دعا إلى تقديم مطالب واضحة. {verb} "هذه القائمة لا تفي '
        'بهذا المعيار على الإطلاق".'
    ]
    assert _quotes("ar", paragraphs) == [("هذه القائمة لا تفي بهذا المعيار على الإطلاق", owner)]


def test_a_bare_verb_after_a_person_goes_on_with_that_person() -> None:
    # near-miss: the sentence before has a person as its verb's subject, not a statement
    paragraphs = [
        'وقال وزير الخارجية الفرنسي بيير مارتان إن الحكومة تدرس المطالب. وأضاف: "هذه القائمة لا تفي بهذا المعيار".'
    ]
    assert _quotes("ar", paragraphs) == [("هذه القائمة لا تفي بهذا المعيار", "بيير مارتان")]


# --- Hebrew: the subject of the verb of saying, not what follows the verb ---------------------------------------


_HE_LEAD = "ראש מועצת גבעון, דוד אלמוג, שוחח עם המגישים במהדורת הבוקר."


@pytest.mark.parametrize("second", ["ותיאר", "והסביר", "והתריע", "ופירט"])
def test_a_second_verb_joined_by_and_is_no_speaker(second: str) -> None:
    paragraphs = [_HE_LEAD, f'אלמוג הוסיף {second}: "אנחנו בטראומה, התושבים לא פה כבר חודשים".']
    assert _quotes("he", paragraphs, "כותרת") == [("אנחנו בטראומה, התושבים לא פה כבר חודשים", "דוד אלמוג")]


@pytest.mark.parametrize("clause", ["שלא יכול לומר אם תקום ממשלה כזו", "שהוא אינו יודע מי אחראי"])
def test_the_verbs_that_clause_is_no_speaker(clause: str) -> None:
    paragraphs = [
        'יו"ר הסיעה, רון גלעדי, אמר היום בפתח ישיבת הסיעה כי ישנם "קשיים רבים בהקמת הממשלה, והזמן הולך ומתקצר".',
        f'עוד אמר {clause}, אך "חשוב למצות את הניסיון הזה עד הסוף".',
    ]
    assert _quotes("he", paragraphs, "כותרת")[-1] == ("חשוב למצות את הניסיון הזה עד הסוף", "רון גלעדי")


@pytest.mark.parametrize("channel", ["בטוויטר", "בחשבון הפייסבוק שלו", ""])
def test_the_verb_first_after_a_fronted_adjunct_has_its_subject_after_it(channel: str) -> None:
    paragraphs = [
        "שר התקשורת, רון גלעדי, הודיע כי סיעתו לא תתמוך בהצעה.",
        "בתגובה לפוסט של ראש האופוזיציה יוסי מרגלית, בו הוא קרא לתמוך בהצעה, "
        f'כתב גלעדי {channel}: "תהיה רציני. אף אחד כאן לא יתמוך בהצעה הזאת".'.replace("  ", " "),
    ]
    speaker = _quotes("he", paragraphs, "כותרת")[-1][1]
    assert speaker is not None and "גלעדי" in speaker


def test_a_name_right_after_the_verb_still_speaks() -> None:
    # near-miss: "אמר שר האוצר" (ש opens a title, not a that-clause) and one verb only
    paragraphs = ['שר האוצר, רון גלעדי, נאם בכנס. בסיום הכנס אמר שר האוצר: "התקציב יאושר עוד השבוע".']
    assert _quotes("he", paragraphs, "כותרת") == [("התקציב יאושר עוד השבוע", "רון גלעדי")]


# --- Arabic: "X يقول بأنه ...:" (the subject before the verb, what he says after it) ------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "سامي نور يقول بأنه ليس بطلا:",
        "سامي نور يقول إنه ليس بطلا:",
        "سامي نور [المنفي] يقول بأنه خائف على أسرته:",
    ],
)
def test_a_that_clause_after_the_verb_is_what_the_subject_says_not_who(intro: str) -> None:
    paragraphs = ["ما زال مدونون يكتبون من المدينة عن الخوف.", intro, "تركت شقتي وذهبت إلى بيت العائلة مع زوجتي"]
    facts = _facts("ar", "خبر", paragraphs)
    assert [(f.text, f.speaker) for f in facts if f.kind == "quote"] == [
        ("تركت شقتي وذهبت إلى بيت العائلة مع زوجتي", "سامي نور")
    ]
    assert not any(f.kind == "person" and ("بأنه" in f.text or "إنه" in f.text) for f in facts)


def test_a_name_after_the_verb_then_a_that_clause_still_speaks() -> None:
    # near-miss: verb first, then the name, then "بأنه": the name after the verb speaks
    paragraphs = ["وقال سامي نور بأنه ليس بطلا: «أنا خائف مثل كل الناس هنا في المدينة»."]
    assert _quotes("ar", paragraphs) == [("أنا خائف مثل كل الناس هنا في المدينة", "سامي نور")]


# --- Arabic: "wrote" and "tweeted" introduce a quote ------------------------------------------------------------


@pytest.mark.parametrize("verb", ["وكتب رامي سليمان في دفتر الزوار،", "وغرد رامي سليمان قائلا:", "وكتب رامي سليمان:"])
def test_wrote_and_tweeted_give_their_subject(verb: str) -> None:
    paragraphs = [
        "زار وفد برئاسة المدير العام للمؤسسة رامي سليمان متحف مؤسس المدينة خالد العمري، السبت.",
        f'{verb} "أتمت المؤسسة اليوم عامها الخمسين، وهي التي أسسها خالد العمري لخدمة أهل المدينة".',
    ]
    assert _quotes("ar", paragraphs) == [
        ("أتمت المؤسسة اليوم عامها الخمسين، وهي التي أسسها خالد العمري لخدمة أهل المدينة", "رامي سليمان")
    ]


# --- Hebrew: a headline's office and the town it serves; the words a response answers ---------------------------


@pytest.mark.parametrize("office", ["ראש העיר אשקלון", "ראש עיריית חיפה"])
def test_a_headline_office_of_a_town_is_its_holder_not_the_town(office: str) -> None:
    body = [f'{office} דני אלמוג אמר כי "הגיע רגע האמת של הממשלה, וזה הרגע לשנות את המציאות".']
    facts = _facts("he", f'{office}: "הגיע רגע האמת של הממשלה"', body)
    headline = [(f.text, f.speaker) for f in facts if f.kind == "quote" and f.sentence == 0]
    assert headline == [("הגיע רגע האמת של הממשלה", "דני אלמוג")]


@pytest.mark.parametrize("verb", ["הגיבה", "התייחסה", "השיבה"])
def test_the_words_a_response_answers_are_no_speaker(verb: str) -> None:
    paragraphs = [f'עיריית חיפה {verb} לדברי ראש הממשלה בנושא הזרים: "למרבה הצער, הממשלה לא עמדה בהבטחותיה".']
    assert _quotes("he", paragraphs, "כותרת") == [("למרבה הצער, הממשלה לא עמדה בהבטחותיה", "עיריית חיפה")]


def test_according_to_still_gives_its_source() -> None:
    # near-miss: "לדברי X," opening the sentence is "according to X"
    paragraphs = ['לדברי ראש העירייה דני אלמוג, "העיר לא תשלם על טעויות של אחרים".']
    assert _quotes("he", paragraphs, "כותרת") == [("העיר לא תשלם על טעויות של אחרים", "דני אלמוג")]


# --- Arabic marks: the double prime WordPress types after a digit closes a quote ---------------------------------


def test_a_double_prime_after_a_digit_closes_the_curly_mark() -> None:
    paragraphs = [
        "وأوضحت “قناة 24″ أن الحرائق نشبت في كل المنطقة، وقالت الوزيرة ريم العلي إن ” الحرائق لم تكن لها أي "
        "تغطية خاصة في نشرات القناة”."
    ]
    quotes = _quotes("ar", paragraphs)
    assert [text for text, _ in quotes] == ["الحرائق لم تكن لها أي تغطية خاصة في نشرات القناة"]


def test_a_double_prime_alone_is_no_mark() -> None:
    # near-miss: a size in inches with no curly mark in the paragraph is no quote
    paragraphs = ["وطرحت الشركة شاشة بحجم 55″ في الأسواق، وقال المدير سامر حداد إن المبيعات ارتفعت كثيرا هذا العام."]
    assert _quotes("ar", paragraphs) == []


def test_the_that_word_without_its_hamza_is_no_part_of_a_body() -> None:
    paragraphs = ['ذكرت وزارة الخارجية الليبية انها "تتأسف لسحب اعتماد القناة من البلاد بشكل مفاجئ".']
    assert _quotes("ar", paragraphs) == [("تتأسف لسحب اعتماد القناة من البلاد بشكل مفاجئ", "وزارة الخارجية الليبية")]
