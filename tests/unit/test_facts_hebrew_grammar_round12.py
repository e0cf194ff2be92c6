"""Hebrew constructions read by grammar, on made-up names: a family name that starts with ה after a role and
a given name, the comma that closes "according to X Y", the second name of "between X and Y" (ל), a body of
two fields joined by "and", a purpose before the body's verb."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "he") if f.kind == "person"}


def _orgs(text: str) -> list[str]:
    return [f.text for f in facts_of([text], "he") if f.kind == "organisation"]


def test_a_family_name_starting_with_he_after_a_role_and_a_given_name_speaks_whole() -> None:
    quotes = quotes_of(['"המצב בעיר קשה מאוד", אמר ראש המועצה אורי הורוביץ.'], "he")
    assert [q.speaker for q in quotes] == ["אורי הורוביץ"]
    assert _people(['"המצב בעיר קשה מאוד", אמר ראש המועצה אורי הורוביץ.']) == {"אורי הורוביץ": "ראש המועצה"}


def test_the_clause_after_according_to_a_name_is_no_role() -> None:
    assert _people(["לדברי מירה הלפרין, המצב בעיר גרוע מאוד."]) == {"מירה הלפרין": None}
    assert _people(["לדברי מירה הלפרין, תושבת השכונה, המצב גרוע."]) == {"מירה הלפרין": "תושבת השכונה"}


def test_the_second_name_of_between_x_and_y() -> None:
    people = _people(["הפגישה בין אורי טבנקין למירה לוין נערכה אתמול."])
    assert "מירה לוין" in people


def test_a_body_of_two_fields_joined_by_and() -> None:
    assert _orgs("משרד העבודה והרווחה הודיע על תוכנית.") == ["משרד העבודה והרווחה"]
    assert _orgs("לשכת המסחר והתעשייה פרסמה הודעה.") == ["לשכת המסחר והתעשייה"]


def test_and_a_body_or_a_verb_after_a_body_is_no_second_field() -> None:
    assert "משרד הבריאות והמשטרה" not in _orgs("משרד הבריאות והמשטרה פתחו בבדיקה.")
    assert _orgs("משרד הבריאות והתפטר") == ["משרד הבריאות"]


def test_a_purpose_before_the_bodys_verb() -> None:
    assert _orgs("המכון הישראלי לדמוקרטיה פרסם סקר.") == ["המכון הישראלי לדמוקרטיה"]
    assert _orgs("הלשכה המרכזית לסטטיסטיקה הודיעה כי המחירים עלו.") == ["הלשכה המרכזית לסטטיסטיקה"]
    assert _orgs("המשרד להגנת הסביבה הודיע על קנס.") == ["המשרד להגנת הסביבה"]


def test_a_known_given_name_and_an_unlisted_word_before_a_description_in_commas() -> None:
    assert _people(["מירה טבנקוביץ, אם לשלושה, נפצעה קל בתאונה."]) == {"מירה טבנקוביץ": "אם לשלושה"}
    assert "מוחמד אבו טבנקה" in _people(["מוחמד אבו טבנקה, תושב הכפר, נפצע."])


def test_of_blessed_memory_after_two_words_marks_a_person() -> None:
    assert "אורי טבנקוביץ" in _people(['אורי טבנקוביץ ז"ל נהרג בתאונה.'])


def test_a_list_of_single_names_or_a_time_before_commas_is_no_apposition() -> None:
    assert _people(["מירה, אורי, דנה ושרה הגיעו למסיבה."]) == {}
    assert _people(["בשנת 2010, בעקבות המשבר, הוחלט לסגור את המפעל."]) == {}


def test_news_verbs_only_people_undergo_after_a_known_given_name_and_a_word() -> None:
    assert "אורי טבנקוביץ" in _people(["אורי טבנקוביץ נעצר אתמול בחשד לגניבה."])
    assert "עלי חסן טבנקה" in _people(["עלי חסן טבנקה נעצר אתמול."])


def test_a_verb_that_closes_the_sentence_is_no_third_name_after_a_title() -> None:
    assert _people(["השר אורי כהנוביץ נעצר."]) == {"אורי כהנוביץ": "השר"}
    assert _people(["השר אורי כהנוביץ התפטר."]) == {"אורי כהנוביץ": "השר"}


def test_a_senator_by_title() -> None:
    assert _people(["הסנאטור ג'ון טבנקוביץ אמר כי יתמוך בחוק."]) == {"ג'ון טבנקוביץ": "הסנאטור"}


def test_named_so_after_two_nationalities_in_apposition_to_a_role() -> None:
    assert _people(["מותו של הנהג, ערבי-ישראלי בשם מוחמד טבנקה, נקבע במקום."]) == {"מוחמד טבנקה": "הנהג"}


def test_a_description_of_a_noun_an_adjective_and_a_relative_clause_is_the_role() -> None:
    people = _people(["מוחמד טבנקה, גבר פלסטיני שכנראה סבל ממחלה קשה, הגיע לתחנה."])
    assert people == {"מוחמד טבנקה": "גבר פלסטיני שכנראה סבל ממחלה קשה"}


def test_a_nifal_verb_after_the_comma_is_no_role() -> None:
    assert _people(["בשם מוחמד טבנקה, נקבע במקום."]).get("מוחמד טבנקה") is None


def test_a_prison_named_after_its_kind_and_no_prison_from_a_preposition_or_adjective() -> None:
    assert _orgs("הוא נמצא מת בתאו בכלא גבעת הזית.") == ["כלא גבעת הזית"]
    assert _orgs("הוא נמצא מת בתאו בכלא ניצנים.") == ["כלא ניצנים"]
    assert _orgs("הוא נשלח לכלא לשנתיים.") == []
    assert _orgs("הוא ישב בכלא צבאי.") == []


def test_an_acronym_after_a_bodys_forces_and_none_in_a_squares_name() -> None:
    assert _orgs('עצרו כוחות ימ"מ שני חשודים.') == ['ימ"מ']
    assert _orgs('הרכבת עברה בכיכר צה"ל שבעיר.') == []


def test_a_former_office_or_who_served_as_in_commas_then_said() -> None:
    people = _people(["אורי טבנקוביץ, לשעבר ראש מועצת גבעת הזית, אמר כי המצב קשה."])
    assert people == {"אורי טבנקוביץ": "לשעבר ראש מועצת גבעת הזית"}
    people = _people(["אורי טבנקוביץ, שכיהן כראש מועצת גבעת הזית, אמר כי המצב קשה."])
    assert people == {"אורי טבנקוביץ": "ראש מועצת גבעת הזית"}


def test_a_district_the_gazetteer_lacks_and_more_heads() -> None:
    assert _orgs("משטרת מחוז גבעת הזית הודיעה על מעצר.") == ["משטרת מחוז גבעת הזית"]
    assert _orgs("הרבנות הראשית קבעה כי הנוהל ישתנה.") == ["הרבנות הראשית"]
    assert _orgs("קואליציית הימין הודיעה על פירוק.") == ["קואליציית הימין"]
    assert _orgs("הוא ירד למטה.") == []


def test_more_verbs_of_saying_after_a_quote() -> None:
    for verb in ("שאלה", "צעק", "משחזרת", "התוודה", "מבהירה"):
        quotes = quotes_of([f'"המצב בעיר קשה מאוד ואין מי שיעזור", {verb} מירה הלפרין.'], "he")
        assert [q.speaker for q in quotes] == ["מירה הלפרין"], verb


def test_a_short_quote_paragraph_with_the_full_stop_after_the_mark_goes_on_the_person_just_named() -> None:
    quotes = quotes_of(["מירה הלפרין, ראש המועצה, סיפרה על המצב בעיר.", '"אנחנו לא ישנים בלילות. הילדים מפחדים".'], "he")
    assert [q.speaker for q in quotes] == ["מירה הלפרין"]
    assert quotes_of(['במבצע "חומת מגן" נהרגו עשרות חיילים.'], "he") == []


def test_the_object_of_an_arrest_with_a_known_given_name() -> None:
    assert "אורי טבנקוביץ" in _people(["המשטרה עצרה את אורי טבנקוביץ."])
    assert _people(["המשטרה עצרה את אורי אתמול."]) == {}


def test_a_hifil_verb_right_after_a_definite_head_is_no_part_of_the_name() -> None:
    assert "בית המשפט הרשיע" not in _orgs("בית המשפט הרשיע את הנאשם בגניבה.")
    assert _orgs("בית המשפט העליון קבע כי החוק תקף.") == ["בית המשפט העליון"]


def test_the_object_of_with_or_against_closed_by_a_mark() -> None:
    assert _people(["השר נפגש עם אורי טבנקוביץ."]) == {"אורי טבנקוביץ": None}
    assert _people(["הוא נפגש עם שחר טוב."]) == {}
