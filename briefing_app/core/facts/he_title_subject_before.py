"""Hebrew news gives an official's words by office alone: "שר האוצר אמר אחרי ההצבעה כי הגירעון יעמוד על 2.8%.
"לא נחרוג מהיעד", אמר." The reader of a bare verb takes the last person named, who in such copy is someone
else (the committee chair quoted a paragraph before). When the sentence just before the quote opens with a title
and names nobody, and the quote's own clause is empty, the office speaks (or the one person the article gives
that office, when it named them)."""

from __future__ import annotations

import re
from typing import Any

from briefing_app.core.facts.speakers_rtl import he_title_opening, office_holder

# The bare verb after the closing mark and its sex ('", אמר.' / '", אמרה בתום הפגישה.')
_BARE_VERB = re.compile(
    r"[\"”״]\s*[,.]?\s*[–—-]?\s*ו?(?:הוסיף|הוסיפה|אמר|אמרה|ציין|ציינה|הדגיש|הדגישה|טען|טענה)(?![\u05d0-\u05ea])"
)


def title_subject_before(sp: Any, sentence: int, within: str) -> str | None:
    """The office that opens the sentence before this bare-verb quote and names no one, or None."""
    if re.search(r"[\u05d0-\u05ea]", within):
        return None
    text = sp.text.get(sentence, "")
    verb = _BARE_VERB.search(text)
    if verb is None:
        return None
    if any(sentence - 1 in p.sentences for p in sp.people.people):
        return None  # (the sentence before names someone: they are the subject the verb goes back to)
    title = he_title_opening(sp, sentence, "")
    if title is None:
        return None
    head = title.split()[0].removeprefix("ו").removeprefix("ה")
    feminine_title = head.endswith(("ה", "ית", "ת")) and head not in ("ראש",)
    feminine_verb = verb.group(0).rstrip().endswith("ה")
    if feminine_title != feminine_verb:
        return None
    return office_holder(sp, title)
