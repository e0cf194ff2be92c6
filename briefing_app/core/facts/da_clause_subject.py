"""The subject of a Danish clause whose figure the reader of the words before it left with a verb in its reading:
"Villaer og rækkehuse i Danmark blev i gennemsnit handlet for 17.491 kroner per kvadratmeter" ("gennemsnit handlet"),
"Huset blev solgt for 2,5 millioner kroner" ("Huset blev solgt"), and with the verb second after a fronted adverbial,
"I praksis hedder den nedre grænse 1000 kroner per borger" ("nedre grænse hedder"). The noun phrase before the
finite verb (less a place after it), or after the verb when an adverbial opens the clause, is what the figure is of.
Used by `figures` for Danish."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import DA_WEEKDAYS

# Finite verbs (and copulas) that stand second in a Danish clause of a figure.
_FINITE = frozenset(
    "blev bliver er var har havde lå ligger hedder hed endte ender kostede koster udgør udgjorde landede lander "
    "steg stiger faldt falder beløber nåede når".split()
)
# Adverbials that open a clause before the verb (the verb then precedes its subject).
_OPENERS = frozenset(
    "i på med efter under om til fra ved før inden nu derfor så her senere tidligere siden dermed herefter "
    "samtidig sidste først endelig".split()
) | frozenset(DA_WEEKDAYS)  # ("Onsdag aften kostede en kasse æbler 40 kr.": a day opens the clause too)
_PREPOSITIONS = frozenset("i på for til med fra af ved om under over efter hos".split())
_ARTICLES = frozenset("den det de en et".split())
_SUBORDINATORS = frozenset("at som hvis når fordi om mens selvom end".split())
_PRONOUNS = frozenset("den det de han hun man vi jeg du der som hvilket".split())


# Nouns of a price whose "på" names what is priced ("Prisen på en kasse æbler er 40 kr.").
_PRICE_HEADS = frozenset("prisen priserne kursen værdien".split())
# Words of a time of day or week alone ("onsdag aften", "i morges"): when a figure is told, not what it is of.
_TIME_ONLY = frozenset(DA_WEEKDAYS) | frozenset(
    "morgen morges formiddag eftermiddag aften aftes nat middag i dag går".split()
)


def _needs_subject(counts: str | None) -> bool:
    """Whether a reading is no noun phrase: empty, a base of a rate alone ("pr. borger"), holding a finite verb, or
    only a time ("onsdag aften", read before "på" in "Prisen ligger onsdag aften på 40 kr.")."""
    if not counts:
        return True
    outside = re.sub(r"\([^()]*\)", " ", counts).lower().split()
    return (
        not outside
        or any(w in _FINITE for w in outside)
        or outside[0] in ("gennemsnit", "snit", "pr.", "per")
        or all(w in _TIME_ONLY for w in outside)
    )


# A modal verb and the infinitive of level a reading may be left with ("at fremmødet kan nå op på 60 procent":
# "nå"); the modal is the clause's finite verb, its subject before it. (A verb with a content of its own stays:
# "Fonden vil bidrage med 3 mio. kr." counts a contribution, not "Fonden".)
_MODALS = frozenset("kan kunne vil ville skal skulle må måtte".split())
_LEVEL_INFINITIVES = frozenset("nå ligge lande ende stige falde vokse blive være udgøre runde koste beløbe".split())


def _only_infinitive_after_modal(before: str, counts: str | None) -> bool:
    """Whether a reading is one word, the infinitive right after a modal in the words before the figure."""
    if not counts or " " in counts.strip() or counts.lower() not in _LEVEL_INFINITIVES:
        return False
    words = re.findall(r"[\wæøåÆØÅ]+", before.lower())
    return any(w in _MODALS and words[k + 1] == counts.lower() for k, w in enumerate(words[:-1]))


def da_clause_subject(before: str, counts: str | None) -> str | None:
    """`counts`, or the subject of the clause of the figure when `counts` names no noun (see the docstring); the
    base of a rate read before it ("(pr. kvadratmeter)") is kept."""
    modal = _only_infinitive_after_modal(before, counts)
    if not modal and not _needs_subject(counts):
        return counts
    parts = re.split(r"(?<!\d),|,(?!\d)|[;:()\"“”»«]|\s[-–]\s|\shvor\s|\sda\s", before)
    words = re.findall(r"[\wæøåÆØÅ.-]+", parts[-1])
    if len(parts) == 3 and words and words[0].lower() in _FINITE and len(parts[1].split()) <= 3:
        # ("Prisen på en kasse æbler, Ingrid Marie, ligger onsdag på 40 kr.": a name set off between the subject
        # and its verb; the subject is the part before the name)
        words = re.findall(r"[\wæøåÆØÅ.-]+", parts[0]) + words
    if words[:1] in (["og"], ["men"]):
        words = words[1:]  # ("..., og onsdag kostede en kasse æbler 40 kr.": a main clause joined by "og")
    if modal and words[:1] == ["at"]:
        words = words[1:]  # ("venter, at fremmødet kan nå op på": a clause of "that" has its subject first)
    finite = next((k for k, w in enumerate(words) if w.lower() in _FINITE or (modal and w.lower() in _MODALS)), None)
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
        priced = cut == 1 and subject[0].lower() in _PRICE_HEADS and subject[1].lower() == "på"
        # "Villaer og rækkehuse | i Danmark": the place after the noun; but "Prisen på en kasse æbler": the price
        # and what it is the price of, no article
        subject = [w for w in subject if w.lower() not in _ARTICLES][:5] if priced else subject[:cut]
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
