"""Arabic agency-style speakers and roles of round 7, from made-up sentences in the register of Saudi and
pan-Arab news agencies: a short quote after a participle of saying, a body's speaker phrase cut before its
adjuncts, a rank after a role's body."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "ar") if f.kind == "person"}


def test_a_short_quote_after_a_participle_of_saying() -> None:
    quotes = quotes_of(["وأشاد وزير الرياضة سلطان العنزي بأداء اللاعبين، مؤكدا أن «الإنجاز ملك للجميع»."], "ar")
    assert [(q.text, q.speaker) for q in quotes] == [("الإنجاز ملك للجميع", "سلطان العنزي")]


def test_a_short_scare_quoted_term_is_no_quote() -> None:
    assert quotes_of(["ووصف المحلل سامر الخطيب الاتفاق بأنه «صفقة القرن» وغادر القاعة."], "ar") == []


def test_a_rank_after_the_office_is_a_role_of_its_own() -> None:
    people = _people(["وأوضح قائد حرس الحدود العميد منصور الشهري أن الدوريات ضبطت المهربين."])
    assert people.get("منصور الشهري") == "قائد حرس الحدود; العميد"


def test_a_body_speaks_without_the_statement_it_spoke_in() -> None:
    quotes = quotes_of(["وأكدت هيئة الطيران المدني في بيان أن «جميع الرحلات ستعود إلى مواعيدها المعتادة»."], "ar")
    assert [q.speaker for q in quotes] == ["هيئة الطيران المدني"]


def test_a_counterpart_or_rival_with_a_possessive_ending_introduces_a_name() -> None:
    people = _people(["واستقبل الوزير بنظيره الكندي مارك تيلسون في الرياض، فيما فاز على منافسه الإيطالي ماركو بيليني."])
    assert people.get("مارك تيلسون") == "نظيره الكندي"
    assert people.get("ماركو بيليني") == "منافسه الإيطالي"


def test_the_names_of_a_list_after_a_cue_of_enumeration() -> None:
    people = _people(["وشارك في الندوة كل من هانس برغمان وأولاف سيغورد ومريم الزهراني."])
    assert {"هانس برغمان", "أولاف سيغورد", "مريم الزهراني"} <= set(people)


def test_a_list_of_bodies_or_countries_after_the_cue_names_nobody() -> None:
    people = _people(
        ["ووقعت الاتفاقية كل من السعودية والإمارات والكويت.", "وشاركت كل من وزارة الصحة ووزارة التعليم في الحملة."]
    )
    assert people == {}


def test_the_second_of_two_aged_names_without_its_conjunction() -> None:
    people = _people(["ونقل إلى المستشفى سامي عادل (40 عاما) وياسر كمال (33 عاما)."])
    assert {"سامي عادل", "ياسر كمال"} <= set(people)


def test_a_name_a_relative_clause_describes() -> None:
    people = _people(["وجاء الهدف الثاني عن طريق تصويبة من ماتيو فيرانيلي الذي استغل خطأ الدفاع."])
    assert "ماتيو فيرانيلي" in people


def test_a_place_or_a_definite_noun_before_a_relative_clause_is_no_name() -> None:
    people = _people(["ووصل الوفد إلى مدينة جدة التي تستضيف القمة، وزار المشروع الجديد الذي افتتح أمس."])
    assert people == {}


def test_a_list_whose_items_open_with_a_title() -> None:
    people = _people(["وتحدث في الجلسة الافتتاحية كل من الدكتور ماهر السبيعي والمهندسة لمى القرني."])
    assert people.get("ماهر السبيعي") == "الدكتور"
    assert people.get("لمى القرني") == "المهندسة"


def test_a_club_announcing_a_signing_is_no_person() -> None:
    people = _people(["وأعلن نادي الاتحاد تعاقده مع المدافع البرازيلي ماركوس سيلفا لمدة موسمين."])
    assert set(people) == {"ماركوس سيلفا"}


def test_the_source_a_quote_is_credited_to_after_it() -> None:
    paragraphs = [
        "«المخزون يكفي لتلبية الطلب حتى نهاية العام»، وفقا لوزير الطاقة سامي الدخيل.",
        "«سنعلن النتائج النهائية خلال أيام قليلة»، على حد قول رئيس اللجنة هشام العمري.",
    ]
    assert [q.speaker for q in quotes_of(paragraphs, "ar")] == ["سامي الدخيل", "هشام العمري"]


def test_the_paper_told_is_no_part_of_the_speaker() -> None:
    paragraphs = [
        "افتتح مدير مركز الأبحاث الدكتور سامي العنزي المختبر الجديد أمس.",
        "وأوضح مدير مركز الأبحاث لـ«عكاظ» أن «المختبر سيخدم الباحثين من مختلف الجامعات».",
    ]
    assert [q.speaker for q in quotes_of(paragraphs, "ar")] == ["سامي العنزي"]


def test_a_role_read_across_a_verbs_complement_starts_after_it() -> None:
    people = _people(["وأشاد الجمهور بأداء الحارس الإسباني دافيد روميرو في المباراة."])
    assert people.get("دافيد روميرو") == "الحارس الإسباني"


def test_a_feminine_object_after_a_foreign_name_ends_it() -> None:
    people = _people(["وأكد فرانشيسكو روسيني أهمية الحوار بين الطرفين."])
    assert "فرانشيسكو روسيني" in people
    assert not any("أهمية" in name for name in people)


def test_a_label_and_a_colon_before_a_quote_name_its_speaker() -> None:
    paragraphs = [
        "وزير النقل صالح الجاسر: «المشروع سيخدم ملايين الركاب سنويا»",
        "أكد وزير النقل صالح الجاسر أن القطار سيعمل قريبا.",
        "الجاسر: «نحن على الموعد المحدد ولن يتأخر التشغيل»",
        "وجاء في البيان: «نرفض هذه الاتهامات جملة وتفصيلا».",
    ]
    quotes = quotes_of(paragraphs, "ar")
    assert [q.speaker for q in quotes[:2]] == ["صالح الجاسر", "صالح الجاسر"]
    assert all(q.speaker != "وجاء في البيان" for q in quotes)
