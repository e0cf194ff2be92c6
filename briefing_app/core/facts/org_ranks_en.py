"""A force whose name is also its members' rank: Irish copy writes "Garda Jane Roe" (the officer, garda being her
rank as constable is) and "Gardaí Roe and Kessane" (two of them) as it writes "the Garda" and "Garda Síochána" for
the force. The gazetteer holds the bare word as the body; before the name of a person the article names, it is the
rank, and a body named only so is no body of the article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.named import Named

# The force's one-word names that are also a rank written before a member's name (singular and plural).
_RANK_NAMES = frozenset({"Garda", "Gardaí", "Gardai"})


def drop_ranks_read_as_bodies(
    named: Named, people: Iterable[str], sentences: Sequence[SourceSentence], language: str
) -> None:
    """Take from each organisation of `named` named by a rank word the sentences that write it only before a word
    of a person's name in `people` ("Garda Tom Roe said"); one left with no sentence is dropped."""
    if language != "en" or not any(f.kind == "organisation" and f.text in _RANK_NAMES for f in named.facts):
        return
    name_words = {w for p in people for w in p.split() if w not in _RANK_NAMES}
    texts = {s.index: s.text for s in sentences}
    kept = []
    for fact in named.facts:
        if fact.kind == "organisation" and fact.text in _RANK_NAMES:
            left = [i for i in fact.sentences or [fact.sentence] if not _only_as_rank(texts.get(i, ""), name_words)]
            if not left:
                continue
            fact.sentences, fact.sentence = left, left[0]
        kept.append(fact)
    named.facts = kept


_RANK = re.compile(rf"(?<![\w-])(?:{'|'.join(_RANK_NAMES)})(?![\w-])\s*(\S*)")


def _only_as_rank(text: str, name_words: set[str]) -> bool:
    """Whether every mention of the rank words in `text` stands right before a word of a person's name."""
    after = [m.group(1) for m in _RANK.finditer(text)]
    return bool(after) and all(re.sub(r"(?:['’]s)?[,.;:]*$", "", w) in name_words for w in after)
