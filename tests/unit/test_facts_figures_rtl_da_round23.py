"""What figures count in Arabic, Danish and Hebrew budget, statistics, court and health pages (round 23), each class
written again with made-up bodies, places and numbers.

Arabic: a time adjunct anywhere between a subject and its figure ("وصلت الإيرادات خلال الشهور الخمسة الأولى من عام
2025 إلى") hid the subject, and a time after a sum ("للعام الماضي", "عام 2024") was read as what it counts; a verb of
reaching with إلى ("وصلت", "سيصل") was no verb of the subject; "what its value is" ("ما قيمته", "ما نسبته") counted the
pronoun word; a participle describing the valued noun ("بعجز متوقع قيمته") hid the noun; "as a share of" ("كنسبة من")
was a noun after the figure. Danish: a main clause opened by anything that is not its subject puts the subject after
the auxiliary and before the participle ("Set over året er omsætningen steget med"); "og" inside the subject's
complement ("Priserne på el og gas steg med") cut the subject; "hhv." (respectively) was a word of the subject; an
indefinite noun and "til" before a sum is what costs it ("en akutplan til to milliarder kroner"); "81mio. kr." was 81.
Hebrew: a feminine adjective in -ית after the noun of "X של N" ("העברה תקציבית של"). Arabic, Hebrew and Danish: a share
in brackets after the noun phrase it is of ("ירקות טריים (8%)").
"""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _counts(paragraph: str, value: float, language: str) -> str | None:
    figures = [f for f in facts_of([paragraph], language) if f.kind == "figure"]
    return next((f.counts for f in figures if f.value is not None and abs(f.value - value) < 1e-6), None)


def _values(paragraph: str, language: str) -> list[float | None]:
    return [f.value for f in facts_of([paragraph], language) if f.kind == "figure"]


# Arabic: time adjuncts


@pytest.mark.parametrize(
    ("paragraph", "value", "subject"),
    [
        ("وصلت صادرات شركة النخيل خلال الأشهر الستة الأولى من عام 2025 إلى 2.4 مليار دينار.", 2.4e9, "صادرات"),
        ("ووصلت إيرادات البلدية في نهاية عام 2024 الى 310 ملايين دينار.", 310e6, "إيرادات"),
        ("فقد بلغ إجمالي إنفاق وزارة النقل على الطرق الريفية خلال الربع الأول من العام الحالي حوالي 95 مليون دينار.",
         95e6, "إجمالي إنفاق"),
    ],
)
def test_a_time_adjunct_inside_the_clause_does_not_hide_the_subject(paragraph: str, value: float, subject: str) -> None:
    counts = _counts(paragraph, value, "ar")
    assert counts and subject in counts and "عام" not in counts


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("وتتوقع الحكومة عجزا أقل، مقارنة مع عجز بـ2.3 مليار دينار للعام الماضي.", 2.3e9, "عجز"),
        ("وسجلت الشركة أرباحا بـ41 مليون دينار للعام السابق.", 41e6, "أرباح"),
    ],
)
def test_a_period_after_a_sum_is_when_not_what(paragraph: str, value: float, noun: str) -> None:
    counts = _counts(paragraph, value, "ar")
    assert counts and noun in counts and "للعام" not in counts


def test_a_year_after_a_compared_sum_is_no_noun_of_it() -> None:
    counts = _counts("وقدرت النفقات بـ7.2 مليار دينار، مقارنة مع 6.9 مليار دينار عام 2024.", 6.9e9, "ar")
    assert "عام" not in (counts or "")


def test_one_after_its_period_still_counts_the_period() -> None:  # near miss: the period is the counted noun
    counts = _counts("وأغلقت السلطات المعبر خلال أسبوع واحد مرتين.", 1.0, "ar")
    assert counts and "أسبوع" in counts


def test_a_noun_after_lam_is_still_counted() -> None:  # near miss: "ل" before a noun that is no period
    counts = _counts("ووزعت الجمعية 200 سلة غذائية للعائلات.", 200.0, "ar")
    assert counts and "سلة" in counts


# Arabic: what its value is


def test_a_participle_before_the_word_of_value_describes_the_noun_before_it() -> None:
    counts = _counts("وتتوقع الموازنة نموا بطيئا، وبعجز متوقع قيمته 640 مليون دينار.", 640e6, "ar")
    assert counts and "عجز" in counts


def test_what_its_value_is_is_no_noun_of_the_figure() -> None:
    paragraph = "وبلغ إنفاق البلديات 3.4 مليار دينار مقابل ما قيمته 3.1 مليار دينار في العام السابق."
    assert _counts(paragraph, 3.1e9, "ar") != "قيمته"
    paragraph = "ووصلت الإيرادات إلى 2 مليار دينار، لتبلغ تغطيتها من النفقات ما نسبته 81.5 بالمئة."
    assert _counts(paragraph, 81.5, "ar") != "نسبته"


def test_as_a_share_of_is_no_noun_after_the_figure() -> None:
    counts = _counts("ويتوقع أن يسجل الميزان التجاري عجزا نسبته 4.2% كنسبة من الناتج المحلي.", 4.2, "ar")
    assert counts and "عجز" in counts and "كنسبة" not in counts


def test_a_future_verb_of_reaching_ends_the_subject() -> None:
    counts = _counts("وأوضح التقرير أن الطلب على الكهرباء سيصل إلى حوالي 4.5% في عام 2026.", 4.5, "ar")
    assert counts and "الطلب" in counts and "سيصل" not in counts


# Danish


@pytest.mark.parametrize(
    ("paragraph", "value", "subject"),
    [
        ("Set over hele året er omsætningen steget med 4,1 pct.", 4.1, "omsætningen"),
        ("Målt i kroner er eksporten til Norge faldet med 2,3 pct.", 2.3, "eksporten"),
        ("Samlet er budgetterne på ældreområdet øget med i alt 12,5 mio. kr.", 12.5e6, "budgetterne"),
    ],
)
def test_the_subject_after_the_auxiliary_before_the_participle(paragraph: str, value: float, subject: str) -> None:
    counts = _counts(paragraph, value, "da")
    assert counts and subject in counts


def test_a_subject_opening_the_clause_keeps_its_place() -> None:  # near miss: no inversion
    assert _counts("Prisen er nu steget med 5 pct.", 5.0, "da") == "Prisen"


@pytest.mark.parametrize(
    ("paragraph", "values", "subject"),
    [
        ("Ledigheden for mænd og kvinder steg til hhv. 3,1 og 2,6 pct.", (3.1, 2.6), "Ledigheden"),
        ("Priserne på el og vand steg med henholdsvis 14 og 6 pct. i maj.", (14.0, 6.0), "Priserne"),
        ("For begge grupper steg ledigheden til hhv. 3,1 og 2,6 pct.", (3.1, 2.6), "ledigheden"),
    ],
)
def test_respectively_and_a_list_inside_the_subject(paragraph: str, values: tuple[float, float], subject: str) -> None:
    for value in values:
        counts = _counts(paragraph, value, "da")
        assert counts and subject in counts and "hhv" not in counts and "begge" not in counts


def test_og_joining_two_clauses_still_ends_the_first() -> None:  # near miss
    assert _counts("Salget faldt, og eksporten steg med 3 pct.", 3.0, "da") == "eksporten"


@pytest.mark.parametrize(
    ("paragraph", "value", "noun"),
    [
        ("Regionen indgik en aftale om en akutplan til to milliarder kroner.", 2e9, "akutplan"),
        ("Kommunen har købt en ny brandbil til 3,5 mio. kr.", 3.5e6, "brandbil"),
    ],
)
def test_an_indefinite_noun_and_til_before_a_sum_is_what_costs_it(paragraph: str, value: float, noun: str) -> None:
    assert _counts(paragraph, value, "da") == noun


def test_til_after_a_verb_is_the_level_reached() -> None:  # near miss
    assert _counts("Udgifterne steg til 40 mio. kr.", 40e6, "da") == "Udgifterne"


def test_a_danish_scale_written_against_the_digits() -> None:
    values = _values("Kataloget rummer besparelser på 43 mio. kr. i 2026 og 81mio. kr. i 2027.", "da")
    assert 81e6 in values and 81.0 not in values


# Hebrew


def test_a_feminine_adjective_after_the_noun_of_shel() -> None:
    counts = _counts("הוועדה אישרה העברה תקציבית של 12 מיליון שקלים לעירייה.", 12e6, "he")
    assert counts and "העברה" in counts


@pytest.mark.parametrize(
    ("paragraph", "language", "pairs"),
    [
        ("עליות נרשמו בסעיפים הבאים: ירקות טריים (8%), תחבורה (1.2%).", "he", [(8.0, "ירקות"), (1.2, "תחבורה")]),
        ("מנגד, הבננות (11.5%-) והתפוחים (3%-) רשמו ירידות.", "he", [(11.5, "הבננות"), (3.0, "התפוחים")]),
        ("Stigningen var størst for maskiner (4,5 pct.) og møbler (2,1 pct.).", "da", [(4.5, "maskiner"), (2.1, "møbler")]),
    ],
)
def test_a_share_in_brackets_after_its_noun(paragraph: str, language: str, pairs: list[tuple[float, str]]) -> None:
    for value, noun in pairs:
        counts = _counts(paragraph, value, language)
        assert counts and noun in counts


def test_gross_after_a_definite_noun_is_no_measure() -> None:
    counts = _counts("وأوضح التقرير أن النمو في الناتج المحلي الإجمالي سيصل إلى حوالي 3.7% في عام 2026.", 3.7, "ar")
    assert counts and "النمو" in counts


def test_total_opening_the_subject_is_still_a_measure() -> None:  # near miss
    assert _counts("وبلغ إجمالي الإيرادات 5 مليارات دينار.", 5e9, "ar") == "إجمالي الإيرادات"


# Danish, from the round-21 dev texts (written again with made-up bodies and numbers)


def test_a_weak_adjective_after_the_article_takes_its_noun_though_it_spells_a_verb() -> None:
    counts = _counts("Det samlede beløb på 12,6 mio. EUR skal hjælpe 3 100 fiskere i regionen.", 12.6e6, "da")
    assert counts and "beløb" in counts


def test_respectively_pairs_each_figure_with_its_member() -> None:
    figures = [f for f in facts_of(["Ledigheden for mænd og kvinder steg til hhv. 3,1 og 2,6 pct."], "da")]
    assert [f.counts for f in figures if f.kind == "figure"] == ["Ledigheden (mænd)", "Ledigheden (kvinder)"]


def test_a_sum_opening_the_sentence_after_med_pays_for_the_clause_after_it() -> None:
    counts = _counts("Med 6,4 mio. EUR vil 1 900 tidligere ansatte hos Vestkyst Rederi få hjælp.", 6.4e6, "da")
    assert counts and "Vestkyst Rederi" in counts and "1 900" not in counts


def test_med_with_a_noun_after_the_sum_keeps_the_noun() -> None:  # near miss
    assert _counts("Med 40 mio. kr. i overskud er selskabet tilfreds.", 40e6, "da") == "overskud"


def test_a_part_in_brackets_keeps_its_own_place() -> None:
    figures = facts_of(["Planen hjælper 2 150 tidligere ansatte hos Vestkyst Rederi (900 i Norge og 1 250 i Polen)."], "da")
    counts = {f.value: f.counts for f in figures if f.kind == "figure"}
    assert counts[900.0] and "Norge" in counts[900.0] and "ansatte" in counts[900.0]
    assert counts[1250.0] and "Polen" in counts[1250.0]


def test_a_sum_inside_a_definite_noun_phrase() -> None:
    counts = _counts("Fordelingen af de samlede 12,6 mio. EUR følger her:", 12.6e6, "da")
    assert counts and "samlede" in counts


# Hebrew election and statistics pages


def test_a_relative_clause_after_a_comma_measures_its_antecedent() -> None:
    counts = _counts("הפתעה אחת הייתה העלייה בשיעור ההשתתפות, שעמד בסקר הזה על 58.4%.", 58.4, "he")
    assert counts and "שיעור ההשתתפות" in counts


def test_an_adverb_of_degree_after_the_adjective_of_shel() -> None:
    counts = _counts("נרשמה ירידה חדה מאוד של 4.2% במכירות.", 4.2, "he")
    assert counts and "ירידה" in counts


def test_of_which_counts_the_whole_named_before() -> None:
    counts = _counts("התושבים יצביעו ב-2,140 קלפיות, שמהן 615 יהיו נגישות.", 615.0, "he")
    assert counts == "קלפיות"


def test_a_pronoun_alone_is_no_counted_noun() -> None:
    assert _counts("המחיר היה גבוה יותר בשנה שעברה (אז הוא עמד על 41.5%).", 41.5, "he") != "הוא"


def test_a_part_with_its_own_noun_keeps_it() -> None:  # near miss
    counts = _counts("הוועדה קיבלה 610 פניות על עיכובים, מתוכן 215 פניות על תשלומים.", 215.0, "he")
    assert counts and "פניות" in counts


def test_a_share_in_brackets_after_the_lead_of_a_step_keeps_the_subject() -> None:  # near miss
    counts = _counts("وعزا المكتب الزيادة إلى ارتفاع أسعار مجموعة الألبان بنسبة (6.4%).", 6.4, "ar")
    assert counts and "مجموعة الألبان" in counts
