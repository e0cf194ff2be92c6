"""The words of a plain English noun phrase read before a figure, as the readers of subjects want it: without its
determiner, and none at all when it opens with a pronoun or a function word, ends with one, or holds a verb (then it is
a clause, not a subject). One check for the readers of subjects set off by an aside, valued at current prices, and
reported by a survey (`aside_subjects_en`, `price_basis_en`, `reported_clauses_en`)."""

from __future__ import annotations

from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PRONOUN_STARTS

DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}


def plain_noun_phrase(words: list[str]) -> str | None:
    """`words` joined without a leading determiner, or None when they are no plain noun phrase."""
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words or words[0].lower() in PRONOUN_STARTS | EN_STOP or words[-1].lower() in EN_STOP:
        return None
    if any(w.lower() in EN_VERBS for w in words):
        return None
    return " ".join(words)
