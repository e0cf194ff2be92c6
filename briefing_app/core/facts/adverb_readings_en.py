"""A reading of what an English figure counts that is only a sentence adverb: "Gross debt will be $904 billion instead
of the trillion forecast" read "instead (debt)" or "instead". An adverb names nothing counted; the bracketed subject,
or the subject of the copula right before the figure, is what the figure measures.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_ADVERBS = r"(?:instead|too|also|already|again|respectively|altogether|still|now|then)"
_ADVERB_THEN_SUBJECT = re.compile(rf"^{_ADVERBS}\s*\(([^()]+)\)$", re.IGNORECASE)
_ADVERB_ALONE = re.compile(rf"^{_ADVERBS}$", re.IGNORECASE)
# The copula's subject right before the figure: "gross debt will be | $904 billion" (one to three lower-case words).
_COPULA_SUBJECT = re.compile(
    r"\b((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+(?:will\s+be|would\s+be|is|was|are|were)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?(?:US|C|A|NZ)?[$£€]?\s*$"
)
_NOT_SUBJECTS = {"it", "this", "that", "there", "which", "what", "who", "they", "he", "she", "we", "i", "you"}


def adverb_readings(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read as "instead (X)" the X, and one read as "instead" alone the copula's subject."""
    for f, number, text in figure_texts(figures, texts):
        found = _ADVERB_THEN_SUBJECT.match(f.counts or "")
        if found:
            f.counts = found.group(1)
            continue
        if not _ADVERB_ALONE.match(f.counts or ""):
            continue
        subject = _COPULA_SUBJECT.search(text[: number.start])
        if subject and subject.group(1).split()[-1].lower() not in _NOT_SUBJECTS:
            words = subject.group(1).split()
            # (a fronted time is no part of the subject: "This year gross debt will be")
            while words and words[0].lower() in {"this", "next", "last", "year", "the", "in", "by"}:
                words = words[1:]
            if words:
                f.counts = " ".join(words)
