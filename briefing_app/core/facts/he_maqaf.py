"""The Hebrew maqaf (U+05BE) between a prefix and a number ("עלה ב־0.7%", "הגיעו ל־1.3 מיליארד"), which careful copy
writes where most copy writes a hyphen: the figure readers know the hyphen ("ב-0.7%"), so they read the sentences
with the maqaf as one. And the hyphen a tokeniser set apart from its prefix or from its number ("יעלה מ- 900
שקלים ל- 1,200", "נמוך בכ -7.2%", tokenised news copy): read with the space moved before the prefix ("מ-900",
"בכ-7.2%", not a minus). One character for one, so every offset and sentence index stays as it was."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing_app.core.facts.model import SourceSentence

_MAQAF = "\u05be"
# A prefix alone as a token, its hyphen spaced off on one side, then a digit (not the words "מה", "של", "כל", "בה",
# "לה", whose letters are a prefix's too: "כל -5" may be a minus).
_SPACED_PREFIX = re.compile(r"(?<![\u05d0-\u05ea])(?!(?:מה|של|כל|בה|לה)[ -])([ובלמהכש]{1,2})(?:- | -)(?=\d)")


def maqaf_as_hyphen(sentences: list[SourceSentence]) -> list[SourceSentence]:
    """`sentences` with each maqaf written as a hyphen and each spaced prefix hyphen joined (the same objects where
    there is neither)."""
    out = []
    for s in sentences:
        text = s.text.replace(_MAQAF, "-") if _MAQAF in s.text else s.text
        text = _SPACED_PREFIX.sub(lambda m: f" {m.group(1)}-", text) if "-" in text else text
        out.append(s if text == s.text else replace(s, text=text))
    return out
