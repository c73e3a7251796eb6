"""Table models of the Network page: partner cities and transnational meetings.

Both hold the few records of one network in memory (a network has a dozen partners at
most); the page replaces the list after every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from lagdesk.core import records as r
from lagdesk.core.labels import label
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.formatting import format_date_range, format_percent

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records; subclasses name the columns and say what each cell shows."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = "RecordTable"
    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []

    def set_records(self, items: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(items)
        self.endResetModel()

    def record_at(self, row: int) -> R | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: int | None) -> int:
        for row, record in enumerate(self._records):
            if getattr(record, "id", None) == record_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

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
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(record, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return getattr(record, "id", None)
        return self.extra(record, index.column(), role)

    def text(self, record: R, column: int) -> str:
        raise NotImplementedError

    def extra(self, record: R, column: int, role: int) -> Any:
        return None


class PartnerTableModel(RecordTableModel[r.Partner]):
    class Column(IntEnum):
        NAME = 0
        COUNTRY = 1
        ROLE = 2
        COFINANCING = 3
        OURS = 4

    CONTEXT = "PartnerTable"
    HEADERS = (
        QT_TRANSLATE_NOOP("PartnerTable", "Name"),
        QT_TRANSLATE_NOOP("PartnerTable", "Country"),
        QT_TRANSLATE_NOOP("PartnerTable", "Role"),
        QT_TRANSLATE_NOOP("PartnerTable", "Co-financing"),
        QT_TRANSLATE_NOOP("PartnerTable", "Our city"),
    )
    RIGHT_ALIGNED = frozenset({Column.COFINANCING})

    def text(self, record: r.Partner, column: int) -> str:
        match column:
            case self.Column.NAME:
                return record.name
            case self.Column.COUNTRY:
                return record.country
            case self.Column.ROLE:
                return label(record.role)
            case self.Column.COFINANCING:
                return format_percent(record.cofinancing_rate)
            case self.Column.OURS:
                return QCoreApplication.translate("PartnerTable", "Yes") if record.is_own else ""
        return ""

    def extra(self, record: r.Partner, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and record.is_own:
            font = QFont()
            font.setBold(True)
            return font
        return None


class TransnationalMeetingTableModel(RecordTableModel[r.TransnationalMeeting]):
    class Column(IntEnum):
        TITLE = 0
        HOST = 1
        PLACE = 2
        DATES = 3

    CONTEXT = "MeetingTable"
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingTable", "Title"),
        QT_TRANSLATE_NOOP("MeetingTable", "Host"),
        QT_TRANSLATE_NOOP("MeetingTable", "Place"),
        QT_TRANSLATE_NOOP("MeetingTable", "Dates"),
    )

    def __init__(self, partner_name: Callable[[int | None], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._partner_name = partner_name

    def text(self, record: r.TransnationalMeeting, column: int) -> str:
        match column:
            case self.Column.TITLE:
                return record.title
            case self.Column.HOST:
                return self._partner_name(record.host_partner_id)
            case self.Column.PLACE:
                return record.place
            case self.Column.DATES:
                return format_date_range(record.start_date, record.end_date)
        return ""
