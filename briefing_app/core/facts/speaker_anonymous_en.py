"""An unnamed person whom the article keeps unnamed on purpose: "The woman, who did not want to be named, said".

Why: local news quotes witnesses and neighbours who ask not to be named, as a definite noun with an appositive
of anonymity ("The woman, who didn't want to be named, said she first saw ..."), then goes on with '"...," she
said.'. The unnamed-subject readers only knew an indefinite subject ("A neighbour said"), so "she" went back to
the last woman named (a fire chief). The appositive says plainly that no name will come, so the definite noun
is that person, not anyone named before.
"""

import re

from briefing_app.core.facts.roles import is_person_noun

_ANONYMOUS_SUBJECT = re.compile(
    r"(?:(?:But|And|However,?|Meanwhile,?)\s+)?((?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}([a-z]+)),\s+"
    r"who\s+(?:also\s+)?(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|would\s+not|wouldn['’]t|asked\s+not\s+to|"
    r"declined\s+to|refused\s+to|requested\s+not\s+to|wished\s+not\s+to|spoke\s+on\s+condition)\b[^,.\"“”]{0,60},\s+"
    r"(?:[a-z]+ly\s+)?(?:said|told|added|explained|recalled|described|[a-z]+ed)\b"
)


def anonymous_subject(text: str) -> str | None:
    """The definite unnamed person `text` opens with, set off by an appositive saying they are not named
    ("The woman, who did not want to be named, said"), else None."""
    m = _ANONYMOUS_SUBJECT.match(text)
    if m is None or not is_person_noun(m.group(2)):
        return None
    return m.group(1)
