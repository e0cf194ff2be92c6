"""Who said a quote: the one place the quote readers (`quotes.py`, `quote_passages.py`) import the speaker readers
from. The words after a quote's marks are read by `speaker_after.py`, its introduction by `speaker_before.py`
(Arabic and Hebrew by `quote_speakers_rtl.py`), and the cues they share are in `quote_words.py`."""

from __future__ import annotations

from briefing_app.core.facts.quote_words import (
    ALL_VERBS,
    CLOSE_MARKS,
    HEBREW_LETTER,
    INWARD_GUILLEMETS,
    LEAD_IN,
    MIN_WORDS,
    NAME,
    OPEN_MARKS,
    UNNAMED_SAID,
    is_title_or_term,
    quoted_noun_phrase,
    verbs_of,
)
from briefing_app.core.facts.speaker_after import speaker_named_after
from briefing_app.core.facts.speaker_before import clause_after_quote, name_introducing, speaker_named_before

__all__ = [
    "ALL_VERBS",
    "CLOSE_MARKS",
    "HEBREW_LETTER",
    "INWARD_GUILLEMETS",
    "LEAD_IN",
    "MIN_WORDS",
    "NAME",
    "OPEN_MARKS",
    "UNNAMED_SAID",
    "clause_after_quote",
    "is_title_or_term",
    "name_introducing",
    "quoted_noun_phrase",
    "speaker_named_after",
    "speaker_named_before",
    "verbs_of",
]
