"""Following one sentence across the source pane and the translation panes, for `DocumentTab`.

A mixin kept apart from the tab's translation logic: hovering or clicking a sentence lights up
its counterparts and brings them into view; scrolling one visible pane keeps the other on the
same sentence.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from briefing_app.ui.panes import SentencePane


class PaneFollowingMixin:
    """Needs `source_pane`, `panes` (target -> pane), `translations` (their tab widget) and `_syncing`."""

    source_pane: SentencePane
    panes: dict[str, SentencePane]
    translations: QTabWidget
    _syncing: bool

    def current_pane(self) -> SentencePane | None:
        widget = self.translations.currentWidget()
        return widget if isinstance(widget, SentencePane) else None

    def _connect_pane(self, pane: SentencePane) -> None:
        pane.sentenceHovered.connect(lambda index: self._follow(pane, index, selected=False))
        pane.sentenceClicked.connect(lambda index: self._follow(pane, index, selected=True))
        pane.userScrolled.connect(lambda index: self._align(pane, index))

    def _others(self, pane: SentencePane) -> list[SentencePane]:
        return [p for p in (self.source_pane, *self.panes.values()) if p is not pane]

    def _follow(self, origin: SentencePane, index: int, *, selected: bool) -> None:
        """Highlight the sentence in every pane and bring its counterpart into view."""
        for pane in self._others(origin):
            if selected:
                pane.set_selected(index)
            else:
                pane.set_hovered(index)
            if index >= 0 and (pane is self.source_pane or pane is self.current_pane()):
                pane.scroll_to_sentence(index)

    def _align(self, origin: SentencePane, index: int) -> None:
        """Keep the visible panes on the same sentence when one is scrolled."""
        if self._syncing or index < 0:
            return
        self._syncing = True
        try:
            for pane in (self.source_pane, self.current_pane()):
                if pane is not None and pane is not origin:
                    pane.scroll_to_sentence(index, to_top=True)
        finally:
            self._syncing = False

    def show_sentence(self, index: int) -> None:
        """A fact was chosen: select its sentence in every pane and bring it into view in the visible ones."""
        for pane in (self.source_pane, *self.panes.values()):
            pane.set_selected(index)
        for visible in (self.source_pane, self.current_pane()):
            if visible is not None:
                visible.scroll_to_sentence(index)
