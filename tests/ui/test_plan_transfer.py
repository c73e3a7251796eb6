"""The action plan to Excel and back from the app, and measurements from a CSV file: the
preview counts and lists what would change, refuses bad rows by row and column, and the
import writes everything or nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.plan import transfer as transfer_module
from lagdesk.ui.plan.import_dialog import PlanImportDialog
from lagdesk.ui.plan.import_models import ChangeModel, IssueModel, SheetCountModel
from lagdesk.ui.plan.transfer import PlanTransfers

WAIT_MS = 30000
Dump = dict[str, list[tuple[object, ...]]]


@pytest.fixture
def transfers(qtbot: QtBot, demo_db: Database) -> Iterator[PlanTransfers]:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(900, 600)
    host.show()
    made = PlanTransfers(demo_db, host)
    yield made
    made.wait()
    if made.dialog is not None:
        made.dialog.set_busy(False)
        made.dialog.reject()


def dump(database: Database) -> Dump:
    """Every row of every table, to compare the file before and after."""
    with sqlite3.connect(database.path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            t: connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables
        }


def export(transfers: PlanTransfers, fake_dialogs: FakeDialogs, qtbot: QtBot, path: Path) -> Path:
    fake_dialogs.paths.append(path)
    transfers.export_plan()
    qtbot.waitUntil(lambda: transfers.last_export == path, timeout=WAIT_MS)
    return path


def open_preview(
    transfers: PlanTransfers, fake_dialogs: FakeDialogs, qtbot: QtBot, path: Path, *, plan: bool
) -> PlanImportDialog:
    fake_dialogs.paths.append(path)
    if plan:
        transfers.import_plan()
    else:
        transfers.import_measurements()
    qtbot.waitUntil(lambda: transfers.dialog is not None, timeout=WAIT_MS)
    dialog = transfers.dialog
    assert dialog is not None
    assert dialog.preview is not None
    return dialog


def press_import(transfers: PlanTransfers, dialog: PlanImportDialog, qtbot: QtBot) -> None:
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: transfers.dialog is None, timeout=WAIT_MS)


def column(model: object, column_index: int) -> list[str]:
    return [
        model.index(row, column_index).data()  # type: ignore[attr-defined]
        for row in range(model.rowCount())  # type: ignore[attr-defined]
    ]


class Book:
    """An exported workbook edited as a user would in Excel."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.workbook = openpyxl.load_workbook(path)

    def headers(self, sheet: str) -> list[str]:
        return [cell.value for cell in self.workbook[sheet][1]]

    def row_where(self, sheet: str, header: str, value: object) -> int:
        index = self.headers(sheet).index(header)
        for number, row in enumerate(self.workbook[sheet].iter_rows(min_row=2), start=2):
            if row[index].value == value:
                return number
        raise AssertionError(f"no {header} = {value} in {sheet}")

    def get(self, sheet: str, row: int, header: str) -> object:
        return self.workbook[sheet].cell(row, self.headers(sheet).index(header) + 1).value

    def set(self, sheet: str, row: int, header: str, value: object) -> None:
        self.workbook[sheet].cell(row, self.headers(sheet).index(header) + 1).value = value

    def save(self, name: str) -> Path:
        out = self.path.with_name(name)
        self.workbook.save(out)
        return out


# --- Export ----------------------------------------------------------------------------------


def test_export_writes_the_workbook_and_says_where(
    transfers: PlanTransfers, fake_dialogs: FakeDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    path = export(transfers, fake_dialogs, qtbot, tmp_path / "plan.xlsx")
    assert fake_dialogs.suggested[-1].name == f"action-plan-{date.today().isoformat()}.xlsx"
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        assert workbook.sheetnames == ["Actions", "Funding", "Indicators", "Measurements", "Risks"]
        actions = list(workbook["Actions"].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert actions[0][:3] == ("Objective code", "Action code", "Title")
    assert len(actions) > 1
    assert f"{len(actions) - 1} actions" in transfers.last_message
    assert str(path) in transfers.last_message
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".plan")] == []


def test_export_adds_the_extension_and_names_a_missing_folder(
    transfers: PlanTransfers, fake_dialogs: FakeDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    export(transfers, fake_dialogs, qtbot, tmp_path / "plan.xlsx")  # a first one, to compare
    fake_dialogs.paths.append(tmp_path / "gone" / "plan")
    transfers.export_plan()
    qtbot.waitUntil(lambda: bool(fake_dialogs.errors), timeout=WAIT_MS)
    title, text = fake_dialogs.errors[0]
    assert title == "Export the action plan to Excel"
    assert str(tmp_path / "gone") in text
    assert "folder does not exist" in text
    assert not (tmp_path / "gone").exists()


def test_cancelling_the_file_dialogs_does_nothing(
    transfers: PlanTransfers, fake_dialogs: FakeDialogs
) -> None:
    transfers.export_plan()
    transfers.import_plan()
    transfers.import_measurements()
    transfers.wait()
    assert transfers.dialog is None
    assert transfers.last_export is None
    assert not fake_dialogs.errors


# --- Plan import -----------------------------------------------------------------------------


def test_an_unchanged_export_imports_as_nothing_to_change(
    transfers: PlanTransfers,
    demo_db: Database,
    fake_dialogs: FakeDialogs,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path = export(transfers, fake_dialogs, qtbot, tmp_path / "plan.xlsx")
    before = dump(demo_db)
    dialog = open_preview(transfers, fake_dialogs, qtbot, path, plan=True)
    assert dialog.windowTitle() == "Import the action plan from plan.xlsx"
    assert "Nothing to change" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.change_model.rowCount() == 0
    assert dialog.issue_model.rowCount() == 0
    sheets = column(dialog.count_model, SheetCountModel.Column.SHEET)
    assert sheets == ["Actions", "Funding", "Indicators", "Measurements", "Risks"]
    rows = column(dialog.count_model, SheetCountModel.Column.ROWS)
    assert column(dialog.count_model, SheetCountModel.Column.UNCHANGED) == rows
    assert set(column(dialog.count_model, SheetCountModel.Column.NEW)) == {"0"}
    # Import is refused even if asked for; the dialog closes and the file is the same.
    dialog.import_requested.emit()
    transfers.wait()
    assert dialog.cancel_button.text() == "Close"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert transfers.dialog is None
    assert transfers.last_summary is None
    assert dump(demo_db) == before


def test_an_edited_title_and_amount_are_two_updates(
    transfers: PlanTransfers,
    demo_db: Database,
    fake_dialogs: FakeDialogs,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    book = Book(export(transfers, fake_dialogs, qtbot, tmp_path / "plan.xlsx"))
    title_row = book.row_where("Actions", "Action code", "1.2.1")
    old_title = book.get("Actions", title_row, "Title")
    book.set("Actions", title_row, "Title", "Training on gender-responsive procurement")
    funding_row = book.row_where("Funding", "Action code", "1.2.1")
    book.set("Funding", funding_row, "Amount (EUR)", 12345.67)
    book.workbook["Risks"].cell(1, 11).value = "Comments from the finance unit"
    edited = book.save("edited.xlsx")

    action_id = store.find(demo_db, r.Action, code="1.2.1")[0].id
    lines_before = store.find(demo_db, r.FundingLine, action_id=action_id)

    dialog = open_preview(transfers, fake_dialogs, qtbot, edited, plan=True)
    assert dialog.import_button.isEnabled()
    assert dialog.change_model.rowCount() == 2
    assert column(dialog.change_model, ChangeModel.Column.CHANGE) == ["Changed", "Changed"]
    assert column(dialog.change_model, ChangeModel.Column.SHEET) == ["Actions", "Funding"]
    assert column(dialog.change_model, ChangeModel.Column.ROW) == [
        str(title_row),
        str(funding_row),
    ]
    details = column(dialog.change_model, ChangeModel.Column.DETAILS)
    assert details[0].startswith("Title: ")
    assert details[0].endswith(" → Training on gender-responsive procurement")
    full = dialog.change_model.index(0, ChangeModel.Column.DETAILS).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert full == f"Title: {old_title} → Training on gender-responsive procurement"
    assert details[1].startswith("Amount (EUR): ")
    assert details[1].endswith("→ 12345.67")
    assert column(dialog.count_model, SheetCountModel.Column.CHANGED) == ["1", "1", "0", "0", "0"]
    assert dialog.summary.text().startswith("New: 0 · changed: 2 · unchanged: ")
    assert dialog.tabs.currentIndex() == 0
    assert dialog.tabs.tabText(0) == "&Changes (2)"
    assert "Risks: columns ignored: Comments from the finance unit." in dialog.about.text()

    with qtbot.waitSignal(transfers.changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: transfers.dialog is None, timeout=WAIT_MS)
    summary = transfers.last_summary
    assert summary is not None
    assert (summary.created, summary.updated, summary.deleted) == (0, 2, 0)
    assert transfers.last_message == "Imported: 0 created, 2 updated, 0 removed."
    action = store.find(demo_db, r.Action, code="1.2.1")[0]
    assert action.title == "Training on gender-responsive procurement"
    lines_after = store.find(demo_db, r.FundingLine, action_id=action.id)
    assert [line.id for line in lines_after] == [line.id for line in lines_before]
    changed = [
        (old.amount, new.amount)
        for old, new in zip(lines_before, lines_after, strict=True)
        if old != new
    ]
    assert len(changed) == 1
    assert changed[0][1] == Decimal("12345.67")

    # The same file again: nothing left to change.
    again = open_preview(transfers, fake_dialogs, qtbot, edited, plan=True)
    assert not again.import_button.isEnabled()
    assert "Nothing to change" in again.summary.text()


def test_an_unknown_objective_code_is_a_row_problem_and_blocks_the_import(
    transfers: PlanTransfers,
    demo_db: Database,
    fake_dialogs: FakeDialogs,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    book = Book(export(transfers, fake_dialogs, qtbot, tmp_path / "plan.xlsx"))
    number = book.row_where("Actions", "Action code", "1.1.1")
    book.set("Actions", number, "Objective code", "9.9")
    book.set("Actions", number, "Title", "A title that must not be written")
    edited = book.save("bad.xlsx")
    before = dump(demo_db)

    dialog = open_preview(transfers, fake_dialogs, qtbot, edited, plan=True)
    assert not dialog.import_button.isEnabled()
    assert dialog.tabs.currentIndex() == 1
    assert dialog.tabs.tabText(1).startswith("&Problems (1)")
    model = dialog.issue_model
    assert model.rowCount() >= 1
    assert model.index(0, IssueModel.Column.SHEET).data() == "Actions"
    assert model.index(0, IssueModel.Column.ROW).data() == str(number)
    assert model.index(0, IssueModel.Column.COLUMN).data() == "Objective code"
    assert model.index(0, IssueModel.Column.KIND).data() == "Problem"
    assert model.index(0, IssueModel.Column.MESSAGE).data() == "no objective has the code 9.9."
    assert "1 row(s) have problems" in dialog.summary.text()
    # The refused row is not listed among the changes.
    assert "1.1.1" not in column(dialog.change_model, ChangeModel.Column.CODE)
    dialog.import_requested.emit()
    transfers.wait()
    dialog.reject()
    assert transfers.dialog is None
    assert dump(demo_db) == before


def test_a_file_that_is_not_a_plan_workbook_is_refused_with_its_name(
    transfers: PlanTransfers, fake_dialogs: FakeDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    fake_dialogs.paths.append(path)
    transfers.import_plan()
    qtbot.waitUntil(lambda: bool(fake_dialogs.errors), timeout=WAIT_MS)
    title, text = fake_dialogs.errors[0]
    assert title == "Import the action plan from Excel"
    assert text.startswith("notes.csv: ")
    assert transfers.dialog is None


def test_a_failure_while_writing_keeps_the_dialog_and_writes_nothing(
    transfers: PlanTransfers,
    demo_db: Database,
    fake_dialogs: FakeDialogs,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    book = Book(export(transfers, fake_dialogs, qtbot, tmp_path / "plan.xlsx"))
    number = book.row_where("Actions", "Action code", "1.2.1")
    book.set("Actions", number, "Title", "Changed title")
    edited = book.save("edited.xlsx")
    before = dump(demo_db)

    def refuse(database: Database, preview: object) -> None:
        raise UserError("demo.sqlite: the database is locked by another program.")

    monkeypatch.setattr(transfer_module, "apply_plan_import", refuse)
    dialog = open_preview(transfers, fake_dialogs, qtbot, edited, plan=True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "locked" in dialog.summary.text(), timeout=WAIT_MS)
    assert transfers.dialog is dialog
    assert dialog.isVisible()
    assert dialog.import_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    assert dump(demo_db) == before


# --- Measurements ----------------------------------------------------------------------------


def test_a_csv_of_measurements_is_previewed_and_added(
    transfers: PlanTransfers,
    demo_db: Database,
    fake_dialogs: FakeDialogs,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    indicator = sorted(store.find(demo_db, r.Indicator), key=lambda i: i.code)[0]
    count = len(store.find(demo_db, r.Measurement, indicator_id=indicator.id))
    path = tmp_path / "pomiary.csv"
    lines = [
        "Indicator code;Date;Value;Source note",
        f"{indicator.code};2031-12-31;42,5;Register 2031",
        f"{indicator.code};31.12.2031;42,5;the same again",
    ]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")

    dialog = open_preview(transfers, fake_dialogs, qtbot, path, plan=False)
    assert dialog.windowTitle() == "Import measurements from pomiary.csv"
    assert "separator ;" in dialog.about.text()
    assert dialog.counts.isColumnHidden(SheetCountModel.Column.CHANGED)
    assert not dialog.counts.isColumnHidden(SheetCountModel.Column.SKIPPED)
    assert column(dialog.change_model, ChangeModel.Column.CHANGE) == ["New", "Skipped"]
    new_row = dialog.change_model.index(0, ChangeModel.Column.DETAILS).data()
    assert new_row == f"{format_date(date(2031, 12, 31))} · 42.5"
    assert dialog.change_model.index(1, ChangeModel.Column.DETAILS).data() == "it repeats row 2."
    assert dialog.summary.text() == "New: 1 · skipped: 1."

    with qtbot.waitSignal(transfers.changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: transfers.dialog is None, timeout=WAIT_MS)
    assert transfers.last_message == "pomiary.csv: measurements added: 1, skipped: 1."
    stored = store.find(demo_db, r.Measurement, indicator_id=indicator.id)
    assert len(stored) == count + 1
    added = [m for m in stored if m.measured_on == date(2031, 12, 31)]
    assert [(m.value, m.source_note) for m in added] == [(42.5, "Register 2031")]


def test_a_measurement_row_with_an_unknown_indicator_blocks_the_import(
    transfers: PlanTransfers,
    demo_db: Database,
    fake_dialogs: FakeDialogs,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path = tmp_path / "m.csv"
    path.write_text("indicator,date,value\nNOPE,2031-01-01,1\n", encoding="utf-8")
    before = dump(demo_db)
    dialog = open_preview(transfers, fake_dialogs, qtbot, path, plan=False)
    assert not dialog.import_button.isEnabled()
    model = dialog.issue_model
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "Measurements",
        "2",
        "indicator",
        "Problem",
        "no indicator has the code NOPE.",
    ]
    dialog.reject()
    assert dump(demo_db) == before


# --- Models ----------------------------------------------------------------------------------


def test_the_preview_models_pass_the_model_tester(
    transfers: PlanTransfers,
    fake_dialogs: FakeDialogs,
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    tmp_path: Path,
) -> None:
    book = Book(export(transfers, fake_dialogs, qtbot, tmp_path / "plan.xlsx"))
    book.set("Actions", book.row_where("Actions", "Action code", "1.1.1"), "Objective code", "9.9")
    book.set("Actions", book.row_where("Actions", "Action code", "1.2.1"), "Title", "New title")
    funding = book.row_where("Funding", "Action code", "1.2.1")
    book.workbook["Funding"].delete_rows(funding)
    dialog = open_preview(transfers, fake_dialogs, qtbot, book.save("mixed.xlsx"), plan=True)
    assert dialog.count_model.rowCount() == 5
    assert dialog.issue_model.rowCount() >= 1
    kinds = column(dialog.change_model, ChangeModel.Column.CHANGE)
    assert "Changed" in kinds
    assert "Removed" in kinds
    for model in (dialog.count_model, dialog.issue_model, dialog.change_model):
        qtmodeltester.check(model)
