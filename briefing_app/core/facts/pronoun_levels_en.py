"""A level whose subject is "it" or "that" is a level of the measure the figure before it read (English).

"In 2008/09, the proportion in grammar was 93.8 per cent. By 2016/17 it had risen to 94.1 per cent.", "more than
93% of school leavers passed their exams, but last year that had fallen to 90.5%": the pronoun has no noun, and the
reading took the verb ("risen") or a word of the time before it ("year"). The measure is the one the figure just
before (in the same sentence or the one before) counts, in the same unit. Run on the figures of the whole text.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# The pronoun as the subject of a verb of level or change right before the figure: "it had risen to", "that fell to",
# "it was", "this stood at" (a clause's start before the pronoun: the sentence's, a comma's, a conjunction's or a
# fronted time's: "By 2016/17 it", "but last year that").
_PRONOUN_LEVEL = re.compile(
    r"(?:^|[,;:]\s*|\b(?:but|and|while|whereas|by|in|since|last|this|next)\s+(?:[\w/'’-]+\s+){0,2})"
    r"(?:it|that|this)\s+(?:(?:had|has|have|will|would|is|was|then|now|since|also|further)\s+){0,2}"
    r"(?:risen|rose|rises|fallen|fell|falls|dropped|drops|climbed|climbs|increased|decreased|declined|grown|grew|"
    r"was|is|stood|stands|reached|reaches|hit|hits|slipped|jumped|edged\s+(?:up|down))"
    r"\s+(?:(?:to|at|by)\s+)?(?:(?:about|around|nearly|almost|just|only|some|over|under)\s+)?(?:US\$|[$£€])?$",
    re.IGNORECASE,
)


def pronoun_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level said of "it"/"that" what the figure before it, in the same unit, counts."""
    previous: Fact | None = None
    seen: list[Fact] = []
    # (a figure after it that took the pronoun figure's old reading takes the new one too: "It now stands at
    # €247,000, 7.3% higher than a year ago")
    replaced: dict[tuple[int, str], str] = {}
    for f, n, text in figure_texts(figures, texts):
        if (f.sentence, f.counts or "") in replaced:
            f.counts = replaced[(f.sentence, f.counts or "")]
        before = previous
        previous = f
        changes = [e for e in seen if e.sentence in (f.sentence, f.sentence - 1)]
        seen.append(f)
        if before is not None and f.number is not None and f.number.currency and before.unit != f.unit:
            # "The average price has risen by 7% in 12 months. It now stands at €247,000": a sum said of the
            # pronoun, with no sum before it, is the level of the measure whose change in percent came before
            changes = [e for e in changes if e.unit == f.unit] or [e for e in changes if e.unit == "percent"]
            before = changes[-1] if changes else before
        if before is None or f.unit is None or before.unit not in (f.unit, "percent") or not before.counts:
            continue
        if before.unit != f.unit and (f.number is None or not f.number.currency):
            continue
        if before.sentence not in (f.sentence, f.sentence - 1) or not _PRONOUN_LEVEL.search(text, 0, n.start):
            continue
        head = before.counts.split(" (")[0]
        if head.split()[-1:] and head.split()[-1].lower() in (f.counts or "").lower():
            continue
        if f.counts:
            replaced[(f.sentence, f.counts)] = head
        f.counts = head
