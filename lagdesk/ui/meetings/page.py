"""The Meetings page: filters, the list and the month calendar, the selected meeting's tabs.

One meeting is selected at a time, whichever view it was picked in; every tab on the right
(Overview here, Attendance, Minutes and Files added by ``add_panel``) is told with
``set_meeting``. The page reads core again when the window's undo stack moves or a panel
says it changed something, and keeps the selection. Ctrl+F goes to the search box; Ctrl+N,
inside the page, is a new meeting (elsewhere it stays the File menu's New file).
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import overview as mt
from lagdesk.core.meetings.ics import CalendarFileError, export_calendar, import_invitation
from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support.deletion import DeletedRows
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import MeetingType
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.flow_layout import FlowLayout, labelled
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.common.text import counted
from lagdesk.ui.common.undo import ChangeCommand
from lagdesk.ui.common.widgets import OptionalDateEdit, heading, show_status
from lagdesk.ui.meetings.attendance_panel import AttendancePanel
from lagdesk.ui.meetings.attendance_window import AttendanceWindow, open_attendance_window
from lagdesk.ui.meetings.files_panel import FilesPanel
from lagdesk.ui.meetings.list_model import MeetingListModel
from lagdesk.ui.meetings.meeting_table import MeetingTable
from lagdesk.ui.meetings.minutes_panel import MinutesPanel
from lagdesk.ui.meetings.month_view import MonthView
from lagdesk.ui.meetings.overview_panel import OverviewPanel
from lagdesk.ui.meetings.participation_view import ParticipationView
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.stakeholders.add_to_group import flat_groups

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
#: Characters no file name may hold on Windows, macOS or Linux.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def open_editor(
    database: Database, undo_stack: QUndoStack, meeting_id: int | None, parent: QWidget
) -> int | None:
    """The meeting editor: the id of the meeting saved, None when cancelled.

    Imported when first used (the editor module is heavy); tests replace this function.
    """
    from lagdesk.ui.meetings.editor import edit_meeting

    return edit_meeting(database, undo_stack, meeting_id, parent)


def file_name_part(text: str, limit: int = 60) -> str:
    """``text`` fit for a file name: no path separators or reserved characters."""
    cleaned = " ".join(_NOT_IN_FILE_NAMES.sub(" ", text).split()).strip(" .")
    return cleaned[:limit].rstrip(" .")


# --- undo ---------------------------------------------------------------------------------


class MeetingCommand(ChangeCommand):
    """A change to a whole meeting, already made through core when pushed."""

    def __init__(self, text: str, database: Database, report: Callable[[Exception], None]):
        super().__init__(text, report)
        self.database = database


class DeleteMeetingCommand(MeetingCommand):
    """A meeting deleted with everything that went with it; undo puts it back exactly."""

    def __init__(
        self,
        text: str,
        database: Database,
        deleted: DeletedRows,
        report: Callable[[Exception], None],
    ) -> None:
        super().__init__(text, database, report)
        self.deleted = deleted

    def apply(self) -> None:
        self.deleted = mt.delete_meeting(self.database, self.deleted.root_id)

    def revert(self) -> None:
        mt.restore_meeting(self.database, self.deleted)


class AddMeetingCommand(MeetingCommand):
    """A meeting added outside the editor (an imported invitation): undo deletes it, redo
    puts it back with the same id."""

    def __init__(
        self, text: str, database: Database, meeting_id: int, report: Callable[[Exception], None]
    ) -> None:
        super().__init__(text, database, report)
        self.meeting_id = meeting_id
        self.deleted: DeletedRows | None = None

    def apply(self) -> None:
        if self.deleted is not None:
            mt.restore_meeting(self.database, self.deleted)

    def revert(self) -> None:
        self.deleted = mt.delete_meeting(self.database, self.meeting_id)


# --- the page -----------------------------------------------------------------------------


class MeetingsPage(QWidget):
    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_page")
        self._database = database
        self._undo = undo_stack
        self._current: int | None = None
        #: Set while views are moved by code: their selection signals are not the user's.
        self._syncing = False
        #: The month view shows another meeting than the selected one until it is shown.
        self._month_stale = True
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
        self.list_model = MeetingListModel(self)
        self.table = MeetingTable(self.list_model, self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        list_tab = QWidget(self)
        list_column = QVBoxLayout(list_tab)
        list_column.setContentsMargins(0, 8, 0, 0)
        list_column.addWidget(self.table, 1)
        list_column.addWidget(self.count_label)
        self.list_tab = list_tab
        self.month = MonthView(self._database, self)

        self.views = QTabWidget(self)
        self.views.setObjectName("meeting_views")
        self.views.setDocumentMode(True)
        self.views.addTab(list_tab, self.tr("&List"))
        self.views.addTab(self.month, self.tr("&Month"))
        self.participation = ParticipationView(self._database, self)
        self.views.addTab(self.participation, self.tr("&Participation"))
        self._participation_stale = True
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
        column.addLayout(self.filter_row)
        column.addLayout(self.button_row)
        column.addWidget(self.splitter, 1)
        self._order_tabs()

    def _build_filters(self) -> None:
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("type_filter")
        self.type_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type_combo.setMinimumContentsLength(16)
        self.type_combo.addItem(self.tr("All types"), None)
        for code, text in choices(MeetingType):
            self.type_combo.addItem(text, code.value)
        self.from_date = OptionalDateEdit(self)
        self.from_date.setObjectName("from_date")
        self.from_date.setToolTip(self.tr("Meetings starting on or after this day"))
        self.to_date = OptionalDateEdit(self)
        self.to_date.setObjectName("to_date")
        self.to_date.setToolTip(self.tr("Meetings starting on or before this day"))
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("group_filter")
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group_combo.setMinimumContentsLength(16)
        self.group_combo.setToolTip(self.tr("Meetings that invited this group or a subgroup"))
        self.group_combo.addItem(self.tr("All groups"), None)
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
        self.title_row.addWidget(self._label_for(self.search, self.tr("Search:")))
        self.title_row.addWidget(self.search)
        self.title_row.addWidget(self.clear_button)
        self.filter_row = FlowLayout()  # wraps when the words are long
        pairs: list[tuple[str, QWidget]] = [
            (self.tr("T&ype:"), self.type_combo),
            (self.tr("F&rom:"), self.from_date),
            (self.tr("&To:"), self.to_date),
            (self.tr("&Group:"), self.group_combo),
        ]
        for text, field in pairs:
            self.filter_row.addWidget(labelled(self._label_for(field, text), field, self))

    def _label_for(self, field: QWidget, text: str) -> QLabel:
        label = QLabel(text, self)
        # A date's box is the focus proxy of its row: the label's letter goes there.
        label.setBuddy(field.focusProxy() or field)
        return label

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
            self.type_combo,
            self.from_date.edit,
            self.to_date.edit,
            self.group_combo,
            self.clear_button,
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.attendance_mode_button,
            self.import_button,
            self.export_button,
            self.sign_in_button,
            self.views,
            self.table,
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
        self.type_combo.currentIndexChanged.connect(self.apply_filter)
        self.group_combo.currentIndexChanged.connect(self.apply_filter)
        self.from_date.changed.connect(self.apply_filter)
        self.to_date.changed.connect(self.apply_filter)
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
        self.table.selectionModel().selectionChanged.connect(self._list_selection_changed)
        self.table.activated.connect(self._row_activated)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(lambda: self.delete_meeting())
        self.month.meeting_chosen.connect(self._month_chose)
        self.month.edit_requested.connect(self.edit_meeting)
        self.month.delete_requested.connect(self.delete_meeting)
        self.views.currentChanged.connect(self._view_shown)
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
        code = self.type_combo.currentData()
        return mt.MeetingFilter(
            types=frozenset({MeetingType(code)}) if code else frozenset(),
            start=self.from_date.date_value(),
            end=self.to_date.date_value(),
            group_id=self.group_combo.currentData(),
            text=self.search.text().strip(),
        )

    def save_pending(self) -> None:
        """Write the minutes being typed (the window calls this before a file closes)."""
        self.minutes.save_minutes()

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
        widgets = (self.type_combo, self.group_combo, self.from_date, self.to_date, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.type_combo.setCurrentIndex(0)
            self.group_combo.setCurrentIndex(0)
            self.from_date.set_date_value(None)
            self.to_date.set_date_value(None)
            self.search.clear()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filter()

    def _set_groups(self) -> None:
        try:
            groups = flat_groups(sh.group_tree(self._database))
        except UserError as error:
            self._report(error)
            groups = []
        chosen = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All groups"), None)
        for group_id, name, depth in groups:
            self.group_combo.addItem("    " * depth + name, group_id)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(chosen), 0))
        self.group_combo.blockSignals(False)

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
        self._set_groups()
        spec = self.current_filter()
        try:
            rows = mt.meeting_rows(self._database, spec)
        except UserError as error:
            self._report(error)
            rows = []
        self._syncing = True
        try:
            self.list_model.set_rows(rows)
            self.month.set_filter(spec)
        finally:
            self._syncing = False
        self._month_stale = True
        self._participation_stale = True
        count = len(rows)
        self.count_label.setText(counted(self.tr("%Ln meetings", "", count), count, "1 meeting"))
        listed = self._current if self._current in self.list_model.ids else None
        self._set_current(listed)
        self._view_shown()

    def _report(self, error: Exception) -> None:
        dialogs.show_error(self, self.tr("Meetings"), str(error))

    # -- the selection -----------------------------------------------------------------

    @property
    def current_meeting_id(self) -> int | None:
        return self._current

    def current_row(self) -> mt.MeetingRow | None:
        row = self.list_model.row_of(self._current)
        return self.list_model.record_at(row) if row >= 0 else None

    def select_meeting(self, meeting_id: int | None) -> None:
        """Select a meeting in both views (None: no meeting)."""
        if meeting_id is not None and meeting_id not in self.list_model.ids:
            meeting_id = None
        self._set_current(meeting_id)

    def reveal(self, meeting_id: int) -> None:
        """Select a meeting, clearing the filters first when they hide it."""
        if meeting_id not in self.list_model.ids:
            self.clear_filters()
            show_status(self, self.tr("The filters were cleared to show the meeting."))
        self.select_meeting(meeting_id)

    def _set_current(self, meeting_id: int | None, *, picked_in: QWidget | None = None) -> None:
        self._syncing = True
        try:
            if picked_in is not self.table:
                self._select_in_list(meeting_id)
            if picked_in is not self.month:
                self._month_stale = True
                if self.views.currentWidget() is self.month:
                    self._sync_month(meeting_id)
        finally:
            self._syncing = False
        if meeting_id != self._current:
            self._current = meeting_id
            for panel in self.panels:
                panel.set_meeting(meeting_id)  # type: ignore[attr-defined]
        self._update_buttons()

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

    def _view_shown(self) -> None:
        if self.views.currentWidget() is self.participation and self._participation_stale:
            self._participation_stale = False
            self.participation.refresh(self.group_combo.currentData())
        if self.views.currentWidget() is self.month and self._month_stale:
            self._syncing = True
            try:
                self._sync_month(self._current)
            finally:
                self._syncing = False

    def _list_selection_changed(self) -> None:
        if self._syncing:
            return
        rows = self.table.selectionModel().selectedRows()
        found = self.list_model.id_at(rows[0].row()) if rows else None
        self._set_current(found, picked_in=self.table)

    def _month_chose(self, meeting_id: int | None) -> None:
        if not self._syncing:
            self._set_current(meeting_id, picked_in=self.month)

    def _update_buttons(self) -> None:
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
        self.views.setCurrentWidget(self.list_tab)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._current is None and self.list_model.rowCount():
            self.select_meeting(self.list_model.id_at(0))

    def _row_activated(self, index: QModelIndex) -> None:
        found = self.list_model.id_at(index.row()) if index.isValid() else None
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

    # -- adding, editing, deleting -----------------------------------------------------

    def new_meeting(self) -> None:
        self._open_editor(None)

    def edit_meeting(self, meeting_id: int | None = None) -> None:
        chosen = meeting_id if meeting_id is not None else self._current
        if chosen is not None:
            self._open_editor(chosen)

    def _open_editor(self, meeting_id: int | None) -> None:
        try:
            saved = open_editor(self._database, self._undo, meeting_id, self)
        except UserError as error:
            self._report(error)
            return
        if saved is not None:
            self.refresh()
            self.reveal(saved)

    def delete_meeting(self, meeting_id: int | None = None) -> None:
        chosen = meeting_id if meeting_id is not None else self._current
        if chosen is None:
            return
        try:
            row = mt.meeting_row(self._database, chosen)
        except UserError as error:
            self._report(error)
            return
        title = self.tr("Delete meeting")
        text = self.tr(
            "Delete the meeting “{title}” of {date}, with its agenda, attendance list, "
            "minutes, decisions, tasks and files?\n\nEdit > Undo brings it back."
        ).format(title=row.title, date=format_date(row.first_day))
        if not dialogs.confirm(self, title, text, self.tr("Delete")):
            return
        neighbour = self._neighbour(chosen)
        try:
            deleted = mt.delete_meeting(self._database, chosen)
        except UserError as error:
            self._report(error)
            return
        command_text = self.tr("Delete meeting “{title}”").format(title=row.title)
        self._undo.push(DeleteMeetingCommand(command_text, self._database, deleted, self._report))
        self.refresh()
        self.select_meeting(neighbour)

    def _neighbour(self, meeting_id: int) -> int | None:
        """The meeting to select once ``meeting_id`` is gone: the next row, else the one
        before."""
        ids = self.list_model.ids
        if meeting_id not in ids:
            return None
        at = ids.index(meeting_id)
        rest = ids[at + 1 :] + ids[:at][::-1]
        return rest[0] if rest else None

    # -- files -------------------------------------------------------------------------

    def import_invitation(self) -> None:
        title = self.tr("Import invitation")
        path = dialogs.open_file_path(
            self, title, Path.home(), self.tr("iCalendar invitations (*.ics);;All files (*)")
        )
        if path is None:
            return
        try:
            meeting = import_invitation(self._database, path)
        except CalendarFileError as error:
            dialogs.show_error(self, title, str(error))
            return
        except UserError as error:
            text = self.tr("{file} could not be imported: {problem}").format(
                file=path, problem=error
            )
            dialogs.show_error(self, title, text)
            return
        assert meeting.id is not None
        command_text = self.tr("Import invitation “{title}”").format(title=meeting.title)
        self._undo.push(AddMeetingCommand(command_text, self._database, meeting.id, self._report))
        self.refresh()
        self.reveal(meeting.id)
        self._open_editor(meeting.id)

    def export_calendar(self) -> None:
        title = self.tr("Export calendar")
        spec = self.current_filter()
        suggested = Path.home() / self.tr("{file} meetings.ics").format(
            file=self._database.path.stem
        )
        path = dialogs.save_file_path(self, title, suggested, self.tr("iCalendar files (*.ics)"))
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            written = export_calendar(self._database, path, start=spec.start, end=spec.end)
        except UserError as error:
            dialogs.show_error(self, title, str(error))
            return
        except OSError as error:
            dialogs.show_error(self, title, self._not_written(path, error))
            return
        text = counted(
            self.tr("%Ln meetings written to {path}.", "", written),
            written,
            "1 meeting written to {path}.",
        ).format(path=path)
        dialogs.show_information(self, title, text)

    def sign_in_sheet(self) -> None:
        from lagdesk.core.meetings.sign_in import sign_in_sheet
        from lagdesk.reports.pdf import write_sign_in_pdf

        row = self.current_row()
        if row is None:
            return
        title = self.tr("Sign-in sheet")
        suggested = Path.home() / self.tr("{date} {title} sign-in sheet.pdf").format(
            date=row.first_day.isoformat(), title=file_name_part(row.title)
        )
        path = dialogs.save_file_path(self, title, suggested, self.tr("PDF documents (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheet = sign_in_sheet(self._database, row.id)
            pages = write_sign_in_pdf(sheet, path)
        except UserError as error:
            QApplication.restoreOverrideCursor()
            dialogs.show_error(self, title, str(error))
            return
        except OSError as error:
            QApplication.restoreOverrideCursor()
            dialogs.show_error(self, title, self._not_written(path, error))
            return
        QApplication.restoreOverrideCursor()
        text = self.tr(
            "The sign-in sheet was written to {path}.\nPages: {pages}. Invited people: {people}."
        ).format(path=path, pages=pages, people=len(sheet.invited))
        dialogs.show_information(self, title, text)

    def _not_written(self, path: Path, error: OSError) -> str:
        return self.tr("{file} could not be written: {reason}").format(
            file=path, reason=error.strerror or error
        )
