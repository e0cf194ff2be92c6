"""Which of two people sharing a family name a bare family name speaks for: '... killed Tyronda Roe and her passenger,
Michael Wimbley. ... Wimbley's mother, Tronda Wimbley, asked the judge ... . "...," said Wimbley.' is the mother,
the namesake the article named in full most recently, not the one it named first. (The people finder counts every
bare "Wimbley" as a mention of both, so their mentions cannot tell them apart; their full names can.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.people_index import Person


def latest_namesake(person: Person, mention: str, people: Sequence[Person], texts: dict[int, str],
                    sentence: int) -> Person:  # fmt: skip
    """`person`, or the namesake of theirs named in full most recently up to `sentence` when `mention` is only the
    family name they share (a name of one word, in Latin script)."""
    if not person.key or mention.strip() != person.key or not re.fullmatch(r"[A-Z][\w'’-]+", person.key):
        return person
    namesakes = [p for p in people if p.key == person.key and " " in p.name]
    if len(namesakes) < 2:
        return person

    def last_in_full(p: Person) -> int:
        return max((i for i, t in texts.items() if i <= sentence and p.name in t and not _kin_object(t, p.name)),
                   default=-1)  # fmt: skip

    latest = max(namesakes, key=last_in_full)
    return latest if last_in_full(latest) > last_in_full(person) else person


# A relative named after a verb as the object of its owner ("She said her daughter, Krystle Roe, was killed", "told
# reporters his son Jack Roe ..."): the one spoken about; the owner, named before, is the namesake who goes on
# speaking ('"...," Roe said.'). (Not at a sentence's opening: "Her husband, Tom Roe, said" is the subject.)
_KIN_BEFORE = re.compile(
    r"[a-z,]\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:daughter|son|wife|husband|mother|father|brother|sister|partner|"
    r"child|grandson|granddaughter|grandmother|grandfather|niece|nephew|cousin|stepson|stepdaughter),?\s+$"
)


def _kin_object(text: str, name: str) -> bool:
    """Whether every full mention of `name` in `text` is a relative its owner speaks of (`_KIN_BEFORE`)."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(starts) and all(_KIN_BEFORE.search(text[:at]) is not None for at in starts)
