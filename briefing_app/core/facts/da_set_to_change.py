"""A Danish change told through "står til at" (is set to) or "får ... til at" (makes): "Regningen står til at stige
med 21 procent", "Ifølge planen står prisen til at stige med 21 procent", "Kommunens udgifter til skoler står til at
stige med fire milliarder", "Meldingen fik aktien til at falde 2,6 pct.". The infinitive of change is no noun of the
figure: what changes is the noun phrase between "står"/"fik" and "til at", else the subject before "står". Business
and EU-budget copy writes forecasts this way. Used by `figures` for Danish."""

from __future__ import annotations

import re

_CHANGE_INFINITIVES = r"stige|falde|vokse|dykke|styrtdykke|rasle\s+ned|skrumpe|øges|reduceres|mindskes"
_QUALIFIER = r"(?:(?:cirka|ca\.|omkring|godt|knap|næsten|over|under|mere\s+end|mindre\s+end|op\s+mod|hele)\s+)?"

# "står"/"stod"/"fik"/"får", the noun phrase (maybe none) and "til at", the infinitive of change, its "med" and a bound.
_SET_TO = re.compile(
    r"\b(?:står|stod|fik|får)\s+(?P<np>(?:[\wæøåÆØÅ'’-]+\s+){0,4}?)til\s+at\s+"
    rf"(?:{_CHANGE_INFINITIVES})\s+(?:med\s+)?{_QUALIFIER}$"
)
_ARTICLES = frozenset("den det de en et sin sit sine deres".split())
# Words between the verb and "til at" that are no noun phrase ("står nu til at", "står dermed til at").
_ADVERBS = frozenset("nu dermed derfor dog også igen altså således allerede ikke stadig fortsat".split())
_PRONOUNS = frozenset("den det de han hun man vi jeg du der som dem ham hende os".split())
_PREPOSITIONS = frozenset("i på for til med fra af ved om under over efter hos".split())


def _subject_before(before: str) -> str | None:
    """The noun phrase opening the clause that ends in `before` ("Danmarks årlige bidrag til EU"), cut at its first
    preposition, when it is no pronoun and no adverbial."""
    clause = re.split(r"[,;:()\"“”»«]|\s[-–]\s", before)[-1]
    words = re.findall(r"[\wæøåÆØÅ'’-]+", clause)
    cut = next((k for k, w in enumerate(words) if k and w.lower() in _PREPOSITIONS), len(words))
    words = words[:cut]
    if words and words[0].lower() in _ARTICLES and len(words) > 1:
        words = words[1:]
    if not words or len(words) > 4 or words[0].lower() in _PRONOUNS or words[0].lower() in _PREPOSITIONS:
        return None
    return " ".join(words)


def da_set_to_change(before: str) -> str | None:
    """What a Danish figure after "står/fik ... til at stige/falde (med)" counts (see the docstring), else None."""
    m = _SET_TO.search(before)
    if m is None:
        return None
    words = [w for w in m.group("np").split() if w.lower() not in _ADVERBS]
    if words and words[0].lower() in _ARTICLES and len(words) > 1:
        words = words[1:]
    if words:
        return None if words[0].lower() in _PRONOUNS else " ".join(words)
    return _subject_before(before[: m.start()])
