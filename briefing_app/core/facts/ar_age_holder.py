"""Whose age "يبلغ من العمر N عاما" gives: the indefinite noun the verb describes, with its nisba adjective ("شاب
X-ي يبلغ من العمر 25 عاما", a young man of 25; "مقيم X-ي تبلغ..."), as accident and police copy introduces the
people it does not name. Only a noun without the article, and no pronoun or verb ("وقال إنه يبلغ من العمر"), is
taken; else the age stays the bare "العمر (age)"."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP

_HOLDER = re.compile(
    r"(?<!\S)[وف]?((?!ال)[\u0621-\u064a]{3,})(?:\s+((?!ال)[\u0621-\u064a]{3,}ي))?\s+(?:يبلغ|تبلغ)\s+من\s+العمر\s+$"
)
# Pronouns, particles and verbs that may stand right before "يبلغ" without being the one whose age it is.
_NOT_HOLDERS = frozenset({"إنه", "أنه", "انه", "إنها", "أنها", "انها", "وهو", "هو", "هي", "كان", "كانت", "الذي",
                          "التي", "حيث", "بينما", "عندما", "والذي", "والتي"})  # fmt: skip


def age_holder(before: str) -> str | None:
    """The person noun (and adjective) whose age follows `before` ("... مقيم X-ي يبلغ من العمر "), or None."""
    m = _HOLDER.search(before)
    if m is None or m.group(1) in _NOT_HOLDERS or m.group(1) in AR_STOP:
        return None
    return f"{m.group(1)} {m.group(2)}" if m.group(2) else m.group(1)
