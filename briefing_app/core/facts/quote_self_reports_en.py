"""An unmarked clause before ", she said." whose subject is that same pronoun: "But she considered herself lucky
to be alive, she said." Speech with its marks stripped keeps the speaker's "I"; a clause that calls the speaker
"she" is the writer's report of what she said, no quote."""

from __future__ import annotations

import re

# The clause's subject: a third-person pronoun after an optional conjunction or linking adverb.
_PRONOUN_SUBJECT = re.compile(r"\W*(?:(?:But|And|Yet|So|Still|Now|Instead),?\s+)?(he|she|they|He|She|They)\s+[a-z]")


def speaks_of_self(clause: str, mention: str | None) -> bool:
    """Whether the unmarked `clause` opens with the same third-person pronoun as the `mention` said it ("But she
    considered herself lucky, she said"; not "They were late, she said", whose subject is someone else)."""
    m = _PRONOUN_SUBJECT.match(clause)
    return bool(m and mention and mention.strip().lower() == m.group(1).lower())
