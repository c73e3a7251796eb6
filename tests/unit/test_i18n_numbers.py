"""Amounts and numbers as each language writes them (lagdesk.i18n.format_amount and
format_number), the same on the screen and in the exports."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from lagdesk import i18n
from lagdesk.i18n import LOCALES, currency_symbol, format_amount, format_number


def plain(text: str) -> str:
    """Non-breaking and narrow spaces as plain ones, to compare with readable literals."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("language", "currency", "expected"),
    [
        ("en", "EUR", "€1,234.56"),
        ("pl", "PLN", "1 234,56 zł"),
        ("pl", "EUR", "1 234,56 €"),
        ("lv", "EUR", "1 234,56 €"),
        ("ro", "RON", "1.234,56 lei"),
        ("bg", "BGN", "1 234,56 лв."),
        ("en", "HUF", "HUF1,234.56"),
    ],
)
def test_amount_per_language(language: str, currency: str, expected: str) -> None:
    assert plain(format_amount(Decimal("1234.56"), currency, language)) == expected


def test_every_shipped_language_writes_amounts() -> None:
    for language in LOCALES:
        text = plain(format_amount(Decimal("1234567.5"), "EUR", language))
        assert "€" in text
        assert text.replace(" ", "").replace(".", "").replace(",", "") in (
            "123456750€",
            "€123456750",
        )
        assert text.replace("€", "").strip()[-3] in ",."  # two decimals


def test_amount_keeps_its_spaces_together() -> None:
    # No line break between the digits or before the currency.
    assert format_amount(1234.5, "PLN", "pl") == "1\xa0234,50\xa0zł"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (None, ""),
        (0, "€0.00"),
        (5, "€5.00"),
        (0.1 + 0.2, "€0.30"),
        (Decimal("0.005"), "€0.01"),  # half up, as money is rounded
        (Decimal("2.675"), "€2.68"),
        (-1234.5, "-€1,234.50"),  # a minus sign, not brackets
        (Decimal("-0.004"), "€0.00"),  # rounds to zero: no sign
        (1e20, "€100,000,000,000,000,000,000.00"),
        (float("nan"), ""),
        (float("inf"), ""),
    ],
)
def test_amount_values(amount: Decimal | int | float | None, expected: str) -> None:
    assert format_amount(amount, language="en") == expected


def test_negative_amount_in_polish() -> None:
    assert plain(format_amount(Decimal("-1234.5"), "PLN", "pl")) == "-1 234,50 zł"


def test_currency_symbols() -> None:
    assert [currency_symbol(code) for code in ("EUR", "pln", "BGN", "RON", "SEK", "")] == [
        "€",
        "zł",
        "лв.",
        "lei",
        "SEK",
        "€",
    ]


def test_amount_follows_the_chosen_language() -> None:
    # install_language, not a patched ``_current``: Polish catalogues must come out again.
    previous = i18n.current_language()
    saved = QLocale()
    try:
        i18n.install_language("pl")
        assert plain(format_amount(Decimal("1234.56"), "PLN")) == "1 234,56 zł"
        assert plain(format_number(1234.5)) == "1 234,5"
    finally:
        i18n.install_language(previous)
        QLocale.setDefault(saved)
    assert format_amount(Decimal("1234.56"), language="en") == "€1,234.56"


@pytest.mark.parametrize(
    ("value", "decimals", "language", "expected"),
    [
        (1234, None, "en", "1,234"),
        (1234.5, None, "en", "1,234.5"),
        (1234.567, None, "en", "1,234.57"),
        (1234.0, None, "pl", "1 234"),
        (1234.5, None, "pl", "1 234,5"),
        (1234.5, 2, "ro", "1.234,50"),
        (2.25, 1, "lv", "2,3"),
        (0.1, 3, "bg", "0,100"),
        (-0.5, None, "en", "-0.5"),
        (Decimal("1234.5600"), None, "en", "1,234.56"),
        (None, 2, "en", ""),
        (float("nan"), None, "en", ""),
        (12, 0, "en", "12"),
    ],
)
def test_numbers(
    value: Decimal | int | float | None, decimals: int | None, language: str, expected: str
) -> None:
    assert plain(format_number(value, decimals, language)) == expected
