"""What a level reached in a relative clause counts (English): "higher operating costs which went up by about a
quarter to Sh8.7 billion weighed on profit", "its debts, which rose 4% to $2bn, ...".

The relative pronoun's antecedent is the subject of the clause's verb of change; the readers find no subject in
"which went up ... to" and take the main clause's words after the figure ("weighed on profit") or the verb. The
noun phrase before "which/that" is what a sum or a percentage counts, when the reading does not name it already.
Verbs of a level reached or held count too ("the fees, which total £9m", "the sequel, which opened with £3.1m",
"a market that shot up from £40m to £65m", "the rate, which stands at 4%"), and the noun phrase is the one after the
last function word before the pronoun ("just behind the sequel, which": the sequel).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.model import Fact

_VERBS = (
    r"(?:went|gone|go|goes|rose|risen|rise|rises|fell|fallen|falls|grew|grown|grows|climbed|climbs|jumped|jumps|"
    r"dropped|drops|declined|declines|increased|increases|decreased|decreases|surged|surges|slumped|slumps|"
    r"soared|soars|slid|slides|edged|edges|"
    # (a level reached or held: "which total £9m", "which opened with £3.1m", "that shot up from £40m")
    r"total|totals|totalled|totaled|shot|stood|stands|reached|reaches|opened|opens)"
)
_RELATIVE_LEVEL = re.compile(
    r"\b((?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s*,?\s+(?:which|that)\s+(?:(?:have|has|had)\s+)?"
    rf"{_VERBS}\s+(?:(?:up|down)\s+)?(?:(?:by|from)\s+[^,;()]{{1,30}}?\s+)?(?:(?:to|at|with|from)\s+)?"
    r"(?:(?:about|around|nearly|almost|some|just|over|more\s+than)\s+)?(?:US\$|[$£€¥]|(?:Rs|Sh|KSh)\.?\s?)?$"
)
_DETERMINERS = {"the", "its", "their", "his", "her", "our", "a", "an", "higher", "lower", "rising", "falling"}
# Words that end the phrase before the antecedent (its own determiner, or a preposition it is the object of).
_QUANTIFIERS = {"many", "most", "some", "all", "much", "several", "few", "both", "one"}
_FUNCTION_WORDS = (EN_STOP | {"behind", "ahead", "beyond", "like", "unlike", "below", "above"}) - {"of", "and"}


def relative_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level reached in "X which went up ... to N" the X."""
    for f, number, text in figure_texts(figures, texts):
        if number.currency is None and f.unit != "percent":
            continue  # (a count names its own noun: "a firm that grew to 500 staff")
        relative = _RELATIVE_LEVEL.search(text[: number.start])
        if relative is None:
            continue
        words = relative.group(1).split()
        # ("just behind the sequel, which": the phrase after the last function word, past "of" and its article:
        # "the value of the deal, which")
        cut = max((k for k, w in enumerate(words) if w.lower() in _FUNCTION_WORDS), default=-1)
        words = words[max(cut - 2, 0) :] if cut >= 1 and words[cut - 1].lower() == "of" else words[cut + 1 :]
        while words and words[0].lower() in _DETERMINERS | EN_STOP | _QUANTIFIERS:
            words = words[1:]  # ("Most of the fees, which": the fees)
        if not words or words[-1].lower() in EN_STOP:
            continue
        noun = " ".join(words)
        if words[-1].lower() not in (f.counts or "").lower():
            f.counts = noun
