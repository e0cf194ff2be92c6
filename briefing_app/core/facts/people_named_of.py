"""A title, then a person's name, then "of" and the body the person serves: "Captain Ryan Roe of the Bayside fire
department", "Sergeant Tom Hale of the Millbrook police department". The run of capitalised words goes on through
"of the" into the place that names the body (its common nouns are lower-case, so no organisation took them), and
the reading of a title with "of" ("Secretary of the Air Force James Roche") took all of it for the title, leaving
the place as the name. A given name right after the title, with one or two words after it before "of", is the
person's name: the title ends before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.gazetteer import person_names


def name_before_of(after_title: Sequence[str]) -> bool:
    """Whether the words after a title (`after_title`, up to the run's end) open with a name of two or three words
    whose first is a known given name, right before an "of" or "for" ("Ryan Roe | of the Bayside")."""
    cut = next((i for i, t in enumerate(after_title) if t in ("of", "for")), None)
    if cut is None or not 2 <= cut <= 3:
        return False
    given = person_names()[0]
    return after_title[0] in given and all(t[:1].isupper() for t in after_title[:cut])


def titled_person_before_of(words: Sequence[str]) -> int:
    """Where the body starts in a run the organisation finder read whole, "Superintendent Tom Powell of the Kerry
    Division": one to three title words, a known given name and one or two more capitalised words, then "of"; the
    position after "of" (0 when the run has no such person before its "of"), so that the body is what follows and
    the person is left to the people finder."""
    from briefing_app.core.facts.people_role_words import is_title  # (people_role_words reads organisations' words)

    cut = next((i for i, t in enumerate(words) if t == "of"), None)
    if cut is None or cut + 1 >= len(words):
        return 0
    from briefing_app.core.facts import orgs

    given, family = person_names()[:2]
    for first in range(1, 4):
        name = words[first:cut]
        if (
            1 <= len(name) <= 3
            # (a known family name alone after the title too, "Chief Supt Powell of the Kerry Division", not a
            # body's word, "General Staff of the X"; a known given name opens a longer name unless a rank stands
            # before it, "Superintendent Padraic Roe")
            and (
                name[0] in given
                or (len(name) == 1 and name[0] in family)
                or (len(name) > 1 and any(t.rstrip(".") in _RANKS for t in words[:first]))
            )
            and all(re.fullmatch(r"[A-Z][\w'’-]+", t) and not is_title(t) for t in name)
            and not any(t in orgs.EN_HEAD or t in orgs.EN_TAIL for t in name)
            and all(is_title(t) for t in words[:first])
        ):
            return cut + 1
    return 0


# Ranks of police and forces, before a person's name only ("Superintendent X of the Y Division").
_RANKS = frozenset(
    "Superintendent Supt Inspector Insp Sergeant Sgt Constable Detective Det Captain Capt Lieutenant Lt Commander "
    "Cmdr Colonel Col Major Maj General Gen Corporal Cpl Garda".split()
)
