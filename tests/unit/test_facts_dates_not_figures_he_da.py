"""Dates that the figure reader took for quantities, in Hebrew and Danish (made-up sentences, the shapes seen on real
news): a day and month after the weekday it falls on, a year in two digits after its month, and a Danish year after
"omkring" with a verb after it. Each with near misses that stay figures."""

from __future__ import annotations

from tests.unit.facts_helpers import local_facts


def _values(paragraph: str, language: str) -> set[float]:
    return {f.value for f in local_facts(paragraph, "figure", language) if f.value is not None}


def test_a_hebrew_day_and_month_after_its_weekday_is_a_date() -> None:
    assert 17.5 not in _values("המנהל נפגש ביום רביעי 17.5 בערב עם נציגי העובדים.", "he")
    assert 12.3 not in _values("ביום ה' 12.3, נפתח הכנס בעיר.", "he")
    # near misses: a share after a weekday elsewhere in the sentence, and a count after "on Monday"
    assert 30.4 in _values("המחיר עלה ב-30.4% ביום שני.", "he")
    assert 3 in _values("ביום שני נפצעו 3 אנשים בתאונה.", "he")


def test_a_hebrew_two_digit_year_after_its_month_is_a_date() -> None:
    assert 96 not in _values("במרץ 96 חזרה המשלחת לארץ.", "he")
    assert 96 not in _values("באוגוסט 96, בשעת לילה, נעצר החשוד.", "he")
    # near misses: a count after a month, with its plural noun or "people"
    assert 60 in _values("במאי 60 תושבים נפצעו בסערה.", "he")
    assert 45 in _values("ביולי 45 בני אדם נפצעו בסערה.", "he")


def test_a_danish_year_after_omkring_with_a_verb_after_it_is_a_date() -> None:
    assert 2017 not in _values("Årsagen er, at man i Vestby Kommune omkring 2017 valgte at hæve lønnen.", "da")
    # near misses: a round count with a verb, a count with its noun
    assert 2000 in _values("Omkring 2000 blev anholdt under uroen.", "da")
    assert 2017 in _values("Der kom omkring 2017 deltagere til løbet.", "da")
