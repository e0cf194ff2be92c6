"""The Hebrew maqaf (U+05BE) between a prefix and a number ("עלה ב־0.7%", "הגיעו ל־1.3 מיליארד"), which careful copy
writes where most copy writes a hyphen: the figure readers know the hyphen ("ב-0.7%"), so they read the sentences
with the maqaf as one. One character for one, so every offset and sentence index stays as it was."""

from __future__ import annotations

from dataclasses import replace

from briefing_app.core.facts.model import SourceSentence

_MAQAF = "\u05be"


def maqaf_as_hyphen(sentences: list[SourceSentence]) -> list[SourceSentence]:
    """`sentences` with each maqaf written as a hyphen (the same objects where there is none)."""
    return [replace(s, text=s.text.replace(_MAQAF, "-")) if _MAQAF in s.text else s for s in sentences]
