"""What a figure counts when the subject carries a phrase of what it leaves out or takes in: "Earnings excluding
stock-based compensation charges, amortization of intangibles and a tax credit was 33 cents per share", "Revenue
excluding fuel surcharges and currency effects rose 4 per cent" (results copy). The readings before took the last
noun of the phrase ("tax credit") when the phrase held a list; the measure is the subject before "excluding".

Only a subject that opens the sentence (one to four words), a phrase after "excluding", "including", "net of" or
"not counting" with no semicolon or colon (not "before"/"after", which name a measure: "profit before tax"), then
a copula or a verb of change right before the figure; and only when the reading came from inside that phrase.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_SUBJECT_THEN_EXCLUDING = re.compile(
    r"^\s*(?:(?:The|Its|Their)\s+)?((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*)\s+"
    # (not "before"/"after": "Profit before tax", "Earnings before interest, tax, ... (EBITDA)" name the measure)
    r"(?:excluding|including|net\s+of|not\s+counting|stripping\s+out)\s+([^;:]{1,160}?)\s+"
    r"(?:was|were|is|are|came\s+to|totall?ed|stood\s+at|reached|rose|fell|grew|increased|decreased|declined|dropped|"
    r"climbed|jumped|gained)\s+(?:(?:by|to|at)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|more\s+than|less\s+than)\s+)?(?:US|C|A|NZ)?[$£€]?\s*$"
)
# The same subject after "with", its verb a gerund of change: "with output excluding the oil and timber industries
# slowing to 1.5%" (the absolute clause of forecast copy).
_WITH_SUBJECT_EXCLUDING = re.compile(
    r"\bwith\s+(?:(?:the|its|their)\s+)?((?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*)\s+"
    r"(?:excluding|including|net\s+of|not\s+counting|stripping\s+out)\s+([^;:,]{1,100}?)\s+"
    r"(?:falling|rising|growing|slowing|easing|dropping|climbing|declining|increasing|decreasing|reaching|"
    r"hitting)\s+(?:(?:by|to|at)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|more\s+than|less\s+than)\s+)?(?:US|C|A|NZ)?[$£€]?\s*$"
)
_NOT_SUBJECTS = {"it", "they", "he", "she", "we", "this", "that", "there", "shares", "but", "and"}


def excluded_subjects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read from inside "X excluding A, B and C was N" the X."""
    for f, number, text in figure_texts(figures, texts):
        found = _SUBJECT_THEN_EXCLUDING.match(text[: number.start]) or _WITH_SUBJECT_EXCLUDING.search(
            text[: number.start]
        )
        if found is None or not f.counts:
            continue
        subject, phrase = found.group(1), found.group(2)
        if subject.split()[0].lower() in _NOT_SUBJECTS:
            continue
        read, _, rest = f.counts.partition(" (")
        if not read or subject.split()[-1].lower() in read.lower() or read.split()[0] not in phrase:
            continue
        # (the reading's first word is the phrase's: a gerund after it may end it, "mining sectors falling")
        old = f.counts
        f.counts = f"{subject} ({rest}" if rest else subject
        for later in figures:  # the level compared after it took the same piece: "was 5.95m, up from 5.52m"
            if later.kind == "figure" and later.sentence == f.sentence and later.counts == old and later.number and (
                later.number.start > number.start
            ):
                later.counts = f.counts
