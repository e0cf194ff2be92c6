"""Figures in Danish, Arabic and Hebrew news (round 27), each class written again with made-up names, places and
numbers, with near misses that keep their old reading.

Arabic: a scale word with tanwin before its alef ("12 ألفًا و 728") stopped at the tanwin, so the two parts of the
sum were read as two figures; a spelled percent ("بنسبة 1.5 بالمئة إلى 473 مليون") was named as what the level
after it counts; a place in -وتي ("جيبوتي") was read as a dual in construct (two). Hebrew: a year closing a heading
before a colon ("לשנת 2019: 397.3 מיליארד") made the sum a score; the weekday in brackets after an hour ("09:00
(שני)") was a count of two; a new subject glued to "and" with its verb left out ("עלה ל-67,967 והפצועים ל-170,179")
and a figure at another time ("על 6.8% וב-2022 על 3.9%") were read with the wrong subject or none.
"""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _figures(paragraphs: list[str], language: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(paragraphs, language) if f.kind == "figure"]


def _counts(paragraph: str, value: float, language: str) -> str | None:
    return next((c for v, c in _figures([paragraph], language) if v is not None and abs(v - value) < 1e-6), None)


# Arabic: thousands with tanwin before the alef


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وتقدم 14 ألفًا و 312 متضررا بطلبات تعويض إلى الصندوق.", 14312),
        ("وسجلت المدينة 9 آلافٍ و40 زائرا خلال المهرجان.", 9040),
        ("وبلغ عدد المشتركين 21 ألفًا و650 مشتركا.", 21650),
    ],
)
def test_arabic_thousands_with_tanwin_before_alef_are_one_sum(text: str, value: float) -> None:
    values = [v for v, _ in _figures([text], "ar")]
    assert value in values, values
    assert value % 1000 not in values, values  # not the smaller part on its own


def test_arabic_thousands_with_tanwin_after_alef_keep_their_reading() -> None:
    values = [v for v, _ in _figures(["وتقدم 14 ألفاً و 312 متضررا بطلبات تعويض."], "ar")]
    assert 14312 in values, values


def test_arabic_thousands_without_a_second_part_stay_thousands() -> None:
    values = [v for v, _ in _figures(["وشارك في المسيرة 30 ألفًا من سكان المدينة."], "ar")]
    assert values == [30000], values


# Arabic: a spelled percent before the level reached


@pytest.mark.parametrize(
    "text",
    [
        "وسجلت صادرات الزيتون تراجعا بنسبة 2.4 بالمئة إلى 215 مليون دينار.",
        "وتراجعت أرباح شركة النخيل بنسبة 7 في المئة إلى 38 مليون دولار.",
        "وارتفعت مبيعات الإسمنت بنسبة 4.1 بالمائة لتصل إلى 96 مليون دينار.",
    ],
)
def test_arabic_spelled_percent_is_not_what_the_level_counts(text: str) -> None:
    figures = _figures([text], "ar")
    level = next(c for v, c in figures if v is not None and v > 1e6)
    share = next(c for v, c in figures if v is not None and v < 100)
    assert level and "المئة" not in level and "المائة" not in level, figures
    assert level == share, figures  # the level counts what the change counts


def test_arabic_level_with_percent_sign_keeps_its_reading() -> None:
    counts = _counts("وارتفعت صادرات الزيتون بنسبة 5% إلى 300 مليون دينار.", 300e6, "ar")
    assert counts and "صادرات" in counts


def test_arabic_hundred_of_a_count_is_still_a_count() -> None:
    values = [v for v, _ in _figures(["وأصيب في الحادث مئة شخص بجروح."], "ar")]
    assert 100 in values, values


# Arabic: names in -وتي are no duals


def test_arabic_place_in_wti_is_no_dual() -> None:
    figures = _figures(["وحلت جيبوتي في المرتبة الثانية بواقع 24 مليون دينار."], "ar")
    assert 2.0 not in [v for v, _ in figures], figures


def test_arabic_construct_dual_still_counts_two() -> None:
    figures = _figures(["وسجلت الوزارة حالتي إصابة جديدتين في المدينة."], "ar")
    assert 2.0 in [v for v, _ in figures], figures


# Hebrew: a year closing a heading before a colon


def test_hebrew_sum_after_a_year_and_colon_is_a_figure() -> None:
    figures = _figures(["הכנסת אישרה את תקציב העירייה לשנת 2031: 4.2 מיליארד שקלים."], "he")
    assert 4.2e9 in [v for v, _ in figures], figures


@pytest.mark.parametrize("text", ["הקבוצה ניצחה 2:1 במשחק הגומלין.", "הטקס יתחיל בשעה 18:30 בכיכר."])
def test_hebrew_scores_and_clock_times_stay_no_figures(text: str) -> None:
    assert not _figures([text], "he")


# Hebrew: the weekday in brackets after an hour


def test_hebrew_weekday_in_brackets_after_an_hour_is_no_count() -> None:
    figures = _figures(["סמוך לשעה 14:30 (שני) התקבל דיווח על שריפה בגבעת הזית."], "he")
    assert not figures, figures


def test_hebrew_two_in_brackets_after_a_noun_is_still_a_count() -> None:
    figures = _figures(["נעצרו חשודים (שני צעירים) בגבעת הזית."], "he")
    assert 2.0 in [v for v, _ in figures], figures


# Hebrew: a verb left out after "and"


def test_hebrew_new_subject_with_its_verb_left_out() -> None:
    text = "מספר המפונים עלה ל-3,410 והנעדרים ל-27."
    assert _counts(text, 27, "he") == "הנעדרים"
    assert "המפונים" in (_counts(text, 3410, "he") or "")


def test_hebrew_figure_with_its_own_noun_after_and_keeps_it() -> None:
    counts = _counts("נפצעו 12 בני אדם ו-3 שוטרים.", 3, "he")
    assert counts and "שוטרים" in counts


def test_hebrew_same_measure_at_another_time() -> None:
    text = "לפי התחזית יעמוד הגירעון על 4.4% וב-2032 על 3.1%."
    share = _counts(text, 4.4, "he")
    assert share and "גירעון" in share
    assert _counts(text, 3.1, "he") == share


# Danish: dates written in digits


@pytest.mark.parametrize(
    "text",
    [
        "Han var tiltalt for momssvig for perioden 01.10.2019-31.07.2021.",
        "Udstillingen kan ses fra 1.3.2031 til 15.4.2031 i hallen.",
        "Aftalen blev underskrevet den 12/06/2030 på rådhuset.",
    ],
)
def test_danish_dates_in_digits_are_no_figures(text: str) -> None:
    assert not _figures([text], "da")


def test_danish_dotted_thousands_stay_figures() -> None:
    values = [v for v, _ in _figures(["Kommunen betalte 1.300.000 kr. for grunden."], "da")]
    assert values == [1300000], values


# Danish: a part of a group counted in the sentence before


def test_danish_part_of_them_after_a_counted_group() -> None:
    figures = _figures(["Ved branden måtte 14 beboere evakueres. Tre af dem blev kørt på hospitalet."], "da")
    assert (3.0, "beboere (kørt)") in figures, figures


def test_danish_part_of_them_without_a_count_before_stays_anaphora() -> None:
    figures = _figures(["Beboerne måtte evakueres. Tre af dem blev kørt på hospitalet."], "da")
    assert 3.0 not in [v for v, _ in figures], figures


# Danish: a sum a claim or a bill states ("lyder på")


def test_danish_sum_after_lyder_paa_counts_the_subject() -> None:
    assert _counts("Regningen fra kommunen lyder på 4,2 millioner kroner.", 4.2e6, "da") == "Regningen"


def test_danish_lyder_as_sounds_keeps_its_count() -> None:
    assert _counts("Hun lyder glad, og 12 personer kom til mødet.", 12, "da") == "personer kom til mødet"


# Danish: the subject after the verb of a clause opened by an adverbial (V2)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("I Nordby sælges husene nu i snit for 23.000 kr. per kvadratmeter.", 23000, "husene"),
        ("Her på Ærø var den gennemsnitlige kvadratmeterpris 84 procent højere.", 84, "kvadratmeterpris"),
        ("1. marts sidste år lå huslejen på de nye lejligheder, der var til leje i Nordby, på omkring 9.400 kroner.",
         9400, "huslejen"),
        ("Efter en lille stigning koster en kvadratmeter villa nu 13.210 kroner.", 13210, "kvadratmeter"),
    ],
)
def test_danish_subject_after_the_verb_is_what_the_figure_measures(text: str, value: float, key: str) -> None:
    counts = _counts(text, value, "da")
    assert counts and key in counts, counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("I år deltog 300 løbere i maratonløbet.", 300, "løbere"),  # no subject between verb and figure
        ("Huspriserne er steget 4 procent i år.", 4, "Huspriserne"),  # the subject first
        ("I går sagde borgmesteren, at prisen er 40 kroner.", 40, "prisen"),  # the verb's own clause
    ],
)
def test_danish_clauses_without_an_inverted_subject_keep_their_reading(text: str, value: float, key: str) -> None:
    counts = _counts(text, value, "da")
    assert counts and key in counts, counts


# Danish: a time right after a sum


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Huset kostede 3,1 millioner kroner i december sidste år.", 3.1e6),
        ("Firmaet tjente 14 millioner kroner i fjor.", 14e6),
        ("Kommunen brugte 52 millioner kroner i 2029.", 52e6),
    ],
)
def test_danish_time_after_a_sum_is_not_what_it_counts(text: str, value: float) -> None:
    counts = _counts(text, value, "da")
    assert counts and not any(w in counts for w in ("december", "fjor", "2029")), counts


def test_danish_noun_after_a_sum_with_i_is_kept() -> None:
    counts = _counts("Staten brugte 3 milliarder kroner i støtte til landbruget.", 3e9, "da")
    assert counts and "støtte" in counts, counts


# Danish: a subject raised before "forventes/skønnes ... at blive på"


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Væksten forventes at blive på 1,8 procent i år.", 1.8, "Væksten"),
        ("Underskuddet ventes at lande på 2,4 milliarder kroner.", 2.4e9, "Underskuddet"),
        ("Faldet skønnes ved årets udgang at blive på cirka tolv procent.", 12, "Faldet"),
        ("Ledigheden anslås at ligge omkring 4 procent.", 4, "Ledigheden"),
    ],
)
def test_danish_raised_subject_is_what_the_level_measures(text: str, value: float, key: str) -> None:
    assert _counts(text, value, "da") == key


def test_danish_expletive_raised_subject_is_not_named() -> None:
    assert _counts("Det forventes at blive på 1,8 procent i år.", 1.8, "da") != "Det"


def test_danish_subordinate_forecast_keeps_its_subject() -> None:
    counts = _counts("Regeringen forventer, at væksten bliver på 1,5 procent.", 1.5, "da")
    assert counts and "væksten" in counts, counts


# Hebrew: hundreds written with a scale word, joined to the rest of the number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("המשרד יעביר לעירייה סיוע בסך שש מאות ושלושה מיליון שקלים.", 603e6),
        ("בהפגנה השתתפו שלוש מאות וחמישים אלף איש.", 350000),
    ],
)
def test_hebrew_hundreds_with_a_scale_word_join_the_rest(text: str, value: float) -> None:
    values = [v for v, _ in _figures([text], "he")]
    assert value in values, values
    assert len(values) == 1, values


def test_hebrew_hundreds_then_another_count_stay_apart() -> None:
    values = [v for v, _ in _figures(["נעצרו ארבע מאות איש ושלושה קטינים."], "he")]
    assert values == [400, 3], values


# Danish: a number of a year's shape counting the noun after it


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Klubben er den første til at opnå 2000 point i ligaen.", 2000, "point"),
        ("Holdet har nu 2013 point efter 1090 kampe.", 2013, "point"),
        ("Med 1900 deltagere var løbet udsolgt.", 1900, "deltagere"),
    ],
)
def test_danish_year_shaped_count_of_a_noun_is_a_figure(text: str, value: float, key: str) -> None:
    counts = _counts(text, value, "da")
    assert counts and key in counts, _figures([text], "da")


@pytest.mark.parametrize(
    "text",
    ["I 2019 kom mange gæster til festivalen.", "Siden 2002 har holdet vundet hvert år.", "Han har i 2021 fået job."],
)
def test_danish_years_stay_years(text: str) -> None:
    assert not [v for v, _ in _figures([text], "da") if v and v > 1900], _figures([text], "da")


# Danish: ages told with "på" or ", der er", one or several


@pytest.mark.parametrize(
    ("text", "values", "holder"),
    [
        ("Politiet anholdt to mænd på henholdsvis 31 og 47 år.", (31, 47), "mænd"),
        ("De to kvinder, der er henholdsvis 19 og 22 år, blev løsladt.", (19, 22), "kvinder"),
        ("Manden, der er 58 år, blev kørt på hospitalet.", (58,), "Manden"),
    ],
)
def test_danish_ages_after_paa_or_der_er(text: str, values: tuple[int, ...], holder: str) -> None:
    for value in values:
        assert _counts(text, value, "da") == f"age ({holder})", _figures([text], "da")


@pytest.mark.parametrize("text", ["Kontrakten på 5 år blev underskrevet.", "En bygning på 200 år blev revet ned."])
def test_danish_spans_of_things_are_no_ages(text: str) -> None:
    assert not [c for _, c in _figures([text], "da") if c and c.startswith("age")], _figures([text], "da")


# Round-25 dev shapes: a definite number before a plural of time, "للحين", "בקנה אחד"


@pytest.mark.parametrize(
    "text", ["تغيرت المدينة كثيرا في العشر سنين الماضية.", "ارتفعت الأسعار خلال الخمس سنوات الأخيرة."]
)
def test_arabic_definite_number_before_a_span_is_a_figure(text: str) -> None:
    assert [v for v, _ in _figures([text], "ar") if v in (10, 5)], _figures([text], "ar")


def test_arabic_definite_number_named_before_stays_anaphora() -> None:
    figures = _figures(["أصيب ثلاثة أشخاص في الحادث.", "ونقل الثلاثة إلى المستشفى."], "ar")
    assert [v for v, _ in figures].count(3) == 1, figures


def test_arabic_lil_hin_is_no_dual() -> None:
    assert not _figures(["الناس راحوا المريخ وحنا للحين نسولف في قضايا قديمة."], "ar")


def test_arabic_oblique_dual_still_counts_two() -> None:
    figures = _figures(["وسجل اللاعب هدفين في المباراة."], "ar")
    assert 2.0 in [v for v, _ in figures], figures


def test_hebrew_idiom_bekane_echad_is_no_count() -> None:
    assert not _figures(["הדו\"ח קבע כי המערך אינו עולה בקנה אחד עם התקן."], "he")


def test_hebrew_one_after_a_noun_is_still_a_count() -> None:
    figures = _figures(["נעצר חשוד אחד בפריצה לבית הספר."], "he")
    assert 1.0 in [v for v, _ in figures], figures


# Danish: a comparative after a figure, and "være/blive" after a modal


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Han siger, at ledigheden stadig er 12.000 højere end før krisen.", 12000, "ledigheden"),
        ("Der er blevet 800 færre lærere i folkeskolen.", 800, "lærere"),
        ("Underskuddet vil være på 3 milliarder kroner.", 3e9, "Underskuddet"),
        ("Han mener, at underskuddet fortsat vil være på 2 milliarder kroner.", 2e9, "underskuddet"),
    ],
)
def test_danish_comparatives_and_modal_infinitives(text: str, value: float, key: str) -> None:
    counts = _counts(text, value, "da")
    assert counts and key in counts and "højere" not in counts and "være" not in counts, counts


def test_danish_part_out_of_a_whole_counts_the_whole_noun() -> None:
    counts = _counts("I alt 41 ud af landets 98 kommuner sparer på skolerne.", 41, "da")
    assert counts and "kommuner" in counts, counts


def test_danish_source_after_a_share_is_not_what_it_counts() -> None:
    counts = _counts("Ledigheden steg til 5,1 procent ifølge de nye tal.", 5.1, "da")
    assert counts == "Ledigheden", counts


# Hebrew and Arabic: a label before a colon names the figure after it


@pytest.mark.parametrize(
    ("text", "value", "language", "key"),
    [
        ("הכנסת אישרה את תקציב העירייה לשנת 2031: 4.2 מיליארד שקלים.", 4.2e9, "he", "תקציב העירייה"),
        ("מספר המפונים: 340.", 340, "he", "מספר המפונים"),
        ("وأقر المجلس ميزانية البلدية لعام 2031: 42 مليون دينار.", 42e6, "ar", "ميزانية البلدية"),
    ],
)
def test_rtl_label_before_a_colon_names_the_figure(text: str, value: float, language: str, key: str) -> None:
    counts = _counts(text, value, language)
    assert counts and key in counts, counts


def test_danish_subject_after_a_fronted_comparison() -> None:
    counts = _counts("Sammenlignet med marts sidste år ligger salgspriserne 3,3 procent højere.", 3.3, "da")
    assert counts == "salgspriserne", counts


def test_danish_subject_first_word_opening_like_an_adverbial_is_no_fronting() -> None:
    counts = _counts("Forslaget blev vedtaget med 95 stemmer mod 12.", 95, "da")  # "For-slaget", not "For"
    assert counts and "stemmer" in counts, counts


def test_hebrew_verb_after_and_is_no_new_subject() -> None:
    counts = _counts("ההכנסות צמחו ב-9% והגיעו ל-2.4 מיליארד שקל.", 2.4e9, "he")
    assert counts and "ההכנסות" in counts, counts
