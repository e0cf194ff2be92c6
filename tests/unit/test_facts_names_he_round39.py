

# --- an office and a family name no list holds, then a verb in the present and what it takes ---------------------


def test_a_family_name_before_a_present_verb_and_its_infinitive() -> None:
    people = _people(["ראש הממשלה קלוזנר מנסה לכנס את השרים הערב."])
    assert people == {"קלוזנר": "ראש הממשלה"}


def test_a_family_name_before_a_present_verb_and_a_clause() -> None:
    assert _people(["הנשיא קרוצ'נקו טוען כי הבחירות זויפו."]) == {"קרוצ'נקו": "הנשיא"}


def test_a_present_verb_right_after_the_office_is_no_name() -> None:
    # near miss: the verb follows the office itself, no family name between
    assert _people(["ראש העיר מנסה לשכנע את התושבים לחזור הביתה."]) == {}
