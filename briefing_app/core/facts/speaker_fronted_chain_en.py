"""Where the fronted part of an English sentence ends, before its subject: a fronted adverbial ("Though happy to
score his third century, "), a participle opening the sentence ("Having replaced the injured X at half-time, "), and
the participial or subordinate clauses chained after it (", having got two when he was standing in for X, "). A name
inside them is spoken of, not the subject: "Though happy ..., having got two when he stood in for the now-retired
Andrew Strauss, Cook acknowledged ... . "...," said the England opener." is Cook's."""

from __future__ import annotations

import re

from briefing_app.core.facts.speaker_clues import FRONTED, FRONTED_TOPIC

# A participle opening the sentence, then a small word that shows it governs a phrase ("Having replaced the ...",
# "Reflecting on ...", "Speaking to ..."); never a name ending in -ing ("Sterling scored twice, ...").
# (or a titled name as its object: "Attacking Mr Roe personally, ")
_PARTICIPLE = re.compile(
    r"(?:Having|Being|[A-Z][a-z]{3,}ing\s+(?:to|on|about|with|at|in|after|for|up|out|back|the|a|an|his|her|their|its|"
    r"Mr|Mrs|Ms|Dr|Sir|Dame)"
    r")\b[^,;.\"“”]{0,160},\s"
)
# The occasion of the words opening the sentence: "In an interview with the Herald in which he attacks Mr Roe, ",
# "In a speech to the party conference, ", "In a fresh statement released on Saturday, ". Whoever it names is spoken
# of; the subject after the comma spoke.
_SPOKEN_IN = re.compile(
    r"In\s+(?:an?|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:interview|speech|statement|letter|address|article|"
    r"column|post|message|video|briefing|broadcast|podcast)\b[^,;.]{0,160},\s"
)

# A participial or subordinate clause set off by commas after the fronted part: "having got two ..., ", "when he was
# standing in for X, ".
_CHAINED = re.compile(
    r"(?:having|being|when|while|after|before|as|since|though|although|despite)\b[^,;.\"“”]{0,160},\s"
)


def fronted_end(text: str) -> int | None:
    """The offset where the fronted part of `text` ends (its subject follows), None when it opens with no fronted
    adverbial or participle."""
    m = FRONTED.match(text) or _PARTICIPLE.match(text) or _SPOKEN_IN.match(text) or FRONTED_TOPIC.match(text)
    if m is None:
        return None
    end = m.end()
    while (chained := _CHAINED.match(text, end)) is not None:
        end = chained.end()
    return end
