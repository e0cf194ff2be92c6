"""Edit the user's glossary: protected terms and how each must read in each target language.

The glossary is one UTF-8 TSV file in the app's config folder (`glossary.tsv`), in the format the
core reads (`briefing_app.core.glossary`), so the CLI's `--glossary` takes the same file. Saving
validates with the core parser and refuses an invalid glossary, showing the file and line the
parser names, so a glossary that is on disk is always one the translations can use.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.atomic import write_text_atomic
from briefing_app.core.glossary import KEEP, Glossary, GlossaryError, load_glossary, parse_glossary, starter_glossary
from briefing_app.ui.context import AppContext
from briefing_app.ui.i18n import display_name

GLOSSARY_FILE = "glossary.tsv"
DEFAULT_LANGUAGES = ("ar", "he", "da")


def default_glossary_path() -> Path:
    """<config folder>/glossary.tsv, e.g. ~/.config/BriefingDesk/briefing-app/glossary.tsv on Linux."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(folder) / GLOSSARY_FILE


def load_user_glossary(path: Path) -> tuple[Glossary | None, str]:
    """The glossary at `path` (None when there is none) and the problem text when it is unusable."""
    if not path.is_file():
        return None, ""
    try:
        return load_glossary(path), ""
    except GlossaryError as err:
        return None, str(err)


def glossary_rows(glossary: Glossary, languages: list[str]) -> list[list[str]]:
    """A glossary as table rows: term, then a cell per language ("=" where it keeps the term)."""
    rows = []
    for entry in glossary.entries:
        cells = [entry.term]
        for lang in languages:
            rendering = entry.rendering(lang)
            cells.append("" if rendering is None else KEEP if rendering == entry.term else rendering)
        rows.append(cells)
    return rows


def rows_text(languages: list[str], rows: list[list[str]], *, comma: bool = False) -> str:
    """The file text: a header line `term<TAB>ar<TAB>...` and a line per row (CSV when `comma`)."""
    out = io.StringIO()
    if comma:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["term", *languages])
        writer.writerows(rows)
    else:
        for cells in (["term", *languages], *rows):
            out.write("\t".join(" ".join(c.split()) for c in cells) + "\n")
    return out.getvalue()


class GlossaryDialog(QDialog):
    """The glossary table and its file operations; saving validates first.

    Signals:
        glossarySaved(object): the glossary was saved; the parsed `Glossary`.
    """

    glossarySaved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = context.glossary_path or default_glossary_path()
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(820, 480)
        self.explanation = QLabel(
            self.tr(
                "Names and terms the translation must render exactly. In each language column: the required "
                "rendering, “=” to keep the term as written, or nothing for no rule."
            )
        )
        self.explanation.setWordWrap(True)
        self.file_label = QLabel(self.tr("File: {path}").format(path=self.path))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 1)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.add_button = QPushButton(self.tr("Add Term"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove Term"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.language_button = QPushButton(self.tr("Add Language…"))
        self.language_button.clicked.connect(self._ask_language)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self._choose_export)
        self.starter_button = QPushButton(self.tr("Start from the Starter Glossary"))
        self.starter_button.clicked.connect(self.use_starter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        tools = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.language_button):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.import_button, self.export_button, self.starter_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.file_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.languages: list[str] = []
        glossary, problem = load_user_glossary(self.path)
        if problem:
            self.show_error(problem)
        self.set_glossary(glossary or Glossary())

    # -- the table -------------------------------------------------------------------------------

    def set_glossary(self, glossary: Glossary) -> None:
        """Fill the table: a column per language of the glossary, the remembered targets, or ar/he/da."""
        wanted = [*glossary.languages, *self.context.settings.target_languages]
        self.languages = list(dict.fromkeys(wanted)) or list(DEFAULT_LANGUAGES)
        self._fill(glossary_rows(glossary, self.languages))

    def _fill(self, rows: list[list[str]]) -> None:
        self.table.clear()
        self.table.setColumnCount(1 + len(self.languages))
        headers = [self.tr("Term")] + [f"{display_name(lang)} ({lang})" for lang in self.languages]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(0)
        for cells in rows:
            self.add_row(cells)

    def add_row(self, cells: list[str] | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = cells[column] if cells and column < len(cells) else ""
            self.table.setItem(row, column, QTableWidgetItem(text))
        return row

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def add_language(self, code: str) -> bool:
        code = code.strip().lower()
        if not code or code in self.languages:
            return False
        rows = self.rows()
        self.languages.append(code)
        self._fill(rows)
        return True

    def _ask_language(self) -> None:
        code, ok = QInputDialog.getText(self, self.tr("Add Language"), self.tr("Language code (e.g. fr, de, fa):"))
        if ok:
            self.add_language(code)

    def rows(self) -> list[list[str]]:
        """The table's rows as text; entirely empty rows are left out (nothing to save)."""
        rows = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                cells.append(item.text().strip() if item else "")
            if any(cells):
                rows.append(cells)
        return rows

    def text(self, *, comma: bool = False) -> str:
        return rows_text(self.languages, self.rows(), comma=comma)

    # -- validating and saving -------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def validate(self) -> Glossary | None:
        """The parsed glossary, or None after showing the core's message (file and line) and selecting the row."""
        try:
            glossary = parse_glossary(self.text(), self.path)
        except GlossaryError as err:
            self.show_error(str(err))
            if err.line and err.line >= 2:  # line 1 is the header; the rows follow in table order
                self.table.selectRow(err.line - 2)
            return None
        self.show_error("")
        return glossary

    def save(self) -> bool:
        """Write the glossary if it is valid; an invalid one is not saved and the dialog stays open."""
        glossary = self.validate()
        if glossary is None:
            return False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(self.path, self.text())
        except OSError as err:
            self.show_error(self.tr("Could not save {path}: {error}").format(path=self.path, error=err))
            return False
        self.context.glossary = glossary if glossary.entries else None
        self.glossarySaved.emit(glossary)
        self.accept()
        return True

    # -- files -----------------------------------------------------------------------------------

    def use_starter(self) -> None:
        self.set_glossary(starter_glossary())
        self.show_error("")

    def import_file(self, path: Path) -> bool:
        """Replace the table with a TSV or CSV glossary file (validated; not saved until Save)."""
        try:
            glossary = load_glossary(path)
        except GlossaryError as err:
            self.show_error(str(err))
            return False
        self.set_glossary(glossary)
        self.show_error("")
        return True

    def export_file(self, path: Path) -> bool:
        """Write the table to `path`: CSV when the name ends in .csv, else TSV."""
        try:
            write_text_atomic(path, self.text(comma=path.suffix.lower() == ".csv"))
        except OSError as err:
            self.show_error(self.tr("Could not save {path}: {error}").format(path=path, error=err))
            return False
        return True

    def _choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import Glossary"), "", self.tr("Glossaries (*.tsv *.csv *.txt);;All files (*)")
        )
        if path:
            self.import_file(Path(path))

    def _choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Glossary"), "glossary.tsv", self.tr("Glossaries (*.tsv *.csv *.txt)")
        )
        if path:
            self.export_file(Path(path))
