"""The analyst's review of a briefing: corrected sentences, dismissed and added key facts.

A correction replaces one translated sentence in one target, keeps the model's text beside it, and
runs the fidelity checks of that sentence again at once (a corrected sentence that changes a number
is flagged like any other). Every function returns what is needed to undo it.
"""

from __future__ import annotations

from dataclasses import replace

from briefing_app.core.briefing import AddedFact, Briefing, TargetTranslation, TranslatedSentence
from briefing_app.core.facts.model import Fact, Rendering
from briefing_app.core.fidelity import check_target
from briefing_app.core.glossary import Glossary


def corrected(previous: TranslatedSentence, text: str) -> TranslatedSentence:
    """`previous` with the analyst's `text`; typing the model's own text back undoes the mark."""
    machine = previous.machine if previous.machine is not None else previous.translation
    if text == machine:
        return replace(previous, translation=text, origin="model", machine=None)
    return replace(previous, translation=text, origin="analyst", machine=machine)


def put_sentence(
    briefing: Briefing, language: str, sentence: TranslatedSentence, glossary: Glossary | None
) -> TranslatedSentence:
    """Put `sentence` in place in target `language`, recheck it and return the sentence it replaced."""
    target = briefing.target(language)
    position = next(n for n, s in enumerate(target.sentences) if s.index == sentence.index)
    old = target.sentences[position]
    target.sentences[position] = sentence
    one = TargetTranslation(language=target.language, packs=target.packs, sentences=[sentence], pivot=target.pivot)
    fresh = check_target(briefing.document, one, glossary)
    kept = [c for c in briefing.checks if not (c.target == language and c.sentence == sentence.index)]
    # Keep the briefing's order: by target as listed, then by sentence.
    order = {t.language: n for n, t in enumerate(briefing.targets)}
    briefing.checks = sorted(kept + fresh, key=lambda c: (order.get(c.target, len(order)), c.sentence))
    for fact in briefing.facts + briefing.dismissed_facts:
        if fact.sentence == sentence.index and language in fact.renderings:
            fact.renderings[language] = Rendering(sentence.translation, fact.renderings[language].figure)
    return old


def correct_sentence(
    briefing: Briefing, language: str, index: int, text: str, glossary: Glossary | None = None
) -> TranslatedSentence:
    """The analyst rewrote sentence `index` of `language`; returns the previous sentence (for undo)."""
    target = briefing.target(language)
    previous = next(s for s in target.sentences if s.index == index)
    put_sentence(briefing, language, corrected(previous, text.strip()), glossary)
    return previous


def dismiss_fact(briefing: Briefing, fact: Fact) -> None:
    """Take a wrong fact out of the panel and the exports; the JSON keeps it under dismissed_facts."""
    briefing.facts = [f for f in briefing.facts if f is not fact]
    if fact not in briefing.dismissed_facts:
        briefing.dismissed_facts.append(fact)


def restore_fact(briefing: Briefing, fact: Fact) -> None:
    briefing.dismissed_facts = [f for f in briefing.dismissed_facts if f is not fact]
    if fact not in briefing.facts:
        briefing.facts.append(fact)
        briefing.facts.sort(key=lambda f: f.sentence)


def add_fact(briefing: Briefing, sentence: int, text: str | None = None) -> AddedFact:
    """Make sentence `sentence` (or the part `text` of it) a key fact the extractor missed."""
    source = next((s.text for s in briefing.document.sentences if s.index == sentence), "")
    fact = AddedFact(sentence, (text or source).strip())
    if fact not in briefing.added_facts:
        briefing.added_facts.append(fact)
    return fact


def remove_added_fact(briefing: Briefing, fact: AddedFact) -> None:
    briefing.added_facts = [f for f in briefing.added_facts if f != fact]


def corrections(briefing: Briefing) -> list[tuple[str, TranslatedSentence]]:
    """Every sentence the analyst corrected, with its target language."""
    return [(t.language, s) for t in briefing.targets for s in t.sentences if s.origin == "analyst"]


# How exports and the window mark a sentence that is not the model's own text.
ORIGIN_NOTES = {"analyst": "corrected by the analyst", "memory": "from your translation memory"}


def origin_note(sentence: TranslatedSentence) -> str:
    return ORIGIN_NOTES.get(sentence.origin, "")
