"""The one door to translations for the UI, the CLI and the exports.

Everything outside ``lagdesk/ui`` reaches Qt only through this module, and it needs no
widgets: ``QCoreApplication.translate`` works with or without an application object, and
catalogues are installed on a ``QCoreApplication`` when one is running.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "format_amount",
    "format_date",
    "format_number",
    "install_language",
    "locale",
    "report_language",
    "translate",
]

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
#: A language set for one thread only (an export in another language than the screen's).
_thread = threading.local()
#: Catalogues loaded for those threads, one per language, shared and only read.
_catalogues: dict[str, QTranslator | None] = {}
_catalogues_lock = threading.Lock()


# Strings are marked with ``translate("Context", "text")`` or, where they are translated
# later, ``QT_TRANSLATE_NOOP("Context", "text")``: the two names pyside6-lupdate extracts.
def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (a Qt Linguist context) for the current language:
    this thread's report language when one is set, else the application's."""
    language = getattr(_thread, "language", None)
    if language is None or language == _current:
        return QCoreApplication.translate(context, text, disambiguation, n)
    translator = _catalogue(language)
    found = translator.translate(context, text, disambiguation, n) if translator else ""
    result = found or text
    if n >= 0:
        result = result.replace("%Ln", _locale(language).toString(n)).replace("%n", str(n))
    return result


def _catalogue(language: str) -> QTranslator | None:
    """lagdesk's catalogue for ``language``, loaded once (None when there is none)."""
    with _catalogues_lock:
        if language not in _catalogues:
            translator = QTranslator()
            loaded = translator.load(str(CATALOGUE_DIR / f"lagdesk_{language}.qm"))
            _catalogues[language] = translator if loaded else None
        return _catalogues[language]


@contextmanager
def report_language(code: str | None) -> Iterator[str]:
    """Translate and format in ``code`` on this thread only, for the duration of the block.

    An export runs in the language it is asked for while the window (on the GUI thread)
    keeps its own. ``None`` means the application's language.
    """
    language = normalise_language(code) if code else _current
    previous = getattr(_thread, "language", None)
    _thread.language = language
    try:
        yield language
    finally:
        _thread.language = previous


class TextContext:
    """A Qt Linguist context for code outside a QObject: ``Stakeholders.tr("%n people", "", n)``.

    pyside6-lupdate files ``Name.tr("text")`` under ``Name``, and it marks a count as a
    plural only in a ``tr`` call (``translate(..., "", n)`` with a variable count becomes a
    plain message, and with a call such as ``len(rows)`` it is dropped). So the variable
    must carry the context's own name: ``Stakeholders = TextContext("Stakeholders")``.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context``; it is translated later, where shown."""
    del context
    return text


def current_language() -> str:
    """The language text is translated into on this thread."""
    return getattr(_thread, "language", None) or _current


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
        # A translator belongs to the application that loaded it: gone with it when an
        # export replaced a QCoreApplication by a QGuiApplication (reports.pdf).
        if shiboken6.isValid(old):
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    _current = code
    QLocale.setDefault(QLocale(LOCALES.get(code, code)))
    if app is None:
        return code
    # Qt's own catalogue first, then lagdesk's: the one installed last is asked first, so
    # where lagdesk words Qt's buttons itself (ui/qt_strings.py) its wording is shown.
    if code != DEFAULT_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", qt_dir):
            QCoreApplication.installTranslator(qt_own)
            _installed.append(qt_own)
    ours = QTranslator(app)  # English too: its plural forms are in lagdesk's catalogue
    if ours.load(str(CATALOGUE_DIR / f"lagdesk_{code}.qm")):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    return code


def date_format() -> str:
    """The chosen language's short date format, always with a four-digit year."""
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(value: date | None) -> str:
    """A date as the chosen language writes it (the screen and the exports alike)."""
    if value is None:
        return ""
    return locale().toString(QDate(value.year, value.month, value.day), date_format())


# --- numbers and money -------------------------------------------------------------------

#: How an amount's currency is written after (or before) the number; other codes as they are.
CURRENCY_SYMBOLS = {"EUR": "€", "PLN": "zł", "BGN": "лв.", "RON": "lei", "GBP": "£"}
DEFAULT_CURRENCY = "EUR"


def locale() -> QLocale:
    """The locale numbers and dates follow on this thread (see ``report_language``)."""
    return _locale(None)


def _locale(language: str | None) -> QLocale:
    """``language``'s locale (None: this thread's report language, else the one
    ``install_language`` set)."""
    if language is None:
        language = getattr(_thread, "language", None)
        if language is None:
            return QLocale()
    return QLocale(LOCALES.get(language, language))


def _decimal(value: Decimal | int | float) -> Decimal | None:
    """``value`` as a Decimal (a float by its shortest text, so 0.1 stays 0.1); None when it
    is not a finite number."""
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        value = Decimal(repr(value))
    try:
        found = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    return found if found.is_finite() else None


#: Wide enough to round any float (up to 1e308) to cents without an InvalidOperation.
_WIDE = Context(prec=400)


def _rounded(value: Decimal, decimals: int) -> Decimal:
    """``value`` rounded half up (as amounts are) to ``decimals`` places."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP, context=_WIDE)


def _digits(value: Decimal, decimals: int, locale: QLocale) -> str:
    """The magnitude of ``value`` rounded, with the locale's decimal point and group
    separator. Thousands are always grouped (1 234,56, as users write amounts in tables),
    also where the locale leaves four-digit numbers ungrouped."""
    whole, _, fraction = f"{_rounded(abs(value), decimals):,f}".partition(".")
    text = whole.replace(",", locale.groupSeparator())
    return f"{text}{locale.decimalPoint()}{fraction}" if fraction else text


def _signed(value: Decimal, decimals: int, text: str, locale: QLocale) -> str:
    """``text`` (the magnitude) with a minus sign in front when ``value`` rounds below zero
    (a minus sign, not the accountant's brackets some locales use for money)."""
    return locale.negativeSign() + text if _rounded(value, decimals) < 0 else text


def format_number(
    value: Decimal | int | float | None, decimals: int | None = None, language: str | None = None
) -> str:
    """A number as ``language`` (None: the chosen language) writes it: thousands grouped,
    ``decimals`` places (None: whole numbers without decimals, others with up to two).
    Empty for None or a value that is not a number."""
    if value is None:
        return ""
    number = _decimal(value)
    if number is None:
        return ""
    locale = _locale(language)
    places = decimals
    if places is None:
        places = 0 if number == number.to_integral_value() else 2
    text = _digits(number, places, locale)
    if decimals is None and places:
        text = text.rstrip("0").rstrip(locale.decimalPoint())
    return _signed(number, places, text, locale)


def currency_symbol(currency: str) -> str:
    """How a currency code is written next to an amount: EUR as €, PLN as zł."""
    code = (currency or DEFAULT_CURRENCY).strip().upper()
    return CURRENCY_SYMBOLS.get(code, code)


def format_amount(
    amount: Decimal | int | float | None,
    currency: str = DEFAULT_CURRENCY,
    language: str | None = None,
) -> str:
    """An amount of money with two decimals and its currency, as ``language`` (None: the
    chosen language) writes it: "€1,234.56" in English, "1 234,56 zł" in Polish, "1.234,56
    lei" in Romanian. Where the symbol goes comes from ``QLocale.toCurrencyString``; a
    negative amount gets a minus sign in front. Empty for None."""
    if amount is None:
        return ""
    number = _decimal(amount)
    if number is None:
        return ""
    locale = _locale(language)
    symbol = currency_symbol(currency)
    zero = locale.toString(0.0, "f", 2)
    template = locale.toCurrencyString(0.0, symbol, 2)
    text = template.replace(zero, _digits(number, 2, locale), 1)
    return _signed(number, 2, text, locale)
