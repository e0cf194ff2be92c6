"""Unmarked clauses before an attribution that are no speech. One whose subject is the pronoun of the attribution:
"But she considered herself lucky to be alive, she said." (speech with its marks stripped keeps the speaker's "I";
a clause that calls the speaker "she" is the writer's report of what she said). And a name with its title before
", says X,": "Lai Roe, minister of information, says Ann Lee never claimed ..." (a subject and its apposition)."""

from __future__ import annotations

import re

from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# The clause's subject: a third-person pronoun after an optional conjunction or linking adverb.
_PRONOUN_SUBJECT = re.compile(r"\W*(?:(?:But|And|Yet|So|Still|Now|Instead),?\s+)?(he|she|they|He|She|They)\s+[a-z]")


def speaks_of_self(clause: str, mention: str | None) -> bool:
    """Whether the unmarked `clause` opens with the same third-person pronoun as the `mention` said it ("But she
    considered herself lucky, she said"; not "They were late, she said", whose subject is someone else)."""
    m = _PRONOUN_SUBJECT.match(clause)
    return bool(m and mention and mention.strip().lower() == m.group(1).lower())


# A full name and a title after its comma, with no article and no verb: "Lai Roe, minister of information".
_NAME_THEN_TITLE = re.compile(
    r"((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+),\s+((?:[a-z][\w-]*\s+){0,7}[a-z][\w-]*|(?:[A-Z][\w-]*\s+){0,2}of\s+.*)"
)


def name_and_title(clause: str) -> bool:
    """Whether the unmarked `clause` before ", says X," is only a name and its title ("Lai Roe, minister of
    information, says Ann Lee never claimed ..."): the sentence's subject and its apposition, whose verb of saying
    follows; what comes after is reported speech, no quote. (A title with an article is read in `quotes`.)"""
    m = _NAME_THEN_TITLE.fullmatch(clause.strip())
    if m is None:
        return False
    words = m.group(2).split()
    return is_role_noun(words[0].lower()) or is_person_noun(words[-1]) or is_role_noun(words[-1].lower())
