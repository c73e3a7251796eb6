"""The evidence files of one measurement: a scan of a register, a spreadsheet extract, a
signed statement. Opened from the measurements of the Indicators page ("Evidence files…").

Files are kept inside the database (``core.attachments``, the same limit and checks as a
meeting's files) and listed by the ``AttachmentList`` a meeting's Files tab uses too.
Adding and removing go through core first and then onto the page's undo stack; a removal is
undone with the exact rows, bytes included.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import attachments as at
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.attachments import AttachmentList, format_size
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.common.models import RecordTableModel

FILE, SIZE, ADDED = range(3)

Report = Callable[[Exception], None]


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
        self.exists = True
        self.model = EvidenceModel(self)
        self.files = AttachmentList(database, undo_stack, self.model, self._report, self)
        self.table = self.files.table
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
        self.table.setObjectName("evidence_table")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ADDED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Evidence files"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.save_copy)
        self.files.add_requested.connect(lambda: self.add_files())
        self.files.remove_requested.connect(self.remove_selected)
        self.files.files_dropped.connect(self.add_files)
        title.setBuddy(self.table)
        column.addWidget(title)
        column.addWidget(self.files, 1)
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
        try:
            rows = at.evidence_rows(self.database, self.measurement_id)
            exists = True
        except UserError:
            # The measurement is gone (deleted, or its addition undone): nothing to show.
            rows, exists = [], False
        self.exists = exists
        self.files.accepting_files = exists
        self.files.show_rows(rows, select)
        self.empty.setText(self._empty_text if exists else self._gone_text)
        self.empty.setVisible(not rows)
        self.table.setEnabled(exists)
        self._update_buttons()

    def selected_rows(self) -> list[at.AttachmentRow]:
        return self.files.selected_rows()

    def _update_buttons(self, *_args: Any) -> None:
        chosen = len(self.selected_rows())
        self.add_button.setEnabled(self.exists)
        self.save_button.setEnabled(chosen == 1)
        self.remove_button.setEnabled(chosen > 0)

    # -- changing -------------------------------------------------------------------------

    def _report(self, error: Exception) -> None:
        dialogs.show_error(self, self.tr("Evidence files"), str(error))

    def add_files(self, paths: Sequence[Path] | None = None) -> list[at.AttachmentRow]:
        """Store files as evidence (asking which when ``paths`` is None), undoably."""
        if paths is None:
            paths = dialogs.open_file_paths(
                self,
                self.tr("Add evidence files"),
                self.files.folder,
                self.tr(
                    "All files (*);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods "
                    "*.csv *.txt);;Images (*.jpg *.jpeg *.png *.tif *.tiff)"
                ),
            )
        if not paths:
            return []
        self.files.folder = Path(paths[0]).parent
        try:
            added = at.add_measurement_evidence(self.database, self.measurement_id, paths)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Add evidence files"), error)
            return []
        if len(added) == 1:
            text = self.tr("Add evidence {name}").format(name=added[0].filename)
        else:
            text = self.tr("Add {count} evidence files").format(count=len(added))
        self.reload(select=self.files.added(text, added))
        self.changed.emit()
        return added

    def save_copy(self, *_args: Any) -> Path | None:
        """Write a copy of the selected file where the user chooses."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]
        caption = self.tr("Save a copy of {name}").format(name=row.filename)
        return self.files.save_copy(row, caption, self.tr("Save a copy"))

    def remove_selected(self) -> bool:
        """Remove the selected files (undoable, so without asking first)."""
        rows = self.selected_rows()
        if not rows:
            return False
        if len(rows) == 1:
            text = self.tr("Remove evidence {name}").format(name=rows[0].filename)
        else:
            text = self.tr("Remove {count} evidence files").format(count=len(rows))
        if not self.files.remove(rows, text, self.tr("Remove evidence files")):
            return False
        self.reload()
        self.changed.emit()
        return True

    def _stack_changed(self, _index: int) -> None:
        self.reload()

    def _disconnect(self) -> None:
        self.undo_stack.indexChanged.disconnect(self._stack_changed)
