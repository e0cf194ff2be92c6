"""Hebrew changes told as verb, step, then object: "בנק ישראל העלה אתמול ב-0.5% את הריבית", "צה"ל יצמצם בכ-30 אחוז
את מספר חיילי המילואים", "הממשלה תקצץ ב-2 מיליארד שקל את תקציב הביטחון". A transitive verb of change puts its step
("ב-") before its object, which "את" marks; what the figure counts is that object, not the subject and verb before
the step that the other readers took. A noun of the figure's own between it and "את" ("אישרה ב-61 קולות את החוק":
votes) leaves it alone. Used by `figures` for Hebrew, after the other Hebrew readers."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# The step's lead right before the figure: "ב-", "בכ-", "ב" glued, perhaps "בכ-" written apart.
_STEP_LEAD = re.compile(r"[\u05d0-\u05ea\"״]{2,}\s+ב-?\s*(?:כ-?\s*)?$")
# After the figure: its unit (a per cent, points, a currency, a scale before it), then "את" and the object's first
# words (up to four; a later word opening with a preposition, a relative "ש" or a conjunction, or a mark, ends it;
# the first may open with any letter, "את" taking no preposition: "את מכירותיה", "את מספר").
_UNIT = (
    r"(?:%|אחוז(?:ים)?|נקודות\s+(?:ה)?אחוז|אגורות|"
    r"(?:(?:מיליון|מיליארד|אלף|אלפי)\s+)?(?:שקלים|שקל|ש\"ח|ש״ח|דולרים|דולר|יורו))"
)
_OBJECT = re.compile(
    rf"\s*(?:{_UNIT}\s*)?\s+את\s+([\u05d0-\u05ea\"״]{{2,}}(?:\s+(?![בלכמשו][\u05d0-\u05ea])"
    r"[\u05d0-\u05ea\"״]{2,}){0,3})"
)


def he_changed_object(facts: list[Fact], text: str) -> None:
    """Give a Hebrew figure that is the step of a change the object "את" marks after it (see the module docstring)."""
    for f in facts:
        n = f.number
        if n is None or not _STEP_LEAD.search(text[: n.start]):
            continue
        m = _OBJECT.match(text, n.end)
        if m is not None:
            f.counts = m.group(1)
