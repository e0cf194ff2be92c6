"""Bodies named after a man: "شركة عمر أفندى", "مؤسسة خليفة بن زايد", "مستشفى الملك فهد". Once an article writes
a given name and the word after it in construct after a body's noun, that pair is the body's own name wherever
else it stands ("أن عمر أفندى شركة كبيرة", 'رئيس «عمر أفندى»'), not a person the readers of repeated or tagged
names should take."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import AR_ORG_WORDS

_BODY_NAMED_PAIRS_RE1 = re.compile(r"[\u0621-\u064a]+")


def body_named_pairs(sentences: Sequence[SourceSentence]) -> set[tuple[str, str]]:
    """The pairs of words that follow a body's noun ("شركة", "ومؤسسة") in any of the sentences."""
    pairs: set[tuple[str, str]] = set()
    for s in sentences:
        words = _BODY_NAMED_PAIRS_RE1.findall(s.text)
        for i in range(len(words) - 2):
            if words[i].removeprefix("و") in AR_ORG_WORDS and not words[i + 1].startswith("ال"):
                pairs.add((words[i + 1], words[i + 2]))
    return pairs
