"""A paragraph that opens with only a name (with its title, a dateline before it, a party or district in brackets
after it) and then a quote, with no verb of saying: a compilation of statements labels each by its author
("KESSBY — Assemblyman Tom Weller (D-Kessby) “Today is a sad day ...”"). The name is the quote's speaker.
Round-ups of what people said also put the label after a paragraph-long quote (`trailing_label_speaker`)."""

from __future__ import annotations

import re

from briefing_app.core.facts.quote_words import NAME, verbs_of
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# An optional dateline ("KESSBY —"), then two to eight capitalised words (initials and "of"/"the" inside a title
# allowed), then an optional bracket, and nothing else before the quote's opening mark.
_LABEL = re.compile(
    r"(?:[A-Z][A-Z .,'’-]{1,40}\s+[—–-]\s+)?"
    r"((?:[A-Z][\w.'’-]*\s+(?:(?:of|the|for)\s+)?){1,7}[A-Z][\w'’-]+)"
    r"(?:\s*\([^()]{1,40}\))?\s*$"
)


def verbless_label(lead: str) -> str | None:
    """The name (with its title) that is all a paragraph writes before its first quote mark, else None."""
    found = _LABEL.fullmatch(lead.strip())
    if found is None or len(found.group(1).split()) < 2:
        return None
    return found.group(1)


# A speaker named by a label after a paragraph-long quote, as round-ups of what people said print them: the quote
# opens the paragraph and its last sentence ends inside the marks, then the role and name of the one who said it,
# with no verb of saying ("'... a good day for us.' Harbour manager Tom Briggs after the draw.", "'...' Manager
# Jane Roe praises her squad."). Without it the quote took the name that ended the paragraph before.

# A role of one to four words ending in a lower-case noun ("Monaghan manager", "Kilkenny team manager"), or one
# capitalised role word ("Manager"), then the name; what follows is a comma, the end, or a lower-case word.
_LABEL_AFTER = re.compile(
    rf"\s*((?:[A-Z][\w'’.-]*\s+){{0,3}}[a-z][\w-]*|[A-Z][a-z]+)\s+({NAME})(?=\s*(?:[,.!?]|$|\s+([a-z][\w'’-]*)))"
)


def trailing_label_speaker(lead: str, after: str, ended: bool) -> str | None:
    """The name in the label after a closing mark, when the quote opens the paragraph (`lead` holds only marks or
    nothing), ended its sentence inside the marks (`ended`), and the label is the paragraph's last sentence."""
    if not ended or lead.strip(" '\"“‘") or not after.strip():
        return None
    if re.search(r"[.!?]\s+[A-Z\"“‘']", after.rstrip()):
        return None  # ('"..." Club chairman Dan Roe arrived. He ...': narrative goes on, no label)
    m = _LABEL_AFTER.match(after)
    if m is None:
        return None
    head = m.group(1).split()[-1]
    if not (is_role_noun(head.lower()) or (head[:1].islower() and is_person_noun(head))):
        return None
    following = m.group(3)
    if following and re.fullmatch(rf"(?:{verbs_of('en')})", following):
        return None  # ('"...." Coach Jane Roe said the side ...': a sentence of its own, read elsewhere)
    return m.group(2)
