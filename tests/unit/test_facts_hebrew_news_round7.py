"""Hebrew news speakers, people and roles of round 7: classes of error read from made-up sentences in the
register of an Israeli daily (a time word between the verb and its subject, a description after a named
speaker, a pronoun addressee after the verb, a role with "של" and its body)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "he") if f.kind == "person"}


def test_a_time_word_between_the_verb_and_a_role_then_the_name_in_commas() -> None:
    quotes = quotes_of(['"הסדר יוחזר לרחובות", כך אמר הערב מפקד המחוז, ניצב אלון ברקאי.'], "he")
    assert [q.speaker for q in quotes] == ["אלון ברקאי"]


def test_a_description_after_a_named_speaker_is_not_the_speaker() -> None:
    quotes = quotes_of(['"נילחם עד הסוף", אמרה עורכת הדין מיכל שטרן, המייצגת את העותרים.'], "he")
    assert [q.speaker for q in quotes] == ["מיכל שטרן"]


def test_a_role_then_the_name_in_commas_after_the_verb_still_gives_the_name() -> None:
    quotes = quotes_of(['"אין סיבה לפאניקה", אמר מנהל בית החולים, ד"ר רון אלקיים.'], "he")
    assert [q.speaker for q in quotes] == ["רון אלקיים"]


def test_a_genitive_role_before_the_name_in_commas() -> None:
    people = _people(['"המחירים ימשיכו לעלות", אומרת האנליסטית הבכירה של בית ההשקעות, נועה פלג.'])
    assert people.get("נועה פלג") == "האנליסטית הבכירה של בית ההשקעות"


def test_a_body_named_by_its_acronym_completes_the_role() -> None:
    people = _people(['דובר מד"א, זכי אלמוג, מסר כי שלושה נפצעו.'])
    assert people.get("זכי אלמוג", "").startswith('דובר מד"א')


def test_an_addressee_or_a_time_after_the_verb_is_no_role() -> None:
    people = _people(['"לא ראינו דבר כזה", אמר לנו שמעון דהרי, בעל החנות.', '"המצב משתפר", אמרה אמש אורית בלום.'])
    assert people.get("שמעון דהרי") == "בעל החנות"
    assert "אורית בלום" in people and people["אורית בלום"] is None


def test_a_pronoun_addressee_is_no_given_name() -> None:
    people = _people(['"הגענו בזמן", סיפרה לי רחל אזולאי, תושבת המושב.'])
    assert set(people) == {"רחל אזולאי"}


def test_a_foreign_name_in_full_then_its_family_name_speaking() -> None:
    people = _people(["השר נפגש אתמול עם אנדריאס סטרנדברג בשטוקהולם.", 'סטרנדברג אמר כי "הקשרים יתהדקו".'])
    assert "אנדריאס סטרנדברג" in people


def test_a_body_or_a_pronoun_before_a_verb_is_no_family_name() -> None:
    people = _people(["כולם אמרו שהמצב ישתפר.", "כמעט כולם הגיעו לטקס.", "ארגון מגן הודיע על הפסקת אש.", "מגן הודיע שוב."])
    assert people == {}


def test_a_clause_after_a_names_comma_is_no_role() -> None:
    people = _people(["לפי עדותו של יוסף אבוטבול, השוטרים עצרו אותו בלי סיבה."])
    assert people == {"יוסף אבוטבול": None}


def test_a_short_quote_goes_on_after_its_attribution() -> None:
    quotes = quotes_of(['"הכוחות ערוכים לכל תרחיש", אמר הבוקר שר הביטחון גדעון רז. "לא נהסס לפעול".'], "he")
    assert [(q.text, q.speaker) for q in quotes][-1] == ("לא נהסס לפעול", "גדעון רז")


def test_a_short_quote_after_the_verb_and_a_place() -> None:
    quotes = quotes_of(['ראש העיר, אבנר גולן, אמר בטקס: "העיר תתאושש במהרה".'], "he")
    assert [q.speaker for q in quotes] == ["אבנר גולן"]


def test_later_in_his_words_the_person_just_named_speaks() -> None:
    paragraphs = ['השר עמיחי ברק אמר בכנס: "אנחנו ממשיכים בתוכנית כמתוכנן". בהמשך דבריו הוסיף: "התקציב יאושר בקרוב מאוד".']
    assert [q.speaker for q in quotes_of(paragraphs, "he")] == ["עמיחי ברק", "עמיחי ברק"]
    assert "בהמשך דבריו" not in _people(paragraphs)


def test_a_ministry_in_the_passive_with_an_adverb() -> None:
    quotes = quotes_of(['ממשרד הבריאות נמסר בתגובה: "הבדיקות נמשכות בכל בתי החולים".'], "he")
    assert [q.speaker for q in quotes] == ["משרד הבריאות"]


def test_a_family_name_spelt_with_he_after_a_role_in_commas() -> None:
    people = _people(["קונסול צרפת בחיפה, פייר הולנד, ביקר במפעל.", "המאמן של הקבוצה, ג'ורדן הייז, הציג את התוכנית."])
    assert people.get("פייר הולנד") == "קונסול צרפת בחיפה"
    assert people.get("ג'ורדן הייז") == "המאמן של הקבוצה"


def test_a_title_after_the_verb_is_the_speakers_role_not_part_of_the_name() -> None:
    facts = facts_of(['"הגיע הזמן לשינוי אמיתי", כתבה ח"כ שלומית אדרי ברשתות החברתיות.'], "he")
    assert {f.text: f.role for f in facts if f.kind == "person"} == {"שלומית אדרי": 'ח"כ'}


def test_a_spokeswoman_of_a_ministry_is_no_person_named() -> None:
    facts = facts_of(['דוברת משרד החינוך מסרה: "הלימודים יתחדשו כסדרם ביום ראשון".'], "he")
    assert [f for f in facts if f.kind == "person"] == []
    assert [f.speaker for f in facts if f.kind == "quote"] == ["דוברת משרד החינוך"]


def test_declared_is_a_verb_of_speech() -> None:
    quotes = quotes_of(['ראש המועצה עמוס דגן הכריז: "מהיום הכביש פתוח לתנועה בשני הכיוונים".'], "he")
    assert [q.speaker for q in quotes] == ["עמוס דגן"]


def test_an_unnamed_source_or_a_body_after_a_role_is_no_person() -> None:
    people = _people(
        [
            'גורם בכיר במשרד אמר כי ההחלטה סופית. גורם אמר גם כי "אין שום חזרה מההחלטה".',
            "מנהלת קרן המטבע אמרה כי הצמיחה תואט בשנה הבאה.",
        ]
    )
    assert people == {}


def test_where_one_said_it_before_the_verb_is_no_speaker() -> None:
    paragraphs = ["הסופר משה מזרחי נפטר בשנה שעברה.", 'בצוואתו כתב כי "יש לתרום את כל ספריו לספריית העיר".']
    assert [q.speaker for q in quotes_of(paragraphs, "he")] == ["משה מזרחי"]


def test_the_armys_lower_ranks_are_titles() -> None:
    people = _people(['בית הדין הצבאי שמע את עדותו של רב"ט אביתר שושני.', "טוראי עומר קליין נעצר בשער הבסיס."])
    assert people == {"אביתר שושני": 'רב"ט', "עומר קליין": "טוראי"}


def test_but_at_once_then_the_verb_has_the_sentences_subject() -> None:
    paragraphs = ['החייל נועם ברקוביץ ניסה להתחמק מהשאלה, אך מיד לאחר מכן אמר: "אני מודה בכל ההאשמות".']
    quotes = quotes_of(paragraphs, "he")
    assert [q.speaker for q in quotes] == ["נועם ברקוביץ"]
    assert set(_people(paragraphs)) == {"נועם ברקוביץ"}


def test_a_given_name_with_a_preposition_glued_on_before_a_family_name_and_a_mark() -> None:
    people = _people(["פרס המפעל הוענק השנה למיכל גולן, ואות ההוקרה הוענק ליצחק מזרחי."])
    assert {"מיכל גולן", "יצחק מזרחי"} <= set(people)


def test_a_verb_that_reads_as_a_preposition_and_a_given_name_is_no_name() -> None:
    assert _people(["זו הפעם הראשונה שבה ביטל בית משפט חוק של הכנסת."]) == {}


def test_a_bodys_statement_in_the_construct_state_speaks() -> None:
    paragraphs = ['בהודעת המשטרה נמסר: "החשוד נעצר לחקירה נוספת בתחנה".', 'בהודעת צה"ל נמסר: "הכוחות פועלים באזור מאז הבוקר".']
    facts = facts_of(paragraphs, "he")
    assert [f.speaker for f in facts if f.kind == "quote"] == ["המשטרה", 'צה"ל']
    assert [f for f in facts if f.kind == "person"] == []
