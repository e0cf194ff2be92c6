"""A Hebrew statement's quote taken up again after narration: 'המשטרה פרסמה הודעה: "...". <a sentence of what
happened>. עוד נמסר: "..."' (it was further stated). The passive has no subject of its own and points back at the
statement, so the quote is its issuer's, not the last person or body the narration between named (the narration
often names a unit or a place, and the words of the statement itself name many more)."""

from __future__ import annotations

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.quotes_he import _FURTHER_PASSIVE

# How far back the statement's last sentence may lie: two sentences of narration between it and "עוד נמסר".
_REACH = 3


def statement_goes_on(out: list[Fact], first: int, lead: str, texts: dict[int, str]) -> str | None:
    """The speaker of the last quote when `lead` (the words before this quote) closes with "עוד נמסר:" and that
    quote ended at most `_REACH` sentences before sentence `first` with no other quote between; else None."""
    if _FURTHER_PASSIVE.search(lead.rstrip(' "“„״')) is None:
        return None
    last = out[-1] if out else None
    if last is None or last.kind != "quote" or not last.speaker:
        return None
    end = (last.sentences or [last.sentence])[-1]
    if not 0 < first - end <= _REACH:
        return None
    # (a sentence between that opens a quote of its own, one the readers left out, breaks the statement)
    if any(texts.get(i, "").lstrip()[:1] in '"“„״' for i in range(end + 1, first)):
        return None
    return last.speaker
