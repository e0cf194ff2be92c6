"""Number checks, one class of human rendering (no finding) or of mistake (an error) at a time."""

from __future__ import annotations

import pytest

from briefing_app.core.fidelity_numbers import number_checks


def findings(source: str, src: str, translation: str, tgt: str) -> list[tuple[str, str]]:
    return [(c.kind, c.severity) for c in number_checks(source, src, translation, tgt, 0)]


@pytest.mark.parametrize(
    ("source", "src", "translation", "tgt"),
    [
        # one number in the other language's style is that number, not one changed and one added
        ("Prices rose 47.3 percent and rates to 8.25.", "en", "Priserne steg 47.3 procent og renten til 8.25.", "da"),
        # clock times: 12-hour and 24-hour readings are the same time
        ("The vote is at 3 p.m. today.", "en", "Afstemningen er i dag kl. 15.", "da"),
        ("The vote is at 3 p.m. today.", "en", "Afstemningen er i dag kl. 15.00.", "da"),
        ("They met at 15:00.", "en", "التقوا الساعة 3.", "ar"),
        ("He went to sleep at six o'clock.", "en", "هو ذهب للنوم في تمام الساعة السادسة.", "ar"),
        # decades and centuries
        ("It was built in the 1930s.", "en", "Det blev bygget i 30'erne.", "da"),
        ("It was built in the 1930s.", "en", "הוא נבנה בשנות ה-30.", "he"),
        ("It was built in the 1930s.", "en", "بني في ثلاثينيات القرن العشرين.", "ar"),
        ("The 19th century was long.", "en", "كان القرن التاسع عشر طويلا.", "ar"),
        ("The 19th century was long.", "en", "1800-tallet var langt.", "da"),
        ("The 19th century was long.", "en", "המאה ה-19 הייתה ארוכה.", "he"),
        ("12 days a year in the 1990s.", "en", "מכ-12 ימים בשנה בשנות התשעים.", "he"),
        # a shortened range
        ("He served in 1950-53.", "en", "خدم من 1950 وحتى 1953.", "ar"),
        # scale words and suffixes
        ("Insurers face $10bn in claims.", "en", "تواجه شركات التأمين مطالبات بقيمة 10 مليارات دولار.", "ar"),
        ("Some 300,000 people fled.", "en", "فر نحو 300 ألف شخص.", "ar"),
        ("The deal is worth £264m.", "en", "Aftalen er værd 264 mio. pund.", "da"),
        ("A 100m euros fund.", "en", "קרן של 100 מיליון יורו.", "he"),
        # spelled numbers on one side, digits on the other, in all four languages
        ("She came to Tokyo when she was 18.", "en", "أتت إلى طوكيو عندما كان عمرها ثمانية عشر عاماً.", "ar"),
        ("The tower is 15 metres tall.", "en", "גובה המגדל חמישה עשר מטרים.", "he"),
        ("They waited 55 minutes.", "en", "De ventede femoghalvtreds minutter.", "da"),
        ("Der kom 21 gæster.", "da", "Twenty-one guests came.", "en"),
        # fractions in digits and in words
        ("Den skal gennemgås efter 3 1/2 år.", "da", "It is subject to review after three and a half years.", "en"),
        ("Landbruget udgør næsten 4/5 af området.", "da", "Farms are almost four fifths of the territory.", "en"),
        ("Hertil kommer tre fjerdedele af landmændene.", "da", "Three quarters of farm workers, 3/4.", "en"),
        # Monday is "day two" in Hebrew, and "you two" is not a count
        ("החלטתי לעזוב ביום שני.", "he", "I've decided to leave on Monday.", "en"),
    ],
)
def test_human_renderings_are_not_errors(source: str, src: str, translation: str, tgt: str) -> None:
    assert [f for f in findings(source, src, translation, tgt) if f[1] == "error"] == []


def test_wrong_style_is_one_warning() -> None:
    assert findings("Prices rose 47.3 percent.", "en", "Priserne steg 47.3 procent.", "da") == [
        ("number_format", "warning")
    ]


def test_a_unit_conversion_is_a_note_naming_both() -> None:
    checks = number_checks("The wall is 20 feet high.", "en", "Muren er 6 meter høj.", "da", 3)
    assert [(c.kind, c.severity, c.expected, c.found) for c in checks] == [("unit_converted", "info", "20", "6")]
    assert "ft" in checks[0].message and "m" in checks[0].message
    checks = number_checks("It was 86°F.", "en", "كانت الحرارة 30 درجة مئوية.", "ar", 0)
    assert [(c.kind, c.severity) for c in checks] == [("unit_converted", "info")]


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("300 ألف شخص فروا.", "Some 30,000 people fled.", [("number_changed", "error")]),  # scale lost
        ("They lost 2.5 billion.", "De tabte 2,5 millioner.", [("number_changed", "error")]),  # scale swapped
        ("They lost 2.5 billion.", "De tabte 25 milliarder.", [("number_changed", "error")]),  # decimal shifted
        ("It rose 15 and 15 points.", "Det steg 15 og 16 point.", [("number_changed", "error")]),  # twin changed
        ("It rose 15 and 15 points.", "Det steg 15 point.", [("number_missing", "error")]),  # twin dropped
        ("The vote is at 3 p.m.", "Afstemningen er kl. 16.", [("number_changed", "error")]),  # wrong hour
        ("Review after three and a half years.", "Gennemgås efter 3 1/3 år.", [("number_changed", "error")]),
    ],
)
def test_mistakes_are_errors(source: str, translation: str, expected: list[tuple[str, str]]) -> None:
    src = "ar" if any("\u0600" <= c <= "\u06ff" for c in source) else "en"
    tgt = "en" if src == "ar" else "da"
    assert findings(source, src, translation, tgt) == expected


def test_spelled_number_replaced_by_another_digit_is_an_error() -> None:
    assert findings("He studied for six years.", "en", "Han studerede i 7 år.", "da") == [("number_changed", "error")]


def test_a_demo_cipher_cannot_carry_words_so_only_digits_count() -> None:
    # The cipher scrambles "nine" into letters of another script; its digits survive.
    checks = number_checks("It is nine miles and 15 km away.", "en", "رف رس ىرىث ئرلثس 15 كئ.", "ar", 0, words=False)
    assert [c for c in checks if c.severity == "error"] == []
    checks = number_checks("It is nine miles and 15 km away.", "en", "رف رس ىرىث ئرلثس 16 كئ.", "ar", 0, words=False)
    assert [(c.kind, c.expected, c.found) for c in checks] == [("number_changed", "15", "16")]


def test_dot_grouped_thousands_in_arabic_match_their_english_rendering() -> None:
    # "200.000" in Arabic copy is two hundred thousand: "200,000" in English is right, "200" is not.
    source = "استعيد ما يزيد عن 200.000 مقطع فيديو"
    assert number_checks(source, "ar", "More than 200,000 videos were restored", "en", 0) == []
    changed = number_checks(source, "ar", "More than 200 videos were restored", "en", 0)
    assert [c.kind for c in changed] == ["number_changed"]
    kept = number_checks(source, "ar", "More than 200.000 videos were restored", "en", 0)
    assert [c.kind for c in kept] == ["number_format"]
