"""The plan workbook imported back: nothing changes for an unchanged file, an edited cell is
one update, bad rows are named by file, sheet, row and column and nothing is written."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlalchemy as sa

from lagdesk.core.plan.workbook import sheets as plan_import_sheets
from lagdesk.core.plan.workbook.planner import plan_measurement_import, plan_plan_import
from lagdesk.core.plan.workbook.preview import PlanImportError, PlanImportPreview, PlanRow
from lagdesk.core.plan.workbook.writer import (
    PlanChangedError,
    apply_measurement_import,
    apply_plan_import,
)
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.table_files.sources import ImportFileError
from lagdesk.db import models as m
from lagdesk.db.codes import ActionStatus, FundingStatus, GenderDimension
from lagdesk.db.database import Database, open_database
from lagdesk.demo import build_demo
from lagdesk.errors import ValidationError
from lagdesk.reports.xlsx.plan import write_plan_workbook

Dump = dict[str, list[tuple[object, ...]]]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plan-demo") / "koszalin.sqlite"
    database = open_database(path)
    build_demo(database)
    database.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    database = open_database(shutil.copy(demo_file, tmp_path / "demo.sqlite"))
    yield database
    database.close()


@pytest.fixture
def exported(demo: Database, tmp_path: Path) -> Path:
    return write_plan_workbook(demo, tmp_path / "plan.xlsx").path


def dump(database: Database) -> Dump:
    """Every row of every table, to compare a file before and after."""
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


def counts(database: Database) -> dict[str, int]:
    return {table: len(rows) for table, rows in dump(database).items()}


class Book:
    """An exported workbook opened for editing as a user would in Excel."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.workbook = openpyxl.load_workbook(path)

    def headers(self, sheet: str) -> list[str]:
        return [cell.value for cell in self.workbook[sheet][1]]

    def row_of(self, sheet: str, **match: object) -> int:
        names = self.headers(sheet)
        for number, row in enumerate(self.workbook[sheet].iter_rows(min_row=2), start=2):
            values = {header: cell.value for header, cell in zip(names, row, strict=True)}
            if all(values[name.replace("_", " ")] == value for name, value in match.items()):
                return number
        raise AssertionError(f"no row {match} in {sheet}")

    def set(self, sheet: str, row: int, header: str, value: object) -> None:
        self.workbook[sheet].cell(row, self.headers(sheet).index(header) + 1).value = value

    def get(self, sheet: str, row: int, header: str) -> Any:
        return self.workbook[sheet].cell(row, self.headers(sheet).index(header) + 1).value

    def append(self, sheet: str, values: dict[str, object]) -> int:
        names = self.headers(sheet)
        self.workbook[sheet].append([values.get(name) for name in names])
        return self.workbook[sheet].max_row

    def save(self, name: str = "edited.xlsx") -> Path:
        out = self.path.with_name(name)
        self.workbook.save(out)
        return out


def only_row(preview: PlanImportPreview) -> PlanRow:
    changed = [row for row in preview.rows if row.status != "unchanged"]
    assert len(changed) == 1, [(row.sheet, row.row, row.status, row.changes) for row in changed]
    return changed[0]


# --- Unchanged and edited files --------------------------------------------------------------


def test_an_unchanged_export_changes_nothing(demo: Database, exported: Path) -> None:
    before = dump(demo)
    preview = plan_plan_import(demo, exported)
    assert preview.valid
    assert list(preview.sheets) == ["actions", "funding", "indicators", "measurements", "risks"]
    for key, sheet_counts in preview.counts.items():
        assert (sheet_counts.creates, sheet_counts.updates, sheet_counts.deletes) == (0, 0, 0), key
        assert sheet_counts.unchanged == sheet_counts.rows > 0, key
    assert not preview.changes_anything
    summary = apply_plan_import(demo, preview)
    assert (summary.created, summary.updated, summary.deleted) == (0, 0, 0)
    assert dump(demo) == before


def test_an_edited_cell_is_exactly_one_update(demo: Database, exported: Path) -> None:
    book = Book(exported)
    number = book.row_of("Actions", Action_code="1.2.1")
    old_title = book.get("Actions", number, "Title")
    book.set("Actions", number, "Title", "Training on gender-responsive procurement")
    edited = book.save()
    before = dump(demo)
    preview = plan_plan_import(demo, edited)
    row = only_row(preview)
    assert (row.sheet, row.row, row.status) == ("actions", number, "update")
    assert row.changes == {"title": (old_title, "Training on gender-responsive procurement")}
    summary = apply_plan_import(demo, preview)
    assert (summary.created, summary.updated, summary.deleted) == (0, 1, 0)
    after = dump(demo)
    assert {t for t in after if after[t] != before[t]} == {"action"}
    changed = [
        new for old, new in zip(before["action"], after["action"], strict=True) if old != new
    ]
    assert len(changed) == 1
    assert (
        store.find(demo, r.Action, code="1.2.1")[0].title
        == "Training on gender-responsive procurement"
    )
    assert not plan_plan_import(demo, edited).changes_anything


def other_organisation(database: Database, but: int | None) -> str:
    return next(org.name for org in store.find(database, r.Organisation) if org.id != but)


EDITS = [
    ("Actions", {"Action_code": "1.1.1"}, "Status", "Done", "status"),
    ("Actions", {"Action_code": "1.1.1"}, "Progress %", 75, "progress_percent"),
    ("Actions", {"Action_code": "1.1.1"}, "Estimated cost (EUR)", 20000.5, "estimated_cost"),
    ("Actions", {"Action_code": "1.1.1"}, "Tags", "gender; Digital", "tags"),
    ("Actions", {"Action_code": "1.1.1"}, "Gender dimension", "01", "gender_dimension"),
    ("Actions", {"Action_code": "1.1.1"}, "End", date(2026, 1, 31), "end_date"),
    ("Actions", {"Action_code": "1.1.1"}, "Objective code", "1.2", "objective_code"),
    ("Actions", {"Action_code": "1.1.1"}, "Responsible person", "katarzyna.lewandowska@um.koszalin.example", "responsible_person"),
    ("Funding", {"Action_code": "3.1.3", "Source": "ERDF"}, "Status", "Secured", "status"),
    ("Funding", {"Action_code": "3.1.3", "Source": "ERDF"}, "Amount (EUR)", "870 000,50", "amount"),
    ("Indicators", {"Indicator_code": "KOS-01"}, "Target value", 45, "target_value"),
    ("Indicators", {"Indicator_code": "KOS-01"}, "Linked objective codes", "1; 3.2", "objectives"),
    ("Indicators", {"Indicator_code": "KOS-01"}, "Linked action codes", "3.2.2", "actions"),
    ("Measurements", {"Indicator_code": "KOS-01"}, "Value", 24.5, "value"),
    ("Measurements", {"Indicator_code": "KOS-01"}, "Value women", 11, "women"),
    ("Risks", {"Risk_code": "R3"}, "Likelihood (1-5)", 5, "likelihood"),
    ("Risks", {"Risk_code": "R3"}, "Linked action codes", "3.1.3", "actions"),
]  # fmt: skip


@pytest.mark.parametrize(("sheet", "match", "header", "value", "field"), EDITS)
def test_each_kind_of_cell_edits_one_field(
    demo: Database,
    exported: Path,
    sheet: str,
    match: dict[str, object],
    header: str,
    value: object,
    field: str,
) -> None:
    book = Book(exported)
    number = book.row_of(sheet, **match)
    book.set(sheet, number, header, value)
    edited = book.save()
    preview = plan_plan_import(demo, edited)
    row = only_row(preview)
    assert (row.row, row.status, list(row.changes)) == (number, "update", [field])
    summary = apply_plan_import(demo, preview)
    assert (summary.created, summary.updated, summary.deleted) == (0, 1, 0)
    again = plan_plan_import(demo, edited)
    assert not again.changes_anything, [r.changes for r in again.rows if r.changes]


def test_edits_are_stored_as_typed_values(demo: Database, exported: Path) -> None:
    book = Book(exported)
    number = book.row_of("Actions", Action_code="1.1.1")
    for header, value in (("Status", "Done"), ("Estimated cost (EUR)", "20 000,5"),
                          ("Gender dimension", "1"), ("Tags", "Green;gender\ndigital"),
                          ("Start", "01.02.2024")):  # fmt: skip
        book.set("Actions", number, header, value)
    partner = other_organisation(demo, None)
    book.set("Actions", number, "Partner organisations", partner.upper())
    apply_plan_import(demo, plan_plan_import(demo, book.save()))
    action = store.find(demo, r.Action, code="1.1.1")[0]
    assert action.status is ActionStatus.DONE
    assert action.estimated_cost == Decimal("20000.50")
    assert action.gender_dimension is GenderDimension.TARGETING
    assert action.start_date == date(2024, 2, 1)
    with demo.reading() as session:
        tags = session.scalars(sa.select(m.ActionTag.tag).where(m.ActionTag.action_id == action.id))
        assert sorted(tags) == ["digital", "gender", "green"]
        partners = session.scalars(
            sa.select(m.Organisation.name)
            .join(m.ActionPartner, m.ActionPartner.organisation_id == m.Organisation.id)
            .where(m.ActionPartner.action_id == action.id)
        )
        assert list(partners) == [partner]


# --- Funding lines --------------------------------------------------------------------------


def funding_of(database: Database, code: str) -> list[tuple[str, Decimal, str]]:
    action = store.find(database, r.Action, code=code)[0]
    lines = store.find(database, r.FundingLine, action_id=action.id)
    return [(line.source.value, line.amount, line.status.value) for line in lines]


def test_a_deleted_funding_row_removes_that_line_only(demo: Database, exported: Path) -> None:
    book = Book(exported)
    number = book.row_of("Funding", Action_code="3.1.3", Source="National funds")
    book.workbook["Funding"].delete_rows(number)
    preview = plan_plan_import(demo, book.save())
    funding = preview.sheets["funding"]
    assert funding.counts.deletes == 1
    assert [removal.description for removal in funding.removals] == [
        "3.1.3: National funds, 150000.00 (Potential)"
    ]
    assert all(row.status == "unchanged" for row in preview.rows)
    summary = apply_plan_import(demo, preview)
    assert (summary.created, summary.updated, summary.deleted) == (0, 0, 1)
    assert funding_of(demo, "3.1.3") == [
        ("erdf", Decimal("870000.00"), "applied"),
        ("city_budget", Decimal("217500.00"), "secured"),
    ]


def test_an_added_funding_row_creates_a_line(demo: Database, exported: Path) -> None:
    book = Book(exported)
    book.append("Funding", {"Action code": "1.1.2", "Source": "private", "Amount (EUR)": 500,
                            "Status": "applied for", "Note": "sponsor"})  # fmt: skip
    preview = plan_plan_import(demo, book.save())
    row = only_row(preview)
    assert (row.sheet, row.status) == ("funding", "create")
    assert preview.sheets["funding"].counts.deletes == 0
    apply_plan_import(demo, preview)
    assert funding_of(demo, "1.1.2") == [
        ("city_budget", Decimal("6500.00"), "secured"),
        ("private", Decimal("500.00"), "applied"),
    ]


def test_funding_lines_with_the_same_source_and_status_pair_in_order(
    demo: Database, exported: Path
) -> None:
    action = store.find(demo, r.Action, code="1.1.2")[0]
    store.save(demo, r.FundingLine(action_id=action.id, source="city_budget", amount=Decimal(10),
                                   status="secured"))  # fmt: skip
    exported = write_plan_workbook(demo, exported).path
    book = Book(exported)
    number = book.row_of("Funding", Action_code="1.1.2", **{"Amount_(EUR)": 10})
    book.set("Funding", number, "Amount (EUR)", 12)
    preview = plan_plan_import(demo, book.save())
    row = only_row(preview)
    assert row.changes == {"amount": ("10.00", "12.00")}
    apply_plan_import(demo, preview)
    assert funding_of(demo, "1.1.2") == [
        ("city_budget", Decimal("6500.00"), "secured"),
        ("city_budget", Decimal("12.00"), "secured"),
    ]


def test_an_action_without_funding_rows_loses_its_lines(demo: Database, exported: Path) -> None:
    book = Book(exported)
    number = book.row_of("Funding", Action_code="1.1.2")
    book.workbook["Funding"].delete_rows(number)
    preview = plan_plan_import(demo, book.save())
    assert preview.sheets["funding"].counts.deletes == 1
    apply_plan_import(demo, preview)
    assert funding_of(demo, "1.1.2") == []


def test_funding_above_the_cost_is_a_warning(demo: Database, exported: Path) -> None:
    book = Book(exported)
    book.set("Funding", book.row_of("Funding", Action_code="1.1.2"), "Amount (EUR)", 7000)
    preview = plan_plan_import(demo, book.save())
    assert preview.valid
    assert [str(w) for w in preview.warnings] == [
        "edited.xlsx, sheet Funding, row 3, Amount (EUR): the funding lines of action 1.1.2"
        " add up to 7000.00, more than its estimated cost of 6500.00."
    ]


# --- New records ----------------------------------------------------------------------------


def test_new_rows_create_linked_records(demo: Database, exported: Path) -> None:
    book = Book(exported)
    book.append("Actions", {"Objective code": "1.1", "Action code": "1.1.9",
                            "Title": "Pilot gender budgeting of one tender", "Type": "Procurement",
                            "Start": date(2025, 1, 1), "End": date(2025, 12, 31),
                            "Estimated cost (EUR)": 1000, "Tags": "gender"})  # fmt: skip
    book.append("Funding", {"Action code": "1.1.9", "Source": "City budget", "Amount (EUR)": 800,
                            "Status": "Secured"})  # fmt: skip
    book.append("Indicators", {"Indicator code": "KOS-99", "Name": "Tenders piloted",
                               "Unit": "Number", "Baseline value": 0, "Target value": 3,
                               "Baseline date": date(2025, 1, 1), "Target date": date(2025, 12, 31),
                               "Linked objective codes": "1.1", "Linked action codes": "1.1.9"})  # fmt: skip
    book.append("Measurements", {"Indicator code": "KOS-99", "Date": date(2025, 6, 30),
                                 "Value": 1})  # fmt: skip
    book.append("Risks", {"Risk code": "R9", "Title": "Pilot tender cancelled",
                          "Category": "Legal or procurement", "Likelihood (1-5)": 2,
                          "Impact (1-5)": 3, "Linked action codes": "1.1.9; 1.1.1"})  # fmt: skip
    edited = book.save()
    preview = plan_plan_import(demo, edited)
    assert preview.valid, [str(p) for p in preview.problems]
    assert {key: (c.creates, c.updates, c.deletes) for key, c in preview.counts.items()} == {
        "actions": (1, 0, 0), "funding": (1, 0, 0), "indicators": (1, 0, 0),
        "measurements": (1, 0, 0), "risks": (1, 0, 0),
    }  # fmt: skip
    summary = apply_plan_import(demo, preview)
    assert (summary.created, summary.updated, summary.deleted) == (5, 0, 0)
    action = store.find(demo, r.Action, code="1.1.9")[0]
    siblings = store.find(demo, r.Action, objective_id=action.objective_id)
    assert action.position == max(a.position for a in siblings if a.id != action.id) + 1
    assert action.status is ActionStatus.PLANNED
    assert action.progress_percent == 0
    assert funding_of(demo, "1.1.9") == [("city_budget", Decimal("800.00"), "secured")]
    indicator = store.find(demo, r.Indicator, code="KOS-99")[0]
    with demo.reading() as session:
        linked = session.scalars(
            sa.select(m.IndicatorAction.action_id).where(
                m.IndicatorAction.indicator_id == indicator.id
            )
        )
        assert list(linked) == [action.id]
        risk_actions = session.scalars(
            sa.select(m.Action.code)
            .join(m.RiskAction, m.RiskAction.action_id == m.Action.id)
            .join(m.Risk, m.Risk.id == m.RiskAction.risk_id)
            .where(m.Risk.code == "R9")
        )
        assert sorted(risk_actions) == ["1.1.1", "1.1.9"]
    assert [x.value for x in store.find(demo, r.Measurement, indicator_id=indicator.id)] == [1.0]
    assert not plan_plan_import(demo, edited).changes_anything


def test_a_risk_without_a_code_is_matched_by_its_title(demo: Database, tmp_path: Path) -> None:
    risk = store.find(demo, r.Risk, code="R2")[0]
    risk.code = ""
    store.save(demo, risk)
    exported = write_plan_workbook(demo, tmp_path / "plan.xlsx").path
    assert not plan_plan_import(demo, exported).changes_anything


# --- Refused rows ---------------------------------------------------------------------------

BAD = [
    ("Actions", {"Action_code": "1.1.2"}, "Objective code", "9.9", "Objective code",
     "no objective has the code 9.9."),
    ("Actions", {"Action_code": "1.1.2"}, "End", date(2023, 1, 1), "End",
     "end date is before start date."),
    ("Actions", {"Action_code": "1.1.2"}, "Action code", "1.1.1", "Action code",
     "the code 1.1.1 is also on row 2 of this sheet."),
    ("Actions", {"Action_code": "1.1.2"}, "Lead organisation", "Nobody Ltd", "Lead organisation",
     "there is no organisation Nobody Ltd in the stakeholder register;"),
    ("Actions", {"Action_code": "1.1.2"}, "Progress %", 120, "Progress %", "120 is outside 0 to 100."),
    ("Actions", {"Action_code": "1.1.2"}, "Type", "Miracle", "Type", "Miracle is not one of: Investment,"),
    ("Funding", {"Action_code": "1.1.2"}, "Amount (EUR)", -5, "Amount (EUR)", "-5.00 is below 0."),
    ("Funding", {"Action_code": "1.1.2"}, "Action code", "8.8.8", "Action code",
     "no action has the code 8.8.8."),
    ("Indicators", {"Indicator_code": "PROC-05"}, "Indicator code", "kos-01", "Indicator code",
     "the code kos-01 is also on row 2 of this sheet."),
    ("Indicators", {"Indicator_code": "KOS-01"}, "Target date", date(2020, 1, 1), "Target date",
     "target date is before baseline date."),
    ("Indicators", {"Indicator_code": "KOS-01"}, "Linked objective codes", "1; 7.7",
     "Linked objective codes", "no objective has the code 7.7."),
    ("Measurements", {"Indicator_code": "KOS-01"}, "Indicator code", "NOPE-1", "Indicator code",
     "no indicator has the code NOPE-1."),
    ("Measurements", {"Indicator_code": "KOS-01"}, "Value", "n/a", "Value", "n/a is not a number."),
    ("Measurements", {"Indicator_code": "KOS-01"}, "Date", "31/13/2024", "Date",
     "31/13/2024 is not a date; write it as YYYY-MM-DD."),
    ("Risks", {"Risk_code": "R1"}, "Likelihood (1-5)", 7, "Likelihood (1-5)", "7 is outside 1 to 5."),
    ("Risks", {"Risk_code": "R1"}, "Owner", "Jan Nikt", "Owner", "there is no person Jan Nikt"),
]  # fmt: skip


@pytest.mark.parametrize(("sheet", "match", "header", "value", "field", "message"), BAD)
def test_a_bad_row_is_named_and_nothing_is_written(
    demo: Database,
    exported: Path,
    sheet: str,
    match: dict[str, object],
    header: str,
    value: object,
    field: str,
    message: str,
) -> None:
    book = Book(exported)
    number = book.row_of(sheet, **match)
    book.set(sheet, number, header, value)
    # A good edit elsewhere must not be written either.
    book.set("Actions", book.row_of("Actions", Action_code="3.2.2"), "Title", "Changed")
    preview = plan_plan_import(demo, book.save())
    assert not preview.valid
    [problem] = preview.problems
    assert (problem.file, problem.row, problem.field) == (
        f"edited.xlsx, sheet {sheet}",
        number,
        field,
    )
    assert str(problem).startswith(f"edited.xlsx, sheet {sheet}, row {number}, {field}: {message}")
    before = dump(demo)
    with pytest.raises(ValidationError) as raised:
        apply_plan_import(demo, preview)
    assert raised.value.problems == [problem]
    assert dump(demo) == before


def test_a_row_with_several_bad_cells_names_each(demo: Database, exported: Path) -> None:
    book = Book(exported)
    number = book.row_of("Actions", Action_code="2.1.1")
    book.set("Actions", number, "Objective code", "4.4")
    book.set("Actions", number, "Title", "=1+1")
    book.set("Actions", number, "Progress %", 12.5)
    book.set("Actions", number, "Responsible person", "nobody@example.org")
    book.append("Funding", {"Action code": "2.1.1", "Source": "ERDF", "Amount (EUR)": 1})
    preview = plan_plan_import(demo, book.save())
    assert [(p.row, p.field, p.message) for p in preview.problems] == [
        (number, "Objective code", "no objective has the code 4.4."),
        (number, "Title", "the cell holds a formula (=1+1); lagdesk does not calculate"
                          " formulas. Copy the column and paste it as values."),
        (number, "Responsible person", "there is no person nobody@example.org in the stakeholder"
         " register; write their e-mail address or their first and last name as stored."),
        (number, "Progress %", "12.5 is not a whole number."),
    ]  # fmt: skip
    # The added funding line pairs with no stored one: it is new, nothing is removed.
    assert preview.counts["funding"].creates == 1
    assert preview.sheets["funding"].removals == []


def test_a_measurement_before_the_baseline_is_a_warning(demo: Database, exported: Path) -> None:
    book = Book(exported)
    number = book.row_of("Measurements", Indicator_code="KOS-01")
    book.set("Measurements", number, "Date", date(2020, 1, 31))
    preview = plan_plan_import(demo, book.save())
    assert preview.valid
    [warning] = [w for w in preview.warnings if w.key == "measured_on"]
    assert str(warning).startswith(
        f"edited.xlsx, sheet Measurements, row {number}, Date: the date is before the"
        " indicator's baseline date"
    )
    assert preview.counts["measurements"].creates == 1  # a new date is a new measurement


def test_a_failure_while_writing_leaves_nothing_behind(
    demo: Database, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = Book(exported)
    for code in ("1.1.1", "1.1.2", "1.1.3"):
        book.set("Actions", book.row_of("Actions", Action_code=code), "Progress %", 99)
    preview = plan_plan_import(demo, book.save())
    assert preview.counts["actions"].updates == 3
    real_write, calls = store.write, []

    def failing_write(session: Any, record: Any) -> Any:
        calls.append(record)
        if len(calls) == 3:
            raise OSError("disk full")
        return real_write(session, record)

    monkeypatch.setattr(store, "write", failing_write)
    before = dump(demo)
    with pytest.raises(OSError, match="disk full"):
        apply_plan_import(demo, preview)
    assert dump(demo) == before


def test_a_dry_run_writes_nothing(demo: Database, exported: Path) -> None:
    book = Book(exported)
    book.set("Actions", book.row_of("Actions", Action_code="1.1.1"), "Progress %", 99)
    preview = plan_plan_import(demo, book.save())
    before = dump(demo)
    summary = apply_plan_import(demo, preview, dry_run=True)
    assert (summary.dry_run, summary.updated) == (True, 1)
    assert dump(demo) == before


# --- Columns and sheets ---------------------------------------------------------------------


def test_missing_columns_keep_the_stored_values(demo: Database, exported: Path) -> None:
    book = Book(exported)
    actions = book.workbook["Actions"]
    actions.delete_cols(book.headers("Actions").index("Description") + 1)
    actions.delete_cols(book.headers("Actions").index("Partner organisations") + 1)
    del book.workbook["Funding"]  # without the sheet, funding is left alone
    book.set("Actions", book.row_of("Actions", Action_code="1.1.1"), "Title", "Shorter")
    preview = plan_plan_import(demo, book.save())
    assert "funding" not in preview.sheets
    row = only_row(preview)
    assert list(row.changes) == ["title"]
    before = counts(demo)
    apply_plan_import(demo, preview)
    assert counts(demo) == before
    assert store.find(demo, r.Action, code="1.1.1")[0].description.startswith("A council")


def test_extra_columns_are_reported_and_headers_may_be_spelled_freely(
    demo: Database, exported: Path
) -> None:
    book = Book(exported)
    sheet = book.workbook["Actions"]
    sheet.cell(1, book.headers("Actions").index("Action code") + 1).value = "action_code"
    sheet.cell(1, book.headers("Actions").index("Title") + 1).value = "TITLE "
    sheet.cell(1, sheet.max_column + 1).value = "My remarks"
    sheet.cell(2, sheet.max_column).value = "check with finance"
    preview = plan_plan_import(demo, book.save())
    assert preview.sheets["actions"].extra_columns == ("My remarks",)
    assert not preview.changes_anything


def test_a_sheet_without_its_key_column_is_refused(demo: Database, exported: Path) -> None:
    book = Book(exported)
    book.workbook["Indicators"].delete_cols(1)
    with pytest.raises(PlanImportError) as raised:
        plan_plan_import(demo, book.save())
    assert str(raised.value).startswith(
        "edited.xlsx: sheet Indicators has no column “Indicator code”; its columns are: EU code,"
    )


def test_a_workbook_without_plan_sheets_is_refused(demo: Database, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "People"
    workbook.active.append(["Last name", "Email"])
    workbook.save(tmp_path / "people.xlsx")
    with pytest.raises(PlanImportError, match="the workbook has none of the sheets Actions,"):
        plan_plan_import(demo, tmp_path / "people.xlsx")
    with pytest.raises(ImportFileError, match="no such file"):
        plan_plan_import(demo, tmp_path / "missing.xlsx")
    (tmp_path / "plan.csv").write_text("Action code\n1.1\n", encoding="utf-8")
    with pytest.raises(PlanImportError, match=r"Excel workbook \(\.xlsx\)"):
        plan_plan_import(demo, tmp_path / "plan.csv")


def test_translated_headers_are_written_and_read_back(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    polish = {"Actions": "Działania", "Title": "Tytuł", "Action code": "Kod działania",
              "Status": "Stan"}  # fmt: skip

    def fake_translate(context: str, text: str, *args: object) -> str:
        return polish.get(text, text) if context == "PlanColumns" else text

    monkeypatch.setattr(plan_import_sheets, "translate", fake_translate)
    exported = write_plan_workbook(demo, tmp_path / "plan.xlsx").path
    book = Book(exported)
    assert book.workbook.sheetnames[0] == "Działania"
    assert book.headers("Działania")[1:3] == ["Kod działania", "Tytuł"]
    assert not plan_plan_import(demo, exported).changes_anything
    monkeypatch.undo()
    english = write_plan_workbook(demo, tmp_path / "english.xlsx").path
    monkeypatch.setattr(plan_import_sheets, "translate", fake_translate)
    assert not plan_plan_import(demo, english).changes_anything


# --- A list of measurements -----------------------------------------------------------------


def measurement_values(database: Database, code: str) -> list[tuple[date, float]]:
    indicator = store.find(database, r.Indicator, code=code)[0]
    return [
        (x.measured_on, x.value)
        for x in store.find(database, r.Measurement, indicator_id=indicator.id)
    ]


def test_a_csv_of_measurements_with_semicolons_and_a_bom(demo: Database, tmp_path: Path) -> None:
    stored = measurement_values(demo, "KOS-01")
    first_day, first_value = stored[0]
    lines = [
        "Indicator code;Date;Value;Value women;Value men;Source note",
        "KOS-01;2025-12-31;30;20;10;Register 2025",
        "KOS-01;31.12.2025;30;20;10;again",
        f"KOS-01;{first_day.isoformat()};{str(first_value).replace('.', ',')};;;stored already",
        "PROC-05;2025-09-30;19,5;;;Q3",
    ]
    path = tmp_path / "pomiary.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    preview = plan_measurement_import(demo, path)
    assert (preview.encoding, preview.delimiter, preview.add_only) == ("utf-8-sig", ";", True)
    sheet = preview.sheets["measurements"]
    assert [(row.row, row.status) for row in sheet.rows] == [
        (2, "create"), (3, "skip"), (4, "skip"), (5, "create"),
    ]  # fmt: skip
    assert sheet.rows[1].skip_reason == "it repeats row 2."
    assert sheet.rows[2].skip_reason == "the same indicator, date and value are stored already."
    summary = apply_measurement_import(demo, preview)
    assert (summary.created, summary.sheets["measurements"].skipped) == (2, 2)
    assert measurement_values(demo, "KOS-01")[-1] == (date(2025, 12, 31), 30.0)
    assert (date(2025, 9, 30), 19.5) in measurement_values(demo, "PROC-05")
    with demo.reading() as session:
        shares = session.execute(
            sa.select(m.MeasurementBreakdown.category, m.MeasurementBreakdown.value)
            .join(m.Measurement, m.Measurement.id == m.MeasurementBreakdown.measurement_id)
            .where(m.Measurement.measured_on == date(2025, 12, 31))
            .order_by(m.MeasurementBreakdown.category)
        ).all()
    assert [tuple(s) for s in shares] == [("female", 20.0), ("male", 10.0)]
    again = plan_measurement_import(demo, path)
    assert not again.changes_anything
    assert again.counts["measurements"].skipped == 4


def test_a_preview_older_than_the_last_save_writes_nothing(demo: Database, tmp_path: Path) -> None:
    """Two imports of one list checked before either is applied: the second finds the plan
    changed (inside its writing transaction) and adds nothing twice."""
    path = tmp_path / "pomiary.csv"
    path.write_text("Indicator code;Date;Value\nKOS-01;2025-12-31;30\n", encoding="utf-8")
    first = plan_measurement_import(demo, path)
    second = plan_measurement_import(demo, path)
    assert first.counts["measurements"].creates == 1
    assert apply_measurement_import(demo, first).created == 1
    before = dump(demo)
    with pytest.raises(PlanChangedError, match=r"^pomiary\.csv: the plan was changed"):
        apply_measurement_import(demo, second)
    with pytest.raises(PlanChangedError):
        apply_measurement_import(demo, second, dry_run=True)
    assert dump(demo) == before
    assert [v for v in measurement_values(demo, "KOS-01") if v[0] == date(2025, 12, 31)] == [
        (date(2025, 12, 31), 30.0)
    ]
    # Checked again, the list is seen as stored already.
    assert not plan_measurement_import(demo, path).changes_anything


def test_a_measurement_list_names_its_bad_rows(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text(
        "indicator,date,value\nNOPE,2025-01-01,1\nKOS-01,,2\nKOS-01,2019-01-01,3\n",
        encoding="utf-8",
    )
    preview = plan_measurement_import(demo, path)
    assert [str(p) for p in preview.problems] == [
        "m.csv, row 2, indicator: no indicator has the code NOPE.",
        "m.csv, row 3, date: This field is required.",
    ]
    assert [w.row for w in preview.warnings] == [4]
    before = dump(demo)
    with pytest.raises(ValidationError):
        apply_measurement_import(demo, preview)
    assert dump(demo) == before


def test_measurements_read_from_the_plan_workbook(demo: Database, exported: Path) -> None:
    preview = plan_measurement_import(demo, exported)
    assert preview.sheets["measurements"].sheet == "Measurements"
    assert preview.counts["measurements"].skipped == preview.counts["measurements"].rows > 0
    with pytest.raises(Exception, match="plan workbook"):
        apply_measurement_import(demo, plan_plan_import(demo, exported))


# --- Size -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_large_demo_round_trips_unchanged(database: Database, tmp_path: Path) -> None:
    build_demo(database, "large", seed=3)
    done = write_plan_workbook(database, tmp_path / "large.xlsx")
    assert (done.actions, done.counts["funding"], done.measurements) == (2000, 4000, 50000)
    before = counts(database)
    preview = plan_plan_import(database, done.path)
    assert preview.valid
    assert not preview.changes_anything
    assert sum(c.unchanged for c in preview.counts.values()) == sum(done.counts.values())
    book = Book(done.path)
    book.set("Actions", 2, "Progress %", 1 + (book.get("Actions", 2, "Progress %") or 0) % 99)
    preview = plan_plan_import(database, book.save())
    assert only_row(preview).changes.keys() == {"progress_percent"}
    assert apply_plan_import(database, preview).updated == 1
    assert counts(database) == before


def test_funding_status_words(demo: Database, exported: Path) -> None:
    """Labels, stored codes and usual words all name a funding status."""
    book = Book(exported)
    rows = [book.row_of("Funding", Action_code=code) for code in ("1.1.1", "1.1.2")]
    book.set("Funding", rows[0], "Status", "SECURED")
    book.set("Funding", rows[1], "Status", "applied")
    preview = plan_plan_import(demo, book.save())
    assert preview.counts["funding"].updates == 1
    apply_plan_import(demo, preview)
    assert funding_of(demo, "1.1.2")[0][2] == FundingStatus.APPLIED.value
