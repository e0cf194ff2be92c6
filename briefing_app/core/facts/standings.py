"""A count given to a team or party named right before it: "leaves Town 12 points clear of Leeds", "put Labour
5 points ahead", "handed United 3 points". A capitalised word right before a number is often a name with its
number ("Delta 4", "Apollo 11"), which `number_names` drops; after a verb that places or gives (leave, put,
keep, lift, hand, give) and before a plural of the standings (points, goals, seats, votes, places), the name
is the verb's object and the number a count of its own.
"""

from __future__ import annotations

import re

_GIVING_VERB = re.compile(
    r"\b(?:leaves?|left|leaving|puts?|putting|keeps?|kept|keeping|lifts?|lifted|lifting|moves?|moved|moving|"
    r"takes?|took|taking|sends?|sent|sending|hands?|handed|handing|gives?|gave|giving|sees?|saw|seeing)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*\s+$"
)
_STANDING_PLURAL = re.compile(
    r"\s+(?:clear\s+)?(?:points|pts|goals|seats|votes|places|spots|positions|wins|games|runs|wickets|shots|strokes|"
    r"lengths|seconds)\b"
)


def count_given_to_name(before: str, after: str) -> bool:
    """Whether the number between `before` and `after` counts what a placing verb gives the name before it."""
    return _GIVING_VERB.search(before[-60:]) is not None and _STANDING_PLURAL.match(after) is not None
