"""The object of a verb a time lag measures: "is expected to issue its preliminary report | three to five days after
the commission releases results". A span before "after"/"before"/"later"/"earlier" dates the deed the verb and
its object name, and news keys such a span on the object ("report") as often as on the verb; the verb alone
("issue") names no thing. English only; run where `figures` adds the event verb to a duration.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, PHRASE_ENDS

# The lag's relation after the span's unit: "three to five days | after", "two weeks | later".
_LAG_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:after|before|later|earlier|ahead\s+of)\b")
_DETERMINERS = {"its", "his", "her", "their", "our", "the", "a", "an", "this", "that", "these", "those"}


def verb_with_object(text: str, verb: str, start: int, end: int) -> str:
    """`verb` with the object noun phrase between it and a time lag (a figure from `start` to `end`): "issue its
    preliminary report"; `verb` alone when the span is no lag or the words between are no plain noun phrase."""
    if not _LAG_AFTER.match(text, end):
        return verb
    at = text.rfind(verb, 0, start)
    if at < 0:
        return verb
    words = text[at + len(verb) : start].split()
    if not 1 <= len(words) <= 4 or not all(re.fullmatch(r"[a-z][\w'’-]*", w) for w in words):
        return verb
    content = [w for w in words if w not in _DETERMINERS]
    if not content or any(w in EN_STOP or w in PHRASE_ENDS for w in content) or content[-1].endswith("ly"):
        return verb  # (an adverb or a preposition between: "left quietly two days after", "arrived in Rome")
    return f"{verb} {' '.join(words)}"
