"""What an English figure counts in a list of changes whose verb is said once: "prices rose by 0.1 per cent in
Yorkshire and the north-west, by 0.2 per cent in Wales, by 0.3 per cent in the south-west".

Each later member repeats the preposition of the first ("by", "to") with its verb gapped; the readings before take
the last noun of the member before ("north-west") for what the next one counts. A member that opens with a comma
and the same preposition as an earlier figure of the sentence counts what that figure counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_GAPPED = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(by|to)\s+"
    r"(?:(?:about|around|nearly|almost|just|over|more\s+than|some)\s+)?(?:US\$|[$£€¥])?$"
)
_OPENED = re.compile(r"\b(by|to)\s+(?:(?:about|around|nearly|almost|just|over|more\s+than|some)\s+)?(?:US\$|[$£€¥])?$")


def gapped_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the later members of a gapped list of changes what the first counts."""
    opened: dict[tuple[int, str], Fact] = {}  # the first figure of a sentence after each preposition
    for f, number, text in figure_texts(figures, texts):
        before = text[: number.start]
        gapped = _GAPPED.search(before)
        first = opened.get((f.sentence, gapped.group(1))) if gapped else None
        if gapped and first is not None and first.counts and first.unit == f.unit:
            if first.counts.split(" (")[0] not in (f.counts or ""):
                f.counts = first.counts
            continue
        plain = _OPENED.search(before)
        if plain is not None:
            opened.setdefault((f.sentence, plain.group(1)), f)


# A later member of a list of changes named by a noun, whose "in X" the first gave: "a 12% increase in exports to the
# Netherlands, an 11% increase to Germany".
_NOUN_CHANGES = r"(?:increase|rise|fall|drop|decrease|decline|jump|gain|dip|reduction|growth)"
_LATER_MEMBER = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)an?\s+$")
_MEMBER_CHANGE = re.compile(rf"\s*(?:%|per\s*cent|percent)\s+({_NOUN_CHANGES})\b(?!\s+in\b)", re.IGNORECASE)


def gapped_change_nouns(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a later "an 11% increase to Germany" of a list the "in X" of the first member ("increase in exports")."""
    previous: Fact | None = None
    for f, number, text in figure_texts(figures, texts):
        first = previous if previous is not None and previous.sentence == f.sentence else None
        previous = f
        if first is None or f.unit != "percent" or first.unit != "percent" or not first.counts:
            continue
        owned = re.match(rf"({_NOUN_CHANGES})\s+in\s+((?:[\w'’-]+\s+){{0,2}}?[\w'’-]+?)(?:\s+(?:to|for|from)\b.*)?$",
                         first.counts.split(" (")[0])  # fmt: skip
        member = _MEMBER_CHANGE.match(text, number.end)
        if owned is None or member is None or not _LATER_MEMBER.search(text[: number.start]):
            continue
        if " in " not in (f.counts or ""):
            f.counts = f"{member.group(1).lower()} in {owned.group(2)}"
