"""Arabic figures and quotes on Gulf, Egyptian, Jordanian and Levantine news (round 37, second pass: seizure
round-ups, daily case counts, officials' statements), each class written again with made-up goods, places and
numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, headlined_facts
from tests.unit.facts_helpers import nth_counts as _counts

# A weight in the construct weighs the noun right after it ("3 طن حشيش"), as "3 أطنان من الحشيش" does


def test_ar_tons_in_construct_count_the_noun_after() -> None:
    paragraph = "وضبطت دوريات الجمارك 6 طن قنب في مرفأ الجنوب."
    assert "قنب" in (_counts(paragraph, 6, "ar") or "")


def test_ar_kilos_and_grams_in_construct_count_their_own_nouns() -> None:
    paragraph = "وعثر المحققون على 9 كيلو أفيون و300 غرام كوكايين داخل مستودع."
    assert "أفيون" in (_counts(paragraph, 9, "ar") or "")
    assert "كوكايين" in (_counts(paragraph, 300, "ar") or "")


def test_ar_weight_then_an_adverb_is_no_noun_it_weighs() -> None:
    paragraph = "وينتج المصنع الجديد 40 طن يوميا من الأعلاف."
    assert "يوميا" not in (_counts(paragraph, 40, "ar") or "")


def test_ar_weight_then_a_glued_value_is_no_noun_it_weighs() -> None:
    paragraph = "وصادرت الشرطة 8 طن بقيمة مليوني دينار."
    assert "بقيمة" not in (_counts(paragraph, 8, "ar") or "")


def test_ar_metric_ton_is_the_unit_not_the_noun() -> None:
    paragraph = "وصدرت البلاد 2 مليون طن متري من الشعير."
    assert "متري" not in (_counts(paragraph, 2e6, "ar") or "")


# A part after "منها" or "من بينهم" with no noun of its own counts the whole's noun farther back in the sentence


def test_ar_part_after_of_which_past_other_words_counts_the_whole() -> None:
    paragraph = "وسجلت الوزارة 27 إصابة جديدة بالحصبة في الشمال منها ثلاث محلية."
    assert "إصابة" in (_counts(paragraph, 3, "ar") or "")


def test_ar_part_among_them_past_a_span_counts_the_whole_with_its_place() -> None:
    paragraph = "وغادر 84 مريضا خلال الـ48 ساعة الماضية، من بينهم 9 في قسم الحروق."
    counts = _counts(paragraph, 9, "ar") or ""
    assert "مريضا" in counts and "الحروق" in counts


def test_ar_part_of_them_glued_to_and_counts_the_whole() -> None:
    paragraph = "ونقل 84 مريضا إلى مستشفيات الجنوب، ومنهم 9 في حالة حرجة."
    assert "مريضا" in (_counts(paragraph, 9, "ar") or "")


def test_ar_part_with_a_noun_of_its_own_keeps_it() -> None:
    paragraph = "وسجلت الوزارة 27 إصابة جديدة بالحصبة في الشمال منها 5 وفيات."
    assert "وفيات" in (_counts(paragraph, 5, "ar") or "")
    assert "إصابة" not in (_counts(paragraph, 5, "ar") or "")


# "لما يقارب" (to what is about) is the figure's approximation, no word of what it counts


def test_ar_to_about_is_the_qualifier_not_the_noun() -> None:
    paragraph = "وقال الاتحاد إن صادرات الأثاث وصلت لما يقارب 3 مليارات دينار هذا العام."
    figures = [f for f in facts_of([paragraph], "ar") if f.kind == "figure" and f.value == 3e9]
    assert figures and figures[0].qualifier == "لما يقارب"
    assert "لما" not in (figures[0].counts or "") and "صادرات" in (figures[0].counts or "")


def test_ar_about_without_to_keeps_its_qualifier() -> None:
    paragraph = "وبلغت صادرات الأثاث ما يقارب 3 مليارات دينار هذا العام."
    figures = [f for f in facts_of([paragraph], "ar") if f.kind == "figure" and f.value == 3e9]
    assert figures and figures[0].qualifier == "ما يقارب"


# "سيارة نصف نقل" is a class of lorry in Egyptian road reports, no half of anything


def test_ar_half_lorry_is_no_figure() -> None:
    paragraph = "واصطدمت حافلة صغيرة بسيارة نصف نقل، ما أدى إلى إصابة 4 أشخاص."
    values = [f.value for f in facts_of([paragraph], "ar") if f.kind == "figure"]
    assert 0.5 not in values and 4 in values


def test_ar_half_of_a_population_stays_a_figure() -> None:
    paragraph = "وقال المجلس إن نصف سكان البلدة نقلوا إلى مراكز الإيواء."
    values = [f.value for f in facts_of([paragraph], "ar") if f.kind == "figure"]
    assert 0.5 in values


# A headline's subject closed by a place before a verb of exceeding: the figure counts the subject, not the place


def test_ar_subject_with_a_place_before_exceeding_a_bare_number() -> None:
    paragraph = "إصابات الحصبة في عدن تتجاوز 800"
    counts = _counts(paragraph, 800, "ar") or ""
    assert "إصابات" in counts and "عدن" not in counts


def test_ar_exceeding_without_a_place_keeps_its_reading() -> None:
    paragraph = "إصابات الحصبة تتجاوز 800"
    assert "إصابات" in (_counts(paragraph, 800, "ar") or "")


def test_ar_subject_with_a_place_before_a_verb_of_change_counts_the_subject() -> None:
    paragraph = "مبيعات الدراجات في البحرين ترتفع 14%"
    counts = _counts(paragraph, 14, "ar") or ""
    assert "مبيعات" in counts and "البحرين" not in counts


def test_ar_verb_of_change_after_that_and_an_adjunct_keeps_the_subject() -> None:
    paragraph = "وقالت الشركة إن إيراداتها قبل الضرائب تراجعت 14%."
    assert "إيراداتها" in (_counts(paragraph, 14, "ar") or "")


# "حيث زادت بنسبة N" with no subject of its own: the pronoun stands for the subject of the clause before


def test_ar_where_clause_change_without_a_comma_counts_the_main_subject() -> None:
    paragraph = "وقال إن الصادرات الدوائية إلى الأسواق الأفريقية شهدت نموا كبيرا هذا العام حيث زادت بنسبة 7%."
    assert (_counts(paragraph, 7, "ar") or "").startswith("الصادرات الدوائية")


def test_ar_where_clause_change_after_a_verb_first_clause_counts_its_subject() -> None:
    paragraph = "وشهدت الصادرات الدوائية نموا كبيرا حيث زادت بنسبة 7%."
    assert _counts(paragraph, 7, "ar") == "الصادرات الدوائية"


def test_ar_where_clause_change_with_its_own_subject_keeps_it() -> None:
    paragraph = "وشهدت الصادرات الدوائية نموا كبيرا حيث زادت صادرات اللقاحات بنسبة 7%."
    assert "اللقاحات" in (_counts(paragraph, 7, "ar") or "")


# ", مسجلة ارتفاعا بنسبة N": the participle's change is the change of its clause's subject


def test_ar_recording_participle_change_counts_the_clause_subject() -> None:
    paragraph = "وقال الاتحاد إن الصادرات الزراعية بلغت 1,6 مليار دينار حتى نهاية آذار، مسجلةً ارتفاعاً بنسبة 9%."
    counts = _counts(paragraph, 9, "ar") or ""
    assert "ارتفاع" in counts and "الصادرات الزراعية" in counts


def test_ar_recording_participle_after_a_level_closed_counts_its_subject() -> None:
    paragraph = "وأغلق المؤشر العام عند 7200 نقطة، مسجلا تراجعا بنسبة 9%."
    assert "المؤشر" in (_counts(paragraph, 9, "ar") or "")


def test_ar_share_after_a_comma_without_a_participle_is_not_read_as_recorded() -> None:
    paragraph = "وبلغت الصادرات الزراعية 1,6 مليار دينار، وارتفعت أسعار القمح بنسبة 9%."
    assert "الصادرات الزراعية" not in (_counts(paragraph, 9, "ar") or "")


# "ونقل موقع X عن المصدر القول إن «...»": "the saying" closes the source's name, as "قوله" does


def _quote_speakers(title: str, paragraphs: list[str]) -> list[str | None]:
    return [f.speaker for f in headlined_facts(title, paragraphs, "ar") if f.kind == "quote"]


def test_ar_relayed_source_before_the_saying_speaks_without_it() -> None:
    paragraph = 'ونقلت إذاعة "صوت الشمال" عن الضابط القول إن "الدوريات أوقفت 40 مطلوبا خلال عملية ليلية".'
    assert _quote_speakers("توقيف مطلوبين", [paragraph]) == ["الضابط"]


def test_ar_relayed_source_before_his_saying_still_speaks() -> None:
    paragraph = 'ونقلت إذاعة "صوت الشمال" عن الضابط قوله إن "الدوريات أوقفت 40 مطلوبا خلال عملية ليلية".'
    assert _quote_speakers("توقيف مطلوبين", [paragraph]) == ["الضابط"]


# "المتحدث باسم قيادة عمليات X": a military command is no person, though its city recurs in the headline


def test_ar_spokesman_of_a_command_names_no_person() -> None:
    paragraph = "قال المتحدث باسم قيادة عمليات الرمادي، الأربعاء، إن القوات اعتقلت 12 مطلوبا."
    people = [f.text for f in headlined_facts("اعتقال 12 مطلوبا في الرمادي", [paragraph], "ar") if f.kind == "person"]
    assert not any("قيادة" in p for p in people)


def test_ar_spokesman_of_a_command_named_after_keeps_the_person() -> None:
    paragraph = "قال المتحدث باسم قيادة عمليات الرمادي العميد سامر الحديثي إن القوات اعتقلت 12 مطلوبا."
    people = [f.text for f in headlined_facts("اعتقال 12 مطلوبا في الرمادي", [paragraph], "ar") if f.kind == "person"]
    assert any("الحديثي" in p for p in people)


# An issuer's adjective with its final ya written without dots ("جنيه مصرى", Egyptian copy) is the currency's


def test_ar_issuer_with_dotless_final_ya_is_the_currency_not_the_noun() -> None:
    paragraph = "وبلغ صافى أرباح المصنع 320 مليون درهم مغربى خلال العام."
    figures = [f for f in facts_of([paragraph], "ar") if f.kind == "figure" and f.value == 320e6]
    assert figures and figures[0].unit == "MAD" and "مغربى" not in (figures[0].counts or "")


def test_ar_dotless_ya_preposition_after_a_currency_is_no_issuer() -> None:
    paragraph = "وارتفعت أرباح المصنع من 320 مليون جنيه إلى 410 ملايين جنيه."
    figures = [f for f in facts_of([paragraph], "ar") if f.kind == "figure" and f.value == 320e6]
    assert figures and figures[0].unit == "EGP"
    assert "إلى" not in (_counts("وارتفعت أرباح المصنع من 320 مليون جنيه إلى 410 ملايين جنيه.", 320e6, "ar") or "")
