"""Danish time adjuncts right after a figure: "2,5 millioner kroner | i december", "12 mio. kr. | i fjor", "40 mio.
kr. | i løbet af året". They say when, not what the figure counts, as "في الربع الأول" or "last year" do."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import DA_MONTHS

_DA_TIME_AFTER = re.compile(
    rf"\s*(?:i|om|inden|fra)\s+(?:{DA_MONTHS}|fjor|forfjor|år|året|sidste|næste|denne|dette|løbet\s+af|perioden|"
    r"weekenden|sommer(?:en)?|vinter(?:en)?|foråret|efteråret|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def da_time_after(after: str) -> bool:
    """Whether a Danish figure is followed at once by a time adjunct ("i december", "i fjor", "i 2024")."""
    return _DA_TIME_AFTER.match(after) is not None
