"""A measure converted in brackets reads what the measure before it reads, once every reading is done (English).

"hit the highest temperature ever recorded in Scotland at 91.8F (33.2C)", "winds of 120mph (193km/h)": the bracketed
figure is the same quantity in other units. `sharing.share_counts` gives it the first one's reading, but later
readings of the sentence (a level reached "at", a change seen) change the first one alone, and the conversion kept
the old reading ("Motherwell"). Run last, on the figures of the whole text.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.sharing import _UNIT_THEN_BRACKET

# The bracket closes right after the converted figure's unit: "(33.2C)", "(193 km/h)", "(£4m)".
# (or a change restated as a percentage: "up €1.05bn (15%)", "rising by €245m (26%)": what the sum's change counts)
_CLOSES = re.compile(r"\s*(?:[^\W\d]|['’°/%]){0,8}\.?\s*\)")


def reshare_conversions(facts: list[Fact], texts: dict[int, str]) -> None:
    """Give a measure or sum converted in brackets the final reading of the one it converts."""
    # (a mixed number with a slash has no number of its own, "2-1/2 feet (0.76 meters) of rain": it ends where
    # its text ends)
    numbered = [f for f in facts if f.kind == "figure" and (f.number is not None or _slashed(f))]
    for e, f in zip(numbered, numbered[1:], strict=False):
        m, n, text = e.number, f.number, texts.get(f.sentence, "")
        if e.sentence != f.sentence:
            continue
        if n is None or not e.counts or f.counts == e.counts:
            continue
        m_end = m.end if m is not None else text.find(e.text) + len(e.text)
        if m is None and (e.unit is None or m_end > n.start):
            continue
        if (e.unit is None and (m is None or m.currency is None)) or (f.unit is None and n.currency is None):
            continue  # (a count and a measure in brackets are two things: "205 incidents (433 videos)")
        if (e.unit or (m.currency if m else None)) == (f.unit or n.currency) and e.unit not in ("degrees",):
            continue  # the same unit twice is no conversion ("$5m ($3m a year earlier)")
        # (a hyphen joins the currency's word in a compound adjective: "The 9.5 billion-rand ($764 million) surplus")
        if re.fullmatch(_UNIT_THEN_BRACKET, re.sub(r"^-(?=[^\W\d])", "", text[m_end : n.start])) and _CLOSES.match(
            text, n.end
        ):
            f.counts = e.counts


def _slashed(f: Fact) -> bool:
    """A figure written with a slash fraction and read with a unit ("2-1/2 feet")."""
    return f.kind == "figure" and f.number is None and "/" in f.text and f.unit is not None
