"""A read-only text pane that knows its sentences: the source pane and each translation pane.

Each paragraph is one text block; each sentence is a run of characters whose char format carries
its document-wide sentence index (`SENTENCE_PROPERTY`), so a sentence can be found again after
text around it changed, hovered, clicked, highlighted and scrolled to. The pane's direction
follows the language of its own text, not the UI's: an Arabic pane is right-to-left and
right-aligned inside an English window, an English pane left-to-right inside an Arabic one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextFragment,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from briefing_app.core.languages import is_rtl

SENTENCE_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
PENDING_TEXT = "…"  # shown where a sentence is not translated yet
HOVER_COLOUR = QColor(255, 244, 194)
SELECTED_COLOUR = QColor(255, 214, 102)
# Fidelity flags: a wavy underline in the severity's colour over a faint tint of it, so a flagged
# sentence stands out without hiding the hover and selection highlights drawn on top.
UNCERTAIN_COLOUR = QColor(106, 76, 147)  # words OCR read with low confidence
FLAG_COLOURS = {
    "error": (QColor(200, 30, 30), QColor(253, 226, 226)),
    "warning": (QColor(214, 130, 0), QColor(255, 240, 214)),
}

# A sentence the analyst corrected (or one taken from the translation memory): a blue dashed line.
ORIGIN_COLOUR = QColor(31, 95, 168)
ORIGIN_TINT = QColor(230, 239, 250)


@dataclass(frozen=True)
class PaneFlag:
    """Why a sentence is marked: the worst severity of its checks and the reasons (the tooltip)."""

    severity: str  # "error" or "warning"
    reasons: str


@dataclass(frozen=True)
class PaneSentence:
    index: int
    text: str | None  # None: not translated yet
    uncertain: tuple[tuple[int, int], ...] = ()  # spans of words OCR read with low confidence


@dataclass(frozen=True)
class PaneParagraph:
    heading: bool
    sentences: Sequence[PaneSentence]


def _fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


class SentencePane(QTextEdit):
    """Shows paragraphs of sentences in one language and reports which sentence the user points at.

    Signals:
        sentenceHovered(int): the sentence under the mouse changed (-1: none).
        sentenceClicked(int): the user clicked a sentence (without selecting text).
        userScrolled(int): the user scrolled (wheel, scroll bar or keyboard); the argument is the
            first visible sentence.
    """

    sentenceHovered = Signal(int)
    sentenceClicked = Signal(int)
    userScrolled = Signal(int)
    editRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.viewport().setMouseTracking(True)
        self.language = ""
        self._paragraph_of: dict[int, int] = {}
        self._hovered = -1
        self._selected = -1
        self._flags: dict[int, PaneFlag] = {}
        # Sentences not written by the model: index -> the note shown on hover ("corrected by you").
        self._origins: dict[int, str] = {}
        self.editable = False  # a translation pane: double-click or F2 edits a sentence in place
        self._uncertain: dict[int, tuple[tuple[int, int], ...]] = {}
        self._programmatic_scroll = False
        self._press_pos: QPoint | None = None
        # Only the user's own scrolling (wheel, scroll bar) is followed; text arriving in a pane moves
        # its scroll bar too, and must not drag the other panes along.
        self.verticalScrollBar().actionTriggered.connect(lambda _action: QTimer.singleShot(0, self._on_scroll))

    # -- content ---------------------------------------------------------------------------------

    def set_content(self, language: str, paragraphs: Sequence[PaneParagraph]) -> None:
        """Replace the text; the direction and alignment follow `language`."""
        self.language = language
        direction = self.text_direction()
        self.setLayoutDirection(direction)
        alignment = (
            Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft
        ) | Qt.AlignmentFlag.AlignAbsolute
        document = self.document()
        document.clear()
        option = QTextOption(document.defaultTextOption())
        option.setTextDirection(direction)
        option.setAlignment(alignment)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        self._paragraph_of.clear()
        self._hovered = self._selected = -1
        self._flags = {}
        self._uncertain = {s.index: s.uncertain for p in paragraphs for s in p.sentences if s.uncertain}
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for number, paragraph in enumerate(paragraphs):
            block_format = QTextBlockFormat()
            block_format.setLayoutDirection(direction)
            block_format.setAlignment(alignment)
            block_format.setBottomMargin(10)
            if number == 0:
                cursor.setBlockFormat(block_format)
            else:
                cursor.insertBlock(block_format)
            for position, sentence in enumerate(paragraph.sentences):
                if position:
                    cursor.insertText(" ", self._base_format(paragraph.heading))
                self._paragraph_of[sentence.index] = number
                cursor.insertText(*self._sentence_run(sentence.index, sentence.text, paragraph.heading))
        cursor.endEditBlock()
        # Inserting at the widget's own cursor carried it to the end; a focused pane would then
        # scroll there. Readers start at the top.
        self.setTextCursor(QTextCursor(document))
        self._set_scroll(0)
        self._update_highlights()

    def _base_format(self, heading: bool) -> QTextCharFormat:
        char_format = QTextCharFormat()
        if heading:
            char_format.setFontWeight(QFont.Weight.Bold)
            char_format.setFontPointSize(self.font().pointSizeF() * 1.3)
        return char_format

    def _sentence_run(self, index: int, text: str | None, heading: bool) -> tuple[str, QTextCharFormat]:
        char_format = self._base_format(heading)
        char_format.setProperty(SENTENCE_PROPERTY, index)
        if text is None:
            char_format.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            return PENDING_TEXT, char_format
        return text, char_format

    def set_sentence(self, index: int, text: str) -> None:
        """Put a (newly translated) sentence in place, keeping the view where it was."""
        span = self.sentence_span(index)
        if span is None:
            return
        scroll = self.verticalScrollBar().value()
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        heading = cursor.charFormat().fontWeight() == QFont.Weight.Bold
        cursor.insertText(*self._sentence_run(index, text, heading))
        self._set_scroll(scroll)
        self._update_highlights()

    # -- finding sentences -----------------------------------------------------------------------

    def text_direction(self) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.RightToLeft if is_rtl(self.language) else Qt.LayoutDirection.LeftToRight

    def sentence_indexes(self) -> list[int]:
        return list(self._paragraph_of)

    def sentence_span(self, index: int) -> tuple[int, int] | None:
        """Document positions [start, end) of a sentence's run of characters."""
        number = self._paragraph_of.get(index)
        if number is None:
            return None
        block = self.document().findBlockByNumber(number)
        start = end = -1
        for fragment in _fragments(block):
            if fragment.charFormat().property(SENTENCE_PROPERTY) == index:
                if start < 0:
                    start = fragment.position()
                end = fragment.position() + fragment.length()
        return (start, end) if start >= 0 else None

    def sentence_text(self, index: int) -> str:
        span = self.sentence_span(index)
        if span is None:
            return ""
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def sentence_at_position(self, position: int) -> int:
        """The sentence at a document position (a space between two sentences belongs to none)."""
        block = self.document().findBlock(position)
        for fragment in _fragments(block):
            if fragment.position() <= position < fragment.position() + fragment.length():
                value = fragment.charFormat().property(SENTENCE_PROPERTY)
                return int(value) if value is not None else -1
        return -1

    def sentence_at(self, point: QPoint) -> int:
        """The sentence under a viewport point (-1 over the space between sentences)."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return -1  # below the last line, or in a margin
        position = cursor.position()
        # The cursor lands between two characters: take the one under the point.
        for probe in (position, position - 1):
            index = self.sentence_at_position(max(0, probe))
            if index >= 0:
                return index
        return -1

    def sentence_cursor_rect(self, index: int) -> QRect:
        """The viewport rectangle of a sentence's first character (what tests check for visibility)."""
        span = self.sentence_span(index)
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0] if span else 0)
        return self.cursorRect(cursor)

    def is_sentence_visible(self, index: int) -> bool:
        return self.viewport().rect().contains(self.sentence_cursor_rect(index))

    def top_sentence(self) -> int:
        """The first sentence whose beginning is in view: what aligned scrolling puts at the top."""
        for index in self._paragraph_of:
            if self.sentence_cursor_rect(index).top() >= -2:
                return index
        return -1

    # -- highlighting and scrolling --------------------------------------------------------------

    @property
    def selected_sentence(self) -> int:
        return self._selected

    @property
    def hovered_sentence(self) -> int:
        return self._hovered

    def set_hovered(self, index: int) -> None:
        if index != self._hovered:
            self._hovered = index
            self._update_highlights()

    def set_selected(self, index: int) -> None:
        if index != self._selected:
            self._selected = index
            self._update_highlights()

    # -- fidelity flags --------------------------------------------------------------------------

    def set_flags(self, flags: dict[int, PaneFlag]) -> None:
        """Mark these sentences (replacing earlier marks); their reasons become the tooltip."""
        self._flags = dict(flags)
        self._update_highlights()

    def flag(self, index: int) -> PaneFlag | None:
        return self._flags.get(index)

    def tooltip_at(self, point: QPoint) -> str:
        """The reasons a flagged sentence under a viewport point is marked ("" elsewhere)."""
        index = self.sentence_at(point)
        flag = self._flags.get(index)
        return "\n".join(t for t in (self._origins.get(index, ""), flag.reasons if flag else "") if t)

    def set_origins(self, origins: dict[int, str]) -> None:
        """Mark sentences that are not the model's text (corrected, from the memory) with a note each."""
        self._origins = dict(origins)
        self._update_highlights()

    def origin(self, index: int) -> str:
        return self._origins.get(index, "")

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _flag_selections(self) -> list[QTextEdit.ExtraSelection]:
        selections = []
        for index, flag in self._flags.items():
            span = self.sentence_span(index)
            if span is None:
                continue
            line, tint = FLAG_COLOURS.get(flag.severity, FLAG_COLOURS["warning"])
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.document())
            selection.cursor.setPosition(span[0])
            selection.cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(tint)
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            selection.format.setUnderlineColor(line)
            selections.append(selection)
        return selections

    def _origin_selections(self) -> list[QTextEdit.ExtraSelection]:
        selections = []
        for index in self._origins:
            span = self.sentence_span(index)
            if span is None:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.document())
            selection.cursor.setPosition(span[0])
            selection.cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            # Blue text on a blue tint: the text colour still shows under a fidelity flag's tint.
            selection.format.setBackground(ORIGIN_TINT)
            selection.format.setForeground(ORIGIN_COLOUR)
            selections.append(selection)
        return selections

    def _uncertain_selections(self) -> list[QTextEdit.ExtraSelection]:
        """Words OCR was unsure of: a dotted underline, under the flags and highlights."""
        selections = []
        for index, spans in self._uncertain.items():
            span = self.sentence_span(index)
            if span is None:
                continue
            for start, end in spans:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(self.document())
                selection.cursor.setPosition(min(span[0] + start, span[1]))
                selection.cursor.setPosition(min(span[0] + end, span[1]), QTextCursor.MoveMode.KeepAnchor)
                selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                selection.format.setUnderlineColor(UNCERTAIN_COLOUR)
                selections.append(selection)
        return selections

    def uncertain_spans(self) -> list[tuple[int, int]]:
        """Document positions of the words marked uncertain (for tests and tooltips)."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self._uncertain_selections()]

    def _update_highlights(self) -> None:
        selections = self._uncertain_selections() + self._origin_selections() + self._flag_selections()
        for index, colour in ((self._hovered, HOVER_COLOUR), (self._selected, SELECTED_COLOUR)):
            span = self.sentence_span(index) if index >= 0 else None
            if span is None:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.document())
            selection.cursor.setPosition(span[0])
            selection.cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(colour)
            selection.format.setForeground(QColor(Qt.GlobalColor.black))
            selections.append(selection)
        self.setExtraSelections(selections)

    def scroll_to_sentence(self, index: int, *, to_top: bool = False) -> None:
        """Bring a sentence into view: to the top (aligned scrolling) or, if hidden, a third down."""
        if self.sentence_span(index) is None:
            return
        rect = self.sentence_cursor_rect(index)
        bar = self.verticalScrollBar()
        if to_top:
            self._set_scroll(bar.value() + rect.top())
        elif not self.viewport().rect().contains(rect):
            self._set_scroll(bar.value() + rect.top() - self.viewport().height() // 3)

    def _set_scroll(self, value: int) -> None:
        self._programmatic_scroll = True
        try:
            self.verticalScrollBar().setValue(value)
        finally:
            self._programmatic_scroll = False

    def _on_scroll(self) -> None:
        if not self._programmatic_scroll:
            self.userScrolled.emit(self.top_sentence())

    # -- keyboard and mouse ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """PageDown, arrows, Home, End: the other panes follow as they do for the wheel.

        Depending on the key, Qt moves the scroll bar with or without a slider action (which is all
        the wheel path watches), so any change of position the key made counts as the user's.
        """
        if event.key() == Qt.Key.Key_F2 and self.editable and self._selected >= 0:
            self.editRequested.emit(self._selected)
            return
        before = self.verticalScrollBar().value()
        super().keyPressEvent(event)
        if self.verticalScrollBar().value() != before and not self._programmatic_scroll:
            QTimer.singleShot(0, self._on_scroll)

    # -- mouse -----------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        index = self.sentence_at(event.position().toPoint())
        if index != self._hovered:
            self.set_hovered(index)
            self.sentenceHovered.emit(index)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self._hovered != -1:
            self.set_hovered(-1)
            self.sentenceHovered.emit(-1)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.sentence_at(event.position().toPoint())
        if self.editable and index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.set_selected(index)
            self.editRequested.emit(index)
            return
        super().mouseDoubleClickEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        moved = self._press_pos is not None and (point - self._press_pos).manhattanLength() > 4
        self._press_pos = None
        if event.button() == Qt.MouseButton.LeftButton and not moved:
            index = self.sentence_at(point)
            if index >= 0:
                self.set_selected(index)
                self.sentenceClicked.emit(index)
