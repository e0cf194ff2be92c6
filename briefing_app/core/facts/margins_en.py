"""What an English figure counts when a verb sets a margin to it: "the Panthers had a chance to narrow the margin to
three points", "United cut the deficit to one goal", "extended their lead to 10 points".

The figure's noun ("points", "goal") is the unit; the margin, lead or deficit named before "to" is what the figure
measures, which the readings before could leave out ("points (Panthers)"). It is put first, the old reading kept in
brackets.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_MARGIN = re.compile(
    # (also a lead built or brought to a level, and "to within": "built the lead to five", "closed the Lakers' lead to
    # within one point", "bring the score to within nine")
    r"\b(?:(?:narrow|cut|reduce|extend|stretch|increase|widen|trim|close|halve|double|slash|build|bring|push|grow)"
    r"(?:s|ed|ing|d)?|built|brought|grew)\s+"
    r"(?:the|their|its|his|her|our|(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s?)\s+"
    r"(margin|lead|gap|deficit|advantage|difference|arrears|majority|score)\s+to\s+"
    r"(?:within\s+)?(?:(?:just|only|about|around|nearly|almost|some)\s+)?$",
    re.IGNORECASE,
)


def margins(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure a verb sets a margin to ("narrow the margin to three points") the margin it measures."""
    for f, number, text in figure_texts(figures, texts):
        margin = _MARGIN.search(text[: number.start])
        if margin is None or margin.group(1).lower() in (f.counts or "").lower():
            continue
        f.counts = f"{margin.group(1).lower()} ({f.counts})" if f.counts else margin.group(1).lower()
