"""The one door to translations for the UI, the CLI and the exports.

Everything outside ``lagdesk/ui`` reaches Qt only through this module, and it needs no
widgets: ``QCoreApplication.translate`` works with or without an application object, and
catalogues are installed on a ``QCoreApplication`` when one is running.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "format_date", "install_language", "translate"]

#: Languages the app ships catalogues for, in the order the settings list them.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "pl": "Polski",
    "lv": "Latviešu",
    "ro": "Română",
    "bg": "Български",
}
DEFAULT_LANGUAGE = "en"
#: Number and date conventions per language: English users here are in Europe.
LOCALES = {"en": "en_GB", "pl": "pl_PL", "lv": "lv_LV", "ro": "ro_RO", "bg": "bg_BG"}
CATALOGUE_DIR = Path(__file__).resolve().parent / "translations"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


# Strings are marked with ``translate("Context", "text")`` or, where they are translated
# later, ``QT_TRANSLATE_NOOP("Context", "text")``: the two names pyside6-lupdate extracts.
def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (a Qt Linguist context) for the current language."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context``; it is translated later, where shown."""
    del context
    return text


def current_language() -> str:
    return _current


def system_language() -> str:
    """The system locale's language when lagdesk has a catalogue for it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def normalise_language(code: str | None) -> str:
    if not code:
        return system_language()
    code = code.strip().lower().replace("-", "_").split("_")[0]
    if code not in LANGUAGES:
        raise ValueError(code)
    return code


def install_language(code: str) -> str:
    """Load lagdesk's and Qt's catalogues for ``code`` into the running application.

    Returns the language in force. Without a QCoreApplication nothing can be installed and
    the source (English) text is used.
    """
    global _current
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    _current = code
    QLocale.setDefault(QLocale(LOCALES.get(code, code)))
    if app is None or code == DEFAULT_LANGUAGE:
        return code
    ours = QTranslator(app)
    if ours.load(str(CATALOGUE_DIR / f"lagdesk_{code}.qm")):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", qt_dir):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    return code


def date_format() -> str:
    """The chosen language's short date format, always with a four-digit year."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(value: date | None) -> str:
    """A date as the chosen language writes it (the screen and the exports alike)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())
