"""What a cell of a table file says, and how headers and names are compared.

Shared by every import from a spreadsheet or CSV file (stakeholders, the action plan,
measurements): a cell as the text a spreadsheet shows, the reason a cell cannot be taken,
and the keys that make "Nazwisko *" match "nazwisko" and " Anna  Nowak" match "anna nowak".
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from lagdesk.core.support.table_files.sources import Cell, Unreadable
from lagdesk.i18n import translate

# Letters that do not decompose into a base letter and an accent.
_PLAIN = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"})
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")


class CellProblem(ValueError):
    """Why a cell cannot become the field's value; ``str()`` is the reason a user reads."""


def cell_text(value: Cell) -> str:
    """The text a spreadsheet shows for a cell: 3.0 -> "3", a date -> "2024-05-01"."""
    if value is None:
        return ""
    if isinstance(value, Unreadable):
        raise CellProblem(value.reason)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def name_key(text: str) -> str:
    """How names are compared: case and surrounding or repeated spaces do not count."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def header_key(text: str) -> str:
    """``"Nazwisko *"`` -> ``"nazwisko"``, ``"E-mail"`` -> ``"email"``, ``"Power (1-5)"`` -> ``"power"``."""
    text = _BRACKETED.sub("", text).casefold().translate(_PLAIN)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def spelled_key(text: str) -> str:
    """Like header_key, but accents count: "Imię" and "Imiê" differ."""
    text = unicodedata.normalize("NFC", _BRACKETED.sub("", text).casefold())
    return "".join(c for c in text if c.isalnum())


def column_letter(number: int) -> str:
    """1 -> A, 27 -> AA: how spreadsheets name columns."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_labels(headers: Sequence[str]) -> tuple[str, ...]:
    """A label per column; headers written twice get "(2)" so every label is unique."""
    labels: list[str] = []
    for index, text in enumerate(headers):
        label = " ".join(text.split()) or translate("Import", "column {letter}").format(
            letter=column_letter(index + 1)
        )
        base, number = label, 2
        while label in labels:
            label = f"{base} ({number})"
            number += 1
        labels.append(label)
    return tuple(labels)
