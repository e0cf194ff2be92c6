"""Arabic organisations and people of round 16, on made-up sentences in the style of Saudi and Gulf press and
agency copy, written before they were run. First run (main's code) on the two made-up sets (60 sentences):
people P/R .90/.90 and .82/.93, roles 16/18 and 11/14; organisations .55/.50 and .32/.32.

Classes: a body named after a royal ("جامعة الملك X", "جامعة الإمام X بن Y الإسلامية"); a long name past four
words ("وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد") and a field in لل coordinated by و ("للتعليم الفني
والتدريب المهني"); "general" closing a name before the verb's object; a Saudi body's adjective (السعودي/ة: the
country is "السعودية"); a chamber of commerce, a city's municipality (أمانة) and a general presidency (الرئاسة
العامة) as heads only in those senses; a court's or chamber's seat (بالرياض); "concerned with" (المعنية ب...);
a board (مجلس إدارة) is not the company; a title after a body's name is the next person's; "and many" ends a
name; a Hadrami family name in با after a lineage (X بن Y باعشن)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _orgs(text: str) -> set[str]:
    return {f.text for f in facts_of([text], "ar") if f.kind == "organisation"}


def _people(text: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([text], "ar") if f.kind == "person"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("حصلت جامعة الملك سعود على المركز الأول في التصنيف العربي.", "جامعة الملك سعود"),
        ("وأشارت عميدة كلية التربية بجامعة الملك خالد إلى أهمية البحث.", "جامعة الملك خالد"),
        ("وقعت جامعة الإمام محمد بن سعود الإسلامية اتفاقية تعاون.", "جامعة الإمام محمد بن سعود الإسلامية"),
        ("افتتح مركز الأمير سلمان للإعاقة فرعا جديدا.", "مركز الأمير سلمان للإعاقة"),
    ],
)
def test_a_body_named_after_a_royal(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "أعلنت وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد عن خطة لترميم المساجد.",
            "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد",
        ),
        (
            "وقعت المؤسسة العامة للتعليم الفني والتدريب المهني مذكرة تفاهم.",
            "المؤسسة العامة للتعليم الفني والتدريب المهني",
        ),
        ("أعلنت الهيئة العامة للاستثمار عن منح 120 ترخيصا لشركات أجنبية.", "الهيئة العامة للاستثمار"),
        ("وأحالت هيئة التحقيق والادعاء العام القضية إلى المحكمة.", "هيئة التحقيق والادعاء العام"),
        ("وقال رئيس مجلس إدارة الشركة السعودية للكهرباء إن الشركة ستنفذ مشاريع.", "الشركة السعودية للكهرباء"),
        ("وقدمت هيئة الهلال الأحمر السعودي خدماتها الإسعافية للحجاج.", "هيئة الهلال الأحمر السعودي"),
        ("عقد مجلس التعاون لدول الخليج العربية اجتماعه الدوري.", "مجلس التعاون لدول الخليج العربية"),
        ("وتعمل اللجنة المعنية بحقوق الإنسان على إعداد تقرير.", "اللجنة المعنية بحقوق الإنسان"),
    ],
)
def test_long_and_coordinated_names(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("افتتح رئيس الغرفة التجارية الصناعية بجدة المعرض.", "الغرفة التجارية الصناعية بجدة"),
        ("وأصدرت المحكمة العامة بالرياض حكما بسجن المتهم.", "المحكمة العامة بالرياض"),
        ("أعلنت أمانة منطقة الرياض عن طرح مشاريع لتصريف مياه الأمطار.", "أمانة منطقة الرياض"),
        ("نظمت الرئاسة العامة لرعاية الشباب بطولة لكرة القدم.", "الرئاسة العامة لرعاية الشباب"),
    ],
)
def test_gulf_chambers_municipalities_presidencies_and_a_seat(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "اجتمع القادة في غرفة العمليات لمتابعة الوضع.",
        "وتحمل أمانة المسؤولية أمام الله.",
        "وتولى رئاسة الوزراء بعد الانتخابات.",
        "وقال رئيس الأمانة العامة إن الاجتماع تأجل.",
        "وانتخب مجلس أمناء جديد للمؤسسة.",
    ],
)
def test_a_room_a_trust_an_office_or_a_board_is_no_body(sentence: str) -> None:
    orgs = _orgs(sentence)
    assert not {o for o in orgs if o.split()[0].removeprefix("ال") in ("غرفة", "أمانة", "رئاسة", "مجلس")}, orgs


def test_a_title_after_a_bodys_name_is_the_next_persons() -> None:
    text = "وبين عضو هيئة كبار العلماء الشيخ عبدالله بن سليمان المنيع أن الفتوى واضحة."
    assert "هيئة كبار العلماء" in _orgs(text)
    assert not any("الشيخ" in o for o in _orgs(text))


def test_and_many_ends_a_name() -> None:
    text = "وأشادت لجنة التحقيق المعنية بالجمهورية العربية السورية والعديد من المنظمات بالتقرير."
    assert "لجنة التحقيق المعنية بالجمهورية العربية السورية" in _orgs(text)


def test_a_hadrami_family_name_after_a_lineage() -> None:
    people = _people("افتتح المهندس خالد بن عمر باعشن معرض الصناعات الوطنية.")
    assert "خالد بن عمر باعشن" in people
    people = _people("استقبل الأمير فهد بن سلطان بالرياض وفدا من رجال الأعمال.")
    assert "فهد بن سلطان" in people and not any("بالرياض" in p for p in people)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("قال الدكتور فهد العتيبي أستاذ الاقتصاد بجامعة الملك سعود إن التضخم سينخفض.", "فهد العتيبي", "أستاذ الاقتصاد"),
        ("قال الشيخ عبدالرحمن الحمدان إمام وخطيب الجامع الكبير إن الأمة بخير.", "عبدالرحمن الحمدان", "إمام وخطيب"),
        ("وقالت الدكتورة هند الشمري عميدة كلية العلوم إن القبول بدأ.", "هند الشمري", "عميدة كلية العلوم"),
    ],
)
def test_a_role_after_a_titled_speakers_name_is_no_part_of_it(sentence: str, name: str, role: str) -> None:
    people = _people(sentence)
    assert name in people, people
    assert role in (people[name] or "")


def test_a_role_noun_linked_by_bin_or_a_family_name_stays_in_the_name() -> None:
    assert "عادل إمام" in _people("قال الدكتور عادل إمام إن الفيلم جيد.")


def test_a_businessman_is_a_role_of_two_words() -> None:
    assert _people("وقال رجل الأعمال عبدالله بن أحمد الزامل إن السوق تشهد انتعاشا.") == {
        "عبدالله بن أحمد الزامل": "رجل الأعمال"
    }
    assert _people("وقالت سيدة الأعمال نورة العبدالله إن السوق تشهد انتعاشا.") == {"نورة العبدالله": "سيدة الأعمال"}


# Round-14 dev classes (Syrian Archive reports), written again with made-up names and sentences.


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("وفقا لخبير السموم الفرنسي مارك دوبوا، فإن الضحايا يواجهون وفاة أليمة.", "مارك دوبوا", "خبير السموم"),
        ("وفقا لأخصائيّ الأوبئة الهولندي يان فيرمولن (جامعة أوترخت)، فإن العدوى تنتشر.", "يان فيرمولن", "أخصائي"),
        ("وقال محلل السوق سامي الخطيب إن الأسعار سترتفع.", "سامي الخطيب", "محلل السوق"),
    ],
)
def test_an_expert_in_the_construct_state_before_a_name(sentence: str, name: str, role: str) -> None:
    people = _people(sentence)
    assert name in people, people
    assert role in (people[name] or "")


def test_an_unnamed_expert_is_nobody() -> None:
    assert _people("وقال خبير اقتصادي إن الأسعار سترتفع.") == {}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            '"كان لا بد من إتلاف المخزون" يقول "بيتر فان ديك" خبير الأسلحة من شركة استشارات هولندية.',
            "بيتر فان ديك",
            "خبير",
        ),
        ('وفقًا "لكارل يانسنس"، المتحدث باسم دائرة الجمارك، "لم تقدم أي تصاريح".', "كارل يانسنس", "المتحدث باسم"),
    ],
)
def test_a_name_in_quote_marks_after_a_verb_of_saying(sentence: str, name: str, role: str) -> None:
    people = _people(sentence)
    assert name in people, people
    assert role in (people[name] or "")


def test_a_slogan_in_quote_marks_is_no_name() -> None:
    assert _people('وقال "الأمن أولا" شعار الحملة.') == {}
    assert _people('وقال "نعم للسلام" إن الحملة مستمرة.') == {}


def test_no_name_ends_with_servant_of() -> None:
    people = _people("وقال الناشط الإعلامي سامر العبد الرحمن في تقريره إن القصف مستمر.")
    assert "سامر العبد الرحمن" in people and "سامر العبد" not in people


def test_a_calling_in_the_construct_state_and_an_events_noun_are_no_names() -> None:
    assert _people("وأسفر الهجوم عن مقتل حارس المدرسة.") == {}
    assert _people("وذكرت تقارير أخرى وقوع قتيل واحد وعدد من الجرحى.") == {}
    assert "محمد الأحمد" in _people("وأسفر القصف عن مقتل محمد الأحمد.")


def test_a_role_keeps_the_marks_the_article_writes() -> None:
    people = _people("وفقا لأخصائيّ الأوبئة الهولنديّ يان فيرمولن، فإن العدوى تنتشر.")
    assert people.get("يان فيرمولن") == "أخصائيّ الأوبئة الهولنديّ"


def test_according_to_an_expert_then_the_name_in_commas_and_fa_inna() -> None:
    people = _people("وفقا لخبير الأوبئة الهولندي يان فيرمولن، فإن العدوى تنتشر بسرعة.")
    assert "خبير الأوبئة" in (people.get("يان فيرمولن") or "")


# Round-14 dev classes of organisations (Syrian Archive reports), written again with made-up names.


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("نشرت كل من قناة حماة اليوم ومركز حمص الإعلامي مقاطع فيديو.", "مركز حمص الإعلامي"),
        ("وعقد مجلس حلب المحلي اجتماعا طارئا.", "مجلس حلب المحلي"),
        ("ونشرت شبكة نور للأنباء صورا للقصف.", "شبكة نور للأنباء"),
        ("ووثقت الشبكة السورية لحقوق الإنسان مقتل مدنيين.", "الشبكة السورية لحقوق الإنسان"),
        ("نشرت قناة الشرق والمركز الإعلامي الموحد CMC مقاطع فيديو.", "المركز الإعلامي الموحد CMC"),
        ("ذكر الشهود أن الطيران الروسي قصف السوق.", "الطيران الروسي"),
        ("رفعت الجمارك الهولندية دعوى ضد ثلاث شركات.", "الجمارك الهولندية"),
        ("يقول خبير من شركة الاستشارات Blue Harbor إن الأمر خطير.", "Blue Harbor"),
    ],
)
def test_round_14_bodies(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


def test_and_a_second_head_starts_a_second_body() -> None:
    orgs = _orgs("نشرت قناة الشرق والمركز الإعلامي الموحد مقاطع فيديو.")
    assert "قناة الشرق" in orgs and not any("والمركز" in o for o in orgs)


@pytest.mark.parametrize(
    "sentence",
    [
        "انقطعت شبكة الكهرباء في المدينة.",
        "تعطلت شبكة الطرق بسبب السيول.",
        "ارتفعت رسوم الجمارك على السيارات.",
        "تأخر الطيران بسبب العاصفة.",
    ],
)
def test_a_grid_duties_or_flights_are_no_body(sentence: str) -> None:
    assert _orgs(sentence) == set()


def test_a_fathers_name_after_bin_may_be_a_role_noun() -> None:
    people = _people("واستقبل محافظ الخرج الأمير فيصل بن سالم بن مساعد في مكتبه وفدا من الأهالي.")
    assert "فيصل بن سالم بن مساعد" in people, people


def test_a_deputys_portfolio_is_no_part_of_the_ministrys_name() -> None:
    orgs = _orgs("وأكد وكيل وزارة الصحة للشؤون التنفيذية الدكتور سامي العنزي أن الخطة جاهزة.")
    assert "وزارة الصحة" in orgs and not any("للشؤون" in o for o in orgs)
    assert "وزارة الشؤون البلدية والقروية" in _orgs("وأعلنت وزارة الشؤون البلدية والقروية عن مشاريع.")


def test_a_general_directorate_and_the_paper_a_statement_was_given_to() -> None:
    assert "الإدارة العامة للمرور" in _orgs("وأوضح مساعد مدير الإدارة العامة للمرور أن الحوادث تراجعت.")
    assert "الصباح" in _orgs("وقال المتحدث الرسمي في تصريح لـ«الصباح» إن الحادث وقع ليلا.")
    assert _orgs("تولى إدارة الأزمة فريق متخصص.") == set()
