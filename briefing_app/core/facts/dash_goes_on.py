"""A Danish interviewee's dash paragraph after three narration paragraphs about them.

"– Jeg synes, at ... .\\nSådan siger Susan Holm. Hun er kandidat ...\\nSusan Holm stiller op for ...\\nI TV 2's
præsentationer slår Susan Holm på ...\\n– Der bliver truffet nogle beslutninger ...": the last dash paragraph names no
one. `dash_quotes` looks back two or three paragraphs for the dash paragraph whose speaker goes on; with three
narration paragraphs between it found none, and the next paragraph's opening name (someone else, a new topic) took
the words. Four paragraphs back, the earlier speaker goes on only when the paragraph just before the dash names them:
the narration is still about them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.roles import is_role_noun

_DASH = re.compile(r"^[–—-]\s+")


def goes_on_after_narration(
    paragraphs: Sequence[Sequence[SourceSentence]],
    position: int,
    speaker_of: Callable[[Sequence[SourceSentence]], tuple[str, int] | None],
) -> tuple[str, int] | None:
    """The speaker of the dash paragraph four paragraphs before `position` when the three between are narration (no
    dash, no colon, no quote marks) and the one right before `position` names that speaker by family name."""
    if position < 4 or not paragraphs[position - 4] or not _DASH.match(paragraphs[position - 4][0].text):
        return None
    between = paragraphs[position - 3 : position]
    if not all(p and not _DASH.match(p[0].text) and not re.search(r"[:\"“”«»„]", " ".join(s.text for s in p))
               for p in between):  # fmt: skip
        return None
    earlier = speaker_of(paragraphs[position - 4])
    if earlier is None:
        return None
    surname = earlier[0].split(",")[0].split()[-1] if earlier[0].split() else ""
    last = " ".join(s.text for s in between[-1])
    if len(surname) < 3 or not surname[:1].isupper() or re.search(rf"\b{re.escape(surname)}\b", last) is None:
        return None
    return earlier


# A narration paragraph opening with a full name as its subject, after at most two title words ("Formand Martin Holm
# frygter ...", "Martin Holm glæder sig ..."), its verb right after the name.
# Only a verb of stance (fearing, hoping, judging, agreeing) makes the next words theirs: "Dennis Holm stoppede ikke
# af sig selv." / "- Og så blev man utryg ..." is spoken of by the one who went on talking.
_OPENING_NAME = re.compile(
    r"(?:[A-ZÆØÅ]?[a-zæøå&-]+\s+){0,2}?([A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})"
    # (a relative clause may stand between the name and its verb: "målscorer X, der fredag forlængede ..., var glad")
    r"(?:,\s+(?:der|som)\s+[^,.:]{1,120},)?\s+(?:frygter|frygtede|mener|"
    r"mente|glæder|glædede|håber|håbede|tror|troede|synes|vurderer|advarer|erkender|understreger|forventer|ærgrer|"
    r"undrer|kritiserer|roser|"
    # ("Landstræner X har det også stramt med at tabe": a stance told by how one takes something)
    r"(?:har|havde)\s+det\s+(?:også\s+|dog\s+|ikke\s+){0,2}(?:svært|stramt|hårdt|skidt|godt)|(?:er|var)\s+(?:dog\s+|også\s+|ikke\s+|helt\s+|meget\s+|svært\s+|rigtig\s+|yderst\s+|"
    r"særdeles\s+){0,2}(?:enig|uenig|bekymret|"
    r"glad|skuffet|kritisk|forundret|overrasket|tilfreds|utilfreds|optimistisk|fortrøstningsfuld))\b"
)


# The same in verb-second order, the object fronted: "Det er Peter Juhl helt enig i.", "Det mener Ole Holm også."
_V2_NAME = re.compile(
    r"(?:Det|Dette|Heller\s+ikke|Også)\s+(?:er|var|mener|mente|synes|tror|frygter|håber)\s+"
    r"([A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\b"
)


# The one whose view the narration tells, fronted with "for" ("For landstræner X var sejren et tegn på ...", "For X er
# det en skuffelse"): the dash paragraph after it is theirs, as after a verb of stance.
# (a role before the name or a given name opening it: "For Vestby Kommune er regningen stor" names a body's view)
_FOR_NAME = re.compile(
    r"For\s+((?:[a-zæøå-]+\s+){0,2})([A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s+(?:var|er|blev|bliver)\b"
)


def _for_name(text: str) -> str | None:
    """The person "For [role] X var/er ..." fronts (see _FOR_NAME), when a role or a given name says X is one."""
    m = _FOR_NAME.match(text)
    if m is None:
        return None
    role, name = m.group(1).split(), m.group(2)
    return name if (role and is_role_noun(role[-1])) or name.split()[0] in person_names()[0] else None


def other_subject_between(between: Sequence[Sequence[SourceSentence]], earlier: str) -> str | None:
    """The one the narration paragraph just before a dash paragraph opens with as its subject, when that is someone
    other than `earlier`, the speaker of the dash paragraph before the narration ("- ..., siger Peter Juhl." /
    "Formand Martin Holm frygter for økonomien." / "- Vi har mange landmænd ...": Holm's words, not Juhl's)."""
    if not between or not between[-1]:
        return None
    opening = between[-1][0].text
    m = _OPENING_NAME.match(opening) or _V2_NAME.match(opening)
    fronted = _for_name(opening) if m is None else None
    if m is None and fronted is None:
        return None
    name = m.group(1) if m is not None else str(fronted)
    if len(name.split()) > 2 and is_role_noun(name.split()[0].lower()):
        name = name.split(" ", 1)[1]  # "Formand Martin Holm": the title opening the sentence is no part of the name
    surname = earlier.split(",")[0].split()[-1] if earlier.split() else ""
    return None if surname and surname in name.split() else name
