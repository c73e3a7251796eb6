"""The meetings list: one row per meeting, its times shown in the zone it is held in.

A meeting in Lisbon starts at 10:00 on its invitation, so the list says 10:00 and adds the
zone's abbreviation (WEST) because that is not the zone of this computer. Sorting happens
here (a city holds hundreds of meetings, not thousands), by the values, not the texts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    QTime,
)

from lagdesk.core.meetings.overview import MeetingRow
from lagdesk.core.support.folding import fold
from lagdesk.core.support.labels import label
from lagdesk.core.support.zones import local_zone_name, zone_or_utc
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_date_range, format_number
from lagdesk.ui.common.models import Index, RecordTableModel

DATE, TIME, TYPE, TITLE, PLACE, INVITED, PRESENT = range(7)


def local_zone() -> tzinfo:
    """This computer's zone (the one a meeting's time needs no label in)."""
    return zone_or_utc(local_zone_name())


def format_time(moment: datetime) -> str:
    """A time of day as the locale writes it (short format: 16:00, 4:00 PM)."""
    value = QTime(moment.hour, moment.minute)
    return QLocale().toString(value, QLocale().timeFormat(QLocale.FormatType.ShortFormat))


def zone_abbreviation(row: MeetingRow, here: tzinfo) -> str:
    """The meeting zone's abbreviation (WEST, EET) when it is not the zone of ``here`` at
    the meeting's start; empty when both read the same."""
    start = row.starts_local
    there = (start.tzname(), start.utcoffset())
    mine = start.astimezone(here)
    if there == (mine.tzname(), mine.utcoffset()):
        return ""
    return start.tzname() or row.timezone


def time_text(row: MeetingRow, here: tzinfo) -> str:
    """ "16:00–18:30", with the zone when it is not the local one: "10:00–17:00 WEST"."""
    if row.ends_local is None:
        text = format_time(row.starts_local)
    else:
        text = QCoreApplication.translate("MeetingList", "{start}–{end}").format(
            start=format_time(row.starts_local), end=format_time(row.ends_local)
        )
    zone = zone_abbreviation(row, here)
    if not zone:
        return text
    return QCoreApplication.translate("MeetingList", "{time} {zone}").format(time=text, zone=zone)


def date_text(row: MeetingRow) -> str:
    """The day, or the first and last days of a meeting over several days."""
    return format_date_range(row.first_day, row.last_day)


def zone_description(row: MeetingRow) -> str:
    """ "Europe/Lisbon (WEST, UTC+01:00)": the zone by name, abbreviation and offset."""
    offset = row.starts_local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return QCoreApplication.translate("MeetingList", "{zone} ({abbreviation}, UTC{offset})").format(
        zone=row.timezone,
        abbreviation=row.starts_local.tzname() or row.timezone,
        offset=f"{sign}{hours:02d}:{rest:02d}",
    )


def venue_text(row: MeetingRow) -> str:
    """The place, or the online link when there is no place."""
    return row.place or row.online_link


class MeetingListModel(RecordTableModel[MeetingRow]):
    """Meetings, newest first until a header is clicked; the id is under ``ID_ROLE``."""

    CONTEXT = "MeetingList"
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingList", "Date"),
        QT_TRANSLATE_NOOP("MeetingList", "Time"),
        QT_TRANSLATE_NOOP("MeetingList", "Type"),
        QT_TRANSLATE_NOOP("MeetingList", "Title"),
        QT_TRANSLATE_NOOP("MeetingList", "Place / link"),
        QT_TRANSLATE_NOOP("MeetingList", "Invited"),
        QT_TRANSLATE_NOOP("MeetingList", "Present"),
    )
    RIGHT_ALIGNED = frozenset({INVITED, PRESENT})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._here = local_zone()
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.DescendingOrder

    # -- contents ----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[MeetingRow]) -> None:
        """Show ``rows`` in the order the user chose (a reset: views keep no selection)."""
        self._here = local_zone()
        self.set_records(self._sorted(rows))

    @property
    def rows(self) -> list[MeetingRow]:
        return list(self._records)

    @property
    def ids(self) -> list[int]:
        return [row.id for row in self._records]

    def id_at(self, row: int) -> int | None:
        found = self.record_at(row)
        return found.id if found is not None else None

    def text(self, record: MeetingRow, column: int) -> str:
        if column == DATE:
            return date_text(record)
        if column == TIME:
            return time_text(record, self._here)
        if column == TYPE:
            return label(record.type)
        if column == TITLE:
            return record.title
        if column == PLACE:
            return venue_text(record)
        if column == INVITED:
            return format_number(record.invited)
        if column == PRESENT:
            return format_number(record.present)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            record = self.record_at(index.row())
            if record is not None and index.column() == TIME:
                return zone_description(record)
            if record is not None and index.column() == PLACE:
                return "\n".join(part for part in (record.place, record.online_link) if part)
        return super().data(index, role)

    # -- sorting -----------------------------------------------------------------------

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _key(self, column: int) -> Callable[[MeetingRow], Any]:
        def moment(row: MeetingRow) -> tuple[Any, ...]:
            return (row.starts_local, row.id)

        keys: dict[int, Callable[[MeetingRow], Any]] = {
            DATE: moment,
            TIME: lambda row: (row.starts_local.time(), *moment(row)),
            TYPE: lambda row: (fold(label(row.type)), *moment(row)),
            TITLE: lambda row: (fold(row.title), *moment(row)),
            PLACE: lambda row: (fold(venue_text(row)), *moment(row)),
            INVITED: lambda row: (row.invited, *moment(row)),
            PRESENT: lambda row: (row.present, *moment(row)),
        }
        return keys.get(column, moment)

    def _sorted(self, rows: Sequence[MeetingRow]) -> list[MeetingRow]:
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=self._key(self._sort_column), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = list(self._records)
        self._records = self._sorted(before)
        row_of = {row.id: number for number, row in enumerate(self._records)}
        old = self.persistentIndexList()
        new = [self.index(row_of[before[index.row()].id], index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
