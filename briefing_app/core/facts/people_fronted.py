"""Whether a name closes a phrase fronted before the sentence's main clause, so that the noun phrase after its
comma is that clause's subject and no apposition of the name: "During Trump's meeting with Foreign Minister
Lavrov, a broad range of subjects were discussed".
"""

from __future__ import annotations

import re

# A sentence (or a clause after a conjunction) opening with a preposition or a subordinating conjunction, with no
# comma before the name: the name ends that fronted phrase.
_FRONTED = re.compile(
    r"\s*[\"“‘']?(?:During|After|Before|In|At|With|Following|Since|Unlike|When|While|Although|Though|If|Because|"
    r"Despite|Under|Amid|Upon|On|From|Through|Without|Against|Among|Besides|Until|Once|Ahead\s+of|Alongside|"
    r"According\s+to)\s"  # ("According to Roe, the printer confessed ...": the source, then the main clause)
    r"[^,;:()\"“”]*$"
)

# A finite verb or an auxiliary: a noun phrase holding one (with no relative pronoun before it) is a clause.
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|could|can|did|does|do|said|says)\b")
_RELATIVE = re.compile(r"\b(?:who|whose|which|that)\b")


def closes_a_fronted_phrase(before: str, after: str) -> bool:
    """Whether the text after a name (", a broad range of subjects were discussed") is the main clause that a
    fronted phrase ending in the name (`before` + name: "During the meeting with Lavrov") opens, not an
    apposition. An apposition there is closed by a second comma and holds no finite verb ("After talks with
    Roe, a spokesman for the council, Max Holm said")."""
    if not _FRONTED.match(before):
        return False
    m = re.match(r",\s+([^,;:]*?)(,|;|:|\.(?=\s|$)|$)", after)
    if m is None:
        return False
    segment = m.group(1)
    if m.group(2) != ",":
        return True
    return bool(_FINITE.search(segment)) and not _RELATIVE.search(segment)
