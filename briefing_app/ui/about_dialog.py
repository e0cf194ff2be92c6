"""About: the version, the packs in use with their licences, the bundled fonts and their licence."""

from __future__ import annotations

import html
from collections.abc import Sequence
from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from briefing_app import __version__
from briefing_app.core.briefing import Briefing, PackRef
from briefing_app.core.translation.packs import pack_credits
from briefing_app.ui.context import AppContext
from briefing_app.ui.i18n import display_name


def _font_file(name: str) -> str:
    try:
        return (resources.files("briefing_app") / "resources" / "fonts" / name).read_text(encoding="utf-8")
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
        credits = "".join(
            f"<h4>{html.escape(title)}</h4><pre>{html.escape(text or self.tr('no README in this pack'))}</pre>"
            for title, text in pack_credits(context.store().packs(), used)
        )
        fonts = html.escape(_font_file("README.md"))
        ofl = html.escape(_font_file("OFL.txt"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        title = html.escape(self.tr("Briefing Desk"))
        summary = html.escape(self.tr("Offline translation and briefing of news articles."))
        packs_title = html.escape(self.tr("Language packs in use"))
        no_packs = html.escape(self.tr("No language packs installed"))
        fonts_title = html.escape(self.tr("Fonts"))
        licence_title = html.escape(self.tr("Font licence (SIL Open Font License 1.1)"))
        self.browser.setHtml(
            f"<h2>{title} {html.escape(__version__)}</h2><p>{summary}</p>"
            f"<h3>{packs_title}</h3><ul>{rows or '<li>' + no_packs + '</li>'}</ul>{credits}"
            f"<h3>{fonts_title}</h3><pre>{fonts}</pre>"
            f"<h3>{licence_title}</h3><pre>{ofl}</pre>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
