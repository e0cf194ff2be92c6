"""A whole named again by its number alone after "Of the" is anaphora, no figure (English).

"Of the 18, only two were admitted." The 18 are the people counted in an earlier sentence ("18 people were taken to
hospitals"); "the 18" points back to them, as "the two said" does, and the corpus counts no such anaphora. A whole
with its noun ("Of the 18 injured, two ...") is a figure as before. Spelled numbers ("Of the three, ...") are read
as anaphora by the spelled-number filter already.
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

_OF_THE = re.compile(r"(?:^|[\s\"“(])[Oo]f\s+(?:the|these|those)\s+$")


def anaphoric_whole(text: str, n: NumberMatch) -> bool:
    """Whether the number at `n` is "the N" of a fronted "Of the N," with no noun: anaphora."""
    return (
        not n.spelled
        and n.value_max is None
        and not n.currency
        and _OF_THE.search(text[max(0, n.start - 12) : n.start]) is not None
        and re.match(r"\s*,", text[n.end :]) is not None
    )
