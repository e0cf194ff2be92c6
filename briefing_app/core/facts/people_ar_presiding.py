"""Who presides over an Arabic court: "عقدت الجلسة برئاسة المستشار X" (the session was held under the presidency
of judge X), the shape every Egyptian court report opens or closes with. X is the court's president, whom the
report then calls "رئيس المحكمة" when he speaks ("قال رئيس المحكمة للدفاع: ...")."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex, merge_roles

_PRESIDED = re.compile(
    r"(?<![\u0621-\u064a])برئاسة\s+(?:(?:المستشار|القاضي|السيد|الدكتور)\s+)?([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,3})"
)
_COURT = re.compile(r"(?<![\u0621-\u064a])(?:ال)?(?:محكمة|جلسة|الجلسة|دائرة|الدائرة|محاكمة)(?![\u0621-\u064a])")


def court_presidents(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Give the person named after "برئاسة" in a sentence about a court or its session the role "رئيس المحكمة",
    when the report names him so elsewhere (otherwise his title, المستشار, says all)."""
    if not any("رئيس المحكمة" in s.text for s in sentences):
        return
    for s in sentences:
        if _COURT.search(s.text) is None:
            continue
        for m in _PRESIDED.finditer(s.text):
            said = m.group(1)
            person = next((p for p in index.people if said.startswith(p.name) and s.index in p.sentences), None)
            if person is not None and "رئيس المحكمة" not in (person.role or ""):
                person.role = merge_roles(person.role, "رئيس المحكمة")
