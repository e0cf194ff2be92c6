"""The key-facts panel beside an article: its facts grouped by kind, each with its rendering.

The reader checks a briefing against its facts: the figures (the number as written, its unit and
what it counts), people (with their role), quotes (with their speaker), dates, places and
organisations. Beside each fact stands how it must read in the translation pane on show: a figure's
number exactly as that language writes it (١٬٣٠٠ in Arabic, 1.300 in Danish), a name's glossary
rendering. Choosing a fact asks the tab to show its sentence in both panes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from briefing_app.core.briefing import AddedFact, Briefing
from briefing_app.core.facts.model import KIND_ORDER, Fact, digits_of
from briefing_app.core.glossary import Glossary
from briefing_app.core.languages import is_rtl
from briefing_app.ui.i18n import display_name

SENTENCE_ROLE = Qt.ItemDataRole.UserRole
FACT_ROLE = Qt.ItemDataRole.UserRole + 1
PANEL_ORDER = ("figure", "person", "quote", "date", "place", "organisation")
# A fact is written in the article's language and built from runs (number, unit, what it counts,
# a speaker). Each run is isolated in its own direction (FSI ... PDI), and the whole in the article's
# (LRI or RLI ... PDI): otherwise "15 kilometers — militant tunnels" shows as "kilometers — militant
# tunnels 15" in the Arabic UI, and a Hebrew "כ-12 ימים" as "ימים 12-כ" in an English one.
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


class FactsPanel(QWidget):
    """A tree of the briefing's facts; one group per kind, the rendering column follows the shown pane.

    Signals:
        factChosen(int): the user chose a fact; the argument is the index of its sentence.
    """

    factChosen = Signal(int)
    dismissRequested = Signal(object)  # a Fact the user calls wrong, or an AddedFact to take back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)
        self.tree.currentItemChanged.connect(lambda item, _previous: self._on_item(item))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        self.briefing: Briefing | None = None
        self.glossary: Glossary | None = None
        self.target = ""
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        # The direction matters too: a fact's text is isolated against the UI's direction.
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Key Facts"))
        self._fill()

    def _group_name(self, kind: str) -> str:
        names = {
            "figure": self.tr("Figures"),
            "person": self.tr("People"),
            "quote": self.tr("Quotes"),
            "date": self.tr("Dates"),
            "place": self.tr("Places"),
            "organisation": self.tr("Organisations"),
        }
        return names.get(kind, kind)

    # -- content ---------------------------------------------------------------------------------

    def set_briefing(self, briefing: Briefing | None, target: str, glossary: Glossary | None = None) -> None:
        """Show `briefing`'s facts (None: nothing translated yet) with their renderings in `target`."""
        self.briefing = briefing
        self.glossary = glossary
        self.target = target
        self._fill()

    def set_target(self, target: str) -> None:
        """The translation pane on show changed: only the rendering column changes."""
        if target == self.target:
            return
        self.target = target
        self._header_labels()
        for item in self.fact_items():
            self._set_rendering(item, item.data(0, FACT_ROLE))

    def _header_labels(self) -> None:
        rendering = self.tr("In {language}").format(language=display_name(self.target)) if self.target else ""
        self.tree.setHeaderLabels([self.tr("Fact"), rendering])

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self._header_labels()
        facts = self.briefing.facts if self.briefing is not None else []
        self.hint.setVisible(not facts)
        if self.briefing is None:
            self.hint.setText(self.tr("The key facts appear here when the article is translated."))
        elif not facts:
            self.hint.setText(self.tr("No key facts were found in this article."))
        order = [k for k in PANEL_ORDER if k in KIND_ORDER]
        for kind in order:
            of_kind = [f for f in facts if f.kind == kind]
            if not of_kind:
                continue
            group = QTreeWidgetItem(
                [self.tr("{group} ({count})").format(group=self._group_name(kind), count=len(of_kind))]
            )
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for fact in of_kind:
                item = QTreeWidgetItem([self.label(fact)])
                item.setData(0, SENTENCE_ROLE, fact.sentence)
                item.setData(0, FACT_ROLE, fact)
                self._set_rendering(item, fact)
                group.addChild(item)
            group.setExpanded(True)
        self._fill_added()
        self.tree.blockSignals(False)

    def _fill_added(self) -> None:
        """The sentences the analyst added as key facts, in their own group."""
        added = self.briefing.added_facts if self.briefing is not None else []
        if not added:
            return
        group = QTreeWidgetItem([self.tr("Added by you ({count})").format(count=len(added))])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        self.tree.addTopLevelItem(group)
        for fact in added:
            item = QTreeWidgetItem([fact.text])
            item.setData(0, SENTENCE_ROLE, fact.sentence)
            item.setData(0, FACT_ROLE, fact)
            item.setToolTip(0, fact.text)
            group.addChild(item)
        group.setExpanded(True)
        self.hint.hide()

    def chosen_fact(self) -> Fact | AddedFact | None:
        item = self.tree.currentItem()
        fact = item.data(0, FACT_ROLE) if item is not None else None
        return fact if isinstance(fact, Fact | AddedFact) else None

    def _menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        fact = item.data(0, FACT_ROLE) if item is not None else None
        if not isinstance(fact, Fact | AddedFact):
            return
        menu = QMenu(self.tree)
        label = self.tr("Remove This Added Fact") if isinstance(fact, AddedFact) else self.tr("Dismiss This Fact")
        menu.addAction(label).triggered.connect(lambda: self.dismissRequested.emit(fact))
        menu.popup(self.tree.viewport().mapToGlobal(point))

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # Delete on a fact dismisses it (as the context menu does); Ctrl+Z brings it back.
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.chosen_fact() is not None:
                self.dismissRequested.emit(self.chosen_fact())
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def describe(self, fact: Fact) -> str:
        """The fact as the article gives it: "1,300 — people wounded", "Jane Roe — Health Minister"."""
        if fact.kind == "figure":
            number = f"{fact.text} {fact.unit}" if fact.unit else fact.text
            return f"{number} — {fact.counts}" if fact.counts else number
        if fact.kind == "person" and fact.role:
            return f"{fact.text} — {fact.role}"
        if fact.kind == "quote":
            quote = f"“{fact.text}”"
            return f"{quote} — {fact.speaker}" if fact.speaker else quote
        return fact.text

    def _runs(self, fact: Fact) -> list[str]:
        """`describe`'s pieces, in reading order, with the separators between them."""
        if fact.kind == "figure":
            runs = [fact.text] + ([" ", fact.unit] if fact.unit else [])
            return runs + ([" — ", fact.counts] if fact.counts else [])
        if fact.kind == "person" and fact.role:
            return [fact.text, " — ", fact.role]
        if fact.kind == "quote":
            return [f"“{fact.text}”"] + ([" — ", fact.speaker] if fact.speaker else [])
        return [fact.text]

    def label(self, fact: Fact) -> str:
        """`describe(fact)` as shown: plain in a left-to-right article and UI, else each run isolated."""
        source_rtl = self.briefing is not None and is_rtl(self.briefing.document.language.code)
        ui_rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if not source_rtl and not ui_rtl:
            return self.describe(fact)
        runs = "".join(run if run.strip(" —") == "" else FSI + run + PDI for run in self._runs(fact))
        return (RLI if source_rtl else LRI) + runs + PDI

    def rendering(self, fact: Fact) -> str:
        """How the fact must read in the shown language: a figure's number, or a name's glossary rendering."""
        rendered = fact.renderings.get(self.target)
        if fact.kind == "figure":
            return (rendered.figure_in(self._digits(self.target)) or "") if rendered is not None else ""
        if self.glossary is not None and fact.kind != "quote":
            return self.glossary.rendering(fact.text, self.target) or ""
        return ""

    def _digits(self, target: str) -> str:
        """The digits the shown translation writes (which system: 0-9 or ٠-٩)."""
        if self.briefing is None:
            return ""
        found = [t for t in self.briefing.targets if t.language == target]
        return digits_of(s.translation for s in found[0].sentences) if found else ""

    def _set_rendering(self, item: QTreeWidgetItem, fact: Fact) -> None:
        text = self.rendering(fact)
        item.setText(1, text)
        direction = Qt.AlignmentFlag.AlignRight if is_rtl(self.target) else Qt.AlignmentFlag.AlignLeft
        item.setTextAlignment(1, direction | Qt.AlignmentFlag.AlignVCenter)
        rendered = fact.renderings.get(self.target)
        tooltip = self.describe(fact)
        if rendered is not None and rendered.sentence:
            tooltip += "\n\n" + self.tr("In {language}: {sentence}").format(
                language=display_name(self.target), sentence=rendered.sentence
            )
        item.setToolTip(0, tooltip)
        item.setToolTip(1, tooltip)

    # -- choosing --------------------------------------------------------------------------------

    def fact_items(self, kind: str | None = None) -> list[QTreeWidgetItem]:
        """The fact rows (of one kind when given), in the order shown."""
        items: list[QTreeWidgetItem] = []
        for group in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(group)
            for row in range(parent.childCount() if parent is not None else 0):
                item = parent.child(row) if parent is not None else None
                fact = item.data(0, FACT_ROLE) if item is not None else None
                if item is not None and isinstance(fact, Fact) and (kind is None or fact.kind == kind):
                    items.append(item)
        return items

    def _on_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        index = item.data(0, SENTENCE_ROLE)
        if isinstance(index, int):
            self.factChosen.emit(index)
