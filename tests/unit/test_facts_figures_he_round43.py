"""Hebrew figures in news copy (round 43: more labour, health and world desk reports), each shape written again with
made-up names, places and numbers, each with a near miss the rule must not take.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.facts_helpers import nth_counts as _counts


def _figures(paragraphs: list[str]) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(paragraphs, "he") if f.kind == "figure"]


def _values(paragraphs: list[str]) -> list[float]:
    return [v for v, _ in _figures(paragraphs) if v is not None]


# "One" after a noun phrase counts the phrase's head too: a noun and its complement ("מכונת קפה"), a noun, its
# complement and an adjective, a noun and an adjective with no adjective's ending ("תרגיל ארוך")


def test_one_after_a_noun_and_its_complement_keeps_the_noun() -> None:
    paragraph = "הספרייה בכפר הדקלים רכשה השנה מכונת קפה אחת בלבד."
    assert "מכונת" in (_counts(paragraph, 1, "he") or "")


def test_one_after_a_noun_complement_and_adjective_keeps_the_noun() -> None:
    paragraph = "המכללה בעמק הארזים פתחה השנה מסלול לימודים ערבי אחד."
    assert "מסלול" in (_counts(paragraph, 1, "he") or "")


def test_one_after_a_noun_and_a_bare_adjective_keeps_the_noun() -> None:
    paragraph = "המאמנת רוני גלבוע דילגה על תרגיל ארוך אחד באימון."
    assert "תרגיל" in (_counts(paragraph, 1, "he") or "")


def test_one_after_a_plural_verb_is_not_part_of_what_it_counts() -> None:
    assert _counts("השכנים ברחוב הצבעוני שתלו עץ אחד בחצר.", 1, "he") == "עץ"


def test_one_after_a_nifal_verb_is_not_part_of_what_it_counts() -> None:
    assert _counts("בסערה בכפר הדקלים נעקר עץ אחד.", 1, "he") == "עץ"
