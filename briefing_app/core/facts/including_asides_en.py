"""An aside of the members of a count between the count's noun and its verb (English).

"One person was killed and four others, including a 9-year-old boy, were injured": the noun reader stopped at
the comma and read "others" with nothing of what befell them, where "four others were injured" reads "others
injured". An aside set off by commas that names some of the counted ("including ...", "among them ...", "most of
them ...") and is followed by the count's verb is left out of the text after the figure, so the noun meets its
verb as if the aside were not there. The aside's own figures ("two children") are read from the sentence as
written. Used by `counted`.
"""

from __future__ import annotations

import re

# The noun (one or two words) after the figure, the aside in commas, and the verb it is kept from.
_ASIDE_THEN_VERB = re.compile(
    r"^(\s+[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*,\s+(?:including|among\s+them|among\s+whom|of\s+whom|most\s+of\s+them"
    r"|many\s+of\s+them|some\s+of\s+them|mostly|mainly|all\s+of\s+them)\s+[^,;:()\"“”]{1,80},"
    r"(?=\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain|remained|died|fled)\s)",
)


def without_including_aside(rest: str) -> str:
    """The text after a figure without an aside of members between its noun and its verb."""
    aside = _ASIDE_THEN_VERB.match(rest)
    return aside.group(1) + rest[aside.end() :] if aside else rest


# What opens an aside of members right before a figure: "12 people, including | four children".
_MEMBERS_BEFORE = re.compile(
    r",\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:(?:at\s+least|about|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)


def in_members_aside(text: str, start: int) -> bool:
    """Whether the figure at `start` counts members named in an aside ("including four children"): it is then no
    kind that "others" after it can be more of ("killed 12 people, including four children, and injured 30
    others": other people)."""
    return _MEMBERS_BEFORE.search(text[:start]) is not None
