"""Whose age "يبلغ من العمر N عاما" gives: the indefinite noun the verb describes, with its nisba adjective ("شاب
X-ي يبلغ من العمر 25 عاما", a young man of 25; "مقيم X-ي تبلغ..."), as accident and police copy introduces the
people it does not name. Only a noun without the article, and no pronoun or verb ("وقال إنه يبلغ من العمر"), is
taken; else the age stays the bare "العمر (age)". An age in brackets after its holder ("لمراجع (63 عاما)", "وافدا (38
عاما)") is the holder's too (`bracket_age_holder`)."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP

# (a feminine noun takes its adjective in "ة": "فتاة مقيمة تبلغ من العمر"; see `age_holder`; a "ف" is a clitic only
# before a word of three letters or more, not the first letter of "فتاة")
_HOLDER = re.compile(
    r"(?<!\S)(?:و|ف(?=[\u0621-\u064a]{4}))?((?!ال)[\u0621-\u064a]{3,})(?:\s+((?!ال)[\u0621-\u064a]{3,}[ية]))?\s+(?:يبلغ|تبلغ)\s+من\s+العمر\s+$"
)
# The word right before an age in brackets, a glued "ل" or "ب" apart: "لمراجع (63 عاما)", "وتبين أن وافدا (38 عاما)".
_BRACKET_HOLDER = re.compile(r"(?<!\S)([لب](?=[\u0621-\u064a]{4}))?((?!ال)[\u0621-\u064a]{3,})\s*\(\s*$")
# Pronouns, particles and verbs that may stand right before "يبلغ" without being the one whose age it is.
_NOT_HOLDERS = frozenset({"إنه", "أنه", "انه", "إنها", "أنها", "انها", "وهو", "هو", "هي", "كان", "كانت", "الذي",
                          "التي", "حيث", "بينما", "عندما", "والذي", "والتي"})  # fmt: skip


def age_holder(before: str) -> str | None:
    """The person noun (and adjective) whose age follows `before` ("... مقيم X-ي يبلغ من العمر "), or None."""
    m = _HOLDER.search(before)
    if m is None or m.group(1) in _NOT_HOLDERS or m.group(1) in AR_STOP:
        return None
    if m.group(2) and m.group(2).endswith("ة") and not m.group(1).endswith("ة"):
        return m.group(2)  # "أسعفوا طالبة تبلغ": an adjective in "ة" agrees with a feminine noun only
    return f"{m.group(1)} {m.group(2)}" if m.group(2) else m.group(1)


def bracket_age_holder(before: str) -> str | None:
    """The indefinite noun or name right before an age in brackets ("لمراجع (" gives "مراجع"), or None for a word of
    no person (a particle, a pronoun, a definite noun)."""
    m = _BRACKET_HOLDER.search(before[-40:])
    if m is None or m.group(2) in _NOT_HOLDERS or m.group(2) in AR_STOP:
        return None
    return m.group(2)
