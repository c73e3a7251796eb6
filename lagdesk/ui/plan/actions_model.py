"""The action table of the selected objective; status and progress are edited in place."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lagdesk.core.labels import choices, label
from lagdesk.core.plan_actions import ActionRow
from lagdesk.db.codes import ActionStatus
from lagdesk.ui.formatting import format_date, format_percent

Index = QModelIndex | QPersistentModelIndex

(CODE, TITLE, TYPE, LEAD, START, END, STATUS, PROGRESS, COST, SECURED, GAP) = range(11)
ID_ROLE = Qt.ItemDataRole.UserRole + 1

#: Asks the page to store a change: (action id, field, value) -> True when stored.
EditHandler = Callable[[int, str, Any], bool]


def format_money(value: Decimal | None) -> str:
    """An amount with two decimals, as the locale writes it; empty when not set."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", 2)


class ActionTableModel(QAbstractTableModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[ActionRow] = []
        self.on_edit: EditHandler | None = None
        self._headers = [
            QCoreApplication.translate("PlanActions", "Code"),
            QCoreApplication.translate("PlanActions", "Title"),
            QCoreApplication.translate("PlanActions", "Type"),
            QCoreApplication.translate("PlanActions", "Lead"),
            QCoreApplication.translate("PlanActions", "Start"),
            QCoreApplication.translate("PlanActions", "End"),
            QCoreApplication.translate("PlanActions", "Status"),
            QCoreApplication.translate("PlanActions", "Progress"),
            QCoreApplication.translate("PlanActions", "Cost (EUR)"),
            QCoreApplication.translate("PlanActions", "Secured (EUR)"),
            QCoreApplication.translate("PlanActions", "Gap (EUR)"),
        ]

    # -- contents ------------------------------------------------------------------------

    def set_rows(self, rows: list[ActionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ActionRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ActionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, action_id: int) -> int:
        for number, item in enumerate(self._rows):
            if item.id == action_id:
                return number
        return -1

    # -- model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (STATUS, PROGRESS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == STATUS:
                return item.status.value
            if column == PROGRESS:
                return item.progress_percent
            return self._display(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PROGRESS, COST, SECURED, GAP):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return item.title
        return None

    @staticmethod
    def _display(item: ActionRow, column: int) -> str:
        values = {
            CODE: item.code,
            TITLE: item.title,
            TYPE: label(item.type),
            LEAD: item.lead_organisation,
            START: format_date(item.start_date) if item.start_date else "",
            END: format_date(item.end_date) if item.end_date else "",
            STATUS: label(item.status),
            PROGRESS: format_percent(item.progress_percent),
            COST: format_money(item.estimated_cost),
            SECURED: format_money(item.secured),
            GAP: format_money(item.gap),
        }
        return values.get(column, "")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        item = self._rows[index.row()]
        if index.column() == STATUS:
            try:
                status = ActionStatus(str(value))
            except ValueError:
                return False
            if status == item.status:
                return False
            return self._stored(index, "status", status)
        if index.column() == PROGRESS:
            try:
                progress = int(value)
            except (TypeError, ValueError):
                return False
            if progress == item.progress_percent:
                return False
            return self._stored(index, "progress_percent", progress)
        return False

    def _stored(self, index: Index, name: str, value: Any) -> bool:
        """Ask the page to store the change; show it at once when it was stored (the page
        reloads the table after the editor has closed)."""
        assert self.on_edit is not None
        item = self._rows[index.row()]
        if not self.on_edit(item.id, name, value):
            return False
        row = self.row_of(item.id)
        if row >= 0:
            self._rows[row] = dataclasses.replace(self._rows[row], **{name: value})
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True


class StatusDelegate(QStyledItemDelegate):
    """A list of the action statuses for the status column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for code, text in choices(ActionStatus):
            editor.addItem(text, code.value)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
