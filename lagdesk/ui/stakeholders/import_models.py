"""Models of the import preview: the problems found, and the rows with their decisions.

Gender is not shown per row (it is used only in counts outside a person's own form); a
gender change is named without its values.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from lagdesk.core.stakeholders import importing as imp
from lagdesk.errors import FieldProblem
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.models import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
C = "Stakeholders"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

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

    def extra(self, record: FieldProblem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return _tint(INVALID_TINT)
        return None


def _name(row: imp.ImportRow) -> str:
    return f"{row.values.first_name} {row.values.last_name}".strip()


def changes_text(row: imp.ImportRow) -> str:
    parts = []
    for name, (old, new) in row.changes.items():
        title = imp.header(name)
        if name == "gender":
            parts.append(title)
        else:
            parts.append(
                QCoreApplication.translate("Stakeholders", "{field}: {old} → {new}").format(
                    field=title, old=old or "–", new=new or "–"
                )
            )
    return "; ".join(parts)


class ImportRowModel(QAbstractTableModel):
    """Rows of the file; the Decision column of a duplicate row is editable."""

    class Column(IntEnum):
        ROW = 0
        STATUS = 1
        DECISION = 2
        NAME = 3
        ORGANISATION = 4
        EMAIL = 5
        DETAILS = 6

    HEADERS = (
        QT_TRANSLATE_NOOP("Stakeholders", "Row"),
        QT_TRANSLATE_NOOP("Stakeholders", "Status"),
        QT_TRANSLATE_NOOP("Stakeholders", "What to do"),
        QT_TRANSLATE_NOOP("Stakeholders", "Name"),
        QT_TRANSLATE_NOOP("Stakeholders", "Organisation"),
        QT_TRANSLATE_NOOP("Stakeholders", "E-mail"),
        QT_TRANSLATE_NOOP("Stakeholders", "Why / what changes"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[imp.ImportRow] = []
        #: file row number -> decision, for rows that match someone
        self.decisions: dict[int, str] = {}

    def set_rows(self, rows: Sequence[imp.ImportRow], default: str = "skip") -> None:
        self.beginResetModel()
        self.rows = list(rows)
        kept = self.decisions
        self.decisions = {
            row.row: kept.get(row.row, default) for row in self.rows if row.duplicate is not None
        }
        self.endResetModel()

    def set_all_decisions(self, decision: str) -> None:
        for number in self.decisions:
            self.decisions[number] = decision
        if self.rows:
            column = self.Column.DECISION
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(C, self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if index.column() == self.Column.DECISION and row.row in self.decisions:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.status == "invalid":
                return _tint(INVALID_TINT)
            return _tint(DUPLICATE_TINT) if row.duplicate is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.ROW:
            return RIGHT
        if role == Qt.ItemDataRole.EditRole and column == self.Column.DECISION:
            return self.decisions.get(row.row)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match column:
            case self.Column.ROW:
                return format_number(row.row)
            case self.Column.STATUS:
                return QCoreApplication.translate(C, STATUS_LABELS[row.status])
            case self.Column.NAME:
                return _name(row)
            case self.Column.ORGANISATION:
                return row.values.organisation
            case self.Column.EMAIL:
                return row.values.email
            case self.Column.DETAILS:
                if row.problems:
                    return "; ".join(f"{p.field}: {p.message}" for p in row.problems)
                if row.duplicate is not None:
                    reason = row.duplicate.reason
                    changed = changes_text(row)
                    return f"{reason}. {changed}" if changed else reason
                return ""
            case self.Column.DECISION:
                decision = self.decisions.get(row.row)
                return decision_label(decision) if decision else ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.Column.DECISION
            or value not in DECISION_LABELS
        ):
            return False
        row = self.rows[index.row()]
        if row.row not in self.decisions:
            return False
        self.decisions[row.row] = value
        self.dataChanged.emit(index, index)
        return True
