"""The table of a meeting's files: thumbnails, kind, size, caption and the photo flags.

Thumbnails are decoded off the paint path: asking for one queues it, and a zero timer
decodes one picture per turn of the event loop at thumbnail size (``QImageReader`` with a
scaled size: a JPEG, as most photos are, is decoded straight at the small size, never in
full), then the cell is repainted. They
are cached by file (the most recently shown few hundred), so scrolling and reloading do
not decode them again.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from lagdesk.core.meetings.attachments import AttachmentRow
from lagdesk.core.support.labels import choices, label
from lagdesk.db.codes import AttachmentKind
from lagdesk.errors import UserError
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.attachments import format_size
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.common.models import Index, RecordTableModel

#: Longest side of a thumbnail, in pixels.
THUMBNAIL_SIZE = 96
#: Thumbnails kept (about 30 KB each); the least recently shown go first.
MAX_THUMBNAILS = 600
CONTEXT = "Meetings"
#: A file as the thumbnail cache knows it: an id can be given again after a delete.
ThumbnailKey = tuple[int, datetime, int]


def two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle ("Consent\nchecked")."""
    middle = len(text) / 2
    spaces = [at for at, character in enumerate(text) if character == " "]
    if not spaces:
        return text
    at = min(spaces, key=lambda found: abs(found - middle))
    return f"{text[:at]}\n{text[at + 1 :]}"


def scaled_image(data: bytes, longest: int) -> QImage | None:
    """The picture in ``data`` decoded at most ``longest`` pixels on its longest side
    (never enlarged), turned upright by its EXIF orientation; None when it is not one."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if not reader.canRead():
        return None
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return None  # unknown size: decoding it whole could take any amount of memory
    if max(size.width(), size.height()) > longest:
        reader.setScaledSize(size.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


class ThumbnailCache(QObject):
    """Thumbnails by file, decoded lazily; ``ready(id)`` when one has been decoded."""

    ready = Signal(int)

    def __init__(self, load: Callable[[int], bytes], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._done: OrderedDict[ThumbnailKey, QIcon | None] = OrderedDict()
        self._waiting: dict[ThumbnailKey, None] = {}  # insertion-ordered set
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._decode_next)

    @staticmethod
    def key(row: AttachmentRow) -> ThumbnailKey:
        return (row.id, row.created_at, row.size_bytes)

    def get(self, row: AttachmentRow) -> QIcon | None:
        """The thumbnail when it is ready; otherwise None, and it is queued."""
        key = self.key(row)
        if key in self._done:
            self._done.move_to_end(key)
            return self._done[key]
        if key not in self._waiting:
            self._waiting[key] = None
            self._timer.start()
        return None

    def is_waiting(self, row: AttachmentRow) -> bool:
        """True while the file's thumbnail is queued for decoding."""
        return self.key(row) in self._waiting

    def forget(self, attachment_ids: set[int]) -> None:
        for cache in (self._done, self._waiting):
            for key in [key for key in cache if key[0] in attachment_ids]:
                del cache[key]

    def _decode_next(self) -> None:
        if not self._waiting:
            return
        key = next(iter(self._waiting))
        del self._waiting[key]
        icon: QIcon | None = None
        try:
            image = scaled_image(self._load(key[0]), THUMBNAIL_SIZE)
        except UserError:
            image = None  # deleted meanwhile, or unreadable: the row shows a file icon
        if image is not None:
            pixmap = QPixmap.fromImage(image)
            icon = QIcon()
            # The same picture when the row is selected: a photo is not tinted.
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
                icon.addPixmap(pixmap, mode)
        self._done[key] = icon
        while len(self._done) > MAX_THUMBNAILS:
            self._done.popitem(last=False)
        self.ready.emit(key[0])
        if self._waiting:
            self._timer.start()


#: What the panel does with an edit: store it (and push the undo step), or show why not.
Editor = Callable[[AttachmentRow, AttachmentRow], AttachmentRow | None]


class FilesModel(RecordTableModel[AttachmentRow]):
    class Column(IntEnum):
        NAME = 0
        KIND = 1
        SIZE = 2
        # The flags come before the date: a narrow table still shows them.
        IDENTIFIABLE = 3
        CONSENT = 4
        PUBLISHABLE = 5
        TAKEN = 6
        CAPTION = 7

    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("Meetings", "File"),
        QT_TRANSLATE_NOOP("Meetings", "Kind"),
        QT_TRANSLATE_NOOP("Meetings", "Size"),
        QT_TRANSLATE_NOOP("Meetings", "Identifiable"),
        QT_TRANSLATE_NOOP("Meetings", "Consent checked"),
        QT_TRANSLATE_NOOP("Meetings", "Publishable"),
        QT_TRANSLATE_NOOP("Meetings", "Taken on"),
        QT_TRANSLATE_NOOP("Meetings", "Caption"),
    )
    RIGHT_ALIGNED = frozenset({Column.SIZE})
    FLAGS: dict[int, str] = {
        Column.IDENTIFIABLE: "identifiable",
        Column.CONSENT: "consent_checked",
        Column.PUBLISHABLE: "publishable",
    }
    FLAG_TIPS: dict[int, str] = {
        Column.IDENTIFIABLE: QT_TRANSLATE_NOOP("Meetings", "Someone can be recognised in it"),
        Column.CONSENT: QT_TRANSLATE_NOOP(
            "Meetings", "The people shown agreed that it may be published"
        ),
        Column.PUBLISHABLE: QT_TRANSLATE_NOOP(
            "Meetings",
            "May leave lagdesk in exports; a photo that shows people needs consent checked first",
        ),
    }

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        #: Set by the panel; without it the model is read-only.
        self.editor: Editor | None = None
        thumbnails.ready.connect(self._thumbnail_ready)

    # -- reading -------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # A flag's header says what the flag means (the column is narrow, the header short).
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section in self.FLAG_TIPS
        ):
            return QCoreApplication.translate(CONTEXT, self.FLAG_TIPS[section])
        text = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and section in self.FLAGS and text:
            return two_lines(text)  # above a tick box the header is what makes it wide
        return text

    def text(self, record: AttachmentRow, column: int) -> str:
        match column:
            case self.Column.NAME:
                return record.filename
            case self.Column.KIND:
                return label(record.kind)
            case self.Column.SIZE:
                return format_size(record.size_bytes)
            case self.Column.TAKEN:
                return format_date(record.taken_on)
            case self.Column.CAPTION:
                return record.caption
        return ""

    def tooltip(self, record: AttachmentRow, column: int) -> str:
        if column in self.FLAG_TIPS:
            return (
                QCoreApplication.translate(CONTEXT, self.FLAG_TIPS[column])
                if record.is_photo
                else ""
            )
        if column == self.Column.NAME:
            return QCoreApplication.translate("Meetings", "{name} ({type})").format(
                name=record.filename, type=record.media_type
            )
        return self.text(record, column)

    def check_state(self, record: AttachmentRow, column: int) -> Qt.CheckState | None:
        if column not in self.FLAGS or not record.is_photo:
            return None
        on = getattr(record, self.FLAGS[column])
        return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked

    def extra(self, record: AttachmentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            if column == self.Column.CAPTION:
                return record.caption
            if column == self.Column.KIND:
                return record.kind.value
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.Column.NAME:
            return self._decoration(record)
        if role == Qt.ItemDataRole.AccessibleTextRole and column in self.FLAGS and record.is_photo:
            return super().headerData(column, Qt.Orientation.Horizontal)
        return None

    def _decoration(self, record: AttachmentRow) -> Any:
        if record.media_type.startswith("image/"):
            found = self.thumbnails.get(record)
            if found is not None:
                return found
            if self.thumbnails.is_waiting(record):
                return None  # being decoded: the cell is repainted when it is ready
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def _thumbnail_ready(self, attachment_id: int) -> None:
        row = self.row_of(attachment_id)
        if row >= 0:
            index = self.index(row, self.Column.NAME)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- editing -------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = super().flags(index)
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None or self.editor is None:
            return found
        column = index.column()
        if column in (self.Column.CAPTION, self.Column.KIND):
            return found | Qt.ItemFlag.ItemIsEditable
        if column in self.FLAGS and record.is_photo:
            return found | Qt.ItemFlag.ItemIsUserCheckable
        return found

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None or self.editor is None:
            return False
        wanted = self._wanted(record, index.column(), value, role)
        if wanted is None or wanted == record:
            return False
        stored = self.editor(record, wanted)
        if stored is None:
            return False
        self.replace_row(stored)
        return True

    def _wanted(
        self, record: AttachmentRow, column: int, value: Any, role: int
    ) -> AttachmentRow | None:
        if role == Qt.ItemDataRole.EditRole and column == self.Column.CAPTION:
            return dataclasses.replace(record, caption=str(value or "").strip())
        if role == Qt.ItemDataRole.EditRole and column == self.Column.KIND:
            try:
                return dataclasses.replace(record, kind=AttachmentKind(str(value)))
            except ValueError:
                return None
        if role == Qt.ItemDataRole.CheckStateRole and column in self.FLAGS and record.is_photo:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            flag: dict[str, Any] = {self.FLAGS[column]: checked}
            return dataclasses.replace(record, **flag)
        return None

    def replace_row(self, stored: AttachmentRow) -> None:
        """Show a file as it is stored now (after an edit), without a reset."""
        row = self.row_of(stored.id)
        if row < 0:
            return
        self._records[row] = stored
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, last))


class KindDelegate(QStyledItemDelegate):
    """The Kind column edited with a list of the kinds, stored as soon as one is chosen."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code, text in choices(AttachmentKind):
            combo.addItem(text, code.value)
        combo.activated.connect(lambda _row: self._chosen(combo))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
