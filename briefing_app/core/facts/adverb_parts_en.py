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
        if whole is None or whole.number is None or "," not in text[whole.number.end : n.start]:
            continue
        noun = (whole.counts or "").split(" (")[0]  # ("houses damaged": the deed too, which the adverb qualifies)
        f.counts = f"{noun} ({adverb.group(1)})"
