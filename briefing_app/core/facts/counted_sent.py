"""A change a clause of result reports: "sending the stock down US$1.42, or 5.6 per cent, to US$24.13", "pushing
its shares up 7%", "driving the index 120 points lower" (English market copy).

The figures measure the object of the gerund ("the stock", "its shares"), not the gerund itself ("sending") nor
the subject of the main clause. Read naively, the gerund was taken for what they count. The change and the level
it left the object at ("down US$1.42, or 5.6 per cent, to US$24.13") all count the object.
Run on one sentence's figures after they have shared their readings (`sharing`).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# The gerund, its object (a determiner or a possessive name, up to three words) and the direction before the figure.
_SENT = re.compile(
    r"\b(?:sending|pushing|driving|lifting|dragging|knocking|taking|pulling|leaving|putting)\s+"
    r"((?:(?:the|its|their|his|her|[A-Z][\w&.-]*['’]s)\s+)?(?:[A-Za-z][\w&'’-]*\s+){0,2}?"
    r"(?:shares?|stocks?|index|indices|price|prices|value|yield|yields|currency|dollar|euro|pound|yen|rate|"
    r"market|futures|bonds?))\s+(?:(?:down|up|higher|lower|back|surging|soaring|tumbling|plunging|sliding|"
    r"falling|rising|climbing|jumping)\s+)?(?:by\s+)?(?:(?:as\s+much\s+as|about|nearly|almost|some|more\s+than)\s+)?"
    r"(?:US|C|A|NZ|HK|S)?[$£€¥]?\s*$",
    re.IGNORECASE,
)
# Between the figures of one change: "US$1.42, or 5.6 per cent, to US$24.13", "7%, to $31.20", "7% at 405p".
_CHAIN = re.compile(
    r"\s*(?:%|per\s*cent|percent|points?|cents?|pence|p)?\s*(?:lower|higher)?\s*,?\s*(?:or|to|at)\s+"
    r"(?:US|C|A|NZ|HK|S)?[$£€¥]?\s*$",
    re.IGNORECASE,
)


def share_sent_object(facts: list[Fact], text: str) -> None:
    """Give the figures of a change told in a clause of result the object of its gerund."""
    held: str | None = None
    last_end = -1
    for f in facts:
        n = f.number
        if n is None:
            continue
        sent = _SENT.search(text[: n.start])
        if sent:
            held = re.sub(r"^(?:the|its|their|his|her)\s+", "", sent.group(1), flags=re.IGNORECASE)
        elif held is None or last_end < 0 or not _CHAIN.fullmatch(text[last_end : n.start]):
            held = None
        if held and held.split()[-1].lower() not in (f.counts or "").lower():
            f.counts = held
        last_end = n.end
