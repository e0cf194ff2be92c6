"""Arabic and Hebrew quotes with their speaker and people, round 28: constructions that recurred on real Arabic
and Hebrew news pages (prime ministers' statements, police arrests, courts, interviews in business papers),
written again with made-up names and sentences, each with near misses that must keep their old reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import people_roles, quotes_of


def _people(paragraphs: list[str], lang: str = "he") -> dict[str, str | None]:
    return people_roles(paragraphs, lang)


def _speakers(paragraphs: list[str], lang: str = "he") -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, lang)]


# --- Hebrew: words that open a clause, a second verb of saying, a verb after a town, a body after an office ----


@pytest.mark.parametrize(
    ("text", "false"),
    [
        # "there is" inside a quote, then a word that is also a family name and a noun a verb of saying spells
        ('עמית דרורי עלה לבמה והכריז: "יש לי מסר חשוב לכל המשתתפים".', "יש לי"),
        # "and" and a second verb of saying after the subject
        ('לאחר מכן הוסיף גולדנברג והודיע: "לא נוותר על התוכנית".', "גולדנברג והודיע"),
        # a town (a given name too) after "resident of", then a passive verb
        ("תושב ערד נעצר אמש בחשד להצתה. הוא נעצר בביתו ונחקר. הוא נעצר בעבר.", "ערד נעצר"),
        # an office and its body, whose head is a given name too (קרן)
        ('בראיון אומר אבנר טלמי, מייסד ומנכ"ל קרן ברקוס, כי השוק ירד.', "קרן ברקוס"),
    ],
)
def test_clause_words_and_bodies_are_no_people(text: str, false: str) -> None:
    people = _people(["כותרת", text])
    assert false not in people, people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a real given name after the office's body, a listed family name after a body head word
        ('מנכ"לית החברה קרן כהן אמרה כי המכירות עלו.', "קרן כהן"),
        ('לאחר מכן הוסיף אבנר גולדנברג: "לא נוותר".', "אבנר גולדנברג"),
        ("תושב העיר משה נגבי נפצע קל בתאונה.", "משה נגבי"),
    ],
)
def test_names_near_those_shapes_stay(text: str, name: str) -> None:
    assert name in _people(["כותרת", text])


def test_a_founder_and_ceo_keeps_the_body_in_his_role() -> None:
    people = _people(["כותרת", 'בראיון אומר אבנר טלמי, מייסד ומנכ"ל קרן ברקוס, כי השוק ירד.'])
    assert "ברקוס" in (people.get("אבנר טלמי") or "")


# --- Hebrew: "these words" said by someone named after the quote, and "he says" before anyone is named -------


def test_these_words_name_the_speaker_after_the_quote() -> None:
    speakers = _speakers(
        [
            "כותרת",
            '"השנה תהיה קשה. איש אינו יודע מה יקרה". את הדברים האלה אומר אבנר טלמי, מנכ"ל החברה, בראיון.',
        ]
    )
    assert speakers == ["אבנר טלמי"], speakers


def test_he_says_before_the_name_goes_to_the_one_named_next() -> None:
    speakers = _speakers(
        [
            "כותרת",
            'החברה בראשות טלמי השלימה את ההנפקה. "אנחנו נצליח גם השנה", הוא אומר.',
            '"השנה תהיה קשה". את הדברים אומר אבנר טלמי, מנכ"ל החברה.',
        ]
    )
    assert speakers[0] == "אבנר טלמי", speakers


@pytest.mark.parametrize(
    "text",
    [
        'משה כהן הגיע לכנס. "אנחנו נצליח גם השנה", הוא אומר. בכנס היה גם יוסי לוי.',
        # a subject no list knows before "he says": not the one named after it
        'אבנר טלמי הגיע לכנס. "אנחנו נצליח גם השנה", הוא אומר. בכנס היה גם יוסי לוי.',
    ],
)
def test_he_says_is_never_one_named_only_after_it_in_another_sentence(text: str) -> None:
    speakers = _speakers(["כותרת", text])
    assert speakers != ["יוסי לוי"], speakers


# --- Hebrew: an apposition whose closing comma is left out before the verb of saying -------------------------


def test_an_office_closed_by_a_verb_of_saying_is_the_role() -> None:
    paragraphs = [
        "כותרת",
        'אליאב שרעבי, מנהל המרכז הקהילתי סיפר: "היה ירי ליד הגן".',
        'מנהל המרכז הקהילתי אומר כי התריעו על כך: "ביקשנו להתקין תאורה".',
    ]
    # (the verb of saying after the office is no part of the role)
    assert _people(paragraphs).get("אליאב שרעבי") == "מנהל המרכז הקהילתי"
    assert _speakers(paragraphs) == ["אליאב שרעבי", "אליאב שרעבי"]


def test_an_office_before_a_verb_of_saying_without_a_colon_is_the_role() -> None:
    paragraphs = ["כותרת", 'אליאב שרעבי, מנהל המרכז הקהילתי סיפר על שאירע כי "היה ירי ליד הגן".']
    assert _people(paragraphs).get("אליאב שרעבי") == "מנהל המרכז הקהילתי"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the next item of a list, a plural verb (a group), a clause after the comma
        'אליאב שרעבי, דוברי העירייה אמרו כי "הכול תקין".',
        'אליאב שרעבי, שהגיע למקום אמר כי "הכול תקין".',
    ],
)
def test_no_office_before_the_verb_gives_no_role(text: str) -> None:
    people = _people(["כותרת", text])
    assert not (people.get("אליאב שרעבי") or ""), people


# --- Arabic: a noun spelt as a verb of saying inside someone's quoted words --------------------------------------


@pytest.mark.parametrize(
    ("text", "false"),
    [
        (
            'وأشار إلى أن "الخطوات الأخيرة في المنطقة غير مفيدة، وتعقد إقامة صرح جديد متين للسلام".',
            "جديد متين",
        ),
        ('وأضاف أن "المبالغ المدفوعة استثنائية ووفق بند خاص جاء لدعم العائلات".', "بند خاص"),
    ],
)
def test_words_after_a_noun_spelt_as_a_verb_inside_a_quote_are_no_name(text: str, false: str) -> None:
    people = _people(["عنوان", text], "ar")
    assert not any(false in name for name in people), people


def test_a_given_name_after_a_verb_inside_a_quote_stays_a_person() -> None:
    people = _people(["عنوان", 'وأضاف: "لقد قال سامر الحلبي إن الموعد تأجل".'], "ar")
    assert any("سامر" in name for name in people), people


# --- Arabic: a name in quote marks after an office's chain; "على لسان" an office, a comma and its holder ---------


def test_a_name_in_marks_after_an_office_chain_is_a_person() -> None:
    paragraphs = [
        "كنعاني: بلادنا ليست طرفا في الأزمة",
        'صرح المتحدث باسم وزارة الخارجية الماليزية "هشام كرماني" بأن بلاده لم تكن طرفا في الصراع.',
        "واضاف كرماني بأن موقف بلاده واضح.",
    ]
    people = _people(paragraphs, "ar")
    assert "المتحدث" in (people.get("هشام كرماني") or ""), people


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a work's name in marks after its noun, a that-clause before the marks
        'عرض فيلم الأسبوع الماضي "هشام والبحر" في القاعة الكبرى.',
        'قال الوزير إن الفيلم "هشام والبحر" نال جائزة.',
    ],
)
def test_a_work_in_marks_is_no_person(text: str) -> None:
    people = _people(["عنوان", text], "ar")
    assert not any(name.startswith("هشام") for name in people), people


def test_on_the_tongue_of_an_office_then_a_name_after_the_comma() -> None:
    paragraphs = [
        "عنوان",
        'واعتبرت فنلندا على لسان مندوبها الدائم لدى الأمم المتحدة، ماتياس كورهونن أن "المؤتمر سيضر بأمن المنطقة".',
        'ولفت إلى أن "الخطوات الأخيرة لا تخدم أحدا".',
    ]
    assert _speakers(paragraphs, "ar") == ["ماتياس كورهونن", "ماتياس كورهونن"]


def test_on_the_tongue_of_a_named_spokesman_stays() -> None:
    paragraphs = ["عنوان", 'ونفت الوزارة على لسان المتحدث باسمها سامر العلي، وقال: "لا صحة لهذه الأنباء".']
    assert _speakers(paragraphs, "ar") == ["سامر العلي"]


# --- Hebrew biographies: children and parents named by a given name in a list; marked titles in a list ---------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("אחרי החתונה עברו לגור בחיפה, ושם נולדו להם שתי בנות, נועה ומיכל.", ["נועה", "מיכל"]),
        ("בן יעקב ושושנה. נולד בחיפה ולמד בטכניון.", ["יעקב", "שושנה"]),
        ("ילדיו: דוד, רחל ויונתן.", ["דוד", "רחל", "יונתן"]),
    ],
)
def test_children_and_parents_in_a_biographys_list(text: str, names: list[str]) -> None:
    people = _people(["כותרת", text])
    assert all(name in people for name in names), people


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the list goes on with a clause, "בן" inside a sentence (an age or a family name's particle)
        "נולדו להם שתי בנות שגרו בחיפה.",
        "הנאשם, בן 27, נעצר בביתו.",
        "למחרת הגיעו שתי בנות ושאלו על הדרך.",
    ],
)
def test_kin_nouns_with_no_list_of_names_name_no_one(text: str) -> None:
    people = _people(["כותרת", text])
    assert not people, people


def test_marked_titles_in_a_list_are_no_quote() -> None:
    paragraphs = ["כותרת", "בשנים אלה הוציא לאור ספרים: 'יערות וגבעות בגליל', 'מסע אל הים' וקובץ סיפורים."]
    assert _speakers(paragraphs) == [], quotes_of(paragraphs, "he")


def test_a_single_marked_quote_after_a_colon_stays() -> None:
    paragraphs = ["כותרת", "השר אמר בכנס: 'לא נוותר על הביטחון של התושבים'."]
    assert _speakers(paragraphs) == ["השר"]


# --- Hebrew: a family name alone, then a preposition glued to a noun the article writes elsewhere ---------------


def test_a_family_name_then_a_glued_noun_is_the_family_name_alone() -> None:
    paragraphs = [
        "כותרת",
        "הפאנל דן בפסק דינו הידוע של ברק בפרשה. באותה פרשה עסק הנשיא לשעבר ברק בסכסוך על חוזה שכירות, וקבע כי "
        "בנסיבות הסכסוך יש לפרש את החוזה לפי תכליתו.",
    ]
    people = _people(paragraphs)
    assert "ברק" in people and not any(" " in name for name in people), people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: family names that open with ב or מ, no such noun in the article
        ("השופט משה בייסקי עמד בראש הוועדה.", "משה בייסקי"),
        ("בשנת 1977 נבחר מנחם בגין לראשות הממשלה.", "מנחם בגין"),
    ],
)
def test_family_names_that_open_with_a_preposition_letter_stay(text: str, name: str) -> None:
    assert name in _people(["כותרת", text])


# --- Hebrew headlines with no marks: the speaker and a colon, when the body quotes that person ------------------


@pytest.mark.parametrize(
    "headline",
    ["סגן שר החקלאות: המחסור במים הוא משבר, נפעל מהר", "שר החקלאות גלבוע: נביא את התוכנית לממשלה בקרוב"],
)
def test_a_headline_of_a_speaker_the_body_quotes_is_a_quote(headline: str) -> None:
    paragraphs = [
        headline,
        'סגן שר החקלאות ח"כ משה גלבוע השיב מעל בימת הכנסת. "המצב קשה, אבל נפעל מהר".',
    ]
    assert _speakers(paragraphs) == ["משה גלבוע", "משה גלבוע"]


@pytest.mark.parametrize(
    "headline",
    [
        # near misses: a report's title on a committee, and a person the body names but never quotes
        "ועדת גלבוע: מכתבי אזהרה ישלחו גם למי שלא העיד",
        "גלבוע: הדוח יפורסם בשבוע הבא לאחר עיכובים",
    ],
)
def test_a_headline_label_nobody_quotes_is_no_quote(headline: str) -> None:
    paragraphs = [headline, 'ח"כ עמרי גלבוע השתתף בדיון בוועדה, שבו הוצגו המסקנות.']
    assert _speakers(paragraphs) == [], quotes_of(paragraphs, "he")


# --- Hebrew: an office and a name, then a preposition's phrase before the colon ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'שר החקלאות משה גלבוע במכתב לראשי הרשויות לקראת הישיבה על התוכנית: "אין ברירה אלא לקצץ".',
        'משה גלבוע בראיון לתוכנית הבוקר ברדיו: "אין ברירה אלא לקצץ".',
    ],
)
def test_a_name_then_a_phrase_before_the_colon_speaks(text: str) -> None:
    assert _speakers(["כותרת", text]) == ["משה גלבוע"]


def test_an_office_then_a_phrase_before_the_colon_stays_the_office() -> None:
    text = 'שר האוצר במכתב לראשי הרשויות לקראת הישיבה: "אין ברירה אלא לקצץ".'
    assert _speakers(["כותרת", text]) == ["שר האוצר"]


def test_a_directorates_media_office_is_no_person() -> None:
    paragraphs = [
        "عنوان",
        'وذكر اعلام المديرية في بيان تلقت الصحيفة نسخة منه، انه: "الفرق تواصل العمل لإخراج المحتجزين من تحت الركام".',
    ]
    people = _people(paragraphs, "ar")
    assert "اعلام" not in people, people


# --- Arabic: a name between "led by" and "aged"; "from X to Y" with Y a person the article names ----------------


def test_a_name_led_by_and_aged_is_a_person() -> None:
    text = "وحزب الأمل، الذي تأسس عام 2012 بقيادة الطاهر قائد المرزوقي البالغ من العمر 81 عاماً، حل ثانيا."
    assert "الطاهر قائد المرزوقي" in _people(["عنوان", text], "ar")


def test_from_a_ruler_to_a_named_ruler() -> None:
    text = (
        "وقد خدم الوزير في ظل الأنظمة السابقة من الحبيب الزغلامي إلى زين العابدين الكافي. "
        "وكان زين العابدين الكافي قد حكم البلاد طويلا."
    )
    people = _people(["عنوان", text], "ar")
    assert "الحبيب الزغلامي" in people, people


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a body led by, no age; a range of places or times
        "تأسس الحزب بقيادة المكتب السياسي للحركة في العاصمة.",
        "امتدت الاحتجاجات من مدينة صفاقس إلى العاصمة تونس.",
    ],
)
def test_no_age_or_no_named_end_names_no_one(text: str) -> None:
    assert not _people(["عنوان", text], "ar")


# --- Hebrew: "these words" as a verb's object, "על גבי" (on top of) ----------------------------------------------


def test_said_these_words_names_no_one() -> None:
    paragraphs = [
        "כותרת",
        'שר המשפטים משה לוי התנגד להצעה. ופעם אחת אמר דברים אלה: "ההצעה הזאת לא תעבור".',
    ]
    assert "דברים אלה" not in _people(paragraphs)
    assert _speakers(paragraphs) == ["משה לוי"]


def test_black_on_white_names_no_one() -> None:
    paragraphs = [
        "כותרת",
        'יו"ר הוועדה משה לוי אמר: "כתבנו את זה שחור על גבי לבן בדוח של הוועדה".',
        'בהתייחסו לחקיקה אמר: "העבודה תימשך עוד שבוע".',
    ]
    assert not any(name.startswith("גבי") for name in _people(paragraphs))
    assert _speakers(paragraphs) == ["משה לוי", "משה לוי"]


def test_gabi_as_a_given_name_stays() -> None:
    assert "גבי לבן" in _people(["כותרת", 'השר גבי לבן אמר: "נמשיך בחקיקה".'])


# --- Hebrew: a member of the Knesset with a hyphen; "asked him whether"; a family name then a verb and ל ---------


def test_a_hyphenated_member_of_the_knesset_is_a_title() -> None:
    paragraphs = [
        "כותרת",
        "בדיון נשמעו עמדות שונות. וכן הם דבריו של חבר-כנסת אליעזר גרינברג:",
        '"החוקה צריכה לחכות לכנסת הבאה".',
    ]
    assert _people(paragraphs).get("אליעזר גרינברג") == "חבר-כנסת"
    assert _speakers(paragraphs) == ["אליעזר גרינברג"]


def test_asked_him_whether_is_the_askers_quote() -> None:
    paragraphs = [
        "כותרת",
        'השופט משה לוי פנה לנציג הממשלה, ושאל אותו אם לגבי לוח הזמנים "אתה מסכים שהייתה כאן טעות?".',
    ]
    people = _people(paragraphs)
    assert "לוי פנה" not in people, people
    assert _speakers(paragraphs) == ["משה לוי"]


def test_an_appointment_after_a_full_name_stays() -> None:
    assert _people(["כותרת", "מינויו של יוסי כהן לשר האוצר אושר אתמול."]).get("יוסי כהן") == "שר האוצר"


def test_a_foreign_name_in_marks_after_an_office_and_a_borrowed_rank() -> None:
    paragraphs = [
        "عنوان",
        'صرح المتحدث باسم وزارة الدفاع البولندية الميجور جنرال "فاليري كوزنيتسوف" أن القوات شنت غارات جوية. '
        'وقال: "تم تدمير عدة مواقع".',
    ]
    people = _people(paragraphs, "ar")
    assert "فاليري كوزنيتسوف" in people, people
    assert _speakers(paragraphs, "ar") == ["فاليري كوزنيتسوف"]
