"""The subject of a clause whose verb of saying comes after a participle's aside set off by commas: "Republican
Senator Bob Corker of Tennessee, noting he was not present and did not know if President Trump had compromised the
source, said, "..."" is Corker's; the names inside the aside (Trump) are spoken of. Wire copy writes such asides
long, so the last name before the verb is the aside's, not the subject's."""

from __future__ import annotations

import re

from briefing_app.core.facts.reporting_verbs import SPEECH_VERBS

_VERBS = "|".join(sorted(SPEECH_VERBS["en"], key=len, reverse=True))

# The subject, a comma, a participle ("noting", "speaking", "citing", not "including") and its aside up to a comma, an
# adverb perhaps, and the verb of saying that introduces the quote at the end of the text.
_ASIDE = re.compile(
    rf"(?P<subject>[^,\"“”]{{3,120}}?),\s+(?!including\b|according\b)[a-z]{{3,}}ing\b[^\"“”]{{3,240}},\s+"
    rf"(?:[a-z]+ly\s+)?(?:{_VERBS})\s*[,:]?\s*[\"“‘]?\s*$"
)


def subject_before_aside(within: str) -> str | None:
    """The words before a participle's aside when `within` (the sentence up to a quote) ends with the verb of saying
    after it; None when it is written otherwise."""
    m = _ASIDE.search(within)
    if m is None:
        return None
    # (the subject opens the sentence or follows a fronted phrase: "On Monday, Senator X, noting ..., said")
    return m.group("subject")
