"""What the Meetings page asks of core: the meetings found and the groups to filter by,
the editor, a meeting deleted, an invitation imported, the calendar exported and the
sign-in sheet written.

Each refusal a user can cause is shown here and the page is told by the return value;
every change enters the undo stack already made. The page then reads again and selects.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from lagdesk.core.meetings import overview as mt
from lagdesk.core.meetings.ics import CalendarFileError, export_calendar, import_invitation
from lagdesk.core.stakeholders import register as sh
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import TextContext, translate
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.common.text import counted
from lagdesk.ui.meetings.commands import AddMeetingCommand, DeleteMeetingCommand
from lagdesk.ui.stakeholders.add_to_group import flat_groups

# The texts keep the context of the Meetings page they were first written in (see
# ``TextContext``).
MeetingsPage = TextContext("MeetingsPage")

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


class MeetingsController(QObject):
    """The Meetings page's calls into core; dialogs open over ``page``."""

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        report: Callable[[Exception], None],
        page: QWidget,
    ) -> None:
        super().__init__(page)
        self._database = database
        self._undo = undo_stack
        self._report = report
        self._page = page

    # -- reading -------------------------------------------------------------------------

    def meeting_rows(self, spec: mt.MeetingFilter) -> list[mt.MeetingRow]:
        try:
            return mt.meeting_rows(self._database, spec)
        except UserError as error:
            self._report(error)
            return []

    def groups(self) -> list[tuple[int, str, int]]:
        """Every group of the register (id, name, depth), in tree order."""
        try:
            return flat_groups(sh.group_tree(self._database))
        except UserError as error:
            self._report(error)
            return []

    # -- adding, editing, deleting -------------------------------------------------------

    def open_editor(self, meeting_id: int | None) -> int | None:
        """The editor on ``meeting_id`` (None: a new meeting); the id saved, if any."""
        try:
            return open_editor(self._database, self._undo, meeting_id, self._page)
        except UserError as error:
            self._report(error)
            return None

    def delete_meeting(self, meeting_id: int) -> bool:
        """Ask, then delete the meeting with all that goes with it; True when done."""
        try:
            row = mt.meeting_row(self._database, meeting_id)
        except UserError as error:
            self._report(error)
            return False
        title = translate("MeetingsPage", "Delete meeting")
        text = translate(
            "MeetingsPage",
            "Delete the meeting “{title}” of {date}, with its agenda, attendance list, "
            "minutes, decisions, tasks and files?\n\nEdit > Undo brings it back.",
        ).format(title=row.title, date=format_date(row.first_day))
        if not dialogs.confirm(self._page, title, text, translate("MeetingsPage", "Delete")):
            return False
        try:
            deleted = mt.delete_meeting(self._database, meeting_id)
        except UserError as error:
            self._report(error)
            return False
        command_text = translate("MeetingsPage", "Delete meeting “{title}”").format(title=row.title)
        self._undo.push(DeleteMeetingCommand(command_text, self._database, deleted, self._report))
        return True

    # -- files ---------------------------------------------------------------------------

    def import_invitation(self) -> int | None:
        """Add a meeting from an .ics invitation the user chooses; its id."""
        title = translate("MeetingsPage", "Import invitation")
        path = dialogs.open_file_path(
            self._page,
            title,
            Path.home(),
            translate("MeetingsPage", "iCalendar invitations (*.ics);;All files (*)"),
        )
        if path is None:
            return None
        try:
            meeting = import_invitation(self._database, path)
        except CalendarFileError as error:
            dialogs.show_error(self._page, title, str(error))
            return None
        except UserError as error:
            text = translate("MeetingsPage", "{file} could not be imported: {problem}").format(
                file=path, problem=error
            )
            dialogs.show_error(self._page, title, text)
            return None
        assert meeting.id is not None
        command_text = translate("MeetingsPage", "Import invitation “{title}”").format(
            title=meeting.title
        )
        self._undo.push(AddMeetingCommand(command_text, self._database, meeting.id, self._report))
        return meeting.id

    def export_calendar(self, spec: mt.MeetingFilter) -> None:
        """Write the meetings between the filter's days to an .ics file the user names."""
        title = translate("MeetingsPage", "Export calendar")
        suggested = Path.home() / translate("MeetingsPage", "{file} meetings.ics").format(
            file=self._database.path.stem
        )
        path = dialogs.save_file_path(
            self._page, title, suggested, translate("MeetingsPage", "iCalendar files (*.ics)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            written = export_calendar(self._database, path, start=spec.start, end=spec.end)
        except UserError as error:
            dialogs.show_user_error(self._page, title, error)
            return
        except OSError as error:
            dialogs.show_error(self._page, title, self._not_written(path, error))
            return
        text = counted(
            MeetingsPage.tr("%Ln meetings written to {path}.", "", written),
            written,
            "1 meeting written to {path}.",
        ).format(path=path)
        dialogs.show_information(self._page, title, text)

    def sign_in_sheet(self, row: mt.MeetingRow) -> None:
        """Write the meeting's printable sign-in sheet to a PDF the user names."""
        from lagdesk.core.meetings.sign_in import sign_in_sheet
        from lagdesk.reports.pdf import write_sign_in_pdf

        title = translate("MeetingsPage", "Sign-in sheet")
        suggested = Path.home() / translate(
            "MeetingsPage", "{date} {title} sign-in sheet.pdf"
        ).format(date=row.first_day.isoformat(), title=file_name_part(row.title))
        path = dialogs.save_file_path(
            self._page, title, suggested, translate("MeetingsPage", "PDF documents (*.pdf)")
        )
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
            dialogs.show_user_error(self._page, title, error)
            return
        except OSError as error:
            QApplication.restoreOverrideCursor()
            dialogs.show_error(self._page, title, self._not_written(path, error))
            return
        QApplication.restoreOverrideCursor()
        text = translate(
            "MeetingsPage",
            "The sign-in sheet was written to {path}.\nPages: {pages}. Invited people: {people}.",
        ).format(path=path, pages=pages, people=len(sheet.invited))
        dialogs.show_information(self._page, title, text)

    @staticmethod
    def _not_written(path: Path, error: OSError) -> str:
        return translate("MeetingsPage", "{file} could not be written: {reason}").format(
            file=path, reason=error.strerror or error
        )
