"""Where the fronted part of an English sentence ends, before its subject: a fronted adverbial ("Though happy to
score his third century, "; after a connective too, "Now, in his first attack on X since Y took office, "), a
participle opening the sentence ("Having replaced the injured X at half-time, "), and the participial or subordinate
clauses chained after it (", having got two when he was standing in for X, "). A name inside them is spoken of, not
the subject: "Though happy ..., having got two when he stood in for the now-retired Andrew Strauss, Cook acknowledged
... . "...," said the England opener." is Cook's."""

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
    r"column|post|message|video|briefing|broadcast|podcast|attack|remarks|comments|response|reply|evidence|testimony|"
    r"lecture|editorial|memoir|book)\b[^,;.]{0,160},\s"
)
# A sentence adverb or conjunction before the fronted part, which opens no clause of its own: "Now, in his first
# attack on the party since X took office, he accuses ...", "But after X resigned, she said": the fronted part follows.
_CONNECTIVE = re.compile(r"(?:Now|But|And|Yet|So|Later|Meanwhile|However|Earlier|Today|Yesterday)(?:,\s*|\s+)")

# A participial or subordinate clause set off by commas after the fronted part: "having got two ..., ", "when he was
# standing in for X, ".
_CHAINED = re.compile(
    r"(?:having|being|when|while|after|before|as|since|though|although|despite)\b[^,;.\"“”]{0,160},\s"
)


def fronted_end(text: str) -> int | None:
    """The offset where the fronted part of `text` ends (its subject follows), None when it opens with no fronted
    adverbial or participle."""
    connective = _CONNECTIVE.match(text)
    start = connective.end() if connective else 0
    # (the fronted part's first word, lower case after the connective, read as if it opened the sentence)
    text = text[:start] + text[start : start + 1].upper() + text[start + 1 :]
    m = (
        FRONTED.match(text, start)
        or _PARTICIPLE.match(text, start)
        or _SPOKEN_IN.match(text, start)
        or FRONTED_TOPIC.match(text, start)
    )
    if m is None:
        return None
    end = m.end()
    while (chained := _CHAINED.match(text, end)) is not None:
        end = chained.end()
    return end
