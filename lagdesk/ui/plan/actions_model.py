"""The action table of the selected objective; status and progress are edited in place,
and rows are dragged onto an objective of the tree to move the actions there."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from lagdesk.core.plan.actions import ActionRow
from lagdesk.core.support.labels import choices, label
from lagdesk.db.codes import ActionStatus
from lagdesk.i18n import DEFAULT_CURRENCY, QT_TRANSLATE_NOOP, format_amount, format_number
from lagdesk.ui.common.formatting import format_date, format_percent
from lagdesk.ui.common.models import RecordTableModel
from lagdesk.ui.plan.tree_model import ACTION_MIME, ids_mime

Index = QModelIndex | QPersistentModelIndex

(CODE, TITLE, TYPE, LEAD, START, END, STATUS, PROGRESS, COST, SECURED, GAP) = range(11)
#: The exact amount of a cost, secured or gap cell (a Decimal, None when not set).
AMOUNT_ROLE = Qt.ItemDataRole.UserRole + 2
#: The plan's amounts are euro: neither the plan nor the network stores a currency.
CURRENCY = DEFAULT_CURRENCY
#: A column's starting width in digits of the table's font (the user can drag it).
WIDTHS = {
    CODE: 7,
    TITLE: 40,
    TYPE: 18,
    LEAD: 24,
    START: 11,
    END: 11,
    STATUS: 11,
    PROGRESS: 9,
    COST: 14,
    SECURED: 14,
    GAP: 14,
}

#: Asks the page to store a change: (action id, field, value) -> True when stored.
EditHandler = Callable[[int, str, Any], bool]


def money_text(value: Decimal | None) -> str:
    """An amount as a plain number with two decimals ("18 000,00"), for a field the user
    edits (``parse_money`` reads it back); empty when not set."""
    if value is None:
        return ""
    return format_number(value, 2)


class ActionTableModel(RecordTableModel[ActionRow]):
    CONTEXT = "PlanActions"
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanActions", "Code"),
        QT_TRANSLATE_NOOP("PlanActions", "Title"),
        QT_TRANSLATE_NOOP("PlanActions", "Type"),
        QT_TRANSLATE_NOOP("PlanActions", "Lead"),
        QT_TRANSLATE_NOOP("PlanActions", "Start"),
        QT_TRANSLATE_NOOP("PlanActions", "End"),
        QT_TRANSLATE_NOOP("PlanActions", "Status"),
        QT_TRANSLATE_NOOP("PlanActions", "Progress"),
        QT_TRANSLATE_NOOP("PlanActions", "Cost"),
        QT_TRANSLATE_NOOP("PlanActions", "Secured"),
        QT_TRANSLATE_NOOP("PlanActions", "Gap"),
    )
    RIGHT_ALIGNED = frozenset({PROGRESS, COST, SECURED, GAP})

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        #: The cells' texts of the actions painted so far (the large plan has 2,000 rows).
        self._texts: dict[int, tuple[str, ...]] = {}
        self.on_edit: EditHandler | None = None

    def set_records(self, items: Sequence[ActionRow]) -> None:
        self._texts.clear()
        super().set_records(items)

    # -- model ---------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() in (STATUS, PROGRESS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.IgnoreAction

    def mimeTypes(self) -> list[str]:
        return [ACTION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The ids of the actions of ``indexes``, in table order."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        found = (self.record_at(row) for row in rows)
        return ids_mime(ACTION_MIME, [item.id for item in found if item is not None])

    def text(self, record: ActionRow, column: int) -> str:
        texts = self._texts.get(record.id)
        if texts is None:
            texts = self._texts[record.id] = self._display(record)
        return texts[column] if 0 <= column < len(texts) else ""

    def tooltip(self, record: ActionRow, column: int) -> str | None:
        return record.title if column == TITLE else None

    def extra(self, record: ActionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            if column == STATUS:
                return record.status.value
            if column == PROGRESS:
                return record.progress_percent
            return self.text(record, column)
        if role == AMOUNT_ROLE:
            return {COST: record.estimated_cost, SECURED: record.secured, GAP: record.gap}.get(
                column
            )
        return None

    @staticmethod
    def _display(item: ActionRow) -> tuple[str, ...]:
        """The texts of a row's cells, in column order."""
        return (
            item.code,
            item.title,
            label(item.type),
            item.lead_organisation,
            format_date(item.start_date) if item.start_date else "",
            format_date(item.end_date) if item.end_date else "",
            label(item.status),
            format_percent(item.progress_percent),
            format_amount(item.estimated_cost),
            format_amount(item.secured),
            format_amount(item.gap),
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        item = self.record_at(index.row())
        if item is None:
            return False
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
        item = self.record_at(index.row())
        if item is None or not self.on_edit(item.id, name, value):
            return False
        row = self.row_of(item.id)
        if row >= 0:
            self._records[row] = dataclasses.replace(self._records[row], **{name: value})
            self._texts.pop(item.id, None)
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


def action_table(model: ActionTableModel) -> QTableView:
    """The table of actions: rows selected whole (several at once), dragged onto the tree;
    status and progress edited in place; one line per action."""
    table = QTableView()
    table.setObjectName("action_table")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
    )
    table.setDragEnabled(True)
    table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    table.setDefaultDropAction(Qt.DropAction.MoveAction)
    table.setItemDelegateForColumn(STATUS, StatusDelegate(table))
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    digit = table.fontMetrics().horizontalAdvance("0")
    for column, digits in WIDTHS.items():
        header.resizeSection(column, digits * digit)
    return table
