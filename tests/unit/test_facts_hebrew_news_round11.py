"""Hebrew news constructions of round 11, on made-up sentences: the speech acts news reports quote with
(קרא, האשים, גינה, תקף...), an object between the verb and the colon, a given name the lists lack after a
title, whom it was said to after the speaker's name, short quotes a passive statement or a name and a colon
attribute, "and said" after the quote's comma."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "he") if f.kind == "person"}


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "he")]


def test_news_speech_acts_attribute_a_quote() -> None:
    for verb in ("קרא", "האשים", "גינה", "העריך", "הזהיר"):
        assert _speakers([f'"לא נוותר על הביטחון של התושבים", {verb} השר יגאל טופורובסקי.']) == [
            "יגאל טופורובסקי"
        ], verb


def test_an_object_between_the_verb_and_the_colon_leaves_the_subject_speaking() -> None:
    speakers = _speakers(['השר יגאל טופורובסקי האשים את האופוזיציה: "אתם משקרים לציבור כל הזמן".'])
    assert speakers == ["יגאל טופורובסקי"]


def test_a_given_name_the_lists_lack_after_a_title_and_before_a_listed_family_name() -> None:
    people = _people(["שר הביטחון עמרי כהנוביץ הגיע לביקור בצפון."])
    assert people.get("עמרי כהנוביץ") == "שר הביטחון"


def test_the_words_after_a_new_speech_verb_that_is_no_speech_are_no_name() -> None:
    assert _people(["אתמול תקף מחבל חייל בצומת.", "השר קרא את המכתב בקול.", "היא דרשה מהממשלה תשובות."]) == {}


def test_a_verb_or_adverb_after_a_title_is_no_unlisted_given_name() -> None:
    assert _people(["השר רוצה שלום עם השכנים.", "ראש העיר נפגש שוב עם התושבים."]) == {}


def test_whom_it_was_said_to_is_no_part_of_the_speakers_name() -> None:
    speakers = _speakers(['"המצב בעיר קשה מאוד", אמרה שלשום השרה ליאורה טופורובסקי לכתבנו.'])
    assert speakers == ["ליאורה טופורובסקי"]
    assert _speakers(['"המצב בעיר קשה מאוד", אמר טופורובסקי לאחר הפגישה עם ראש הממשלה.']) == ["טופורובסקי"]


def test_a_short_quote_after_a_name_and_a_colon() -> None:
    assert _speakers(['השרה ליאורה טופורובסקי: "המצב קשה מאוד".']) == ["ליאורה טופורובסקי"]


def test_a_short_quote_passed_on_in_the_passive() -> None:
    assert _speakers(['"המצב קשה מאוד", נמסר מטעם המשטרה.']) == ["המשטרה"]
    assert _speakers(['ממשרד הבריאות נמסר: "המצב קשה מאוד".']) == ["משרד הבריאות"]


def test_a_short_quote_with_so_said_after_a_dash() -> None:
    assert _speakers(['"המצב קשה מאוד" – כך אמר יגאל טופורובסקי.']) == ["יגאל טופורובסקי"]


def test_and_said_after_the_quotes_comma() -> None:
    assert _speakers(['"המצב קשה מאוד", ואמר השר יגאל טופורובסקי.']) == ["יגאל טופורובסקי"]


def test_and_added_with_no_comma_opens_the_next_quote() -> None:
    speakers = _speakers(['השרה ליאורה טופורובסקי אמרה: "מדובר בפגיעה קשה בציבור" והוסיפה ש"ההצעה רעה ומסוכנת".'])
    assert speakers and set(speakers) == {"ליאורה טופורובסקי"}


def test_the_office_before_a_comma_and_a_rank_is_the_role() -> None:
    people = _people(["מפקד מחוז הגליל, ניצב יגאל טופורובסקי, אמר כי החקירה נמשכת."])
    assert "מפקד מחוז הגליל" in (people.get("יגאל טופורובסקי") or "")
    people = _people(["נגיד בנק ישראל, פרופ' ליאורה טופורובסקי, אמרה כי הריבית תעלה."])
    assert "נגיד" in (people.get("ליאורה טופורובסקי") or "")


def test_a_chancellor_and_a_lawyer_of_the_one_just_named_before_a_name_in_commas() -> None:
    assert _people(["עורכת דינו, ליאורה טופורובסקי, אמרה כי מצבו קשה."]) == {"ליאורה טופורובסקי": "עורכת דינו"}


def test_a_definite_role_and_its_adjective_before_a_foreign_name_speak_as_the_name() -> None:
    paragraphs = ['הנשיא האמריקני ג\'ו טופורובסקי אמר: "ארצנו תעמוד לצד בעלות בריתה".']
    assert _speakers(paragraphs) == ["ג'ו טופורובסקי"]
    assert set(_people(paragraphs)) == {"ג'ו טופורובסקי"}


def test_a_family_name_ending_in_a_geresh_keeps_it() -> None:
    assert "אורנה כהנוביץ'" in _people(["אורנה כהנוביץ', חברת הכנסת מהאופוזיציה, אמרה כי תתמוך בהצעה."])


def test_an_unlisted_given_name_and_a_family_name_before_an_age_in_brackets() -> None:
    assert "עמרי כהנוביץ" in _people(["עמרי כהנוביץ (34) מחולון נפצע קשה בתאונה."])


def test_an_unlisted_given_name_and_a_family_name_open_a_clause_before_a_verb_of_saying() -> None:
    assert "עמרי כהנוביץ" in _people(["עמרי כהנוביץ הודיע אתמול על התפטרותו מהמפלגה."])


def test_adverbs_before_a_verb_of_saying_or_a_year_in_brackets_are_no_name() -> None:
    sentences = ["עוד באותו יום הודיע השר על התפטרותו.", "לפני כן אמר השר כי לא יתפטר.",
                 "מלחמת לבנון (2006) הסתיימה בהפסקת אש.", "רק אז הודה השר באשמה."]  # fmt: skip
    assert _people(sentences) == {}


def _organisations(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "he") if f.kind == "organisation"}


def test_israeli_parties_and_bodies_news_names_bare() -> None:
    found = _organisations(["חברי הכנסת מהרשימה המשותפת ומיהדות התורה הצביעו נגד.", "הסוכנות היהודית חתמה על הסכם."])
    assert {"הרשימה המשותפת", "יהדות התורה", "הסוכנות היהודית"} <= found


def test_an_indictment_is_no_verb_of_writing() -> None:
    assert _people(["הפרקליטות הגישה כתב אישום נגד החשוד.", "השופט קרא את כתב התביעה."]) == {}


def test_a_foreign_name_of_three_words_after_a_title() -> None:
    people = _people(["נשיא טורקיה ג'מאל טאהיר קוזאנלי הביע את תנחומיו למשפחות."])
    assert people == {"ג'מאל טאהיר קוזאנלי": "נשיא טורקיה"}


def test_a_verb_after_a_foreign_name_is_no_third_name() -> None:
    sentences = ["הנשיא האמריקני ג'ו טופורובסקי פרסם הודעה.", "הנשיא האמריקני ג'ו טופורובסקי דיבר עם השר."]
    assert set(_people(sentences)) == {"ג'ו טופורובסקי"}


def test_an_eyewitness_is_no_person() -> None:
    assert _people(['עד ראייה סיפר לסוכנות הידיעות כי "הבניינים קרסו כמו קלפים".']) == {}


def test_a_former_office_in_commas_and_the_legal_advisers_acronym_are_roles() -> None:
    assert _people(["יגאל טננבוים, לשעבר ראש המוסד, אמר כי המצב מסוכן."]) == {"יגאל טננבוים": "לשעבר ראש המוסד"}
    assert _people(['היועמ"ש יגאל טננבוים הודיע על פתיחת חקירה.']) == {"יגאל טננבוים": 'היועמ"ש'}


def test_unnamed_groups_and_a_spokesman_of_a_body_are_no_people() -> None:
    paragraphs = ['"המצב קשה מאוד", אמרו גורמים בכירים בירושלים.', '"המצב קשה מאוד", כתבו תושבים ברשתות החברתיות.',
                  '"המצב קשה מאוד", הסביר דובר משרד הבריאות.']  # fmt: skip
    assert _people(paragraphs) == {}
    assert _speakers(['"המצב קשה מאוד", אמר חיים טננבוים.']) == ["חיים טננבוים"]


def test_eyewitnesses_and_a_spokesman_with_a_time_word_are_no_people() -> None:
    assert _people(["לדברי עדי ראייה, המחבל ירה לכל עבר.", 'מסר דובר צה"ל בתגובה.']) == {}
