"""A capitalised word in the middle of a portfolio's list is a field of the title, not a person.

Why: in "Jane Roe, the council's Director of Regeneration, Growth and Employment, said", the comma after the
first field reads as the end of a title set off before a name ("Director of Regeneration, Growth"), so the
next field became a person holding that title. A single capitalised word that stands between "<title> of
<Field>," and "and <Field>" (perhaps after more ", <Field>" members) is one of the portfolio's fields.
`ends_a_portfolio` below covers the last field, after "and".
"""

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import person_names

# The title and the fields before the word: "Director of Regeneration, ", "Head of Housing, Planning, ".
# Titles whose portfolio follows "of"/"for": the fields of "Minister of Energy and Infrastructure", "Director of
# Regeneration, Growth and Employment".
_TITLES = (
    r"(?:Minister|Ministry|Secretary|Department|Commissioner|Director|Directorate|Committee|Commission|Head|"
    r"Chief|Member|Lead|Manager|Officer|Spokesperson|Spokesman|Spokeswoman|Portfolio|Chair|Chairman|Chairwoman)"
)
_FIELDS_BEFORE = re.compile(
    rf"\b{_TITLES}\s+"
    r"(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:\s*,\s*[A-Z][\w'’-]*){0,3}\s*,\s*$"
)
# The title, its fields (up to four capitalised words, commas allowed) and "and": the word after is the last field
# ("Minister of Energy and | Infrastructure", "Secretary of State for Culture, Media and | Sport").
_FIELDS_BEFORE_AND = re.compile(
    rf"\b{_TITLES}\s+(?:of|for)\s+(?:the\s+)?(?:State\s+for\s+)?(?:[A-Z][\w'’-]*,?\s+){{1,4}}(?:and|&)\s+$"
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


def ends_a_portfolio(before: str) -> bool:
    """Whether a word after `before` is the last field of a title's portfolio ("Minister of Energy and | X"): not
    when a given name stands among the fields ("the Minister of Interior Eli Yishai and Prime Minister X": a second
    person)."""
    m = _FIELDS_BEFORE_AND.search(before[-160:])
    return m is not None and not any(w.strip(",") in person_names()[0] for w in m.group(0).split()[2:])
