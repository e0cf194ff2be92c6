"""Arabic quotes, people and roles, round 24: what real Jordanian, Egyptian, Moroccan, Lebanese, Iraqi, Kuwaiti and
Palestinian pages and UN spokesmen's words as Arab sites carry them showed, written again with made-up names.

Headlines: Arabic news gives most speech in a headline as "X: the words" with no marks and no verb ("وزير
الخارجية: يجب وقف التصعيد"); the corpus counts it as a quote of X, and none was read."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(title: str, paragraphs: list[str]) -> list[Fact]:
    """The facts of an article whose first paragraph is its headline (as a text file gives it)."""
    article = ArticleText(Path("t-ar.txt"), "txt", "", [TextBlock(p) for p in [title, *paragraphs]])
    return extract_facts(build_document(article, language="ar"))


def _headline_quote(title: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in _facts(title, paragraphs) if f.kind == "quote" and f.sentence == 0]


_BODY = [
    "قال وزير المالية الأردني سامر الخطيب إن الحكومة ستواصل دعم المزارعين خلال العام المقبل.",
    "وأضاف الخطيب أن الخطة تشمل المحافظات كافة وأن تنفيذها يبدأ الشهر المقبل.",
]


# --- a headline's speaker, a colon and the words said ---------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "الخطيب: لن نتراجع عن دعم المزارعين مهما كانت الظروف",  # the surname
        "الوزير الخطيب: لن نتراجع عن دعم المزارعين مهما كانت الظروف",  # a title and the surname
        "وزير المالية: لن نتراجع عن دعم المزارعين مهما كانت الظروف",  # the office the body's minister holds
        "وزير مالية الأردن: لن نتراجع عن دعم المزارعين مهما كانت الظروف",  # the office in another wording
        'الخطيب لـ"الصباح": لن نتراجع عن دعم المزارعين مهما كانت الظروف',  # and whom he told it
    ],
)
def test_a_headline_gives_its_speakers_words_after_a_colon(title: str) -> None:
    assert _headline_quote(title, _BODY) == [("لن نتراجع عن دعم المزارعين مهما كانت الظروف", "سامر الخطيب")]


def test_an_office_no_one_in_the_body_holds_by_name_speaks_as_written() -> None:
    body = ["قال مدير مستشفى الرحمة في المدينة للصحفيين إن المستشفى خرج عن الخدمة بشكل كامل."]
    title = 'مدير "الرحمة" في المدينة: المستشفى خرج عن الخدمة بشكل كامل'
    assert _headline_quote(title, body) == [("المستشفى خرج عن الخدمة بشكل كامل", "مدير الرحمة")]


@pytest.mark.parametrize(
    "title",
    [
        "عمان: الحكومة ستواصل دعم المزارعين خلال العام المقبل",  # a place (a dateline or a topic) before the colon
        "دعم المزارعين: خطة جديدة للعام المقبل في المحافظات",  # a topic
        "الموازنة العامة: أبريل 2025",  # a topic and a date
        "الخطيب: 2025",  # no words said
    ],
)
def test_a_place_or_topic_before_a_headlines_colon_is_no_speaker(title: str) -> None:
    assert _headline_quote(title, _BODY) == []


def test_a_headline_quote_in_marks_is_read_once() -> None:
    title = 'الخطيب: "لن نتراجع عن دعم المزارعين"'
    assert _headline_quote(title, _BODY) == [("لن نتراجع عن دعم المزارعين", "سامر الخطيب")]


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [f.speaker for f in _facts("خبر محلي", paragraphs) if f.kind == "quote"]


_OPENING = "قال رئيس الحكومة كريم العلوي إن البلاد لن تقبل أي ضغوط من الخارج."


# --- a quote opened with the closing mark ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "وحذر من أي خطوة مستقبلية، قائلا ”جهدنا هو هذا، أرجو ألا يدفعونا إلى اتخاذ مواقف لا نريدها”.",
        "وحذر من أي خطوة مستقبلية، مضيفا ”جهدنا هو هذا، أرجو ألا يدفعونا إلى اتخاذ مواقف لا نريدها”.",
    ],
)
def test_a_quote_opened_with_the_closing_mark_names_no_mark(said: str) -> None:
    assert _speakers([_OPENING, said]) == ["كريم العلوي"]


# --- whom the words were told, after ل --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        'وقال لصحيفة "الأيام": الحزب لم ينته ويبقى من أكبر الأحزاب، والتعامل معه "لا يكون بهذه الطريقة".',
        'وقال لقناة "الشروق": "التعامل مع الأحزاب لا يكون بهذه الطريقة أبدا".',
        'وقال لمراسلنا: "التعامل مع الأحزاب لا يكون بهذه الطريقة أبدا".',
    ],
)
def test_an_outlet_told_after_the_verb_is_no_speaker(told: str) -> None:
    assert _speakers([_OPENING, told]) == ["كريم العلوي"]


def test_a_given_name_opening_with_lam_still_speaks() -> None:
    # near miss: a name that opens with ل after the verb is its subject
    text = 'وقالت لينا الحسن: "التعامل مع الأحزاب لا يكون بهذه الطريقة أبدا".'
    assert _speakers([_OPENING, text]) == ["لينا الحسن"]


# --- a statement from the speaker's own office --------------------------------------------------------------------


@pytest.mark.parametrize("office", ["مكتبه", "حزبه", "وزارته"])
def test_a_statement_from_his_own_office_is_his(office: str) -> None:
    text = f"وقال في بيان صادر عن {office} “نرفض أن نكون ساحة لتصفية الحسابات الإقليمية”، داعيا إلى “التهدئة”."
    assert set(_speakers([_OPENING, text])) == {"كريم العلوي"}


def test_a_statement_from_a_named_body_is_the_bodys() -> None:
    # near miss: a body named after عن issues its own statement
    text = "وجاء في بيان صادر عن وزارة الخارجية: “نرفض أن نكون ساحة لتصفية الحسابات الإقليمية”."
    assert _speakers([_OPENING, text]) == ["وزارة الخارجية"]


# --- a participle after a bare verb and its that-clause -------------------------------------------------------


def test_a_participle_after_a_bare_verb_is_not_a_name_in_its_that_clause() -> None:
    text = (
        "وأوضح في ذات السياق، أن خطاب الرئيس سامي الفارس الذي ألقاه أمس وجه رسالة للعالم، قائلا "
        "”الخطاب أظهر الظلم الذي تعرضت له البلاد لسنوات طويلة”."
    )
    assert _speakers([_OPENING, text]) == ["كريم العلوي"]


def test_a_participle_after_a_verb_with_its_subject_is_that_subjects() -> None:
    # near miss: the verb names its subject, who goes on speaking
    text = (
        "وأوضح الوزير سامي الفارس في ذات السياق، أن الخطاب وجه رسالة للعالم، قائلا "
        "”الخطاب أظهر الظلم الذي تعرضت له البلاد لسنوات طويلة”."
    )
    assert _speakers([_OPENING, text]) == ["سامي الفارس"]


# --- a paragraph of quotes after an introduction that closed the paragraph before -----------------------------


def test_quotes_after_an_introduction_and_a_participle_are_the_introductions_subjects() -> None:
    intro = "حذر رئيس البعثة الدولية فرانك موريتس من تفاقم الأزمة، وقال خلال الجلسة الافتتاحية للمؤتمر، اليوم الثلاثاء:"
    said = '"مر عام ولم تلق التحديات التي أشرت إليها حلا"، مضيفا: "عجزنا عن وضع حد للحرب، وما زال الناس يعانون".'
    assert _speakers([intro, said]) == ["فرانك موريتس", "فرانك موريتس"]


@pytest.mark.parametrize("goes_on", ["مضيفا:", "وتابع:", "وأضاف قائلا:"])
def test_a_second_quote_after_a_participle_goes_on_with_the_first(goes_on: str) -> None:
    said = f'وقال سامي الفارس: "الأزمة تتفاقم يوما بعد يوم"، {goes_on} "ولا أحد يتحرك لوقفها حتى الآن".'
    assert _speakers([_OPENING, said]) == ["سامي الفارس", "سامي الفارس"]


# --- a foreign family name respelt ----------------------------------------------------------------------------


@pytest.mark.parametrize("again", ["موريتس", "موريتيس", "مورتيس"])
def test_a_foreign_family_name_respelt_is_the_same_person(again: str) -> None:
    # (the first spelling has three long vowels after its first letter, as Arabic writes a foreign name)
    first = "قال المبعوث الدولي فرانك موريتيس إن المحادثات ستستأنف الأسبوع المقبل."
    said = f'وقال {again}: "لا بديل عن الحوار بين الأطراف كلها".'
    facts = _facts("خبر", [first, said])
    assert [f.text for f in facts if f.kind == "person"] == ["فرانك موريتيس"]
    assert [f.speaker for f in facts if f.kind == "quote"] == ["فرانك موريتيس"]


def test_the_g_of_a_foreign_name_written_either_way_is_one_person() -> None:
    first = "أعرب الأمين العام للمنظمة أنطونيو جوزاريك عن قلقه من التصعيد."
    said = 'وقال غوزاريك للصحفيين: "لا يمكن للعالم أن يسمح بحرب جديدة في المنطقة".'
    facts = _facts("خبر", [first, said])
    assert [f.text for f in facts if f.kind == "person"] == ["أنطونيو جوزاريك"]
    assert [f.speaker for f in facts if f.kind == "quote"] == ["أنطونيو جوزاريك"]


def test_arabic_names_a_vowel_apart_stay_two_people() -> None:
    # near miss: Arabic family names that differ by a vowel are other families (no transliteration)
    text = "وحضر الاجتماع النائب سامر الحسيني والنائب خالد الحسني."
    names = {f.text for f in _facts("خبر", [text]) if f.kind == "person"}
    assert names == {"سامر الحسيني", "خالد الحسني"}


# --- "renewed the emphasis that" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "renewed",
    [
        "وجدد «الخطيب»، خلال اجتماع الوزراء العرب، التأكيد على أن «البلاد ترفض الاعتراف بالقرار الأخير».",
        "وجدد الخطيب التأكيد على أن «البلاد ترفض الاعتراف بالقرار الأخير».",
        "وأعاد التأكيد أن «البلاد ترفض الاعتراف بالقرار الأخير».",
    ],
)
def test_renewing_the_emphasis_that_introduces_speech(renewed: str) -> None:
    opening = "قال وزير الخارجية سامر الخطيب، إن المنطقة لن تنعم بالاستقرار إلا بالسلام."
    assert _speakers([opening, renewed]) == ["سامر الخطيب"]


def test_renewing_a_call_is_no_speech() -> None:
    # near miss: a renewed call for a named thing in marks is no quote
    text = "وجدد الخطيب دعوته إلى عقد «مؤتمر السلام» في أقرب وقت."
    opening = "قال وزير الخارجية سامر الخطيب، إن المنطقة لن تنعم بالاستقرار إلا بالسلام."
    assert _speakers([opening, text]) == []


# --- a name written with or without its hamza, with ة or ه --------------------------------------------------------


@pytest.mark.parametrize("again", ["اشتيه", "اشتية", "إشتية"])
def test_a_name_written_again_without_its_hamza_or_with_the_other_closing_letter_is_one_person(again: str) -> None:
    first = "قال رئيس الوزراء سامي إشتيه في مستهل جلسة الحكومة إن المجلس يناقش قضايا عديدة."
    said = f'وأضاف {again}: "نتابع بقلق ما يجري في المنطقة ونرفض أي تصعيد".'
    facts = _facts("خبر", [first, said])
    assert [f.text for f in facts if f.kind == "person"] == ["سامي إشتيه"]
    assert [f.speaker for f in facts if f.kind == "quote"] == ["سامي إشتيه"]


# --- a bare verb after a quote that names someone -------------------------------------------------------------


def test_a_bare_verb_after_a_quote_goes_on_with_its_speaker_not_a_name_inside_it() -> None:
    paragraphs = [
        'قال رئيس الوزراء سامي داود: "يرتكز النقاش اليوم على برنامج الإصلاح الإداري والمالي".',
        'وأضاف: "نترحم على الشهيد كريم العلي ونعزي عائلته وشعبنا".',
        'وتابع: "إغلاق الحي عدوان على أهلنا، نحيي صمودهم ودفاعهم عن بيوتهم".',
    ]
    assert _speakers(paragraphs) == ["سامي داود", "سامي داود", "سامي داود"]


def test_a_verb_with_its_own_subject_after_a_quote_is_that_subjects() -> None:
    # near miss: the verb names another speaker
    paragraphs = [
        'قال رئيس الوزراء سامي داود: "يرتكز النقاش اليوم على برنامج الإصلاح الإداري والمالي".',
        'وقال وزير المالية كريم العلي: "الموازنة تحتاج إلى دعم عاجل من الشركاء".',
    ]
    assert _speakers(paragraphs) == ["سامي داود", "كريم العلي"]


# --- a participle of saying after a clause whose subject the verb names ------------------------------------------


def test_a_participle_after_a_clause_is_its_verbs_subjects_not_the_one_spoken_of() -> None:
    text = (
        "علق الكاتب سامر الخطيب، عضو مجلس النواب، على مطالبة كريم داود رئيس البرلمان بضرورة رحيل الوفد، "
        'قائلا:" موقف قومي يصدر من شخصية قومية ويأتي ردا على المواقف التعسفية".'
    )
    assert _speakers([text]) == ["سامر الخطيب"]


# --- a holder's name in commas after a definite office ----------------------------------------------------------


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in _facts("خبر", paragraphs) if f.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a given name the gazetteer does not know
        ("قالت المديرة التنفيذية للمنظمة، كاثلين موراي، إن حياة الأطفال تتعرض للدمار.", "كاثلين موراي",
         "المديرة التنفيذية للمنظمة"),
        # and the body's acronym in brackets inside the office
        ("قال المدير العام لمنظمة الصحة الدولية (WHA)، تيدروس سيمون، إن الوضع كارثي.", "تيدروس سيمون",
         "المدير العام لمنظمة الصحة الدولية (WHA)"),
        ("قالت المديرة التنفيذية لمنظمة الأمم المتحدة للطفولة (يونيسف)، كاثلين موراي، الأحد، إن الأطفال يعانون.",
         "كاثلين موراي", "المديرة التنفيذية لمنظمة الأمم المتحدة للطفولة (يونيسف)"),
    ],
)  # fmt: skip
def test_a_name_in_commas_after_a_definite_office_is_its_holder(text: str, name: str, role: str) -> None:
    assert _people([text]) == {name: role}


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث باسم الوزارة، مؤكدا ذلك، إن الوضع كارثي.",  # a participle of manner
        "قال المتحدث باسم الوزارة، مساء أمس، إن الوضع كارثي.",  # a time
        "قال المتحدث باسم الوزارة، بدوره، إن الوضع كارثي.",  # his own turn
    ],
)
def test_words_in_commas_after_an_office_that_are_no_name(text: str) -> None:
    assert _people([text]) == {}


# --- an office that speaks unnamed in the lead, the article's one person named later ------------------------------


def test_an_office_unnamed_in_the_lead_is_the_one_person_who_speaks_later() -> None:
    paragraphs = [
        "قال حارس مرمى الفريق الوطني لكرة السلة ، إن اثنين من اللاعبين لا يعرفان شيئا عن عائلتيهما .",
        'وقال سامر حداد لمراسلنا في الدوحة : " كان لدينا جميعا هدف واحد فقط هو إسعاد الجمهور " .',
        'وأشار حارس مرمى الفريق الوطني إلى أوضاع اللاعبين وقال : " نحن أقوياء ، ويجب أن نظل أقوياء دائما " .',
    ]
    facts = _facts("حارس مرمى الفريق الوطني : اثنان من لاعبينا لا يعرفان شيئا عن عائلتيهما", paragraphs)
    assert {f.text: f.role for f in facts if f.kind == "person"} == {"سامر حداد": "حارس مرمى الفريق الوطني"}
    assert [f.speaker for f in facts if f.kind == "quote"] == ["سامر حداد"] * 3


def test_an_unnamed_office_is_not_a_person_the_article_only_speaks_of() -> None:
    # near miss: the one person named is spoken of, never a speaker
    paragraphs = [
        "أعلن مدير مستشفى المدينة الوطني أن الطفل سامر حداد توفي متأثرا بجروحه .",
        'وأشار مدير مستشفى المدينة إلى أوضاع الجرحى وقال : " الوضع صعب للغاية ونحتاج إلى الدواء فورا " .',
    ]
    facts = _facts("خبر", paragraphs)
    assert [f.speaker for f in facts if f.kind == "quote"] == ["مدير مستشفى المدينة"]


# --- "if" after a colon is the speaker's own words ----------------------------------------------------------------


def test_a_conditional_after_a_colon_is_unmarked_speech() -> None:
    paragraphs = [_OPENING, "وزاد العلوي : إن كان الأمر كذلك لانسحبنا من هناك وكشفنا الحقائق كلها."]
    assert _speakers(paragraphs) == ["كريم العلوي"]


def test_that_after_a_colon_stays_reported_speech() -> None:
    # near miss: إن before a noun is "that", the corpus's reported speech
    paragraphs = [_OPENING, "وزاد العلوي : إن الحكومة ستواصل دعم المزارعين خلال العام المقبل كله."]
    assert _speakers(paragraphs) == []


def test_a_headline_office_written_without_its_hamza_is_the_holders() -> None:
    body = ["كشف وزير الدولة لشؤون الإعلام، سامر العلوي، أن استمرار الحظر يخضع للتقييم."]
    title = "وزير الاعلام : استمرار الحظر الشامل خاضع لتقييم لجنة الأوبئة"
    assert _headline_quote(title, body) == [("استمرار الحظر الشامل خاضع لتقييم لجنة الأوبئة", "سامر العلوي")]


# --- a name in curly marks inside a quote in guillemets -------------------------------------------------------------


def test_a_name_in_curly_marks_inside_guillemets_is_part_of_the_quote() -> None:
    text = (
        "وقال السفير سامي حداد المتحدث باسم الوزارة في تغريدة «إن الوزير أجرى مباحثات مع نظيره “كريم نوفل”، "
        "تناولت مجمل موضوعات التعاون الثنائي»."
    )
    quotes = [(f.text, f.speaker) for f in _facts("خبر", ["استقبل الوزير اليوم نظيره كريم نوفل.", text])
              if f.kind == "quote"]  # fmt: skip
    assert quotes == [
        ("إن الوزير أجرى مباحثات مع نظيره “كريم نوفل”، تناولت مجمل موضوعات التعاون الثنائي", "سامي حداد")
    ]


# --- an outlet relaying what someone said -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "relayed",
    [
        "وأشارت الصحيفة إلى أن رئيس الحكومة يلمح بأن “أيادي مأجورة تتحرك على مواقع التواصل لتوزيع اتهامات باطلة”.",
        "وذكرت وكالة الأنباء أن العلوي يرى “تحرك أياد مأجورة على مواقع التواصل لتوزيع اتهامات باطلة”.",
    ],
)
def test_an_outlet_relaying_a_clause_gives_the_clauses_subject(relayed: str) -> None:
    assert _speakers([_OPENING, relayed]) == ["كريم العلوي"]


def test_an_outlet_that_says_something_itself_speaks() -> None:
    # near miss: no that-clause with a subject of its own; the paper's words
    text = "وقالت الصحيفة في افتتاحيتها إن “الحكومة فشلت في إدارة الأزمة الاقتصادية منذ شهور طويلة”."
    assert _speakers([_OPENING, text]) == ["الصحيفة"]


@pytest.mark.parametrize(
    "text",
    [
        "قالت المديرة الإقليمية للمنظمة في الشرق الأوسط وشمال إفريقيا، سلمى نوفل، إن الوضع كارثي.",
        "قالت المديرة الإقليمية للمنظمة في الشرق الأوسط، سلمى نوفل، إن الوضع كارثي.",
    ],
)
def test_an_office_serving_a_region_gives_the_holder_in_commas(text: str) -> None:
    assert list(_people([text])) == ["سلمى نوفل"]


# --- an office in another wording ---------------------------------------------------------------------------------


@pytest.mark.parametrize("office", ["رئيس الوزراء", "رئيس مجلس الوزراء"])
def test_the_head_of_government_in_another_wording_is_the_one_introduced(office: str) -> None:
    opening = "قال رئيس الحكومة الوطنية كريم العلوي إن البلاد لن تقبل أي ضغوط من الخارج."
    text = f'وأكد {office} أن "البلاد تتعرض لحملة شرسة ومحاولة لشق الصف الوطني".'
    assert _speakers([opening, text]) == ["كريم العلوي"]

