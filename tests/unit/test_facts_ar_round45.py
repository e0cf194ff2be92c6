"""Arabic figures and people of Gulf local news (round 45: police, municipal, licensing and health copy from the UAE,
Kuwait, Qatar, Bahrain and Oman), each shape written again with made-up places, names and numbers, each with a near
miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, local_roles


def _figures(paragraph: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(f.value, f.unit, f.counts) for f in facts_of([paragraph], "ar") if f.kind == "figure"]


def _values(paragraph: str) -> list[float | None]:
    return [value for value, _, _ in _figures(paragraph)]


# A number set between brackets or slashes before its unit ("(48) كيلوغراماً", Omani "/37/ كيلومترا"): the unit after
# the closing mark is still the number's; the spelling of the kilogram with ج (كيلوجرام) is the kilogram too.


def test_ar_bracketed_number_keeps_its_weight_and_what_it_weighs() -> None:
    figures = _figures("وصادرت الجمارك (48) كيلوجراماً من الحبوب المهربة في المنفذ الشمالي.")
    assert [(v, u) for v, u, _ in figures] == [(48.0, "kilograms")]
    assert "الحبوب" in (figures[0][2] or "")


def test_ar_number_between_slashes_keeps_its_length() -> None:
    figures = _figures("وأكمل المقاول تمهيد المسارات الزراعية بطول /37/ كيلومترا في القرى الجبلية.")
    assert [(v, u) for v, u, _ in figures] == [(37.0, "kilometres")]
    assert "/" not in (figures[0][2] or "")


def test_ar_kilogram_spelled_with_jim_is_a_weight() -> None:
    assert [(v, u) for v, u, _ in _figures("وأتلف المفتشون 75 كيلوجرام من اللحوم الفاسدة.")] == [(75.0, "kilograms")]


def test_ar_bracketed_count_with_no_unit_stays_a_count() -> None:
    figures = _figures("وتسلم النادي (12) جهازا رياضيا من المورد.")
    assert [(v, u) for v, u, _ in figures] == [(12.0, None)]
    assert "جهاز" in (figures[0][2] or "")


# A road, a street or a housing block named by its number (Gulf addressing): no quantity. A road measured by a unit,
# or a complex counted by the noun after the number, is one.


def test_ar_numbered_roads_and_blocks_are_no_figures() -> None:
    assert _values("وشملت الأعمال تبليط الطريق 3417 وتوسعة شارع 58 بمجمع 904 في القرية الساحلية.") == []


def test_ar_range_of_numbered_blocks_is_no_figure() -> None:
    assert _values("ويخدم المستوصف الجديد المجمعات 311 إلى 318 في الضاحية.") == []


def test_ar_road_measured_by_a_unit_is_a_figure() -> None:
    assert [(v, u) for v, u, _ in _figures("وشق المقاول طريق 14 كيلومترا نحو الوادي.")] == [(14.0, "kilometres")]


def test_ar_complex_counting_its_units_is_a_figure() -> None:
    assert _values("ويضم المجمع 260 وحدة سكنية للأسر الشابة.") == [260.0]


# A definite plural of time, a definite number as its adjective, then "past/first/next" ("خلال السنوات العشر
# الماضية"): how long, as "العشر سنين الماضية" is. A definite number after people told of is anaphora.


def test_ar_definite_years_then_number_then_past_is_a_span() -> None:
    assert [(v, u) for v, u, _ in _figures("وتضاعف عدد المسافرين خلال السنوات الخمس الماضية.")] == [(5.0, "years")]


def test_ar_definite_weeks_then_number_then_first_is_a_span() -> None:
    figures = _figures("وسجلت الهيئة 900 بلاغ في الأسابيع الثلاثة الأولى من الحملة.")
    assert (3.0, "weeks") in [(v, u) for v, u, _ in figures] and 900.0 in [v for v, _, _ in figures]


def test_ar_definite_number_after_people_is_anaphora() -> None:
    assert _values("ونقل المسعفون الجرحى الثلاثة إلى المستشفى الميداني.") == []


# "X Y Z، القائد العام لشرطة ...": a police or army commander in chief named in apposition after his name, with or
# without his rank before it.


def test_ar_commander_in_chief_after_a_ranked_name() -> None:
    roles = local_roles("وقال اللواء سعيد ناصر الحربي، القائد العام لشرطة الواحة، إن الدوريات زادت.", "ar")
    assert any("الحربي" in name and "القائد العام" in (role or "") for name, role in roles.items())


def test_ar_commander_in_chief_after_a_bare_name() -> None:
    roles = local_roles("وأكد حمدان راشد الكتبي، القائد العام لشرطة المرفأ، أن الخطة نجحت.", "ar")
    assert any("الكتبي" in name and "القائد العام" in (role or "") for name, role in roles.items())


def test_ar_commander_in_chief_after_a_body_is_no_person() -> None:
    roles = local_roles("واستقبلت البلدية وفد الجمعية الأهلية، القائد العام للمسيرة، في مقرها.", "ar")
    assert roles == {}
