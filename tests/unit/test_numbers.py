"""Numbers in any script and language convention: reading, qualifiers, ranges, spelled-out, writing."""

from __future__ import annotations

import pytest

from briefing_app.core.numbers import find_numbers, format_number, parse_number, readings, render_figure


@pytest.mark.parametrize(
    ("token", "language", "value"),
    [
        ("1,300", "en", 1300), ("1.5", "en", 1.5), ("1.300", "da", 1300), ("1,5", "da", 1.5), ("1 300", "da", 1300),
        ("800.000", "da", 800000), ("٣٬٤٠٠", "ar", 3400), ("٤٫٥", "ar", 4.5), ("۱۲۳", "fa", 123),
        ("18,450", "he", 18450), ("14,2", "da", 14.2),
    ],
)  # fmt: skip
def test_parse_number(token: str, language: str, value: float) -> None:
    assert parse_number(token, language) == value


def test_readings_offer_the_other_convention_second() -> None:
    assert readings("1,300", "da") == [1.3, 1300]
    assert readings("1,300", "en")[0] == 1300


def first(text: str, language: str) -> tuple[str, float, float | None, str | None]:
    n = find_numbers(text, language)[0]
    return n.text, n.value, n.value_max, n.qualifier


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("with more than 200 people dead", "en", ("200", 200, None, "more than")),
        ("At least 200 Palestinians", "en", ("200", 200, None, "At least")),
        ("for two or a three days", "en", ("two or a three", 2, 3, None)),
        ("Eight foreign ministers", "en", ("Eight", 8, None, None)),
        ("15 kilometers (nine miles)", "en", ("15", 15, None, None)),
        ("14.2 billion dollars", "en", ("14.2 billion", 14.2e9, None, None)),
        ("opgjort til 14,2 milliarder kroner", "da", ("14,2 milliarder", 14.2e9, None, None)),
        ("omkring 1.300 arbejdspladser", "da", ("1.300", 1300, None, "omkring")),
        ("إجلاء أكثر من ٣٬٤٠٠ شخص", "ar", ("٣٬٤٠٠", 3400, None, "أكثر من")),
        ("فيما لقي ستة أشخاص حتفهم", "ar", ("ستة", 6, None, None)),
        ("على مدى يومين", "ar", ("يومين", 2, None, None)),
        ("הביקוש עבר בכ-600 מגה-ואט", "he", ("600", 600, None, "כ-")),
        ("ירידה של 6 עד 8 מעלות", "he", ("6 עד 8", 6, 8, None)),
        ("שלושה מהנפגעים", "he", ("שלושה", 3, None, None)),
    ],
)
def test_find_numbers(text: str, language: str, expected: tuple[str, float, float | None, str | None]) -> None:
    assert first(text, language) == expected


def test_years_times_and_beersheba() -> None:
    assert [n.kind for n in find_numbers("in 2028 at 10:00", "en")] == ["year", "time"]
    assert find_numbers("פועל בניין בן 52 מבאר שבע", "he")[0].value == 52
    assert len(find_numbers("פועל בניין בן 52 מבאר שבע", "he")) == 1


def test_writing_numbers_per_language() -> None:
    assert format_number(1300, "en") == "1,300"
    assert format_number(1300, "da") == "1.300"
    assert format_number(1.5, "da") == "1,5"
    assert format_number(3400, "ar") == "٣٬٤٠٠"
    assert format_number(4.5, "ar") == "٤٫٥"
    n = find_numbers("14,2 milliarder kroner", "da")[0]
    assert render_figure(n, "en") == "14.2 billion" and render_figure(n, "ar") == "١٤٫٢ مليار"


@pytest.mark.parametrize(
    ("text", "language", "value", "currency"),
    [
        ("Insurers face $10bn in claims", "en", 10e9, "USD"), ("a £264m deal", "en", 264e6, "GBP"),
        ("revenue of 5.17bn", "en", 5.17e9, None), ("a 100m euros fund", "en", 100e6, "EUR"),
        ("10k runners", "en", 10e3, None), ("5 mio. kr.", "da", 5e6, "DKK"), ("3,2 mia. kroner", "da", 3.2e9, "DKK"),
        ("400 millioner", "da", 400e6, None), ("5 tusind mennesker", "da", 5000, None),
        ("300 ألف شخص", "ar", 300e3, None), ("3 آلاف", "ar", 3000, None), ("5 ملايين دولار", "ar", 5e6, "USD"),
        ("2 مليار", "ar", 2e9, None), ("300 אלף", "he", 300e3, None), ("3 אלפים", "he", 3000, None),
        ('5 מיליון ש"ח', "he", 5e6, "ILS"), ("2 מיליארד דולר", "he", 2e9, "USD"),
    ],
)  # fmt: skip
def test_scale_suffixes_and_words(text: str, language: str, value: float, currency: str | None) -> None:
    n = find_numbers(text, language)[0]
    assert (n.value, n.currency) == (value, currency)


def test_a_bare_m_is_metres_not_millions() -> None:
    assert [n.value for n in find_numbers("a 100m sprint", "en")] == [100]
    assert find_numbers("300 ألف", "ar")[0].value != find_numbers("30,000", "ar")[0].value


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("costs KSh 3,000 now", 3000, "KES"),
        ("a budget of USD 5 million", 5e6, "USD"),
        ("a fine of Rs. 500", 500, "INR"),
        ("spent N50,000 on it", 50000, "NGN"),
        ("worth R5 billion", 5e9, "ZAR"),
    ],
)
def test_currency_codes_and_letters_before_an_amount(text: str, value: float, currency: str) -> None:
    assert [(n.value, n.currency) for n in find_numbers(text, "en")] == [(value, currency)]


def test_a_letter_before_digits_without_an_amounts_shape_is_no_number() -> None:
    assert find_numbers("N95 masks on the R2 road", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("حفظ 1.457.465 مقطع فيديو", "ar", 1457465),  # several dot groups: one number, not three
        ("ما يزيد عن 200.000 مقطع", "ar", 200000),  # a fraction of three zeros is no decimal
        ("بسعر 3.250 دينار", "ar", 3.25),  # three digits not all 0: a decimal (a dinar has 1,000 fils)
        ("sold 2.400.000 copies", "en", 2400000),
        ("a 0.500 batting average", "en", 0.5),  # a whole part of 0: a decimal
        ("it rose 3.25 percent", "en", 3.25),
        ("interest of 4.125 percent", "en", 4.125),  # three digits not ending in 0: still a decimal
        ("نمو بنسبة 3.5", "ar", 3.5),
    ],
)
def test_dot_grouped_thousands_where_the_dot_is_the_decimal_point(text: str, language: str, value: float) -> None:
    assert find_numbers(text, language)[0].value == value


def test_dot_grouped_thousands_are_marked_as_the_other_style_for_the_fidelity_check() -> None:
    assert find_numbers("ما يزيد عن 200.000 مقطع", "ar")[0].foreign
    assert not find_numbers("sold 2,400,000 copies", "en")[0].foreign


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a crowd where 30 to 50 per cent were students", 30, 50),
        ("sales were up 20-30% on the year", 20, 30),
        ("turnout was 45 to 52%", 45, 52),
    ],
)
def test_a_bare_number_and_a_percentage_after_it_are_one_range(text: str, low: float, high: float) -> None:
    # the sign or "per cent" is said once, after the high end
    found = find_numbers(text, "en")
    assert [(n.value, n.value_max, n.kind) for n in found] == [(low, high, "percent")]


@pytest.mark.parametrize(
    "text",
    ["the share rose from 30 to 50 per cent", "thirty to 50 per cent of them", "won 3 to 1 and took 40% of the vote"],
)
def test_levels_after_from_and_unlike_numbers_stay_apart(text: str) -> None:
    # near misses: "from" gives two levels; a spelled end, or a percentage further on, is no range's other end
    assert len(find_numbers(text, "en")) >= 2
