"""Models of the plan import preview: counts per sheet, the problems and notes found, and the
rows that change (unchanged rows are only counted: a plan holds tens of thousands)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from lagdesk.core.plan.workbook.preview import PlanImportPreview, SheetPreview
from lagdesk.core.support.labels import label
from lagdesk.i18n import QT_TRANSLATE_NOOP, format_amount
from lagdesk.ui.common.formatting import format_date, format_number
from lagdesk.ui.common.models import RecordTableModel

C = "PlanTransfer"
INVALID_TINT = "#fde2e1"
NOTE_TINT = "#fff4ce"
#: Longest old or new value shown in the table; the tooltip has the whole text.
SHOWN_LIMIT = 80

ChangeKind = Literal["create", "update", "skip", "remove"]
KIND_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("PlanTransfer", "New"),
    "update": QT_TRANSLATE_NOOP("PlanTransfer", "Changed"),
    "skip": QT_TRANSLATE_NOOP("PlanTransfer", "Skipped"),
    "remove": QT_TRANSLATE_NOOP("PlanTransfer", "Removed"),
}


def _tint(colour: str) -> QBrush | None:
    """A light row colour on a light palette; none on a dark one (text stays readable)."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    return None if base.lightness() < 128 else QBrush(QColor(colour))


def sheet_name(sheet: SheetPreview) -> str:
    """The sheet as the file names it (the CSV file has none: its kind of rows)."""
    return str(sheet.sheet or sheet.spec.label)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_LIMIT else text[: SHOWN_LIMIT - 1] + "…"


@dataclass(frozen=True)
class Issue:
    """A problem that refuses a row, or a note that does not."""

    sheet: str
    row: int | None
    column: str
    message: str
    blocking: bool


@dataclass(frozen=True)
class ChangeLine:
    """One row of the file that creates, updates or is skipped, or one stored line removed."""

    sheet: str
    row: int | None
    code: str
    kind: ChangeKind
    #: What changes, shortened for the table, and in full for the tooltip.
    details: str
    full_details: str = ""


def _value_text(value: object, money: bool = False) -> str:
    """A value of an imported row as the screen shows it (``money``: an amount in euro)."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_amount(value) if money else QLocale().toString(float(value), "f", 2)
    if isinstance(value, float | int):
        return format_number(value)
    return str(value)


def _new_text(values: dict[str, Any]) -> str:
    """A new row in a few words: its title or name, or what a funding line or measurement holds."""
    for name in ("title", "name"):
        if values.get(name):
            return _short(str(values[name]))
    parts = [
        _value_text(values.get(name), money=name == "amount")
        for name in ("measured_on", "value", "source", "amount", "status")
        if values.get(name) is not None
    ]
    return " · ".join(part for part in parts if part)


def issues_of(preview: PlanImportPreview) -> list[Issue]:
    """Every problem, then every note, each in sheet and row order."""
    problems: list[Issue] = []
    notes: list[Issue] = []
    for sheet in preview.sheets.values():
        name = sheet_name(sheet)
        for row in sheet.rows:
            for problem in row.problems:
                problems.append(Issue(name, row.row, problem.field, problem.message, True))
            for warning in row.warnings:
                notes.append(Issue(name, row.row, warning.field, warning.message, False))
    return problems + notes


def changes_of(preview: PlanImportPreview) -> list[ChangeLine]:
    """The rows that do something, and the funding lines the import removes."""
    arrow = QCoreApplication.translate("PlanTransfer", "{field}: {old} → {new}")
    lines: list[ChangeLine] = []
    for sheet in preview.sheets.values():
        name = sheet_name(sheet)
        for row in sheet.rows:
            if not row.valid or row.status == "unchanged":
                continue
            if row.status == "update":
                shown, full = [], []
                for key, (old, new) in row.changes.items():
                    field = sheet.headers.get(key) or sheet.spec.column(key).label
                    shown.append(
                        arrow.format(field=field, old=_short(old) or "–", new=_short(new) or "–")
                    )
                    full.append(arrow.format(field=field, old=old or "–", new=new or "–"))
                lines.append(
                    ChangeLine(name, row.row, row.key, "update", "; ".join(shown), "\n".join(full))
                )
            elif row.status == "skip":
                lines.append(ChangeLine(name, row.row, row.key, "skip", row.skip_reason))
            else:
                lines.append(ChangeLine(name, row.row, row.key, "create", _new_text(row.values)))
        for removal in sheet.removals:
            lines.append(ChangeLine(name, None, "", "remove", removal.description))
    return lines


class SheetCountModel(RecordTableModel[SheetPreview]):
    """One row per sheet read: how many of its rows are new, changed, unchanged..."""

    class Column(IntEnum):
        SHEET = 0
        ROWS = 1
        NEW = 2
        CHANGED = 3
        UNCHANGED = 4
        REMOVED = 5
        SKIPPED = 6
        PROBLEMS = 7

    CONTEXT = C
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTransfer", "Sheet"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Rows"),
        QT_TRANSLATE_NOOP("PlanTransfer", "New"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Changed"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Unchanged"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Removed"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Skipped"),
        QT_TRANSLATE_NOOP("PlanTransfer", "With problems"),
    )
    RIGHT_ALIGNED = frozenset(range(1, 8))

    def text(self, record: SheetPreview, column: int) -> str:
        if column == self.Column.SHEET:
            return sheet_name(record)
        counts = record.counts
        numbers = (
            counts.rows,
            counts.creates,
            counts.updates,
            counts.unchanged,
            counts.deletes,
            counts.skipped,
            counts.invalid,
        )
        return format_number(numbers[column - 1]) if 1 <= column <= len(numbers) else ""

    def background(self, record: SheetPreview, column: int) -> QBrush | None:
        return _tint(INVALID_TINT) if record.counts.invalid else None


class IssueModel(RecordTableModel[Issue]):
    class Column(IntEnum):
        SHEET = 0
        ROW = 1
        COLUMN = 2
        KIND = 3
        MESSAGE = 4

    CONTEXT = C
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTransfer", "Sheet"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Row"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Column"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Kind"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Problem or note"),
    )
    RIGHT_ALIGNED = frozenset({Column.ROW})

    def text(self, record: Issue, column: int) -> str:
        match column:
            case self.Column.SHEET:
                return record.sheet
            case self.Column.ROW:
                return "" if record.row is None else format_number(record.row)
            case self.Column.COLUMN:
                return record.column
            case self.Column.KIND:
                return (
                    QCoreApplication.translate("PlanTransfer", "Problem")
                    if record.blocking
                    else QCoreApplication.translate("PlanTransfer", "Note")
                )
            case self.Column.MESSAGE:
                return record.message
        return ""

    def background(self, record: Issue, column: int) -> QBrush | None:
        return _tint(INVALID_TINT if record.blocking else NOTE_TINT)


class ChangeModel(RecordTableModel[ChangeLine]):
    class Column(IntEnum):
        SHEET = 0
        ROW = 1
        CODE = 2
        CHANGE = 3
        DETAILS = 4

    CONTEXT = C
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTransfer", "Sheet"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Row"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Code"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Change"),
        QT_TRANSLATE_NOOP("PlanTransfer", "What changes"),
    )
    RIGHT_ALIGNED = frozenset({Column.ROW})

    def text(self, record: ChangeLine, column: int) -> str:
        match column:
            case self.Column.SHEET:
                return record.sheet
            case self.Column.ROW:
                return "" if record.row is None else format_number(record.row)
            case self.Column.CODE:
                return record.code
            case self.Column.CHANGE:
                return QCoreApplication.translate("PlanTransfer", KIND_LABELS[record.kind])
            case self.Column.DETAILS:
                return record.details
        return ""

    def tooltip(self, record: ChangeLine, column: int) -> str | None:
        if column == self.Column.DETAILS:
            return record.full_details or record.details
        return self.text(record, column)


__all__ = [
    "ChangeLine",
    "ChangeModel",
    "Issue",
    "IssueModel",
    "SheetCountModel",
    "changes_of",
    "issues_of",
    "sheet_name",
]
