"""The group of people a plural "they" after a quote stands for when the sentence before opens with it as the
subject of its verb: 'But the defense lawyers said their comments could .... "...," they said.' The group is
written as a common noun phrase ("the defense lawyers", "Some parents"), which no list of groups holds: its head
is a plural of a noun for a person (WordNet's persons, as `roles.is_person_noun` reads them)."""

from __future__ import annotations

import re

from briefing_app.core.facts.roles import is_person_noun

# The opening of a sentence before its subject: a conjunction or a linking adverb ("But", "And", "Still,",
# "However,", "Meanwhile,"), then a determiner or quantifier ("the", "some", "many of the").
_OPENING = re.compile(
    r"\W*(?:(?i:but|and|yet|still|so|however|meanwhile|later|earlier|instead|now),?\s+)?"
    r"((?:(?:the|some|many|several|other|both)\s+(?:of\s+the\s+)?)?"
    r"(?:[a-z][a-z-]+\s+){0,2}([a-z][a-z-]+s))\s+"
    r"(?:(?:also|later|then|previously|had|have|were|are)\s+)?([a-z]+)\b"
)

# Verbs of saying, arguing and stating a group opens a sentence with (the pronoun after a quote is its voice).
_SAYING = re.compile(
    r"(?:said|say|says|told|tell|argued|argue|claimed|warned|wrote|added|insisted|responded|replied|countered|"
    r"contended|maintained|stated|noted|complained|accused|criticised|criticized|urged|asked|called|pointed|"
    r"described|insist|warn|argue|claim|complain|believe|believed|fear|feared)"
)


def plural_subject_before(previous: str) -> str | None:
    """The plural group of people the sentence `previous` opens with as the subject of a verb of saying ("But the
    defense lawyers said ...", "Some parents complained ..."); None when it opens otherwise ("The statements
    were ...": no persons; "The two men said": left to the pair readers; a capitalised body: a body)."""
    # (the sentence's first word lower-cased, "Neighbours said", "Local parents argued"; a capitalised name
    # after it keeps its capital and is no common noun: "The Roe brothers")
    opened = re.sub(
        r"^(\W*(?:(?:But|And|Yet|Still|So|However|Meanwhile|Later|Earlier|Instead|Now),?\s+)?)([A-Z])",
        lambda o: o.group(1) + o.group(2).lower(),
        previous,
        count=1,
    )
    m = _OPENING.match(opened)
    if m is None or not _SAYING.fullmatch(m.group(3)):
        return None
    head = m.group(2)
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    if head.endswith("ss") or not (is_person_noun(singular) or is_person_noun(head[:-2]) and head.endswith("es")):
        return None
    if re.search(r"\b(?:two|three|four|both)\b", m.group(1), re.IGNORECASE):
        return None  # "the two lawyers": a pair the article names, read by quote_groups
    return m.group(1)
