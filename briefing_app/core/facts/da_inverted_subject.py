"""The named subject of a short Danish narration sentence in verb-second order, standing right after its verb at
the sentence's end: "Også det kritiserer Ghita Holm.", "Det bekræfter Jens Holm." A dash paragraph that names no
speaker after such a sentence is that person's words (the sentence said what they think or say)."""

from __future__ import annotations

import re

# one to four words before the verb (an object or adverbial fronted: "Også det", "Det", "Heller ikke det"), a
# present or past tense verb, then a full name of two to four capitalised words and the full stop
_INVERTED = re.compile(
    r"^(?:[A-ZÆØÅa-zæøå]+\s+){1,4}?([a-zæøå]{3,}(?:er|ede|te))\s+"
    r"((?:[A-ZÆØÅ][\w'’-]+\s+){1,3}[A-ZÆØÅ][\w'’-]+)\s*\.$"
)
# the words before the verb hold no subject of their own (a pronoun or a name before the verb would be the subject,
# the name after it an object: "I går mødte han Jens Holm.")
_OWN_SUBJECT = re.compile(r"\b(?:han|hun|de|vi|jeg|man|den|[A-ZÆØÅ][a-zæøå]+\s+[A-ZÆØÅ])\b")


def inverted_subject(text: str) -> str | None:
    """The name ending a short verb-second narration sentence right after its verb, or None."""
    m = _INVERTED.match(text.strip())
    if m is None or re.search(r"[\"“”«»„:]", text):
        return None
    before = text[: m.start(1)]
    if _OWN_SUBJECT.search(before) or len(text.split()) > 8:
        return None
    return m.group(2)
