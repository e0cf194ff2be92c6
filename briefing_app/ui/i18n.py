"""The UI language: which one, loading its translations, mirroring the layout, language names.

The app's `.qm` files are build products of `scripts/build_translations.sh`, found through the
package (`briefing_app/resources/i18n`), never through the working directory. Qt's own
`qtbase_<lang>.qm` (standard buttons, file dialogs) comes from PySide6's translations folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from briefing_app.core.languages import language_name, primary_subtag
from briefing_app.core.package_data import resource_path

# The languages the UI is translated into, with their names as their speakers write them.
UI_LANGUAGES: dict[str, str] = {"en": "English", "ar": "العربية", "he": "עברית", "da": "Dansk"}


def _names() -> dict[str, str]:
    """Language names in the UI language, for the languages packs most often cover."""
    return {
        "ar": QCoreApplication.translate("Languages", "Arabic"),
        "da": QCoreApplication.translate("Languages", "Danish"),
        "de": QCoreApplication.translate("Languages", "German"),
        "en": QCoreApplication.translate("Languages", "English"),
        "es": QCoreApplication.translate("Languages", "Spanish"),
        "fa": QCoreApplication.translate("Languages", "Persian"),
        "fr": QCoreApplication.translate("Languages", "French"),
        "he": QCoreApplication.translate("Languages", "Hebrew"),
        "ru": QCoreApplication.translate("Languages", "Russian"),
        "tr": QCoreApplication.translate("Languages", "Turkish"),
        "uk": QCoreApplication.translate("Languages", "Ukrainian"),
        "zh": QCoreApplication.translate("Languages", "Chinese"),
    }


def display_name(code: str) -> str:
    """A language's name in the UI language (English for languages without a translated name)."""
    return _names().get(primary_subtag(code), language_name(code))


def route_label(target: str, pivot: str | None) -> str:
    """ "Hebrew" or "Hebrew (via English)": a pivot route is shown as such."""
    if pivot:
        return QCoreApplication.translate("Languages", "{target} (via {pivot})").format(
            target=display_name(target), pivot=display_name(pivot)
        )
    return display_name(target)


def qm_folder() -> Path:
    return resource_path("i18n")


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues (qtbase_ar.qm: file dialogs, standard buttons) may be.

    Qt's configured folder first; then the `translations` folder inside the PySide6 package, which
    is where a pip-installed or bundled PySide6 keeps them when the configured path does not point
    there (a frozen app, a relocated environment).
    """
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    package = Path(PySide6.__file__).resolve().parent
    folders += [str(package / "Qt" / "translations"), str(package / "translations")]
    return list(dict.fromkeys(f for f in folders if f and Path(f).is_dir()))


def system_language() -> str:
    """The system locale's language when the UI is translated into it, else English."""
    code = primary_subtag(QLocale.system().name())
    return code if code in UI_LANGUAGES else "en"


def resolve_language(setting: str) -> str:
    """The UI language to use for a setting ("" follows the system)."""
    code = primary_subtag(setting) if setting else ""
    return code if code in UI_LANGUAGES else system_language()


class QtCatalogue(QTranslator):
    """Qt's own catalogue (qtbase_<lang>.qm), filling the gaps Qt 6 left in it.

    Qt 6 gave some file-dialog labels a keyboard mnemonic ("&Look in:", "Files of &type:") while the
    Arabic, Hebrew and Danish catalogues still translate them without ("Look in:"): looked up as
    is, they stay English in a translated window. A label the catalogue lacks is looked up again
    without its "&", and the translation gets the mnemonic on its first letter.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None (a null QString) means "not here, ask the next translator"; "" would be a translation.
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        plain = super().translate(context, source.replace("&", "", 1), disambiguation, n) if "&" in source else ""
        return "&" + plain if plain else None


# The translators this app installed, whichever window installed them: a language switch removes
# them all, so two windows (tests, screenshots) never stack two languages.
_INSTALLED: list[QTranslator] = []


class UiLanguage:
    """Installs and swaps the translators of the QApplication."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translators = _INSTALLED
        self.code = "en"

    def apply(self, code: str) -> list[str]:
        """Switch the UI to `code`; returns the translation files that could not be loaded."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        missing: list[str] = []
        self.code = code if code in UI_LANGUAGES else "en"
        if self.code != "en":
            ours = QTranslator(self._app)
            if ours.load(f"briefing_{self.code}", str(qm_folder())):
                self._translators.append(ours)
            else:
                missing.append(str(qm_folder() / f"briefing_{self.code}.qm"))
            qt_own = QtCatalogue(self._app)
            if any(qt_own.load(f"qtbase_{self.code}", folder) for folder in qt_translation_folders()):
                self._translators.append(qt_own)
            for translator in self._translators:
                self._app.installTranslator(translator)
        locale = QLocale(self.code)
        QLocale.setDefault(locale)
        self._app.setLayoutDirection(locale.textDirection())
        return missing


def join_list(items: list[str]) -> str:
    """Items joined with the UI language's list separator: "، " in Arabic, ", " in English."""
    # A translatable separator rather than QLocale.createSeparatedList: that one puts "and" before
    # the last item, which reads wrong for a list of checked menu entries.
    separator = QCoreApplication.translate("Lists", ", ", "separator between the items of a list")
    return separator.join(items)
