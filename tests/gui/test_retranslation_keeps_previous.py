"""A re-translation that fails or is cancelled puts the earlier finished translation back in place."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from briefing_app.core.demo_packs import cipher_text
from briefing_app.core.errors import PackMissingError
from briefing_app.ui.panes import PENDING_TEXT
from tests.gui.conftest import SEED, open_and_wait

pytestmark = pytest.mark.gui

KEPT = "the previous translation is kept"


def _stop_after(
    monkeypatch: pytest.MonkeyPatch, count: int, stop: Callable[[dict[str, Any]], None]
) -> list[tuple[str, int, str]]:
    """Make the next translations call `stop(kwargs)` on the translator thread after `count` sentences."""
    import briefing_app.core.pipeline

    real = briefing_app.core.pipeline.translate_document
    streamed: list[tuple[str, int, str]] = []

    def translate_document(*args: Any, **kwargs: Any) -> Any:
        on_result = kwargs["on_result"]

        def counting(target: str, index: int, text: str) -> None:
            on_result(target, index, text)
            streamed.append((target, index, text))
            if len(streamed) >= count:
                stop(kwargs)

        kwargs["on_result"] = counting
        return real(*args, **kwargs)

    monkeypatch.setattr(briefing_app.core.pipeline, "translate_document", translate_document)
    return streamed


def _translated(qtbot: Any, make_window: Any) -> tuple[Any, Any]:
    window = make_window(targets=["ar"])
    tab = open_and_wait(qtbot, window, SEED)
    assert tab.state == "done", window.messages.history
    assert tab.facts.fact_items(), "the seed has key facts"
    return window, tab


def _assert_previous_kept(window: Any, tab: Any, briefing: Any) -> None:
    assert tab.briefing is briefing and window.current_tab() is tab
    assert list(tab.panes) == ["ar"]
    for sentence in tab.document.sentences:
        assert tab.panes["ar"].sentence_text(sentence.index) == cipher_text(sentence.text, "en", "ar")
    assert tab.facts.briefing is briefing and tab.facts.fact_items()
    assert tab._counts == {"ar": len(tab.document.sentences)}
    assert "Translated:" in tab.header.state.text()
    assert tab.header.translate_button.isEnabled() and not tab.header.cancel_button.isEnabled()
    assert KEPT in window.messages.text


def test_failed_retranslation_keeps_the_previous_translation(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, tab = _translated(qtbot, make_window)
    briefing = tab.briefing

    def boom(_kwargs: dict[str, Any]) -> None:
        raise RuntimeError("boom in the engine")

    streamed = _stop_after(monkeypatch, 3, boom)
    with qtbot.waitSignal(tab.translationFinished, timeout=30_000) as finished:
        tab.translate()
    assert finished.args == ["failed"] and len(streamed) == 3
    _assert_previous_kept(window, tab, briefing)
    assert window.messages.level == "error" and "RuntimeError: boom in the engine" in window.messages.text
    assert window.messages.action_button.isVisible()  # the traceback is one click away
    assert window.last_failure is not None and "boom in the engine" in window.last_failure.details

    out = tmp_path / "kept.pdf"
    with qtbot.waitSignal(window.exportFinished, timeout=30_000):
        window.export_pdf(out)
    assert out.is_file()


def test_cancelled_retranslation_keeps_the_previous_translation(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, tab = _translated(qtbot, make_window)
    briefing = tab.briefing
    paused, resume = threading.Event(), threading.Event()

    def wait_for_cancel(kwargs: dict[str, Any]) -> None:
        if not paused.is_set():
            paused.set()
            resume.wait(30)
        kwargs["cancel"].raise_if_cancelled()

    _stop_after(monkeypatch, 3, wait_for_cancel)
    try:
        tab.translate()
        qtbot.waitUntil(lambda: tab._counts.get("ar", 0) >= 3, timeout=30_000)
        # While it runs, the panes show the new translation as it comes.
        assert tab.briefing is None and PENDING_TEXT in tab.panes["ar"].toPlainText()
        with qtbot.waitSignal(tab.translationFinished, timeout=30_000) as finished:
            qtbot.mouseClick(tab.header.cancel_button, Qt.MouseButton.LeftButton)
            resume.set()
    finally:
        resume.set()
    assert finished.args == ["cancelled"]
    _assert_previous_kept(window, tab, briefing)
    assert window.messages.text == "Cancelled; the previous translation is kept."


def test_retranslation_after_a_language_change_that_fails_restores_the_article(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, tab = _translated(qtbot, make_window)
    briefing, document = tab.briefing, tab.document

    def missing(_kwargs: dict[str, Any]) -> None:
        raise PackMissingError("da", "ar")

    _stop_after(monkeypatch, 2, missing)
    with qtbot.waitSignal(tab.translationFinished, timeout=30_000) as finished:
        tab.set_language("da")
    assert finished.args == ["failed"]
    assert tab.document is document and document.language.code == "en" and not document.language.overridden
    assert {p.language.code for p in document.paragraphs if p.language is not None} == {"en"}
    assert tab.header.language_combo.itemData(0) == "en" and "detected" in tab.header.language_combo.itemText(0)
    _assert_previous_kept(window, tab, briefing)
    assert window.messages.text.startswith("Translation failed: ")


def test_retranslation_without_a_pack_keeps_the_previous_translation(qtbot: Any, make_window: Any) -> None:
    window, tab = _translated(qtbot, make_window)
    briefing = tab.briefing
    with qtbot.waitSignal(tab.translationFinished, timeout=5_000) as finished:
        tab.translate(["fr"])
    assert finished.args == ["failed"]
    _assert_previous_kept(window, tab, briefing)
    assert window.messages.level == "error" and "en -> fr" in window.messages.text
