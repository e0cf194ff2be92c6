"""Hebrew "further" before a verb with no subject: 'עוד התייחס להתעכבות הטיסה: "..."', 'עוד אמרה כי "..."' (he
further spoke of, she also said). News copy writes it right after a quote to let the same speaker go on, so the
quote is the one just quoted's, not the last person the narration named ('X שוחח עם Y ו-Z ... "...", חשף X.
עוד התייחס ל...: "..."' is X's, not Z's). So is a bare definite role after it, 'עוד הוסיף המאמן:', when nobody the
article names holds that role: the coach just quoted, named without his office."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_he_base import _he_head_at, he_given

# "עוד" (further) opening the sentence (with "ו" glued on), then a verb: no subject, no name before the quote.
_FURTHER_VERB = re.compile(r"^\W*ו?עוד\s+[\u05d0-\u05ea]{3,}(?:\s|:|$)")


def he_further_said(lead: str) -> bool:
    """Whether the sentence's words before the quote open with "עוד" and a verb ("עוד התייחס ל...:")."""
    return _FURTHER_VERB.match(lead) is not None


def bare_role(mention: str) -> bool:
    """Whether a speaker mention is a definite role alone, with no name ("המאמן", "השר", "ראש הממשלה")."""
    words = mention.split()
    return (
        1 <= len(words) <= 3
        and _he_head_at(words, 0) > 0
        and (words[0][:1] == "ה" or words[-1][:1] == "ה")
        and not any(he_given(w) for w in words)
    )
