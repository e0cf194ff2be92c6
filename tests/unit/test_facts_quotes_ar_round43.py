"""Arabic quotes and their speakers, round 43: what unseen Arabic news pages (Egyptian, Iraqi, Lebanese and other
outlets) showed, written again with made-up names and sentences, each beside a near miss that must keep the old
reading.

Classes: unmarked speech after a verb of saying and a colon that follows a number ("على هامش الدورة الـ15: نسعى
...") is speech, a clock time's colon is not; "في بيان له" (in a statement of its own) names no person called
"بيان"; a verbal noun right after a subjectless verb of saying ("وأكدت استمرار ...، بقولها:") is the verb's object,
and the one who spoke before goes on speaking."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import body_speakers, headlined_facts


def _facts(title: str, paragraphs: list[str]) -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _speakers(title: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return body_speakers(title, paragraphs, "ar")


# --- a number right before the colon of unmarked speech (quotes_ar_unmarked) ---------------------------------


def test_unmarked_speech_after_an_ordinal_number_and_a_colon() -> None:
    paragraphs = [
        "قال وزير السياحة كريم الحداد إن القطاع يتعافى تدريجيا بعد موسم صعب.",
        "وتابع على هامش افتتاح المعرض الدولي للسفر الـ15: نسعى إلى مضاعفة عدد الزوار خلال الأعوام الثلاثة المقبلة.",
    ]
    assert _speakers("السياحة تتعافى", paragraphs) == [("نسعى إلى", "كريم الحداد")]


def test_near_miss_a_clock_time_colon_opens_no_speech() -> None:
    paragraphs = [
        "قال وزير السياحة كريم الحداد إن القطاع يتعافى تدريجيا بعد موسم صعب.",
        "وتابع الحداد جولته في أجنحة المعرض حتى الساعة 11:45 مساء برفقة عدد من السفراء والضيوف.",
    ]
    assert _speakers("السياحة تتعافى", paragraphs) == []


# --- "في بيان له": a statement of its own, no one named بيان (speakers_rtl) -----------------------------------


def test_a_statement_of_its_own_names_no_person() -> None:
    paragraphs = ['وقال الجيش الوطني في بيان له: " بسبب الأمطار الغزيرة تنتشر فرقنا على الطرق الجبلية".']
    facts = _facts("الأمطار تتواصل", paragraphs)
    assert [f.speaker for f in facts if f.kind == "quote"] == ["الجيش الوطني"]
    assert not [f for f in facts if f.kind == "person" and f.text.startswith("بيان")]


def test_near_miss_a_woman_named_bayan_after_an_office_speaks() -> None:
    paragraphs = ['وقالت المتحدثة باسم الجيش الوطني في الجنوب بيان حسون: " بسبب الأمطار الغزيرة تنتشر فرقنا".']
    assert _speakers("الأمطار تتواصل", paragraphs) == [("بسبب الأمطار", "بيان حسون")]


# --- a verbal noun after a subjectless verb of saying is its object (ar_object_nouns, speakers_rtl) ----------


def test_a_verbal_noun_after_a_bare_verb_is_no_speaker() -> None:
    paragraphs = [
        'قالت الناطقة باسم الهيئة ليلى عمران إن "الهيئة جهزت ثلاثمئة مركز في المحافظات".',
        'وأكدت استمرار تسليم البطاقات حتى نهاية الشهر، مطمئنة المواطنين بقولها: "لن يطلع أحد على اختيار الناخب".',
    ]
    assert _speakers("الهيئة تستعد", paragraphs)[-1] == ("لن يطلع", "ليلى عمران")


def test_near_miss_a_name_after_the_verb_still_speaks() -> None:
    paragraphs = [
        'قالت الناطقة باسم الهيئة ليلى عمران إن "الهيئة جهزت ثلاثمئة مركز في المحافظات".',
        'وأكد سامي نجار استمرار تسليم البطاقات حتى نهاية الشهر، مطمئنا المواطنين بقوله: "لن يطلع أحد على اختيار الناخب".',
    ]
    assert _speakers("الهيئة تستعد", paragraphs)[-1] == ("لن يطلع", "سامي نجار")


# --- a headline's speaker in marks by a body's last word (quotes_ar_headline) --------------------------------


def test_a_headline_names_the_ministry_in_marks_by_its_last_word() -> None:
    facts = _facts(
        "«الزراعة»: تراجع إنتاج القمح بنسبة الخمس هذا الموسم",
        ["أعلنت وزارة الزراعة اليوم الأربعاء تراجع إنتاج القمح بسبب قلة الأمطار في الشتاء الماضي."],
    )
    assert [(f.sentence, f.speaker) for f in facts if f.kind == "quote"] == [(0, "وزارة الزراعة")]


def test_near_miss_a_word_in_marks_that_ends_no_body_is_no_speaker() -> None:
    facts = _facts(
        "«الحصاد»: تراجع إنتاج القمح بنسبة الخمس هذا الموسم",
        ["أعلنت وزارة الزراعة اليوم الأربعاء تراجع إنتاج القمح بسبب قلة الأمطار في الشتاء الماضي."],
    )
    assert [f for f in facts if f.kind == "quote"] == []


# --- a headline repeating a body quote, its speaker named with more before the colon (quotes_ar_headline) -----


def test_a_headline_with_an_epithet_in_marks_repeats_the_body_quote() -> None:
    facts = _facts(
        'نصار "واثق من نفسه": من يملك دليلا فليقدمه للقضاء',
        [
            'قال وزير الزراعة السابق كمال نصار للصحافيين: "من يملك دليلا فليقدمه للقضاء، فأنا لا أخشى شيئا".',
        ],
    )
    assert [(f.sentence, f.speaker) for f in facts if f.kind == "quote"][0] == (0, "كمال نصار")


def test_a_headline_with_what_the_speaker_did_repeats_the_body_quote() -> None:
    facts = _facts(
        "كمال نصار زار السوق القديم: الإصلاح يبدأ من الأسواق",
        ['وأكد النائب كمال نصار أن "الإصلاح يبدأ من الأسواق ومن حماية صغار التجار".'],
    )
    assert [(f.sentence, f.speaker) for f in facts if f.kind == "quote"][0] == (0, "كمال نصار")


def test_near_miss_a_headline_whose_words_no_body_quote_repeats_is_no_quote() -> None:
    facts = _facts(
        "كمال نصار زار السوق القديم: جولة على المحال والبسطات",
        ['وأكد النائب كمال نصار أن "الإصلاح يبدأ من الأسواق ومن حماية صغار التجار".'],
    )
    assert [f.sentence for f in facts if f.kind == "quote"] == [1]


def test_near_miss_a_body_quote_of_someone_the_headline_does_not_name() -> None:
    facts = _facts(
        "السوق القديم يستقبل الزوار: الإصلاح يبدأ من الأسواق",
        ['وأكد النائب كمال نصار أن "الإصلاح يبدأ من الأسواق ومن حماية صغار التجار".'],
    )
    assert [f.sentence for f in facts if f.kind == "quote"] == [1]
