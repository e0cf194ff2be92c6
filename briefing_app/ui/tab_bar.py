"""A tab bar whose close buttons follow a change of layout direction at once.

QTabBar places its tab buttons when it lays the tabs out; a switch of the UI between left-to-right
and right-to-left moves the tabs but leaves the buttons where they were (checked on Qt 6 with the
xcb platform), far from their tabs, where a click closes a tab the user did not point at.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabBar


class MirroringTabBar(QTabBar):
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            # Setting the elide mode (to the same value) makes QTabBar lay out tabs and buttons again.
            self.setElideMode(self.elideMode())


TAB_TITLE_LENGTH = 40


def tab_title(title: str) -> str:
    """A headline short enough for a tab, cut between words and marked with an ellipsis."""
    return textwrap.shorten(title, TAB_TITLE_LENGTH, placeholder=" …") if len(title) > TAB_TITLE_LENGTH else title
