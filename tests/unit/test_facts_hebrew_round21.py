"""Hebrew people, roles and quotes in the constructions of real Israeli news pages (local, police and courts,
business, health, sport), round 21, written again with made-up names and sentences: an interview's topic
label before a colon ("על התקציב:"), two joined verbs of saying ("הוסיף ואמר"), one's lawyer by a possessive
suffix ("עורך דינו", "סניגורו"), "X Y, מנהל Z:" before a quote, a role of a town of two words ("מאמן נס
ציונה"), a clause with its own verb before a colon, and a subtitle's bar ("... | ראש העיר:")."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "he") if f.kind == "person"}


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "he")]


@pytest.mark.parametrize(
    "label",
    ["על התקציב:", "ועל שר האוצר לוי:", "על המשחק בשבוע הבא נגד הקבוצה מהצפון:", "לגבי העתיד:"],
)
def test_a_topic_label_before_a_colon_goes_on_with_the_one_interviewed(label: str) -> None:
    paragraphs = [
        'מנכ"ל המפעל, אבי ברקן: "העבודה כאן נמשכת כרגיל בכל המחלקות".',
        f'{label} "אנחנו מרוצים מאוד ממה שקיבלנו בשנה האחרונה".',
    ]
    assert _speakers(paragraphs) == ["אבי ברקן", "אבי ברקן"]


def test_a_topic_label_names_no_person() -> None:
    paragraphs = [
        'מנכ"ל המפעל, אבי ברקן: "העבודה כאן נמשכת כרגיל בכל המחלקות".',
        'ועל שר האוצר לוי: "הוא איש ישר שעושה את עבודתו נאמנה".',
    ]
    assert "ועל שר האוצר" not in _people(paragraphs)


def test_according_to_before_a_colon_is_no_topic() -> None:
    paragraphs = ['על פי דובר המשטרה: "החשודים נעצרו אחרי מרדף ארוך בלילה".']
    assert _speakers(paragraphs) != [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('המנהל הוסיף ואמר על עובדיו: "הם עובדים קשה מאוד כל השנה".', "המנהל"),
        ('עוד הוסיף ואמר אבי ברקן כי "נמשיך לעבוד כל השנה בלי הפסקה".', "אבי ברקן"),
    ],
)
def test_a_second_verb_of_saying_joined_by_and_is_no_name(text: str, speaker: str) -> None:
    assert _speakers([text]) == [speaker]
    assert "ואמר" not in _people([text])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('מנגד, עורך דינו טען כי אין נגדו ראיות: "לא נמצא דבר בביתו של מרשי".', "עורך דינו"),
        ('בדיון אמרה פרקליטתה כי "היא לא ידעה דבר על המעשים האלה".', "פרקליטתה"),
        ('בתגובה טען סניגורו כי "מרשי לא היה במקום באותו הלילה".', "סניגורו"),
    ],
)
def test_a_role_with_a_possessive_suffix_speaks_unnamed(text: str, speaker: str) -> None:
    assert _speakers([text]) == [speaker]
    assert _people([text]) == {}


def test_a_named_lawyer_keeps_the_name() -> None:
    text = 'עורך העיתון, דני לוי, אמר כי "נמשיך לפרסם את הכתבות".'
    assert _speakers([text]) == ["דני לוי"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('פרופ\' יובל שחר, מנהל מרפאון: "תודה לכל הצוותים על העבודה הקשה בימים האלה".', "יובל שחר", "מנהל מרפאון"),
        ('ד"ר מיכל ארז, מנהלת תלמון: "אנחנו ערוכים לכל תרחיש בימים הקרובים".', "מיכל ארז", "מנהלת תלמון"),
    ],
)
def test_a_name_and_its_role_before_a_colon(text: str, name: str, role: str) -> None:
    people = _people([text])
    assert set(people) == {name}
    assert role in (people[name] or "")
    assert _speakers([text]) == [name]


def test_a_role_of_a_town_of_two_words_speaks_as_the_role() -> None:
    text = 'מאמן נס ציונה אחרי הניצחון על היריבה: "גאה מאוד בשחקנים שלי על המאמץ".'
    assert _speakers([text]) == ["מאמן נס ציונה"]
    assert _people([text]) == {}


def test_a_team_named_by_a_town_of_two_words_is_no_person() -> None:
    text = "פניו של מאמן הקבוצה מבאר שבע, גדי רון, אמרו הכל בסיום."
    assert "באר שבע" not in _people([text])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('המשטרה פנתה לבית המשפט בבקשה להאריך את מעצרו בחמישה ימים: "יש כאן מסוכנות ברורה לציבור".', "המשטרה"),
        ('החשוד ברח מהמקום | ראש המועצה יגאל שחם: "לא נאפשר אלימות כזאת ביישוב שלנו".', "יגאל שחם"),
    ],
)
def test_a_clause_or_a_subtitle_before_a_colon(text: str, speaker: str) -> None:
    assert _speakers([text]) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'המאמן אמר: "השחקנים שלי נהנו ועשו עבודה קשה מאוד הערב".',
        'המאמן אמר: "אני שמח בשביל החלוץ שכבש את השער".',
    ],
)
def test_words_of_the_speaker_are_no_names(text: str) -> None:
    assert _people([text]) == {}


def test_a_plural_role_then_names_is_still_a_list() -> None:
    text = "השחקנים דני לוי ויוסי כהן נפצעו באימון."
    assert set(_people([text])) == {"דני לוי", "יוסי כהן"}


@pytest.mark.parametrize(
    "text",
    [
        "השרה אמרה היום (שני) כי המצב במחוז טוב.",
        'שר הפנים יעקב ברקן בישר הערב (רביעי) כי "הגענו ליעד שהצבנו לעצמנו".',
    ],
)
def test_a_weekday_in_brackets_is_no_party(text: str) -> None:
    assert not [f for f in facts_of([text], "he") if f.kind == "organisation" and f.text in ("שני", "רביעי")]


def test_a_party_in_brackets_after_a_member_stays() -> None:
    text = 'ח"כ דנה לוי (העבודה) אמרה כי המצב טוב.'
    assert "העבודה" in {f.text for f in facts_of([text], "he") if f.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        "הקבוצה הפסידה להפועל נצרת-עילית. נצרת-עילית הגיעה למצב אחד והבקיעה.",
        "חברי המועצה טוענים כי בעקבות הכישלון של ראש העיר בניהול העיר בכל תחומי החיים יש לפעול. כל תחומי החיים נפגעו.",
    ],
)
def test_a_definite_noun_or_every_is_no_given_name(text: str) -> None:
    assert _people([text]) == {}


def test_the_construct_of_owner_is_no_preposition_and_a_given_name() -> None:
    text = "האמנים הרבו לצייר עצים, פרחים ובעלי חיים."
    assert _people([text]) == {}


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["השר אבי ברקן נאם אתמול.", '"אנחנו לא רוצים בחירות ולכן נמשיך יחד עם כולם", דברי ברקן.'], "אבי ברקן"),
        (["השר אבי ברקן נאם אתמול.", '"נמשיך לעבוד יחד למען כל האזרחים", אלה היו דברי ברקן.'], "אבי ברקן"),
    ],
)
def test_the_words_of_someone_after_a_quote(paragraphs: list[str], speaker: str) -> None:
    assert _speakers(paragraphs)[-1] == speaker


def test_a_passive_verb_before_a_body_statement() -> None:
    paragraphs = ['עוד נכתב בהודעת המפלגה: "היו"ר מסרב לתמוך בפתרון היחיד שהוצע לו".']
    assert _speakers(paragraphs) == ["המפלגה"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('ח"כ דנה ברקן מ\'עתיד חדש\' תקפה אותו על כך וכתבה בחשבון שלה: "חשוב היה לו לגנות את ההפרעות".', "דנה ברקן"),
        ('יו"ר \'הבית המשותף\', אבי גולן, גינה אמש את חבריו ואמר: "צריך לדעת לכבד את כולם בבית".', "אבי גולן"),
    ],
)
def test_a_party_in_single_quote_marks_inside_the_introduction(text: str, speaker: str) -> None:
    assert _speakers([text]) == [speaker]
    assert set(_people([text])) == {speaker}


def test_the_subject_of_two_joined_verbs_after_a_reported_clause() -> None:
    paragraphs = [
        "השר אבי ברקן נאם אתמול בכנס.",
        'ברקן שב על טענתו כי המפלגה מקיימת "ממשלה בתוך ממשלה" והוסיף כי היריבים מתעקשים '
        '"בניסיון כושל לקושש קולות למפלגה שלא מצליחה בסקרים".',
    ]
    assert _speakers(paragraphs)[-1] == "אבי ברקן"


def test_a_geresh_in_a_name_is_no_quote_mark() -> None:
    paragraphs = [
        "המאמן יוסי מילוביץ' הגיע לאצטדיון, וג'ורדי לוי הצטרף אליו.",
        'מילוביץ\' הוסיף: "אנחנו מאוכזבים מהתוצאה אבל לא מהדרך שלנו".',
    ]
    assert _speakers(paragraphs) == ["יוסי מילוביץ'"]


@pytest.mark.parametrize("after", ["כך הבהירו מטעם המפלגה", "מסרו בשם החברה"])
def test_people_of_a_body_speaking_on_its_behalf(after: str) -> None:
    body = after.split()[-1]
    paragraphs = ["השר אבי ברקן נאם אתמול.", f'"היריבים יפילו את הממשלה תוך חודשים ספורים", {after}.']
    assert _speakers(paragraphs)[-1] == body
