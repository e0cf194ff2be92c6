"""The subject of a Danish clause whose figure the reader of the words before it left with a verb in its reading:
"Villaer og rækkehuse i Danmark blev i gennemsnit handlet for 17.491 kroner per kvadratmeter" ("gennemsnit handlet"),
"Huset blev solgt for 2,5 millioner kroner" ("Huset blev solgt"), and with the verb second after a fronted adverbial,
"I praksis hedder den nedre grænse 1000 kroner per borger" ("nedre grænse hedder"). The noun phrase before the
finite verb (less a place after it), or after the verb when an adverbial opens the clause, is what the figure is of.
Used by `figures` for Danish."""

from __future__ import annotations

import re

# Finite verbs (and copulas) that stand second in a Danish clause of a figure.
_FINITE = frozenset(
    "blev bliver er var har havde lå ligger hedder hed endte ender kostede koster udgør udgjorde landede lander "
    "steg stiger faldt falder beløber nåede når".split()
)
# Adverbials that open a clause before the verb (the verb then precedes its subject).
_OPENERS = frozenset(
    "i på med efter under om til fra ved før inden nu derfor så her senere tidligere siden dermed herefter "
    "samtidig sidste først endelig".split()
)
_PREPOSITIONS = frozenset("i på for til med fra af ved om under over efter hos".split())
_ARTICLES = frozenset("den det de en et".split())
_SUBORDINATORS = frozenset("at som hvis når fordi om mens selvom end".split())
_PRONOUNS = frozenset("den det de han hun man vi jeg du der som hvilket".split())


def _needs_subject(counts: str | None) -> bool:
    """Whether a reading is no noun phrase: empty, a base of a rate alone ("pr. borger"), or holding a finite verb."""
    if not counts:
        return True
    outside = re.sub(r"\([^()]*\)", " ", counts).lower().split()
    return not outside or any(w in _FINITE for w in outside) or outside[0] in ("gennemsnit", "snit", "pr.", "per")


def da_clause_subject(before: str, counts: str | None) -> str | None:
    """`counts`, or the subject of the clause of the figure when `counts` names no noun (see the docstring); the
    base of a rate read before it ("(pr. kvadratmeter)") is kept."""
    if not _needs_subject(counts):
        return counts
    clause = re.split(r"(?<!\d),|,(?!\d)|[;:()\"“”»«]|\s[-–]\s|\shvor\s|\sda\s", before)[-1]
    words = re.findall(r"[\wæøåÆØÅ.-]+", clause)
    finite = next((k for k, w in enumerate(words) if w.lower() in _FINITE), None)
    if finite is None:
        return counts
    if finite and (words[0].lower() in _OPENERS or words[0].lower() in _PREPOSITIONS) and finite <= 3:
        # "I praksis hedder | den nedre grænse | 1000 kroner": the subject after the verb, to a preposition
        subject = []
        for w in words[finite + 1 :]:
            if w.lower() in _PREPOSITIONS or re.search(r"\d", w):
                break
            subject.append(w)
        if subject and subject[0].lower() in _ARTICLES and len(subject) > 1:
            subject = subject[1:]
    else:
        subject = words[:finite]
        cut = next((k for k, w in enumerate(subject) if k and w.lower() in _PREPOSITIONS), None)
        subject = subject[:cut]  # "Villaer og rækkehuse | i Danmark": the place after the noun
        if len(subject) > 1 and subject[0].lower() in _ARTICLES:
            subject = subject[1:]  # "Den nedre grænse hedder": its article
    if not subject or len(subject) > 5 or subject[0].lower() in _PRONOUNS or subject[0].lower() in _OPENERS:
        return counts
    if any(re.search(r"\d", w) or w.lower() in _SUBORDINATORS for w in subject):
        # ("vurdering, at der blev meldt besparelser på ...": a clause of "that", no noun phrase before its verb)
        return counts  # "... på 3,9 procent og | var ... på 2,7": another figure's clause, not a subject
    base = re.search(r"\((pr\.\s+[^()]+)\)\s*$|^(pr\.\s+\S+)$", counts or "")
    rate = (base.group(1) or base.group(2)) if base else None
    named = " ".join(subject)
    return f"{named} ({rate})" if rate else named
