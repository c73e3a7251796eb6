"""Models of the import preview: the problems found, and the rows with their decisions.

Gender is not shown per row (it is used only in counts outside a person's own form); a
gender change is named without its values.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from lagdesk.core.stakeholders.importing import columns
from lagdesk.core.stakeholders.importing.plan import ImportRow
from lagdesk.errors import FieldProblem
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.models import Index, RecordTableModel

C = "Stakeholders"

DECISION_LABELS: dict[str, str] = {
    "skip": QT_TRANSLATE_NOOP("Stakeholders", "Skip this row"),
    "update": QT_TRANSLATE_NOOP("Stakeholders", "Update the person"),
    "create": QT_TRANSLATE_NOOP("Stakeholders", "Add as another person"),
}
STATUS_LABELS: dict[str, str] = {
    "invalid": QT_TRANSLATE_NOOP("Stakeholders", "Has problems"),
    "new": QT_TRANSLATE_NOOP("Stakeholders", "New"),
    "existing": QT_TRANSLATE_NOOP("Stakeholders", "Already in the register"),
    "repeated": QT_TRANSLATE_NOOP("Stakeholders", "Repeats an earlier row"),
}


def decision_label(decision: str) -> str:
    return QCoreApplication.translate(C, DECISION_LABELS[decision])


def _tint(colour: str) -> QBrush | None:
    """A light row colour on a light palette; none on a dark one (text stays readable)."""
    window = QApplication.palette().color(QPalette.ColorRole.Base)
    return None if window.lightness() < 128 else QBrush(QColor(colour))


INVALID_TINT = "#fde2e1"
DUPLICATE_TINT = "#fff4ce"


class ProblemTableModel(RecordTableModel[FieldProblem]):
    class Column(IntEnum):
        ROW = 0
        COLUMN = 1
        REASON = 2

    CONTEXT = C
    HEADERS = (
        QT_TRANSLATE_NOOP("Stakeholders", "Row"),
        QT_TRANSLATE_NOOP("Stakeholders", "Column"),
        QT_TRANSLATE_NOOP("Stakeholders", "Problem"),
    )
    RIGHT_ALIGNED = frozenset({Column.ROW})

    def text(self, record: FieldProblem, column: int) -> str:
        match column:
            case self.Column.ROW:
                return "" if record.row is None else format_number(record.row)
            case self.Column.COLUMN:
                return record.field
            case self.Column.REASON:
                return record.message
        return ""

    def background(self, record: FieldProblem, column: int) -> QBrush | None:
        return _tint(INVALID_TINT)


def _name(row: ImportRow) -> str:
    return f"{row.values.first_name} {row.values.last_name}".strip()


def changes_text(row: ImportRow) -> str:
    parts = []
    for name, (old, new) in row.changes.items():
        title = columns.header(name)
        if name == "gender":
            parts.append(title)
        else:
            parts.append(
                QCoreApplication.translate("Stakeholders", "{field}: {old} → {new}").format(
                    field=title, old=old or "–", new=new or "–"
                )
            )
    return "; ".join(parts)


class ImportRowModel(RecordTableModel[ImportRow]):
    """Rows of the file; the Decision column of a duplicate row is editable."""

    class Column(IntEnum):
        ROW = 0
        STATUS = 1
        DECISION = 2
        NAME = 3
        ORGANISATION = 4
        EMAIL = 5
        DETAILS = 6

    CONTEXT = C
    HEADERS = (
        QT_TRANSLATE_NOOP("Stakeholders", "Row"),
        QT_TRANSLATE_NOOP("Stakeholders", "Status"),
        QT_TRANSLATE_NOOP("Stakeholders", "What to do"),
        QT_TRANSLATE_NOOP("Stakeholders", "Name"),
        QT_TRANSLATE_NOOP("Stakeholders", "Organisation"),
        QT_TRANSLATE_NOOP("Stakeholders", "E-mail"),
        QT_TRANSLATE_NOOP("Stakeholders", "Why / what changes"),
    )
    RIGHT_ALIGNED = frozenset({Column.ROW})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: file row number -> decision, for rows that match someone
        self.decisions: dict[int, str] = {}

    def set_records(self, items: Sequence[ImportRow], default: str = "skip") -> None:
        """Show ``items``; a duplicate row keeps the decision it had, others get ``default``."""
        kept = self.decisions
        self.decisions = {
            row.row: kept.get(row.row, default) for row in items if row.duplicate is not None
        }
        super().set_records(items)

    def set_all_decisions(self, decision: str) -> None:
        for number in self.decisions:
            self.decisions[number] = decision
        if self._records:
            column = self.Column.DECISION
            last = len(self._records) - 1
            self.dataChanged.emit(self.index(0, column), self.index(last, column))

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = self.record_at(index.row()) if index.isValid() else None
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.Column.DECISION and row.row in self.decisions:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def background(self, record: ImportRow, column: int) -> QBrush | None:
        if record.status == "invalid":
            return _tint(INVALID_TINT)
        return _tint(DUPLICATE_TINT) if record.duplicate is not None else None

    def extra(self, record: ImportRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column == self.Column.DECISION:
            return self.decisions.get(record.row)
        return None

    def text(self, record: ImportRow, column: int) -> str:
        match column:
            case self.Column.ROW:
                return format_number(record.row)
            case self.Column.STATUS:
                return QCoreApplication.translate(C, STATUS_LABELS[record.status])
            case self.Column.NAME:
                return _name(record)
            case self.Column.ORGANISATION:
                return record.values.organisation
            case self.Column.EMAIL:
                return record.values.email
            case self.Column.DETAILS:
                if record.problems:
                    return "; ".join(f"{p.field}: {p.message}" for p in record.problems)
                if record.duplicate is not None:
                    reason = record.duplicate.reason
                    changed = changes_text(record)
                    return f"{reason}. {changed}" if changed else reason
                return ""
            case self.Column.DECISION:
                decision = self.decisions.get(record.row)
                return decision_label(decision) if decision else ""
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.Column.DECISION
            or value not in DECISION_LABELS
        ):
            return False
        row = self.record_at(index.row())
        if row is None or row.row not in self.decisions:
            return False
        self.decisions[row.row] = value
        self.dataChanged.emit(index, index)
        return True
