"""From a file to a `Briefing`: read, segment, detect, translate. No Qt, no network.

The GUI and the CLI are two thin callers of these functions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing_app.core import detection, segmentation
from briefing_app.core.briefing import Briefing, PackRef, TargetTranslation, TranslatedSentence
from briefing_app.core.documents import read_article
from briefing_app.core.errors import DocumentError, PackMissingError
from briefing_app.core.facts import extract_facts, render_facts
from briefing_app.core.fidelity import check_target
from briefing_app.core.glossary import Glossary, Protected, protect, restore
from briefing_app.core.model import ArticleText, Document, LanguageGuess, Paragraph, Sentence
from briefing_app.core.ocr_checks import mark_uncertain_facts, uncertain_number_checks
from briefing_app.core.progress import CancelToken, ProgressCallback, no_progress
from briefing_app.core.translation.engine import Route, SentenceResult, TranslationEngine
from briefing_app.core.translation.memory import TranslationMemory

# A paragraph is translated from its own language only when detection is this sure of it;
# otherwise it follows the article's language.
PARAGRAPH_LANGUAGE_CONFIDENCE = 0.9


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except OSError as err:
        raise DocumentError(path, err.strerror or str(err)) from None
    return digest.hexdigest()


def load_document(
    path: Path,
    *,
    language: str | None = None,
    max_sentence_chars: int = segmentation.DEFAULT_MAX_CHARS,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> Document:
    """Read an article file into a segmented, language-tagged `Document`.

    `language` overrides detection for the whole article ("auto" or None detects). Reading reports
    progress per megabyte; `cancel` is checked while reading, detecting and segmenting.
    """
    path = Path(path)
    article = read_article(path, progress=progress, cancel=cancel, language=language)
    return build_document(
        article, sha256=article.sha256, language=language, max_sentence_chars=max_sentence_chars, cancel=cancel
    )


def build_document(
    article: ArticleText,
    *,
    sha256: str | None = None,
    language: str | None = None,
    max_sentence_chars: int = segmentation.DEFAULT_MAX_CHARS,
    cancel: CancelToken | None = None,
) -> Document:
    if cancel is not None:
        cancel.raise_if_cancelled()
    texts = [block.text for block in article.blocks]
    if language and language != "auto":
        whole = detection.override(language)
        per_paragraph = [whole] * len(texts)
    else:
        whole, per_paragraph = detection.detect_article(texts, cancel)
    paragraphs: list[Paragraph] = []
    next_index = 0
    for p_index, (block, guess) in enumerate(zip(article.blocks, per_paragraph, strict=True)):
        if cancel is not None:
            cancel.raise_if_cancelled()
        spans = segmentation.segment(block.text, guess.code, max_sentence_chars)
        sentences = []
        for start, end in spans:
            sentences.append(Sentence(next_index, p_index, start, end, block.text[start:end].strip()))
            next_index += 1
        paragraphs.append(Paragraph(p_index, block.text, block.kind, sentences, guess, ocr=block.ocr))
    return Document(
        path=article.path,
        sha256=article.sha256 if sha256 is None else sha256,
        format=article.format,
        title=article.title,
        paragraphs=paragraphs,
        language=whole,
        metadata=dict(article.metadata),
        ocr=article.ocr,
    )


def with_language(document: Document, language: str) -> Document:
    """The same document with its language set by the user (the GUI's override)."""
    guess = detection.override(language)
    for paragraph in document.paragraphs:
        paragraph.language = guess
    document.language = guess
    return document


def source_groups(document: Document, engine: TranslationEngine) -> dict[str, list[int]]:
    """Sentence indexes grouped by the language each is translated from.

    A paragraph confidently detected in another language than the article's (a quoted statement
    in English inside a Danish article) is translated from its own language when a route exists
    for it to every target; otherwise it follows the article.
    """
    groups: dict[str, list[int]] = {}
    for paragraph in document.paragraphs:
        code = document.language.code
        guess: LanguageGuess | None = paragraph.language
        if (
            guess is not None
            and not document.language.overridden
            and guess.code != code
            and guess.confidence >= PARAGRAPH_LANGUAGE_CONFIDENCE
        ):
            code = guess.code
        groups.setdefault(code, []).extend(s.index for s in paragraph.sentences)
    return groups


def translate_document(
    document: Document,
    targets: Sequence[str],
    engine: TranslationEngine,
    *,
    app_version: str,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    on_result: Callable[[str, int, str], None] | None = None,
    glossary: Glossary | None = None,
    memory: TranslationMemory | None = None,
) -> Briefing:
    """Translate every sentence into every target and return the briefing, with facts and checks.

    `glossary` terms are protected from the model and restored in their required rendering. A
    sentence the analyst corrected before (`memory`, same route and source sentence) takes that
    correction ahead of the model's text, marked as coming from the memory.

    Raises PackMissingError (naming the pair) before any translation starts when the article's
    language cannot reach a target; `on_result(target, sentence_index, text)` streams sentences.
    """
    cancel = cancel or CancelToken()
    sentences = document.sentences
    main_language = document.language.code
    groups = source_groups(document, engine)
    plans: dict[str, dict[str, Route]] = {}
    for source, indexes in list(groups.items()):
        try:
            plans[source] = {t: engine.route(source, t) for t in targets}
        except PackMissingError:
            if source == main_language:
                raise
            groups.setdefault(main_language, []).extend(indexes)  # fall back to the article's language
            del groups[source]
    if main_language in groups and main_language not in plans:
        plans[main_language] = {t: engine.route(main_language, t) for t in targets}

    remembered = _remembered(memory, sentences, groups, targets)
    total_sentences = sum(len(ix) for ix in groups.values())
    per_target: dict[str, list[SentenceResult | None]] = {t: [None] * len(sentences) for t in targets}
    finished = 0
    for source, indexes in groups.items():
        ordered = sorted(indexes)
        protected = [protect(sentences[i].text, glossary) for i in ordered]
        group_texts = [p.text for p in protected]
        base = finished

        def group_progress(done: int, total: int, message: str, base: int = base, n: int = len(ordered)) -> None:
            # Scale this group's progress into the document's.
            fraction = done / total if total else 1.0
            progress(base + round(fraction * n), total_sentences, message)

        def group_result(
            target: str, i: int, text: str, ordered: list[int] = ordered, p: list[Protected] = protected
        ) -> None:
            if on_result:
                index = ordered[i]
                on_result(target, index, remembered.get((target, index)) or restore(text, p[i], target))

        results = engine.translate_many(
            group_texts,
            source,
            list(targets),
            progress=group_progress,
            cancel=cancel,
            on_result=group_result,
            routes=plans[source],
        )
        for target, target_results in results.items():
            for position, result, guard in zip(ordered, target_results, protected, strict=True):
                per_target[target][position] = SentenceResult(
                    restore(result.text, guard, target),
                    result.score,
                    restore(result.pivot_text, guard, "en") if result.pivot_text is not None else None,
                    result.truncated,
                )
        finished += len(ordered)

    target_translations = []
    for target in targets:
        routes = [plans[source][target] for source in groups]
        packs: list[PackRef] = []
        for route in routes:
            for leg in route.legs:
                ref = leg.ref()
                if ref not in packs:
                    packs.append(ref)
        main_route = plans.get(main_language, {}).get(target) or routes[0]
        translated = []
        for sentence, maybe in zip(sentences, per_target[target], strict=True):
            assert maybe is not None  # every sentence belongs to exactly one source group
            result = maybe
            human = remembered.get((target, sentence.index))
            translated.append(
                TranslatedSentence(
                    index=sentence.index,
                    paragraph=sentence.paragraph,
                    source=sentence.text,
                    translation=human if human is not None else result.text,
                    pivot_text=result.pivot_text,
                    score=result.score,
                    truncated=result.truncated,
                    origin="memory" if human is not None else "model",
                    machine=result.text if human is not None else None,
                )
            )
        target_translations.append(
            TargetTranslation(language=target, packs=packs, sentences=translated, pivot=main_route.pivot)
        )
    briefing = Briefing(document=document, targets=target_translations, app_version=app_version)
    add_facts_and_checks(briefing, glossary)
    return briefing


def _remembered(
    memory: TranslationMemory | None, sentences: list[Sentence], groups: dict[str, list[int]], targets: Sequence[str]
) -> dict[tuple[str, int], str]:
    """The memory's translations, by (target, sentence index), for the route each sentence takes."""
    if memory is None:
        return {}
    found: dict[tuple[str, int], str] = {}
    for source, indexes in groups.items():
        texts = [sentences[i].text for i in indexes]
        for target in targets:
            for position, text in memory.get_many(source, target, texts).items():
                found[(target, indexes[position])] = text
    return found


def english_text(briefing: Briefing) -> list[str] | None:
    """The English of every sentence when the source is not English: an English target, else the
    pivot text of a route through English. None when there is none, or only a demo pack made it."""
    doc = briefing.document
    if doc.language.code == "en":
        return None
    for target in briefing.targets:
        if target.language == "en" and not target.demo:
            return [s.translation for s in target.sentences]
    for target in briefing.targets:
        first_leg_demo = any(p.demo for p in target.packs if p.target == "en")
        if target.pivot == "en" and not first_leg_demo and all(s.pivot_text is not None for s in target.sentences):
            return [s.pivot_text or "" for s in target.sentences]
    return None


def add_facts_and_checks(briefing: Briefing, glossary: Glossary | None = None) -> None:
    """(Re)compute the briefing's key facts (rendered in every target) and fidelity checks."""
    briefing.facts = extract_facts(briefing.document, english_text(briefing))
    render_facts(briefing.facts, briefing.targets)
    briefing.checks = [c for t in briefing.targets for c in check_target(briefing.document, t, glossary)]
    # Digits OCR was unsure of are a note, not silence (only documents read from images have any).
    briefing.checks += [c for t in briefing.targets for c in uncertain_number_checks(briefing.document, t)]
    mark_uncertain_facts(briefing.facts, briefing.document)
