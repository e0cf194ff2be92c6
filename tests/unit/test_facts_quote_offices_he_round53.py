"""Hebrew quotes given by office alone (round 53), written with made-up names: "שר האוצר אמר כי ... ." then
'"...", אמר.' is the minister's words, not those of the person named last; near misses: the sentence before names
someone, the verb's sex differs from the office's, the quote's own clause has a subject, the office was named.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of

_CHAIR = 'יו"ר הוועדה, ח"כ אברהם שטרנפלד, אמר כי "זה תקציב קשה אבל אחראי".'


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [f.speaker for f in facts_of(paragraphs, "he") if f.kind == "quote"]


def test_an_office_opening_the_sentence_before_speaks() -> None:
    speakers = _speakers([_CHAIR, 'שר האוצר אמר אחרי ההצבעה כי הגירעון יעמוד על 2.8% מהתוצר. "לא נחרוג מהיעד", אמר.'])
    assert speakers[-1] == "שר האוצר"


def test_an_office_that_met_someone_speaks() -> None:
    speakers = _speakers(
        [
            'יו"ר ההסתדרות, יעקב שפירא, אמר: "לא נאפשר פיטורים".',
            'שר העבודה נפגש אמש עם ראשי ההסתדרות. "יש עוד זמן להגיע להסכם", אמר.',
        ]
    )
    assert speakers[-1] == "שר העבודה"


def test_the_office_named_earlier_is_its_holder() -> None:
    speakers = _speakers(
        [
            "שר האוצר, דן מרגלית, הציג את התקציב.",
            _CHAIR,
            'שר האוצר אמר כי הגירעון יקטן. "לא נחרוג מהיעד", אמר.',
        ]
    )
    assert speakers[-1] == "דן מרגלית"


def test_a_named_person_in_the_sentence_before_keeps_the_quote() -> None:  # near miss
    speakers = _speakers([_CHAIR, 'ח"כ רינה אלמוג תקפה את הקיצוצים. "הממשלה קיצצה בתקציב הרווחה", אמרה.'])
    assert speakers[-1] == "רינה אלמוג"


def test_a_feminine_verb_after_a_masculine_office_is_not_the_office() -> None:  # near miss
    speakers = _speakers(
        ['ח"כ רינה אלמוג תקפה את הממשלה.', 'שר האוצר הגיב בחריפות. "הממשלה קיצצה בתקציב הרווחה", אמרה.']
    )
    assert speakers[-1] != "שר האוצר"


def test_a_named_speaker_after_the_verb_stays() -> None:  # near miss
    speakers = _speakers([_CHAIR, 'שר האוצר אמר כי הגירעון יקטן. "לא נחרוג מהיעד", אמר שטרנפלד.'])
    assert speakers[-1] == "אברהם שטרנפלד"
