"""An unmarked English sentence that ends "..., X said." is reported speech when the article sets its quotations in
quote marks: wire copy (AP, AFP, local papers) writes "A total of 15 lives have been lost, Roe said." for what the
speaker said in other words, and marks the words it quotes. Direct speech left unmarked speaks in the first or second
person ("We have lost everything, Roe said."); reported speech speaks of things in the third."""

from __future__ import annotations

import re
from collections.abc import Sequence

# the speaker's own voice: first and second person pronouns and determiners
_OWN_VOICE = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|we|we're|we've|we'd|we'll|us|our|ours|you|your)\b",
                        re.IGNORECASE)  # fmt: skip
_MARK = re.compile(r"[\"“”]|(?<!\w)[‘’](?=\w)|``")


def reported_not_quoted(clause: str, texts: Sequence[str]) -> bool:
    """Whether the unmarked `clause` before ", X said." is reported speech: the article marks quotations in at
    least two sentences, and the clause holds no quote mark and no first or second person of its own."""
    if _MARK.search(clause):
        return False  # ('... and "checking for bodies", Roe said.': a quoted fragment inside; read as before)
    marked = sum(1 for t in texts if _MARK.search(t))
    return marked >= 2 and _OWN_VOICE.search(clause) is None
