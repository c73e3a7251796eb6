"""Attendance mode on a screen of its own: the attendance panel, maximised."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.zones import local_date
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.common.unsaved import settle_parts
from lagdesk.ui.meetings.attendance_panel import AttendancePanel


class AttendanceWindow(QWidget):
    """Attendance mode on a screen of its own, maximised; Escape or Ctrl+W closes it."""

    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._database = database
        self.panel = AttendancePanel(database, undo_stack, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        close = QAction(self.tr("Close"), self)
        keys = {
            key.toString(): key
            for key in (
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Close),
                QKeySequence("Ctrl+W"),
            )
        }
        close.setShortcuts(list(keys.values()))
        close.triggered.connect(self.close)
        self.addAction(close)
        # The main window's undo keys do not reach a window of its own.
        undo = undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.addActions([undo, redo])

    def show_meeting(self, meeting_id: int) -> None:
        """Take this meeting's attendance; the title names it."""
        title = ""
        try:
            meeting = store.get(self._database, r.Meeting, meeting_id)
            day = format_date(local_date(meeting.starts_at, meeting.timezone))
            title = self.tr("{title}, {date}").format(title=meeting.title, date=day)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Attendance"), error)
        if meeting_id != self.panel.controller.meeting_id and not settle_parts(self, [self.panel]):
            return  # the user stays with the walk-in typed for the meeting shown
        self.setWindowTitle(self.tr("Attendance — {meeting}").format(meeting=title))
        self.panel.set_meeting(meeting_id)
        self.showMaximized()
        self.raise_()
        self.activateWindow()
        self.panel.focus_search()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """A walk-in typed and not added is asked about first; Cancel keeps the window."""
        if self.panel.has_unsaved_changes() and not settle_parts(self, [self.panel]):
            event.ignore()
            return
        self.panel.set_meeting(None)
        super().closeEvent(event)


def open_attendance_window(
    database: Database, undo_stack: QUndoStack, meeting_id: int, parent: QWidget | None
) -> AttendanceWindow:
    """Attendance mode for ``meeting_id`` in its own maximised window.

    The caller keeps the returned window (Qt keeps it alive through ``parent`` too) and may
    reuse it for another meeting with ``show_meeting``. Closing only hides it.
    """
    window = AttendanceWindow(database, undo_stack, parent)
    window.show_meeting(meeting_id)
    return window
