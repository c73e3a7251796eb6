"""The stakeholder workbook read back: a real table, text that never runs as a formula,
and the round trip export -> edit -> import that changes exactly what was edited."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lagdesk.core.stakeholders.importing.applying import apply_import
from lagdesk.core.stakeholders.importing.columns import FIELDS, header
from lagdesk.core.stakeholders.importing.planning import plan_import
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import Sector
from lagdesk.db.database import Database, open_database
from lagdesk.errors import UserError
from lagdesk.reports.xlsx import stakeholders as stakeholder_xlsx
from lagdesk.reports.xlsx.safety import safe_cell
from lagdesk.reports.xlsx.stakeholders import export_stakeholders

INJECTIONS = [
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,1)",
    "\tTabbed",
    "\rReturn",
]


def dump(database: Database) -> dict[str, list[tuple[object, ...]]]:
    import sqlite3

    tables = ("organisation", "person", "stakeholder_group", "group_membership",
              "power_interest_assessment", "consent_record")  # fmt: skip
    with sqlite3.connect(database.path) as connection:
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Database:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    database = open_database(copy, create=False)
    yield database  # type: ignore[misc]
    database.close()


def test_the_workbook_is_a_real_table_with_the_import_columns(
    demo: Database, tmp_path: Path
) -> None:
    done = export_stakeholders(demo, tmp_path / "people.xlsx")
    assert done.people == store.count(demo, r.Person)
    workbook = load_workbook(done.path)
    assert workbook.sheetnames == ["People", "Organisations"]
    people = workbook["People"]
    assert [cell.value for cell in people[1]] == [header(name) for name in FIELDS]
    assert all(cell.font.bold for cell in people[1])
    assert people.freeze_panes == "A2"
    assert people.auto_filter.ref == f"A1:L{done.people + 1}"
    assert people.max_row == done.people + 1
    assert all(people.column_dimensions[letter].width >= 8 for letter in "ABCDEFGHIJKL")
    second = people[2]
    assert second[FIELDS.index("email")].number_format == "@"
    assert second[FIELDS.index("power")].data_type == "n"
    organisations = workbook["Organisations"]
    assert [cell.value for cell in organisations[1]] == [
        "Name", "Sector", "Subtype", "City", "Country", "Email", "Phone", "Notes",
    ]  # fmt: skip
    assert organisations.max_row == done.organisations + 1
    assert organisations.freeze_panes == "A2"


def test_text_that_looks_like_a_formula_is_written_as_text(
    database: Database, tmp_path: Path
) -> None:
    org = store.save(database, r.Organisation(name="=1+1", sector=Sector.CIVIC, notes="@x"))
    for number, text in enumerate(INJECTIONS):
        store.save(
            database,
            r.Person(
                first_name=text, last_name=f"P{number}", role=text, notes=text,
                phone="+48 94 000", organisation_id=org.id,
            ),
        )  # fmt: skip
    path = export_stakeholders(database, tmp_path / "inject.xlsx").path
    workbook = load_workbook(path)
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    people = workbook["People"]
    first_names = [row[FIELDS.index("first_name")] for row in people.iter_rows(min_row=2)]
    assert sorted(cell.value for cell in first_names) == sorted(INJECTIONS)
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in first_names)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)
                assert b"<f " not in archive.read(name)
    plan = plan_import(database, path)
    assert apply_import(database, plan, on_duplicate="update").unchanged == len(INJECTIONS)


def test_safe_cell_in_a_normal_sheet(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append([safe_cell(sheet, value) for value in ["=A1", "plain", 3, None, "bad\x01char"]])
    workbook.save(tmp_path / "cells.xlsx")
    row = next(load_workbook(tmp_path / "cells.xlsx").active.iter_rows())
    assert [(cell.value, cell.data_type) for cell in row[:3]] == [
        ("=A1", "s"),
        ("plain", "s"),
        (3, "n"),
    ]
    assert row[4].value == "badchar"


def test_export_then_import_back_changes_nothing(demo: Database, tmp_path: Path) -> None:
    before = dump(demo)
    path = export_stakeholders(demo, tmp_path / "round.xlsx").path
    plan = plan_import(demo, path)
    assert plan.problems == []
    assert plan.warnings == []
    assert plan.extra_columns == ()
    assert plan.counts.existing == plan.counts.rows == plan.counts.unchanged
    summary = apply_import(demo, plan, on_duplicate="update")
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, plan.counts.rows)
    assert dump(demo) == before


def test_an_edit_in_the_spreadsheet_is_exactly_what_the_import_changes(
    demo: Database, tmp_path: Path
) -> None:
    path = export_stakeholders(demo, tmp_path / "edit.xlsx").path
    workbook = load_workbook(path)
    sheet = workbook["People"]
    role = FIELDS.index("role") + 1
    edited_email = sheet.cell(row=2, column=FIELDS.index("email") + 1).value
    sheet.cell(row=2, column=role).value = "=new role"  # typed as text in a text cell
    sheet.cell(row=2, column=role).data_type = "s"
    sheet.append(["Nowa Fundacja", "Civic", "Ewa", "Zając", "Female", "", "ewa@nowa.example",
                  "", "Newsletter GenProcure Koszalin", 2, 5, ""])  # fmt: skip
    workbook.save(path)
    before = dump(demo)
    plan = plan_import(demo, path)
    changed = [row for row in plan.rows if row.changes]
    assert [list(row.changes) for row in changed] == [["role"]]
    summary = apply_import(demo, plan, on_duplicate="update")
    assert (summary.created, summary.updated, summary.organisations_created) == (1, 1, 1)
    after = dump(demo)
    assert len(after["person"]) == len(before["person"]) + 1
    (person,) = store.find(demo, r.Person, email=edited_email)
    assert person.role == "=new role"


def test_an_existing_file_is_kept_unless_replaced(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"precious")
    with pytest.raises(UserError, match="exists already"):
        export_stakeholders(demo, path)
    assert path.read_bytes() == b"precious"
    export_stakeholders(demo, path, overwrite=True)
    assert load_workbook(path).sheetnames == ["People", "Organisations"]
    with pytest.raises(UserError, match=r"name it \.xlsx"):
        export_stakeholders(demo, tmp_path / "people.csv")
    with pytest.raises(UserError, match="folder does not exist"):
        export_stakeholders(demo, tmp_path / "missing" / "people.xlsx")


def test_a_failed_rename_leaves_no_file_behind(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lagdesk.core.support import files

    def refuse(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", refuse)
    target = tmp_path / "out" / "people.xlsx"
    target.parent.mkdir()
    with pytest.raises(UserError, match="No space left on device"):
        stakeholder_xlsx.export_stakeholders(demo, target)
    assert list(target.parent.iterdir()) == []


def test_a_failed_save_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from lagdesk.reports.xlsx.safety import save_atomically

    class Broken(Workbook):  # type: ignore[misc]
        def save(self, filename: str) -> None:
            Path(filename).write_bytes(b"half")
            raise OSError(5, "Input/output error")

    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "people.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(OSError, match="Input/output"):
        save_atomically(Broken(), target)
    assert [p.name for p in folder.iterdir()] == ["people.xlsx"]
    assert target.read_bytes() == b"old"


def test_sheets_print_landscape_one_page_wide(tmp_path: Path) -> None:
    import openpyxl

    from lagdesk.db.database import open_database
    from lagdesk.demo import build_demo
    from lagdesk.reports.xlsx.stakeholders import export_stakeholders

    out = tmp_path / "people.xlsx"
    with open_database(tmp_path / "city.sqlite") as db:
        build_demo(db)
        export_stakeholders(db, out)
    for sheet in openpyxl.load_workbook(out).worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1
        assert sheet.print_title_rows == "$1:$1"
