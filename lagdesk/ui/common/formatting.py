"""Dates and numbers as the user's locale writes them (QLocale, set by the chosen language)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

# One definition of a date's look for the screen and the exports.
from lagdesk.i18n import date_format, format_date

__all__ = [
    "date_format",
    "format_date",
    "format_date_range",
    "format_number",
    "format_percent",
    "from_qdate",
    "parse_number",
    "to_qdate",
]


def format_date_range(start: date | None, end: date | None) -> str:
    if start is None or end is None or start == end:
        return format_date(start or end)
    return QCoreApplication.translate("Dates", "{start} – {end}").format(
        start=format_date(start), end=format_date(end)
    )


def format_number(value: float) -> str:
    """Whole numbers without decimals, others with up to two."""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    text = locale.toString(float(value), "f", 2)
    decimal = locale.decimalPoint()
    return text.rstrip("0").rstrip(decimal) if decimal in text else text


def format_percent(value: float | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("Numbers", "{number} %").format(number=format_number(value))


def parse_number(text: str) -> float | None:
    """The number typed in the locale's way (or with a dot); None for an empty field.

    Raises ValueError for text that is not a number.
    """
    cleaned = text.strip().rstrip("%").strip()
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if not ok:
        value, ok = QLocale.c().toDouble(cleaned)
    if not ok:
        raise ValueError(text)
    return value


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
