"""`lagdesk export report`: the Excel report read back with openpyxl."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lagdesk import cli
from lagdesk.core.plan.workbook.planner import plan_plan_import
from lagdesk.db.database import open_database
from lagdesk.i18n import install_language

SHEETS = [
    "Summary",
    "Stakeholders",
    "Groups",
    "Meetings",
    "Attendance",
    "Decisions and tasks",
    "Objectives",
    "Actions",
    "Funding",
    "Risks",
    "Indicators",
    "Measurements",
    "Progress",
]
NASTY = ['=HYPERLINK("http://x","y")', "+SUM(1,2)", "@cmd", "-1+2"]


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_file, tmp_path / "demo.sqlite"))


@pytest.fixture(autouse=True)
def english() -> None:
    install_language("en")


def export(db: Path, out: Path, *extra: str) -> int:
    return cli.main(
        ["export", "report", "--db", str(db), "--out", str(out), "--as-of", "2025-06-30", *extra]
    )


def values(sheet: object) -> list[tuple[object, ...]]:
    return list(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]


def test_every_sheet_is_a_real_table_with_typed_cells(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.xlsx"
    assert export(demo, out) == 0
    assert "13 sheets" in capsys.readouterr().out
    book = load_workbook(out)
    assert book.sheetnames == SHEETS
    for sheet in book:
        assert sheet.freeze_panes == "A2", sheet.title
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        )
        assert all(cell.font.b for cell in sheet[1]), sheet.title
        assert not sheet.merged_cells.ranges

    with sqlite3.connect(demo) as connection:
        people = connection.execute("SELECT count(*) FROM person").fetchone()[0]
        attendance = connection.execute("SELECT count(*) FROM attendance").fetchone()[0]
        anonymous = connection.execute("SELECT count(*) FROM anonymous_attendance").fetchone()[0]
        funding = connection.execute("SELECT sum(amount) FROM funding_line").fetchone()[0]
        meetings = connection.execute("SELECT count(*) FROM meeting").fetchone()[0]
    assert book["Stakeholders"].max_row == 1 + people
    assert book["Attendance"].max_row == 1 + attendance + anonymous
    assert book["Meetings"].max_row == 1 + meetings

    start = book["Meetings"]["B2"]
    assert isinstance(start.value, datetime)
    amounts = [row[2] for row in values(book["Funding"])[1:]]
    assert all(isinstance(amount, int | float) for amount in amounts)
    assert round(sum(amounts), 2) == round(funding / 100, 2)  # stored in cents
    assert book["Funding"]["C2"].number_format == "#,##0.00"
    progress = values(book["Progress"])
    assert progress[0][7] == "Progress"
    assert any(isinstance(row[7], float) for row in progress[1:])
    assert book["Progress"]["H2"].number_format == "0%"

    summary = dict(values(book["Summary"])[1:])
    assert summary["Report date"] == datetime(2025, 6, 30)
    assert summary["People in the register"] == people
    assert isinstance(summary["Estimated cost"], int | float)
    assert summary["Estimated cost"] > 0


def test_user_text_never_becomes_a_formula(demo: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM person LIMIT 4")]
        for person_id, text in zip(ids, NASTY, strict=True):
            connection.execute("UPDATE person SET last_name = ? WHERE id = ?", (text, person_id))
        connection.execute("UPDATE action SET title = ? WHERE id = 1", (NASTY[0],))
    out = tmp_path / "report.xlsx"
    assert export(demo, out) == 0
    book = load_workbook(out)
    found = set()
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if cell.value in NASTY:
                    found.add(cell.value)
    assert found == set(NASTY)


def test_pseudonymised_report_names_nobody(demo: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo) as connection:
        people = connection.execute("SELECT first_name, last_name, email FROM person").fetchall()
        businesses = " ".join(row[0] for row in connection.execute("SELECT name FROM organisation"))
    out = tmp_path / "shared.xlsx"
    assert export(demo, out, "--pseudonymise") == 0
    book = load_workbook(out)
    text = "\n".join(
        str(value) for sheet in book for row in values(sheet) for value in row if value is not None
    )
    for first, last, email in people:
        if last in businesses:  # a sole trader's business bears its owner's name
            continue
        assert f"{first} {last}" not in text
        if last and len(last) > 3:
            assert last not in text, last
        if email:
            assert email not in text
    stakeholders = values(book["Stakeholders"])
    pseudonyms = {row[2] for row in stakeholders[1:]}
    assert "P-0001" in pseudonyms
    assert len(pseudonyms) == len(stakeholders) - 1  # one each, all different
    again = tmp_path / "again.xlsx"
    assert export(demo, again, "--pseudonymise") == 0
    assert values(load_workbook(again)["Attendance"]) == values(book["Attendance"])  # stable


def test_the_plan_sheets_import_back_unchanged(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    assert export(demo, out) == 0
    with open_database(demo) as database:
        preview = plan_plan_import(database, out)
    assert preview.valid
    assert set(preview.sheets) == {"actions", "funding", "indicators", "measurements", "risks"}
    assert not preview.changes_anything


def test_bad_output_is_one_clear_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(demo, tmp_path / "report.csv") == 1
    assert "name it .xlsx" in capsys.readouterr().err
    assert export(demo, tmp_path / "nowhere" / "report.xlsx") == 1
    assert "folder does not exist" in capsys.readouterr().err


def test_an_empty_file_gives_every_sheet(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    open_database(path).close()
    out = tmp_path / "report.xlsx"
    assert export(path, out) == 0
    book = load_workbook(out)
    assert book.sheetnames == SHEETS
    assert book["Actions"].max_row == 1
    assert date(2025, 6, 30) == book["Summary"]["B6"].value.date()
