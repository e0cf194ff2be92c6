"""A Hebrew body's kind in the construct state, then its own name: "חברת הצעצועים מטאל", "חברת ההייטק X", "חברת
האבטחה G1". The kind with the article ("the toy company") only describes; the word right after it is the name,
in apposition (a definite construct chain takes no bare noun after it). The kind alone stays a body when nothing
name-shaped follows ("חברת החשמל הודיעה": a verb; "חברת החשמל." the name itself)."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_he_base import _HE_NOT_NAME, _he_head_at, he_given
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_he_phrases import adjunct_word
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

# A kind head and one definite noun, the whole of what the head finder read ("חברת הצעצועים").
_KIND = re.compile(r"(?:חברת|קרן|רשת|קבוצת|מותג|סטארט-אפ)\s+ה[\u05d0-\u05ea]{2,}")
# The next word: a Latin-script name ("G1", "Wix") or a bare Hebrew word, up to a space or a stop.
_LATIN = r"[A-Za-z](?:[\w&^-]|\.(?=\w))*"  # (a stop inside a name, "G.I", not the sentence's)
_NEXT = re.compile(
    rf"\s+({_LATIN}(?:\s+[A-Z](?:[\w&-]|\.(?=\w))*)?|[\u05d0-\u05ea][\u05d0-\u05ea'\u05f3-]+)(?=[\s,.:;]|$)"
)


# The past and present shapes of a verb right after its subject (a body's name never takes them): פיעל past
# ("פיטרה", "שילמו"), קל past ("מכרה", "כתבו"), נפעל past ("נסגרה"), a present in מ ("מודיעה", "מפטרת").
_VERB_SHAPES = re.compile(
    r"[\u05d0-\u05ea]י[\u05d0-\u05ea]{2}[הו]|[\u05d0-\u05ea]{3}[הו]|נ[\u05d0-\u05ea]{3}[הו]|מ[\u05d0-\u05ea]{2,4}[תה]"
)


def name_after_kind(text: str, start: int, end: int, name: str) -> tuple[int, int, str] | None:
    """(start, end, name) of the body's own name when `name` is a kind and a name follows it in `text`; None to
    keep `name` as it is."""
    if _KIND.fullmatch(name) is None:
        return None
    m = _NEXT.match(text, end)
    if m is None:
        return None
    word = m.group(1)
    if re.match(r"[A-Za-z]", word):
        return m.start(1), m.end(1), word  # "חברת האבטחה G1"
    conjunction = word[:1] == "ו" and word[:2] != "וו"  # (וו is a foreign W: "וויקס")
    if word[:1] == "ה" or conjunction or word in _HE_NOT_NAME or he_given(word) or _he_head_at([word], 0):
        return None  # "חברת החשמל הישראלית", "ו...", a person's given name, an office: no name of the body
    if re.fullmatch(HE_SPEECH, word) or verb_in_he(word) or _VERB_SHAPES.fullmatch(word):
        return None  # "חברת הנמלים מסרה", "פיטרה", "שילמה", "נסגרה": the clause's verb
    if word[:1] == "ל" or re.fullmatch(r"נ[\u05d0-\u05ea]{3}", word) or (word[:1] in "בכ" and adjunct_word(word)):
        return None  # "לעובדי חברת הגז להבטיח": an infinitive; "חברת הגומי נערך דיון": a passive past; "בעיר"
    if word[:1] == "ש" and (word[1:2] == "ה" or _VERB_SHAPES.fullmatch(word[1:])):
        return None  # "חברת הגומי שהודיעה", "שנסגרה": a relative clause (not "שטראוס", a name)
    return m.start(1), m.end(1), word  # "חברת הצעצועים מטאל"
