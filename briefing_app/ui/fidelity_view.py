"""What the window shows of a briefing's fidelity checks: marks per sentence and a count per language.

Only errors and warnings are shown: "info" findings are notes for the JSON, and marking them would
teach readers to ignore the marks. The check messages come from the core (English, like the CLI's
report); the words around them are translated.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from briefing_app.core.fidelity import Check
from briefing_app.ui.i18n import display_name, join_list
from briefing_app.ui.panes import PaneFlag

SHOWN_SEVERITIES = ("error", "warning")


class Fidelity(QObject):
    """The "Fidelity" translation context for the plural message.

    lupdate reads `self.tr(text, "", n)` as a plural (numerus) message, but not
    `QCoreApplication.translate(..., n)` with a variable n; Arabic needs its six plural forms.
    """

    def warnings(self, count: int) -> str:
        text = self.tr("%n fidelity warning(s)", "", count)
        if "(s)" in text:  # untranslated (the English UI has no .qm): English has two forms
            text = text.replace("(s)", "" if count == 1 else "s")
        return text


def shown_checks(checks: Sequence[Check], target: str | None = None) -> list[Check]:
    """The errors and warnings (of one target language when given)."""
    return [c for c in checks if c.severity in SHOWN_SEVERITIES and (target is None or c.target == target)]


def check_reason(check: Check) -> str:
    """One check as the tooltip line: severity, the core's message, what was expected and found."""
    severity = (
        QCoreApplication.translate("Fidelity", "Error")
        if check.severity == "error"
        else QCoreApplication.translate("Fidelity", "Warning")
    )
    found = check.found or QCoreApplication.translate("Fidelity", "(nothing)")
    expected = check.expected or QCoreApplication.translate("Fidelity", "(nothing)")
    text = QCoreApplication.translate("Fidelity", "{severity}: {message}\nExpected: {expected} · Found: {found}")
    return text.format(severity=severity, message=check.message, expected=expected, found=found)


def pane_flags(checks: Sequence[Check], target: str) -> dict[int, PaneFlag]:
    """The mark of each flagged sentence of `target`: its worst severity and all its reasons."""
    by_sentence: dict[int, list[Check]] = {}
    for check in shown_checks(checks, target):
        by_sentence.setdefault(check.sentence, []).append(check)
    return {
        index: PaneFlag(
            "error" if any(c.severity == "error" for c in found) else "warning",
            "\n\n".join(check_reason(c) for c in found),
        )
        for index, found in by_sentence.items()
    }


def warning_summary(checks: Sequence[Check], targets: Sequence[str]) -> str:
    """ "3 fidelity warnings in Arabic", one part per language that has any; "No fidelity warnings"."""
    parts = []
    for target in targets:
        count = len(shown_checks(checks, target))
        if count:
            warnings = Fidelity().warnings(count)
            text = QCoreApplication.translate("Fidelity", "{warnings} in {language}")
            parts.append(text.format(warnings=warnings, language=display_name(target)))
    return join_list(parts) if parts else QCoreApplication.translate("Fidelity", "No fidelity warnings")
