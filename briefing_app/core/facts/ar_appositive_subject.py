"""A subject named first, set off by an apposition between commas, then its verb of saying: "وكان X Y، نجل
الداعية Z، غرّد أمس:", "X Y، رئيس الجمعية، قال في بيان:" (subject-verb order, as translated and feature copy
writes it). The bare verb's speaker was taken to be the person named last, who is the one the apposition
mentions (Z), never the subject."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_ar_words import _ar_is_given, _transliterated
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# Sentence start (or after "had" of the pluperfect), the subject of one to four words, the apposition between
# commas (no clause of its own: no verb of saying, no colon or mark), then "قد" and the verb, and at most a short
# adjunct of time, place or medium before the colon (no "that": "قال إن" reports, it names no one after).
_APPOSED = re.compile(
    r"(?:^|[.!?؟]\s+)(?:[وف]?كان(?:ت)?\s+)?([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,3})\s*[،,]\s*"
    r"([^،,.!?؟:«»\"“”]{3,90}?)\s*[،,]\s*(?:قد\s+)?"
    rf"({AR_ANY_SPEECH})(?![\u0600-\u06ff])([^،,.!?؟:«»\"“”]{{0,60}})\s*:?\s*$"
)
_THAT = re.compile(r"(?<![\u0600-\u06ff])(?:أن|إن|ان|بأن|أنه|إنه|أنها|إنها)(?![\u0600-\u06ff])")


def appositive_subject(before: str) -> str | None:
    """The subject named before an apposition and its verb of saying, as the words before a quote write it;
    None for any other shape. The subject must open with a given or transliterated name."""
    text = before.replace("\u0651", "")  # (the shadda of "غرّد" is no part of the verb's spelling in the lists)
    m = _APPOSED.search(text)
    if m is None or _THAT.search(m.group(4)) or _THAT.search(m.group(2)):
        return None
    name = m.group(1).split()
    first = name[0][1:] if name[0].startswith("و") and len(name[0]) > 3 else name[0]
    if not (_ar_is_given(first) or _transliterated(first)):
        return None
    if re.search(AR_ANY_SPEECH, m.group(2)):
        return None  # the apposition reports words of its own
    return " ".join(name)


# A sentence credited to a source at its start, "ووفقاً للشبكة، فقد ...، مؤكدة أن «...»": the source, with the
# article written as "لل".
_CREDITED_OPENING = re.compile(
    r"^\s*[وف]?(?:وفق|وفقا|وفقاً|بحسب|حسب|طبقا|طبقاً)\s+لل([\u0621-\u064a]{3,})(?![\u0621-\u064a])"
)


def credited_opening(clause: str, bodies: list[str]) -> str | None:
    """The body a sentence credits at its start ("ووفقاً للشبكة، ..."), whose participle of saying later in the
    sentence ("مؤكدة أن") has no subject of its own: the article's body opening with that noun, else None."""
    m = _CREDITED_OPENING.match(clause)
    if m is None:
        return None
    noun = "ال" + m.group(1)
    named = [b for b in bodies if b == noun or b.startswith(noun + " ")]
    return min(named, key=len) if named else None
