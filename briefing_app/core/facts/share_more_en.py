"""A share followed by "more" or "fewer" and a plural noun counts that noun: "The institution said nine per cent more
surveys reported rising prices", "sold 12 per cent more cars" (survey and sales copy). The readings before could
take the subject of the verb of saying ("Chartered Surveyors") when the share was spelled out.

Only a plural noun (one to three words, the last ending in "s") right after "more"/"fewer", and only when the
reading does not name it already.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_MORE_NOUN = re.compile(
    r"\s*(?:%|per\s*cent|percent)\s+(more|fewer)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[a-z]s)\b"
    r"(?!\s+(?:than|of)\b)"
)
_NOT_NOUNS = {"this", "its", "was", "has", "is", "less", "across", "thus", "plus", "per"}


def share_more(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give "N per cent more X" the X, as "more X"."""
    for f, number, text in figure_texts(figures, texts):
        if f.unit != "percent":
            continue
        more = _MORE_NOUN.match(text, number.end)
        if more is None:
            continue
        words = more.group(2).split()
        if words[-1].lower() in _NOT_NOUNS or words[0].lower() in {"than", "of", "the", "a"}:
            continue
        if words[-1].lower() in (f.counts or "").lower():
            continue
        f.counts = f"{more.group(1)} {more.group(2)}"
