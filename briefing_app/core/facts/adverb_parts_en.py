"""Parts of a count told by an adverb alone (English).

"Sixteen houses were damaged, 10 partially and six totally": after a counted noun, bare numbers each followed by
an adverb and nothing else ("partially", "totally", "seriously") split the same things by how it befell them. Read
alone, the first part took the words after it ("partially and six totally") for its noun. Each part counts the
noun of the count before it, with its adverb.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# The adverb right after a bare number, then the clause's end, a comma or "and"/"while" (no participle or noun of
# its own: "five badly injured" reads its participle).
_ADVERB_ALONE = re.compile(r"\s+([a-z]{3,}ly)(?=\s*(?:[,;.)]|$)|\s+(?:and|while|with|but)\b)")


# A count told again with its plural noun, then a dash, a colon or a comma, and the parts up to this one:
# "wounding the five soldiers – one seriously, one moderately and three lightly" (no figure of its own when the
# article gave the number before).
_TOLD_BEFORE = re.compile(
    r"\b(?:the|all|those|these)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\s*(?:[,:]|[–—]|\s-)\s*[^.;!?]*$"
)


def share_adverb_parts(facts: list[Fact], text: str) -> None:
    """Give bare numbers followed by an adverb alone the noun of the counted number before them in the sentence."""
    whole: Fact | None = None
    for f in facts:
        n = f.number
        if n is None:
            continue
        adverb = _ADVERB_ALONE.match(text, n.end) if f.unit is None and not n.currency else None
        if adverb is None:
            if f.unit is None and not n.currency and f.counts:
                whole = f
            continue
        if whole is None or whole.number is None or not re.search(r"[,–—:]|\s-\s", text[whole.number.end : n.start]):
            told = _TOLD_BEFORE.search(text, 0, n.start)
            if told and whole is None:  # "wounding the five soldiers – one seriously": the whole told again, no figure
                f.counts = f"{told.group(1)} ({adverb.group(1)})"
            continue
        noun = (whole.counts or "").split(" (")[0]  # ("houses damaged": the deed too, which the adverb qualifies)
        f.counts = f"{noun} ({adverb.group(1)})"
