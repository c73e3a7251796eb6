"""The files of the selected meeting: photos with their flags, signed lists, documents.

Files are kept inside the database (``core.attachments``). Adding, editing a caption or a
flag, naming the people in a photo and deleting all go through core first and then onto
the undo stack; a delete is undone with the exact rows, bytes included. Files come in
through "Add files…" or by dropping them from the file manager, and go out through
"Save as…" or "Open" (a copy in a temporary folder, opened by the system's program).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import attachments as at
from lagdesk.db.codes import AttachmentKind
from lagdesk.db.database import Database
from lagdesk.errors import UserError, ValidationError
from lagdesk.i18n import TextContext, translate
from lagdesk.ui.common import attachments, dialogs
from lagdesk.ui.common.attachments import AttachmentList, format_size
from lagdesk.ui.common.flow_layout import FlowLayout
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.common.text import counted
from lagdesk.ui.common.undo import UndoContext
from lagdesk.ui.common.widgets import show_status
from lagdesk.ui.meetings.commands import EditFileCommand, PeopleInPhotoCommand
from lagdesk.ui.meetings.files_model import (
    THUMBNAIL_SIZE,
    FilesModel,
    KindDelegate,
    ThumbnailCache,
    scaled_image,
)
from lagdesk.ui.meetings.photo_people_dialog import PhotoPeopleDialog

# The context of the counted texts below (see ``TextContext``).
Meetings = TextContext("Meetings")

#: Longest side of the preview, decoded once per selected photo and scaled to the pane.
PREVIEW_SIZE = 1024
#: At least this wide, the preview sits beside the table; narrower, under it.
SIDE_BY_SIDE_WIDTH = 1000
#: The thumbnails of a narrow table (the preview under it shows the photo large).
NARROW_THUMBNAIL_SIZE = 64
#: Room for the file's name beside its thumbnail: at least, at most.
NAME_MIN_TEXT, NAME_MAX_TEXT = 90, 260
CAPTION_WIDTH = 200


def files_summary(rows: Sequence[at.AttachmentRow]) -> str:
    """ "3 files, 2 photos (1 publishable), 4.2 MB" """
    n = len(rows)
    photos = sum(1 for row in rows if row.is_photo)
    cleared = sum(1 for row in rows if row.may_leave_the_app)
    files = counted(Meetings.tr("%n files", "", n), n, "1 file")
    photo_text = counted(Meetings.tr("%n photos", "", photos), photos, "1 photo")
    return translate("Meetings", "{files}, {photos} ({publishable}), {size}").format(
        files=files,
        photos=photo_text,
        publishable=Meetings.tr("%n publishable", "", cleared),
        size=format_size(sum(row.size_bytes for row in rows)),
    )


# --- the pieces of the panel --------------------------------------------------------------


class PreviewLabel(QLabel):
    """The selected photo, scaled to fit the pane as the pane changes size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(QSize(200, 150))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def image(self) -> QImage | None:
        return self._image

    def set_image(self, image: QImage | None, text: str = "") -> None:
        self._image = image
        if image is None:
            self.clear()
            self.setText(text)
        else:
            self._fit()

    def _fit(self) -> None:
        if self._image is None:
            return
        size = self.contentsRect().size()
        scaled = self._image.size().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
        if scaled.width() > self._image.width():  # never enlarged
            scaled = self._image.size()
        self.setPixmap(
            QPixmap.fromImage(self._image).scaled(
                scaled,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


# --- the panel ----------------------------------------------------------------------------


class FilesPanel(AttachmentList):
    """The Files tab beside the meetings; follows the panel protocol of the page."""

    changed = Signal()

    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        thumbnails = ThumbnailCache(partial(at.attachment_data, database))
        model: FilesModel = FilesModel(thumbnails)
        super().__init__(database, undo_stack, model, lambda error: self._report(error), parent)
        self.model: FilesModel = model
        self.thumbnails = thumbnails
        thumbnails.setParent(self)
        model.setParent(self)
        self.setObjectName("meeting_files")
        self._meeting_id: int | None = None
        self._rows: list[at.AttachmentRow] = []
        self._preview_key: tuple[int, int] | None = None
        self.context = UndoContext({}, self._report)
        #: The people picker while it is open (tests reach it here).
        self.people_dialog: PhotoPeopleDialog | None = None
        self.model.editor = self._store_edit
        self._connect()
        self.set_meeting(None)

    # -- building ------------------------------------------------------------------------

    def lay_out(self) -> None:
        self.table.setObjectName("files")
        self.table.setAccessibleName(self.tr("Files of the meeting"))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.setItemDelegateForColumn(FilesModel.Column.KIND, KindDelegate(self.table))
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._set_thumbnail_size(THUMBNAIL_SIZE)

        self.preview = PreviewLabel(self)
        self.preview.setObjectName("file_preview")
        self.details = QLabel(self)
        self.details.setObjectName("file_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.people_label = QLabel(self)
        self.people_label.setObjectName("photo_people")
        self.people_label.setWordWrap(True)
        self.people_label.setTextFormat(Qt.TextFormat.PlainText)
        self.people_button = QPushButton(self.tr("People in this photo…"), self)
        self.people_button.setToolTip(
            self.tr("Mark who is shown, so that erasing a person finds their photos")
        )
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(
            self.tr("Open a copy with the program your system uses (Enter in the list)")
        )
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setToolTip(self.tr("Save a copy of the file (Ctrl+Shift+S)"))
        # What acts on the one file shown sits under its preview.
        file_buttons = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.people_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        side = QWidget(self)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.preview, 1)
        side_column.addWidget(self.details)
        side_column.addWidget(self.people_label)
        side_column.addLayout(file_buttons)

        # The preview is beside the table when the panel is wide enough, under it otherwise.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("files_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self._wide: bool | None = None
        #: Set once the user drags the handle: their split stays until the layout turns.
        self._dragged = False
        self.splitter.splitterMoved.connect(self._handle_dragged)

        self.add_button = QPushButton(self.tr("A&dd files…"), self)
        self.add_button.setToolTip(
            self.tr("Add photos and documents; you can also drag files onto this list")
        )
        self.signed_button = QPushButton(self.tr("Add signed attendance list…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected files (Delete in the list)"))
        self.summary = QLabel(self)
        self.summary.setObjectName("files_summary")
        self.summary.setWordWrap(True)
        buttons = FlowLayout()  # wraps when the words are long
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.signed_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.splitter, 1)
        column.addWidget(self.summary)
        column.addLayout(buttons)
        chain = (
            self.table,
            self.open_button,
            self.save_button,
            self.people_button,
            self.add_button,
            self.signed_button,
            self.delete_button,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.add_button.clicked.connect(lambda: self.add_files())
        self.signed_button.clicked.connect(
            lambda: self.add_files(kind=AttachmentKind.SIGNED_ATTENDANCE_LIST)
        )
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected_as)
        self.delete_button.clicked.connect(self.delete_selected)
        self.people_button.clicked.connect(self.choose_people)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.add_requested.connect(lambda: self.add_files())
        self.remove_requested.connect(self.delete_selected)
        self.files_dropped.connect(self.add_files)
        save_as = QShortcut(QKeySequence("Ctrl+Shift+S"), self.table)
        save_as.setContext(Qt.ShortcutContext.WidgetShortcut)
        save_as.activated.connect(self.save_selected_as)
        self._undo.indexChanged.connect(self._file_changed)
        self.model.modelReset.connect(self.fit_columns)

    # -- wide and narrow -----------------------------------------------------------------

    def is_side_by_side(self) -> bool:
        return self.splitter.orientation() == Qt.Orientation.Horizontal

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        wide = size.width() >= SIDE_BY_SIDE_WIDTH
        if wide != self._wide:
            self._wide = wide
            self._dragged = False
            self.splitter.setOrientation(
                Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
            )
            # Smaller thumbnails in a narrow table leave room for the names: the preview
            # under it shows the photo large.
            self._set_thumbnail_size(THUMBNAIL_SIZE if wide else NARROW_THUMBNAIL_SIZE)
        if not self._dragged:
            # Beside the table the preview takes a third; under it, two fifths.
            length = self.splitter.width() if wide else self.splitter.height()
            share = 1 / 3 if wide else 2 / 5
            self.splitter.setSizes([round(length * (1 - share)), round(length * share)])
        self.fit_columns()

    def _handle_dragged(self) -> None:
        self._dragged = True

    def _set_thumbnail_size(self, size: int) -> None:
        self.table.setIconSize(QSize(size, size))
        self.table.verticalHeader().setDefaultSectionSize(size + 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Size the columns so that the name, kind, size and the three flags fit the table's
        width; the date and the caption follow, the caption taking what is left."""
        column = FilesModel.Column
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12

        def widest(texts: Iterable[str]) -> int:
            return max((metrics.horizontalAdvance(text) for text in texts), default=0) + padding

        def at_least_header(section: int, width: int) -> int:
            return max(header.sectionSizeHint(section), width)

        text = self.model.text
        # A long kind wraps onto a second line (the rows are as tall as a thumbnail).
        kind_words = (word for row in self._rows for word in text(row, column.KIND).split())
        widths = {
            column.KIND: at_least_header(column.KIND, widest(kind_words)),
            column.SIZE: at_least_header(
                column.SIZE, widest(text(row, column.SIZE) for row in self._rows)
            ),
            column.IDENTIFIABLE: header.sectionSizeHint(column.IDENTIFIABLE),
            column.CONSENT: header.sectionSizeHint(column.CONSENT),
            column.PUBLISHABLE: header.sectionSizeHint(column.PUBLISHABLE),
            column.TAKEN: at_least_header(
                column.TAKEN, widest(text(row, column.TAKEN) for row in self._rows)
            ),
        }
        before_date = sum(width for section, width in widths.items() if section != column.TAKEN)
        icon = self.table.iconSize().width()
        room = self.table.viewport().width() - before_date
        widths[column.NAME] = min(max(room, icon + NAME_MIN_TEXT), icon + NAME_MAX_TEXT)
        widths[column.CAPTION] = CAPTION_WIDTH
        for section, width in widths.items():
            header.resizeSection(section, width)

    # -- the panel protocol --------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def set_meeting(self, meeting_id: int | None) -> None:
        self._meeting_id = meeting_id
        self.accepting_files = meeting_id is not None
        self.reload()

    def _file_changed(self) -> None:
        if self._meeting_id is not None and not self.pushing:
            self.reload()

    def reload(self, select: Sequence[int] = ()) -> None:
        """Read the meeting's files again, keeping (or setting) the selection."""
        rows: list[at.AttachmentRow] = []
        if self._meeting_id is not None:
            try:
                rows = at.attachment_rows(self._database, self._meeting_id)
            except UserError as error:
                self._report(error)
        self._rows = rows
        self.show_rows(rows, select)
        self.setEnabled(self._meeting_id is not None)
        self._update_summary()

    def _update_summary(self) -> None:
        if self._meeting_id is None:
            self.summary.clear()
        elif not self._rows:
            self.summary.setText(
                self.tr("No files yet: add photos and documents, or drag them here.")
            )
        else:
            self.summary.setText(files_summary(self._rows))

    # -- selection and preview -----------------------------------------------------------

    def _selection_changed(self) -> None:
        selected = self.selected_rows()
        current = self.current_row()
        one = len(selected) == 1
        self.open_button.setEnabled(one)
        self.save_button.setEnabled(one)
        self.delete_button.setEnabled(bool(selected))
        self.people_button.setEnabled(one and current is not None and current.is_photo)
        self._show_preview(current if one else None)
        self._show_people(current if one else None)

    def _show_preview(self, row: at.AttachmentRow | None) -> None:
        if row is None:
            self._preview_key = None
            text = self.tr("Select a file to see it here.") if self._rows else ""
            self.preview.set_image(None, text)
            self.details.clear()
            return
        details = self.tr("{name}\n{kind} · {size} · added on {added}").format(
            name=row.filename,
            kind=self.model.text(row, FilesModel.Column.KIND),
            size=format_size(row.size_bytes),
            added=format_date(row.created_at.date()),
        )
        if row.taken_on is not None:
            details += "\n" + self.tr("Taken on {date}").format(date=format_date(row.taken_on))
        if row.caption:
            details += "\n" + row.caption
        self.details.setText(details)
        key = (row.id, row.size_bytes)
        if key == self._preview_key:
            return
        self._preview_key = key
        if not row.media_type.startswith("image/"):
            self.preview.set_image(
                None, self.tr("No preview for this kind of file. Use Open to see it.")
            )
            return
        try:
            image = scaled_image(at.attachment_data(self._database, row.id), PREVIEW_SIZE)
        except UserError as error:
            self._report(error)
            image = None
        self.preview.set_image(image, self.tr("This picture cannot be shown."))

    def _show_people(self, row: at.AttachmentRow | None) -> None:
        if row is None or not row.is_photo:
            self.people_label.clear()
            return
        try:
            names = [choice.name for choice in at.people_shown(self._database, row.id)]
        except UserError as error:
            self._report(error)
            names = []
        if names:
            self.people_label.setText(
                self.tr("People in this photo: {names}").format(names=", ".join(names))
            )
        else:
            self.people_label.setText(self.tr("Nobody is marked in this photo."))

    # -- adding --------------------------------------------------------------------------

    def add_files(
        self, paths: Sequence[Path] | None = None, *, kind: AttachmentKind | None = None
    ) -> list[at.AttachmentRow]:
        """Store files with the meeting (asking which when ``paths`` is None), undoably."""
        if self._meeting_id is None:
            return []
        if paths is None:
            caption = (
                self.tr("Add a signed attendance list")
                if kind == AttachmentKind.SIGNED_ATTENDANCE_LIST
                else self.tr("Add files to the meeting")
            )
            name_filter = self.tr(
                "All files (*);;Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff);;"
                "Documents (*.pdf *.docx *.doc *.odt *.xlsx *.ods *.pptx *.txt)"
            )
            paths = dialogs.open_file_paths(self, caption, self.folder, name_filter)
        if not paths:
            return []
        self.folder = Path(paths[0]).parent
        try:
            added = at.add_attachments(self._database, self._meeting_id, paths, kind=kind)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Add files"), error)
            return []
        n = len(added)
        text = (
            self.tr("Add {name}").format(name=added[0].filename)
            if n == 1
            else self.tr("Add %n files", "", n)
        )
        ids = self.added(text, added)
        self.reload(select=ids)
        self.changed.emit()
        show_status(self, text)
        return added

    # -- editing -------------------------------------------------------------------------

    def _store_edit(
        self, before: at.AttachmentRow, wanted: at.AttachmentRow
    ) -> at.AttachmentRow | None:
        try:
            stored_before, after = at.update_attachment(self._database, wanted)
        except ValidationError as error:
            message = "\n".join(problem.message for problem in error.problems)
            dialogs.show_error(self, self.tr("Change file"), message)
            return None
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Change file"), error)
            return None
        if after == stored_before:
            return after
        text = self._edit_text(stored_before, after)
        self.push(EditFileCommand(self.context, text, self._database, stored_before, after))
        self._update_summary_from_model(after)
        self.changed.emit()
        return after

    def _edit_text(self, before: at.AttachmentRow, after: at.AttachmentRow) -> str:
        name = after.filename
        if after.publishable != before.publishable and after.publishable:
            return self.tr("Mark {name} publishable").format(name=name)
        if after.publishable != before.publishable and before.consent_checked:
            return self.tr("Untick consent of {name}").format(name=name)
        if after.caption != before.caption:
            return self.tr("Edit the caption of {name}").format(name=name)
        return self.tr("Change {name}").format(name=name)

    def _update_summary_from_model(self, after: at.AttachmentRow) -> None:
        self._rows = [after if row.id == after.id else row for row in self._rows]
        self._update_summary()
        if self.current_row() == after:
            self._show_preview(after)

    # -- people in a photo ---------------------------------------------------------------

    def choose_people(self) -> PhotoPeopleDialog | None:
        """Open the picker for the selected photo; stored when it is accepted."""
        row = self.current_row()
        if row is None or not row.is_photo:
            return None
        try:
            choices = at.photo_people_choices(self._database, row.meeting_id)
            marked = at.people_in_photo(self._database, row.id)
        except UserError as error:
            self._report(error)
            return None
        dialog = PhotoPeopleDialog(choices, marked, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._store_people(row, dialog.chosen()))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.people_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: PhotoPeopleDialog) -> None:
        if self.people_dialog is dialog:
            self.people_dialog = None
        dialog.deleteLater()

    def _store_people(self, row: at.AttachmentRow, chosen: list[int]) -> None:
        try:
            before, after = at.set_people_in_photo(self._database, row.id, chosen)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("People in this photo"), error)
            return
        if before == after:
            return
        text = self.tr("Mark the people in {name}").format(name=row.filename)
        self.push(PeopleInPhotoCommand(self.context, text, self._database, row.id, before, after))
        self._show_people(row)
        self.changed.emit()

    # -- files out -----------------------------------------------------------------------

    def save_selected_as(self) -> Path | None:
        row = self.current_row()
        if row is None:
            return None
        path = self.save_copy(
            row,
            self.tr("Save {name} as").format(name=row.filename),
            self.tr("Save as"),
        )
        if path is None:
            return None
        show_status(self, self.tr("Saved {name} to {path}").format(name=row.filename, path=path))
        return path

    def open_selected(self) -> Path | None:
        """Write a copy to a temporary folder and open it with the system's program; the
        copy is removed when lagdesk closes, and changes to it are not stored."""
        row = self.current_row()
        if row is None:
            return None
        try:
            path = self.temporary_copy(row)
        except OSError as error:
            dialogs.show_error(self, self.tr("Open"), str(error))
            return None
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Open"), error)
            return None
        if not attachments.open_in_other_app(path):
            dialogs.show_error(
                self,
                self.tr("Open"),
                self.tr(
                    "No program on this computer opens {name}. Use Save as… and open it from "
                    "the folder."
                ).format(name=row.filename),
            )
            return None
        show_status(
            self,
            self.tr("Opened a copy of {name}; changes to it are not stored in lagdesk.").format(
                name=row.filename
            ),
        )
        return path

    # -- deleting ------------------------------------------------------------------------

    def delete_selected(self) -> bool:
        rows = self.selected_rows()
        if not rows:
            return False
        n = len(rows)
        if n == 1:
            question = self.tr("Delete {name} from this meeting?").format(name=rows[0].filename)
            text = self.tr("Delete {name}").format(name=rows[0].filename)
        else:
            question = self.tr("Delete these %n files from this meeting?", "", n)
            text = self.tr("Delete %n files", "", n)
        question = self.tr("{question} You can undo this with Edit > Undo.").format(
            question=question
        )
        if not dialogs.confirm(self, self.tr("Delete files"), question, self.tr("Delete")):
            return False
        if not self.remove(rows, text, self.tr("Delete files")):
            return False
        self.thumbnails.forget({row.id for row in rows})
        self.reload()
        self.changed.emit()
        show_status(self, text)
        return True

    # -- shared --------------------------------------------------------------------------

    def _report(self, error: Exception) -> None:
        dialogs.show_error(self, self.tr("Files"), str(error))
