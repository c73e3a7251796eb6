"""The meeting editor's tables: the agenda (edited in place) and the people invited by name."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from lagdesk.core.meetings.planning import PersonChoice
from lagdesk.core.support import records as r
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.models import RIGHT, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "MeetingEditor"
#: The longest an agenda item can be planned for, in minutes (a day).
MAX_MINUTES = 24 * 60
#: The background of a cell with a problem (a pale red that keeps black text readable).
PROBLEM_BACKGROUND = QColor(255, 205, 210)


class AgendaColumn(IntEnum):
    TITLE = 0
    MINUTES = 1
    PRESENTER = 2


#: The agenda item field each column edits (problems from core name these fields).
AGENDA_FIELDS = {
    AgendaColumn.TITLE: "title",
    AgendaColumn.MINUTES: "planned_minutes",
    AgendaColumn.PRESENTER: "presenter",
}


def parse_minutes(value: Any) -> tuple[bool, int | None]:
    """(readable, minutes) from what an editor hands over: an int, a text, or nothing."""
    if value is None:
        return True, None
    if isinstance(value, bool):
        return False, None
    if isinstance(value, int):
        return 0 <= value <= MAX_MINUTES, value
    text = str(value).strip()
    if not text:
        return True, None
    if not text.isdigit():
        return False, None
    minutes = int(text)
    return minutes <= MAX_MINUTES, minutes


class AgendaModel(QAbstractTableModel):
    """The agenda items in order, edited in place: title, minutes planned, presenter.

    Rows are copies of the records; ``items()`` gives them back with their ids (new rows
    have none) for the plan. Cells with a problem (``set_problems``) are shown in red with
    the message as their tooltip until they are edited.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingEditor", "Item"),
        QT_TRANSLATE_NOOP("MeetingEditor", "Minutes"),
        QT_TRANSLATE_NOOP("MeetingEditor", "Presenter"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[r.AgendaItem] = []
        self._problems: dict[tuple[int, int], str] = {}

    # -- contents ----------------------------------------------------------------------

    def set_items(self, items: Sequence[r.AgendaItem]) -> None:
        self.beginResetModel()
        self._items = [dataclasses.replace(item) for item in items]
        self._problems.clear()
        self.endResetModel()

    def items(self) -> list[r.AgendaItem]:
        return [
            dataclasses.replace(item, position=row, title=item.title.strip())
            for row, item in enumerate(self._items)
        ]

    def total_minutes(self) -> int:
        return sum(item.planned_minutes or 0 for item in self._items)

    def insert_item(self, row: int, meeting_id: int = 0) -> QModelIndex:
        """Insert an empty item before ``row`` (at the end when out of range); its title cell."""
        row = row if 0 <= row <= len(self._items) else len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, r.AgendaItem(meeting_id=meeting_id, title=""))
        self._shift_problems(row, 1)
        self.endInsertRows()
        return self.index(row, AgendaColumn.TITLE)

    def remove_item(self, row: int) -> bool:
        if not 0 <= row < len(self._items):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self._problems = {key: text for key, text in self._problems.items() if key[0] != row}
        self._shift_problems(row + 1, -1)
        self.endRemoveRows()
        return True

    def move_item(self, row: int, delta: int) -> int:
        """Move the item one place up (-1) or down (+1); returns its new row (or ``row``)."""
        target = row + delta
        if delta not in (-1, 1) or not (0 <= row < len(self._items)):
            return row
        if not 0 <= target < len(self._items):
            return row
        # beginMoveRows wants the row *before which* the moved row lands.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items[row], self._items[target] = self._items[target], self._items[row]
        moved = {}
        for (problem_row, column), text in self._problems.items():
            if problem_row == row:
                problem_row = target
            elif problem_row == target:
                problem_row = row
            moved[(problem_row, column)] = text
        self._problems = moved
        self.endMoveRows()
        return target

    def _shift_problems(self, from_row: int, by: int) -> None:
        self._problems = {
            (row + by if row >= from_row else row, column): text
            for (row, column), text in self._problems.items()
        }

    # -- problems ------------------------------------------------------------------------

    def set_problems(self, problems: dict[tuple[int, int], str]) -> None:
        self._problems = dict(problems)
        if self._items:
            last = self.index(len(self._items) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def problem_at(self, row: int, column: int) -> str:
        return self._problems.get((row, column), "")

    # -- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._items):
            return format_number(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        problem = self._problems.get((index.row(), column), "")
        if role == Qt.ItemDataRole.DisplayRole:
            if column == AgendaColumn.TITLE:
                return item.title
            if column == AgendaColumn.MINUTES:
                minutes = item.planned_minutes
                return format_number(minutes) if minutes is not None else ""
            return item.presenter
        if role == Qt.ItemDataRole.EditRole:
            if column == AgendaColumn.TITLE:
                return item.title
            if column == AgendaColumn.MINUTES:
                return "" if item.planned_minutes is None else str(item.planned_minutes)
            return item.presenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or None
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return QBrush(QColor(Qt.GlobalColor.black))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AgendaColumn.MINUTES:
            return RIGHT
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and problem:
            return problem
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._items):
            return False
        item = self._items[index.row()]
        column = index.column()
        if column == AgendaColumn.TITLE:
            changed = dataclasses.replace(item, title=str(value or ""))
        elif column == AgendaColumn.MINUTES:
            readable, minutes = parse_minutes(value)
            if not readable:
                return False
            changed = dataclasses.replace(item, planned_minutes=minutes)
        elif column == AgendaColumn.PRESENTER:
            changed = dataclasses.replace(item, presenter=str(value or ""))
        else:
            return False
        self._items[index.row()] = changed
        self._problems.pop((index.row(), column), None)
        self.dataChanged.emit(index, index)
        return True


class InvitedPeopleModel(RecordTableModel[PersonChoice]):
    """The people invited by name, by last name."""

    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingEditor", "Name"),
        QT_TRANSLATE_NOOP("MeetingEditor", "Organisation"),
    )

    def text(self, record: PersonChoice, column: int) -> str:
        return record.name if column == 0 else record.organisation

    def person_ids(self) -> list[int]:
        return [self._records[row].id for row in range(self.rowCount())]

    def add(self, person: PersonChoice, sort_key: Any) -> int:
        """Add ``person`` in ``sort_key`` order (a key function); returns their row."""
        existing = self.row_of(person.id)
        if existing >= 0:
            return existing
        records = [*self._records, person]
        records.sort(key=sort_key)
        row = records.index(person)
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.insert(row, person)
        self.endInsertRows()
        return row

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._records):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._records[row]
                self.endRemoveRows()
