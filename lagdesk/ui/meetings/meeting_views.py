"""The Meetings page's views of the meetings found: a list, a month calendar, participation.

The meeting selected is the same in the list and in the month, whichever it was picked in.
The month and the participation charts are brought up to date only when they are shown
(the month follows the selection lazily; participation is read again after a change).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from lagdesk.core.meetings import overview as mt
from lagdesk.db.database import Database
from lagdesk.i18n import translate
from lagdesk.ui.meetings.list_model import MeetingListModel
from lagdesk.ui.meetings.meeting_table import MeetingTable
from lagdesk.ui.meetings.month_view import MonthView
from lagdesk.ui.meetings.participation_view import ParticipationView


class MeetingViews(QTabWidget):
    """List, Month and Participation tabs; ``meeting_chosen`` when the user picks a
    meeting (None: none) in the list or the month."""

    meeting_chosen = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_views")
        self.setDocumentMode(True)
        #: The meeting selected (in both views).
        self._current: int | None = None
        #: Set while the views are moved by code: their selection signals are not the user's.
        self._syncing = False
        #: The month view shows another meeting than the selected one until it is shown.
        self._month_stale = True
        #: The participation charts wait for a new reading until they are shown.
        self._participation_stale = True
        #: The group filter the participation charts follow.
        self._group_id: int | None = None
        # The participation charts are made first: the focus chain follows the order widgets
        # are made in, and Tab goes from the tabs' titles to whichever view is shown.
        self.participation = ParticipationView(database, self)
        # The texts keep the context of the Meetings page they were first written in.
        self.list_model = MeetingListModel(self)
        self.table = MeetingTable(self.list_model, self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.list_tab = QWidget(self)
        list_column = QVBoxLayout(self.list_tab)
        list_column.setContentsMargins(0, 8, 0, 0)
        list_column.addWidget(self.table, 1)
        list_column.addWidget(self.count_label)
        self.month = MonthView(database, self)
        self.addTab(self.list_tab, translate("MeetingsPage", "&List"))
        self.addTab(self.month, translate("MeetingsPage", "&Month"))
        self.addTab(self.participation, translate("MeetingsPage", "&Participation"))
        self.table.selectionModel().selectionChanged.connect(self._list_selection_changed)
        self.month.meeting_chosen.connect(self._month_chose)
        self.currentChanged.connect(self.bring_up_to_date)

    def show_rows(self, rows: Sequence[mt.MeetingRow], spec: mt.MeetingFilter) -> None:
        """The meetings found with ``spec``; the month and participation follow when shown."""
        self._syncing = True
        try:
            self.list_model.set_rows(rows)
            self.month.set_filter(spec)
        finally:
            self._syncing = False
        self._month_stale = True
        self._participation_stale = True
        self._group_id = spec.group_id

    def show_meeting(self, meeting_id: int | None, *, picked_in: QWidget | None = None) -> None:
        """Select ``meeting_id`` in the views it was not ``picked_in``."""
        self._syncing = True
        try:
            if picked_in is not self.table:
                self._select_in_list(meeting_id)
            if picked_in is not self.month:
                self._month_stale = True
                if self.currentWidget() is self.month:
                    self._sync_month(meeting_id)
        finally:
            self._syncing = False
        self._current = meeting_id

    def neighbour(self, meeting_id: int) -> int | None:
        """The meeting to select once ``meeting_id`` is gone: the next row, else the one
        before."""
        ids = self.list_model.ids
        if meeting_id not in ids:
            return None
        at = ids.index(meeting_id)
        rest = ids[at + 1 :] + ids[:at][::-1]
        return rest[0] if rest else None

    def bring_up_to_date(self) -> None:
        """Read the view shown again if it waits for it."""
        if self.currentWidget() is self.participation and self._participation_stale:
            self._participation_stale = False
            self.participation.refresh(self._group_id)
        if self.currentWidget() is self.month and self._month_stale:
            self._syncing = True
            try:
                self._sync_month(self._current)
            finally:
                self._syncing = False

    def _select_in_list(self, meeting_id: int | None) -> None:
        selection = self.table.selectionModel()
        row = self.list_model.row_of(meeting_id)
        if row < 0:
            selection.clearSelection()
            return
        index = self.list_model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _sync_month(self, meeting_id: int | None) -> None:
        self._month_stale = False
        if meeting_id is not None and self.month.current_meeting_id() == meeting_id:
            return  # already there (perhaps on the second day of a two-day meeting)
        row = self.list_model.record_at(self.list_model.row_of(meeting_id))
        self.month.show_meeting(meeting_id, row.first_day if row is not None else None)

    def _list_selection_changed(self) -> None:
        if self._syncing:
            return
        rows = self.table.selectionModel().selectedRows()
        found = self.list_model.id_at(rows[0].row()) if rows else None
        self.show_meeting(found, picked_in=self.table)
        self.meeting_chosen.emit(found)

    def _month_chose(self, meeting_id: int | None) -> None:
        if not self._syncing:
            self.show_meeting(meeting_id, picked_in=self.month)
            self.meeting_chosen.emit(meeting_id)
