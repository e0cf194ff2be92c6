"""Hebrew news, class by class: figures with what they count, numbers that are no figures, bodies by their
shape and places by the words around them (people and quotes: test_facts_hebrew_news.py). Every sentence is made up for these tests in the style of the
Israeli press (none is taken from the corpus); each test names the class a linguist would recognise.
"""

from __future__ import annotations

import pytest

from briefing_app.core.facts.dates import find_dates
from briefing_app.core.facts.figures import find_figures
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.places import find_places_and_orgs


def _figures(text: str) -> list[Fact]:
    return find_figures([SourceSentence(0, 0, text)], "he")


def _named(text: str, kind: str) -> list[str]:
    return [f.text for f in find_places_and_orgs([SourceSentence(0, 0, text)], "he") if f.kind == kind]


# Figures: a value, its unit and what it counts


@pytest.mark.parametrize(
    ("text", "value", "unit", "counted"),
    [
        ("בפיצוץ בנמל נהרגו שלושה בני אדם.", 3, None, "בני אדם"),
        ("בתאונה בכביש החוף נפצעו 14 נוסעים.", 14, None, "נוסעים"),
        ("כ-1,500 שוטרים יוצבו בכניסות לעיר.", 1500, None, "שוטרים"),
        ("יותר מ-200 משפחות פונו מבתיהן בגליל.", 200, None, "משפחות"),
        ("עשרים ושניים עובדים פוטרו מהמפעל בדימונה.", 22, None, "עובדים"),
        ("שתי ילדות חולצו מההריסות.", 2, None, "ילדות"),
        ("שמונה עשר מתנדבים הגיעו למקום.", 18, None, "מתנדבים"),
        ("שיעור האבטלה ירד ל-3.4% בחודש שעבר.", 3.4, "percent", "שיעור האבטלה"),
        ("כמעט 40 אחוז מהמצביעים לא הגיעו לקלפיות.", 40, "percent", "מהמצביעים"),
        ("המשכורת הממוצעת עלתה ל-12,500 שקלים.", 12500, "ILS", "המשכורת הממוצעת"),
        ("הנהג קיבל קנס של 2,000 ש\"ח.", 2000, "ILS", "קנס"),
        ("התקציב הוא כ-1.2 מיליארד דולר.", 1.2e9, "USD", "התקציב"),
        ("בנק המזרח דיווח על רווח של 450 מיליון שקל ברבעון.", 450e6, "ILS", "רווח"),
        ("הנאשם נידון לשבע שנות מאסר.", 7, "years", "מאסר"),
    ],
)
def test_a_news_figure_keeps_its_value_unit_and_what_it_counts(
    text: str, value: float, unit: str | None, counted: str
) -> None:
    figures = [f for f in _figures(text) if f.value == value]
    assert figures, [(f.text, f.value) for f in _figures(text)]
    assert figures[0].unit == unit
    assert counted in (figures[0].counts or ""), figures[0].counts


@pytest.mark.parametrize(
    ("text", "value", "top"),
    [
        ("הטמפרטורות ינועו בין 30 ל-35 מעלות.", 30, 35),
        ("מחיר הדירות נע בין 2 ל-3 מיליון שקל.", 2e6, 3e6),
    ],
)
def test_a_range_is_one_figure_with_its_top(text: str, value: float, top: float) -> None:
    figures = _figures(text)
    assert [f.value for f in figures] == [value], [(f.text, f.value) for f in figures]


# Numbers that are no figures


@pytest.mark.parametrize(
    ("text", "not_a_figure"),
    [
        ("לוחמי חטיבה 188 השתתפו בפשיטה.", 188),  # a brigade's number is its name
        ("לוחמי יחידה 8200 איתרו את המחבל.", 8200),
        ("הוא שירת בגדוד 13 של חטיבת הצנחנים.", 13),  # with a glued preposition
        ("טייסת 69 המריאה עם שחר.", 69),
        ("החטיבה המשוריינת 460 נכנסה לרצועה.", 460),  # an adjective between unit and number
        ("החטיבות המשוריינות 401 ו-7 התקדמו צפונה.", 7),  # the second number of a list of units
        ("לפי סעיף 7 לחוק, אסור לפרסם את שמו.", 7),
        ("התאונה אירעה בכביש 90 ליד ים המלח.", 90),
        ("מצד שני, המחאה לא נרגעה.", 2),  # "on the other hand"
        ("הדבר נחשף בתוכנית ב\"מבט שני\" אמש.", 2),  # a number word inside a quoted programme's name
        ("הנגמ\"שים נעו לעבר הגבול.", 60),  # the end of an abbreviation, no "sixty"
        ("ההחלטה התקבלה פה אחד.", 1),
    ],
)
def test_a_number_that_names_or_is_an_idiom_is_no_figure(text: str, not_a_figure: float) -> None:
    assert not_a_figure not in [f.value for f in _figures(text)], [(f.text, f.value) for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("הגדוד איבד 12 חיילים בקרב.", 12, "חיילים"),  # a verb between unit and number: a count
        ("היחידה כוללת 40 לוחמים.", 40, "לוחמים"),
        ("הוא אמר \"שלושה נהרגו\" וסגר את הטלפון.", 3, "נהרגו"),  # quoted speech, not a name
        ("שלוש חטיבות ו-12 גדודים גויסו.", 12, "גדודים"),  # the number before the unit counts it
    ],
)
def test_a_count_of_units_or_in_speech_stays_a_figure(text: str, value: float, counted: str) -> None:
    figures = [f for f in _figures(text) if f.value == value]
    assert figures and counted in (figures[0].counts or ""), [(f.text, f.counts) for f in _figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "אלפי מפגינים הפגינו מול משרד ראש הממשלה.",  # vague quantities are no figures
        "עשרות תושבים התלוננו על הרעש.",
        "מאות חיילים גויסו לאחר הפיגוע.",
    ],
)
def test_vague_quantities_are_no_figures(text: str) -> None:
    assert _figures(text) == []


# Organisations by shape


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("לוחמי חטיבה 188 ויחידה 8200 השתתפו במבצע.", "חטיבה 188"),
        ("לוחמי חטיבה 188 ויחידה 8200 השתתפו במבצע.", "יחידה 8200"),
        ("כוח מגדוד 50 נשלח לגבול.", "גדוד 50"),
        ("הטנקים של הדיוויזיה ה-36 נכנסו לעיר.", "הדיוויזיה ה-36"),
    ],
)
def test_a_military_unit_named_by_its_number_is_a_body(text: str, body: str) -> None:
    assert body in _named(text, "organisation"), _named(text, "organisation")


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("הכתבה פורסמה בעיתון המשקיף החדש ועוררה סערה.", "המשקיף החדש"),
        ("הוא כתב מאמר בשבועון העולם הבא.", "העולם הבא"),
        ("לפי דיווח בעיתון גלובוס, העסקה נחתמה.", "גלובוס"),
    ],
)
def test_a_paper_named_after_its_kind_without_quote_marks_is_its_name(text: str, paper: str) -> None:
    assert paper in _named(text, "organisation"), _named(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "הוא קרא על כך בעיתון מקומי.",  # an adjective, no name
        "בעיתון הזה לא מתפרסמות מודעות.",  # "this paper"
        "הידיעה הופיעה בעיתון הבריטי.",  # a nationality
    ],
)
def test_a_paper_described_is_no_name(text: str) -> None:
    assert _named(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("הממשלה הצרפתית גינתה את הפיגוע.", "הממשלה הצרפתית"),
        ("המפלגה הירוקה תתמודד לבדה.", "המפלגה הירוקה"),
        ("הוא מונה לחבר בוועדה לאנרגיה אטומית.", "הוועדה לאנרגיה אטומית"),
        ("הוקמה הוועדה הציבורית לבדיקת מחדלי הגשרים.", "הוועדה הציבורית לבדיקת מחדלי הגשרים"),
    ],
)
def test_a_definite_body_is_named_by_its_adjective_or_purpose(text: str, body: str) -> None:
    assert body in _named(text, "organisation"), _named(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "הממשלה החליטה לקצץ בתקציב.",  # the bare head
        "הממשלה החדשה הושבעה אמש.",  # a phase, no name
        "המפלגה הגדולה איבדה שלושה מושבים.",  # a size
        "הוועדה הציבורית התכנסה הבוקר.",  # a kind adjective without a purpose
        "הוקמה ועדת חקירה ממלכתית.",  # a kind of committee
        "הם השתלטו על שטחים בדרום ומרכז הגליל.",  # an area
        "הפקקים במרכז העיר נמשכו שעות.",
    ],
)
def test_titles_kinds_and_areas_are_no_bodies(text: str) -> None:
    assert _named(text, "organisation") == [], _named(text, "organisation")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("חברת הנמלים השקיעה מיליונים בעגורנים.", "חברת הנמלים"),  # a hif'il verb ends the name
        ("ועדת רוזן פרסמה את מסקנותיה.", "ועדת רוזן"),  # a committee named after a person
        ("רכבת ישראל הודיעה על שיבושים.", "רכבת ישראל"),
        ("מכבי חיפה ניצחה במשחק החוץ.", "מכבי חיפה"),
        ("בית המשפט המחוזי בבאר שבע דחה את הערעור.", "בית המשפט המחוזי בבאר שבע"),
        ("בית הדין הרבני בחיפה דחה את התביעה.", "בית הדין הרבני בחיפה"),
        ("בית המשפט העליון בירושלים קיבל את העתירה.", "בית המשפט העליון"),  # the one supreme court: no seat
        ("משטרת ישראל פתחה בחקירה.", "משטרת ישראל"),
        ("העירייה ועיריית חולון חתמו על הסכם.", "עיריית חולון"),
        ("מפלגת העבודה תתמודד לבדה בבחירות.", "מפלגת העבודה"),
        ("הנשק הועבר לצה\"ל בשבוע שעבר.", 'צה"ל'),
    ],
)
def test_bodies_by_their_head_noun(text: str, body: str) -> None:
    assert body in _named(text, "organisation"), _named(text, "organisation")


def test_a_member_of_parliament_is_no_company() -> None:
    assert not any(o.startswith("חברת") for o in _named("חברת הכנסת דנה לוי דרשה תשובות.", "organisation"))


def test_a_rank_abbreviation_is_no_body() -> None:
    assert _named('הסמג"ד והקמ"ן נפצעו בקרב.', "organisation") == []


# Places by the words around them


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("הכוח הגיע עד אזור פקיעין.", "פקיעין"),  # an area word, then the place itself
        ("היחידה פעלה במרחב עקרבה.", "עקרבה"),
        ("הכוחות התקדמו באזור רמת כורזים.", "רמת כורזים"),  # a geographic head after it, read whole
        ("התאונה אירעה בצומת גומא.", "צומת גומא"),  # a junction
        ("הטנקים נעו באזור ציר השמן.", "ציר השמן"),
        ("כוחות הצבא פעלו בסביבת שכם.", "שכם"),
    ],
)
def test_a_place_after_a_word_for_an_area(text: str, place: str) -> None:
    assert place in _named(text, "place"), _named(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "הירי נשמע באזור התעשייה של העיר.",  # definite: a common noun
        "הם גרים באזור מגורים שקט.",  # a kind of area
        "הטנקים נכנסו לאזור לחימה.",  # an action noun
        "הם עברו לאזור כפרי.",  # an adjective
        "הרכב נתקע בצומת דרכים.",  # a plural: no name
        "כיוון שהגשם לא פסק, המשחק נדחה.",  # "כיוון" (since) is no "like Greece"
    ],
)
def test_common_words_after_an_area_word_or_a_prefix_are_no_places(text: str) -> None:
    assert _named(text, "place") == [], _named(text, "place")


@pytest.mark.parametrize(
    ("text", "not_a_figure"),
    [
        ("הפגישה נקבעה לשעה 10 בבוקר.", 10),  # a clock hour
        ("הוא מתגורר בקומה 3 של הבניין.", 3),  # a floor
        ("הקבוצה ניצחה 2:1 במשחק אמש.", 1),  # a score
        ("הנוסעים עלו למטוס בשער 5.", 5),  # a gate
    ],
)
def test_an_hour_a_floor_a_gate_or_a_score_is_no_figure(text: str, not_a_figure: float) -> None:
    assert not_a_figure not in [f.value for f in _figures(text)], [(f.text, f.value) for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("תשעה הרוגים ושלושים פצועים בפיגוע בתחנה.", 9, "הרוגים"),  # the next figure joined by ו
        ("במבצע נעצרו 21 חשודים ושני קטינים.", 21, "חשודים"),
        ("הוא נידון ל-18 חודשי מאסר ולקנס של 50 אלף שקל.", 18, "מאסר"),  # a second complement
        ("הוא נידון ל-18 חודשי מאסר ולקנס של 50 אלף שקל.", 50000, "קנס"),  # the noun before של, no ו-ל
    ],
)
def test_what_a_figure_counts_ends_before_what_ו_joins(text: str, value: float, counted: str) -> None:
    figures = [f for f in _figures(text) if f.value == value]
    assert figures and figures[0].counts == counted, [(f.text, f.counts) for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("כשמשרד התיירות פרסם את הנתונים, התברר היקף הנזק.", "משרד התיירות"),  # כש glued to the head
        ("המכתב נשלח לרשות ניירות ערך.", "רשות ניירות ערך"),  # a construct plural and its complement
        ("ארגון זכויות אדם פרסם דוח חריף.", "ארגון זכויות אדם"),
    ],
)
def test_a_body_after_כש_or_with_a_construct_plural(text: str, body: str) -> None:
    assert body in _named(text, "organisation"), _named(text, "organisation")


def test_a_definite_construct_plural_before_a_verb_ends_the_name() -> None:
    assert _named("ועדת הבחירות קבעה כי הרשימה פסולה.", "organisation") == ["ועדת הבחירות"]


@pytest.mark.parametrize(
    "text",
    [
        "הספר נכתב בשפה העברית.",  # a short region's name before a definite adjective is the noun (language)
        "הילדים שתו כוס חלב חם.",  # no preposition of place: milk, not Aleppo
        "הם מרחו חמאה על הלחם.",  # a letter ending the word before is no preposition ("מרחו")
        "התלמיד קיבל ציון גבוה.",  # "קיבל" ends in ל, which is no "to"
        "אנו דורשים תשובות מהממשלה.",
        "התושבים קנו מים ומזון.",
        "בליל הסדר התכנסה המשפחה.",  # "night of": a construct with a definite complement
    ],
)
def test_a_short_place_name_that_spells_a_common_word_is_the_word(text: str) -> None:
    assert _named(text, "place") == [], _named(text, "place")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("הפצצות נפלו בחלב ובחומס.", "חלב"),  # after a glued preposition the short name is the town
        ("הפצצות נפלו בדמשק, חלב וחומס.", "חלב"),  # in a list a preposition opened
        ("הוא גר ביפו העתיקה.", "יפו"),  # a town's own adjective
        ("התושבים בעזה ובשכם יצאו להפגין.", "שכם"),
    ],
)
def test_a_short_place_name_after_a_preposition_of_place_stays(text: str, place: str) -> None:
    assert place in _named(text, "place"), _named(text, "place")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("הפצוע הועבר לבית החולים אלונים בעפולה.", "בית החולים אלונים"),  # kind, then its name
        ("הוא פונה למרכז הרפואי שערי חסד.", "המרכז הרפואי שערי חסד"),  # ל swallows the article
        ("ראש המועצה האזורית ארבל אמר כי התושבים מפוחדים.", "המועצה האזורית ארבל"),
        ("מועצה אזורית רמת הבשן הודיעה על סגירת בתי הספר.", "מועצה אזורית רמת הבשן"),
        ("דובר קופת חולים ירוקה מסר כי הקליניקות פתוחות.", "קופת חולים ירוקה"),
    ],
)
def test_an_institution_named_after_its_kind(text: str, body: str) -> None:
    assert body in _named(text, "organisation"), _named(text, "organisation")


@pytest.mark.parametrize("text", ["בית החולים קיבל את הפצועים.", "בית החולים פרסם הודעה לעיתונות."])
def test_a_verb_after_an_institution_is_no_name(text: str) -> None:
    assert not any(o.startswith("בית החולים ") for o in _named(text, "organisation")), _named(text, "organisation")


@pytest.mark.parametrize("text", ["הכנסת דחתה הצעה לסדר היום של האופוזיציה.", "הנושא עלה לסדר היום הציבורי."])
def test_the_agenda_is_no_date(text: str) -> None:
    assert find_dates([SourceSentence(0, 0, text)], "he") == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "counted"),
    [
        ("כרטיס כניסה למוזיאון עולה 150 ₪.", 150, "ILS", "כרטיס כניסה למוזיאון"),  # ₪ after the amount; "costs"
        ("הדירות בשכונה עולות 2 מיליון שקל.", 2e6, "ILS", "הדירות בשכונה"),
        ("בשנות החמישים שכר הדירה היה 80 ל\"י.", 80, "ILP", "שכר הדירה"),  # the Israeli lira of old reports
        ("עלות הפרויקט על פי הערכות משרד האוצר הייתה כ-3 מיליארד שקל.", 3e9, "ILS", "עלות הפרויקט"),  # a source inside
        ("מחיר הדלק לפי נתוני הרשות היה 7 שקלים לליטר.", 7, "ILS", "מחיר הדלק"),
    ],
)
def test_a_price_with_its_sign_after_and_a_subject_around_its_source(
    text: str, value: float, unit: str, counted: str
) -> None:
    figures = [f for f in _figures(text) if f.value == value]
    assert figures, [(f.text, f.value) for f in _figures(text)]
    assert figures[0].unit == unit
    assert figures[0].counts == counted, figures[0].counts


@pytest.mark.parametrize(
    "text",
    [
        "הוא איבד את מקום עבודתו בחברה.",  # מקום, not "from Qom"
        "הם נאלצו לשלם קנס כבד.",  # to pay
        "המשפחה עברה לגור בקיבוץ.",  # to live
        "ישראל הטילה מצור על העיר.",  # a siege
        "כמה מליון איש צפו בטקס.",  # million, spelled short
        "הוא ספג מכה קשה בבחירות.",  # a blow
    ],
)
def test_a_common_word_that_spells_a_preposition_and_a_place_is_no_place(text: str) -> None:
    places = _named(text, "place")
    assert all(p in ("ישראל",) for p in places), places


def test_a_town_after_a_preposition_stays_beside_the_guarded_words() -> None:
    assert "מכה" in _named("הוא נסע למכה לעלייה לרגל.", "place")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("שירות התעסוקה פרסם נתונים חדשים.", "שירות התעסוקה"),
        ("שירות בתי הסוהר הודיע על העברת האסיר.", "שירות בתי הסוהר"),
    ],
)
def test_a_service_named_by_a_definite_complement_is_a_body(text: str, body: str) -> None:
    assert body in _named(text, "organisation"), _named(text, "organisation")


@pytest.mark.parametrize("text", ["הוא סיים שירות מילואים ארוך.", "השירות הצבאי נמשך שלוש שנים."])
def test_a_service_done_is_no_body(text: str) -> None:
    assert _named(text, "organisation") == [], _named(text, "organisation")


def test_an_area_word_after_another_area_is_read_on_its_own() -> None:
    assert {"קבטיה", "שכם"} <= set(_named("הכוחות פועלים באזור קבטיה ובסביבת שכם.", "place"))


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("מדד המחירים לצרכן עלה בחודש מרץ ב-0.4%.", 0.4, "מדד המחירים לצרכן"),  # a time between verb and figure
        ("מחירי השכירות עלו ב-12 החודשים האחרונים ב-6%.", 6, "מחירי השכירות"),
        ("השקל התחזק מול האירו ב-0.5%.", 0.5, "השקל"),  # a comparison between
        ("השער היציג נקבע על 3.72 שקלים לדולר.", 3.72, "השער היציג"),  # a rate is no count
    ],
)
def test_a_subject_across_a_time_or_comparison_before_the_figure(text: str, value: float, counted: str) -> None:
    figures = [f for f in _figures(text) if f.value == value]
    assert figures and figures[0].counts == counted, [(f.text, f.counts) for f in _figures(text)]


@pytest.mark.parametrize(("text", "number"), [("מדד ת\"א 35 עלה ב-1.2%.", 35), ("מדד ת\"א 125 ירד.", 125)])
def test_a_number_after_an_abbreviation_names_an_index(text: str, number: float) -> None:
    assert number not in [f.value for f in _figures(text)]


@pytest.mark.parametrize(
    "text",
    ["עשרות עובדים הוצאו לחל\"ת בשל המשבר.", "מחירי הנדל\"ן זינקו השנה."],
)
def test_a_shorthand_abbreviation_is_no_body(text: str) -> None:
    assert _named(text, "organisation") == [], _named(text, "organisation")


def test_the_stock_exchange_is_no_turkish_town() -> None:
    assert _named("בבורסה נרשמו עליות שערים.", "place") == []


def test_a_news_channel_named_by_its_number_is_a_body_and_no_figure() -> None:
    text = "בסקר שפרסמה חדשות 13 נמצא כי 58% מהציבור תומכים בהצעה."
    assert "חדשות 13" in _named(text, "organisation")
    assert 13 not in [f.value for f in _figures(text)]


def test_an_acronym_inside_quote_marks_keeps_its_gershayim() -> None:
    assert 'אל"ף' in _named('העתירה הוגשה על ידי עמותת "אל"ף" בשבוע שעבר.', "organisation")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("העתירה הוגשה על ידי התנועה לטוהר המידות.", "התנועה לטוהר המידות"),  # a movement named by its purpose
    ],
)
def test_a_movement_is_named_by_its_purpose(text: str, body: str) -> None:
    assert body in _named(text, "organisation"), _named(text, "organisation")


def test_traffic_is_no_movement() -> None:
    assert _named("התנועה הכבדה בכביש החוף נמשכה שעות.", "organisation") == []


def test_an_estimate_verb_joins_a_subject_to_its_figure() -> None:
    figures = _figures("העלות למשק מוערכת ב-10 מיליארד שקל בשנה.")
    assert figures and figures[0].counts == "העלות למשק", [(f.text, f.counts) for f in figures]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("הרעידה הורגשה באלג'יריה ובצ'ילה.", "אלג'יריה"),  # the geresh written as an apostrophe
        ("הרעידה הורגשה באלג'יריה ובצ'ילה.", "צ'ילה"),
        ("המשלחת נסעה לצ׳כיה.", "צ׳כיה"),  # and as the Hebrew geresh
    ],
)
def test_a_geresh_written_either_way_finds_the_place(text: str, place: str) -> None:
    assert place in _named(text, "place"), _named(text, "place")


def test_a_closed_definite_head_takes_no_name_after_a_preposition() -> None:
    assert not any(p.startswith("מחנה הפליטים") for p in _named("הכוחות פשטו על מחנה הפליטים בעיר.", "place"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("משלחת של פיקוד העורף ממתינה לאישור.", ["פיקוד העורף"]),  # a command named by its area
        ("מערכות פיקוד ושליטה הותקנו בבסיס.", []),  # command and control: no body
        ("הכוח פעל תחת פיקוד משותף.", []),
    ],
)
def test_a_military_command_is_a_body_only_with_a_definite_complement(text: str, expected: list[str]) -> None:
    assert _named(text, "organisation") == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("רקטה נפלה בנתיבות ופגעה בבית.", "נתיבות"),  # a small Israeli town by its Hebrew name (GeoNames)
        ("התושבים בעפולה התלוננו על הרעש.", "עפולה"),
        ("הכוחות פעלו ליד יריחו.", "יריחו"),  # a Palestinian town after a word of place
        ("הוא נולד בקריית מלאכי.", "קריית מלאכי"),
    ],
)
def test_small_israeli_and_palestinian_towns_are_places(text: str, place: str) -> None:
    assert place in _named(text, "place"), _named(text, "place")


@pytest.mark.parametrize("text", ["טירה עתיקה נמצאה בחפירות.", "נשר גדול נראה מעל העמק."])
def test_a_small_town_that_is_a_common_word_needs_a_preposition(text: str) -> None:
    assert _named(text, "place") == [], _named(text, "place")


def test_a_number_word_in_a_towns_name_is_no_figure() -> None:
    text = "שמונה רקטות נפלו בקריית שמונה."
    assert [f.value for f in _figures(text)] == [8]
    assert "קריית שמונה" in _named(text, "place")


def test_the_hebrew_towns_are_looked_up_by_their_hebrew_names_only() -> None:
    from briefing_app.core.facts.gazetteer import lookup

    entry = lookup("נתיבות")
    assert entry is not None and entry.name == "Netivot" and entry.kind == "place"
    assert lookup("Netivot") is None  # the English key is no name to find: other languages keep their lists


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("רקטות שוגרו לעבר יישובי עוטף עזה.", "עוטף עזה"),  # Israeli regions news names bare
        ("המתנחלים ביהודה ושומרון הפגינו.", "יהודה ושומרון"),
        ("הירי נשמע בגליל המערבי.", "הגליל המערבי"),  # ב swallowed the article
        ("הכוחות נכנסו לחאן יונס.", "חאן יונס"),  # Hebrew spellings of towns GeoNames lists in Latin only
        ("הכוחות פשטו על ג'נין.", "ג'נין"),
    ],
)
def test_israeli_regions_and_towns_in_hebrew(text: str, place: str) -> None:
    assert place in _named(text, "place"), _named(text, "place")


def test_the_ages_of_several_people_after_בני() -> None:
    figures = _figures("המשטרה עצרה שני חשודים, בני 23 ו-25, בחשד לשוד.")
    ages = {f.value: f.counts for f in figures if f.value in (23, 25)}
    assert ages == {23: "age (בני)", 25: "age (בני)"}, [(f.text, f.counts) for f in figures]


@pytest.mark.parametrize(
    ("text", "town"),
    [("שני החשודים, תושבי חולון, נעצרו.", "חולון"), ("הנאשם, יליד נתניה, הודה במעשים.", "נתניה")],
)
def test_a_town_after_residents_of_or_born_in(text: str, town: str) -> None:
    assert town in _named(text, "place"), _named(text, "place")


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("שלוש מאות משפחות פונו מהיישוב.", 300, "משפחות"),  # feminine hundreds
        ("שלושה מטוסים נחתו בנמל התעופה.", 3, "מטוסים"),  # masculine
        ("ארבע נשים נפצעו בתאונה.", 4, "נשים"),  # feminine
        ("ארבעה גברים נעצרו.", 4, "גברים"),
        ("חמישה עשר בני נוער נעצרו בהפגנה.", 15, "בני נוער"),  # masculine teens
        ("שתים עשרה נשים חתמו על העצומה.", 12, "נשים"),  # feminine teens
        ("אלפיים חיילי מילואים גויסו אמש.", 2000, "חיילי מילואים"),  # a dual
        ("מאה ועשרים עובדים הגישו תביעה.", 120, "עובדים"),
        ("חמישה מיליון ישראלים הצביעו בבחירות.", 5e6, "ישראלים"),
    ],
)
def test_numbers_in_words_of_either_gender(text: str, value: float, counted: str) -> None:
    figures = [f for f in _figures(text) if f.value == value]
    assert figures and figures[0].counts == counted, [(f.text, f.value, f.counts) for f in _figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "ב-2023 נרשמה עלייה בפשיעה.",  # a year
        "בשנת 1948 הוכרזה המדינה.",
        "בשנות ה-90 הגיעו עולים רבים.",  # a decade
        "הוא נעצר ב-12 במאי.",  # a date
        "בג\"ץ 1234/20 נדחה.",  # a case number
        "לפי סעיף 40 לפקודה, החברה חייבת בדיווח.",  # a section
        "החלטת הממשלה מספר 550 עוסקת בנושא.",  # a decision's number
        "הוא הגיע למקום השני בתחרות.",  # an ordinal
    ],
)
def test_years_dates_and_numbers_that_name_are_no_figures(text: str) -> None:
    assert _figures(text) == [], [(f.text, f.value) for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("הוא טען כי במשך 4 שנים הרשות לא פעלה, ורק לאחרונה התעוררה.", "הרשות לא פעלה"),  # a fronted duration
        ("במשך שלוש שנים השכונה סבלה מהזנחה.", "השכונה סבלה מהזנחה"),
        ("המבצע נמשך במשך 3 ימים בצפון.", "המבצע"),  # a duration after the verb: the subject
    ],
)
def test_what_a_duration_counts(text: str, counted: str) -> None:
    figures = _figures(text)
    assert figures and figures[0].counts == counted, [(f.text, f.counts) for f in figures]


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [("המחירים עלו פי 3 בתוך עשור.", 3, "המחירים"), ("מספר הפניות גדל פי שניים לעומת אשתקד.", 2, "מספר הפניות")],
)
def test_a_multiple_counts_the_subject(text: str, value: float, counted: str) -> None:
    figures = [f for f in _figures(text) if f.value == value]
    assert figures and figures[0].unit == "times" and figures[0].counts == counted, [(f.text, f.counts) for f in _figures(text)]


@pytest.mark.parametrize(
    "text",
    ["הסוגיה עמדה במרכז הדיון הציבורי.", "הנושא נמצא במרכז תשומת הלב.", "המשפחה היא מרכז החיים שלו."],
)
def test_the_middle_of_a_thing_is_no_centre_that_acts(text: str) -> None:
    assert _named(text, "organisation") == [], _named(text, "organisation")


def test_a_centre_named_by_its_field_is_a_body() -> None:
    assert "מרכז השלטון המקומי" in _named("מרכז השלטון המקומי התנגד לקיצוץ.", "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "ארגון האירוע ארך חודשים.",  # organizing the event
        "הוא מתאמן במכון כושר ליד ביתו.",  # a gym
        "קרן אור חדרה מבעד לענן.",  # a ray of light
        "הטייסים קיבלו רשימה מתוך בנק המטרות.",  # a bank of targets
        "יושב הראש נתן לו את רשות הדיבור.",  # the right to speak
        "תנועת הרכבים בכביש הייתה איטית.",  # the movement of vehicles
    ],
)
def test_a_head_that_is_a_common_noun_in_an_idiom_names_no_body(text: str) -> None:
    assert _named(text, "organisation") == [], _named(text, "organisation")


def test_the_same_heads_with_a_bodys_complement_stay_bodies() -> None:
    assert "קרן המטבע הבינלאומית" in _named("קרן המטבע הבינלאומית הזהירה מפני מיתון.", "organisation")


@pytest.mark.parametrize(
    "text",
    ["אלפים הפגינו ברחובות העיר.", "המפגינים צעדו ברחובות חיפה.", "הם יצאו לרחובות במחאה."],
)
def test_a_town_named_by_a_plural_noun_is_the_noun_in_construct_or_idiom(text: str) -> None:
    assert "רחובות" not in _named(text, "place"), _named(text, "place")


@pytest.mark.parametrize(("text", "town"), [("הוא גר ברחובות.", "רחובות"), ("בנתיבות הסמוכה נשמעו אזעקות.", "נתיבות")])
def test_a_town_named_by_a_plural_noun_stays_a_town_on_its_own(text: str, town: str) -> None:
    assert town in _named(text, "place"), _named(text, "place")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('העסקה נחתמה עם גלבוע מערכות בע"מ בשבוע שעבר.', 'גלבוע מערכות בע"מ'),  # a limited company
        ('חברת ארז פלסטיק בע"מ הודיעה על פיטורים.', 'ארז פלסטיק בע"מ'),  # longer than the head's reading
        ("המשרד התקשר עם תמר יזמות בע״מ.", "תמר יזמות בע״מ"),
    ],
)
def test_a_company_named_with_its_limited_mark(text: str, body: str) -> None:
    assert body in _named(text, "organisation"), _named(text, "organisation")


def test_a_hitpael_verb_after_a_definite_head_names_no_body() -> None:
    assert not any(o.startswith("המשרד") for o in _named("המשרד התקשר עם הספק.", "organisation"))


@pytest.mark.parametrize(
    ("text", "value"),
    [("שלושת אלפים שוטרים יאבטחו את הטקס.", 3000), ("עשרת אלפים איש השתתפו בעצרת.", 10000)],
)
def test_a_number_in_the_construct_state_before_a_scale(text: str, value: float) -> None:
    assert [f.value for f in _figures(text)] == [value], [(f.text, f.value) for f in _figures(text)]


def test_a_number_in_the_construct_state_before_a_definite_noun_points_back() -> None:
    assert _figures("שלושת החשודים נעצרו בבוקר.") == []


@pytest.mark.parametrize(
    ("text", "india"),
    [("ארבעת הנאשמים הודו במיוחס להם.", False), ("הודו וסין חתמו על הסכם.", True), ("הוא טס להודו.", True)],
)
def test_india_or_they_admitted(text: str, india: bool) -> None:
    assert ("הודו" in _named(text, "place")) == india, _named(text, "place")


@pytest.mark.parametrize(
    "text",
    ["מכבי ניצחה 85:79 בגמר.", "הקבוצה ניצחה 3-1 בסדרה."],
)
def test_a_score_is_no_figure_and_no_time(text: str) -> None:
    assert _figures(text) == [], [(f.text, f.value) for f in _figures(text)]
    assert not any(":" in d for d in [f.text for f in find_dates([SourceSentence(0, 0, text)], "he")])


def test_a_range_with_a_hyphen_stays_a_figure() -> None:
    figures = _figures("הטיפול נמשך 3-4 ימים.")
    assert [(f.value, f.value_max) for f in figures] == [(3, 4)]


@pytest.mark.parametrize(
    ("text", "club"),
    [("בגמר תפגוש מכבי את הפועל באר שבע.", "הפועל באר שבע"), ("בית\"ר ירושלים גברה על מכבי חיפה.", "מכבי חיפה")],
)
def test_clubs_by_their_town(text: str, club: str) -> None:
    assert club in _named(text, "organisation"), _named(text, "organisation")


def test_a_stadium_by_its_name() -> None:
    assert "אצטדיון סמי" in _named("המשחק נערך באצטדיון סמי מול קהל גדול.", "place")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('בבית החולים רמב"ם בחיפה נפתחה מחלקה חדשה.', 'בית החולים רמב"ם'),  # an acronym as the name
        ("השירות המטאורולוגי המליץ להימנע ממאמץ.", "השירות המטאורולוגי"),  # a service that is a body
        ("שירותי בריאות ירוקה הודיעו כי החיסונים הגיעו.", "שירותי בריאות ירוקה"),
    ],
)
def test_health_and_weather_bodies(text: str, body: str) -> None:
    assert body in _named(text, "organisation"), _named(text, "organisation")


def test_a_city_whose_name_ends_like_a_plural_stays_before_a_verb() -> None:
    assert "ירושלים" in _named("ובירושלים התקיימה עצרת גדולה.", "place")


@pytest.mark.parametrize(
    ("text", "body", "not_body"),
    [
        ('לפי סקר של מכון המחקר "סקרית", 52% מתנגדים.', "סקרית", "מכון המחקר"),  # the kind and its field
        ('חברת הסקרים "מדדון" פרסמה את הנתונים.', "מדדון", "חברת הסקרים"),
    ],
)
def test_a_body_in_quote_marks_after_its_kind_and_field(text: str, body: str, not_body: str) -> None:
    named = _named(text, "organisation")
    assert body in named and not_body not in named, named


def test_scare_quotes_after_a_body_keep_the_body() -> None:
    assert "משרד הבריאות" in _named('משרד הבריאות "ממליץ" להתחסן.', "organisation")


@pytest.mark.parametrize(
    ("text", "value"),
    [("כחצי מיליון איש ביקרו בתערוכה.", 5e5), ("כרבע מיליון שקל הושקעו בפרויקט.", 2.5e5), ("חצי מיליון איש הפגינו.", 5e5)],
)
def test_about_a_fraction_of_a_scale_is_one_figure(text: str, value: float) -> None:
    assert [f.value for f in _figures(text)] == [value], [(f.text, f.value) for f in _figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "הפיצוץ אירע בבניין ברחוב הגפן 12 בחולון.",  # a house number
        "הסערה בדרגה 4 פגעה בחוף.",  # a level
        "נפתחה חקירה בתיק 1234.",  # a case file
    ],
)
def test_house_numbers_levels_and_files_are_no_figures(text: str) -> None:
    assert _figures(text) == [], [(f.text, f.value) for f in _figures(text)]


@pytest.mark.parametrize("text", ["ברחוב נפצעו 3 אנשים.", "ברחוב הראשי נפצעו 3 אנשים."])
def test_a_count_after_a_street_word_stays_a_figure(text: str) -> None:
    assert [f.value for f in _figures(text)] == [3]
    assert _named(text, "place") == []  # "הראשי" (main) is no street's name


def test_a_street_keeps_its_name_before_the_house_number() -> None:
    assert "רחוב הגפן" in _named("הפיצוץ אירע ברחוב הגפן 12 בחולון.", "place")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("הוא למד באוניברסיטה העברית.", "האוניברסיטה העברית"),  # ב swallowed the article
        ("הוא פנה ללשכה המשפטית של הכנסת.", "הלשכה המשפטית"),
        ("השגרירות האמריקאית הודיעה על סגירתה.", "השגרירות האמריקאית"),  # embassies
        ("שגרירות צרפת פרסמה הודעה.", "שגרירות צרפת"),
    ],
)
def test_a_swallowed_article_and_embassies(text: str, body: str) -> None:
    assert body in _named(text, "organisation"), _named(text, "organisation")


def test_a_construct_head_after_ב_keeps_no_article() -> None:
    assert "בנק הפועלים" in _named("הוא הפקיד את הכסף בבנק הפועלים.", "organisation")


@pytest.mark.parametrize(
    ("text", "unit"),
    [("הנהג נהג במהירות של 150 קמ״ש.", "km/h"), ("הרקטה נפלה 10 ק״מ מהגבול.", "kilometres")],
)
def test_units_written_with_the_hebrew_gershayim(text: str, unit: str) -> None:
    assert [f.unit for f in _figures(text)] == [unit]
