"""A second verb of change that shares its subject with the first (English statistics copy): "total imports
increased by 2.99 per cent compared to the value recorded in the first quarter (N5,559.88 billion), but declined by
10.37 per cent when compared to ...".

After ", but"/", and"/", yet" a verb of change with no subject of its own says more of the subject of the clause
before; the readers took the last noun before the conjunction ("value", the thing compared with). The figure after
the second verb counts what the first figure of the sentence, the first verb's, counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_CHANGE_VERBS = (
    r"(?:rose|fell|increased|decreased|declined|dropped|grew|climbed|jumped|slipped|slid|eased|gained|lost|shrank|"
    r"contracted|expanded|surged|plunged|tumbled|rebounded|recovered|dipped|edged\s+(?:up|down|higher|lower))"
)
# ", but declined by ", ", and then rose ": a conjunction and the verb, no subject between.
_SECOND_VERB = re.compile(
    rf",\s*(?:but|and|yet|while)\s+(?:then\s+|later\s+|also\s+|still\s+)?{_CHANGE_VERBS}\s+"
    r"(?:by\s+)?(?:(?:about|around|some|nearly|almost|roughly|just|over|more\s+than)\s+)?(?:US\$|[$£€¥])?$"
)
# The first verb of change right after the figure's clause's subject: "total imports | increased by ".
_FIRST_VERB = re.compile(
    rf"\s+(?:has\s+|have\s+|had\s+)?{_CHANGE_VERBS}\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|roughly|just|"
    r"over|more\s+than)\s+)?(?:US\$|[$£€¥])?$"
)


def coordinated_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the figure of a subjectless second verb of change what the first verb's figure counts."""
    numbered = list(figure_texts(figures, texts))
    for i, (f, number, text) in enumerate(numbered):
        second = _SECOND_VERB.search(text[: number.start])
        if second is None:
            continue
        cut = number.start - len(text[: number.start]) + second.start()
        prior = [(g, m) for g, m, _ in numbered[:i] if g.sentence == f.sentence and m.end <= cut]
        if not prior or not prior[0][0].counts or prior[0][0].unit != f.unit:
            continue
        first, at = prior[0]
        if not _FIRST_VERB.search(text[: at.start]) or text.count(",", at.end, cut) > 2:
            continue  # (the first figure is no verb's: "Sales of 5m, and rose 3%" is another shape)
        owner = (first.counts or "").split(" (")[0]
        if owner.lower() not in (f.counts or "").lower():
            f.counts = first.counts
