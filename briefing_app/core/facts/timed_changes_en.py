"""What an English change counts when the reading took the time after it: "Parking charges will climb by an
above-inflation 6 per cent next year", "Water bills are to go up by an average 4 per cent next month".

With an article and an adjective before the figure ("by an average 4 per cent") the figure reads as a noun phrase
whose noun is the word after it, and the time that says when ("next year") is taken for what the figure counts. A
time says when, never what: the change is the change of its verb's subject ("Parking charges", "Water bills"). A figure
whose own noun is the time ("rose for a third straight month", "fell 2% in a month") has no verb of change right
before it and is left alone.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.counted_subjects_en import BARE_PRONOUNS, phrase_before
from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.pos_tagger import tag_sentence

# A reading that is only a time noun.
_TIME_WORD = re.compile(r"(?:year|month|week|quarter|day|decade)s?", re.IGNORECASE)
# The time right after the figure (past its per cent), with the word that makes it an adverbial of time.
_TIME_AFTER = re.compile(
    r"\s*(?:per\s*cent|percent|%|points?|percentage\s+points?)?\s+(?:next|last|this|a|each|every|per)\s+"
    r"(year|month|week|quarter|day|decade)\b",
    re.IGNORECASE,
)
# A verb of change and its "by", then an article and one adjective (or none) before the figure.
_CHANGE_BEFORE = re.compile(
    r"\b(ris(?:e|es|en|ing)|rose|go(?:es)?\s+up|went\s+up|gone\s+up|going\s+up|increas(?:e|es|ed|ing)|"
    r"f[ae]ll(?:s|en|ing)?|go(?:es)?\s+down|went\s+down|grow(?:s|n|ing)?|grew|climb(?:s|ed|ing)?|"
    r"drop(?:s|ped|ping)?|jump(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|shr[iau]nk(?:s|ing)?|soar(?:s|ed|ing)?)"
    r"\s+(?:by\s+)?(?:an?\s+(?:[\w-]+\s+)?|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?"
    r"(?:US\$|[$£€])?$",
    re.IGNORECASE,
)


def timed_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a change read as the time after it ("5 per cent next year": "year") its verb's subject."""
    for f, n, text in figure_texts(figures, texts):
        if not f.counts or not _TIME_WORD.fullmatch(f.counts.strip()):
            continue
        after = _TIME_AFTER.match(text, n.end)
        if after is None or after.group(1).lower() != f.counts.strip().lower().rstrip("s"):
            continue
        change = _CHANGE_BEFORE.search(text, max(0, n.start - 80), n.start)
        if change is None:
            continue
        subject = _subject_before(text, change.start())
        if subject:
            f.counts = subject


def _subject_before(text: str, verb_start: int) -> str | None:
    """The noun phrase before the verb that starts at `verb_start`, past its auxiliaries ("are to | go up")."""
    words = [w for w in tag_sentence(text) if w[1] <= verb_start or w[0] == verb_start]
    if not words or words[-1][0] != verb_start:
        return None
    at = len(words) - 1
    if at >= 1 and text[words[at - 1][0] : words[at - 1][1]].lower() == "to" and at >= 2 and words[at - 2][2] == "AUX":
        at -= 1  # "Water bills are to | go up": the infinitive of a plan, its subject before "are"
    subject = phrase_before(text, words, at)
    if not subject or subject.lower() in BARE_PRONOUNS:
        return None
    return subject
