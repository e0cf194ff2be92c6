"""Sentences that stand wholly inside a quotation that opened in an earlier sentence: Arabic copy quotes a post or
a statement of several sentences in one pair of « » (or “ ”), and the sentence splitter cuts it, so a name in its
second sentence ("«... . يسقط X. ...»") carries no quote mark of its own. Such a sentence is the quoted person's
words: no one named in it is an antecedent for a later bare verb of saying."""

from __future__ import annotations

_OPEN = {"«": "»", "“": "”"}


def inside_earlier_quote(texts: dict[int, str]) -> frozenset[int]:
    """The indices of the sentences of `texts` (index to text, in order) that begin inside a quote opened in an
    earlier sentence and closed by a later one or by themselves (an unclosed quote marks nothing)."""
    inside: set[int] = set()
    opened_at: int | None = None
    closer = ""
    pending: list[int] = []
    for index in sorted(texts):
        if opened_at is not None and index != opened_at:
            pending.append(index)  # begins inside the quote, if it is closed
        for ch in texts[index]:
            if opened_at is None and ch in _OPEN:
                opened_at, closer, pending = index, _OPEN[ch], []
            elif opened_at is not None and ch == closer:
                inside.update(pending)
                opened_at, pending = None, []
    return frozenset(inside)
