"""What a change counts when the article gives its size twice before the noun of the change (English market and
trade copy): "The net result was a 14 per cent, or $464 million, increase in the value of LNG exports", "the main
driver was a $2.3 billion or 64% decline in exports of gold".

A change noun after its size counts what follows its "in" ("a 5% rise in sales"). When a second size is set between
them (", or $464 million,"), the readers no longer see the noun and fall back to the subject of the clause ("net
result", "main driver"), which is only what the change explains. Both sizes count "<change> in <what changed>". The
same reading mends a change whose "in" phrase lost its "of" ("increase in value" for "in the value of LNG exports").
A place, a time or a proper name alone after "in" is where or when, not what changed, and is left to the readers.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_MONTHS, EN_VERBS, PERIODS
from briefing_app.core.facts.model import Fact

_CHANGES = (
    r"(?:rise|increase|jump|gain|growth|improvement|climb|surge|fall|drop|decline|decrease|slump|dip|reduction|"
    r"contraction|expansion|slide|plunge)"
)
_UNIT = r"(?:\s*(?:%|per\s*cent|percent|pc|percentage\s+points?|points?))?"
_SCALE = r"(?:\s*(?:million|billion|trillion|bn|mn|m|k|crore|lakh))?"
_SIGN = r"(?:US\$|A\$|NZ\$|C\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?"
# ", or $464 million," / " or 64%": the same change told a second time.
_RESTATED = rf"(?:,?\s+or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?{_SIGN}[\d.,]+{_SCALE}{_UNIT},?)?"
# The noun phrase after "in": up to six words, "of" inside it, ending before a preposition, a clause or a mark.
_WORD = r"(?:(?:[A-Z]\.){2,}|[\w'’-]+)"  # (initials are one word: "in annual U.S. arms aid")
_WHAT = rf"((?:the\s+)?(?:{_WORD}\s+){{0,5}}?{_WORD})"
_END = (
    r"(?=\s+(?:over|for|from|to|on|at|during|in|since|compared|than|as|after|while|and|but|which|that|due|because|"
    r"amid|last|this|year-on-year)\b|\s*(?:[,;:()\"“”—–]|\.(?!\w))|\s*$)"
)
_AFTER = re.compile(rf"{_UNIT}{_RESTATED},?\s+({_CHANGES})\s+in\s+{_WHAT}{_END}", re.IGNORECASE)
# The size opens the noun phrase ("was a 14 per cent"), or restates the one before it ("or $464 million").
_OPENS = re.compile(rf"\b(?:a|an|or)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?{_SIGN}$", re.IGNORECASE)
_TIMES = re.compile(rf"(?:the\s+)?(?:{EN_MONTHS}|\d{{4}}|first|second|third|fourth|last|past|latest)\b")


def _what_changed(phrase: str) -> str | None:
    """The noun phrase after "in" without its article, or None when it names a place, a time or a name alone."""
    words = phrase.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    # (it ends before a verb or a participle: "in the share price | hit the bank", "new listings | looking for")
    for k, w in enumerate(words[1:], start=1):
        if w.lower() in EN_VERBS or re.fullmatch(r"[a-z]{3,}(?:ing|ed)", w):
            words = words[:k]
            break
    if not words or words[-1].lower() in PERIODS or _TIMES.match(" ".join(words)):
        return None
    if all(w[:1].isupper() for w in words):
        return None  # "a 5% rise in London", "a fall in Germany": where it changed
    return " ".join(words)


def twice_told_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give "a N[, or M,] <change> in <X>" the change in X, both sizes."""
    for f, number, text in figure_texts(figures, texts):
        if not _OPENS.search(text[: number.start]):
            continue
        m = _AFTER.match(text, number.end)
        if m is None:
            continue
        what = _what_changed(m.group(2))
        if what is None:
            continue
        head = what.split()[-1].lower()
        if head in (f.counts or "").lower().split() or (f.counts or "").lower().startswith(m.group(1).lower()):
            continue  # "a 5% rise in sales" already read "rise in sales" (the readers know where their phrase ends)
        f.counts = f"{m.group(1).lower()} in {what}"
