"""Arabic quotes and their speakers, round 26: what real Lebanese, Egyptian, Syrian, Tunisian, Palestinian, Emirati
and Russian-Arabic pages showed, written again with made-up names and sentences.

Classes: a verb joined by "and" after a quote that opens a clause of its own ('«...»، وأشار أحد الأطباء إلى أن',
'«...». وقالت X «...»') is no attribution of the quote before it; a definite office no one holds by name ("الوزير
اللبناني", "زعيمة الحزب") is the one person named before; a second verb of saying joined with ف/و and no subject
("وتحدث المصاب ...، فقال «...»") goes on with the subject opening the sentence."""

from __future__ import annotations

import pytest

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import body_speakers, headlined_facts


def _facts(title: str, paragraphs: list[str]) -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _speakers(title: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return body_speakers(title, paragraphs, "ar")


# --- a verb joined by "and" after the quote opens a clause of its own ------------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "، وأشار أحد الممرضين في المركز إلى أن حالته تتحسن.",  # a comma, "and pointed out", then "that"
        "، وأكد مدير المركز أن حالته تتحسن.",  # "and stressed that"
        ". وقال مدير المركز: إن حالته تتحسن.",  # a full stop, "and said" and a colon
    ],
)
def test_a_verb_joined_by_and_after_the_quote_does_not_attribute_it(after: str) -> None:
    paragraphs = [f"وقال المزارع سمير الداوود لمراسلنا «سقط الجدار علينا فجأة ولم نسمع شيئا قبله»{after}"]
    said = _speakers("انهيار جدار في قرية الريحان", paragraphs)
    assert said[0] == ("سقط الجدار", "سمير الداوود")


def test_the_next_sentence_opening_its_own_quote_is_not_the_speaker_of_the_one_before() -> None:
    paragraphs = [
        "وقال ماهر، المعلم البالغ من العمر 50 عاما، إنه «استيقظ على صوت الانفجار. اهتز البيت كله». "
        "وقالت رنا (40 عاما) المقيمة في الحي نفسه «لم نعرف ليلة أصعب من هذه»."
    ]
    said = dict(_speakers("سكان الحي يروون ليلة الانفجار", paragraphs))
    assert said["استيقظ على"] == "ماهر"
    assert "رنا" in (said["لم نعرف"] or "")


def test_a_speaker_named_after_the_quote_without_and_still_speaks() -> None:
    # near miss: '«...»، قال X.' with no "and" names the quote's own speaker
    paragraphs = ["«سنعيد فتح الطريق خلال يومين»، قال رئيس البلدية سمير الداوود للصحفيين."]
    assert _speakers("إغلاق طريق الريحان", paragraphs) == [("سنعيد فتح", "سمير الداوود")]


# --- a definite office no one holds by name is the one person named before ---------------------------------------


@pytest.mark.parametrize(
    ("intro", "office"),
    [
        ("شن وزير الزراعة اللبناني، فادي العلمي، هجوما على شركات الاستيراد.", "واعتبر الوزير اللبناني"),
        ("انتقدت الرئيسة السابقة للحكومة منى الحداد سياسة الضرائب.", "وقالت زعيمة الحزب"),
        ("تحدث رئيس البلدية كريم صافي عن مشروع المياه.", "وأكد المتحدث باسم البلدية"),
    ],
)
def test_a_definite_office_is_the_one_person_named_before(intro: str, office: str) -> None:
    paragraphs = [intro, f"{office} في تصريح لصحيفة محلية أن «الأسعار سترتفع إذا لم نتحرك الآن»."]
    said = _speakers("جدل حول الأسعار", paragraphs)
    named = {"الوزير": "فادي العلمي", "زعيمة": "منى الحداد", "المتحدث": None}[office.split()[1].removeprefix("و")]
    if named is None:  # near miss: a spokesman speaks for someone else, never the person named before
        assert said and said[0][1] != "كريم صافي"
    else:
        assert said == [("الأسعار سترتفع", named)]


def test_a_definite_office_after_two_people_is_not_guessed() -> None:
    # near miss: two people named before; the office picks neither by position
    paragraphs = [
        "التقى وزير الزراعة فادي العلمي نظيره السوري سامر الخطيب في بيروت.",
        "وقال الوزير اللبناني في تصريح لصحيفة محلية إن «الأسعار سترتفع إذا لم نتحرك الآن».",
    ]
    said = _speakers("لقاء زراعي", paragraphs)
    assert said and said[0][1] != "سامر الخطيب"


# --- a second verb of saying joined to the sentence's first goes on with its subject -----------------------------


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("وتحدث المصاب الذي ما زال في المستشفى لمراسلنا عما جرى معه، فقال", "المصاب"),
        ("وبكت الشاهدة أمام الكاميرا وهي تروي ما رأته، وقالت:", "الشاهدة"),
    ],
)
def test_a_joined_verb_of_saying_goes_on_with_the_opening_subject(opening: str, speaker: str) -> None:
    paragraphs = [
        "قصفت طائرات حربية سوق البلدة صباح الأحد.",
        f"{opening} «كنت أشتري الخبز حين سمعت الانفجار ثم وجدت نفسي تحت الركام»، وأشار طبيب في المشفى "
        "إلى أن حالة المصابين مستقرة.",
    ]
    assert _speakers("قصف سوق البلدة", paragraphs) == [("كنت أشتري", speaker)]


def test_a_joined_verb_after_a_named_subject_keeps_the_name() -> None:
    # near miss: the sentence opens with a verb and a name; the name speaks
    paragraphs = ["وتحدث سمير الداوود عن ليلة القصف، فقال «لم ننم حتى الفجر»."]
    assert _speakers("ليلة القصف", paragraphs) == [("لم ننم", "سمير الداوود")]


# --- the pluperfect "وكان X اتهم ...، Y بأنه «...»": X, not the object after the comma -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "وكان العلمي اتهم في وقت سابق من اليوم، الخطيب بأنه «يريد تعطيل الاتفاق أولا ثم يلوم غيره».",
        "وكان العلمي قد انتقد في مؤتمر صحفي، الخطيب بأنه «يريد تعطيل الاتفاق أولا ثم يلوم غيره».",
        "وكان العلمي قد اتهم الخطيب بأنه «يريد تعطيل الاتفاق أولا ثم يلوم غيره».",
    ],
)
def test_the_subject_of_a_pluperfect_reporting_verb_speaks(sentence: str) -> None:
    paragraphs = ["التقى وزير الخارجية فادي العلمي نظيره سامر الخطيب في بيروت.", sentence]
    assert _speakers("خلاف بين الوزيرين", paragraphs) == [("يريد تعطيل", "فادي العلمي")]


def test_a_pluperfect_verb_of_saying_keeps_its_subject() -> None:
    # near miss: "وكان X قد قال ..., إن «...»" was read before; the object-free clause keeps X
    paragraphs = [
        "التقى وزير الخارجية فادي العلمي نظيره سامر الخطيب في بيروت.",
        "وكان الخطيب قد قال في وقت سابق، للصحفيين إن «الحوار هو الطريق الوحيد لحل الخلاف».",
    ]
    assert _speakers("خلاف بين الوزيرين", paragraphs) == [("الحوار هو", "سامر الخطيب")]


# --- "بالقول:" (by saying) introduces the quote, with or without "that" after its colon ---------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "مبررا ذلك بالقول: إنها «تسخر منا في أدق التفاصيل كل يوم»",
        "مبررا ذلك بالقول: «إنها تسخر منا في أدق التفاصيل كل يوم»",
        "وختم بالقول: «إنها تسخر منا في أدق التفاصيل كل يوم»",
    ],
)
def test_by_saying_introduces_the_quote(tail: str) -> None:
    paragraphs = [f"شن وزير الزراعة، فادي العلمي، هجوما على شركات الاستيراد، {tail}."]
    said = _speakers("هجوم على الشركات", paragraphs)
    assert len(said) == 1 and said[0][1] == "فادي العلمي"


# --- verbs of going on and finishing introduce the speaker's next words ------------------------------------------


@pytest.mark.parametrize("verb", ["وواصل", "وأنهى المدرب"])
def test_going_on_and_finishing_continue_the_speaker(verb: str) -> None:
    paragraphs = [
        "قال مدرب نادي الشروق سامي العطار في مؤتمر صحفي: «واجهنا لاعبين كبارا مثل كريم الداوود وفادي نصار».",
        f"{verb}: «في آخر دقائق المباراة كنا بحاجة إلى الحظ فقط، وأهنئ اللاعبين على ما قدموه».",
    ]
    assert _speakers("مدرب الشروق: المباراة كانت صعبة", paragraphs)[-1] == ("في آخر", "سامي العطار")


# --- a headline's office and its body, which a body person's role holds whole, is no person's name ----------------


def test_a_headline_office_with_a_foreign_body_is_the_body_persons_office() -> None:
    paragraphs = [
        "اعترف بيدرو ألميدا، مدرب كايزر ستارز الجنوب أفريقي، بصعوبة المباراة أمام الوداد.",
        "وقال ألميدا في الندوة الصحفية: «النتيجة لم تكن كما توقعنا، لكننا قدمنا مباراة جيدة أمام فريق قوي».",
    ]
    facts = _facts('مدرب كايزر ستارز: "النتيجة لم تكن كما توقعنا"', paragraphs)
    assert not any(f.kind == "person" and f.text == "كايزر ستارز" for f in facts)
    headline = [f.speaker for f in facts if f.kind == "quote" and f.sentence == 0]
    assert headline == ["بيدرو ألميدا"]


# --- a headline "X ترد على Y: ...": Y, after the verb and its preposition, is spoken of, never the speaker ---------


@pytest.mark.parametrize(
    "label",
    ['الداخلية ترد على "الخطيب"', "الوزارة ترد على الخطيب", "الحكومة تحذر من الخطيب"],
)
def test_the_one_answered_in_a_headline_is_not_its_speaker(label: str) -> None:
    paragraphs = [
        "ردت وزارة الداخلية على تصريحات النائب سامر الخطيب.",
        "وقال المتحدث باسم الوزارة كمال الدباغ إن «الخطيب لم يقرأ التقرير كاملا قبل أن يعلق عليه».",
    ]
    facts = _facts(f"{label}: تصريحاته لا تستند إلى أي دليل", paragraphs)
    headline = [f.speaker for f in facts if f.kind == "quote" and f.sentence == 0]
    assert "سامر الخطيب" not in headline


def test_a_headline_speaker_with_a_place_after_it_still_speaks() -> None:
    # near miss: "X من بيروت:" is where X spoke; X speaks
    paragraphs = ["قال وزير المالية سامر الخطيب إن الحكومة ستواصل دعم المزارعين خلال العام المقبل."]
    facts = _facts("الخطيب من بيروت: لن نتراجع عن دعم المزارعين مهما كانت الظروف", paragraphs)
    assert [f.speaker for f in facts if f.kind == "quote" and f.sentence == 0] == ["سامر الخطيب"]


# --- a quoted predicate after a subject that says where: "أن الوضع في المخيم « تعدى مستوى الكارثة »" -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "أعلنت سلمى الداوود أن الوضع الإنساني في المخيم « تعدى مستوى الكارثة » ولا يمكن وصفه.",
        "أعلنت سلمى الداوود أن الوضع الإنساني في قطاع غزة « تعدى مستوى الكارثة » ولا يمكن وصفه.",
        "أعلنت سلمى الداوود أن الوضع الإنساني « تعدى مستوى الكارثة » ولا يمكن وصفه.",
    ],
)
def test_a_quoted_predicate_after_a_located_subject_is_speech(sentence: str) -> None:
    assert _speakers("الوضع في المخيم", [sentence]) == [("تعدى مستوى", "سلمى الداوود")]


def test_a_name_in_marks_after_a_located_subject_stays_a_name() -> None:
    # near miss: 'أن الفرقة في المدينة « نجوم الليل »' names a band, no words of anyone's
    sentence = "أعلنت سلمى الداوود أن الحفل في المدينة « Star Nights » سيقام يوم الجمعة."
    assert _speakers("حفل في المدينة", [sentence]) == []
