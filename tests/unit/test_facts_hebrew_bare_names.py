"""Hebrew people named bare, in lists and by a hyphenated family name, on sentences made up for these tests
(none from the corpus), in the styles of news copy and of biography.

Encyclopedic and news Hebrew names the well known with nothing around them ("X Y פרסם מאמר", "מעמדו של X Y
נחלש", "בראשות X Y"), lists the members of a group after "ביניהם" / "בהם" / "נמנו:", and writes a family
name with בן/בר and a hyphen alone once the person is known. The guards: a given name that is also a common
word or a place (ישראל, אור, גל, דן, שמש, חיים) starts no bare name; a verb or preposition with a clitic
after a speech verb ("כתבה בשם", "אמר שהכור") is no one; kinship compounds (בן-זוג) and lists of places or
proposals are no people.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.facts import extract_facts
from briefing_app.core.facts.model import Fact
from briefing_app.core.pipeline import load_document

# (text, people expected, {name: a fragment of its role}, quotes expected as (fragment, speaker))
Case = tuple[str, list[str], dict[str, str], list[tuple[str, str]]]

BARE_NAMES: list[Case] = [
    ("יוסף שטרן פרסם ב-1955 ספר על תולדות העיר.", ["יוסף שטרן"], {}, []),
    ("מעמדו של אברהם קורן נחלש לאחר הבחירות לעירייה.", ["אברהם קורן"], {}, []),
    ("הממשלה בראשות מנחם גולדברג אישרה את התוכנית ב-1979.", ["מנחם גולדברג"], {}, []),
    ("בעיתון נטען ששמואל ברגר היה אחראי לתקלה בנמל.", ["שמואל ברגר"], {}, []),
    ("לאחר מכן צורפו לממשלה יצחק שפירא ואליעזר קליין.", ["יצחק שפירא", "אליעזר קליין"], {}, []),
    ("בשנת 1961 הצטרף נחום פלד לסגל האוניברסיטה, ושם לימד עד פרישתו.", ["נחום פלד"], {}, []),
    ("את התערוכה אצרו רבקה סגל ויהודה זלצנברג.", ["רבקה סגל", "יהודה זלצנברג"], {}, []),
    ("מרים גרוס נולדה בחיפה ולמדה משפטים בירושלים.", ["מרים גרוס"], {}, []),
    (
        "בין תלמידיו היו הסופרת מרים גולדברג והמחנך אליעזר ברגר.",
        ["מרים גולדברג", "אליעזר ברגר"],
        {"אליעזר ברגר": "המחנך"},
        [],
    ),
    ("ההיסטוריון יוסף שטרן פרסם מחקר חדש על העיר.", ["יוסף שטרן"], {"יוסף שטרן": "ההיסטוריון"}, []),
    ("אברהם שטרן, מגדל ירקות מהמושב, אמר כי המצב קשה.", ["אברהם שטרן"], {"אברהם שטרן": "מגדל ירקות"}, []),
    ("מרים גרוס, אדריכלית ותיקה, תכננה את הבניין.", ["מרים גרוס"], {"מרים גרוס": "אדריכלית ותיקה"}, []),
    ("בנו, אהרון קורן, היה חבר מועצת העיר במשך עשור.", ["אהרון קורן"], {"אהרון קורן": "בנו"}, []),
    ("הפרקליטות הגישה כתב אישום נגד אבי מזרחי ושני שותפיו.", ["אבי מזרחי"], {}, []),
    ("נתן קורן נבחר למועצה ב-1983.", ["נתן קורן"], {}, []),
    ("לאחר הבחירות מונתה רבקה קורן-שטרן לתפקיד בכיר.", ["רבקה קורן-שטרן"], {}, []),
    ("אברהם יצחק שטרן נולד ב-1890 בפולין ועלה לארץ ב-1925.", ["אברהם יצחק שטרן"], {}, []),
]

LISTS_AFTER_A_CUE: list[Case] = [
    (
        "מספר חברי מועצה הגישו עתירה נגד ההחלטה, ביניהם רחל שגיא, אהרון מזרחי, נחום פלד ודבורה סגל.",
        ["רחל שגיא", "אהרון מזרחי", "נחום פלד", "דבורה סגל"],
        {"רחל שגיא": "חברי מועצה", "דבורה סגל": "חברי מועצה"},
        [],
    ),
    (
        "בין מייסדי העמותה נמנו: שלמה הורוביץ, יהודה בר-נתן, מרים אלמוג ויואב קרנובסקי.",
        ["שלמה הורוביץ", "יהודה בר-נתן", "מרים אלמוג", "יואב קרנובסקי"],
        {"שלמה הורוביץ": "מייסדי העמותה", "יואב קרנובסקי": "מייסדי העמותה"},
        [],
    ),
    (
        "כמה שרים לשעבר חתמו על המכתב, ובהם אליעזר שפירא, רבקה קליין ומנחם אברהם שטרן.",
        ["אליעזר שפירא", "רבקה קליין", "מנחם אברהם שטרן"],
        {},
        [],
    ),
    (
        "בתאונה נפגעו כמה מתושבי השכונה, ביניהם יוסף שטרן שנפצע קל, רבקה קורן מחולון ונחום פלד.",
        ["יוסף שטרן", "רבקה קורן", "נחום פלד"],
        {},
        [],
    ),
    (
        "בטקס השתתפו בין היתר אהרון מזרחי, רבקה שטרן ויהודה פלד.",
        ["אהרון מזרחי", "רבקה שטרן", "יהודה פלד"],
        {},
        [],
    ),
    (
        "הפרס הוענק בעבר לסופרים כגון שמואל קורן, מרים גולדברג ואליעזר ברגר.",
        ["שמואל קורן", "מרים גולדברג", "אליעזר ברגר"],
        {},
        [],
    ),
    (
        "בין חברי הוועדה נמנו: ישראל קורן, הרב שמואל ברגר, ונחום גולדברג.",
        ["ישראל קורן", "שמואל ברגר", "נחום גולדברג"],
        {"ישראל קורן": "חברי הוועדה"},
        [],
    ),
]

HYPHENATED_AND_ARMY_TITLES: list[Case] = [
    (
        "נאומו של בן-אליעזר עורר סערה בכנסת. בתגובה אמר בן-אליעזר שהדברים הוצאו מהקשרם.",
        ["בן-אליעזר"],
        {},
        [],
    ),
    ("בטקס נכחו הרב לואיס יצחק גולדברג ואחרים.", ["לואיס יצחק גולדברג"], {"לואיס יצחק גולדברג": "הרב"}, []),
    ("השר לשעבר יוסף שטרן הגיע לטקס.", ["יוסף שטרן"], {"יוסף שטרן": "השר"}, []),
    ('המח"ט יואב כהנא הורה לכוח לסגת אל מעבר לגבעה.', ["יואב כהנא"], {"יואב כהנא": 'מח"ט'}, []),
    ('תחת פיקודו של הסמג"ד שלמה פלד נע הכוח צפונה.', ["שלמה פלד"], {"שלמה פלד": 'סמג"ד'}, []),
]

QUOTES_AFTER_A_RELATIVE_WORD: list[Case] = [
    (
        'הדיון נפתח בנאום של אברהם קורן, שבו אמר שהתוכנית "תשנה את פני המשק כולו".',
        ["אברהם קורן"],
        {},
        [("תשנה את פני המשק", "אברהם קורן")],
    ),
    ('לדברי יוסף שטרן "המצב בשטח קשה מאוד ואין לנו עוד כוח".', ["יוסף שטרן"], {}, [("המצב בשטח", "יוסף שטרן")]),
    ('לטענת המשטרה, "החשודים פעלו בתיאום מלא ובמשך חודשים".', [], {}, [("החשודים פעלו", "המשטרה")]),
]

NEWS_ATTRIBUTIONS: list[Case] = [
    (
        'יוסף קורן, בעל חנות ירקות בשוק, אמר ל-ynet: "הקונים פשוט נעלמו".',
        ["יוסף קורן"],
        {},
        [("הקונים פשוט נעלמו", "יוסף קורן")],
    ),
    (
        'אהרון גבאי נבחר השבוע. ראש הממשלה התייחס לבחירה בישיבת הממשלה ואמר: "נמשיך לפעול למען כולם".',
        ["אהרון גבאי"],
        {},
        [("נמשיך לפעול", "ראש הממשלה")],
    ),
    (
        'שר האוצר רבקה קליין הציגה את התקציב. השרה הציגה את הנתונים ואמרה: "אין לנו גירעון".',
        ["רבקה קליין"],
        {},
        [("אין לנו גירעון", "רבקה קליין")],
    ),
    ('נגיד בנק ישראל יצא נגד התוכנית. "המשק לא יעמוד בזה", הזהיר הנגיד.', [], {}, [("המשק לא יעמוד", "הנגיד")]),
    ("נשיא ישראל יצחק שפירא נפגש עם הנציגים.", ["יצחק שפירא"], {"יצחק שפירא": "נשיא"}, []),
    (
        'אחיו של הנפגע, משה קורן, אמר ל"הארץ" כי "המשפחה מבקשת פרטיות בימים הקשים".',
        ["משה קורן"],
        {},
        [("המשפחה מבקשת פרטיות", "משה קורן")],
    ),
    (
        'גורם בכיר, שביקש להישאר בעילום שם, אמר ל"הארץ" כי "הסיפור רחוק מלהיגמר".',
        [],
        {},
        [("הסיפור רחוק מלהיגמר", "גורם בכיר")],
    ),
    (
        'רבקה קורן, מנהלת המשק, מתארת תמונה קשה. "הפסדנו מיליונים", היא אומרת, "והפיצויים מתעכבים".',
        ["רבקה קורן"],
        {"רבקה קורן": "מנהלת המשק"},
        [("הפסדנו מיליונים", "רבקה קורן"), ("והפיצויים מתעכבים", "רבקה קורן")],
    ),
    (
        'ראש המועצה, יהודה פלד: "נמשיך להיאבק על כל חקלאי".',
        ["יהודה פלד"],
        {"יהודה פלד": "ראש המועצה"},
        [("נמשיך להיאבק", "יהודה פלד")],
    ),
    (
        'ח"כ משה קורן הודיע על דיון דחוף. לדבריו, "הציבור זכאי לתשובות".',
        ["משה קורן"],
        {},
        [("הציבור זכאי לתשובות", "משה קורן")],
    ),
    (
        'ח"כ רבקה שטרן תקפה את ההחלטה. לדברי שטרן, "זה מינוי פוליטי".',
        ["רבקה שטרן"],
        {},
        [("זה מינוי פוליטי", "רבקה שטרן")],
    ),
    (
        'עו"ד גיל שגיא ייצג את החשוד. בחקירה השתתפו החוקרים רונית שגיא ודוד פלד.',
        ["גיל שגיא", "רונית שגיא", "דוד פלד"],
        {"רונית שגיא": "החוקרים", "גיל שגיא": 'עו"ד'},
        [],
    ),
]

# A name or term in quote marks inside a clause after "לטענת X" with no pause: nobody's speech.
QUOTED_NAMES_IN_A_CLAUSE = [
    'לטענת המשטרה "הארגון לשחרור העמק הירוק" פעל בשכונה במשך שנים.',
    'לפי הממשלה "הוועדה המיוחדת לבדיקת התלונות" לא הגישה את מסקנותיה בזמן.',
]

NOT_PEOPLE: list[Case] = [
    ("ישראל בונה גדר חדשה לאורך הגבול הצפוני.", [], {}, []),
    ("הנשיא הזהיר כי יגיב בחומרה אם יתברר שאכן ישראל בונה כור נוסף.", [], {}, []),
    ("אור שמש חזק פגע בגידולים בעמק.", [], {}, []),
    ("שמש חורפית האירה את הרחובות אחרי שבוע של גשמים.", [], {}, []),
    ("גל מחאות שטף את הערים הגדולות.", [], {}, []),
    ('העיתון פרסם כתבה בשם "ימים אחרים" על חיי הפליטים.', [], {}, []),
    ("רבים ביקשו להגר אליה בשנות החמישים מטעמים כלכליים.", [], {}, []),
    ("המים זרמו על פני שטח נרחב של השדות.", [], {}, []),
    ("בימיו ביטל בית המשפט העליון חוק אחד בלבד.", [], {}, []),
    ("חיים טובים מחכים לתושבי השכונה, הבטיחה העירייה.", [], {}, []),
    ("בן-זוגה של המנהלת הגיע לטקס. בן-זוגה סירב להגיב.", [], {}, []),
    ("נפגעו כמה יישובים בצפון, ביניהם מטולה, שלומי וקריית שמונה.", [], {}, []),
    ("כמה בנקים העלו את הריבית, ביניהם בנק לאומי, בנק הפועלים ומזרחי טפחות.", [], {}, []),
    ("בין המשתתפים נמנו נציגי משרד האוצר, משרד הבריאות ומשרד החינוך.", [], {}, []),
    ("הוגשו כמה הצעות, ביניהן הצעה לקיצור שבוע העבודה והצעה להעלאת שכר המינימום.", [], {}, []),
    ("בני גיל 70 יקבלו את המענק בחודש הבא.", [], {}, []),
    ("נפגעו מבנים רבים, בהם בתי ספר, מרפאות ובתי כנסת.", [], {}, []),
    ("התוכנית כוללת צעדים כגון הפחתת מסים, הגדלת קצבאות ושיפור התחבורה.", [], {}, []),
    ("בין היתר נדונו מחירי הדיור, התחבורה הציבורית והחינוך.", [], {}, []),
    ("הדובר אמר שהממשלה תדון בהצעה בשבוע הבא.", [], {}, []),
    ("אדם זקן נפצע קל מנפילה ברחוב הראשי.", [], {}, []),
    ("עמית בכיר במכון הציג את הממצאים.", [], {}, []),
    ("משה בונה את ביתו בעצמו כבר שלוש שנים.", [], {}, []),
    ("יעקב בונה בית חדש בגליל, והחום לא מפריע לו.", [], {}, []),
    ("שמואל קונה עיתון בכל בוקר בקיוסק.", [], {}, []),
    ("השופט דן בתיק במשך שלושה ימים.", [], {}, []),
    ("המנהל נתן הוראה לסגור את השער.", [], {}, []),
    ("הוא מעולם לא ויתר על החלום, אמרה אשתו.", [], {}, []),
    ("הטיסה נחתה בנמל התעופה בן-אליעזר. בנמל התעופה בן-אליעזר הוחמרו הבדיקות.", [], {}, []),
    ("ברחוב יוסף שטרן בעיר נחסמה התנועה לשעתיים.", [], {}, []),
    ("בית הספר על שם מנחם גולדברג ייפתח בספטמבר.", [], {}, []),
    ("מזל טוב לזוכים בהגרלה, אמרו המארגנים.", [], {}, []),
]


def _facts(tmp_path: Path, text: str) -> list[Fact]:
    path = tmp_path / "article.txt"
    path.write_text("כותרת\n\n" + text + "\n", encoding="utf-8")
    return extract_facts(load_document(path, language="he"))


def _check(tmp_path: Path, case: Case) -> None:
    text, people, roles, quotes = case
    facts = _facts(tmp_path, text)
    found = {f.text: f.role or "" for f in facts if f.kind == "person"}
    assert not any("נגד" in role for role in found.values()), found  # a preposition's phrase is no role
    assert not any(role.startswith("וה") for role in found.values()), found  # "והמחנך": the role without "and"
    # recall: every person expected is found; precision: every person found is one expected
    assert all(any(key in name for name in found) for key in people), found
    assert all(any(key in name for key in people) for name in found), found
    for key, role in roles.items():
        assert any(key in name and role in found[name] for name in found), (key, found)
    said = [(f.text, f.speaker or "") for f in facts if f.kind == "quote"]
    for fragment, speaker in quotes:
        assert any(fragment in q and speaker in s for q, s in said), said


@pytest.mark.parametrize("case", BARE_NAMES, ids=lambda c: c[0][:30])
def test_a_known_given_name_and_a_listed_family_name_named_bare(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("case", LISTS_AFTER_A_CUE, ids=lambda c: c[0][:30])
def test_a_list_after_beinehem_or_nimnu_with_the_groups_role(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("case", HYPHENATED_AND_ARMY_TITLES, ids=lambda c: c[0][:30])
def test_a_hyphenated_family_name_alone_and_army_titles_by_acronym(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("case", QUOTES_AFTER_A_RELATIVE_WORD, ids=lambda c: c[0][:30])
def test_a_relative_word_before_the_verb_points_at_the_person_just_named(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("case", NEWS_ATTRIBUTIONS, ids=lambda c: c[0][:30])
def test_an_addressee_after_the_verb_a_title_with_and_said_and_a_country_in_a_title(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("case", NOT_PEOPLE, ids=lambda c: c[0][:30])
def test_common_words_places_verbs_and_compounds_are_no_people(tmp_path: Path, case: Case) -> None:
    _check(tmp_path, case)


@pytest.mark.parametrize("text", QUOTED_NAMES_IN_A_CLAUSE, ids=lambda t: t[:30])
def test_a_quoted_name_inside_a_clause_after_a_cue_is_no_quote(tmp_path: Path, text: str) -> None:
    facts = _facts(tmp_path, text)
    assert not [f.text for f in facts if f.kind == "quote"]
    assert not [f.text for f in facts if f.kind == "person"]


APPOSITIVES_THAT_ARE_NO_ROLE = [
    "יוסף שטרן, בן 52, נפצע קל בתאונה.",
    "יוסף שטרן, מחולון, נפצע קל בתאונה.",
    "יוסף שטרן, שהגיע למקום ראשון, הזעיק עזרה.",
    "יוסף שטרן, תל אביב, נפצע קל בתאונה.",
    "יוסף שטרן, רבקה קורן ומשה גרוס הגיעו לטקס.",
    "בין המייסדים נמנו: יוסף שטרן, גרשון סגל, אהרון מזרחי ונחום פלד.",
]


@pytest.mark.parametrize("text", APPOSITIVES_THAT_ARE_NO_ROLE, ids=lambda t: t[:30])
def test_an_age_an_origin_a_clause_a_place_or_another_name_in_commas_is_no_role(tmp_path: Path, text: str) -> None:
    people = [f for f in _facts(tmp_path, text) if f.kind == "person"]
    assert any(f.text == "יוסף שטרן" for f in people), people
    assert not [f.role for f in people if f.text == "יוסף שטרן" and f.role], [(f.text, f.role) for f in people]


def test_a_listed_name_ends_before_a_relative_clause_or_an_origin(tmp_path: Path) -> None:
    text = "בתאונה נפגעו כמה מתושבי השכונה, ביניהם יוסף שטרן שנפצע קל, רבקה קורן מחולון ונחום פלד."
    names = {f.text for f in _facts(tmp_path, text) if f.kind == "person"}
    assert names == {"יוסף שטרן", "רבקה קורן", "נחום פלד"}, names
