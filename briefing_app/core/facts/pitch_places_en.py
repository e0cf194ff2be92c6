"""Places on a pitch or a course that sports copy names by a number (English): rugby's 22-metre line
("counter-attacked from deep inside his own 22", "camped in the visitors' 22 for long spells"), a golf course's
halves ("played the front nine in 31") and a hole told by its number ("a long eagle putt at 16", "birdied 17").
Where play happened, not a quantity the article reports; the score told beside it ("in 31") stays a figure.
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

# What names a side's own 22 before the number: the article, a possessive, a team's adjective of nationality.
_TWENTY_TWO_BEFORE = re.compile(
    r"(?:\b(?:the|own|their|our|his|its)|[A-Z][\w-]*(?:['’]s?)|\b(?:Welsh|English|Irish|Scottish|French|Italian|"
    r"Scots|Kiwi|Wallaby|Springbok))\s+$"
)
# After it: no noun of what 22 would count ("the 22 players"), only the end of the phrase or a preposition.
_TWENTY_TWO_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?)\"”’]|(?:\s+(?:to|and|all|for|after|before|when|with|from|area|line|zone|but|again|twice|"
    r"once|in\s+the\s+(?:first|second|opening|closing)|as|where|until)\b))"
)
# A golf course's halves: "the front nine", "on the back nine".
_NINE_BEFORE = re.compile(r"\b(?:front|back|inward|outward)\s+$", re.IGNORECASE)
# A hole by its number after a stroke on it: "birdied 17", "a long eagle putt at 16", "a bogey on 5".
_HOLE_BEFORE = re.compile(
    r"\b(?:(?:birdied|bogeyed|parred|eagled|double-bogeyed|bogied)|(?:birdie|bogey|eagle|par|putt|chip|drive|"
    r"tee\s+shot|approach|three-putt|double\s+bogey)\s+(?:putt\s+)?(?:on|at))\s+$",
    re.IGNORECASE,
)


def pitch_place(text: str, n: NumberMatch) -> bool:
    """Whether the number `n` of the sentence `text` names a place of play: rugby's 22, golf's front or back nine, a
    hole of a course (1-18) after the stroke played on it."""
    if n.value_max is not None or n.qualifier:
        return False
    before, after = text[: n.start], text[n.end :]
    if n.text == "22" and _TWENTY_TWO_BEFORE.search(before) and _TWENTY_TWO_AFTER.match(after):
        return re.search(r"\b(?:try|tries|rugby|scrum|lineout|line-out|kick|kicked|penalty|Scots|ruck|maul|"
                         r"pitch|half|phase|match|game|territory|possession|score|scoring)\b", text,
                         re.IGNORECASE) is not None  # fmt: skip
    if n.text.lower() == "nine" and _NINE_BEFORE.search(before):
        return True
    if n.spelled or not 1 <= n.raw <= 18 or n.raw != int(n.raw):
        return False
    return _HOLE_BEFORE.search(before) is not None and re.match(r"\s*(?:$|[,.;:!?)]|\s+(?:to|and|but|for|was|"
                                                                r"with|before|after|on|in)\b)", after) is not None
