"""A quote paragraph with no attribution after narration that names nobody: the one quoted last goes on; and a
headline's quote that the body never repeats.

'"... I am angry because you are spreading lies," he said at the assembly.' / 'He said the claim was false.' /
'Therefore, he urged the public not to support them.' / '"Even at the port they made up stories."': the sentences
between the two quotes tell what the speaker did, by a pronoun, and name no one else, so the second quote is the
speaker's too, not the last person whose name stands further back.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.speakers import Speakers

# The most sentences of narration between the two quotes (more, and the article has moved on).
_MOST_BETWEEN = 4


def speaker_going_on(out: list[Fact], first: int, speakers: Speakers) -> str | None:
    """The speaker of the last quote before sentence `first` when every sentence between names no person and
    one of them opens with "He" or "She" (the speaker, told of); None otherwise."""
    earlier = [f for f in out if f.kind == "quote" and f.speaker and (f.sentences or [f.sentence])[-1] < first]
    if not earlier:
        return None
    last = earlier[-1]
    end = (last.sentences or [last.sentence])[-1]
    between = [speakers.text.get(i, "") for i in range(end + 1, first)]
    if not between or len(between) > _MOST_BETWEEN:
        return None
    if any(speakers.in_text(t) is not None for t in between):
        return None  # someone else is named: the resolution by names decides
    if not any(re.match(r"(?:[A-Z][a-z]+,\s+)?(?:[Hh]e|[Ss]he)\s", t) for t in between):
        return None
    if speakers.people.find(last.speaker or "") is None:
        return None  # a body or an unnamed source: the pronouns are someone's
    return last.speaker


def headline_only(quote: Fact, body: str) -> bool:
    """Whether a headline's quote with a named speaker ('Jane Roe: "More projects will help"') has words the body
    never repeats: no run of four of its words stands in the body, so the headline is where it is said."""
    if not quote.speaker:
        return False
    words = re.findall(r"[\w'’-]+", quote.text.lower())
    if len(words) < 4:
        return False
    lowered = " ".join(re.findall(r"[\w'’-]+", body.lower()))
    return not any(" ".join(words[i : i + 4]) in lowered for i in range(len(words) - 3))
