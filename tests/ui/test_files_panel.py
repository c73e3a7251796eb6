"""The Files tab of a meeting: adding (dialog, drag and drop), thumbnails, flags with undo,
caption and kind edits, preview, people in a photo, save as, open and delete."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QImage, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.meetings import attachments as at
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import AttachmentKind, AttendanceStatus, MeetingType
from lagdesk.db.database import Database
from lagdesk.ui.common import attachments
from lagdesk.ui.meetings.files_model import THUMBNAIL_SIZE, FilesModel, scaled_image, two_lines
from lagdesk.ui.meetings.files_panel import FilesPanel

Col = FilesModel.Column
CHECK = Qt.ItemDataRole.CheckStateRole
DECORATION = Qt.ItemDataRole.DecorationRole


def make_meeting(database: Database, title: str = "Newspaper of tomorrow") -> int:
    made = store.save(
        database,
        r.Meeting(
            type=MeetingType.CO_DESIGN_WORKSHOP, title=title, starts_at=datetime(2024, 1, 23, 9)
        ),
    )
    assert made.id is not None
    return made.id


def png(path: Path, width: int = 300, height: int = 200) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0c040"))
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def meeting_id(database: Database) -> int:
    return make_meeting(database)


@pytest.fixture
def undo_stack() -> Iterator[QUndoStack]:
    stack = QUndoStack()
    yield stack
    stack.clear()


@pytest.fixture
def panel(qtbot: QtBot, database: Database, undo_stack: QUndoStack, meeting_id: int) -> FilesPanel:
    widget = FilesPanel(database, undo_stack)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_meeting(meeting_id)
    return widget


@pytest.fixture
def photo_and_pdf(tmp_path: Path) -> list[Path]:
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(b"%PDF-1.4 minutes of the meeting")
    return [png(tmp_path / "wall.png"), pdf]


def add(panel: FilesPanel, fake: FakeDialogs, paths: list[Path]) -> None:
    fake.path_lists.append(paths)
    panel.add_button.click()


def names(panel: FilesPanel) -> list[str]:
    return [panel.model.index(row, Col.NAME).data() for row in range(panel.model.rowCount())]


def cell(panel: FilesPanel, row: int, column: int) -> QModelIndex:
    return panel.model.index(row, column)


def select(panel: FilesPanel, row: int) -> None:
    panel.table.setCurrentIndex(cell(panel, row, Col.NAME))
    panel.table.selectRow(row)


# --- adding -------------------------------------------------------------------------------


def test_files_added_through_the_dialog_are_listed_with_a_thumbnail(
    panel: FilesPanel,
    fake_dialogs: FakeDialogs,
    photo_and_pdf: list[Path],
    database: Database,
    meeting_id: int,
    qtbot: QtBot,
    qtmodeltester: object,
) -> None:
    changes: list[bool] = []
    panel.changed.connect(lambda: changes.append(True))
    add(panel, fake_dialogs, photo_and_pdf)

    # Nothing is decoded while the cell is asked for: it is queued for the event loop.
    assert cell(panel, 0, Col.NAME).data(DECORATION) is None
    assert names(panel) == ["wall.png", "minutes.pdf"]
    assert changes == [True]
    assert [row.filename for row in at.attachment_rows(database, meeting_id)] == names(panel)
    assert cell(panel, 0, Col.KIND).data() == "Photo"
    assert cell(panel, 1, Col.KIND).data() == "Document"
    assert cell(panel, 1, Col.SIZE).data() == "31 bytes"
    assert cell(panel, 0, Col.PUBLISHABLE).data(CHECK) == Qt.CheckState.Unchecked
    assert cell(panel, 0, Col.IDENTIFIABLE).data(CHECK) == Qt.CheckState.Checked
    assert cell(panel, 1, Col.PUBLISHABLE).data(CHECK) is None
    assert panel.summary.text().startswith("2 files, 1 photo (0 publishable), ")
    # The added files are selected; the photo is previewed.
    assert [row.filename for row in panel.selected_rows()] == ["wall.png", "minutes.pdf"]

    def thumbnail_sizes() -> list[QSize]:
        icon = cell(panel, 0, Col.NAME).data(DECORATION)
        return icon.availableSizes() if isinstance(icon, QIcon) else []

    qtbot.waitUntil(lambda: thumbnail_sizes() == [QSize(96, 64)])
    document = cell(panel, 1, Col.NAME).data(DECORATION)
    assert isinstance(document, QIcon)
    assert QSize(96, 64) not in document.availableSizes()
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]


def test_undo_removes_added_files_and_redo_brings_them_back_with_their_ids(
    panel: FilesPanel,
    fake_dialogs: FakeDialogs,
    photo_and_pdf: list[Path],
    undo_stack: QUndoStack,
    database: Database,
    meeting_id: int,
) -> None:
    add(panel, fake_dialogs, photo_and_pdf)
    ids = [row.id for row in at.attachment_rows(database, meeting_id)]
    assert undo_stack.undoText() == "Add 2 files"

    undo_stack.undo()
    assert names(panel) == []
    assert at.attachment_rows(database, meeting_id) == []
    assert panel.summary.text().startswith("No files yet")

    undo_stack.redo()
    assert names(panel) == ["wall.png", "minutes.pdf"]
    assert [row.id for row in at.attachment_rows(database, meeting_id)] == ids
    assert at.attachment_data(database, ids[1]) == photo_and_pdf[1].read_bytes()


def test_a_file_over_the_limit_is_refused_and_nothing_is_added(
    panel: FilesPanel, fake_dialogs: FakeDialogs, tmp_path: Path, undo_stack: QUndoStack
) -> None:
    big = tmp_path / "hall.jpg"
    with big.open("wb") as handle:
        handle.truncate(at.MAX_ATTACHMENT_BYTES + 1)
    add(panel, fake_dialogs, [png(tmp_path / "ok.png"), big])

    ((title, message),) = fake_dialogs.errors
    assert title == "Add files"
    assert "hall.jpg is 25.1 MB, over the limit of 25 MB" in message
    assert names(panel) == []
    assert undo_stack.count() == 0


def test_the_signed_list_button_stores_that_kind(
    panel: FilesPanel, fake_dialogs: FakeDialogs, tmp_path: Path, database: Database
) -> None:
    fake_dialogs.path_lists.append([png(tmp_path / "lista.png")])
    panel.signed_button.click()
    (row,) = at.attachment_rows(database, panel.meeting_id or 0)
    assert row.kind == AttachmentKind.SIGNED_ATTENDANCE_LIST
    assert cell(panel, 0, Col.IDENTIFIABLE).data(CHECK) is None


def test_cancelling_the_dialog_adds_nothing(
    panel: FilesPanel, fake_dialogs: FakeDialogs, undo_stack: QUndoStack
) -> None:
    panel.add_button.click()
    assert fake_dialogs.suggested == [Path.home()]
    assert names(panel) == []
    assert undo_stack.count() == 0


def drag_events(paths: list[QUrl]) -> tuple[QDragEnterEvent, QDropEvent, QMimeData]:
    mime = QMimeData()
    mime.setUrls(paths)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    return enter, drop, mime


def test_files_dropped_from_the_file_manager_are_added(
    panel: FilesPanel, photo_and_pdf: list[Path], qtbot: QtBot
) -> None:
    enter, drop, _mime = drag_events([QUrl.fromLocalFile(str(p)) for p in photo_and_pdf])
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(panel, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: names(panel) == ["wall.png", "minutes.pdf"])


def test_web_links_are_not_accepted_as_files(panel: FilesPanel, photo_and_pdf: list[Path]) -> None:
    enter, _drop, _mime = drag_events(
        [QUrl.fromLocalFile(str(photo_and_pdf[0])), QUrl("https://urbact.eu/logo.png")]
    )
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()


def test_without_a_meeting_the_panel_is_empty_and_refuses_drops(
    panel: FilesPanel, fake_dialogs: FakeDialogs, photo_and_pdf: list[Path]
) -> None:
    add(panel, fake_dialogs, photo_and_pdf)
    panel.set_meeting(None)
    assert not panel.isEnabled()
    assert names(panel) == []
    assert panel.summary.text() == ""
    enter, _drop, _mime = drag_events([QUrl.fromLocalFile(str(photo_and_pdf[0]))])
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()


# --- flags, caption, kind -----------------------------------------------------------------


@pytest.fixture
def with_photo(panel: FilesPanel, fake_dialogs: FakeDialogs, photo_and_pdf: list[Path]) -> int:
    add(panel, fake_dialogs, photo_and_pdf)
    select(panel, 0)
    row = panel.current_row()
    assert row is not None
    return row.id


def test_publishable_needs_consent_and_flags_toggle_with_undo(
    panel: FilesPanel,
    with_photo: int,
    fake_dialogs: FakeDialogs,
    undo_stack: QUndoStack,
    database: Database,
    qtbot: QtBot,
) -> None:
    model = panel.model
    steps = undo_stack.count()

    assert not model.setData(cell(panel, 0, Col.PUBLISHABLE), Qt.CheckState.Checked, CHECK)
    ((title, message),) = fake_dialogs.errors
    assert title == "Change file"
    assert "consent has not been checked" in message
    assert not at.attachment_row(database, with_photo).publishable
    assert undo_stack.count() == steps

    # Space on the current cell ticks the checkbox, as in any list.
    panel.table.setFocus()
    panel.table.setCurrentIndex(cell(panel, 0, Col.CONSENT))
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert at.attachment_row(database, with_photo).consent_checked
    assert model.setData(cell(panel, 0, Col.PUBLISHABLE), Qt.CheckState.Checked.value, CHECK)
    stored = at.attachment_row(database, with_photo)
    assert stored.publishable
    assert at.publishable_photos(database) == [stored]
    assert panel.summary.text().startswith("2 files, 1 photo (1 publishable), ")
    assert undo_stack.undoText() == "Mark wall.png publishable"

    undo_stack.undo()
    assert cell(panel, 0, Col.PUBLISHABLE).data(CHECK) == Qt.CheckState.Unchecked
    assert cell(panel, 0, Col.CONSENT).data(CHECK) == Qt.CheckState.Checked
    undo_stack.undo()
    assert cell(panel, 0, Col.CONSENT).data(CHECK) == Qt.CheckState.Unchecked
    assert not at.attachment_row(database, with_photo).consent_checked
    undo_stack.redo()
    undo_stack.redo()
    assert at.attachment_row(database, with_photo).may_leave_the_app
    # The selection survives reloads after undo and redo.
    assert [row.id for row in panel.selected_rows()] == [with_photo]

    # Unticking consent takes publishable away with it.
    assert model.setData(cell(panel, 0, Col.CONSENT), Qt.CheckState.Unchecked, CHECK)
    assert cell(panel, 0, Col.PUBLISHABLE).data(CHECK) == Qt.CheckState.Unchecked
    assert at.publishable_photos(database) == []


def test_the_caption_is_edited_in_place_and_undone(
    panel: FilesPanel, with_photo: int, undo_stack: QUndoStack, database: Database, qtbot: QtBot
) -> None:
    index = cell(panel, 0, Col.CAPTION)
    panel.table.setCurrentIndex(index)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Team 1 presents its front page")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop

    qtbot.waitUntil(lambda: panel.table.state() != panel.table.State.EditingState)
    assert at.attachment_row(database, with_photo).caption == "Team 1 presents its front page"
    assert index.data() == "Team 1 presents its front page"
    assert undo_stack.undoText() == "Edit the caption of wall.png"
    undo_stack.undo()
    assert at.attachment_row(database, with_photo).caption == ""
    assert cell(panel, 0, Col.CAPTION).data() == ""


def test_the_kind_is_chosen_from_a_list(
    panel: FilesPanel, with_photo: int, database: Database, undo_stack: QUndoStack
) -> None:
    pdf_index = cell(panel, 1, Col.KIND)
    panel.table.setCurrentIndex(pdf_index)
    panel.table.edit(pdf_index)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Document",
        "Photo",
        "Signed attendance list",
        "Evidence",
    ]
    combo.setCurrentIndex(combo.findData(AttachmentKind.SIGNED_ATTENDANCE_LIST.value))
    combo.activated.emit(combo.currentIndex())

    pdf = at.attachment_rows(database, panel.meeting_id or 0)[1]
    assert pdf.kind == AttachmentKind.SIGNED_ATTENDANCE_LIST
    assert pdf_index.data() == "Signed attendance list"
    undo_stack.undo()
    assert at.attachment_row(database, pdf.id).kind == AttachmentKind.DOCUMENT


# --- preview, people ----------------------------------------------------------------------


def test_the_selected_photo_is_previewed_and_a_document_is_not(
    panel: FilesPanel, with_photo: int
) -> None:
    image = panel.preview.image()
    assert image is not None
    assert (image.width(), image.height()) == (300, 200)  # small pictures are not enlarged
    assert "wall.png" in panel.details.text()
    assert panel.open_button.isEnabled()
    assert panel.people_button.isEnabled()

    select(panel, 1)
    assert panel.preview.image() is None
    assert "No preview" in panel.preview.text()
    assert not panel.people_button.isEnabled()

    panel.table.selectAll()
    assert not panel.open_button.isEnabled()
    assert panel.delete_button.isEnabled()


def test_people_in_a_photo_are_ticked_in_a_picker_and_undone(
    panel: FilesPanel, with_photo: int, database: Database, undo_stack: QUndoStack, qtbot: QtBot
) -> None:
    meeting_id = panel.meeting_id
    assert meeting_id is not None
    people = {}
    for first, last in (("Anna", "Nowak"), ("Jan", "Kowalski"), ("Zofia", "Zielińska")):
        made = store.save(database, r.Person(first_name=first, last_name=last))
        people[first] = made.id
    store.save(
        database,
        r.Attendance(
            meeting_id=meeting_id, person_id=people["Zofia"], status=AttendanceStatus.ATTENDED
        ),
    )
    assert panel.people_label.text() == "Nobody is marked in this photo."

    dialog = panel.choose_people()
    assert dialog is not None
    shown = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert shown == ["Zofia Zielińska · attended", "Jan Kowalski", "Anna Nowak"]
    qtbot.keyClicks(dialog.search, "nowa")
    visible = [
        dialog.people.item(i).text()
        for i in range(dialog.people.count())
        if not dialog.people.item(i).isHidden()
    ]
    assert visible == ["Anna Nowak"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    dialog.people.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()

    assert at.people_in_photo(database, with_photo) == sorted([people["Anna"], people["Zofia"]])
    assert panel.people_label.text() == "People in this photo: Zofia Zielińska, Anna Nowak"
    undo_stack.undo()
    assert at.people_in_photo(database, with_photo) == []
    assert panel.people_label.text() == "Nobody is marked in this photo."


# --- files out, delete --------------------------------------------------------------------


def test_save_as_writes_the_exact_bytes(
    panel: FilesPanel, with_photo: int, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "copy.png"
    out.parent.mkdir()
    fake_dialogs.paths.append(out)
    panel.save_button.click()
    assert out.read_bytes() == (tmp_path / "wall.png").read_bytes()
    assert fake_dialogs.suggested[-1] == tmp_path / "wall.png"


def test_open_hands_a_copy_to_the_system(
    panel: FilesPanel,
    with_photo: int,
    fake_dialogs: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Path] = []

    def fake_open(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(attachments, "open_in_other_app", fake_open)
    panel.open_button.click()
    (path,) = opened
    assert path.name == "wall.png"
    assert path.read_bytes() == (tmp_path / "wall.png").read_bytes()
    assert fake_dialogs.errors == []

    monkeypatch.setattr(attachments, "open_in_other_app", lambda path: False)
    panel.open_selected()
    ((_title, message),) = fake_dialogs.errors
    assert "No program on this computer opens wall.png" in message


def test_delete_key_asks_then_deletes_and_undo_restores_the_bytes(
    panel: FilesPanel,
    with_photo: int,
    fake_dialogs: FakeDialogs,
    undo_stack: QUndoStack,
    database: Database,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    original = at.attachment_row(database, with_photo)
    panel.table.setFocus()
    fake_dialogs.confirm_answer = False
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert fake_dialogs.questions == [
        "Delete wall.png from this meeting? You can undo this with Edit > Undo."
    ]
    assert names(panel) == ["wall.png", "minutes.pdf"]

    fake_dialogs.confirm_answer = True
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert names(panel) == ["minutes.pdf"]
    assert undo_stack.undoText() == "Delete wall.png"

    undo_stack.undo()
    assert names(panel) == ["wall.png", "minutes.pdf"]
    assert at.attachment_row(database, with_photo) == original
    assert at.attachment_data(database, with_photo) == (tmp_path / "wall.png").read_bytes()
    undo_stack.redo()
    assert names(panel) == ["minutes.pdf"]


def test_several_files_are_deleted_as_one_step(
    panel: FilesPanel, with_photo: int, undo_stack: QUndoStack
) -> None:
    panel.table.selectAll()
    assert panel.delete_selected()
    assert names(panel) == []
    assert undo_stack.undoText() == "Delete 2 files"
    undo_stack.undo()
    assert names(panel) == ["wall.png", "minutes.pdf"]


def test_thumbnails_are_decoded_at_thumbnail_size(tmp_path: Path) -> None:
    big = QImage(3000, 2000, QImage.Format.Format_RGB32)
    big.fill(QColor("#3080c0"))
    path = tmp_path / "big.jpg"
    assert big.save(str(path), "JPEG", 80)

    thumbnail = scaled_image(path.read_bytes(), 96)
    assert thumbnail is not None
    assert (thumbnail.width(), thumbnail.height()) == (96, 64)
    assert scaled_image(b"%PDF-1.4 not a picture", 96) is None


# --- wide and narrow ----------------------------------------------------------------------


def settle(qtbot: QtBot) -> None:
    qtbot.wait(10)
    QApplication.processEvents()


def top_in_window(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), widget.rect().topLeft()).y()


def left_in_window(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), widget.rect().topLeft()).x()


UP_TO_THE_FLAGS = (Col.NAME, Col.KIND, Col.SIZE, Col.IDENTIFIABLE, Col.CONSENT, Col.PUBLISHABLE)


def test_narrow_the_preview_goes_under_the_table_and_the_flags_fit(
    panel: FilesPanel,
    fake_dialogs: FakeDialogs,
    photo_and_pdf: list[Path],
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    add(panel, fake_dialogs, photo_and_pdf)
    fake_dialogs.path_lists.append([png(tmp_path / "signed list.png")])
    panel.signed_button.click()
    assert "Signed attendance list" in [
        cell(panel, row, Col.KIND).data() for row in range(panel.model.rowCount())
    ]
    select(panel, 0)
    header = panel.table.horizontalHeader()
    # Wide: the preview beside the table, full-size thumbnails.
    panel.resize(1300, 700)
    settle(qtbot)
    assert panel.is_side_by_side()
    assert left_in_window(panel.preview) > left_in_window(panel.table) + panel.table.width() - 1
    assert panel.table.iconSize().width() == THUMBNAIL_SIZE
    # Narrow, as beside the meetings list: the preview under the table.
    panel.resize(560, 700)
    settle(qtbot)
    assert not panel.is_side_by_side()
    assert top_in_window(panel.preview) >= top_in_window(panel.table) + panel.table.height()
    assert panel.preview.width() >= panel.width() - 10
    assert panel.table.iconSize().width() < THUMBNAIL_SIZE
    # File, kind, size and the three flags are all in view, none narrower than its header.
    shown = sum(header.sectionSize(column) for column in UP_TO_THE_FLAGS)
    assert shown <= panel.table.viewport().width()
    for column in UP_TO_THE_FLAGS:
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    # The file's name keeps room beside its thumbnail; a long kind wraps under the row.
    assert header.sectionSize(Col.NAME) >= panel.table.iconSize().width() + 80
    assert header.sectionSize(Col.KIND) < panel.table.fontMetrics().horizontalAdvance(
        "Signed attendance list"
    )
    publishable = panel.table.visualRect(cell(panel, 0, Col.PUBLISHABLE))
    assert 0 < publishable.right() <= panel.table.viewport().width()
    # The date and the caption follow, reached by scrolling.
    assert header.sectionViewportPosition(Col.TAKEN) >= publishable.right()


def test_the_flag_headers_take_two_lines_and_explain_themselves(panel: FilesPanel) -> None:
    model = panel.model
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(Col.CONSENT, horizontal) == "Consent\nchecked"
    assert model.headerData(Col.IDENTIFIABLE, horizontal) == "Identifiable"
    assert model.headerData(Col.TAKEN, horizontal) == "Taken on"
    tip = model.headerData(Col.PUBLISHABLE, horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("May leave lagdesk in exports")
    assert two_lines("Zgoda na publikację") == "Zgoda na\npublikację"
    assert two_lines("Publishable") == "Publishable"


def test_save_as_from_the_keyboard(
    panel: FilesPanel,
    fake_dialogs: FakeDialogs,
    photo_and_pdf: list[Path],
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    add(panel, fake_dialogs, photo_and_pdf)
    select(panel, 1)
    panel.table.setFocus()
    target = tmp_path / "copy.pdf"
    fake_dialogs.paths.append(target)
    qtbot.keyClick(
        panel.table,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert target.read_bytes() == photo_and_pdf[1].read_bytes()
