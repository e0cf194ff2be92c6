"""Arabic people, roles and quotes, round 21: what real Arabic pages nobody here tuned on showed (rights reports,
UN copy, Jordanian, Moroccan, Algerian, Iraqi and Kuwaiti papers), written again with made-up names.

A role's construct chain stopped at an indefinite noun inside it ("النائبة عن كتلة دولة X", "لشؤون أمن
الحدود"); a body's own name after its glued noun hid the name in commas ("المدير العام لمؤسسة X Y، علي Z،");
"وكيل", "مقرر" and "الصحافي" headed no role; a paper credited after a quote
("قال X إن «...»، بحسب صحيفة Y") took the quote from the one who said it; "others" after a plural, a
demonstrative and leaked documents were people."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _people(text: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([text], "ar") if f.kind == "person"}


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [f.speaker for f in facts_of(paragraphs, "ar") if f.kind == "quote"]


@pytest.mark.parametrize(
    ("text", "name", "role_part"),
    [
        # an indefinite noun inside the chain, between an indefinite head and its definite genitive
        ("وقالت النائبة عن كتلة دولة المستقبل سهى العطار إن الجلسة تأجلت.", "سهى العطار", "كتلة دولة المستقبل"),
        ("وأكد رئيس هيئة مكافحة التهريب نادر الشامي أن الحملة مستمرة.", "نادر الشامي", "هيئة مكافحة التهريب"),
        ("وقال وكيل الوزارة لشؤون أمن المنافذ اللواء حمد الراشد إن الحدود آمنة.", "حمد الراشد", "لشؤون أمن المنافذ"),
        # undersecretaries, rapporteurs and journalists (the Levantine and Maghreb spelling) head a role
        ("وقال وكيل وزارة الصحة سالم النعيمي إن المستشفيات جاهزة.", "سالم النعيمي", "وكيل وزارة الصحة"),
        ("وأوضح مقرر لجنة التربية النيابية كريم الدباغ أن القانون جاهز.", "كريم الدباغ", "مقرر لجنة التربية"),
        ("وتوقف التقرير عند مقتل الصحافي سامر نجار داخل منزله.", "سامر نجار", "الصحافي"),
    ],
)
def test_a_role_chain_runs_through_an_inner_construct_noun(text: str, name: str, role_part: str) -> None:
    role = _people(text).get(name)
    assert role is not None and role_part in role


@pytest.mark.parametrize(
    ("text", "name", "role_part"),
    [
        ("نفى المدير العام لمؤسسة نورتك الشرق، سامي الحداد، ما يتداول عن الصفقة.", "سامي الحداد", "مؤسسة نورتك الشرق"),
        ("وأكد رئيس شركة بلوفين، كمال زروقي، أن الإنتاج عاد.", "كمال زروقي", "شركة بلوفين"),
    ],
)
def test_a_bodys_own_name_before_the_name_in_commas(text: str, name: str, role_part: str) -> None:
    role = _people(text).get(name)
    assert role is not None and role_part in role


def test_a_bodys_name_before_a_comma_and_a_clause_is_no_person() -> None:
    assert _people("وقال المدير العام لمؤسسة نورتك، إن الأرباح ارتفعت هذا العام.") == {}


def test_a_paper_credited_after_the_quote_only_reported_it() -> None:
    text = "قال سامر الخطيب، خلال جلسة اليوم، إن “البلد يتعرض لحملة شرسة من الخارج”، بحسب صحيفة “النهار” المحلية."
    assert _speakers([text]) == ["سامر الخطيب"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الناطق إن “اتصالات المدير ومسؤولين كبار آخرين كانت موضع مراقبة دائمة”.",
        "واستضاف المجلس رئيس الأركان وقيادات امنية اخرى في جلسته.",
        "وقال الناطق إن “جميع الأحزاب أدانت هذا الاستقبال بشدة واضحة”.",
        "ووفق وثائق حكومية مسربة، فإن الخطة كانت جاهزة.",
    ],
)
def test_others_demonstratives_and_documents_are_no_people(text: str) -> None:
    assert _people(text) == {}


def _organisations(text: str) -> set[str]:
    return {f.text for f in facts_of([text], "ar") if f.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # "الخاصة ب" (for) and what the body is for, as "المعنية ب" is read
        ("ونشرت اللجنة الخاصة بالجمهورية اليمنية تقريرها الأول.", "اللجنة الخاصة بالجمهورية اليمنية"),
        # "بشأن" and the state it deals with, past the words the head looks ahead to
        (
            "وطالبت لجنة التحقيق الدولية المستقلة بشأن الجمهورية العربية الليبية بوقف القتال.",
            "لجنة التحقيق الدولية المستقلة بشأن الجمهورية العربية الليبية",
        ),
        ("وقالت هيئة التنسيق الإقليمية بشأن ليبيا إن الوضع هادئ.", "هيئة التنسيق الإقليمية بشأن ليبيا"),
    ],
)
def test_a_body_named_by_what_it_is_for(text: str, body: str) -> None:
    assert body in _organisations(text)


def test_bushan_and_no_place_stays_out_of_the_name() -> None:
    found = _organisations("وأصدرت هيئة التنسيق الإقليمية بشأن الانتخابات بيانا.")
    assert not any("بشأن" in o for o in found)


def test_a_known_body_joined_by_wa_is_a_second_body() -> None:
    found = _organisations("وتعاون فريق من منظمة حماية الطفولة والأمم المتحدة في التحقيق.")
    assert "منظمة حماية الطفولة" in found and not any(o.endswith("والأمم المتحدة") for o in found)


@pytest.mark.parametrize(
    "text",
    ["وأطلق الناشطون قناة لمجموعات المتطوعين على الشبكة.", "وشكل البرلمان لجنة لتقصي الحقائق في الحادث."],
)
def test_a_head_then_for_something_is_no_name(text: str) -> None:
    assert not any(o.startswith(("قناة ل", "لجنة ل")) for o in _organisations(text))


def test_a_deputys_adjective_and_a_spokesmans_title_end_the_body() -> None:
    found = _organisations(
        "وقال وكيل وزارة الداخلية المساعد لشؤون المنافذ اللواء فهد سالم المهنا إن الحدود آمنة. "
        "وجاء ذلك في كلمة مدير الإدارة العامة للعلاقات والإعلام الأمني المتحدث باسم الوزارة العميد سالم العتيبي."
    )
    assert "وزارة الداخلية" in found and "الإدارة العامة للعلاقات والإعلام الأمني" in found
    assert not any(o.endswith(("المساعد", "المتحدث")) for o in found)


def test_from_whom_ends_a_role_in_apposition() -> None:
    role = _people("وحذر سامر الخطيب، رئيس الحكومة المحلية ممن اسماهم الحساد على بلاده.").get("سامر الخطيب")
    assert role == "رئيس الحكومة المحلية"


def test_a_borrowed_word_of_media_takes_the_outlets_own_name() -> None:
    found = _organisations("وقالت النائبة سهى العطار لوكالة بلدتي نيوز إن الجلسة انتهت.")
    assert "نيوز" not in found


def test_kama_before_a_verb_of_saying_is_no_speaker() -> None:
    paragraphs = [
        "وقال سامر الخطيب في تصريحات صحفية الجمعة إن الوضع صعب.",
        "كما شدد على أن الحل الأفضل يظل العودة وأنه “لا ينبغي إجبار الناس على العودة إلى البلاد”.",
    ]
    assert _speakers(paragraphs) == ["سامر الخطيب"]
    assert "كما" not in _people(" ".join(paragraphs))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("كشف كمال زروقي، المدير الفني لنادي الشروق عن خطته للموسم المقبل.", "كمال زروقي", "المدير الفني لنادي الشروق"),
        ("وأكدت سهى العطار، النائبة عن كتلة الوفاق أن الجلسة تأجلت.", "سهى العطار", "النائبة عن كتلة الوفاق"),
    ],
)
def test_a_verbs_complement_after_a_role_in_apposition_is_no_role(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


def test_the_spoken_relative_ends_a_body() -> None:
    found = _organisations("وقال المدرب: «المنتخب اللي لعبنا أمامه كان منظما جدا طوال اللقاء».")
    assert not any(o.endswith("اللي") for o in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قال المفوض السامي لشؤون الإغاثة ، ماركو فيليني انه ناقش الوضع مع الحكومة.", "ماركو فيليني"),
        ("وأكد وزير الخارجية الأرجنتيني، كارلوس بيرالتا أن الزيارة ناجحة.", "كارلوس بيرالتا"),
    ],
)
def test_a_name_after_a_role_and_a_comma_before_the_reported_clause(text: str, name: str) -> None:
    assert _people(text).get(name) is not None


def test_a_comma_and_a_clause_after_a_role_is_no_name() -> None:
    assert _people("قال المتحدث باسم الجيش، في بيان أن القوات انسحبت.") == {}


def test_a_speakers_name_in_quote_marks_before_a_colon() -> None:
    text = 'ومن جانبها قالت المديرة الإقليمية في منظمة الرقابة الدولية "سلمى حداد": أن الحكومات تخشى العدالة.'
    assert _people(text).get("سلمى حداد") == "المديرة الإقليمية في منظمة الرقابة الدولية"


def test_a_title_in_quote_marks_before_a_colon_is_no_person() -> None:
    assert _people('وقال في مقال بعنوان "أحمد والبحر": إن القصة حقيقية.') == {}


def test_a_regional_office_joined_by_wa_and_its_body_run_to_the_name() -> None:
    text = (
        "ومن جانبها قالت المديرة الإقليمية للشرق الأوسط وشمال أفريقيا في منظمة الرقابة الدولية "
        '"سلمى حداد": أن الحكومات تخشى العدالة.'
    )
    role = _people(text).get("سلمى حداد")
    assert role is not None and "وشمال أفريقيا في منظمة الرقابة الدولية" in role
