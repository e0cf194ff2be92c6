"""Hebrew key facts, class by class, on sentences written for these tests (none from the corpus).

Each test names one class of Hebrew a linguist would recognise: glued prefixes (ו ב ל מ ה ש כ), years and
centuries named as such, section numbers, construct-state titles, a role and a name in commas.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.facts import extract_facts
from briefing_app.core.facts.dates import find_dates
from briefing_app.core.facts.figures import find_figures
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people_he import find_hebrew_people
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.places import find_places_and_orgs
from briefing_app.core.pipeline import load_document


def _sentence(text: str) -> list[SourceSentence]:
    return [SourceSentence(0, 0, text)]


def _dates(text: str) -> list[str]:
    return [f.text for f in find_dates(_sentence(text), "he")]


def _figures(text: str) -> list[Fact]:
    return find_figures(_sentence(text), "he")


# Dates


@pytest.mark.parametrize(
    "text",
    [
        "הדוח נחשבת מסמך חשוב בעיני המומחים.",  # שבת inside נחשבת
        "דיוני הוועדה נמשכו עד הערב.",  # יוני inside דיוני
        "אמר מאירה לוי לכתבים.",  # מאי inside מאירה
    ],
)
def test_a_month_or_weekday_inside_another_word_is_no_date(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("העתירה הוגשה ב-12 במרץ 2019 לבית המשפט.", "12 במרץ 2019"),
        ("בליל ה-3 בספטמבר 1999 נשמעו יריות.", "3 בספטמבר 1999"),
        ("החוק נכנס לתוקף ביולי 2020.", "ביולי 2020"),
        ("החנות סגורה במוצאי שבת.", "שבת"),
    ],
)
def test_a_day_before_a_prefixed_month_is_one_date(text: str, key: str) -> None:
    assert any(key in d for d in _dates(text)), _dates(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("המבצר נבנה בשנת 812 ונהרס מאוחר יותר.", "812"),
        ('הכתובת מתוארכת לשנת 930 לפנה"ס לערך.', "930"),
        ("היישוב התקיים בין השנים 320 ועד שנת 610.", "610"),
        ("הכנסייה נבנתה במאה השביעית.", "מאה השביעית"),
        ("העיר שגשגה במאה ה-12.", "מאה ה-12"),
    ],
)
def test_years_named_as_years_and_centuries_are_dates_not_figures(text: str, key: str) -> None:
    assert any(key in d for d in _dates(text)), _dates(text)
    assert _figures(text) == [], [(f.text, f.value) for f in _figures(text)]


def test_until_today_is_no_date_of_the_report() -> None:
    assert _dates("המבנה עומד על תילו עד היום.") == []
    assert _dates("השר נפגש היום עם הנציגים.") == ["היום"]


# Figures that are not figures


@pytest.mark.parametrize(
    "text",
    [
        "הנאשם הואשם בעבירה לפי סעיף 112 לחוק העונשין.",
        "הוא הסתמך על סעיף 45ג(א) לפקודת התעבורה.",
        "התקנה נקבעה בסעיף 17(ד)(2) לחוק.",
        "הממשלה קיבלה את החלטה 518 בנושא.",
        "הצעת החוק אושרה פה אחד בוועדה.",
        "אף אחד מהנוכחים לא הגיב.",
        "שלושת הסעיפים האלה בוטלו.",
    ],
)
def test_section_numbers_idioms_and_pointing_back_are_no_figures(text: str) -> None:
    assert _figures(text) == [], [(f.text, f.value) for f in _figures(text)]


def test_the_top_of_a_range_with_its_unit_between_is_not_a_second_figure() -> None:
    figures = _figures('עובי השכבה נע בין 3 מ"מ ל-9 מ"מ לאורך הקיר.')
    assert [f.value for f in figures] == [3]
    assert "עובי השכבה" in (figures[0].counts or "")


# What a Hebrew figure counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("נמצאה מנהרה שאורכה כ-40 מטר מתחת לבית.", 40, "מנהרה"),
        ("הם שכרו אולם ששטחו הוא 12 על 9 מטרים.", 9, "שטח"),
        ("התחנה ממוקמת כ-200 מטרים דרומית לכיכר העיר.", 200, "דרומית"),
        ("ההחלטה התקבלה ברוב חבריה (33) של המועצה.", 33, "חברי"),
        ("הקנס על רוב העבירות בתחום עמד על 15% מהשכר.", 15, "קנס"),
        ("תוקפה של התקנה יהיה עד שלוש שנים בלבד.", 3, "תוקפ"),
        ('ההצעה עברה ברוב של 52 ח"כים.', 52, 'ח"כים'),
    ],
)
def test_what_a_hebrew_figure_counts(text: str, value: float, key: str) -> None:
    found = [f for f in _figures(text) if f.value == value]
    assert found, [(f.text, f.value) for f in _figures(text)]
    assert key in (found[0].counts or ""), found[0].counts


def test_one_and_a_half_of_a_unit_with_no_number_written() -> None:
    figures = _figures("אורך החבל בסירה מטר וחצי.")
    assert [(f.value, f.unit) for f in figures] == [(1.5, "metres")]
    assert "אורך החבל" in (figures[0].counts or "")
    assert [f.value for f in _figures("הוא נידון לשנה וחצי מאסר.")] == [1.5]


# Places and organisations


def _named(text: str, kind: str) -> list[str]:
    return [f.text for f in find_places_and_orgs(_sentence(text), "he") if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("במקרים חריגים נדחתה הבקשה.", "קרים"),  # two prepositions never glue to one word
        ("המניות נסחרו בהבורסה ובמקומות אחרים.", "בורסה"),  # a place's name takes no article
    ],
)
def test_no_place_behind_an_impossible_prefix(text: str, not_a_place: str) -> None:
    assert not_a_place not in _named(text, "place")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("המשלחת עברה בשער יפו בדרכה לעיר העתיקה.", "שער יפו"),
        ("התושבים עלו להר תבור בשעות הבוקר.", "הר תבור"),
        ("החנות נפתחה ברחוב הגפן לפני שנה.", "רחוב הגפן"),
        ("הממצאים נמצאו בארץ מצרים ובסוריה.", "ארץ מצרים"),
    ],
)
def test_a_geographic_head_in_construct_with_its_name_is_one_place(text: str, place: str) -> None:
    assert place in _named(text, "place"), _named(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "שער הדולר ירד הבוקר.",  # the dollar's rate
        "הרי שהבקשה נדחתה.",  # "then"
        "הם טיפסו על הר גבוה.",  # a high mountain
    ],
)
def test_a_head_noun_with_a_common_word_is_no_place(text: str) -> None:
    assert _named(text, "place") == []


def test_the_article_closes_a_construct_body_name() -> None:
    # "בית המשפט" is complete: the word after it is no part of the name
    assert _named("בהמשך טען בית החולים שהמחלקה תיסגר.", "organisation") == []


def test_a_body_keeps_the_city_it_serves_and_its_field() -> None:
    orgs = _named("התיק נדון בבית משפט השלום באר שבע ובוועדת השרים לענייני ביטחון.", "organisation")
    assert "בית משפט השלום באר שבע" in orgs
    assert "וועדת השרים לענייני ביטחון" in orgs  # as written (the full spelling doubles the ו)
    assert "באר שבע" not in _named("התיק נדון בבית משפט השלום באר שבע.", "place")


def test_a_company_in_single_quote_marks_is_its_name() -> None:
    assert _named("הבקשה של חברת 'גלבוע' נדחתה.", "organisation") == ["גלבוע"]


def test_an_indefinite_head_with_a_purpose_is_a_description() -> None:
    assert _named("הוא פתח משרד לייעוץ עסקי בעיר.", "organisation") == []


def test_the_government_inside_a_prime_ministers_title_is_the_country() -> None:
    text = "ראש ממשלת צרפת נפגש עם הנציגים."
    assert _named(text, "organisation") == []
    assert "צרפת" in _named(text, "place")


# People and their roles


def _people(*texts: str) -> dict[str, str | None]:
    index = PeopleIndex()
    find_hebrew_people([SourceSentence(i, 0, t) for i, t in enumerate(texts)], index)
    return {p.name: p.role for p in index.people}


def test_a_role_then_a_name_in_commas_even_with_an_unlisted_given_name() -> None:
    people = _people("לדעתו של נשיא בית הדין הארצי, אורנן זיסקינד, כי ההחלטה שגויה.")
    assert people == {"אורנן זיסקינד": "נשיא בית הדין הארצי"}


def test_a_plural_role_then_names_joined_by_and() -> None:
    people = _people("המשלחת כללה את החוקרים גונתר פלאם ואוסקר רייט, שהגיעו מאירופה.")
    assert people == {"גונתר פלאם": "החוקרים", "אוסקר רייט": "החוקרים"}
    people = _people("שופטי העליון, רות כהן דן לוי ומרים שחר, דחו את הערעור.")
    assert set(people) == {"רות כהן", "דן לוי", "מרים שחר"}
    assert all(role and "שופט" in role for role in people.values())


def test_an_appointment_names_the_role_with_le() -> None:
    people = _people("עם מינויו של דוד מזרחי לשר האוצר החלה רפורמה.")
    assert people == {"דוד מזרחי": "שר האוצר"}


def test_a_role_after_a_copula_runs_to_a_phrase_of_time() -> None:
    people = _people("יוסף הרמלין היה מנהל מחלקה ויועץ בכיר משנת 1990.")
    assert people == {"יוסף הרמלין": "מנהל מחלקה ויועץ בכיר"}


def test_named_once_in_full_then_by_the_family_name_alone() -> None:
    people = _people("משה הגלילי עבד שנים בנמל.", "לימים עתר הגלילי לבית הדין.", "בית הדין דחה את טענות הגלילי.")
    assert "משה הגלילי" in people


def test_a_common_noun_after_a_given_name_is_no_family_name() -> None:
    # "שביל" stands alone and with the article elsewhere: a common noun, not a family name
    people = _people("אורך השביל נמדד אתמול.", "דוד שביל צר.", "שביל חדש נסלל.", "שביל הוא דרך צרה.")
    assert people == {}


def test_a_middle_name_when_the_name_closes_the_clause() -> None:
    assert _people("הוא נפגש עם שרת החוץ מרים רות אלמוג.") == {"מרים רות אלמוג": "שרת החוץ"}


def test_a_word_before_the_object_marker_is_a_verb_not_a_family_name() -> None:
    assert _people('בדיון ח"כ רון מגיש את ההצעה לכנסת.') == {}


def test_a_body_after_a_speech_verb_is_no_person() -> None:
    assert _people("כך טענה גם רשות המסים בדוח שפרסמה.", "לבסוף קבע בית המשפט, שהתקנה תקפה.") == {}


# Quotes


def _article(tmp_path: Path, *paragraphs: str) -> list[Fact]:
    path = tmp_path / "article.txt"
    path.write_text("כותרת\n\n" + "\n".join(paragraphs) + "\n", encoding="utf-8")
    return extract_facts(load_document(path, language="he"))


def _quotes(tmp_path: Path, *paragraphs: str) -> list[Fact]:
    return [f for f in _article(tmp_path, *paragraphs) if f.kind == "quote"]


def test_a_role_then_the_name_in_commas_before_ki_speaks(tmp_path: Path) -> None:
    quotes = _quotes(
        tmp_path, 'לדעתו סבר יו"ר הוועדה הציבורית, אורן שגיא, כי "אין שום הצדקה להמשיך כך בלי תקציב נוסף".'
    )
    assert [q.speaker for q in quotes] == ["אורן שגיא"]


def test_a_body_that_rules_speaks_without_becoming_a_person(tmp_path: Path) -> None:
    facts = _article(tmp_path, 'בסוף קבע בית הדין, בלשונו: "אין לקבל טענה זו בשום מקרה ובשום צורה".')
    assert [f.speaker for f in facts if f.kind == "quote"] == ["בית הדין"]
    assert [f.text for f in facts if f.kind == "person"] == []


def test_an_inscription_is_no_speech(tmp_path: Path) -> None:
    assert _quotes(tmp_path, 'על הקיר נמצא שלט עתיק האומר: "ברוכים הבאים לכל מי שעובר בשער הזה בשלום".') == []


def test_a_prefix_letter_glued_to_an_opening_mark_is_no_acronym(tmp_path: Path) -> None:
    # 'ב"גן הסוד"' opens a quoted name; if read as gershayim, its closing mark would open a false quote
    quotes = _quotes(
        tmp_path, 'הם ישבו ב"גן הסוד" ליד הנחל בשעות הערב. המדריך אמר: "המקום הזה פתוח לכולם מהבוקר ועד הערב".'
    )
    assert len(quotes) == 1 and quotes[0].text.startswith("המקום הזה")


# News register: relative dates, ״ as a quote mark, hyphenated names, parties, markets


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("השר הודיע אמש על התוכנית.", "אמש"),
        ("הוועדה תתכנס בשבוע הבא לדיון.", "בשבוע הבא"),
        ("בתחילת החודש פורסמו הנתונים.", "בתחילת החודש"),
        ("המחירים עלו לעומת השנה שעברה.", "השנה שעברה"),
        ("החשוד נעצר לפני שלושה ימים.", "לפני שלושה ימים"),
    ],
)
def test_relative_dates_of_a_report(text: str, key: str) -> None:
    assert key in _dates(text), _dates(text)


def test_a_decade_is_no_figure() -> None:
    assert _figures("בשנות ה-80 עבר הענף משבר.") == []


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("המטבע נחלש ב-4% מול האירו.", 4, "המטבע"),
        ("לפי התחזית, האינפלציה תעמוד על 3.5% בסוף השנה.", 3.5, "האינפלציה"),
    ],
)
def test_a_subject_before_a_market_verb_or_a_future_copula(text: str, value: float, key: str) -> None:
    found = [f for f in _figures(text) if f.value == value]
    assert found and key in (found[0].counts or ""), [(f.value, f.counts) for f in _figures(text)]


def test_gershayim_character_as_quotation_marks(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, 'מנכ"ל החברה נועם בן-שחר מסר בתגובה: ״נמשיך להשקיע בפיתוח ובעובדים שלנו״.')
    assert [(q.text, q.speaker) for q in quotes] == [("נמשיך להשקיע בפיתוח ובעובדים שלנו", "נועם בן-שחר")]


def test_a_time_and_a_place_after_the_verb_leave_the_speaker_before_it(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, 'שר האוצר, אבי שמעוני, אמר הבוקר בכנס הכלכלי: "המשק יצא מהמשבר חזק יותר".')
    assert [q.speaker for q in quotes] == ["אבי שמעוני"]


def test_a_role_with_nobody_named_is_no_person() -> None:
    assert _people("לדברי ראש האופוזיציה, הממשלה נכשלה.") == {}


def test_a_members_party_in_brackets_is_an_organisation() -> None:
    assert "מרצ" in _named('ח"כ יעל ברון (מרצ) הגישה הצעת חוק.', "organisation")


def test_a_definite_body_and_its_purpose_after_le() -> None:
    assert _named("לפי המשרד להגנת הסביבה, הזיהום פחת.", "organisation") == ["המשרד להגנת הסביבה"]
    assert _named("המוסד לביטוח לאומי ישלם מענק חד-פעמי.", "organisation") == ["המוסד לביטוח לאומי"]
    assert _named("הממשלה החליטה להעביר כספים לרשויות.", "organisation") == []  # an infinitive, no purpose


def test_a_place_inside_a_persons_name_is_no_place(tmp_path: Path) -> None:
    facts = _article(tmp_path, "שרת הבריאות דנה לוינר ביקרה בבית החולים.")
    assert [f.text for f in facts if f.kind == "person"] == ["דנה לוינר"]
    assert [f.text for f in facts if f.kind == "place"] == []


def test_a_title_inside_the_commas_and_a_name_closed_by_a_full_stop() -> None:
    people = _people('בישיבה נכח מנכ"לית המשרד, ד"ר שירה אלון.')
    assert people == {"שירה אלון": 'מנכ"לית המשרד; ד"ר'}


def test_a_speaker_after_the_quote_without_the_adjunct_after_it(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, '"אנחנו בוחנים את כל הנתונים בקפידה רבה", מסר משרד הבריאות בתגובה.')
    assert [q.speaker for q in quotes] == ["משרד הבריאות"]


@pytest.mark.parametrize("verb", ["הגיבה", "השיבה", "הבהירה"])
def test_more_speech_verbs(tmp_path: Path, verb: str) -> None:
    quotes = _quotes(tmp_path, f'שרת התרבות מיכל אורן {verb}: "נמשיך לתמוך באמנים בכל הארץ".')
    assert [q.speaker for q in quotes] == ["מיכל אורן"]


def test_a_clause_after_the_figure_leaves_the_subject(tmp_path: Path) -> None:
    found = [f for f in _figures("לדבריה, הפרויקט יעלה 4 מיליארד שקל ויושלם בעוד שנתיים.") if f.value == 4e9]
    assert found and "הפרויקט" in (found[0].counts or "")


def test_one_of_a_definite_plural_is_no_figure() -> None:
    assert _figures("זו אחת הסיבות המרכזיות למשבר.") == []
    assert _figures("אחד הנאשמים שוחרר למעצר בית.") == []


def test_shekels_written_with_the_gershayim_character() -> None:
    figures = _figures("העירייה תשקיע 30 מיליון ש״ח בשיקום הפארק.")
    assert [(f.value, f.unit) for f in figures] == [(30_000_000, "ILS")]
    assert "ש״ח" not in (figures[0].counts or "")


def test_people_as_a_phrase_is_no_persons_name() -> None:
    # "בני אדם" (people) twice: the construct of בן, not a given and a family name
    assert _people("שלושה בני אדם נפצעו.", "עשרות בני אדם פונו מהאזור.") == {}


def test_a_description_then_a_known_given_name_after_the_quote(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, '"המצב בשטח קשה מאוד הלילה", אמר כבאי ותיק דני אזולאי.')
    assert [q.speaker for q in quotes] == ["דני אזולאי"]


def test_a_hebrew_acronym_names_a_body_but_a_title_unit_or_initials_do_not() -> None:
    assert _named('צוותי מד"א פינו את הפצועים, ודובר צה"ל מסר כי השב"כ עצר חשוד.', "organisation") == [
        'מד"א',
        'צה"ל',
        'השב"כ',
    ]
    assert _named('התלונה הועברה למח"ש.', "organisation") == ['מח"ש']
    text = 'ח"כ דן לוי וד"ר רות כהן שילמו 5 ש"ח לק"ג בשנת תשפ"ד, ולא מ"ב.'
    assert _named(text, "organisation") == []


def test_a_committee_named_by_a_list_of_fields() -> None:
    assert _named("הדיון בוועדת עבודה, רווחה ובריאות נדחה.", "organisation") == ["ועדת עבודה, רווחה ובריאות"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("רקטות שוגרו לעבר שדרות, אשקלון ונתיבות.", "אשקלון"),
        ("הם ביקרו בחיפה, חולון וברעננה.", "חולון"),
    ],
)
def test_a_town_in_a_list_opened_by_a_preposition_of_place(text: str, place: str) -> None:
    assert place in _named(text, "place")


def test_a_town_after_a_comma_without_a_list_of_places_is_not_read() -> None:
    assert _named("כמו כן, חולון", "place") == []


def test_a_time_word_and_ki_after_the_verb_leave_the_subject_before_it(tmp_path: Path) -> None:
    facts = _article(tmp_path, 'מנהלת המרפאה, ד"ר מיכל שגיא, הזהירה אתמול כי "בלי תקציב נוסף נסגור את המרפאה".')
    assert [f.speaker for f in facts if f.kind == "quote"] == ["מיכל שגיא"]
    assert [f.text for f in facts if f.kind == "person"] == ["מיכל שגיא"]


def test_a_body_before_the_verb_and_an_adjunct_speaks(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, 'משרד החינוך מסר בתגובה כי "הנושא נבדק ויטופל בימים הקרובים".')
    assert [q.speaker for q in quotes] == ["משרד החינוך"]


def test_someone_described_but_not_named_is_no_person(tmp_path: Path) -> None:
    facts = _article(tmp_path, '"אנחנו לא ישנים כבר שבועות בגלל הרעש", אמר תושב בשכונה הסמוכה.')
    assert [f.text for f in facts if f.kind == "person"] == []


@pytest.mark.parametrize("text", ["השריפה פרצה בקומה ה-14 של הבניין.", "כביש 90 נחסם לתנועה.", "טיסה 315 בוטלה."])
def test_an_ordinal_in_digits_or_a_number_that_names_a_road_or_flight_is_no_figure(text: str) -> None:
    assert _figures(text) == [], [(f.text, f.value) for f in _figures(text)]


def test_a_figure_after_from_the_stays() -> None:
    assert [f.value for f in _figures("השיעור ירד מה-30% ל-25%.")] == [30, 25]


def test_an_age_after_gil() -> None:
    found = _figures("בגיל 19 הוא עבר לעיר.")
    assert [f.value for f in found] == [19] and "age" in (found[0].counts or "")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("הבחירות ייערכו ב-3.4.2026 כמתוכנן.", "3.4.2026"),
        ("ההחלטה מיום 21/06/24 בוטלה.", "21/06/24"),
        ("ביום ג' בערב נשמעו אזעקות.", "יום ג'"),
        ("בחג הפסח נסגרו המעברים.", "פסח"),
        ("לקראת ראש השנה עלו המחירים.", "ראש השנה"),
    ],
)
def test_numeric_dates_weekday_letters_and_holidays(text: str, key: str) -> None:
    assert any(key in d for d in _dates(text)), _dates(text)
    assert _figures(text) == []


def test_function_words_in_the_given_name_list_start_no_name() -> None:
    # "שם" (there) and "יום" (day) are in the given-name list; repeated with the same next word they
    # would otherwise read as a person
    assert _people("שם נמצא המקלט.", "לדבריו, שם נמצא המקלט הישן.", "יום שלם עבר.", "יום שלם חיכו.") == {}


def test_a_title_then_an_unlisted_name_the_article_repeats_alone() -> None:
    people = _people("הוא נפגש עם נשיא צרפת ז'אק מורו.", "מורו אמר כי השיחה הייתה טובה.")
    assert people == {"ז'אק מורו": "נשיא צרפת"}
    # a verb and a place after a title are no name, even if the place recurs
    assert _people("שר החוץ ביקר בפריז.", "בפריז נערכה פגישה.") == {}


def test_x_said_that_then_a_quoted_phrase_speaks_for_x(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, 'שרת האוצר רינה גל אמרה כי המדינה "תמשיך לתמוך בעסקים הקטנים בכל הכוח".')
    assert [q.speaker for q in quotes] == ["רינה גל"]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [('במחסן נתפסו 7 ק"ג חומרי נפץ.', 7, "חומרי"), ("לנמל הגיעו 12 טון ציוד רפואי.", 12, "ציוד")],
)
def test_a_unit_then_the_noun_it_measures(text: str, value: float, key: str) -> None:
    found = [f for f in _figures(text) if f.value == value]
    assert found and key in (found[0].counts or ""), [(f.value, f.counts) for f in _figures(text)]


def test_a_name_then_a_colon_introduces_a_quote(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, 'שרת החינוך מיכל אורן: "לא נסגור אף בית ספר בפריפריה".')
    assert [q.speaker for q in quotes] == ["מיכל אורן"]


def test_according_to_a_name_then_its_description_in_commas(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, 'לדברי עו"ד דנה שחר, המייצגת את העובדים, "ההחלטה פוגעת בזכויות שלהם".')
    assert [q.speaker for q in quotes] == ["דנה שחר"]


def test_a_feminine_speech_verb_after_the_quote_reads_its_subject(tmp_path: Path) -> None:
    # "אמרה" is one word: not "אמר" and a stray letter
    quotes = _quotes(
        tmp_path,
        'ראש העיר, יוסי לנדאו, אמר כי הכביש ייפתח בקרוב. "אנחנו לא ישנים בלילות", אמרה תושבת שכונה שביקשה לא להזדהות.',
    )
    assert quotes[-1].speaker == "תושבת שכונה שביקשה"


def test_a_role_after_the_quote_is_the_person_holding_it(tmp_path: Path) -> None:
    quotes = _quotes(
        tmp_path,
        "דובר המשטרה רון שמעוני אמר כי החקירה נמשכת.",
        '"אנחנו בודקים את כל הכיוונים האפשריים בתיק", אמר דובר המשטרה.',
    )
    assert [q.speaker for q in quotes] == ["רון שמעוני"]


def test_about_glued_to_a_fraction_word() -> None:
    figures = _figures("כמחצית מהעובדים יצאו לחופשה.")
    assert [(f.value, f.counts) for f in figures] == [(0.5, "מהעובדים")]


@pytest.mark.parametrize("count", ["חמישה", "שישה"])
def test_a_number_and_its_noun_after_a_titled_name_is_no_family_name(count: str) -> None:
    # חמישה and שישה are in the family-name list too; before a noun they count it ("לשר X חמישה מכתבים")
    people = _people(f"המזכירה מסרה לשר זלצברג {count} מכתבים מהתושבים", "השר עמנואל זלצברג קרא אותם בעיון.")
    assert f"זלצברג {count}" not in people
    assert people.get("עמנואל זלצברג") == "השר"


def test_a_family_name_after_a_titled_given_name_still_reads() -> None:
    # (near miss: a listed family name that is no number stays the second word of the name)
    people = _people("המזכירה מסרה לשר עמנואל כהן מכתבים מהתושבים.")
    assert people.get("עמנואל כהן") == "שר"
