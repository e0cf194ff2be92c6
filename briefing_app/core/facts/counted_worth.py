"""What a sum counts when "worth" ties it to a thing (English): "$19 million worth of cocaine", "14 kilograms of
cocaine worth an estimated $6 million on Detroit streets", "seizes 1 kilo of cocaine in Pine Bluff worth $100K".

"Worth of" after a sum names what the sum buys, whatever noun the sum hangs on ("the seizure of | $19 million |
worth of cocaine" read the seizure). "Worth" before a sum values the noun before it, even when a place phrase
follows the sum ("on Detroit streets" was read as what the sum was spent on) or stands between the noun and
"worth" ("cocaine in Pine Bluff worth": the place is no thing valued). Read before the other readings.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.counted_flows import valued_noun
from briefing_app.core.facts.noun_after import after_phrase

_WORTH_OF = re.compile(r"\s*worth\s+of\s+")
_WORTH_BEFORE = re.compile(
    r"\bworth\s+(?:(?:about|some|around|nearly|an\s+estimated|up\s+to|more\s+than|over|approximately|just|only|"
    r"almost|roughly|at\s+least|less\s+than|a\s+mere)\s+)?"
    r"(?:US|C|A)?[$£€]?\s*$",
    re.IGNORECASE,
)
# The idioms of a sum's size after a noun, read as "worth": "some food items, to the value of £9.50", "debts to the
# tune of £2m" (not after a participle: "fined to the value of £200" names no thing).
_SIZE_IDIOM = re.compile(
    r"(?<=[a-z])(?<!ed)\s*,?\s+to\s+the\s+(?:value|tune)\s+of(?=\s+(?:[a-z]+\s+)?(?:US|C|A)?[$£€]?\s*$)"
)
# A place phrase between the thing and "worth": "cocaine | in Pine Bluff | worth".
PLACE_BEFORE_WORTH = re.compile(r"\s+(?:in|at|from|near)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?=worth\b)")


# A plural noun, a short phrase of place maybe (no comma, no verb), then "which/that are worth": the plural is what
# the sum values ("85 projects within the city of Nairobi which are worth | 1.5 billion shillings").
_PLURAL_WHICH_WORTH = re.compile(
    r"\b((?!(?:its|this|his|has|was|is|as|us|thus|plus|less|unless|across|besides)\b)[a-z][a-z-]+s)"
    r"(?:\s+(?:in|within|of|at|across|around|on)\s+[^,;:()\d]{1,50}?)?\s*,?\s+(?:which|that)\s+(?:are|were|will\s+be)\s+"
    r"(?:(?:collectively|together|altogether|jointly)\s+)?worth\s+[^,;:()\d]{0,25}$"
)


def worth_reading(before: str, rest: str) -> str | None:
    """What the sum after `before` (and before `rest`) is worth of, or what it values; None when no "worth"."""
    worth_of = _WORTH_OF.match(rest)
    if worth_of:
        return after_phrase(" " + rest[worth_of.end() :], "en")
    before = _SIZE_IDIOM.sub(" worth", before)
    if not _WORTH_BEFORE.search(before):
        return None
    plural = _PLURAL_WHICH_WORTH.search(before[-120:])
    if plural:  # "85 projects within the city of Nairobi which are worth": the plural before, past its place
        return plural.group(1)
    bare = re.sub(r"(?:US|C|A)?[$£€]\s*$", "", before[-120:])  # the sum's sign is no word of the phrase
    return valued_noun(PLACE_BEFORE_WORTH.sub(" ", bare))


def worth_before_sum(word: str, after: str) -> bool:
    """Whether "worth" is the preposition of a sum that follows it ("cash worth Rs 27 lakh seized, three detained"),
    not the noun of a measure ("his net worth"): a later bare count measures nothing of it."""
    return word == "worth" and re.match(r"\s+(?:of\s+)?(?:[a-z]+\s+){0,2}(?:Rs\.?|US\$|[$£€₹]|\d)", after) is not None
