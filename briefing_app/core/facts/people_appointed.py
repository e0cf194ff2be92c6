"""Roles that a verb of appointment or succession gives a name: "the board appointed Jane Roe as chief of staff",
"intends to nominate Jane Roe to serve as Director of the Harbour Office", "will be replaced as Communications
Director by Jane Roe", "Jane Roe will succeed Max Holm as head of the agency". Government releases and
announcements of posts name most of their people this way, with no apposition or title next to the name.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.people_roles import is_title
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# Verbs that give someone a post; the name is their object ("appointed Jane Roe as ...").
_APPOINTING = (
    r"appoint|appoints|appointed|appointing|name|names|named|naming|nominate|nominates|nominated|nominating|"
    r"select|selects|selected|selecting|choose|chooses|chose|chosen|pick|picks|picked|tap|taps|tapped|hire|hires|"
    r"hired|elect|elects|elected|designate|designates|designated|promote|promotes|promoted|confirm|confirms|"
    r"confirmed|install|installs|installed|welcome|welcomes|welcomed"
)
_OBJECT_BEFORE = re.compile(rf"\b(?:{_APPOINTING})\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?$")

# Where the post stops: a clause or an adjunct after it (and where it happens: "captain for the game in Cardiff").
_POST_END = (
    r"(?=\s*[,.;:()]|\s+(?:and|who|which|where|when|while|on|in\s+\d{4}|since|effective|after|following|because|"
    r"from|until|starting|beginning|last|this|next|earlier|later|near|based)\b|\s+in\s+[A-Z]|\s*$)"
)
_AS_POST = re.compile(
    r"\s+(?:as|to\s+(?:be|serve\s+as|become|the\s+(?:post|position|role)\s+of))\s+"
    rf"(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?([^,.;:()\"“”]{{3,120}}?){_POST_END}"
)
# "will be replaced as Communications Director by Jane Roe": the post, then "by" right before the name.
_REPLACED_AS = re.compile(
    r"\b(?:replaced|succeeded|followed)\s+as\s+(?:the\s+|its\s+|their\s+)?([^,.;:()\"“”]{3,100}?)\s+by\s+$"
)
# "Jane Roe will succeed Max Holm as head of the agency": the subject takes the post.
_SUCCEEDS_AS = re.compile(
    r"\s+(?:will\s+|would\s+|is\s+to\s+|has\s+)?(?:succeed|succeeds|succeeded|replace|replaces|replaced)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){1,3}as\s+(?:the\s+|its\s+|their\s+)?"
    rf"([^,.;:()\"“”]{{3,100}}?){_POST_END}"
)


# "The suspect, identified as Jane Roe,", "The victim was named as Jane Roe": the noun the name identifies.
_IDENTIFIED_AS = re.compile(
    r"\b[Tt]he\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),?\s+(?:who\s+)?(?:was\s+|has\s+been\s+|had\s+been\s+)?"
    r"(?:later\s+|since\s+|officially\s+)?(?:identified|named)\s+(?:by\s+[\w\s]{2,30}?\s+)?as\s+$"
)

# "Police identified the suspect as 21-year-old Jane Roe", "named the victim as Jane Roe, 34,": the active form.
_IDENTIFIED_THE = re.compile(
    r"\b(?:identified|named)\s+the\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+as\s+(?:(?:a\s+)?\d+-year-old\s+)?$"
)


def _is_post(phrase: str) -> bool:
    """A post names a role: a title or a role noun among its first words ("chief of staff", "Director of X")."""
    words = phrase.split()
    return bool(words) and any(is_title(w) or is_role_noun(w.lower()) or is_person_noun(w.lower()) for w in words[:5])


def appointed_role(before: str, after: str) -> str | None:
    """The post a verb of appointment or succession gives the name between `before` and `after`, if any."""
    if _OBJECT_BEFORE.search(before):
        m = _AS_POST.match(after)
        if m and _is_post(m.group(1)):
            return m.group(1).strip()
    m = _IDENTIFIED_AS.search(before) or _IDENTIFIED_THE.search(before)
    if m and is_person_noun(m.group(1).split()[-1]) and m.group(1).split()[-1] not in ("man", "woman", "person"):
        return m.group(1)  # "The suspect, identified as Jane Roe": the suspect
    m = _REPLACED_AS.search(before)
    if m and _is_post(m.group(1)):
        return m.group(1).strip()
    m = _SUCCEEDS_AS.match(after)
    if m and _is_post(m.group(1)):
        return m.group(1).strip()
    return None
