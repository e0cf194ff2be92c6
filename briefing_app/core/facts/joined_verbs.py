"""Where a second verb phrase joined by "and" starts after a figure's noun (English): "pay $573,159.20 in
restitution | and serve three years of supervised release".

A singular noun after a sum ("restitution", "compensation", "damages") does not end the noun reader's phrase
the way a plural does, so it ran on over "and serve" into the next figure and gave up. An "and" followed by
a word the part-of-speech tagger reads as a verb and then a number, an article or a possessive starts a
second predicate: the noun phrase ends before it. Tagged only when that shape is seen, which is rare.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.pos_tagger import tag_sentence

# (also a sum after the verb's particle: "premiered in 120 cinemas | and brought in $310,000")
_JOINED = re.compile(
    r"\s+and\s+(?P<verb>[a-z]{3,})\s+(?=(?:in\s+)?(?:US)?[$£€]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|his|her|"
    r"their|its|time)\b)"
)


def before_joined_verb(after: str) -> str:
    """`after` cut where "and <verb> <number or determiner>" starts a second predicate (unchanged otherwise)."""
    m = _JOINED.search(after, 0, 80)
    if m is None or re.search(r"[,;:.!?]", after[: m.start()]):
        return after
    tags = tag_sentence(after.strip())
    offset = len(after) - len(after.lstrip())
    verb_at = m.start("verb") - offset
    if any(s == verb_at and tag == "VERB" for s, _, tag in tags):
        return after[: m.start()] + "."
    return after
