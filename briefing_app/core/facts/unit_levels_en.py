"""What a level counts when "units" is its only noun (English sales copy): "New car registrations fell by 21.2% in
September to 330,295 units", "Volumes year-to-date were down by 7.5% to 1,794,419 units", "fleet which was down
-10.1% to 222,887 units".

"Units" counts whatever the clause is about (cars registered, phones shipped, homes sold): alone it names nothing.
After "to"/"at"/"from" (the level of a change), the figure counts what the change before it in the clause counts,
or else the subject of the clause; "units" stays in brackets. A noun before "units" ("300 housing units") or a
verb after the figure ("45,000 units sold") is left as it was read.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, PRONOUNS
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.subject_before import before_phrase

_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at|from)\s+(?:(?:about|around|nearly|almost|some|more\s+than|less\s+than|over|under|just|roughly)\s+)"
    r"{0,2}$"
)
# The verb of change and what comes after it up to the level: "fell by 21.2% in September to ".
_CHANGE_TO = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:fell|rose|dropped|declined|increased|decreased|grew|"
    r"jumped|slipped|climbed|plunged|plummeted|slumped|down|up|higher|lower)\b(?:[^,;]|(?<=\d),(?=\d))*$"
)


def unit_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level read as bare "units" what the change or the subject of its clause counts."""
    numbered = list(figure_texts(figures, texts))
    for i, (f, number, text) in enumerate(numbered):
        if (f.counts or "").strip().lower() not in ("units", "units lower", "units higher"):
            continue
        before = text[: number.start]
        if not _LEVEL_BEFORE.search(before) or not re.match(r"\s+units\b", text[number.end :]):
            continue
        level_at = _LEVEL_BEFORE.search(before)
        start = level_at.start() if level_at else len(before)
        prior = [(g, m) for g, m, _ in numbered[:i] if g.sentence == f.sentence and m.end <= start and g.counts]
        # (the change right before the level, in the same clause: "fell by 21.2% in September to")
        owner = None
        gap = text[prior[-1][1].end : start] if prior else ""
        # (no other clause between them; a comma only right before the level: "rose 4%, to 2.1 million units")
        same_clause = not re.search(r";|\b(?:and|but|while|which)\b|,(?!\s*$)", gap)
        if prior and prior[-1][0].unit == "percent" and same_clause:
            owner = (prior[-1][0].counts or "").split(" (")[0] or None
        elif prior and re.fullmatch(r"\s*(?:units\s+)?", gap) and prior[-1][0].unit is None:
            owner = (prior[-1][0].counts or "").split(" (")[0] or None  # "from 2,150,495 to 2,066,411 units"
        if owner is None:
            change = _CHANGE_TO.search(before[:start])
            subject = before_phrase(before[: change.start()], "en")[0] if change else None
            if subject and subject.split()[0].lower() not in PRONOUNS | EN_STOP:
                owner = subject
        if owner and owner.lower() != "units":
            f.counts = f"{owner} (units)"
