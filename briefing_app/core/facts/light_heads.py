"""What an English figure counts when its noun says almost nothing by itself ("people", "others", "cases").

"About 200 people, many of them students, gathered outside the ministry", "Three people died when the roof
collapsed": "people" alone could be anyone; the verb the counted noun is the subject of says which ones
("people (gathered outside the ministry)", "people (died)"), as a passive participle already does ("people
killed"). Only for such light heads: a noun that names its kind ("400 nurses") says enough, and its own
verb is no part of what is counted ("Sixteen players made it to the final").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, PAST_VERBS
from briefing_app.core.facts.phrase_edges import ed_form, prep_complement
from briefing_app.core.numbers import NumberMatch

# Count nouns that name no kind: what they count is said by the verb they are the subject of.
LIGHT_HEADS = {"people", "persons", "individuals", "others", "more", "cases", "men", "women"}
# An appositive in commas after the noun ("people, many of them students,"), and the auxiliaries and adverbs
# before the verb ("have", "had already").
_TO_VERB = re.compile(
    r"\s*(?:,[^,;:()]{1,60},)?\s*(?:(?:have|has|had|will|would|could|may|might|also|already|reportedly|later|"
    r"then|all|now|since)\s+)*(?P<verb>[a-z]+)\b"
)
# Verbs that only link the noun to what follows ("are", "were"): no verb of theirs to read.
_LINKS = {"are", "were", "is", "was", "be", "been", "being", "do", "did", "does", "said", "say", "says"}
_TOKENS = re.compile(r"[\w'’-]+|[^\w\s]")


def light_head_verb(text: str, n: NumberMatch, counts: str | None) -> str | None:
    """`counts`, with the verb (and its prepositional complement) a light head is the subject of."""
    if counts is None or counts.lower() not in LIGHT_HEADS:
        return counts
    at = re.match(rf"\s*(?:[\w'’-]+\s+){{0,2}}?{re.escape(counts)}\b", text[n.end :])
    if at is None:
        return counts
    m = _TO_VERB.match(text, n.end + at.end())
    if m is None:
        return counts
    verb = m.group("verb")
    if verb in _LINKS or verb in EN_STOP or not (ed_form(verb) or verb in PAST_VERBS or verb == "fell"):
        return counts
    tokens = _TOKENS.findall(text[m.end("verb") :])
    particle = tokens[:1] if tokens[:1] and tokens[0] in ("up", "out", "off", "down", "away", "ill") else []
    complement = prep_complement(tokens, len(particle))[:5]
    return f"{counts} ({' '.join([verb, *particle, *complement])})"
