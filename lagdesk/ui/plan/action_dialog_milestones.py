"""The action dialog's Milestones tab: a table of title, due date and done, with Add and
Remove; milestones due outside the action's dates are pointed out, not refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.support import records
from lagdesk.ui.common.formatting import format_date, from_qdate, to_qdate
from lagdesk.ui.common.widgets import DateEdit, error_colour

Index = QModelIndex | QPersistentModelIndex
TITLE, DUE, DONE = range(3)


@dataclass
class _Milestone:
    id: int | None
    title: str
    due_on: date
    done: bool


class MilestonesModel(QAbstractTableModel):
    """The action's milestones as edited; ``milestones`` gives them back as records."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Milestone] = []
        self._headers = [self.tr("Milestone"), self.tr("Due date"), self.tr("Done")]
        self.dataChanged.connect(self.changed)
        self.rowsInserted.connect(self.changed)
        self.rowsRemoved.connect(self.changed)
        self.modelReset.connect(self.changed)

    def set_milestones(self, milestones: tuple[records.Milestone, ...]) -> None:
        self.beginResetModel()
        self._rows = [_Milestone(m.id, m.title, m.due_on, m.done) for m in milestones]
        self.endResetModel()

    def milestones(self, action_id: int) -> list[records.Milestone]:
        return [
            records.Milestone(
                id=row.id, action_id=action_id, title=row.title, due_on=row.due_on, done=row.done
            )
            for row in self._rows
        ]

    def add_milestone(self, due_on: date) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Milestone(None, "", due_on, False))
        self.endInsertRows()
        return row

    def remove_milestone(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if column == TITLE and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.title
        if column == DUE and role == Qt.ItemDataRole.DisplayRole:
            return format_date(row.due_on)
        if column == DUE and role == Qt.ItemDataRole.EditRole:
            return to_qdate(row.due_on)
        if column == DONE and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
        if column == DONE and role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Done") if row.done else self.tr("Not done")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, column = self._rows[index.row()], index.column()
        if column == TITLE and role == Qt.ItemDataRole.EditRole:
            row.title = str(value or "").strip()
        elif column == DUE and role == Qt.ItemDataRole.EditRole:
            if isinstance(value, QDate) and value.isValid():
                row.due_on = from_qdate(value)
            elif isinstance(value, date):
                row.due_on = value
            else:
                return False
        elif column == DONE and role == Qt.ItemDataRole.CheckStateRole:
            state = value.value if isinstance(value, Qt.CheckState) else value
            row.done = state == Qt.CheckState.Checked.value
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class DueDateDelegate(QStyledItemDelegate):
    """Due dates edited with the app's date field (calendar, four-digit year)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() != DUE:
            return super().createEditor(parent, option, index)
        return DateEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, DateEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            if isinstance(value, QDate):
                editor.setDate(value)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DateEdit):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class MilestonesTab(QWidget):
    """The table with its buttons and the line naming milestones outside the dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MilestonesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("milestones_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(DueDateDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DONE, QHeaderView.ResizeMode.ResizeToContents)
        heading = QLabel(self.tr("&Milestones (F2 edits a cell, Space ticks “Done”):"), self)
        heading.setBuddy(self.table)
        self.add_button = QPushButton(self.tr("&Add milestone"), self)
        self.add_button.clicked.connect(lambda: self.add_milestone())
        self.remove_button = QPushButton(self.tr("&Remove milestone"), self)
        self.remove_button.clicked.connect(self.remove_milestone)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("milestone_problems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet(f"color: {error_colour(self.problem_label)};")
        self.problem_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addWidget(self.problem_label)
        self.default_due: date | None = None

    def add_milestone(self, due_on: date | None = None) -> None:
        row = self.model.add_milestone(due_on or self.default_due or date.today())
        index = self.model.index(row, TITLE)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_milestone(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove_milestone(index.row())

    def show_problems(self, messages: list[str]) -> None:
        self.problem_label.setText("\n".join(messages))
        self.problem_label.setVisible(bool(messages))
