"""A "one-" span that dates a moment rather than measuring something: "the one-year anniversary", "the one-hour
mark", "a one-minute silence" (English); and the cricket format "a one-day international".

"A one-year contract" and "a one-match ban" are figures like "a two-year contract"; the same compound before
"anniversary", "mark" or "silence" names when something happens (or a rite), which the corpus never lists as a
figure. Only "one-" is read here: the other numbers keep their readings as before.
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

_MOMENT = re.compile(r"[Oo]ne-[a-z]+\s+(?:anniversary|mark|silence|high|low|internationals?)\b")


def is_one_moment(text: str, n: NumberMatch) -> bool:
    """Whether the spelled "one-<unit>" at `n` names a moment ("the one-year anniversary"), no figure."""
    return n.spelled and _MOMENT.match(text, n.start) is not None
