"""Hebrew newspaper constructions of round 14, on made-up sentences in the style of Israeli dailies: a weekday
in brackets before כי, a title before a name and its appositive before the verb, "לפי/לדברי" with a role and a
name in commas, an office that speaks for the one just named ("מלשכתו נמסר"), a split quote with low-high
marks („...“), police ranks as titles and no bodies, a town whose second word is a given name, a portfolio after
"השר ל...", a bank named by an adjective, a body's people thinking ("במוסד מעריכים כי")."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "he") if f.kind == "person"}


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "he")]


def _orgs(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "he") if f.kind == "organisation"}


def test_a_weekday_in_brackets_between_the_verb_and_ki() -> None:
    for day in ("(שלישי)", "(יום ה')", "(שבת)"):
        speakers = _speakers([f'שרת החינוך נורית בן-שושן אמרה הערב {day} כי "התלמידים יחזרו ללימודים בקרוב".'])
        assert speakers == ["נורית בן-שושן"], day


def test_a_title_a_name_and_an_appositive_before_the_verb() -> None:
    for title in ('עו"ד', 'ד"ר', "פרופ'"):
        speakers = _speakers([f'{title} ליאת שמרוני, המייצגת את העותרים, אמרה כי "ההחלטה פוגעת בזכויות יסוד".'])
        assert speakers == ["ליאת שמרוני"], title
    speakers = _speakers(['ד"ר אסף דנינו, מנהל המחלקה לרפואה דחופה בבית החולים, הסביר כי "רוב הפצועים במצב קל".'])
    assert speakers == ["אסף דנינו"]


def test_a_long_appositive_after_a_titled_name_is_the_whole_role() -> None:
    people = _people(['ד"ר אסף דנינו, מנהל המחלקה לרפואה דחופה בבית החולים הגדול בעיר, אמר כי המצב יציב.'])
    assert "מנהל המחלקה לרפואה דחופה בבית החולים הגדול בעיר" in (people.get("אסף דנינו") or "")
    assert set(people) == {"אסף דנינו"}


def test_after_a_cue_and_a_name_in_commas_the_clause_is_no_role() -> None:
    people = _people(['לדברי דובר המשטרה, רפ"ק אלון זכאי, החשוד נעצר לאחר מרדף קצר ברחובות העיר.'])
    assert "החשוד" not in (people.get("אלון זכאי") or "")
    assert "דובר המשטרה" in (people.get("אלון זכאי") or "")


def test_police_ranks_with_gershayim_are_titles_not_bodies() -> None:
    facts = facts_of(['סנ"צ עדי מרקוביץ ורפ"ק אלון זכאי הגיעו למקום.'], "he")
    assert not [f for f in facts if f.kind == "organisation"]
    assert {f.text for f in facts if f.kind == "person"} == {"עדי מרקוביץ", "אלון זכאי"}


def test_a_cue_then_a_role_and_the_name_in_commas() -> None:
    for cue in ("לפי", "לדברי"):
        speakers = _speakers([f'{cue} ראש המועצה האזורית, גלעד טביבי, "התושבים חיים בפחד כבר שנים".'])
        assert speakers == ["גלעד טביבי"], cue
    speakers = _speakers(['לדבריו של עורך הדין גלעד טביבי, המייצג את החשוד, "אין שום ראיה נגד מרשי".'])
    assert speakers == ["גלעד טביבי"]


def test_a_cue_about_data_in_commas_names_nobody() -> None:
    assert _speakers(['לפי הנתונים, כ-30% מהתושבים, "אינם מרוצים מהשירות".']) == []


def test_his_office_passes_on_the_statement_of_the_person_just_named() -> None:
    speakers = _speakers(['השר לענייני דתות, אליעזר סויסה, ביקר בעיר. מלשכתו נמסר כי "השר לא יסבול אלימות".'])
    assert speakers == ["אליעזר סויסה"]


def test_a_portfolio_after_le_is_no_name() -> None:
    people = _people(["השר לביטחון לאומי, אליעזר סויסה, הורה למשטרה להגביר את הנוכחות."])
    assert people == {"אליעזר סויסה": "השר לביטחון לאומי"}


def test_an_adjunct_after_the_verb_is_no_speaker() -> None:
    for adjunct in ("אחרי המשחק", "לאחר הדיון", "בסיום הישיבה"):
        speakers = _speakers([f'מאמן הקבוצה, עמרי גולדנברג, אמר {adjunct}: "השחקנים נתנו הכול".'])
        assert speakers == ["עמרי גולדנברג"], adjunct


def test_a_relative_clause_with_an_acronym_before_the_verb() -> None:
    speakers = _speakers(['המבקר יהודה קרסנטי, שפרסם את הדו"ח, אמר כי "הליקויים חמורים ביותר".'])
    assert speakers == ["יהודה קרסנטי"]
    assert set(_people(['המבקר יהודה קרסנטי, שפרסם את הדו"ח, אמר כי "הליקויים חמורים ביותר".'])) == {"יהודה קרסנטי"}


def test_a_double_family_name_is_no_adjunct() -> None:
    text = '"זו החלטה שגויה שתפגע בציבור", טענה יו"ר הסיעה, אורנה כהן-ברקוביץ. לדבריה, "הממשלה מפקירה את האזרחים".'
    assert _speakers([text]) == ["אורנה כהן-ברקוביץ", "אורנה כהן-ברקוביץ"]
    assert set(_people([text])) == {"אורנה כהן-ברקוביץ"}


def test_a_split_quote_in_low_and_high_marks_goes_on_after_its_attribution() -> None:
    speakers = _speakers(['„אין לנו כוונה לוותר“, אמר יו"ר ועד העובדים, משה גרוסברג. „נילחם עד הסוף“.'])
    assert speakers == ["משה גרוסברג", "משה גרוסברג"]


def test_a_role_before_the_rank_after_the_speech_verb() -> None:
    people = _people(["כך אמר הבוקר נגיד בנק ישראל, פרופ' עוזיאל פרלמוטר, בכנס השנתי."])
    assert "נגיד בנק ישראל" in (people.get("עוזיאל פרלמוטר") or "")


def test_a_town_whose_second_word_is_a_given_name_is_no_name() -> None:
    assert _people(["בית המשפט המחוזי בבאר שבע גזר על הנאשם שמונה שנות מאסר."]) == {}
    people = _people(["תושב גבעת שמואל רפאל טננבאום נפצע קל."])
    assert set(people) == {"רפאל טננבאום"}


def test_a_bank_named_by_an_adjective() -> None:
    assert "בנק גלילי" in _orgs(["הלקוחות של בנק גלילי זועמים על העמלות."])
    assert "בנק גלילי" in _orgs(["בבנק גלילי הודיעו כי הריבית תעלה."])


def test_a_bank_of_a_kind_is_no_name() -> None:
    assert _orgs(["בנק מרכזי צריך להיות עצמאי.", "בנק צרפתי גדול רכש את החברה."]) == set()


def test_a_bodys_people_thinking_is_no_part_of_its_name() -> None:
    orgs = _orgs(['בשב"כ ובמוסד מעריכים כי הארגון ינסה לפגוע שוב.'])
    assert not any("מעריכים" in o for o in orgs)
    assert "המוסד" in orgs


def test_a_kin_word_of_someone_then_a_name_in_commas() -> None:
    text = '"אנחנו דורשים תשובות", אמרה אמו של החייל, נחמה ברזילאי. "איש לא מדבר איתנו".'
    assert _speakers([text]) == ["נחמה ברזילאי", "נחמה ברזילאי"]
    assert _people([text]) == {"נחמה ברזילאי": "אמו של החייל"}
    assert _people(["אחיו של ההרוג, עוזיאל קורקוס, סיפר על אחיו."]) == {"עוזיאל קורקוס": "אחיו של ההרוג"}


def test_a_role_located_at_its_body_before_the_name() -> None:
    people = _people(["בישיבה השתתפו השר, וראש אגף התקציבים באוצר, עוזיאל קורקוס."])
    assert people.get("עוזיאל קורקוס") == "ראש אגף התקציבים באוצר"


def test_a_company_whose_shares_moved() -> None:
    for verb in ("זינקה", "ירדה", "צנחה", "נסחרת"):
        assert "פלזמיקה" in _orgs([f"מניית פלזמיקה {verb} ב-8% בבורסה."]), verb
    assert "טרנסגל-נט" in _orgs(["מניות טרנסגל-נט עלו אתמול ב-3%."])


def test_shares_of_a_sector_are_no_company() -> None:
    orgs = _orgs(["מניות הבנקים ירדו.", "מניות טכנולוגיה עלו ב-2%.", "הבנקים הגדולים דיווחו על רווחים."])
    assert orgs == set()


def test_a_company_whose_officer_is_named() -> None:
    assert "פלזמיקה" in _orgs(['סמנכ"ל הכספים של פלזמיקה, עוזיאל קורקוס, אמר כי הרווח יגדל.'])
    assert "פלזמיקה" in _orgs(['מנכ"ל פלזמיקה, עוזיאל קורקוס, התפטר.'])
    assert _orgs(['מנכ"ל לשעבר, עוזיאל קורקוס, אמר כי הרווח יגדל.', 'יו"ר לוי, אמר כי.']) == set()


def test_a_company_named_with_its_kind_then_alone() -> None:
    orgs = _orgs(["חברת טרנסגל-נט הודיעה על רכישה.", "לפי ההודעה, טרנסגל-נט תשלם 200 מיליון שקל."])
    assert {"חברת טרנסגל-נט", "טרנסגל-נט"} <= orgs
    assert _orgs(["חברת טרנסגל-נט הודיעה על רכישה."]) == {"חברת טרנסגל-נט"}


def test_a_double_family_name_with_a_particle_stays_whole() -> None:
    text = 'ג\'מיל אבו-רביע, תושב הכפר, נפצע קשה. אחיו, סלים אבו-רביע, אמר: "אנחנו מחכים לתשובות".'
    people = _people([text])
    assert set(people) == {"ג'מיל אבו-רביע", "סלים אבו-רביע"}
    assert people["סלים אבו-רביע"] == "אחיו"
    assert _speakers([text]) == ["סלים אבו-רביע"]


def test_a_verb_after_an_appositive_is_no_name() -> None:
    people = _people(["עוזיאל קורקוס, תושב העיר, נפצע קשה.", "דנה ברזילאי, תושבת השכונה, התעוררה מהפיצוץ."])
    assert set(people) == {"עוזיאל קורקוס", "דנה ברזילאי"}


def test_a_given_name_alone_and_an_age_appositive_before_the_verb() -> None:
    for name in ("ענבל", "אורטל"):
        text = f'{name}, בת 34 מחיפה, סיפרה: "חיכינו שעות לאמבולנס".'
        assert _speakers([text]) == [name], name
        assert set(_people([text])) == {name}, name


def test_a_title_and_a_family_name_the_article_repeats() -> None:
    people = _people(["שר הביטחון קורקוס נפגש הבוקר עם הרמטכ\"ל.", "לדברי קורקוס, המצב יציב."])
    assert people.get("קורקוס") == "שר הביטחון"
    people = _people(["ראש הממשלה ושר הביטחון קורקוס נפגשו הבוקר.", 'לאחר הפגישה אמר קורקוס: "אנחנו מתואמים".'])
    assert people.get("קורקוס") == "שר הביטחון"
    people = _people(["ראש הממשלה קורקוס הודיע על פיזור הכנסת.", "קורקוס אמר כי הבחירות יתקיימו בקיץ."])
    assert people.get("קורקוס") == "ראש הממשלה"


def test_a_title_and_a_word_the_article_writes_with_the_article_is_no_name() -> None:
    assert _people(["השר החדש פתח בדיון.", "החדש בתפקיד הוא השר.", "שר האוצר ביקר בפריז.", "ביקר גם בלונדון."]) == {}


def test_an_office_held_with_an_acronym_in_a_relative_clause() -> None:
    people = _people(['מי שהוביל את המהלך הוא עוזיאל קורקוס, שכיהן בעבר כמנכ"ל משרד התחבורה.'])
    assert people == {"עוזיאל קורקוס": 'מנכ"ל משרד התחבורה'}
    assert _orgs(['הוא מונה כמנכ"ל החברה.']) == set()


def test_a_prime_ministers_title_with_a_preposition_glued_on_is_no_government() -> None:
    assert _orgs(["היא מונתה לראש ממשלת צרפת בשנה שעברה.", "כראש ממשלת ספרד הוא ביקר בעיר."]) == set()
    assert "ממשלת ישראל" in _orgs(["ממשלת ישראל החליטה על הקמת ועדה."])


def test_a_papers_name_the_gazetteer_holds_runs_past_one_word() -> None:
    assert "ידיעות אחרונות" in _orgs(["העיתון ידיעות אחרונות פרסם הבוקר כי השר יתפטר."])
    assert _orgs(["העיתון המקומי פרסם הבוקר כי השר יתפטר."]) == set()


def test_a_head_right_after_a_head_is_its_construct() -> None:
    assert "נציבות שירות המדינה" in _orgs(["נציבות שירות המדינה פרסמה את המכרז."])
    orgs = _orgs(["ההסתדרות ומפלגת העבודה הודיעו על שביתה."])
    assert {"ההסתדרות", "מפלגת העבודה"} <= orgs


def test_a_hospital_named_after_someone_is_no_person() -> None:
    assert _people(["שני פצועים פונו לבית החולים הדסה עין כרם.", "היא אושפזה בבית החולים רבקה זיו."]) == {}


def test_the_family_name_of_one_named_before_a_verb_is_no_given_name() -> None:
    people = _people(["השרה מיכל טל אושפזה אמש.", "אחרי אשפוזה של טל עלו שאלות על כשירותה."])
    assert set(people) == {"מיכל טל"}


def test_a_statement_a_body_issued_then_its_passive_verb() -> None:
    assert _speakers(['בהודעה שפרסם משרד הבריאות נאמר: "אנו ממליצים לציבור להימנע מהתקהלויות".']) == [
        "משרד הבריאות"
    ]
    assert _speakers(['בהודעה שפרסמה המשטרה נמסר כי "החשוד יובא להארכת מעצר".']) == ["המשטרה"]


def test_they_said_from_a_body() -> None:
    assert _speakers(['בתגובה מסרו ממשרד ראש הממשלה: "מדובר בפרסום שקרי ומגמתי".']) == ["משרד ראש הממשלה"]
    assert _people(['בתגובה מסרו ממשרד ראש הממשלה: "מדובר בפרסום שקרי ומגמתי".']) == {}


def test_a_document_and_its_passive_verb_name_no_person() -> None:
    assert _people(['כך עולה מדו"ח המבקר שפורסם היום. בדו"ח נכתב כי "המשרד לא פעל כנדרש".']) == {}


def test_and_in_it_she_wrote() -> None:
    text = 'מנכ"לית המשרד, דלית שטרנברג, שלחה מכתב למנהלים ובו כתבה: "עלינו לשמור על שגרה".'
    assert _speakers([text]) == ["דלית שטרנברג"]


def test_a_short_quote_after_a_titled_name_and_a_colon() -> None:
    assert _speakers(['ח"כ עאדל נסראללה: "זו אפליה בוטה".']) == ["עאדל נסראללה"]


def test_according_to_an_unnamed_source() -> None:
    assert _speakers(['לפי גורם בכיר בירושלים, "ההסכם ייחתם בקרוב".']) == ["גורם בכיר בירושלים"]


def test_a_title_opening_the_sentence_before_speaks_when_nobody_is_named() -> None:
    text = 'ראש הממשלה התייחס לדברים בפתח ישיבת הממשלה. "לא ניתן לאף אחד לפגוע בנו", אמר.'
    assert _speakers([text]) == ["ראש הממשלה"]
    assert _speakers(['השרה הגיעה לכנס בעיר. "זה יום חשוב לכולנו", אמרה.']) == ["השרה"]
    # (nobody before it at all: words no one can be credited with are no quote, round 43)
    assert _speakers(['הגשם לא פסק כל הלילה. "זה יום חשוב לכולנו", אמרה.']) == []


def test_a_rank_before_a_family_name_with_an_h() -> None:
    people = _people(['מפקד מחוז ירושלים במשטרה, ניצב יורם הלוי-שגיא, אמר כי "המאבטח פעל במהירות".'])
    assert "מפקד מחוז ירושלים במשטרה" in (people.get("יורם הלוי-שגיא") or "")


def test_the_speakers_own_words_for_the_rest_of_a_reported_clause() -> None:
    assert _speakers(['דובר משרד החוץ, ליאור פרנקל, אמר כי ישראל "תגיב בהתאם".']) == ["ליאור פרנקל"]
    assert _speakers(['השר עוזיאל קורקוס טען שההחלטה "פוגעת בביטחון המדינה".']) == ["עוזיאל קורקוס"]
    assert _speakers(['בישיבת הסיעה אמר קורקוס כי הממשלה "הפקירה את הצפון".']) == ["קורקוס"]


def test_a_work_or_name_in_quote_marks_after_a_reported_clause_is_no_speech() -> None:
    for text in (
        'הסופרת הודיעה כי ספרה החדש "הדרך הארוכה".',
        'המשטרה הודיעה כי המבצע נקרא "חץ ירוק".',
        'הוא סיפר שקרא את "מלחמה ושלום".',
        'היא אמרה כי צפתה בסרט "החיים יפים".',
    ):
        assert _speakers([text]) == [], text
        assert _people([text]) == {}, text


def test_a_longer_listed_name_ending_in_an_acronym_stays_whole() -> None:
    orgs = _orgs(['בראיון לגלי צה"ל אמר השר כי "אין כוונה לדחות את הבחירות".'])
    assert 'גלי צה"ל' in orgs
    assert 'צה"ל' not in orgs


def test_a_brigade_by_its_name() -> None:
    assert "חטיבת רימון" in _orgs(["הוא שירת בחטיבת רימון בצפון."])
    orgs = _orgs(["הוא למד בחטיבת הביניים בעיר.", "כוחות מחטיבת הגיוס המהיר הגיעו.", "חטיבת מחקר הוקמה."])
    assert not any(o.startswith("חטיבת") for o in orgs)


def test_a_verb_repeated_after_two_titles_is_no_family_name() -> None:
    assert _people(["ראש העיר פגש את התושבים.", "אחר כך פגש את העובדים."]) == {}
    assert _people(["הנשיא חתם על החוק.", "שר הפנים חתם גם הוא."]) == {}


def test_a_place_phrase_and_a_verb_are_no_names_of_a_list() -> None:
    people = _people(['שגריר ישראל באו״ם, גלעד פרנקל, אמר בדיון כי ״העולם לא יכול לשתוק״.'])
    assert set(people) == {"גלעד פרנקל"}
    assert set(_people(["יוסי כהן, דנה לוי ומשה פרץ הגיעו לטקס."])) == {"יוסי כהן", "דנה לוי", "משה פרץ"}


def test_a_courts_order_ends_its_name_and_its_ruling_names_no_person() -> None:
    text = 'בית הדין הארצי לעבודה הורה על הפסקת השביתה. בפסק הדין נכתב כי ״השביתה פוגעת בציבור באופן לא מידתי״.'
    assert "בית הדין הארצי לעבודה" in _orgs([text])
    assert _people([text]) == {}


def test_a_companys_country_arm_is_no_family_name() -> None:
    assert _people(["חברת מיקרוטק ישראל הודיעה על פיטורי 500 עובדים."]) == {}


def test_a_given_name_typed_with_the_hebrew_geresh() -> None:
    people = _people(["ח׳אלד מחאג׳נה, תושב הכפר, נפצע קשה בתאונה."])
    assert people.get("ח׳אלד מחאג׳נה") == "תושב הכפר"


def test_ones_lawyer_or_deputy_then_the_name_in_commas() -> None:
    people = _people(['השר לשעבר עוזיאל קורקוס נחקר באזהרה. פרקליטו, עו"ד נבות שטרנברג, מסר כי מרשו ישתף פעולה.'])
    assert "פרקליטו" in (people.get("נבות שטרנברג") or "")
    assert _people(["סגנו, אבי פרלמוטר, ימלא את מקומו."]) == {"אבי פרלמוטר": "סגנו"}
    assert _people(["פרקליטו מסר כי מרשו ישתף פעולה."]) == {}


def test_kinds_of_shares_are_no_company() -> None:
    assert _orgs(["מניות זרות עלו ב-3% אתמול.", "מניות בכורה ירדו בחדות."]) == set()
