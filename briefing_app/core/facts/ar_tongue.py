"""Arabic "على لسان" (by the mouth of): a body's or country's words given by its spokesman or envoy, named after
the phrase ("على لسان المتحدث باسمها X"), or after the office and a comma ("على لسان مندوبها الدائم لدى الأمم
المتحدة، X Y أن «...»"): the one the words came through speaks, not the body."""

from __future__ import annotations

import re

# "على لسان" and what follows it up to the clause's next comma or colon.
ON_THE_TONGUE = re.compile(r"(?<![\u0600-\u06ff])على\s+لسان\s+([^،,:«»\"“”]{3,80}?)\s*(?:[،,:]|$)")
# After the office and its comma: a name of two or three words, then a comma, a that-clause's particle or the end.
_HOLDER = re.compile(
    r"\s*([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,2}?)\s*(?:[،,]|\s(?:أن|إن|بأن|قائلا|قائلة)(?![\u0600-\u06ff])|$)"
)


def tongue_speaker(text: str) -> str | None:
    """Who speaks through "على لسان" in `text`: the name after the office's comma, else the words after the
    phrase; None without the phrase."""
    tongue = ON_THE_TONGUE.search(text)
    if tongue is None:
        return None
    holder = _HOLDER.match(text[tongue.end() :])
    if holder is not None and not holder.group(1).startswith("ال") and tongue.group(0).rstrip()[-1:] in "،,":
        return holder.group(1)
    return tongue.group(1)
