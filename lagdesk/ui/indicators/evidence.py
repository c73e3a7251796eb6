"""The evidence files of one measurement: a scan of a register, a spreadsheet extract, a
signed statement. Opened from the measurements of the Indicators page ("Evidence files…").

Files are kept inside the database (``core.attachments``, the same limit and checks as a
meeting's files). Adding and removing go through core first and then onto the page's undo
stack; a removal is undone with the exact rows, bytes included.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import attachments as at
from lagdesk.core.support.deletion import DeletedRows
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.common.models import RecordTableModel
from lagdesk.ui.common.undo import ChangeCommand
from lagdesk.ui.meetings.files_model import format_size

FILE, SIZE, ADDED = range(3)

Report = Callable[[UserError], None]


class EvidenceModel(RecordTableModel[at.AttachmentRow]):
    """The evidence files of one measurement: name, size, the day it was added."""

    CONTEXT = "EvidenceModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("EvidenceModel", "File"),
        QT_TRANSLATE_NOOP("EvidenceModel", "Size"),
        QT_TRANSLATE_NOOP("EvidenceModel", "Added"),
    )
    RIGHT_ALIGNED = frozenset({SIZE})

    def text(self, record: at.AttachmentRow, column: int) -> str:
        if column == FILE:
            return record.filename
        if column == SIZE:
            return format_size(record.size_bytes)
        if column == ADDED:
            return format_date(record.created_at.date())
        return ""


class AddEvidenceCommand(ChangeCommand):
    """Evidence files already stored; undo removes them keeping a snapshot, redo puts the
    same files back (same ids, same bytes)."""

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


class RemoveEvidenceCommand(ChangeCommand):
    """Evidence files already removed (``deleted``); undo restores them exactly."""

    def __init__(self, database: Database, text: str, deleted: DeletedRows, report: Report) -> None:
        super().__init__(text, report)
        self.database = database
        self.deleted = deleted
        self.ids = sorted(int(row["id"]) for row in deleted.rows["attachment"])

    def apply(self) -> None:
        self.deleted = at.delete_attachments(self.database, self.ids)

    def revert(self) -> None:
        at.restore_attachments(self.database, self.deleted)


class EvidenceDialog(QDialog):
    """The evidence files of one measurement with Add files…, Save a copy… and Remove.

    Not modal: the page stays usable, and the list follows undo and redo on the page's
    stack. ``changed`` is emitted after every change made here.
    """

    changed = Signal()

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        measurement_id: int,
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidence_dialog")
        self.setWindowTitle(self.tr("Evidence files"))
        self.database = database
        self.undo_stack = undo_stack
        self.measurement_id = measurement_id
        self.folder = Path.home()
        self.exists = True
        self.model = EvidenceModel(self)
        self._build(description)
        self.undo_stack.indexChanged.connect(self._stack_changed)
        self.finished.connect(self._disconnect)
        self.reload()

    def _build(self, description: str) -> None:
        column = QVBoxLayout(self)
        self.description = QLabel(description)
        self.description.setObjectName("evidence_measurement")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.description)
        title = QLabel(self.tr("&Files"))
        self.table = QTableView()
        self.table.setObjectName("evidence_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ADDED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Evidence files"))
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.save_copy)
        title.setBuddy(self.table)
        column.addWidget(title)
        column.addWidget(self.table, 1)
        self._empty_text = self.tr(
            "No evidence yet. Add the files that prove this value: a scan of a register, "
            "a spreadsheet extract, a signed statement (up to {limit} MB each)."
        ).format(limit=at.MAX_ATTACHMENT_BYTES // (1024 * 1024))
        self._gone_text = self.tr(
            "This measurement has been deleted. Undo the delete (Ctrl+Z) to see its evidence."
        )
        self.empty = QLabel(self._empty_text)
        self.empty.setObjectName("evidence_empty")
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setObjectName("add_evidence")
        self.add_button.setToolTip(self.tr("Add evidence files to this measurement (Insert)"))
        self.add_button.clicked.connect(lambda: self.add_files())
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setObjectName("save_evidence")
        self.save_button.setToolTip(self.tr("Write a copy of the selected file to a folder"))
        self.save_button.clicked.connect(lambda: self.save_copy())
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("remove_evidence")
        self.remove_button.setToolTip(
            self.tr("Remove the selected files (Delete); you can undo this with Ctrl+Z")
        )
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        for button in (self.add_button, self.save_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        column.addLayout(row)
        self.resize(560, 320)

    # -- reading --------------------------------------------------------------------------

    def reload(self, select: Sequence[int] = ()) -> None:
        """Read the files again (after any change, undo or redo), keeping the selection."""
        keep = list(select) or [row.id for row in self.selected_rows()]
        try:
            rows = at.evidence_rows(self.database, self.measurement_id)
            exists = True
        except UserError:
            # The measurement is gone (deleted, or its addition undone): nothing to show.
            rows, exists = [], False
        self.exists = exists
        self.model.set_records(rows)
        self.empty.setText(self._empty_text if exists else self._gone_text)
        self.empty.setVisible(not rows)
        self.table.setEnabled(exists)
        self._select(keep)
        self._update_buttons()

    def _select(self, ids: Sequence[int]) -> None:
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
        found = (self.model.record_at(row) for row in rows)
        return [record for record in found if record is not None]

    def _update_buttons(self, *_args: Any) -> None:
        chosen = len(self.selected_rows())
        self.add_button.setEnabled(self.exists)
        self.save_button.setEnabled(chosen == 1)
        self.remove_button.setEnabled(chosen > 0)

    # -- changing -------------------------------------------------------------------------

    def _report(self, error: UserError) -> None:
        dialogs.show_user_error(self, self.tr("Evidence files"), error)

    def add_files(self, paths: Sequence[Path] | None = None) -> list[at.AttachmentRow]:
        """Store files as evidence (asking which when ``paths`` is None), undoably."""
        if paths is None:
            paths = dialogs.open_file_paths(
                self,
                self.tr("Add evidence files"),
                self.folder,
                self.tr(
                    "All files (*);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods "
                    "*.csv *.txt);;Images (*.jpg *.jpeg *.png *.tif *.tiff)"
                ),
            )
        if not paths:
            return []
        self.folder = Path(paths[0]).parent
        try:
            added = at.add_measurement_evidence(self.database, self.measurement_id, paths)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Add evidence files"), error)
            return []
        if len(added) == 1:
            text = self.tr("Add evidence {name}").format(name=added[0].filename)
        else:
            text = self.tr("Add {count} evidence files").format(count=len(added))
        ids = [row.id for row in added]
        self.undo_stack.push(AddEvidenceCommand(self.database, text, ids, self._report))
        self.reload(select=ids)
        self.changed.emit()
        return added

    def save_copy(self, *_args: Any) -> Path | None:
        """Write a copy of the selected file where the user chooses."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]
        suffix = Path(row.filename).suffix
        name_filter = (
            self.tr("{extension} files (*{suffix});;All files (*)").format(
                extension=suffix.lstrip(".").upper(), suffix=suffix
            )
            if suffix
            else self.tr("All files (*)")
        )
        path = dialogs.save_file_path(
            self,
            self.tr("Save a copy of {name}").format(name=row.filename),
            self.folder / row.filename,
            name_filter,
        )
        if path is None:
            return None
        try:
            at.save_attachment_as(self.database, row.id, path)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Save a copy"), error)
            return None
        self.folder = path.parent
        return path

    def remove_selected(self) -> bool:
        """Remove the selected files (undoable, so without asking first)."""
        rows = self.selected_rows()
        if not rows:
            return False
        try:
            deleted = at.delete_attachments(self.database, [row.id for row in rows])
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Remove evidence files"), error)
            return False
        if len(rows) == 1:
            text = self.tr("Remove evidence {name}").format(name=rows[0].filename)
        else:
            text = self.tr("Remove {count} evidence files").format(count=len(rows))
        self.undo_stack.push(RemoveEvidenceCommand(self.database, text, deleted, self._report))
        self.reload()
        self.changed.emit()
        return True

    # -- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Insert:
                self.add_files()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def _stack_changed(self, _index: int) -> None:
        self.reload()

    def _disconnect(self) -> None:
        self.undo_stack.indexChanged.disconnect(self._stack_changed)
