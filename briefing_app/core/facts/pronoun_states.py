"""A state a pronoun subject is in, told by a share and a participle: "It's 97 percent contained", "It was 40%
complete". The pronoun stands for the subject the sentence before opened with ("The fire near Potrero ... erupted
on June 19"), so the share counts that subject's state ("contained (fire)"), not the pronoun. Split out of
`figures` (the English readings after the clause's own).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PHRASE_ENDS
from briefing_app.core.facts.model import SourceSentence

# "It's | 97 | percent contained", "It is now | 20% contained", "It was | 80 percent complete".
_PRONOUN_IS = re.compile(
    r"^\s*(?:(?:But|And|Now)\s+)?(?:It|They)(?:['’]s|\s+(?:is|was|are|were|has\s+been|had\s+been))\s+"
    r"(?:(?:now|only|just|about|nearly|almost|roughly|still)\s+)*$"
)
_STATE = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)?\s+([a-z]{3,}ed|complete|full|done)(?=\s*(?:[.,;:]|$))")
_OPENING_ARTICLE = re.compile(r"^\s*(?:The|A|An|This|That|Its|Their)\s+", re.IGNORECASE)


def pronoun_state(before: str, after: str, counts: str | None, told: list[SourceSentence]) -> str | None:
    """`counts`, or, for a share of a state whose subject is a pronoun ("It's 97 percent contained"), the state and
    the subject the sentence before opened with."""
    if not told or not _PRONOUN_IS.match(before):
        return counts
    state = _STATE.match(after)
    if state is None:
        return counts
    words = []
    for w in re.findall(r"[\w'’-]+|[,;:(]", _OPENING_ARTICLE.sub("", told[-1].text)):
        low = w.lower()
        ends = low in EN_VERBS or low in EN_STOP or low in PHRASE_ENDS or low.endswith("ed")
        if ends or not re.fullmatch(r"[a-z][\w'’-]*", low):
            break  # (the opening noun phrase ends at a verb, a number, a clause's edge or a function word)
        words.append(w)
    if not 0 < len(words) <= 3:
        return counts
    return f"{state.group(1)} ({' '.join(words)})"
