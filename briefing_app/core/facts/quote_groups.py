"""Speakers who are not one person: two people named together and then quoted as "they", "the two" or "both
men": the quote is theirs, so the speaker names both, as the corpus gold writes a joint speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.people_index import Person

# "they", "the two", "both men", "the couple", "the pair", "de to", "begge": a plural that stands for people
# named before.
PLURAL = re.compile(
    r"(?:they|de|both|begge|(?:the|de)\s+two|de\s+to|both\s+(?:men|women|of\s+them)|the\s+two\s+(?:men|women)|"
    r"the\s+(?:couple|pair|duo)|begge\s+to|parret)",
    re.IGNORECASE,
)


def pair_named(text: str, people: Sequence[Person]) -> str | None:
    """Two people named together in `text` ("Ann Roe and Tom Weller inspected", "Ann Roe og Tom Weller"): the
    first such pair, written "Ann Roe and Tom Weller"; None when the text joins no two people."""
    found = sorted((
        (m.start(), m.end(), p)
        for p in people
        if len(p.name.split()) > 1
        for m in re.finditer(rf"(?<!\w){re.escape(p.name)}(?!\w)", text)
    ), key=lambda found: (found[0], found[1]))
    for (_, end, first), (start, _, second) in zip(found, found[1:], strict=False):
        if first is not second and re.fullmatch(r"\s*(?:,\s*)?(?:and|og|&)\s+(?:(?:his|her|hans|hendes)\s+\w+\s+)?",
                                                text[end:start]):  # fmt: skip
            return f"{first.name} and {second.name}"
    return None
