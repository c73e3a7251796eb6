"""The Meetings page: filters, the list and the month calendar, the selected meeting's tabs.

One meeting is selected at a time, whichever view it was picked in; every tab on the right
(Overview here, Attendance, Minutes and Files added by ``add_panel``) is told with
``set_meeting``. The page reads core again when the window's undo stack moves or a panel
says it changed something, and keeps the selection. Ctrl+F goes to the search box; Ctrl+N,
inside the page, is a new meeting (elsewhere it stays the File menu's New file).

The page lays the widgets out and keeps the selection; ``MeetingsController`` calls core.
The filters (``MeetingFilters``) and the list, month and participation views
(``MeetingViews``) are widgets of their own.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import overview as mt
from lagdesk.db.database import Database
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.flow_layout import FlowLayout
from lagdesk.ui.common.text import counted
from lagdesk.ui.common.unsaved import settle_parts
from lagdesk.ui.common.widgets import heading, show_status
from lagdesk.ui.meetings.attendance_panel import AttendancePanel
from lagdesk.ui.meetings.attendance_window import AttendanceWindow, open_attendance_window
from lagdesk.ui.meetings.files_panel import FilesPanel
from lagdesk.ui.meetings.meeting_filters import MeetingFilters, label_for
from lagdesk.ui.meetings.meeting_views import MeetingViews
from lagdesk.ui.meetings.meetings_controller import MeetingsController
from lagdesk.ui.meetings.minutes_panel import MinutesPanel
from lagdesk.ui.meetings.overview_panel import OverviewPanel
from lagdesk.ui.shell.areas import Area

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150


class MeetingsPage(QWidget):
    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_page")
        self._database = database
        self._undo = undo_stack
        self.controller = MeetingsController(database, undo_stack, self._report, self)
        self._current: int | None = None
        #: The user chose to stay on the meeting with an unsaved edit.
        self._stay = False
        #: The file changed while the page was hidden: read it again when it is shown.
        self._stale = False
        self.panels: list[QWidget] = []
        #: Attendance mode's own window, made the first time it is asked for.
        self.attendance_window: AttendanceWindow | None = None
        self._build()
        self._connect()
        self.refresh()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self._build_filters()
        self._build_buttons()
        self.views = MeetingViews(self._database, self)
        self.overview = OverviewPanel(self._database, self._undo, self)
        self.detail_tabs = QTabWidget(self)
        self.detail_tabs.setObjectName("meeting_details")
        self.detail_tabs.setDocumentMode(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.detail_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # About 550 pixels for the tabs of the meeting at a 1400-pixel window.
        self.splitter.setSizes([640, 560])
        self.add_panel(self.overview, self.tr("&Overview"))
        self.attendance = AttendancePanel(self._database, self._undo, self)
        self.attendance.set_side_mnemonics(False)  # the filters and tabs use those letters
        self.add_panel(self.attendance, self.tr("&Attendance"))
        self.minutes = MinutesPanel(self._database, self._undo, self)
        self.add_panel(self.minutes, self.tr("Min&utes"))
        self.files = FilesPanel(self._database, self._undo, self)
        self.add_panel(self.files, self.tr("F&iles"))

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 12)
        column.setSpacing(8)
        column.addLayout(self.title_row)
        column.addWidget(self.filters)
        column.addLayout(self.button_row)
        column.addWidget(self.splitter, 1)
        self._order_tabs()

    def _build_filters(self) -> None:
        self.filters = MeetingFilters(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Title, place or notes"))
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        self.search.setToolTip(self.tr("Search the meetings (Ctrl+F)"))
        self.clear_button = QPushButton(self.tr("&Clear filters"), self)
        # The search box (and the button clearing every filter) sits on the title's line,
        # the other filters on the next one: in one row they would make the page wider
        # than a laptop's screen.
        self.title_row = QHBoxLayout()
        self.title_row.addWidget(heading(Area.MEETINGS.title, parent=self))
        self.title_row.addStretch(1)
        self.title_row.addWidget(label_for(self.search, self.tr("Search:"), self))
        self.title_row.addWidget(self.search)
        self.title_row.addWidget(self.clear_button)

    def _build_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("&New meeting…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected meeting (Enter in the list)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected meeting (Delete in the list)"))
        self.import_button = QPushButton(self.tr("Import invitation…"), self)
        self.import_button.setToolTip(self.tr("Add a meeting from an invitation (.ics file)"))
        self.export_button = QPushButton(self.tr("E&xport calendar…"), self)
        self.export_button.setToolTip(
            self.tr("Write the meetings between the From and To days to an .ics file")
        )
        self.attendance_mode_button = QPushButton(self.tr("Attendance mode"), self)
        self.attendance_mode_button.setToolTip(
            self.tr("Take the roll of the selected meeting in a window of its own (F11)")
        )
        self.sign_in_button = QPushButton(self.tr("&Sign-in sheet…"), self)
        self.sign_in_button.setToolTip(
            self.tr("A printable PDF list of the invited people, to sign at the meeting")
        )
        self.button_row = FlowLayout()  # wraps when the words are long
        for button in (self.new_button, self.edit_button, self.delete_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.attendance_mode_button)
        for button in (self.import_button, self.export_button, self.sign_in_button):
            self.button_row.addWidget(button)

    def _order_tabs(self) -> None:
        """Tab goes through the search box and the filters, the buttons, the list or
        calendar, the details."""
        chain: list[QWidget] = [
            self.search,
            self.filters.type_combo,
            self.filters.from_date.edit,
            self.filters.to_date.edit,
            self.filters.group_combo,
            self.clear_button,
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.attendance_mode_button,
            self.import_button,
            self.export_button,
            self.sign_in_button,
            self.views,
            self.views.table,
            self.detail_tabs,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.go_to_list)
        self.filters.changed.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filters)
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button.clicked.connect(lambda: self.edit_meeting())
        self.delete_button.clicked.connect(lambda: self.delete_meeting())
        self.import_button.clicked.connect(self.import_invitation)
        self.export_button.clicked.connect(self.export_calendar)
        self.sign_in_button.clicked.connect(self.sign_in_sheet)
        self.attendance_mode_button.clicked.connect(self.attendance_mode)
        full_screen = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        full_screen.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        full_screen.activated.connect(self.attendance_mode)
        self.views.meeting_chosen.connect(self._meeting_chosen)
        self.views.table.activated.connect(self._row_activated)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.views.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(lambda: self.delete_meeting())
        self.views.month.edit_requested.connect(self.edit_meeting)
        self.views.month.delete_requested.connect(self.delete_meeting)
        self._undo.indexChanged.connect(self._file_changed)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.installEventFilter(self)

    # -- panels ------------------------------------------------------------------------

    def add_panel(self, panel: QWidget, title: str) -> None:
        """Another tab for the selected meeting (``set_meeting`` and ``changed``)."""
        self.panels.append(panel)
        self.detail_tabs.addTab(panel, title)
        changed = getattr(panel, "changed", None)
        if changed is not None:
            changed.connect(self._panel_changed)
        panel.set_meeting(self._current)  # type: ignore[attr-defined]

    def _panel_changed(self) -> None:
        self.refresh()
        self.overview.reload()

    # -- filters -----------------------------------------------------------------------

    def current_filter(self) -> mt.MeetingFilter:
        return self.filters.meeting_filter(self.search.text().strip())

    def save_pending(self) -> None:
        """Write the minutes being typed (the window calls this before a file closes)."""
        self.minutes.save_minutes()

    def unsaved_parts(self) -> list[QWidget]:
        """What the window asks about before an edit here would be lost: minutes the
        autosave could not store, a walk-in typed and not added."""
        parts: list[QWidget] = [self.minutes, self.attendance]
        if self.attendance_window is not None:
            parts.append(self.attendance_window.panel)
        return parts

    def attendance_mode(self) -> None:
        """The selected meeting's attendance in a maximised window of its own."""
        if self._current is None:
            return
        if self.attendance_window is None:
            self.attendance_window = open_attendance_window(
                self._database, self._undo, self._current, self
            )
        else:
            self.attendance_window.show_meeting(self._current)
            self.attendance_window.showMaximized()
            self.attendance_window.activateWindow()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.refresh()

    def flush(self) -> None:
        """Apply a search still waiting for its pause (tests, Enter in the box)."""
        if self._debounce.isActive():
            self.apply_filter()

    def clear_filters(self) -> None:
        self.filters.clear()
        self.search.blockSignals(True)
        try:
            self.search.clear()
        finally:
            self.search.blockSignals(False)
        self.apply_filter()

    # -- reloading ---------------------------------------------------------------------

    def _file_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a change in another area: read it when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the meetings again (the file, the filters or a panel changed); the
        selected meeting stays selected while it is still listed."""
        self._stale = False
        self.filters.set_groups(self.controller.groups())
        spec = self.current_filter()
        rows = self.controller.meeting_rows(spec)
        self.views.show_rows(rows, spec)
        count = len(rows)
        self.views.count_label.setText(
            counted(self.tr("%Ln meetings", "", count), count, "1 meeting")
        )
        listed = self._current if self._current in self.views.list_model.ids else None
        self._set_current(listed)
        self.views.bring_up_to_date()

    def _report(self, error: Exception) -> None:
        dialogs.show_error(self, self.tr("Meetings"), str(error))

    # -- the selection -----------------------------------------------------------------

    @property
    def current_meeting_id(self) -> int | None:
        return self._current

    def current_row(self) -> mt.MeetingRow | None:
        model = self.views.list_model
        row = model.row_of(self._current)
        return model.record_at(row) if row >= 0 else None

    def select_meeting(self, meeting_id: int | None) -> None:
        """Select a meeting in both views (None: no meeting)."""
        if meeting_id is not None and meeting_id not in self.views.list_model.ids:
            meeting_id = None
        self._set_current(meeting_id)

    def reveal(self, meeting_id: int) -> None:
        """Select a meeting, clearing the filters first when they hide it."""
        if meeting_id not in self.views.list_model.ids:
            self.clear_filters()
            show_status(self, self.tr("The filters were cleared to show the meeting."))
        self.select_meeting(meeting_id)

    def _set_current(self, meeting_id: int | None) -> None:
        self.views.show_meeting(meeting_id)
        self._meeting_chosen(meeting_id)

    def _asked_about_edits_of_current(self) -> bool:
        """Whether the meeting left had an edit to ask about; ``_stay`` is the answer."""
        if not (self.minutes.has_unsaved_changes() or self.attendance.has_unsaved_changes()):
            return False
        self._stay = not settle_parts(self, [self.minutes, self.attendance])
        return True

    def _meeting_chosen(self, meeting_id: int | None) -> None:
        """Tell the tabs on the right (the views show ``meeting_id`` already).

        A walk-in typed and not added, or minutes that could not be saved, belong to the
        meeting left: the user is asked first, and Cancel goes back to that meeting."""
        if meeting_id != self._current:
            if self._current is not None and self._asked_about_edits_of_current():
                # Saving may have read the page again, and reselected the meeting left.
                self.views.show_meeting(self._current if self._stay else meeting_id)
                if self._stay:
                    return
            self._current = meeting_id
            for panel in self.panels:
                panel.set_meeting(meeting_id)  # type: ignore[attr-defined]
        chosen = self._current is not None
        buttons = (
            self.edit_button,
            self.delete_button,
            self.sign_in_button,
            self.attendance_mode_button,
        )
        for button in buttons:
            button.setEnabled(chosen)

    # -- keyboard ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def go_to_list(self) -> None:
        """Enter in the search box: search now, then on to the list."""
        self.apply_filter()
        self.views.setCurrentWidget(self.views.list_tab)
        self.views.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._current is None and self.views.list_model.rowCount():
            self.select_meeting(self.views.list_model.id_at(0))

    def _row_activated(self, index: QModelIndex) -> None:
        found = self.views.list_model.id_at(index.row()) if index.isValid() else None
        if found is not None:
            self.edit_meeting(found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+N is also the File menu's New file: inside this page it means a new meeting.
        if isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.New):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.new_meeting()
                return True
        return super().eventFilter(watched, event)

    # -- adding, editing, deleting, files ----------------------------------------------

    def new_meeting(self) -> None:
        self._open_editor(None)

    def edit_meeting(self, meeting_id: int | None = None) -> None:
        chosen = meeting_id if meeting_id is not None else self._current
        if chosen is not None:
            self._open_editor(chosen)

    def _open_editor(self, meeting_id: int | None) -> None:
        saved = self.controller.open_editor(meeting_id)
        if saved is not None:
            self.refresh()
            self.reveal(saved)

    def delete_meeting(self, meeting_id: int | None = None) -> None:
        chosen = meeting_id if meeting_id is not None else self._current
        if chosen is None:
            return
        neighbour = self.views.neighbour(chosen)
        if self.controller.delete_meeting(chosen):
            self.refresh()
            self.select_meeting(neighbour)

    def import_invitation(self) -> None:
        meeting_id = self.controller.import_invitation()
        if meeting_id is not None:
            self.refresh()
            self.reveal(meeting_id)
            self._open_editor(meeting_id)

    def export_calendar(self) -> None:
        self.controller.export_calendar(self.current_filter())

    def sign_in_sheet(self) -> None:
        row = self.current_row()
        if row is not None:
            self.controller.sign_in_sheet(row)
