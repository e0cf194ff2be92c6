"""The work the window hands to `workers.TaskRunner`: thin wrappers around the core functions.

Each function here builds a task (`fn(context) -> value`) and imports the core lazily, so showing
the window never imports the translation engine's native libraries (ctranslate2): they load on
the translator thread the first time a sentence is translated.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app import __version__
from briefing_app.core.model import ArticleText, BlockKind, TextBlock
from briefing_app.ui.workers import TaskContext

if TYPE_CHECKING:
    from briefing_app.core.briefing import Briefing
    from briefing_app.core.glossary import Glossary
    from briefing_app.core.model import Document
    from briefing_app.core.translation.engine import EngineSettings, TranslationEngine
    from briefing_app.core.translation.memory import TranslationMemory

PASTED_NAME = "pasted-article.txt"


class EngineHost:
    """Owns the one TranslationEngine; used only on the translator thread, so models load once.

    `reset()` may be called from the main thread after packs were installed or removed: the next
    translation then drops the models it had loaded.
    """

    def __init__(self, settings: EngineSettings | None = None) -> None:
        self._settings = settings
        self._engine: TranslationEngine | None = None
        self._root: Path | None = None
        self._stale = threading.Event()

    def reset(self) -> None:
        self._stale.set()

    def engine(self, root: Path) -> TranslationEngine:
        from briefing_app.core.translation.engine import TranslationEngine
        from briefing_app.core.translation.packs import PackStore

        if self._engine is not None and (self._stale.is_set() or self._root != root):
            self._engine.unload()
            self._engine = None
        self._stale.clear()
        if self._engine is None:
            self._engine = TranslationEngine(PackStore(root), self._settings)
            self._root = root
        return self._engine


def load_task(path: Path, language: str | None = None) -> Callable[[TaskContext], Document]:
    """Read an article; `language` (the user's choice) also picks the OCR model of a scan."""

    def run(context: TaskContext) -> Document:
        from briefing_app.core.pipeline import load_document

        # Reading a scan runs OCR a page at a time: progress per page, and the user can stop it.
        return load_document(path, language=language, progress=context.progress, cancel=context.cancel)

    return run


def pasted_article(text: str, folder: Path | None = None) -> ArticleText:
    """An article from pasted text: the first line is the headline, each other line a paragraph."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    title = lines[0] if lines else ""
    blocks = [TextBlock(title, BlockKind.HEADING)] + [TextBlock(line) for line in lines[1:]]
    return ArticleText(path=(folder or Path.cwd()) / PASTED_NAME, format="txt", title=title, blocks=blocks)


def paste_task(text: str) -> Callable[[TaskContext], Document]:
    def run(context: TaskContext) -> Document:
        from briefing_app.core.errors import EmptyDocumentError
        from briefing_app.core.pipeline import build_document

        article = pasted_article(text)
        if not article.blocks or not article.title:
            raise EmptyDocumentError(article.path, "the pasted text is empty")
        return build_document(article)

    return run


def translate_task(
    host: EngineHost,
    root: Path,
    document: Document,
    targets: Sequence[str],
    glossary: Glossary | None = None,
    memory: TranslationMemory | None = None,
) -> Callable[[TaskContext], Briefing]:
    """Translate on the translator thread; each sentence is reported as `(target, index, text)`.

    The user's `glossary` protects its terms and is checked after translation (the briefing's checks).
    """

    def run(context: TaskContext) -> Briefing:
        from briefing_app.core.pipeline import translate_document

        return translate_document(
            document,
            list(targets),
            host.engine(root),
            app_version=__version__,
            glossary=glossary,
            memory=memory,
            progress=context.progress,
            cancel=context.cancel,
            on_result=lambda target, index, text: context.partial((target, index, text)),
        )

    return run


def export_task(briefing: Briefing, path: Path, name: str = "pdf") -> Callable[[TaskContext], Path]:
    """Write `briefing` as format `name` (pdf, docx, html, json) to `path`."""

    def run(context: TaskContext) -> Path:
        from briefing_app.export.formats import export_as

        export_as(briefing, path, name)
        return path

    return run
