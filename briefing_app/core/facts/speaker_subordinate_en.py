"""A quote introduced by a subordinate clause of its own ("Britain has been told to brace itself for more rain as
forecasters warned: "..."", "The club was relegated after the manager admitted: "...""): the subject of the
clause whose verb of saying ends the introduction speaks, not the main clause's subject (English)."""

from __future__ import annotations

import re

from briefing_app.core.facts.roles import is_person_noun, is_role_noun

_SUBORDINATE = r"\s(?:as|after|when|while|before|because|until|since)\s+"
# (a subject of a few words, no "and" or "or" in it, no participle opening it: "quoted as saying the President")
_SUBJECT = (
    r"((?:(?:the|a|an|its|their)\s+)?(?:(?!(?:and|or|saying|telling)\b)[\w'’-]+\s+){0,3}?(?!(?:and|or)\b)[\w'’-]+)"
)
_NO_SUBJECT = {"it", "this", "that", "there", "he", "she", "they", "we", "i", "her", "his", "their", "its", "my"}
# With no verb after it, only a time's conjunction: "as bloggers" is a role ("as bloggers, we are ..."), no clause.
_TIME_SUBORDINATE = r"\s(?:after|when|while|before|until|since)\s+"


def subordinate_speaker(introduction: str, verbs: str) -> str | None:
    """The subject of the last subordinate clause of a quote's introduction ("... as forecasters warned:" ->
    "forecasters"; with no verb after it, "... after the manager:" -> "the manager" when a noun of a person ends
    it); None otherwise."""
    text = re.sub(r"[\s:,\"“‘'—–-]+$", "", introduction)
    said = re.search(rf"{_SUBORDINATE}{_SUBJECT}\s+(?:also\s+|then\s+|later\s+)?(?:{verbs})$", text)
    bare = None if said else re.search(rf"{_TIME_SUBORDINATE}{_SUBJECT}$", text)
    m = said or bare
    if m is None or m.group(1).split()[0].lower() in _NO_SUBJECT:
        return None
    head = m.group(1).split()[-1].lower()
    if bare is not None and not (is_role_noun(head) or is_person_noun(head) or is_person_noun(head.rstrip("s"))):
        return None  # ("X said after the game": no verb of its own, no person ends the clause)
    return m.group(1)
