"""The month calendar: days with meetings in bold colour, the chosen day's meetings beside.

Picking a day lists its meetings and selects the first; picking a meeting there selects it
on the page. Page Up and Page Down go to the previous and next month from the calendar
or the day's list; "Today" comes back.
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings.overview import MeetingFilter, MeetingRow, meetings_by_day
from lagdesk.core.support.labels import label
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.formatting import format_date, from_qdate, to_qdate
from lagdesk.ui.common.models import ID_ROLE
from lagdesk.ui.meetings.list_model import local_zone, time_text, venue_text

MONTH_KEYS = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}


class MonthView(QWidget):
    """Emits ``meeting_chosen(id or None)`` when the user picks a day or a meeting there,
    ``edit_requested(id)`` on Enter or a double click, ``delete_requested(id)`` on Del."""

    meeting_chosen = Signal(object)
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_month")
        self._database = database
        self._filter = MeetingFilter()
        self.days: dict[date, list[MeetingRow]] = {}
        #: Set while the view is moved by code: no ``meeting_chosen`` then.
        self._quiet = False
        self._build()
        self._connect()

    def _build(self) -> None:
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("meetings_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Month"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Go to today's date"))
        self.day_heading = QLabel(self)
        self.day_heading.setObjectName("day_heading")
        self.day_heading.setWordWrap(True)
        self.day_list = QListWidget(self)
        self.day_list.setObjectName("day_meetings")
        self.day_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_list.setWordWrap(True)
        self.day_list.setSpacing(2)
        self.day_list.setAccessibleName(self.tr("Meetings on the chosen day"))
        self.day_heading.setBuddy(self.day_list)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.calendar, 1)
        today_row = QHBoxLayout()
        today_row.addWidget(self.today_button)
        hint = QLabel(self.tr("Page Up / Page Down: previous / next month"), self)
        hint.setWordWrap(True)  # beside a narrow calendar it takes two lines
        hint.setEnabled(False)
        today_row.addWidget(hint, 1)
        left.addLayout(today_row)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.day_heading)
        right.addWidget(self.day_list, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 8, 0, 0)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        QWidget.setTabOrder(self.calendar, self.today_button)
        QWidget.setTabOrder(self.today_button, self.day_list)

    def _connect(self) -> None:
        self.calendar.selectionChanged.connect(self._day_chosen)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.activated.connect(lambda _day: self._edit_current())
        self.today_button.clicked.connect(self.go_to_today)
        self.day_list.currentItemChanged.connect(self._meeting_picked)
        self.day_list.itemActivated.connect(lambda _item: self._edit_current())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.day_list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_current)
        grid = self.calendar.findChild(QTableView)
        for watched in (grid, self.calendar, self.day_list):
            if watched is not None:
                watched.installEventFilter(self)

    # -- data --------------------------------------------------------------------------

    def set_filter(self, spec: MeetingFilter) -> None:
        self._filter = spec
        self.reload()

    def reload(self) -> None:
        """Read the shown month again (the filter or the file changed); keeps the day and
        the meeting chosen there."""
        kept = self.current_meeting_id()
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        try:
            self.days = meetings_by_day(self._database, year, month, self._filter)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Meetings"), error)
            self.days = {}
        self._mark_days()
        self._fill_day_list(kept)

    def _mark_days(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every day
        here = local_zone()
        for day, rows in self.days.items():
            marked = QTextCharFormat()
            marked.setFontWeight(QFont.Weight.Bold)
            marked.setForeground(self.palette().color(QPalette.ColorRole.Link))
            marked.setToolTip("\n".join(f"{time_text(row, here)}  {row.title}" for row in rows))
            self.calendar.setDateTextFormat(to_qdate(day), marked)

    def meetings_on(self, day: date) -> list[MeetingRow]:
        return list(self.days.get(day, ()))

    # -- the chosen day ----------------------------------------------------------------

    def selected_day(self) -> date:
        return from_qdate(self.calendar.selectedDate())

    def _fill_day_list(self, wanted: int | None) -> None:
        """List the chosen day's meetings and select ``wanted`` (else the first)."""
        day = self.selected_day()
        rows = self.meetings_on(day)
        here = local_zone()
        quiet, self._quiet = self._quiet, True
        try:
            self.day_list.clear()
            for row in rows:
                item = QListWidgetItem(f"{row.title}\n{time_text(row, here)} · {label(row.type)}")
                item.setData(ID_ROLE, row.id)
                item.setToolTip(venue_text(row))
                self.day_list.addItem(item)
            ids = [row.id for row in rows]
            if ids:
                self.day_list.setCurrentRow(ids.index(wanted) if wanted in ids else 0)
        finally:
            self._quiet = quiet
        if rows:
            text = self.tr("Meetings on {date}:").format(date=format_date(day))
        else:
            text = self.tr("No meetings on {date}.").format(date=format_date(day))
        self.day_heading.setText(text)

    def current_meeting_id(self) -> int | None:
        item = self.day_list.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(ID_ROLE)
        return int(value) if value is not None else None

    def show_meeting(self, meeting_id: int | None, day: date | None) -> None:
        """Move to ``day`` and select the meeting there, without ``meeting_chosen``."""
        quiet, self._quiet = self._quiet, True
        try:
            if day is not None:
                self.calendar.setSelectedDate(to_qdate(day))
            self._fill_day_list(meeting_id)
            if meeting_id is None:
                self.day_list.setCurrentRow(-1)
        finally:
            self._quiet = quiet

    def go_to_today(self) -> None:
        self.calendar.setSelectedDate(QDate.currentDate())
        self.calendar.setFocus(Qt.FocusReason.OtherFocusReason)

    def change_month(self, months: int) -> None:
        """The same day (or the month's last) in the month ``months`` away."""
        self.calendar.setSelectedDate(self.calendar.selectedDate().addMonths(months))

    # -- slots -------------------------------------------------------------------------

    def _page_changed(self, year: int, month: int) -> None:
        chosen = self.selected_day()
        if (chosen.year, chosen.month) != (year, month):
            # The arrows of the calendar turned the page: the chosen day follows.
            last = calendar.monthrange(year, month)[1]
            self.calendar.setSelectedDate(QDate(year, month, min(chosen.day, last)))
        self.reload()

    def _day_chosen(self) -> None:
        day = self.selected_day()
        if (day.year, day.month) != (self.calendar.yearShown(), self.calendar.monthShown()):
            return  # the page turns next, and reloads
        self._fill_day_list(None)
        if not self._quiet:
            self.meeting_chosen.emit(self.current_meeting_id())

    def _meeting_picked(self) -> None:
        if not self._quiet:
            self.meeting_chosen.emit(self.current_meeting_id())

    def _edit_current(self) -> None:
        found = self.current_meeting_id()
        if found is not None:
            self.edit_requested.emit(found)

    def _delete_current(self) -> None:
        found = self.current_meeting_id()
        if found is not None:
            self.delete_requested.emit(found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            months = MONTH_KEYS.get(Qt.Key(event.key()))
            if months is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.change_month(months)
                return True
        return super().eventFilter(watched, event)
