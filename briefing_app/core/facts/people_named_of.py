"""A title, then a person's name, then "of" and the body the person serves: "Captain Ryan Roe of the Bayside fire
department", "Sergeant Tom Hale of the Millbrook police department". The run of capitalised words goes on through
"of the" into the place that names the body (its common nouns are lower-case, so no organisation took them), and
the reading of a title with "of" ("Secretary of the Air Force James Roche") took all of it for the title, leaving
the place as the name. A given name right after the title, with one or two words after it before "of", is the
person's name: the title ends before it.
"""

from __future__ import annotations

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
