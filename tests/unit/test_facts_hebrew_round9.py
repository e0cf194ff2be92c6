"""Hebrew people, quotes, places and organisations of round 9: general constructions of encyclopedic and news
Hebrew read from made-up sentences (a person after "על ידי" or "עם", a biography's subject before its verb, a
nationality between a role and a foreign name, an adjunct opening the clause of a speech verb, a compass
point before a city, bodies joined by ו)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "he") if f.kind == "person"}


def _named(paragraphs: list[str], kind: str) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "he") if f.kind == kind}


def test_the_agent_of_a_passive_after_al_yedei_is_a_person() -> None:
    assert "עוזיאל קורנבליט" in _people(["השיר נכתב על ידי עוזיאל קורנבליט והולחן בשנת 1961."])


def test_a_known_given_name_after_with_is_a_person_whatever_the_family_name() -> None:
    assert "נחמיה גולדפרב" in _people(["בשנת 1968 הקים יחד עם נחמיה גולדפרב את הלהקה."])


def test_a_common_word_after_with_is_no_person() -> None:
    assert _people(["הם יצאו לדרך עם שחר ראשון.", "הוא עבד עם חברים רבים בעיר."]) == {}


def test_the_subject_of_a_biography_verb_is_a_person() -> None:
    assert "זלמן גורדוביץ" in _people(["זלמן גורדוביץ נולד בעיירה קטנה בשנת 1890."])


def test_a_nationality_between_a_role_and_a_foreign_name() -> None:
    people = _people(["החוקר הגרמני פרידריך שטולברג חפר באתר בשנים 1905–1907.", "שטולברג פרסם את ממצאיו."])
    assert "פרידריך שטולברג" in people
    assert "החוקר" in (people["פרידריך שטולברג"] or "")


def test_a_nationality_alone_names_a_foreign_opponent() -> None:
    people = _people(["בקרב הראשון ניצח את ההולנדי מרטן פאנהובן בתוך דקה."])
    assert people.get("מרטן פאנהובן") == "ההולנדי"


def test_a_nationality_as_an_adjective_of_a_noun_is_no_role() -> None:
    assert _people(["הצבא הגרמני כבש את העיר בתוך יומיים.", "המשלחת הצרפתית הגיעה לנמל בבוקר."]) == {}


def test_a_two_word_title_then_a_name_the_lists_lack_before_a_colon() -> None:
    people = _people(['כך אמר ראש הממשלה עמרי לוסטיג: "לא נוותר על הביטחון".'])
    assert people.get("עמרי לוסטיג") == "ראש הממשלה"


def test_a_stream_is_no_given_name() -> None:
    assert _people(["המעיין נמצא מצפון לנחל שורק ומדרום לו."]) == {}


def test_an_adjunct_before_the_verb_is_no_speaker() -> None:
    paragraphs = ["אורית בן-שושן היא סופרת ישראלית.", 'בראיון לעיתון אמרה: "הכתיבה היא הדרך שלי להבין את העולם".']
    assert [q.speaker for q in quotes_of(paragraphs, "he")] == ["אורית בן-שושן"]
    paragraphs = ["זלמן גורדוביץ היה משורר.", 'על החוויה כתב: "ראיתי את העיר בוערת ולא יכולתי לעשות דבר".']
    assert [q.speaker for q in quotes_of(paragraphs, "he")] == ["זלמן גורדוביץ"]


def test_a_preposition_with_a_pronoun_after_the_verb_is_no_speaker() -> None:
    paragraphs = ['המבקר גרשון טלמור כתב עליו: "זהו קול חדש בשירה העברית".']
    assert [q.speaker for q in quotes_of(paragraphs, "he")] == ["גרשון טלמור"]
    assert "עליו" not in _people(paragraphs)


def test_a_compass_point_before_a_city_is_the_city() -> None:
    assert "טמפרה" in _named(["המפעל שוכן במערב טמפרה, ליד האגם."], "place")


def test_a_body_joined_by_and_keeps_its_head() -> None:
    orgs = _named(["בנק הגליל ובנק הכרמל הודיעו על העלאת הריבית."], "organisation")
    assert {"בנק הגליל", "בנק הכרמל"} <= orgs


def test_a_relative_clause_of_being_in_commas_gives_the_role() -> None:
    people = _people(["עוזיאל קורנבליט, שהיה אז שר האוצר, הודיע על הקיצוץ.", "גרשון טלמור, שכיהן כנשיא האגודה, התפטר."])
    assert people.get("עוזיאל קורנבליט") == "שר האוצר"
    assert people.get("גרשון טלמור") == "נשיא האגודה"
    assert _people(["עוזיאל קורנבליט, שהיה חולה מאוד, לא הגיע."]) == {"עוזיאל קורנבליט": None}


def test_a_title_then_a_name_whose_family_name_is_spelt_foreign() -> None:
    people = _people(["בשנת 1922 פרסם שר המושבות רודריק צ'סטרפילד את המסמך."])
    assert people.get("רודריק צ'סטרפילד") == "שר המושבות"
    people = _people(["מזכיר המדינה האמריקאי דין אצ'ברוק נפגש עם השגריר."])
    assert set(people) == {"דין אצ'ברוק"}


def test_a_title_then_an_unlisted_name_before_a_verb_when_the_family_name_stands_alone_elsewhere() -> None:
    people = _people(["הנציב העליון אוסוולד פנדלטון נחת בנמל בשנת 1920.", "פנדלטון פעל לפיוס בין הצדדים."])
    assert people.get("אוסוולד פנדלטון") == "הנציב העליון"
    assert _people(["השר החדש פתח בדיון הסוער.", "בדיון השתתפו רבים."]) == {}
    assert _people(["הם חששו מן הלחץ הרב שבידי ועד העובדים.", "ועד העובדים שתק."]) == {}


def test_a_pronoun_preposition_then_the_subject_after_the_verb() -> None:
    paragraphs = ['כתב עליה המבקר גרשון טלמור: "קולה הוא קול של דור שלם".']
    assert [q.speaker for q in quotes_of(paragraphs, "he")] == ["גרשון טלמור"]
    assert set(_people(paragraphs)) == {"גרשון טלמור"}


def test_where_it_was_said_after_the_name_is_no_part_of_it() -> None:
    paragraphs = ['ב-1990 אמרה שרית וולפסון בראיון: "לא חשבתי שאגיע לכאן".']
    assert [q.speaker for q in quotes_of(paragraphs, "he")] == ["שרית וולפסון"]
    assert set(_people(paragraphs)) == {"שרית וולפסון"}


def test_a_monarch_then_a_name_and_an_ordinal() -> None:
    people = _people(["בשנת 1492 כבש המלך אלפרנדו השלישי את העיר.", "מלכת בלגיה אורסולינה ביקרה בעיר."])
    assert people.get("אלפרנדו השלישי") == "המלך"
    people = _people(["מלכת בלגיה אורסולינה ביקרה בעיר.", "אורסולינה נאמה בפרלמנט."])
    assert people.get("אורסולינה") == "מלכת בלגיה"
    assert _people(["המלך נפגש עם השגרירים בארמון."]) == {}


def test_new_roles_of_biographies_and_surnames_that_are_also_roles() -> None:
    people = _people(["המנצח אמנון פלדמן הוביל את התזמורת.", "חבר הכנסת יעקב חזן התנגד להצעה."])
    assert people.get("אמנון פלדמן") == "המנצח"
    assert "יעקב חזן" in people


def test_a_plural_role_then_a_list_of_names() -> None:
    people = _people(["על המכתב חתמו הפרופסורים עדי לנדסמן, נועה פרלמוטר, גלעד שטרנהל ותמר זילבר."])
    assert people == dict.fromkeys(["עדי לנדסמן", "נועה פרלמוטר", "גלעד שטרנהל", "תמר זילבר"], "הפרופסורים")


def test_a_construct_plural_role_with_its_status_then_a_second_list_joined_by_and() -> None:
    people = _people(
        ["בטקס השתתפו שופטי בית המשפט המחוזי בדימוס רות לנדסמן ויורם פרלמוטר והחוקרים אלון שטרנהל ודנה זילבר."]
    )
    assert people["רות לנדסמן"] == people["יורם פרלמוטר"] == "שופטי בית המשפט המחוזי בדימוס"
    assert people["אלון שטרנהל"] == people["דנה זילבר"] == "החוקרים"


def test_a_plural_role_then_a_dashed_list_of_names_and_their_posts() -> None:
    people = _people(
        ["ראשי החברות - גיורא לנדסמן בחברת הגליל, עמוס פרלמוטר בחברת הכרמל ויורם שטרנהל בחברת הנגב - נפגשו בחיפה."]
    )
    assert people == dict.fromkeys(["גיורא לנדסמן", "עמוס פרלמוטר", "יורם שטרנהל"], "ראשי החברות")
    people = _people(["במחקר השתתפו הפרופסורים עמוס לנדסמן - פיזיקה, רונית פרלמוטר - כימיה ויובל שטרנהל - ביולוגיה."])
    assert people == dict.fromkeys(["עמוס לנדסמן", "רונית פרלמוטר", "יובל שטרנהל"], "הפרופסורים")


def test_a_time_phrase_after_a_plural_verb_is_no_speaker() -> None:
    paragraphs = ['שני השרים אמרו לאחר סיום הישיבה בלשכה: "זהו יום חשוב למדינה ולאזרחיה".']
    speakers = [q.speaker for q in quotes_of(paragraphs, "he")]
    assert speakers and "לאחר" not in (speakers[0] or "")
    assert not any("לאחר" in p for p in _people(paragraphs))


def test_a_verb_glued_to_and_before_the_colon_takes_the_sentences_subject() -> None:
    paragraphs = ['מאות אחיות חתמו על עצומה נגד הקיצוץ, ופירטו: "הפגיעה במערכת הבריאות תהיה קשה מאוד".']
    assert [q.speaker for q in quotes_of(paragraphs, "he")] == ["מאות אחיות"]
    assert _people(paragraphs) == {}


def test_a_plural_noun_and_its_adjective_are_no_name() -> None:
    paragraphs = ["בפארק נמצאים בעלי חיים נדירים מכל העולם.", "הצמחים נדירים כאן.", "הפרחים נדירים מאוד."]
    assert _people(paragraphs) == {}


def test_a_preposition_glued_to_an_opening_quote_is_no_acronym() -> None:
    assert set(_people(['נורית טלמור, חוקרת מ"בית אלון", מצאה את הכתובת.'])) == {"נורית טלמור"}


def test_a_life_verb_then_a_name_and_its_title_after_a_dash() -> None:
    people = _people(["באותה שנה מונה גדעון בלנדסקי - שופט בית המשפט המחוזי לשעבר."])
    assert (people.get("גדעון בלנדסקי") or "").startswith("שופט")


def test_a_title_and_a_name_the_lists_lack_then_and_with_the_next_title() -> None:
    people = _people(["בצוות היו השופט ולדיסלב פלוסקוביץ והפרופסורים עמוס לנדסמן ודן פרלמוטר."])
    assert people.get("ולדיסלב פלוסקוביץ") == "השופט"
    assert people.get("עמוס לנדסמן") == "הפרופסורים"


def test_a_committee_of_parliament_is_named_with_its_parent_and_the_parent_too() -> None:
    orgs = _named(["חברי ועדת התשתיות של הכנסת ביקרו באתר."], "organisation")
    assert {"ועדת התשתיות של הכנסת", "הכנסת"} <= orgs
    orgs = _named(["הוועדה לענייני ביטחון הגבולות של הכנסת פרסמה את מסקנותיה."], "organisation")
    assert "הוועדה לענייני ביטחון הגבולות של הכנסת" in orgs


def test_a_body_named_in_quote_marks_runs_through_its_construct_chain() -> None:
    orgs = _named(
        ['הגוף נקרא "ועדת הבדיקה לעניין תמחור דירות הנופש" בשנתו הראשונה.', "נוהל הוועדה הקבוע שונה בשנה שעברה."],
        "organisation",
    )
    assert "ועדת הבדיקה לעניין תמחור דירות הנופש" in orgs
    assert not any("הקבוע" in o for o in orgs)


def test_the_exchange_as_a_body_that_trades_or_crashes() -> None:
    assert "הבורסה" in _named(["המסחר בבורסה הופסק אחרי הקריסה."], "organisation")
    assert "הבורסה" not in _named(["הוא הרוויח הרבה כסף בבורסה."], "organisation")


def test_an_association_named_by_its_purpose_its_second_field_and_its_country() -> None:
    orgs = _named(["העמותה לשמירת הטבע בישראל פרסמה דוח חדש."], "organisation")
    assert "העמותה לשמירת הטבע בישראל" in orgs
    orgs = _named(["התנועה לאיכות ושקיפות פרסמה עתירה."], "organisation")
    assert "התנועה לאיכות ושקיפות" in orgs


def test_a_forum_named_after_its_kind() -> None:
    assert "פורום גלבוע" in _named(["פורום גלבוע קרא לממשלה לפעול מיד."], "organisation")


def test_a_branch_of_government_or_an_infinitive_after_the_head_is_no_body() -> None:
    orgs = _named(["הרשות השופטת היא עמוד התווך.", "הוא טען שאין לרשות להתערב בעניין."], "organisation")
    assert not any(o.startswith(("הרשות", "רשות")) for o in orgs)


def test_authorized_is_no_preposition_and_a_capital() -> None:
    assert _named(["היא עבדה כסוכנת מורשה של החברה."], "place") == set()


def test_the_object_of_a_verb_of_justice_named_again_is_a_person() -> None:
    paragraphs = ["חבר המושבעים זיכה את הורוביצמן בתום המשפט.", "התביעה ביקשה להרשיע את הורוביצמן בשוחד."]
    assert "הורוביצמן" in _people(paragraphs)
    paragraphs = ["בית המשפט זיכה את עזריאלוב מהאישום.", "עזריאלוב יצא מהאולם בשמחה."]
    assert "עזריאלוב" in _people(paragraphs)
    paragraphs = ["בית המשפט הרשיע את הנאשם בעבירה.", "הנאשם ערער על ההחלטה."]
    assert _people(paragraphs) == {}


def test_two_name_words_before_a_lifespan_anywhere_in_the_sentence() -> None:
    people = _people(["היא הושפעה מאוד משירתו של טוביאש פלנדרמן (1899–1961) ומן המקרא."])
    assert "טוביאש פלנדרמן" in people
    assert _people(["בתקופת השלטון העות'מאני (1517–1917) נבנתה החומה.", "מלחמת הגבולות (1948–1949) הסתיימה."]) == {}


def test_a_dropped_subject_is_the_last_person_of_the_verbs_sex() -> None:
    paragraphs = [
        "נועה אורנשטיין היא זמרת ישראלית.",
        "את שירה הראשון כתב לה המשורר אליעזר קמחי.",
        'בראיון ל"מעריב" אמרה: "הבמה היא הבית שלי".',
    ]
    assert [q.speaker for q in quotes_of(paragraphs, "he")] == ["נועה אורנשטיין"]
    paragraphs = ["נועה אורנשטיין שרה את שיריו של אליעזר קמחי.", 'לימים סיפר: "כתבתי אותם בשבילה".']
    assert [q.speaker for q in quotes_of(paragraphs, "he")] == ["אליעזר קמחי"]


def test_a_person_noun_then_named_and_a_name() -> None:
    assert "אליקים שטרנפלד" in _people(["בשנת 1920 הגיע לכפר נער בשם אליקים שטרנפלד."])
    assert _people(["הוא כתב ספר בשם חיים חדשים.", "הם התיישבו בעיר בשם נאות הרים."]) == {}


def test_a_town_named_after_a_word_for_a_town() -> None:
    assert "זלובוצק" in _named(["הוא נולד בעיירה זלובוצק שבפולין."], "place")
    assert _named(["הם עברו ליישוב בגליל המערבי.", "בעיר נפצעו שלושה.", "בעיר עצמה שרר שקט."], "place") <= {
        "הגליל המערבי"
    }


def test_a_friend_or_pupil_then_the_name() -> None:
    people = _people(["בשנת 1968 הקים יחד עם חברו נחמיה גולדפרב, את הלהקה.", "תלמידתו רותם זילברמן בקיבוץ שימשה מורה."])
    assert people.get("נחמיה גולדפרב") == "חברו"
    assert people.get("רותם זילברמן") == "תלמידתו"


def test_two_people_joined_as_the_subject_of_a_plural_verb_the_first_speaks() -> None:
    paragraphs = ['ראש העירייה גדעון רז וסגנית השר מיכל שטרן מסרו בסיום הסיור: "זהו יום חשוב לחינוך".']
    assert [q.speaker for q in quotes_of(paragraphs, "he")] == ["גדעון רז"]


def test_a_village_with_a_hyphenated_arabic_name() -> None:
    assert "כפר אל-מנשיה" in _named(["המשפחה עברה לכפר אל-מנשיה בשנת 1930."], "place")
