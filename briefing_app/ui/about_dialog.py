"""About: the version, the packs in use with their licences, the bundled fonts and their licence.

The fonts' README is Markdown: Qt renders it (headings, the table of files, links) rather than
showing its source; the licence text wraps to the dialog's width. The dialog's own texts are in the
UI language; the README and the licence are quoted as their authors wrote them (English).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from briefing_app import __version__
from briefing_app.core.briefing import Briefing, PackRef
from briefing_app.core.package_data import read_resource_text
from briefing_app.core.translation.packs import pack_credits
from briefing_app.ui.context import AppContext
from briefing_app.ui.i18n import display_name


def _font_file(name: str) -> str:
    try:
        return read_resource_text("fonts", name)
    except OSError:
        return ""


class AboutDialog(QDialog):
    """Shows what a user must be able to see about what they run: version and licences."""

    def __init__(self, context: AppContext, briefings: Sequence[Briefing], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Briefing Desk"))
        self.resize(640, 560)
        used: list[PackRef] = []
        for briefing in briefings:
            for target in briefing.targets:
                used.extend(p for p in target.packs if p not in used)
        if not used:
            used = [pack.ref() for pack in context.store().packs()]
        rows = "".join(
            "<li>{} → {} {}: {}{}</li>".format(
                html.escape(display_name(p.source)),
                html.escape(display_name(p.target)),
                html.escape(p.version),
                html.escape(p.license or self.tr("licence not stated")),
                " — <b>" + html.escape(self.tr("demo language pack: not a real translation")) + "</b>"
                if p.demo
                else "",
            )
            for p in used
        )
        # A pack's README carries its credits and licence; pre-wrap keeps its lines without a sideways scroll bar.
        credits = "".join(
            f"<h4>{html.escape(title)}</h4>"
            f'<p style="white-space: pre-wrap">{html.escape(text or self.tr("no README in this pack"))}</p>'
            for title, text in pack_credits(context.store().packs(), used)
        )
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        title = html.escape(self.tr("Briefing Desk"))
        summary = html.escape(self.tr("Offline translation and briefing of news articles."))
        packs_title = html.escape(self.tr("Language packs in use"))
        no_packs = html.escape(self.tr("No language packs installed"))
        fonts_title = html.escape(self.tr("Fonts"))
        fonts_summary = html.escape(
            self.tr(
                "The PDF briefings embed Noto Sans, Noto Sans Arabic and Noto Sans Hebrew (Google), under the "
                "SIL Open Font License 1.1. Their notes and licence follow as their authors wrote them."
            )
        )
        licence_title = html.escape(self.tr("Font licence (SIL Open Font License 1.1)"))
        self.browser.setHtml(
            f"<h2>{title} {html.escape(__version__)}</h2><p>{summary}</p>"
            f"<h3>{packs_title}</h3><ul>{rows or '<li>' + no_packs + '</li>'}</ul>{credits}"
            f"<h3>{fonts_title}</h3><p>{fonts_summary}</p>"
        )
        cursor = QTextCursor(self.browser.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        readme = _font_file("README.md")
        if readme:
            cursor.insertBlock()
            # Its headings two levels down: they belong under "Fonts", below the dialog's own title.
            cursor.insertMarkdown(re.sub(r"^(#{1,4}) ", r"\1## ", readme, flags=re.MULTILINE))
        ofl = _font_file("OFL.txt")
        if ofl:
            cursor.insertHtml(f"<h3>{licence_title}</h3>")
            cursor.insertHtml(f'<p style="white-space: pre-wrap">{html.escape(ofl)}</p>')
        self._wrap_code_blocks()
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def _wrap_code_blocks(self) -> None:
        """Markdown code blocks (the fonts' checksums) do not wrap by default: a scroll bar sideways."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().nonBreakableLines():
                cursor = QTextCursor(block)
                block_format = block.blockFormat()
                block_format.setNonBreakableLines(False)
                cursor.setBlockFormat(block_format)
            block = block.next()
