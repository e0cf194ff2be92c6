"""Hebrew people (round 52), made-up names in Haaretz-style copy: a unit's acronym after a number ('20 מיליון מ"ק
מים', '40 מ"מ גשם') is no person's initials, even where the noun after it is written alone elsewhere in the story;
near misses: initials before a family name stay a person."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _people(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "he") if f.kind == "person"}


def test_cubic_metres_after_a_number_are_no_initials() -> None:
    people = _people(
        [
            "השניים סיכמו להקים צוות משותף לענייני מים.",
            'ישראל תעביר לירדן 20 מיליון מ"ק מים בשנה, אמר שר החוץ, דוד לוינזון.',
        ]
    )
    assert not any('מ"ק' in p for p in people)
    assert "דוד לוינזון" in people


def test_a_unit_after_digits_is_no_initials() -> None:
    people = _people(["החברה מחפשת משרדים.", 'החברה שכרה 500 מ"ר משרדים בחולון.'])
    assert not any('מ"ר' in p for p in people)


def test_millimetres_after_a_number_are_no_initials() -> None:
    people = _people(["גשם כבד ירד בצפון.", 'בגליל נמדדו 85 מ"מ גשם.'])
    assert not any('מ"מ' in p for p in people)


def test_initials_before_a_family_name_stay_a_person() -> None:
    assert 'ש"י גלבוע' in _people(['הסופר ש"י גלבוע כתב את הספר.', "גלבוע סירב להגיב."])


# "אנליסט בית ההשקעות X, Y Z": a firm's kind ends the office; the word after it is the firm's name, no surname


def test_the_name_after_an_investment_house_is_no_person() -> None:
    people = _people(['"המשקיעים חוששים", אמר אנליסט בית ההשקעות גלעדי, רמי זילברמן.'])
    assert "גלעדי" not in people and "רמי זילברמן" in people


def test_the_name_after_an_investment_house_before_a_verb_is_no_person() -> None:
    assert "גלעדי" not in _people(["אנליסט בית ההשקעות גלעדי אמר כי המשקיעים חוששים."])


def test_a_family_name_after_a_whole_office_stays_a_person() -> None:
    assert "שוחמי" in _people(["שר האוצר שוחמי אמר כי הגירעון יירד."])


def test_a_family_name_after_a_court_stays_a_person() -> None:
    assert "ברקן" in _people(["נשיא בית המשפט ברקן אמר כי אין מקום להתערב."])
