"""Turning a cell into the value of a field, or into the reason it cannot be one.

Text is kept as written (NFC-normalised, trimmed); text beginning with = + - @ is data
like any other and is stored as it is. Codes (sector, gender) are accepted as the stored
code, the English label, the label in the UI language, or a few usual words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from enum import StrEnum
from typing import Any, TypeVar

from lagdesk.core.support.labels import label as code_label
from lagdesk.core.support.table_files.cells import CellProblem, cell_text, header_key, name_key
from lagdesk.core.support.table_files.sources import MAX_CELL_CHARS, Cell
from lagdesk.db.codes import Gender, Sector
from lagdesk.i18n import current_language, translate

E = TypeVar("E", bound=StrEnum)

#: Longest text per field, as the database columns are sized.
MAX_LENGTH: dict[str, int] = {
    "organisation": 300,
    "first_name": 100,
    "last_name": 100,
    "role": 200,
    "email": 254,
    "phone": 50,
    "notes": MAX_CELL_CHARS,
    "group": 200,
}
#: Fields whose text is one line: line breaks and tabs in them become spaces.
ONE_LINE = frozenset({"organisation", "first_name", "last_name", "role", "email", "phone"})

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"[\r\n\t]+")
_GROUP_SEPARATORS = re.compile(r"[;\r\n]+")

# Usual words for codes, besides the code and its labels (English, pl, lv, ro, bg).
SECTOR_WORDS: dict[Sector, tuple[str, ...]] = {
    Sector.PUBLIC: ("public sector", "government", "publiczny", "publiskais", "public", "публичен"),
    Sector.PRIVATE: ("private sector", "business", "company", "prywatny", "privātais", "privat", "частен"),
    Sector.CIVIC: ("ngo", "civil society", "non-profit", "social economy", "pozarządowy", "społeczny", "nvo", "nevalstiskais", "ong", "civil", "неправителствен", "граждански"),
    Sector.KNOWLEDGE: ("academia", "university", "research", "education", "nauka", "zinātne", "academic", "cunoaștere", "знание", "академичен"),
}  # fmt: skip
GENDER_WORDS: dict[Gender, tuple[str, ...]] = {
    Gender.FEMALE: ("f", "k", "w", "woman", "kobieta", "sieviete", "femeie", "feminin", "жена"),
    Gender.MALE: ("m", "man", "mężczyzna", "vīrietis", "bărbat", "masculin", "мъж"),
    Gender.NON_BINARY: ("nonbinary", "x", "niebinarna", "niebinarny"),
    Gender.PREFER_NOT_TO_SAY: ("prefer not to answer", "not disclosed"),
    Gender.UNKNOWN: ("?", "n/a", "na"),
}  # fmt: skip

WORDS: dict[type[StrEnum], dict[Any, tuple[str, ...]]] = {
    Sector: SECTOR_WORDS,
    Gender: GENDER_WORDS,
}


def normalise_text(text: str, field_name: str) -> str:
    """Trimmed NFC text without the control characters an Excel file cannot hold.

    Line breaks become spaces in one-line fields and a plain line feed in notes, whichever
    system wrote the file. Stored text goes through it too before it is compared.
    """
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text or ""))
    if field_name in ONE_LINE:
        text = _LINE_BREAKS.sub(" ", text)
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def clean_text(text: str, field_name: str) -> str:
    """normalise_text, refusing text longer than the field holds."""
    text = normalise_text(text, field_name)
    limit = MAX_LENGTH.get(field_name)
    if limit is not None and len(text) > limit:
        message = translate("Import", "the text is {length} characters long; at most {limit}.")
        raise CellProblem(message.format(length=len(text), limit=limit))
    return text


def text_value(value: Cell, field_name: str) -> str:
    return clean_text(cell_text(value), field_name)


@functools.lru_cache(maxsize=16)
def _spellings(enum_cls: type[StrEnum], language: str) -> dict[str, StrEnum]:
    """Key of every accepted spelling -> code, for one UI language (labels are translated)."""
    del language  # part of the cache key only: the labels below depend on it
    words = WORDS.get(enum_cls, {})
    found: dict[str, StrEnum] = {}
    for member in enum_cls:
        spellings = [member.value, member.name, code_label(member), _english_label(member)]
        for spelling in (*spellings, *words.get(member, ())):
            if spelling:
                found.setdefault(header_key(spelling), member)
    return found


def _code(value: Cell, enum_cls: type[E]) -> E | None:
    text = text_value(value, "code")
    if not text:
        return None
    member = _spellings(enum_cls, current_language()).get(header_key(text))
    if member is not None:
        return member  # type: ignore[return-value]
    choices = ", ".join(code_label(member) for member in enum_cls)
    message = translate("Import", "{value} is not one of: {choices}.")
    raise CellProblem(message.format(value=text, choices=choices))


def _english_label(member: StrEnum) -> str:
    from lagdesk.core.support.labels import source_label

    return source_label(member)


def sector_value(value: Cell) -> Sector | None:
    return _code(value, Sector)


def gender_value(value: Cell) -> Gender:
    return _code(value, Gender) or Gender.UNKNOWN


def score_value(value: Cell) -> int | None:
    """A power or interest score: a whole number from 1 to 5, or None for an empty cell."""
    if isinstance(value, bool):
        number: float | None = None
    elif isinstance(value, int | float):
        number = float(value)
    else:
        text = text_value(value, "score").replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            number = None
    if number is None or not number.is_integer() or not 1 <= number <= 5:
        message = translate("Import", "{value} is not a whole number from 1 to 5.")
        raise CellProblem(message.format(value=cell_text(value).strip()))
    return int(number)


def group_names(value: Cell) -> tuple[str, ...]:
    """Group names separated by ";" (or line breaks), each once, in the order written."""
    names: list[str] = []
    seen: set[str] = set()
    for part in _GROUP_SEPARATORS.split(cell_text(value)):
        name = clean_text(" ".join(part.split()), "group")
        if name and name_key(name) not in seen:
            seen.add(name_key(name))
            names.append(name)
    return tuple(names)
