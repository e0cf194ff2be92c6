"""The analyst's review on the real window: correct a sentence in place, undo, save, reopen, export.

Demo packs (cipher) from the test fixtures translate the sample article; each test has its own
translation memory (BRIEFING_CACHE_DIR) so no correction leaks into other tests.
"""

from __future__ import annotations

import json
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from PySide6.QtCore import Qt

from tests.gui.conftest import SEED, open_and_wait

pytestmark = pytest.mark.gui

ARABIC_FIX = "نص صححه المحلل بعد المراجعة"


@pytest.fixture(autouse=True)
def private_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    return folder


def _edit(qtbot: Any, tab: Any, language: str, index: int, text: str) -> None:
    """Double-click the sentence in its pane, type `text` over it, press Enter."""
    tab.translations.setCurrentWidget(tab.panes[language])
    pane = tab.panes[language]
    pane.scroll_to_sentence(index, to_top=True)
    qtbot.mouseDClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.sentence_cursor_rect(index).center())
    editor = tab.editor
    assert editor is not None and editor.isVisible() and editor.index == index
    assert editor.toPlainText() == pane.sentence_text(index)  # it opens on the sentence as shown
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert tab.editor is None


def _figure_sentence(tab: Any) -> tuple[int, str]:
    """A sentence whose source has the figure 200, and its Danish translation."""
    target = tab.briefing.target("da")
    sentence = next(s for s in target.sentences if "200" in s.source and "200" in s.translation)
    return sentence.index, sentence.translation


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", out.stdout)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rtl_texts: list[str] = []
        self.text: list[str] = []
        self._stack: list[dict[str, str | None]] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1
        if tag not in ("meta", "br", "link"):
            self._stack.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if self._stack:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._stack and self._stack[-1].get("dir") == "rtl" and self._stack[-1].get("lang") == "ar":
            self.rtl_texts.append(data)


def test_correct_undo_save_reopen_and_export(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = make_window(targets=["ar", "da"])
    tab = open_and_wait(qtbot, window, SEED)
    assert tab.state == "done"
    index, machine = _figure_sentence(tab)
    pane = tab.panes["da"]
    assert not any(c.sentence == index and c.target == "da" and c.severity == "error" for c in tab.briefing.checks)

    # The correction changes the number: the fidelity check runs again at once and flags it.
    wrong = machine.replace("200", "300")
    _edit(qtbot, tab, "da", index, wrong)
    assert pane.sentence_text(index) == wrong
    assert "Corrected by you" in pane.origin(index)
    assert machine in pane.origin(index)  # the machine translation is kept beside it
    changed = [c for c in tab.briefing.checks if c.sentence == index and c.target == "da"]
    assert [c.kind for c in changed] == ["number_changed"] and changed[0].found == "300"
    assert pane.flag(index) is not None and pane.flag(index).severity == "error"
    assert "300" in pane.tooltip_at(pane.sentence_cursor_rect(index).center())

    # Undo brings the machine text back, and the error goes with it; redo puts the correction back.
    window.undo_action.trigger()
    assert pane.sentence_text(index) == machine and pane.origin(index) == "" and pane.flag(index) is None
    window.redo_action.trigger()
    assert pane.sentence_text(index) == wrong and pane.flag(index) is not None

    # An Arabic correction too (right to left in every export), edited with F2 on the selected sentence.
    ar_pane = tab.panes["ar"]
    tab.translations.setCurrentWidget(ar_pane)
    ar_pane.set_selected(0)
    ar_pane.setFocus()
    qtbot.keyClick(ar_pane, Qt.Key.Key_F2)
    assert tab.editor is not None and tab.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    tab.editor.setPlainText(ARABIC_FIX)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    assert ar_pane.sentence_text(0) == ARABIC_FIX

    # Esc leaves the sentence as it was.
    tab.translations.setCurrentWidget(pane)
    tab.edit_sentence("da", 0)
    before = pane.sentence_text(0)
    tab.editor.setPlainText("something else")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Escape)
    assert pane.sentence_text(0) == before and tab.editor is None

    saved = tmp_path / "out" / "blinken.briefing.json"
    saved.parent.mkdir()
    with qtbot.waitSignal(window.savedBriefing, timeout=5000):
        window.save_to(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    da = next(t for t in data["targets"] if t["language"] == "da")
    assert data["format_version"] == 2
    assert da["sentences"][index]["translation"] == wrong
    assert da["sentences"][index]["origin"] == "analyst"
    assert da["sentences"][index]["machine_translation"] == machine

    # Reopen in a new window, as it was: no translation runs, corrections, marks and checks are back.
    other = make_window(targets=["he"])
    with qtbot.waitSignal(other.documentOpened, timeout=5000) as opened:
        other.open_files([str(saved)])
    reopened = opened.args[0]
    assert reopened.state == "done" and not reopened.running
    assert reopened.header.checked_targets() == ["ar", "da"]
    assert reopened.panes["da"].sentence_text(index) == wrong
    assert reopened.panes["ar"].sentence_text(0) == ARABIC_FIX
    assert "Corrected by you" in reopened.panes["da"].origin(index)
    assert reopened.panes["da"].flag(index).severity == "error"
    assert reopened.briefing.to_json()["targets"] == data["targets"]
    assert reopened.briefing.to_json()["checks"] == data["checks"]

    # Export the reopened briefing in every format and find the correction in each.
    outputs = {}
    for name, suffix in (("pdf", "pdf"), ("docx", "docx"), ("html", "html")):
        path = tmp_path / "out" / f"blinken.briefing.{suffix}"
        with qtbot.waitSignal(other.exportFinished, timeout=30_000):
            other.export_to(path, name)
        outputs[name] = path

    pdf = _pdf_text(outputs["pdf"])
    assert "corrected by the analyst" in pdf
    assert " ".join(wrong.split()[:6]) in " ".join(pdf.split())

    document = docx.Document(str(outputs["docx"]))
    cells = [c for t in document.tables for row in t.rows for c in row.cells]
    da_cells = [c for c in cells if c.text.startswith(wrong)]
    assert da_cells and "corrected by the analyst" in da_cells[0].text
    ar_paragraphs = [p for c in cells for p in c.paragraphs if p.text == ARABIC_FIX]
    assert ar_paragraphs, "the Arabic correction is in the Word table"
    paragraph = ar_paragraphs[0]
    assert paragraph._p.pPr.find(qn("w:bidi")) is not None
    run = paragraph.runs[0]
    assert run._r.rPr.find(qn("w:rtl")) is not None
    assert run._r.rPr.find(qn("w:lang")).get(qn("w:bidi")) == "ar-SA"
    latin = [p for c in da_cells for p in c.paragraphs if p.text == wrong][0]
    assert latin._p.pPr is None or latin._p.pPr.find(qn("w:bidi")) is None

    parser = _Text()
    parser.feed(outputs["html"].read_text(encoding="utf-8"))
    assert parser.scripts == 0
    assert ARABIC_FIX in parser.rtl_texts
    text = "".join(parser.text)
    assert wrong in text and "(corrected by the analyst)" in text


def test_dismiss_and_add_facts(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = make_window(targets=["da"])
    tab = open_and_wait(qtbot, window, SEED)
    facts = tab.briefing.facts
    wrong = facts[0]
    tab.facts.dismissRequested.emit(wrong)
    assert wrong not in tab.briefing.facts and wrong in tab.briefing.dismissed_facts
    assert all(item.data(0, Qt.ItemDataRole.UserRole + 1) is not wrong for item in tab.facts.fact_items())
    tab.add_key_fact(3)
    assert [f.sentence for f in tab.briefing.added_facts] == [3]
    added = [tab.facts.tree.topLevelItem(i) for i in range(tab.facts.tree.topLevelItemCount())][-1]
    assert added.text(0).startswith("Added by you") and added.child(0).text(0) == tab.document.sentences[3].text

    saved = tmp_path / "facts.briefing.json"
    window.save_to(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert wrong.text in [f["text"] for f in data["dismissed_facts"]]
    assert wrong.to_json() not in data["facts"]
    assert data["added_facts"][0]["sentence"] == 3 and data["added_facts"][0]["renderings"]["da"]["sentence"]
    html = tmp_path / "facts.briefing.html"
    with qtbot.waitSignal(window.exportFinished, timeout=30_000):
        window.export_to(html, "html")
    assert "Added by the analyst" in html.read_text(encoding="utf-8")

    window.undo_action.trigger()  # the added fact goes
    window.undo_action.trigger()  # the dismissed fact comes back
    assert tab.briefing.added_facts == [] and wrong in tab.briefing.facts


def test_memory_serves_a_second_article_in_the_window(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = make_window(targets=["da"])
    tab = open_and_wait(qtbot, window, SEED)
    index, machine = _figure_sentence(tab)
    fixed = "Rettet af analytikeren: mere end 200 dræbt."
    _edit(qtbot, tab, "da", index, fixed)
    source = tab.document.sentences[index].text

    second = tmp_path / "second.txt"
    second.write_text(f"Another report\n\n{source}\n\nThe talks went on for 3 days.\n", encoding="utf-8")
    other = open_and_wait(qtbot, window, second)
    found = [s for s in other.briefing.target("da").sentences if s.source == source]
    assert found and found[0].translation == fixed and found[0].origin == "memory"
    assert found[0].machine == machine
    pane = other.panes["da"]
    assert pane.sentence_text(found[0].index) == fixed
    assert "From your translation memory" in pane.origin(found[0].index)

    # The memory dialog lists it, exports it as TMX, and forgets it.
    from briefing_app.ui.memory_dialog import MemoryDialog

    dialog = MemoryDialog(window.context.memory, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == fixed
    tmx = tmp_path / "memory.tmx"
    assert dialog.export_to(tmx) == 1
    assert fixed in tmx.read_text(encoding="utf-8")
    dialog.table.selectRow(0)
    assert dialog.forget_selected() == 1 and dialog.table.rowCount() == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"format_version": 2, "source": {"path": "a.txt", "paragraphs": [', "cut short"),
        ('{"format_version": 99, "source": {}, "targets": []}', "newer version"),
        (
            '{"format_version": 2, "source": {"language": "en", "paragraphs": "many"}, "targets": []}',
            "'paragraphs' should be a list",
        ),
        ("[1, 2, 3]", "not a briefing"),
    ],
)
def test_bad_briefing_files_are_named_and_left_alone(
    make_window: Any, qtbot: Any, tmp_path: Path, content: str, reason: str
) -> None:
    window = make_window()
    bad = tmp_path / "broken.briefing.json"
    bad.write_text(content, encoding="utf-8")
    with qtbot.waitSignal(window.openFailed, timeout=5000) as failed:
        window.open_files([str(bad)])
    message = failed.args[0]
    assert str(bad) in message and reason in message
    assert window.messages.level == "error"
    assert window.document_tabs() == []
    assert bad.read_text(encoding="utf-8") == content


def test_review_menus_are_translated(make_window: Any) -> None:
    window = make_window(ui_language="ar")
    assert window.edit_menu.title() == "&تحرير"
    assert window.save_action.text() == "&حفظ الموجز"
    assert window.memory_action.text() == "&ذاكرة الترجمة…"


def test_pane_menu_adds_the_selected_text_as_a_key_fact(make_window: Any, qtbot: Any) -> None:
    window = make_window(targets=["da"])
    tab = open_and_wait(qtbot, window, SEED)
    pane = tab.source_pane
    cursor = pane.textCursor()
    start, _end = pane.sentence_span(2)
    cursor.setPosition(start)
    cursor.setPosition(start + 30, cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    actions = {a.text(): a for a in tab.build_pane_menu(pane, pane.sentence_cursor_rect(2).center()).actions()}
    assert "Correct This Sentence (F2)" not in actions  # the source is not edited
    actions["Add as Key Fact"].trigger()
    assert [(f.sentence, f.text) for f in tab.briefing.added_facts] == [
        (2, tab.document.sentences[2].text[:30].strip())
    ]
    da = tab.panes["da"]
    menu = tab.build_pane_menu(da, da.sentence_cursor_rect(4).center())
    next(a for a in menu.actions() if a.text() == "Correct This Sentence (F2)").trigger()
    assert tab.editor is not None and tab.editor.index == 4
    qtbot.keyClick(tab.editor, Qt.Key.Key_Escape)
