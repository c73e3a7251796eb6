"""The list of attached files shared by a meeting's Files tab and a measurement's evidence.

Files are kept inside the database (``core.meetings.attachments``). Whoever shows the list
says which files it holds and how they are named to the user; the list does what is the
same for both: the table with its selection, Insert and Delete, files dropped from a file
manager, a copy saved where the user chooses or opened by the system's program, and the
undo steps of adding and removing (a removal is undone with the exact rows, bytes included).
Each owner passes the texts that differ (what an undo step or a dialog is called).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QMimeData, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from lagdesk.core.meetings import attachments as at
from lagdesk.core.support.deletion import DeletedRows
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.models import RecordTableModel
from lagdesk.ui.common.undo import ChangeCommand

Report = Callable[[Exception], None]


def format_size(size_bytes: int) -> str:
    """ "4.2 MB" in the user's locale (1024-based, as file managers count)."""
    return QLocale().formattedDataSize(
        size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def open_in_other_app(path: Path) -> bool:
    """Hand a file to the program the system opens it with (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def local_files(mime: QMimeData) -> list[Path]:
    """The files dropped from a file manager; empty when anything else is in the drag."""
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


class AddAttachmentsCommand(ChangeCommand):
    """Files already stored; undo removes them keeping a snapshot, redo puts the same files
    back (same ids, same bytes)."""

    def __init__(self, database: Database, text: str, ids: Sequence[int], report: Report) -> None:
        super().__init__(text, report)
        self.database = database
        self.ids = list(ids)
        self.deleted: DeletedRows | None = None

    def apply(self) -> None:
        if self.deleted is not None:
            at.restore_attachments(self.database, self.deleted)
            self.deleted = None

    def revert(self) -> None:
        self.deleted = at.delete_attachments(self.database, self.ids)


class RemoveAttachmentsCommand(ChangeCommand):
    """Files already removed (``deleted``); undo restores them exactly, bytes included."""

    def __init__(self, database: Database, text: str, deleted: DeletedRows, report: Report) -> None:
        super().__init__(text, report)
        self.database = database
        self.deleted = deleted
        self.ids = sorted(int(row["id"]) for row in deleted.rows["attachment"])

    def apply(self) -> None:
        self.deleted = at.delete_attachments(self.database, self.ids)

    def revert(self) -> None:
        at.restore_attachments(self.database, self.deleted)


class AttachmentList(QWidget):
    """A table of attached files. Insert asks for files to add (``add_requested``), Delete
    for the selected ones to go (``remove_requested``), files dropped from a file manager
    arrive through ``files_dropped`` while ``accepting_files`` is set. Subclasses may lay
    the table out with more around it (``lay_out``)."""

    add_requested = Signal()
    remove_requested = Signal()
    files_dropped = Signal(list)

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        model: RecordTableModel[at.AttachmentRow],
        report: Report,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._undo = undo_stack
        self._report_error = report
        self.model = model
        #: Where the last file came from or went: the next dialog opens there.
        self.folder = Path.home()
        #: Whether files may be added now (dropped files are refused otherwise).
        self.accepting_files = True
        #: Set while this list pushes an undo step, so that it does not read its files again.
        self.pushing = False
        self._open_folder: Path | None = None
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.installEventFilter(self)
        self.setFocusProxy(self.table)
        self.setAcceptDrops(True)
        self.lay_out()

    def lay_out(self) -> None:
        """The table alone, filling the widget."""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)

    # -- rows and selection --------------------------------------------------------------

    def show_rows(self, rows: Sequence[at.AttachmentRow], select: Sequence[int] = ()) -> None:
        """Show ``rows``, selecting ``select`` or else the files selected before."""
        keep = list(select) or [row.id for row in self.selected_rows()]
        self.model.set_records(rows)
        self.select(keep)

    def select(self, ids: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for attachment_id in ids:
            row = self.model.row_of(attachment_id)
            if row < 0:
                continue
            index = self.model.index(row, 0)
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)

    def selected_rows(self) -> list[at.AttachmentRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [found for row in rows if (found := self.model.record_at(row)) is not None]

    def current_row(self) -> at.AttachmentRow | None:
        """The file a button acts on: the current one when it is selected."""
        selected = self.selected_rows()
        current = self.model.record_at(self.table.currentIndex().row())
        if current is not None and current in selected:
            return current
        return selected[0] if selected else None

    # -- keys and drops ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Insert:
                self.add_requested.emit()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.remove_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def _accepts(self, mime: QMimeData) -> bool:
        return self.accepting_files and bool(local_files(mime))

    def _answer_drag(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._answer_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._answer_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if not self._accepts(event.mimeData()):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        # Added after the drop returns, so the file manager is not held while files are read.
        QTimer.singleShot(0, self, lambda: self.files_dropped.emit(paths))

    # -- changes -------------------------------------------------------------------------

    def push(self, command: ChangeCommand) -> None:
        self.pushing = True
        try:
            self._undo.push(command)
        finally:
            self.pushing = False

    def added(self, text: str, rows: Sequence[at.AttachmentRow]) -> list[int]:
        """Put the files just stored on the undo stack; their ids, to select them."""
        ids = [row.id for row in rows]
        self.push(AddAttachmentsCommand(self._database, text, ids, self._report_error))
        return ids

    def remove(self, rows: Sequence[at.AttachmentRow], text: str, error_title: str) -> bool:
        """Remove ``rows`` (undoably, as ``text``); False, with the reason shown, if not."""
        try:
            deleted = at.delete_attachments(self._database, [row.id for row in rows])
        except UserError as error:
            dialogs.show_user_error(self, error_title, error)
            return False
        self.push(RemoveAttachmentsCommand(self._database, text, deleted, self._report_error))
        return True

    # -- files out -----------------------------------------------------------------------

    def save_copy(self, row: at.AttachmentRow, caption: str, error_title: str) -> Path | None:
        """Write a copy of ``row`` where the user chooses; None when cancelled or failed."""
        suffix = Path(row.filename).suffix
        name_filter = (
            self.tr("{extension} files (*{suffix});;All files (*)").format(
                extension=suffix.lstrip(".").upper(), suffix=suffix
            )
            if suffix
            else self.tr("All files (*)")
        )
        path = dialogs.save_file_path(self, caption, self.folder / row.filename, name_filter)
        if path is None:
            return None
        try:
            at.save_attachment_as(self._database, row.id, path)
        except UserError as error:
            dialogs.show_user_error(self, error_title, error)
            return None
        self.folder = path.parent
        return path

    def temporary_copy(self, row: at.AttachmentRow) -> Path:
        """A copy of ``row`` in a temporary folder removed when lagdesk closes (raises
        OSError or the store's error when it cannot be written)."""
        if self._open_folder is None:
            self._open_folder = Path(tempfile.mkdtemp(prefix="lagdesk-open-"))
            remove = partial(shutil.rmtree, self._open_folder, ignore_errors=True)
            atexit.register(remove)
            self.destroyed.connect(remove)
        folder = self._open_folder / str(row.id)
        folder.mkdir(exist_ok=True)
        return at.save_attachment_as(self._database, row.id, folder / Path(row.filename).name)
