"""Sentences in the middle of a quotation that runs over several sentences of one paragraph, with no quote mark of
their own: '"It was strange. Ann has done so much and pushed others like Roe to come out. I managed it."' is split
into three sentences, and the middle one names Roe with no mark around him, so `named_only_in_quotes` cannot see
that he is spoken of. A later "the Canadian said", "he added" or a quote with no attribution must not go back to
him: the speaker named before the quotation is still the antecedent.

Straight marks are read by where they stand (after a space or at the start they open, else they close), so that
a paragraph that goes on with a new opening mark keeps the quotation open rather than closing it."""

from __future__ import annotations

import re

__all__ = ["quote_middles"]

_OPENING = "“«"
_CLOSING = "”»"
_ANY_MARK = re.compile(r"[\"“”«»]")


def _opens(text: str, at: int) -> bool:
    ch = text[at]
    if ch in _OPENING:
        return True
    return ch == '"' and (at == 0 or text[at - 1] in " \t([—–-")


def quote_middles(texts: dict[int, str]) -> frozenset[int]:
    """The indices of the sentences of `texts` (index to text, in order) that carry no quote mark and stand inside
    a quotation opened by an earlier sentence and closed by a later one (one left unclosed marks nothing)."""
    inside: set[int] = set()
    is_open = False
    pending: list[int] = []
    for index in sorted(texts):
        text = texts[index]
        if is_open and _ANY_MARK.search(text) is None:
            pending.append(index)
            continue
        for at, ch in enumerate(text):
            if ch not in '"“”«»':
                continue
            if _opens(text, at):
                is_open = True  # (a paragraph going on with a new opening mark keeps it open)
            elif is_open:
                inside.update(pending)
                is_open, pending = False, []
        if not is_open:
            pending = []
    return frozenset(inside)
