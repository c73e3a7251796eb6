"""The plan workbook's sheets and columns, and how one cell is read.

Shared by the export (``plan_import_snapshot.workbook_sheets``) and the import (the
planner), so a file exported and imported unchanged changes nothing. See
``lagdesk.core.plan.workbook`` for how rows meet stored records.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, Literal

from lagdesk.core.support.labels import label, source_label
from lagdesk.core.support.table_files.cells import CellProblem, cell_text, header_key, name_key
from lagdesk.core.support.table_files.sources import Cell, Unreadable, is_blank
from lagdesk.db.codes import (
    Accumulation,
    ActionStatus,
    ActionType,
    Disaggregation,
    Frequency,
    FundingSource,
    FundingStatus,
    GenderDimension,
    IndicatorLevel,
    IndicatorUnit,
    Polarity,
    RiskCategory,
    RiskStatus,
)
from lagdesk.i18n import QT_TRANSLATE_NOOP, current_language, translate

CONTEXT = "PlanColumns"
Kind = Literal["code", "line", "text", "list", "date", "int", "money", "number", "enum"]
RowStatus = Literal["create", "update", "unchanged", "skip"]
#: Longest code (action, objective, indicator, risk), as the database columns are sized.
CODE_LIMIT = 32
#: The breakdown of a measurement by sex, as measurement_breakdown stores it.
SEX, WOMEN, MEN = "sex", "female", "male"
CENT = Decimal("0.01")


# --- Sheets and columns -----------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column: the field it feeds, its English header and how its cells read."""

    field: str
    header: str
    kind: Kind
    enum: type[StrEnum] | None = None
    variants: tuple[str, ...] = ()
    limit: int | None = None

    @property
    def label(self) -> str:
        """The header in the current language, as the export writes it."""
        return translate(CONTEXT, self.header)


@dataclass(frozen=True)
class SheetSpec:
    key: str
    title: str
    columns: tuple[Column, ...]
    #: Fields without which the sheet cannot be read at all.
    required: tuple[str, ...]

    @property
    def label(self) -> str:
        return translate(CONTEXT, self.title)

    def column(self, name: str) -> Column:
        return _COLUMNS[self.key][name]


def _column(
    name: str,
    header: str,
    kind: Kind,
    enum: type[StrEnum] | None = None,
    *variants: str,
    limit: int | None = None,
) -> Column:
    return Column(name, header, kind, enum, variants, limit)


ACTIONS = SheetSpec(
    "actions",
    QT_TRANSLATE_NOOP("PlanColumns", "Actions"),
    (
        _column("objective_code", QT_TRANSLATE_NOOP("PlanColumns", "Objective code"), "code", None, "objective"),
        _column("code", QT_TRANSLATE_NOOP("PlanColumns", "Action code"), "code", None, "code", "action"),
        _column("title", QT_TRANSLATE_NOOP("PlanColumns", "Title"), "line", None, "action title", limit=500),
        _column("description", QT_TRANSLATE_NOOP("PlanColumns", "Description"), "text"),
        _column("type", QT_TRANSLATE_NOOP("PlanColumns", "Type"), "enum", ActionType, "action type"),
        _column("lead_organisation", QT_TRANSLATE_NOOP("PlanColumns", "Lead organisation"), "line", None, "lead organization", "lead"),
        _column("partners", QT_TRANSLATE_NOOP("PlanColumns", "Partner organisations"), "list", None, "partner organizations", "partners"),
        _column("responsible_person", QT_TRANSLATE_NOOP("PlanColumns", "Responsible person"), "line", None, "responsible"),
        _column("start_date", QT_TRANSLATE_NOOP("PlanColumns", "Start"), "date", None, "start date"),
        _column("end_date", QT_TRANSLATE_NOOP("PlanColumns", "End"), "date", None, "end date"),
        _column("status", QT_TRANSLATE_NOOP("PlanColumns", "Status"), "enum", ActionStatus),
        _column("progress_percent", QT_TRANSLATE_NOOP("PlanColumns", "Progress %"), "int", None, "progress percent"),
        _column("estimated_cost", QT_TRANSLATE_NOOP("PlanColumns", "Estimated cost (EUR)"), "money", None, "cost"),
        _column("expected_result", QT_TRANSLATE_NOOP("PlanColumns", "Expected result"), "text"),
        _column("outputs", QT_TRANSLATE_NOOP("PlanColumns", "Outputs"), "text"),
        _column("tags", QT_TRANSLATE_NOOP("PlanColumns", "Tags"), "list"),
        _column("gender_dimension", QT_TRANSLATE_NOOP("PlanColumns", "Gender dimension"), "enum", GenderDimension),
    ),
    ("code",),
)  # fmt: skip
FUNDING = SheetSpec(
    "funding",
    QT_TRANSLATE_NOOP("PlanColumns", "Funding"),
    (
        _column("action_code", QT_TRANSLATE_NOOP("PlanColumns", "Action code"), "code", None, "action", "code"),
        _column("source", QT_TRANSLATE_NOOP("PlanColumns", "Source"), "enum", FundingSource, "funding source"),
        _column("amount", QT_TRANSLATE_NOOP("PlanColumns", "Amount (EUR)"), "money"),
        _column("status", QT_TRANSLATE_NOOP("PlanColumns", "Status"), "enum", FundingStatus, "funding status"),
        _column("note", QT_TRANSLATE_NOOP("PlanColumns", "Note"), "text", None, "notes"),
    ),
    ("action_code", "source", "amount"),
)  # fmt: skip
INDICATORS = SheetSpec(
    "indicators",
    QT_TRANSLATE_NOOP("PlanColumns", "Indicators"),
    (
        _column("code", QT_TRANSLATE_NOOP("PlanColumns", "Indicator code"), "code", None, "code", "indicator"),
        _column("eu_code", QT_TRANSLATE_NOOP("PlanColumns", "EU code"), "code", None, "eu indicator code", "eu common indicator"),
        _column("name", QT_TRANSLATE_NOOP("PlanColumns", "Name"), "line", None, "indicator name", limit=500),
        _column("definition", QT_TRANSLATE_NOOP("PlanColumns", "Definition"), "text"),
        _column("level", QT_TRANSLATE_NOOP("PlanColumns", "Level"), "enum", IndicatorLevel),
        _column("unit", QT_TRANSLATE_NOOP("PlanColumns", "Unit"), "enum", IndicatorUnit),
        _column("polarity", QT_TRANSLATE_NOOP("PlanColumns", "Polarity"), "enum", Polarity),
        _column("accumulation", QT_TRANSLATE_NOOP("PlanColumns", "Accumulation"), "enum", Accumulation),
        _column("baseline_value", QT_TRANSLATE_NOOP("PlanColumns", "Baseline value"), "number", None, "baseline"),
        _column("baseline_date", QT_TRANSLATE_NOOP("PlanColumns", "Baseline date"), "date"),
        _column("target_value", QT_TRANSLATE_NOOP("PlanColumns", "Target value"), "number", None, "target"),
        _column("target_date", QT_TRANSLATE_NOOP("PlanColumns", "Target date"), "date"),
        _column("data_source", QT_TRANSLATE_NOOP("PlanColumns", "Data source"), "text"),
        _column("collection_method", QT_TRANSLATE_NOOP("PlanColumns", "Collection method"), "text"),
        _column("frequency", QT_TRANSLATE_NOOP("PlanColumns", "Frequency"), "enum", Frequency),
        _column("disaggregation", QT_TRANSLATE_NOOP("PlanColumns", "Disaggregation"), "enum", Disaggregation),
        _column("objectives", QT_TRANSLATE_NOOP("PlanColumns", "Linked objective codes"), "list", None, "objective codes", "objectives", "linked objectives"),
        _column("actions", QT_TRANSLATE_NOOP("PlanColumns", "Linked action codes"), "list", None, "action codes", "actions", "linked actions"),
    ),
    ("code",),
)  # fmt: skip
MEASUREMENTS = SheetSpec(
    "measurements",
    QT_TRANSLATE_NOOP("PlanColumns", "Measurements"),
    (
        _column("indicator_code", QT_TRANSLATE_NOOP("PlanColumns", "Indicator code"), "code", None, "indicator", "code"),
        _column("measured_on", QT_TRANSLATE_NOOP("PlanColumns", "Date"), "date", None, "measured on", "measurement date"),
        _column("value", QT_TRANSLATE_NOOP("PlanColumns", "Value"), "number", None, "measurement", "measured value"),
        _column("women", QT_TRANSLATE_NOOP("PlanColumns", "Value women"), "number", None, "women", "female", "value female"),
        _column("men", QT_TRANSLATE_NOOP("PlanColumns", "Value men"), "number", None, "men", "male", "value male"),
        _column("source_note", QT_TRANSLATE_NOOP("PlanColumns", "Source note"), "text", None, "source", "note"),
        _column("entered_by", QT_TRANSLATE_NOOP("PlanColumns", "Entered by"), "line", None, limit=200),
    ),
    ("indicator_code", "measured_on", "value"),
)  # fmt: skip
RISKS = SheetSpec(
    "risks",
    QT_TRANSLATE_NOOP("PlanColumns", "Risks"),
    (
        _column("code", QT_TRANSLATE_NOOP("PlanColumns", "Risk code"), "code", None, "code", "risk"),
        _column("title", QT_TRANSLATE_NOOP("PlanColumns", "Title"), "line", None, "risk title", limit=300),
        _column("description", QT_TRANSLATE_NOOP("PlanColumns", "Description"), "text"),
        _column("category", QT_TRANSLATE_NOOP("PlanColumns", "Category"), "enum", RiskCategory),
        _column("likelihood", QT_TRANSLATE_NOOP("PlanColumns", "Likelihood (1-5)"), "int"),
        _column("impact", QT_TRANSLATE_NOOP("PlanColumns", "Impact (1-5)"), "int"),
        _column("mitigation", QT_TRANSLATE_NOOP("PlanColumns", "Mitigation"), "text"),
        _column("owner", QT_TRANSLATE_NOOP("PlanColumns", "Owner"), "line", None, "risk owner"),
        _column("status", QT_TRANSLATE_NOOP("PlanColumns", "Status"), "enum", RiskStatus),
        _column("actions", QT_TRANSLATE_NOOP("PlanColumns", "Linked action codes"), "list", None, "action codes", "actions", "linked actions"),
    ),
    ("code", "title"),
)  # fmt: skip
#: The sheets in the order the export writes them and the import applies them.
SHEETS: tuple[SheetSpec, ...] = (ACTIONS, FUNDING, INDICATORS, MEASUREMENTS, RISKS)
SHEET_OF: dict[str, SheetSpec] = {spec.key: spec for spec in SHEETS}
_COLUMNS = {spec.key: {column.field: column for column in spec.columns} for spec in SHEETS}

# Record fields named differently from the column that feeds them.
_RECORD_FIELD_COLUMN = {
    "objective_id": "objective_code",
    "lead_organisation_id": "lead_organisation",
    "responsible_person_id": "responsible_person",
    "action_id": "action_code",
    "indicator_id": "indicator_code",
    "owner_person_id": "owner",
}

# Usual words for codes, besides the code, its name and its labels.
_WORDS: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    GenderDimension: {
        "01": ("1", "targeting", "gender targeting"),
        "02": ("2", "mainstreaming", "gender mainstreaming"),
        "03": ("3", "neutral", "gender neutral"),
    },
    IndicatorUnit: {
        "percent": ("%", "percentage", "share"),
        "eur": ("euro", "€"),
        "yes_no": ("yes/no", "boolean"),
        "tco2e": ("tco2", "co2e"),
    },
    Polarity: {"increase": ("up", "higher is better"), "decrease": ("down", "lower is better")},
    Accumulation: {"latest": ("last", "latest")},
    Disaggregation: {"none": ("no", "not disaggregated"), "sex": ("by gender", "gender")},
    FundingSource: {"national": ("national",), "private": ("private",), "esf_plus": ("esf",)},
    FundingStatus: {"applied": ("applied",)},
}


# --- Cells --------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LIST_SEPARATORS = re.compile(r"[;\r\n]+")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")


def normalised(text: str, *, one_line: bool = False) -> str:
    """Trimmed NFC text without control characters; stored text is compared through it too."""
    if text.isascii() and text.isprintable():  # most cells: nothing to normalise
        return " ".join(text.split()) if one_line else text.strip()
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text or ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if one_line:
        text = " ".join(text.split())
    return text.strip()


def _text(value: Cell, *, one_line: bool, limit: int | None) -> str:
    text = normalised(cell_text(value), one_line=one_line)
    if limit is not None and len(text) > limit:
        message = translate("PlanImport", "the text is {length} characters long; at most {limit}.")
        raise CellProblem(message.format(length=len(text), limit=limit))
    return text


def _number(value: Cell) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise CellProblem(
            translate("PlanImport", "{value} is not a number.").format(value=cell_text(value))
        )
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = "".join(value.replace("\u00a0", " ").replace("\u202f", " ").split())
        if "," in text and "." in text:
            decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
            thousands = "." if decimal_mark == "," else ","
            text = text.replace(thousands, "").replace(decimal_mark, ".")
        else:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            number = math.nan
    if not math.isfinite(number):
        raise CellProblem(
            translate("PlanImport", "{value} is not a number.").format(
                value=cell_text(value).strip()
            )
        )
    return number


def _whole(value: Cell) -> int:
    number = _number(value)
    if not number.is_integer():
        message = translate("PlanImport", "{value} is not a whole number.")
        raise CellProblem(message.format(value=cell_text(value).strip()))
    return int(number)


def _money(value: Cell) -> Decimal:
    number = _number(value)
    return Decimal(repr(number)).quantize(CENT, rounding=ROUND_HALF_UP)


def _date(value: Cell) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value).strip() if isinstance(value, str) else ""
    try:
        if match := _ISO.match(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DAY_FIRST.match(text):
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        pass
    message = translate("PlanImport", "{value} is not a date; write it as YYYY-MM-DD.")
    raise CellProblem(message.format(value=cell_text(value).strip()))


def _spelling_key(text: str) -> str:
    return header_key(text) or text.strip().casefold()


@functools.lru_cache(maxsize=64)
def _spellings(enum_cls: type[StrEnum], language: str) -> dict[str, StrEnum]:
    """Key of every accepted spelling -> code, for one UI language (labels are translated)."""
    del language  # part of the cache key only
    found: dict[str, StrEnum] = {}
    words = _WORDS.get(enum_cls, {})
    for member in enum_cls:
        spellings = (member.value, member.name, source_label(member), label(member))
        for spelling in (*spellings, *words.get(member.value, ())):
            found.setdefault(_spelling_key(spelling), member)
    return found


def _enum(value: Cell, enum_cls: type[StrEnum]) -> StrEnum:
    text = normalised(cell_text(value), one_line=True)
    member = _spellings(enum_cls, current_language()).get(_spelling_key(text))
    if member is None:
        choices = ", ".join(label(member) for member in enum_cls)
        message = translate("PlanImport", "{value} is not one of: {choices}.")
        raise CellProblem(message.format(value=text, choices=choices))
    return member


def _list(value: Cell, limit: int) -> tuple[str, ...]:
    """Items separated by ";" or line breaks, each once, in the order written."""
    items: list[str] = []
    seen: set[str] = set()
    for part in _LIST_SEPARATORS.split(cell_text(value)):
        item = normalised(part, one_line=True)
        if len(item) > limit:
            message = translate(
                "PlanImport", "{item} is {length} characters long; at most {limit}."
            )
            raise CellProblem(message.format(item=item, length=len(item), limit=limit))
        if item and name_key(item) not in seen:
            seen.add(name_key(item))
            items.append(item)
    return tuple(items)


def parse_cell(column: Column, value: Cell) -> Any:
    """The value of ``column`` in a cell, None for an empty one; CellProblem says why not."""
    if isinstance(value, Unreadable):
        raise CellProblem(value.reason)
    kind = column.kind
    if kind in ("code", "line", "text"):
        limit = CODE_LIMIT if kind == "code" else column.limit
        return _text(value, one_line=kind != "text", limit=limit)
    if kind == "list":
        return _list(value, CODE_LIMIT if column.field in ("objectives", "actions") else 300)
    if is_blank(value):
        return None
    if kind == "date":
        return _date(value)
    if kind == "int":
        return _whole(value)
    if kind == "money":
        return _money(value)
    if kind == "number":
        return _number(value)
    assert column.enum is not None
    return _enum(value, column.enum)


@functools.lru_cache(maxsize=65536)
def code_key(code: str) -> str:
    """How codes are compared: case and surrounding spaces do not count."""
    return name_key(code)
