"""The invited list of attendance mode: name, organisation and status, one row a person.

Built for the keystroke. The list is stored in a ``QStandardItemModel`` (cells held in
C++, filled once per reload) and filtered by a ``QSortFilterProxyModel`` whose pattern is
``core.attendance.search_pattern``, the regular-expression form of ``matching``. So a
keystroke filters and paints without one call into Python per row or per cell: with a
Python ``data()`` the view's painting alone made a keystroke several times slower (see
the "attendance keystroke" row of ``make bench``). Status is shown as text, a coloured dot
and a tinted row, so it reads without colour too.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)

from lagdesk.core.meetings.attendance import Invitee, search_pattern
from lagdesk.core.meetings.sign_in import display_name
from lagdesk.core.support.labels import label
from lagdesk.db.codes import AttendanceStatus
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.models import ID_ROLE

Index = QModelIndex | QPersistentModelIndex
#: Every cell carries its person's id under ID_ROLE; the name cell its folded search text.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

#: Dot colours, readable on light and dark palettes alike.
STATUS_COLOURS: dict[AttendanceStatus, str] = {
    AttendanceStatus.INVITED: "#9e9e9e",
    AttendanceStatus.REGISTERED: "#1e88e5",
    AttendanceStatus.ATTENDED: "#2e9d47",
    AttendanceStatus.EXCUSED: "#f0a30a",
    AttendanceStatus.NO_SHOW: "#d9452b",
}
#: A light wash of the status colour over the whole row (alpha), for the statuses worth
#: seeing at a glance across the room.
TINTED = {AttendanceStatus.ATTENDED: 46, AttendanceStatus.EXCUSED: 34, AttendanceStatus.NO_SHOW: 34}


def _dot(colour: str, filled: bool) -> QIcon:
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour), 2))
    painter.setBrush(QBrush(QColor(colour)) if filled else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(3, 3, size - 6, size - 6))
    painter.end()
    return QIcon(pixmap)


class AttendanceModel(QStandardItemModel):
    """Everyone on the meeting's list, in the order given (core sorts by name)."""

    class Column(IntEnum):
        NAME = 0
        ORGANISATION = 1
        STATUS = 2

    HEADERS = (
        QT_TRANSLATE_NOOP("Attendance", "Name"),
        QT_TRANSLATE_NOOP("Attendance", "Organisation"),
        QT_TRANSLATE_NOOP("Attendance", "Status"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        self._people: list[Invitee] = []
        self._rows: dict[int, int] = {}
        self._icons: dict[AttendanceStatus, QIcon] = {}
        self._tints: dict[AttendanceStatus, QBrush] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._plain = QFont()
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Attendance", text) for text in self.HEADERS]
        )

    def set_invitees(self, people: Sequence[Invitee]) -> None:
        """Show ``people`` (one reset); statuses are labelled in the current language."""
        self._people = list(people)
        self._rows = {person.person_id: row for row, person in enumerate(self._people)}
        rows = [self._items(person) for person in self._people]
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            for items in rows:
                self.appendRow(items)
            self._set_headers()
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def invitees(self) -> list[Invitee]:
        return list(self._people)

    def invitee_at(self, row: int) -> Invitee | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def row_of_person(self, person_id: int | None) -> int:
        return -1 if person_id is None else self._rows.get(person_id, -1)

    def replace(self, person: Invitee) -> None:
        """Show a person's new status in place (no reset: the view keeps its position)."""
        row = self.row_of_person(person.person_id)
        if row < 0:
            return
        self._people[row] = person
        for column, fresh in enumerate(self._items(person)):
            item = self.item(row, column)
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.DecorationRole,
                Qt.ItemDataRole.BackgroundRole,
                Qt.ItemDataRole.FontRole,
            ):
                value = fresh.data(role)
                if item.data(role) != value:
                    item.setData(value, role)

    def status_text(self, person: Invitee) -> str:
        text = label(person.status)
        if person.is_walk_in:
            return QCoreApplication.translate("Attendance", "{status} (walk-in)").format(
                status=text
            )
        return text

    def _items(self, person: Invitee) -> list[QStandardItem]:
        # As few calls per cell as will do: a reload builds 900 of them.
        name = QStandardItem(display_name(person.first_name, person.last_name))
        name.setData(person.person_id, ID_ROLE)
        name.setData(person.search_key, SEARCH_ROLE)
        status = QStandardItem(self._icon(person.status), self.status_text(person))
        if person.status == AttendanceStatus.ATTENDED:
            status.setFont(self._bold)
        items = [name, QStandardItem(person.organisation), status]
        tint = self._tint(person.status)
        if tint is not None:
            for item in items:
                item.setBackground(tint)
        return items

    def _icon(self, status: AttendanceStatus) -> QIcon:
        icon = self._icons.get(status)
        if icon is None:
            filled = status != AttendanceStatus.INVITED
            icon = self._icons[status] = _dot(STATUS_COLOURS[status], filled)
        return icon

    def _tint(self, status: AttendanceStatus) -> QBrush | None:
        alpha = TINTED.get(status)
        if alpha is None:
            return None
        brush = self._tints.get(status)
        if brush is None:
            colour = QColor(STATUS_COLOURS[status])
            colour.setAlpha(alpha)
            brush = self._tints[status] = QBrush(colour)
        return brush


class AttendanceFilter(QSortFilterProxyModel):
    """The people matching the search box, in the list's order (no sorting of its own)."""

    def __init__(self, source: AttendanceModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(AttendanceModel.Column.NAME)
        self._source = source
        self._pattern = ""

    def set_search(self, text: str) -> bool:
        """Keep the people ``core.attendance.matching`` keeps for ``text``; False when that
        is what is shown already (the same words: nothing to do)."""
        pattern = search_pattern(text)
        if pattern == self._pattern:
            return False
        self._pattern = pattern
        self.setFilterRegularExpression(QRegularExpression(pattern))
        return True

    def invitee_at(self, row: int) -> Invitee | None:
        source = self.mapToSource(self.index(row, 0))
        return self._source.invitee_at(source.row()) if source.isValid() else None

    def row_of_person(self, person_id: int | None) -> int:
        source_row = self._source.row_of_person(person_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self._source.index(source_row, 0)).row()

    def shown(self) -> list[Invitee]:
        found = (self.invitee_at(row) for row in range(self.rowCount()))
        return [person for person in found if person is not None]
