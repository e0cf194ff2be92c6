"""A capitalised word in the middle of a portfolio's list is a field of the title, not a person.

Why: in "Jane Roe, the council's Director of Regeneration, Growth and Employment, said", the comma after the
first field reads as the end of a title set off before a name ("Director of Regeneration, Growth"), so the
next field became a person holding that title. A single capitalised word that stands between "<title> of
<Field>," and "and <Field>" (perhaps after more ", <Field>" members) is one of the portfolio's fields.
`people_not_names.ends_a_portfolio` already covers the last field, after "and".
"""

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import person_names

# The title and the fields before the word: "Director of Regeneration, ", "Head of Housing, Planning, ".
_FIELDS_BEFORE = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department|Commissioner|Director|Directorate|Committee|Commission|Head|"
    r"Chief|Member|Lead|Manager|Officer|Spokesperson|Spokesman|Spokeswoman|Portfolio|Chair|Chairman|Chairwoman)\s+"
    r"(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:\s*,\s*[A-Z][\w'’-]*){0,3}\s*,\s*$"
)
# What follows the word: maybe more ", <Field>", then "and <Field>" (or "&").
_FIELDS_AFTER = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*){0,3}\s*,?\s+(?:and|&)\s+[A-Z]")


def inside_a_portfolio(before: str, name: str, after: str) -> bool:
    """Whether the one-word `name`, between the sentence's text `before` and `after` it, is a middle field of a
    title's portfolio ("Director of Regeneration, | Growth | and Employment")."""
    # (only a common word, as fields are, and no given name: "the Secretary of State, Blinken and Austin" lists
    # two people)
    word = name.strip()
    return (
        " " not in word
        and word.lower() in common_words()
        and word not in person_names()[0]
        and bool(_FIELDS_BEFORE.search(before[-160:]))
        and bool(_FIELDS_AFTER.match(after))
    )
