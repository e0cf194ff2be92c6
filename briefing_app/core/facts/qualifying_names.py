"""A capitalised word that qualifies a thing rather than naming one that acts: "the Quexit ruling", "their Quexit
plans" (a word used so in every sentence is no organisation; `repeated_names`)."""

from __future__ import annotations

import re

from briefing_app.core.facts.body_cues import BODY_MEMBERS
from briefing_app.core.facts.pos_tagger import tag_sentence
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# Nouns after a name that only a body has: its shares, its people, its outlets ("Acme shares", "Acme staff").
_BODY_THINGS = frozenset(
    "shares share stock stocks staff staffers employees workers members shareholders board boss bosses chief "
    "spokesman spokeswoman spokesperson executives officials stores shops branches subsidiary headquarters".split()
)


def thing_noun_after(text: str, end: int) -> bool:
    """Whether a lower-case common noun follows a word ending at `end` ("Quexit ruling"), not a person's noun or
    role ("Harbourline frontman", "Tolvik cosmonaut") nor what only a body has ("Acme shares")."""
    m = re.match(r"\s+([a-z][a-z-]+)\b", text[end:])
    if m is None:
        return False
    word = m.group(1)
    if word in _BODY_THINGS or word in BODY_MEMBERS:
        return False
    single = word[:-1] if word.endswith("s") else word
    if is_role_noun(word) or is_role_noun(single) or is_person_noun(word) or is_person_noun(single):
        return False
    before = text[: text.rfind(" ", 0, end) + 1]
    if _DETERMINER_BEFORE.search(before):
        return True  # "their Quexit plans", "the Quexit mess": inside a noun phrase, the name qualifies its head
    if word in _VERBS_AFTER or word.endswith("ed"):
        return False  # "Acme said", "Acme has", "Acme reported": the name acts
    at = end + m.start(1)
    # (or after another name, where the tagger misreads: "the High Court Quexit ruling")
    return any(a == at and tag == "NOUN" for a, _, tag in tag_sentence(text)) or bool(
        re.search(r"[A-Z][a-z]+\s+$", before)
    )


# Words that open a noun phrase before a qualifying name ("the X ruling", "their X plans").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|their|his|her|its|our|your|this|that|these|those)\s+$")
# Verbs a name that acts is followed by, which the word lists may not hold as verbs.
_VERBS_AFTER = frozenset(
    "is was are were has have had will would could can may might must should says said plans wants needs "
    "makes made sells sold owns owned runs ran announces announced reports reported".split()
)
