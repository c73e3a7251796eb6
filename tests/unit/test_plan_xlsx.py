"""The plan workbook read back with openpyxl: real tables, real types, never a formula."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from lagdesk.core.plan.workbook.sheets import SHEETS
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db import models as m
from lagdesk.db.database import Database, open_database
from lagdesk.demo import build_demo
from lagdesk.errors import UserError
from lagdesk.reports.xlsx.plan import write_plan_workbook

SHEET_NAMES = ["Actions", "Funding", "Indicators", "Measurements", "Risks"]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plan-demo") / "koszalin.sqlite"
    database = open_database(path)
    build_demo(database)
    database.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Database:
    database = open_database(shutil.copy(demo_file, tmp_path / "demo.sqlite"))
    yield database
    database.close()


def headers(sheet: openpyxl.worksheet.worksheet.Worksheet) -> list[str]:
    return [cell.value for cell in sheet[1]]


def column(sheet: openpyxl.worksheet.worksheet.Worksheet, header: str) -> list[object]:
    index = headers(sheet).index(header)
    return [row[index] for row in sheet.iter_rows(min_row=2)]


def action_row(sheet: openpyxl.worksheet.worksheet.Worksheet, code: str) -> dict[str, object]:
    names = headers(sheet)
    for row in sheet.iter_rows(min_row=2):
        if row[1].value == code:
            return dict(zip(names, row, strict=True))
    raise AssertionError(code)


def test_the_sheets_are_real_tables(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    done = write_plan_workbook(demo, out)
    with demo.reading() as session:
        stored = {
            "actions": session.scalar(sa.select(sa.func.count()).select_from(m.Action)),
            "funding": session.scalar(sa.select(sa.func.count()).select_from(m.FundingLine)),
            "indicators": session.scalar(sa.select(sa.func.count()).select_from(m.Indicator)),
            "measurements": session.scalar(sa.select(sa.func.count()).select_from(m.Measurement)),
            "risks": session.scalar(sa.select(sa.func.count()).select_from(m.Risk)),
        }
    assert done.counts == stored
    assert stored["actions"] == 15
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == SHEET_NAMES
    for spec, name in zip(SHEETS, SHEET_NAMES, strict=True):
        sheet = workbook[name]
        assert headers(sheet) == [column.header for column in spec.columns]
        assert all(cell.font.bold for cell in sheet[1])
        assert sheet.freeze_panes == "A2"
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, len(spec.columns)).column_letter}{sheet.max_row}"
        )
        assert sheet.max_row == stored[spec.key] + 1
        assert sheet.column_dimensions["A"].width >= 8
        assert not sheet.merged_cells.ranges
    actions = workbook["Actions"]
    assert headers(actions)[:4] == ["Objective code", "Action code", "Title", "Description"]
    assert column(actions, "Action code")[0].value == "1.1.1"


def test_cells_have_the_types_a_spreadsheet_needs(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    write_plan_workbook(demo, out)
    workbook = openpyxl.load_workbook(out)
    action = action_row(workbook["Actions"], "3.1.3")
    assert action["Start"].value == datetime(2024, 9, 1)
    assert action["Start"].number_format == "yyyy-mm-dd"
    assert action["End"].is_date
    assert action["Estimated cost (EUR)"].value == 1450000
    assert action["Estimated cost (EUR)"].data_type == "n"
    assert action["Estimated cost (EUR)"].number_format == "#,##0.00"
    assert action["Progress %"].value == 15
    assert action["Objective code"].value == "3.1"
    assert action["Objective code"].number_format == "@"
    assert action["Action code"].data_type == "s"
    assert action["Type"].value == "Investment"
    assert action["Status"].value == "Delayed"
    assert action["Gender dimension"].value == "02 Gender mainstreaming"
    assert action["Tags"].value == "green"
    assert action["Responsible person"].value.endswith("@um.koszalin.example")
    assert action["Lead organisation"].value
    funding = workbook["Funding"]
    amounts = column(funding, "Amount (EUR)")
    assert all(cell.data_type == "n" and cell.number_format == "#,##0.00" for cell in amounts)
    lines = [
        (row[1].value, row[2].value, row[3].value)
        for row in funding.iter_rows(min_row=2)
        if row[0].value == "3.1.3"
    ]
    assert lines == [("ERDF", 870000, "Applied for"), ("City budget", 217500, "Secured"),
                     ("National funds", 150000, "Potential")]  # fmt: skip
    indicators = workbook["Indicators"]
    assert all(isinstance(c.value, datetime) for c in column(indicators, "Target date") if c.value)
    linked = [c.value for c in column(indicators, "Linked action codes") if c.value]
    assert linked
    assert all(";" in v or v.count(".") == 2 for v in linked)


def test_measurements_by_sex_come_from_the_breakdown(demo: Database, tmp_path: Path) -> None:
    with demo.reading() as session:
        expected = {
            (code, day): (value, women, men)
            for code, day, value, women, men in session.execute(
                sa.text(
                    "SELECT i.code, m.measured_on, m.value,"
                    " (SELECT value FROM measurement_breakdown b WHERE b.measurement_id = m.id"
                    "  AND b.dimension = 'sex' AND b.category = 'female'),"
                    " (SELECT value FROM measurement_breakdown b WHERE b.measurement_id = m.id"
                    "  AND b.dimension = 'sex' AND b.category = 'male')"
                    " FROM measurement m JOIN indicator i ON i.id = m.indicator_id"
                )
            )
        }
    assert any(women is not None for _v, women, _m in expected.values())
    out = tmp_path / "plan.xlsx"
    write_plan_workbook(demo, out)
    sheet = openpyxl.load_workbook(out)["Measurements"]
    found = {}
    for code, day, value, women, men, _note, _by in sheet.iter_rows(min_row=2, values_only=True):
        assert isinstance(day, datetime)
        found[(code, day.date().isoformat())] = (value, women, men)
    assert found == expected


def test_no_user_text_becomes_a_formula(demo: Database, tmp_path: Path) -> None:
    action = store.find(demo, r.Action, code="1.1.1")[0]
    action.title = '=HYPERLINK("http://evil.example","click")'
    action.outputs = "+48 94 123 45 67"
    store.save(demo, action)
    line = store.find(demo, r.FundingLine, action_id=action.id)[0]
    line.note = "@SUM(1+1)"
    store.save(demo, line)
    out = tmp_path / "plan.xlsx"
    write_plan_workbook(demo, out)
    workbook = openpyxl.load_workbook(out)
    row = action_row(workbook["Actions"], "1.1.1")
    assert row["Title"].value == action.title
    assert row["Title"].data_type == "s"
    assert row["Outputs"].value == "+48 94 123 45 67"
    assert row["Outputs"].data_type == "s"
    note = next(c for c in column(workbook["Funding"], "Note") if c.value)
    assert (note.value, note.data_type) == ("@SUM(1+1)", "s")
    for sheet in workbook:
        for cells in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in cells)


def test_an_empty_plan_writes_the_headers(database: Database, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    done = write_plan_workbook(database, out)
    assert done.actions == 0
    assert done.counts["funding"] == done.measurements == 0
    workbook = openpyxl.load_workbook(out)
    assert workbook["Actions"].max_row == 1
    assert headers(workbook["Funding"]) == [
        "Action code",
        "Source",
        "Amount (EUR)",
        "Status",
        "Note",
    ]


def test_refuses_a_wrong_name_an_existing_file_and_a_missing_folder(
    database: Database, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match=r"plan\.csv: the export is an Excel workbook"):
        write_plan_workbook(database, tmp_path / "plan.csv")
    existing = tmp_path / "plan.xlsx"
    existing.write_bytes(b"keep")
    with pytest.raises(UserError, match="exists already"):
        write_plan_workbook(database, existing, overwrite=False)
    assert existing.read_bytes() == b"keep"
    with pytest.raises(UserError, match="the folder does not exist"):
        write_plan_workbook(database, tmp_path / "nowhere" / "plan.xlsx")
    write_plan_workbook(database, existing)
    assert existing.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".plan")] == []


def test_dates_and_money_keep_their_values(database: Database, tmp_path: Path) -> None:
    plan = store.save(database, r.Plan(title="Plan"))
    objective = store.save(
        database, r.Objective(plan_id=plan.id, level="strategic", code="1", title="One")
    )
    store.save(
        database,
        r.Action(
            objective_id=objective.id, code="1.1", title="Cents", type="investment",
            start_date=date(2024, 2, 29), estimated_cost=Decimal("1234567.89"),
        ),
    )  # fmt: skip
    out = tmp_path / "plan.xlsx"
    write_plan_workbook(database, out)
    row = action_row(openpyxl.load_workbook(out)["Actions"], "1.1")
    assert row["Start"].value == datetime(2024, 2, 29)
    assert row["End"].value is None
    assert row["Estimated cost (EUR)"].value == pytest.approx(1234567.89)
    assert row["Gender dimension"].value in (None, "")
