"""Table models of the Network page: partner cities and transnational meetings.

Both hold the few records of one network in memory (a network has a dozen partners at
most); the page replaces the list after every change.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QFont

from lagdesk.core.support import records as r
from lagdesk.core.support.labels import label
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_date_range, format_percent
from lagdesk.ui.common.models import ID_ROLE, Index, RecordTableModel

__all__ = ["ID_ROLE", "Index", "RecordTableModel"]


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
