"""Hebrew quotes with their speaker, people and roles, round 32: constructions that recurred on real Hebrew news
pages (radio interviews of MKs, budget speeches, business interviews, police statements), written again with
made-up names and sentences, each with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(["כותרת", *paragraphs], "he")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(["כותרת", *paragraphs], "he")]


def _kind(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in facts_of(["כותרת", *paragraphs], "he") if f.kind == kind]


# --- a name inside a quote is the quoted one's subject, never the next bare quote's speaker -----------------------


def test_a_name_in_a_quotes_second_sentence_does_not_speak_next() -> None:
    paragraphs = [
        'ח"כ דניאל ברקוביץ הגיב הבוקר למשבר: "אסור להפיל את הממשלה עכשיו".',
        '"הציבור בחר גם באיתי ברקן ובמשה דרעי. ברקן הוא שר לביטחון לאומי ומתוקף תפקידו הוא חלק מהקבינט".',
        'אז מה הפתרון? "שיהיו 64 מבוגרים אחראים".',
    ]
    assert _speakers(paragraphs) == ["דניאל ברקוביץ"] * 3


def test_a_name_in_narration_still_speaks_next() -> None:
    # near miss: the minister is named outside the marks, so the bare quote after him is his
    paragraphs = [
        'ח"כ דניאל ברקוביץ הגיב הבוקר למשבר: "אסור להפיל את הממשלה עכשיו".',
        "שר החינוך אלון שחר הגיע לאולפן בצהריים.",
        'אז מה הפתרון? "שיהיו 64 מבוגרים אחראים".',
    ]
    assert _speakers(paragraphs)[-1] == "אלון שחר"


# --- a former office with no name is the one just spoken of ------------------------------------------------------


def test_a_former_office_is_the_one_just_named() -> None:
    paragraphs = [
        'ח"כ דניאל ברקוביץ התראיין הבוקר ברדיו והתייחס לסערה.',
        'יו"ר הקואליציה לשעבר אמר בנוסף כי "אנחנו מוכשרים יותר מהיריבים שלנו".',
    ]
    assert _speakers(paragraphs) == ["דניאל ברקוביץ"]
    assert "לשעבר" not in _people(paragraphs)


def test_a_present_office_stays_the_office() -> None:
    # near miss: no status word, the office speaks (nobody in the article holds it)
    paragraphs = [
        'ח"כ דניאל ברקוביץ התראיין הבוקר ברדיו והתייחס לסערה.',
        'יו"ר הקואליציה אמר בנוסף כי "אנחנו מוכשרים יותר מהיריבים שלנו".',
    ]
    assert _speakers(paragraphs) == ['יו"ר הקואליציה']


# --- the pronoun that opens the clause, not the object of the first verb -----------------------------------------


def test_a_pronoun_subject_before_an_object_and_a_joined_verb() -> None:
    paragraphs = [
        'ח"כ דניאל ברקוביץ התראיין הבוקר ברדיו: "הממשלה לא מביאה בשורה".',
        'לסיום, הוא תקף ישירות את השר אלון שחר והצהיר: "הוא לא מצליח בתפקידו".',
    ]
    assert _speakers(paragraphs) == ["דניאל ברקוביץ", "דניאל ברקוביץ"]


def test_a_named_subject_before_a_joined_verb_is_unchanged() -> None:
    # near miss: the clause opens with a title and a name, who speaks
    paragraphs = [
        'ח"כ דניאל ברקוביץ התראיין הבוקר ברדיו: "הממשלה לא מביאה בשורה".',
        'לסיום, השר אלון שחר תקף את האופוזיציה והצהיר: "הם לא מצליחים בתפקידם".',
    ]
    assert _speakers(paragraphs)[-1] == "אלון שחר"


# --- a companion after the verb ("לצד", "מול") is no subject -----------------------------------------------------


def test_the_one_beside_the_speaker_does_not_speak() -> None:
    text = (
        "ראש הממשלה דניאל ברקוביץ התייחס לאישור התקציב בכנסת, ואמר לצד שר האוצר אלון שחר כי "
        '"יש לזה חשיבות עצומה ליציבות הממשלה".'
    )
    assert _speakers([text]) == ["דניאל ברקוביץ"]


def test_however_after_the_verb_keeps_the_subject_after_it() -> None:
    # near miss: "עם זאת" (however) is no preposition's phrase; the subject follows it
    text = 'אמר עם זאת שר האוצר אלון שחר כי "יש לזה חשיבות עצומה ליציבות הממשלה".'
    assert _speakers([text]) == ["אלון שחר"]


# --- "and clarified that ..." after a quote names no speaker -----------------------------------------------------


def test_a_that_clause_after_the_verb_is_no_speaker() -> None:
    paragraphs = [
        'בהמשך נשאל על הסרטון שפרסם יו"ר הסיעה יוסי אלמוג, שקרא לתושבים "לשמור על הסדר", והבהיר כי אינו מסכים '
        "עם דבריו.",
    ]
    speakers = _speakers(paragraphs)
    assert speakers == ["יוסי אלמוג"], speakers  # (the one who called for it; no "אינו מסכים")


# --- "from" a party after a titled name, "for his part" after a family name ---------------------------------------


def test_the_party_after_a_titled_name_is_no_family_name() -> None:
    people = _people(['חבר הכנסת יוסי אלמוג ממרצ, התראיין הבוקר ברדיו.'])
    assert "יוסי אלמוג" in people and not any("ממרצ" in p for p in people), people


def test_a_listed_family_name_with_mem_stays() -> None:
    # near miss: a family name that starts with מ is no "from"
    people = _people(['חבר הכנסת יוסי מזרחי, התראיין הבוקר ברדיו.'])
    assert "יוסי מזרחי" in people, people


def test_for_his_part_is_no_family_name() -> None:
    paragraphs = [
        'ח"כ יוסי דוד התראיין הבוקר ברדיו.',
        'דוד מצדו ניסה להציג את הצד האחר, והוסיף: "הממשלה הזו חזקה יותר ממה שאתם חושבים".',
    ]
    assert not any("מצדו" in p for p in _people(paragraphs))
    assert _speakers(paragraphs) == ["יוסי דוד"]


# --- interview verbs: held, hurled -------------------------------------------------------------------------------


def test_held_after_a_quote() -> None:
    paragraphs = [
        'ח"כ יוסי אלמוג התראיין הבוקר ברדיו לצד המגיש דני לוי.',
        '"לא מענישים על חטאו של מישהו אחר", גרס אלמוג.',
    ]
    assert _speakers(paragraphs) == ["יוסי אלמוג"]


def test_and_glued_to_a_given_name_is_no_part_of_it() -> None:
    paragraphs = [
        'ח"כ יוסי אלמוג התראיין הבוקר בתוכניתם של דני לוי ואבנר סלומון.',
        "סלומון הטיח בו כי הוא עצמו התנגד להקמת הוועדה.",
    ]
    people = _people(paragraphs)
    assert "ואבנר סלומון" not in people, people


# --- a fund headed by someone, and "he says" before the name -----------------------------------------------------


def test_a_fund_headed_by_someone_is_no_person() -> None:
    paragraphs = [
        "קרן טלמור בראשות ברקן השלימה את ההנפקה. במהלך השנים טלמור רכשה 88 חברות.",
        "אלא שאת השנה סוגרות רבות מהחברות של טלמור בתשואה שלילית.",
    ]
    assert "קרן טלמור" not in _people(paragraphs)


def test_a_woman_named_keren_stays_a_person() -> None:
    # near miss: no "headed by" and no office before it: the given name Keren and a family name
    paragraphs = [
        "קרן טלמור הגיעה לדיון בבית המשפט. טלמור ישבה בשורה הראשונה.",
        "בתום הדיון טלמור יצאה מהאולם.",
    ]
    assert "קרן טלמור" in _people(paragraphs)


def test_he_says_before_the_name_of_the_funds_head() -> None:
    paragraphs = [
        "קרן טלמור בראשות ברקן השלימה את ההנפקה. במהלך השנים טלמור רכשה 88 חברות. "
        "אלא שאת השנה סוגרות רבות מהחברות של טלמור בתשואה שלילית. "
        '"זה לא רלבנטי אם מניה של חברה שלנו ירדה. אני אנצח את השוק", הוא אומר, ומתריע: '
        '"יש בבורסה חברות ללא סיכוי להחזיק מעמד".',
        'את הדברים האלה אומר עמית ברקן, מייסד ומנכ"ל קרן טלמור, בראיון סוף שנה.',
    ]
    assert _speakers(paragraphs)[:2] == ["עמית ברקן", "עמית ברקן"]


# --- the bare office before a qualified holder is named: another holder -------------------------------------------


def test_the_coach_before_the_losing_coach_is_named_is_not_him() -> None:
    paragraphs = [
        'המאמן אמר: "שיחקנו טוב מאוד לאורך כל המשחק".',
        'המאמן המפסיד, יואב ברקן: "הם קלעו כמו מטורפים וזה הבסיס להפרש".',
    ]
    assert _speakers(paragraphs) == ["המאמן", "יואב ברקן"]


def test_the_coach_after_the_coach_is_named_is_him() -> None:
    # near miss: the holder is named first, so the bare office after him is his
    paragraphs = [
        'המאמן המפסיד, יואב ברקן: "הם קלעו כמו מטורפים וזה הבסיס להפרש".',
        'המאמן הוסיף: "אנחנו מתאמנים קשה".',
    ]
    assert _speakers(paragraphs) == ["יואב ברקן", "יואב ברקן"]


# --- the outlet one spoke to, in single or double marks, after "with" or its kind --------------------------------


def test_outlets_spoken_to_in_marks() -> None:
    orgs = _kind(
        [
            'הוא מתח ביקורת על הממשלה בשיחה עם "השבוע הכלכלי": "זה אסון".',
            "\"מאז שהתחלפה הממשלה היא רק עושה בעיות\", אומר ל'קול הצפון' סגן השר.",
            "בראיון לרדיו 'גלים חדשים', הוא התייחס לחזרת התושבים.",
            'הסערה שיצר בריאיון אותו נתן ל"הכותרת" לפני שבועות.',
        ],
        "organisation",
    )
    assert {"השבוע הכלכלי", "קול הצפון", "גלים חדשים", "הכותרת"} <= set(orgs), orgs


def test_a_phrase_in_marks_after_with_is_no_outlet_without_a_cue() -> None:
    # near miss: no verb or noun of telling before "with": a slogan in marks
    orgs = _kind(['הם צעדו יחד עם "כולנו ביחד" על השלטים.'], "organisation")
    assert "כולנו ביחד" not in orgs, orgs


# --- "referred to" takes its topic with ל; an office "of" an outlet; a that-clause after a title ------------------


def test_the_topic_after_referred_is_no_speaker() -> None:
    text = (
        "הפרשנית הפוליטית של 'הכותרת' נועה שגיא התייחסה לדרמה הפוליטית עם הודעתה של יו\"ר הקואליציה: "
        '"מבחינת האופוזיציה הדרך תהיה הרבה יותר קלה".'
    )
    speakers = _speakers([text])
    assert speakers == ["נועה שגיא"], speakers


def test_a_subject_after_referred_is_still_read() -> None:
    # near miss: a title and a name right after the verb are its subject
    text = 'התייחס לאחר מכן שר האוצר אלון שחר לדברים: "לא נשנה את התקציב".'
    assert _speakers([text]) == ["אלון שחר"]


def test_an_office_of_an_outlet_in_a_headline_is_no_person() -> None:
    people = people_roles(["הפרשנית הפוליטית של 'הכותרת': \"בקואליציה זהו יום גדול\"", "היא אמרה את הדברים בערב."], "he")
    assert "של" not in people, people


def test_that_if_after_a_title_is_no_name() -> None:
    people = _people(["בתגובה אמר השר שאם השיח יתנהל ככה, הוא יורד מהבמה."])
    assert not any(p.startswith("שאם") for p in people), people


def test_attacked_right_after_a_quote_is_its_speech() -> None:
    paragraphs = [
        'ח"כ יוסי אלמוג שוחח הערב עם המגיש.',
        '"זה שנבחרנו לא עובר להם בגרון", תקפה אלמוג.',
    ]
    assert _speakers(paragraphs) == ["יוסי אלמוג"]


def test_attacked_before_its_object_introduces_no_short_quote() -> None:
    # near miss: "תקף את" before the marks takes an object; a term in marks is no quote
    paragraphs = ['ח"כ יוסי אלמוג תקף את "חוק הגיוס" בדיון בוועדה.']
    assert _speakers(paragraphs) == []


# --- two people joined before a plural verb; a verb is no third name; relative clauses and adverbs ----------------


def test_the_first_of_two_joined_speakers_with_a_role_between() -> None:
    text = (
        'פאראמדיקית מד"א נועה שגיא וחובש רפואת חרום במד"א יואב ברקן סיפרו: '
        '"מדובר בתאונה מזעזעת, הגענו למקום וראינו רכב שעלה באש".'
    )
    assert _speakers([text]) == ["נועה שגיא"]
    assert "יואב ברקן" in _people([text]) and not any("סיפרו" in p for p in _people([text]))


def test_one_speaker_before_a_singular_verb_is_unchanged() -> None:
    # near miss: one titled person and a singular verb
    text = 'חובש רפואת חרום במד"א יואב ברקן סיפר: "מדובר בתאונה מזעזעת, הגענו למקום וראינו רכב שעלה באש".'
    assert _speakers([text]) == ["יואב ברקן"]


def test_a_relative_clause_after_a_nationality_is_no_name() -> None:
    people = _people(["בר און הודתה גם לשורה של גופים במשק הישראלי שלקחו חלק בכנס."])
    assert not any(p.startswith("שלקחו") for p in people), people


def test_quite_after_an_appositive_is_no_name() -> None:
    people = _people(["תחזית מזג האוויר של דיוויד צ'ין, השותף המנהל של החברה בישראל, די קודרת."])
    assert "די קודרת" not in people, people


# --- an office whose body is named without the article, before the name in commas -------------------------------


def test_an_office_of_a_named_council_before_the_name_in_commas() -> None:
    people = _people(["ראש המועצה האזורית עמק הדר, משה דוידוב, מותח ביקורת חריפה על הממשלה."])
    assert people.get("משה דוידוב") == "ראש המועצה האזורית עמק הדר", people


def test_an_office_then_its_holders_name_without_commas_is_unchanged() -> None:
    # near miss: a known given name right after the chain is the holder's name, no body's
    people = _people(["ראש המועצה האזורית משה דוידוב אמר כי הממשלה טועה."])
    assert "משה דוידוב" in people, people


# --- a family name written as an acronym; a body's head after "with" ---------------------------------------------


def test_a_family_name_in_gershayim_after_a_title() -> None:
    paragraphs = [
        'בדיון מיוחד שערך השר ישראל כ"ץ יחד עם צמרת משרד הביטחון, הסביר כי הצעדים יינקטו בקרוב.',
        'שר הביטחון אמר בדיון: "אנחנו מכריזים מלחמה".',
    ]
    people = _people(paragraphs)
    assert 'ישראל כ"ץ' in people and "צמרת משרד" not in people, people
    assert _speakers(paragraphs) == ['ישראל כ"ץ']


def test_a_place_acronym_after_a_title_is_still_no_name() -> None:
    # near miss: an acronym of a town (two letters, no final letter) after the country stays a complement
    people = _people(['שגריר ישראל בת"א נפגש אתמול עם ראש העירייה.'])
    assert not any('ת"א' in p for p in people), people


# --- a body's kind with the article, then its own name ------------------------------------------------------------


def test_the_name_after_a_kind_of_company_is_the_body() -> None:
    orgs = _kind(
        [
            "קרן ההשקעות השלימה את הנפקתה של חברת האבטחה G1 בבורסה.",
            'בכנס השתתף מנכ"ל חברת הצעצועים פלסטיקו יואב ברקן.',
            "חברת ההייטק וויקספו פיטרה עובדים.",
        ],
        "organisation",
    )
    assert {"G1", "פלסטיקו", "וויקספו"} <= set(orgs), orgs
    assert not {"חברת האבטחה", "חברת הצעצועים", "חברת ההייטק"} & set(orgs), orgs


def test_a_kind_that_is_the_name_stays() -> None:
    # near miss: a verb or the sentence's end after the kind: the kind with the article is the body's name
    orgs = _kind(["חברת החשמל הודיעה על הפסקת חשמל.", "העובדים הפגינו מול חברת הנמלים."], "organisation")
    assert {"חברת החשמל", "חברת הנמלים"} <= set(orgs), orgs


def test_a_past_verb_after_a_kind_is_no_name() -> None:
    # near miss: the body's own verb right after the kind with the article
    orgs = _kind(["חברת הנמלים פיטרה עובדים.", "חברת הגז שילמה קנס."], "organisation")
    assert {"חברת הנמלים", "חברת הגז"} <= set(orgs) and not {"פיטרה", "שילמה"} & set(orgs), orgs
