"""Hebrew figures and quotes (round 45: unseen Hebrew news pages of many outlets), each shape written again with
made-up names, bodies and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, hebrew_speakers


def _values(paragraphs: list[str]) -> list[float]:
    return [f.value for f in facts_of(paragraphs, "he") if f.kind == "figure" and f.value is not None]


# A quote closed by "said in X's statement" ('"...", נאמר בהודעת X'): X speaks, not the person named before


def test_quote_said_in_a_bodys_statement_is_the_bodys() -> None:
    speakers = hebrew_speakers(
        [
            "תושב הכפר אלון גרינפלד דיווח על פריצה למחסן התבואה.",
            '"הפורצים נמלטו ברכב לבן ונעצרו כעבור שעה", נאמר בהודעת רשות הטבע.',
        ]
    )
    assert speakers == ["רשות הטבע"]


def test_statement_issued_on_behalf_of_a_body_speaks_for_it() -> None:
    speakers = hebrew_speakers(
        [
            "המהנדסת נורית סלע בדקה את הגשר הישן.",
            '"הגשר ייסגר לתנועה עד סוף החודש", נכתב בהודעה מטעם המועצה האזורית.',
        ]
    )
    assert speakers == ["המועצה האזורית"]


def test_statement_of_ones_own_spokesman_is_still_the_person_just_named() -> None:
    # near miss: "his spokesman's statement" names no other body; the one just named speaks
    speakers = hebrew_speakers(
        [
            "השר יריב אלמוג ביקר אתמול במפעל.",
            '"השר יפעל להשארת המפעל בעיר", נמסר בהודעת דוברו.',
        ]
    )
    assert speakers and "אלמוג" in (speakers[0] or "")


# "X said after the win over Y:" (an adjunct after the verb holding "about" or "against" and its complement):
# X speaks, not the words after the verb


def test_adjunct_with_a_phrase_of_about_after_the_verb_leaves_the_subject_speaking() -> None:
    speakers = hebrew_speakers(['מאמן הפועל גבעת עדה ברזילי אמר אחרי הניצחון על מגדלים: "שיחקנו חכם מאוד היום".'])
    assert speakers and "ברזילי" in (speakers[0] or "")


def test_adjunct_with_a_phrase_of_against_after_the_verb_leaves_the_subject_speaking() -> None:
    speakers = hebrew_speakers(['הקפטן עוזי מלכה אמר בסיום המפגש נגד רמת שקד: "לא ויתרנו לרגע".'])
    assert speakers and "מלכה" in (speakers[0] or "")


def test_person_named_inside_the_phrase_of_about_does_not_speak() -> None:
    # near miss: the goalkeeper spoken of after "על" is no speaker; the coach before the verb is
    speakers = hebrew_speakers(['המאמן שמעון ברזילי אמר אחרי האימון על השוער דני כהן: "הוא עבד קשה כל השבוע".'])
    assert speakers and "ברזילי" in (speakers[0] or "") and "כהן" not in (speakers[0] or "")


# The first or second half of a match, before a comma or a full stop, is a period, not a half


def test_second_half_before_a_comma_is_no_figure() -> None:
    assert 0.5 not in _values(["השחקנים רצו הרבה, בעיקר במחצית השנייה, ולכן ניצחו."])


def test_first_half_before_a_full_stop_is_no_figure() -> None:
    assert 0.5 not in _values(["הקבוצה שלטה במשחק רק במחצית הראשונה."])


def test_half_of_the_staff_before_a_comma_stays_a_figure() -> None:
    # near miss: "half of the workers", a share, stays 0.5
    assert 0.5 in _values(["מחצית מהמורים שבתו, ורובם חזרו למחרת."])


# A military unit named by its number in the construct state, or a reserve unit, is no figure


def test_unit_in_the_construct_state_names_its_number() -> None:
    assert 5410 not in _values(["קצין ביחידת 5410 סיפר כי הכוח חזר בשלום."])


def test_reserve_battalion_names_its_number() -> None:
    assert 6127 not in _values(["לוחמי גדוד מילואים 6127 עצרו הלילה שלושה חשודים."])


def test_reserve_battalion_keeps_the_count_after_its_verb() -> None:
    # near miss: the count the battalion made is still a figure
    assert 3 in _values(["לוחמי גדוד מילואים 6127 עצרו הלילה שלושה חשודים."])
