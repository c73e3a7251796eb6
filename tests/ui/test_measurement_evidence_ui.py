"""Evidence files of a measurement on the Indicators page: the Evidence column, the button,
the dialog's Add files…, Save a copy… and Remove, and undo through the page's stack."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from lagdesk.core.meetings import attachments as at
from lagdesk.core.support import records, store
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.ui.common.formatting import to_qdate
from lagdesk.ui.indicators import models
from lagdesk.ui.indicators.evidence import EvidenceDialog
from lagdesk.ui.indicators.page import IndicatorsPage
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow
from tests.ui.test_meetings_keyboard import duplicates, mnemonic, mnemonics
from tests.ui.uihelpers import FakeDialogs

PDF = b"%PDF-1.4 register extract " + bytes(range(256)) * 8
XLSX = b"PK\x03\x04 training list" + b"\x00\xff" * 500


@pytest.fixture
def demo(database: Database) -> Database:
    build_demo(database, "small", seed=1)
    return database


@pytest.fixture
def page(qtbot: QtBot, demo: Database) -> Iterator[IndicatorsPage]:
    stack = QUndoStack()
    widget = IndicatorsPage(demo, stack)
    widget._test_stack = stack  # type: ignore[attr-defined]  # keep the stack alive
    qtbot.addWidget(widget)
    widget.as_of.setDate(to_qdate(date(2026, 6, 30)))
    yield widget
    if widget.measurements.evidence_dialog is not None:
        widget.measurements.evidence_dialog.close()
    stack.indexChanged.disconnect(widget.reload)


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "register.pdf").write_bytes(PDF)
    (folder / "list.xlsx").write_bytes(XLSX)
    return [folder / "register.pdf", folder / "list.xlsx"]


def with_measurements(page: IndicatorsPage, at_least: int = 2) -> None:
    """Select the first indicator that has ``at_least`` measurements."""
    for row in range(page.results_model.rowCount()):
        page.select_row(row)
        if page.measurements.model.rowCount() >= at_least:
            return
    raise AssertionError("the demo has no indicator with enough measurements")


def select_measurement(page: IndicatorsPage, row: int) -> None:
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    index = page.measurements.model.index(row, 0)
    page.measurements.table.selectionModel().setCurrentIndex(index, flags)


def evidence_texts(page: IndicatorsPage) -> list[str]:
    model = page.measurements.model
    return [model.index(row, models.EVIDENCE).data() for row in range(model.rowCount())]


def open_on(page: IndicatorsPage, row: int) -> EvidenceDialog:
    select_measurement(page, row)
    dialog = page.measurements.open_evidence()
    assert dialog is not None
    return dialog


def select_files(dialog: EvidenceDialog, rows: list[int]) -> None:
    ids = [dialog.model.record_at(row).id for row in rows]  # type: ignore[union-attr]
    dialog.files.select(ids)


def test_the_button_needs_one_selected_measurement(page: IndicatorsPage) -> None:
    with_measurements(page)
    assert not page.measurements.evidence_button.isEnabled()
    select_measurement(page, 0)
    assert page.measurements.evidence_button.isEnabled()
    page.select_row(page.results_model.rowCount() - 1)
    if page.measurements.model.rowCount() == 0:
        assert not page.measurements.evidence_button.isEnabled()


def test_the_evidence_column_shows_counts_and_is_empty_without_files(
    page: IndicatorsPage, files: list[Path], fake_dialogs: FakeDialogs
) -> None:
    with_measurements(page)
    assert models.EVIDENCE < models.NOTE
    assert page.measurements.model.headerData(models.EVIDENCE, Qt.Orientation.Horizontal)
    assert set(evidence_texts(page)) == {""}
    dialog = open_on(page, 0)
    fake_dialogs.path_lists.append(files)
    dialog.add_button.click()
    dialog.close()
    dialog = open_on(page, 1)
    dialog.add_files(files[:1])
    texts = evidence_texts(page)
    assert texts[:2] == ["2 files", "1 file"]
    assert set(texts[2:]) <= {""}
    assert page.measurements.model.index(0, models.EVIDENCE).data(models.EVIDENCE_ROLE) == 2


def test_add_two_files_then_undo_and_redo(
    page: IndicatorsPage, demo: Database, files: list[Path], fake_dialogs: FakeDialogs
) -> None:
    with_measurements(page)
    dialog = open_on(page, 0)
    before = store.count(demo, records.Attachment)
    assert dialog.empty.isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    fake_dialogs.path_lists.append(files)
    added = dialog.add_files()
    assert [row.filename for row in added] == ["register.pdf", "list.xlsx"]
    assert dialog.model.rowCount() == 2
    assert not dialog.empty.isVisibleTo(dialog)
    assert fake_dialogs.errors == []
    page.undo_stack.undo()
    assert dialog.model.rowCount() == 0
    assert store.count(demo, records.Attachment) == before
    page.undo_stack.redo()
    assert [dialog.model.record_at(row).id for row in range(2)] == [  # type: ignore[union-attr]
        row.id for row in added
    ]
    assert at.attachment_data(demo, added[0].id) == PDF


def test_the_models_pass_the_model_tester(
    page: IndicatorsPage, files: list[Path], qtmodeltester: ModelTester
) -> None:
    with_measurements(page)
    dialog = open_on(page, 0)
    qtmodeltester.check(dialog.model)
    dialog.add_files(files)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(page.measurements.model)


def test_save_a_copy_writes_the_same_bytes(
    page: IndicatorsPage, files: list[Path], fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    with_measurements(page)
    dialog = open_on(page, 0)
    dialog.add_files(files)
    select_files(dialog, [0, 1])
    assert not dialog.save_button.isEnabled()  # one file at a time
    select_files(dialog, [1])
    assert dialog.save_button.isEnabled()
    out = tmp_path / "out"
    out.mkdir()
    fake_dialogs.paths.append(out / "copy.xlsx")
    dialog.save_button.click()
    assert (out / "copy.xlsx").read_bytes() == XLSX
    assert fake_dialogs.suggested[-1].name == "list.xlsx"
    fake_dialogs.paths.clear()
    assert dialog.save_copy() is None  # cancelled: nothing written, no error
    assert fake_dialogs.errors == []


def test_remove_then_undo_brings_back_the_file_and_its_bytes(
    page: IndicatorsPage, demo: Database, files: list[Path]
) -> None:
    with_measurements(page)
    dialog = open_on(page, 0)
    added = dialog.add_files(files)
    select_files(dialog, [0])
    dialog.remove_button.click()
    assert [dialog.model.record_at(0).id] == [added[1].id]  # type: ignore[union-attr]
    assert evidence_texts(page)[0] == "1 file"
    page.undo_stack.undo()
    assert dialog.model.rowCount() == 2
    assert at.attachment_data(demo, added[0].id) == PDF
    assert evidence_texts(page)[0] == "2 files"
    page.undo_stack.redo()
    assert dialog.model.rowCount() == 1


def test_a_file_over_the_limit_is_refused_and_nothing_stored(
    page: IndicatorsPage,
    demo: Database,
    files: list[Path],
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_measurements(page)
    dialog = open_on(page, 0)
    before = store.count(demo, records.Attachment)
    steps = page.undo_stack.count()
    monkeypatch.setattr(at, "MAX_ATTACHMENT_BYTES", len(XLSX))
    assert dialog.add_files(files) == []
    assert len(fake_dialogs.errors) == 1
    assert "register.pdf" in fake_dialogs.errors[0][1]
    assert "limit" in fake_dialogs.errors[0][1]
    assert store.count(demo, records.Attachment) == before
    assert page.undo_stack.count() == steps
    assert dialog.model.rowCount() == 0


def test_deleting_the_measurement_takes_its_evidence_and_undo_brings_it_back(
    page: IndicatorsPage, demo: Database, files: list[Path]
) -> None:
    with_measurements(page)
    dialog = open_on(page, 0)
    added = dialog.add_files(files)
    measurement_id = dialog.measurement_id
    select_measurement(page, 0)
    page.measurements.delete_button.click()
    assert page.measurements.model.row_of(measurement_id) == -1
    assert not dialog.add_button.isEnabled()
    assert "deleted" in dialog.empty.text()
    page.undo_stack.undo()
    row = page.measurements.model.row_of(measurement_id)
    assert page.measurements.model.index(row, models.EVIDENCE).data() == "2 files"
    assert dialog.add_button.isEnabled()
    assert dialog.model.rowCount() == 2
    assert [at.attachment_data(demo, item.id) for item in added] == [PDF, XLSX]


def test_keys_of_the_dialog_add_and_remove(
    page: IndicatorsPage, files: list[Path], fake_dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    with_measurements(page)
    dialog = open_on(page, 0)
    fake_dialogs.path_lists.append(files)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    assert dialog.model.rowCount() == 2
    select_files(dialog, [0, 1])
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.model.rowCount() == 0


def test_the_button_letter_is_used_once_on_the_page_and_the_dialog_has_no_clash(
    window: MainWindow, files: list[Path]
) -> None:
    build_demo(window.database, "small", seed=1)
    window.resize(1400, 860)
    window.show_area(Area.INDICATORS)
    page = window.page(Area.INDICATORS)
    assert isinstance(page, IndicatorsPage)
    page.reload()
    with_measurements(page)
    QApplication.processEvents()
    letter = mnemonic(page.measurements.evidence_button.text())
    assert letter is not None
    assert len(mnemonics(window)[letter]) == 1
    select_measurement(page, 0)
    dialog = page.measurements.open_evidence()
    assert dialog is not None
    QApplication.processEvents()
    assert duplicates(dialog) == {}
    dialog.close()


def test_files_dropped_on_the_list_are_added_as_evidence(
    page: IndicatorsPage, files: list[Path], qtbot: QtBot
) -> None:
    with_measurements(page)
    dialog = open_on(page, 0)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(dialog.files, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(dialog.files, drop)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert page.undo_stack.undoText() == "Add 2 evidence files"
