"""Hebrew percentages of the national product in a reported clause (round 53), written with made-up numbers: "שר
האוצר אמר כי הגירעון יעמוד על 2.8% מהתוצר" measures the deficit, not the office of the one who said it; a verb in
ה after the noun ends it ("הגירעון המצטבר הגיע ל-5.6% תוצר"). Near misses: the clause alone keeps its reading.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _counts(text: str) -> list[str | None]:
    return [f.counts for f in facts_of([text], "he") if f.kind == "figure"]


def test_a_deficit_after_ki_counts_the_deficit() -> None:
    assert _counts("שר האוצר אמר אחרי ההצבעה כי הגירעון יעמוד על 2.8% מהתוצר.") == ["הגירעון"]


def test_a_debt_after_a_glued_she_counts_the_debt() -> None:
    assert _counts("נגיד הבנק העריך שהחוב הציבורי יגיע ל-95% מהתוצר.") == ["החוב הציבורי"]


def test_a_verb_in_he_after_the_noun_ends_it() -> None:
    assert _counts("הגירעון המצטבר הגיע ל-5.6% תוצר.") == ["הגירעון המצטבר"]


def test_the_clause_alone_keeps_its_subject() -> None:  # near miss
    assert _counts("הגירעון יעמוד על 2.8% מהתוצר.") == ["הגירעון"]


def test_a_definite_adjective_stays() -> None:  # near miss
    assert _counts("הגירעון הציבורי יגיע השנה ל-4% מהתמ\"ג.") == ["הגירעון הציבורי"]
