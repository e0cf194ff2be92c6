"""Arabic figures of unseen Arabic news pages (round 44: election, court, weather and sport pages from many
countries), each shape written again with made-up words, places and numbers, each with a near miss the rule must
not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.facts_helpers import nth_counts as _counts


def _values(paragraph: str) -> list[float]:
    return [f.value for f in facts_of([paragraph], "ar") if f.kind == "figure" and f.value is not None]


# A day number of a month named only by its adjective, with "الشهر" written: a date, no count


def test_ar_day_of_next_month_is_a_date() -> None:
    assert 9.0 not in _values("وتغلق بوابة التقديم للمنح يوم 9 من الشهر المقبل.")


def test_ar_day_of_last_month_is_a_date() -> None:
    assert 27.0 not in _values("وكانت لجنة المراعي قد عقدت اجتماعها في 27 من الشهر الماضي.")


def test_ar_day_word_then_in_this_month_is_a_date() -> None:
    assert 14.0 not in _values("وأرجأت البلدية النظر في عروض الصيانة إلى يوم 14 في الشهر الجاري.")


def test_ar_count_then_in_last_month_stays_a_count() -> None:
    # (no "يوم" before it: "in the month" tells when the counted thing happened)
    assert 14.0 in _values("وسجلت عيادات الواحة 14 في الشهر الماضي بعد أن كانت لا تسجل شيئا.")


def test_ar_count_with_its_noun_before_this_month_stays_a_count() -> None:
    assert 18.0 in _values("ووصل 18 مزارعا إلى السوق في الشهر الجاري.")


# "-تي" before a negation particle: "my" glued to a feminine noun, not a dual in construct


def test_ar_my_before_negation_is_no_dual() -> None:
    assert 2.0 not in _values('وقال الطاهي: "طوال رحلتي لم أتذوق طبقا بهذه الملوحة".')


def test_ar_my_before_future_negation_is_no_dual() -> None:
    assert 2.0 not in _values('وأضافت المديرة: "شركتي لن تبيع أسهمها هذا الشتاء".')


def test_ar_dual_in_construct_before_its_complement_stays_two() -> None:
    assert 2.0 in _values("وأعلنت الوزارة تسجيل حالتي تسمم في مدرسة القرية.")


# A count set in brackets before "من" and a definite whole (a demonstrative may stand between): the whole is counted


def test_ar_bracketed_count_of_a_demonstrated_whole() -> None:
    paragraph = "وأعلن المجلس أنه سيوزع (640) من هذه المظلات على حدائق المدينة."
    assert "المظلات" in (_counts(paragraph, 640, "ar") or "")


def test_ar_bracketed_count_of_a_definite_whole() -> None:
    paragraph = "وقال المنظمون إنهم سلموا (85) من الدراجات للمتطوعين."
    assert "الدراجات" in (_counts(paragraph, 85, "ar") or "")


def test_ar_bracketed_count_before_an_indefinite_place_keeps_no_whole() -> None:
    # ("من" before an indefinite word is "from", no whole the bracket is a part of)
    paragraph = "وصل (85) من قرى الجبل إلى الساحة."
    assert "الدراجات" not in (_counts(paragraph, 85, "ar") or "")
    assert (_counts(paragraph, 85, "ar") or "") != "الساحة"


# A definite dual of time before "past/next" is a span, whatever preposition comes before it


def test_ar_definite_two_days_past_after_in_is_a_figure() -> None:
    assert 2.0 in _values("وارتفعت أجور النقل في اليومين السابقين في أسواق الميناء.")


def test_ar_definite_two_weeks_next_is_a_figure() -> None:
    assert 2.0 in _values("وتتوقع الهيئة هطول البرد على المرتفعات في الأسبوعين المقبلين.")


def test_ar_definite_dual_of_people_before_former_stays_anaphora() -> None:
    assert 2.0 not in _values("واستقبل المحافظ الوزيرين السابقين في مكتبه.")


def test_ar_definite_two_days_alone_stays_anaphora() -> None:
    assert 2.0 not in _values("وعاد الصيادون إلى المرفأ في اليومين ذاتهما.")


# "one" after a definite noun that opens a quotation: a predicate ("the answer is one"), no count


def test_ar_one_after_a_quoted_definite_noun_is_a_predicate() -> None:
    assert 1.0 not in _values("وقال المزارع: «الطريق واحد وهو الري بالتنقيط».")


def test_ar_one_after_a_quoted_indefinite_noun_stays_a_count() -> None:
    assert 1.0 in _values("وقال الحارس: «زورق واحد عبر البحيرة ليلا».")


# A definite plural, then the article glued to the number: a count of that plural; a singular before it, an ordinal


def test_ar_plural_then_glued_article_counts_the_plural() -> None:
    paragraph = "وكرمت البلدية المتطوعين الـ35 في حفل أقيم بالحديقة."
    assert "المتطوعين" in (_counts(paragraph, 35, "ar") or "")


def test_ar_broken_plural_then_article_counts_whatever_follows() -> None:
    paragraph = "وأكد المهندس أن هذه المخازن الـ 140 مغلقة منذ الخريف."
    assert "المخازن" in (_counts(paragraph, 140, "ar") or "")


def test_ar_singular_then_glued_article_stays_an_ordinal() -> None:
    assert 35.0 not in _values("وافتتح المحافظ المعرض الـ35 للكتاب في القاعة الكبرى.")
