"""`lagdesk export plan`, `lagdesk import plan` and `lagdesk import measurements` as a user
meets them: exit codes 0/1, one line per problem, never a traceback, nothing half-written."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from lagdesk import cli


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            t: connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables
        }


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_file, tmp_path / "demo.sqlite"))


@pytest.fixture
def exported(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "plan.xlsx"
    code, _out, err = run(capsys, "export", "plan", "--db", str(demo), "--out", str(out))
    assert (code, err) == (0, "")
    return out


def edit(path: Path, sheet: str, row: int, header: str, value: object) -> Path:
    workbook = openpyxl.load_workbook(path)
    headers = [cell.value for cell in workbook[sheet][1]]
    workbook[sheet].cell(row, headers.index(header) + 1).value = value
    out = path.with_name("edited.xlsx")
    workbook.save(out)
    return out


def test_export_says_what_it_wrote_and_refuses_to_overwrite(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.xlsx"
    code, text, err = run(capsys, "export", "plan", "--db", str(demo), "--out", str(out))
    assert (code, err) == (0, "")
    assert text == (
        f"15 actions, 25 funding lines, 22 indicators, 22 measurements and 8 risks written"
        f" to {out}.\n"
    )
    assert openpyxl.load_workbook(out).sheetnames[0] == "Actions"
    code, text, err = run(capsys, "export", "plan", "--db", str(demo), "--out", str(out))
    assert (code, text) == (1, "")
    assert err == f"lagdesk: {out} exists already; choose another name or add --force.\n"
    code, _text, err = run(
        capsys, "export", "plan", "--db", str(demo), "--out", str(out), "--force"
    )
    assert (code, err) == (0, "")
    code, _text, err = run(
        capsys, "export", "plan", "--db", str(demo), "--out", str(tmp_path / "plan.ods")
    )
    assert code == 1
    assert err == "lagdesk: plan.ods: the export is an Excel workbook; name it .xlsx.\n"


def test_an_unchanged_export_imports_as_nothing_to_do(
    demo: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(demo)
    code, text, err = run(capsys, "import", "plan", "--db", str(demo), str(exported))
    assert (code, err) == (0, "")
    assert text.splitlines() == [
        "plan.xlsx: Actions, Funding, Indicators, Measurements, Risks.",
        "Actions: 15 rows; new 0, changed 0, unchanged 15, invalid 0.",
        "Funding: 25 rows; new 0, changed 0, unchanged 25, removed 0, invalid 0.",
        "Indicators: 22 rows; new 0, changed 0, unchanged 22, invalid 0.",
        "Measurements: 22 rows; new 0, changed 0, unchanged 22, invalid 0.",
        "Risks: 8 rows; new 0, changed 0, unchanged 8, invalid 0.",
        "Nothing to import: the database already holds what the file says.",
    ]
    assert dump(demo) == before


def test_an_edit_is_previewed_then_imported(
    demo: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = edit(exported, "Actions", 2, "Progress %", 65)
    before = dump(demo)
    code, text, err = run(capsys, "import", "plan", "--db", str(demo), str(edited), "--dry-run")
    assert (code, err) == (0, "")
    assert "Actions: 15 rows; new 0, changed 1, unchanged 14, invalid 0." in text
    assert "  Actions, row 2 (1.1.1): Progress %: “60” -> “65”" in text
    assert text.endswith(
        "Dry run: nothing was written.\nThe import would create 0, update 1 and remove 0.\n"
    )
    assert dump(demo) == before
    code, text, err = run(capsys, "import", "plan", "--db", str(demo), str(edited))
    assert (code, err) == (0, "")
    assert text.endswith("Imported: 0 created, 1 updated, 0 removed.\n")
    with sqlite3.connect(demo) as connection:
        stored = connection.execute("SELECT progress_percent FROM action WHERE code = '1.1.1'")
        assert stored.fetchone() == (65,)


def test_bad_rows_exit_1_with_nothing_written(
    demo: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = edit(exported, "Actions", 3, "Objective code", "9.9")
    edited = edit(edited, "Risks", 2, "Likelihood (1-5)", 7)
    edited = edit(edited, "Actions", 4, "Title", "A good change that must wait")
    before = dump(demo)
    for extra in ((), ("--dry-run",)):
        code, text, err = run(capsys, "import", "plan", "--db", str(demo), str(edited), *extra)
        assert code == 1
        assert "Actions: 15 rows; new 0, changed 1, unchanged 13, invalid 1." in text
        assert "Traceback" not in err
        assert err.splitlines() == [
            "lagdesk: edited.xlsx, sheet Actions, row 3, Objective code: no objective has the"
            " code 9.9.",
            "lagdesk: edited.xlsx, sheet Risks, row 2, Likelihood (1-5): 7 is outside 1 to 5.",
            "lagdesk: 2 row(s) refused; nothing was imported. Correct the file and import it"
            " again.",
        ]
        assert dump(demo) == before


def test_files_that_cannot_be_read_are_one_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.xlsx"
    code, _text, err = run(capsys, "import", "plan", "--db", str(demo), str(missing))
    assert (code, err) == (1, "lagdesk: missing.xlsx: no such file.\n")
    csv_file = tmp_path / "plan.csv"
    csv_file.write_text("Action code\n1.1.1\n", encoding="utf-8")
    code, _text, err = run(capsys, "import", "plan", "--db", str(demo), str(csv_file))
    assert code == 1
    assert err == (
        "lagdesk: plan.csv: a plan is imported from an Excel workbook (.xlsx) as lagdesk"
        " exports it.\n"
    )


def test_measurements_from_a_semicolon_csv_with_a_bom(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pomiary.csv"
    rows = [
        "Indicator code;Date;Value;Source note",
        "KOS-01;2025-12-31;31,5;Register 2025",
        "KOS-01;2025-12-31;31,5;Register 2025",
        "PROC-05;2025-06-30;18,5;already stored",
    ]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode("utf-8"))
    code, text, err = run(capsys, "import", "measurements", "--db", str(demo), str(path))
    assert (code, err) == (0, "")
    assert text.splitlines() == [
        "pomiary.csv (UTF-8, separator ;): Measurements.",
        "Measurements: 3 rows; new 1, skipped 2, invalid 0.",
        "  Measurements, row 3 (KOS-01): skipped, it repeats row 2.",
        "  Measurements, row 4 (PROC-05): skipped, the same indicator, date and value are"
        " stored already.",
        "Imported: 1 created, 0 updated, 0 removed.",
    ]
    with sqlite3.connect(demo) as connection:
        found = connection.execute(
            "SELECT m.value, m.source_note FROM measurement m JOIN indicator i"
            " ON i.id = m.indicator_id WHERE i.code = 'KOS-01' AND m.measured_on = '2025-12-31'"
        ).fetchall()
    assert found == [(31.5, "Register 2025")]
    code, text, err = run(capsys, "import", "measurements", "--db", str(demo), str(path))
    assert (code, err) == (0, "")
    assert text.endswith("Nothing to import: the database already holds what the file says.\n")


def test_a_bad_measurement_row_exits_1(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.csv"
    path.write_text("Indicator code,Date,Value\nKOS-01,2025-12-31,30\nXX-9,2025-12-31,1\n")
    before = dump(demo)
    code, _text, err = run(
        capsys, "import", "measurements", "--db", str(demo), str(path), "--dry-run"
    )
    assert code == 1
    assert (
        err.splitlines()[0]
        == "lagdesk: m.csv, row 3, Indicator code: no indicator has the code XX-9."
    )
    assert dump(demo) == before


def test_measurements_from_a_workbook_sheet(
    demo: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text, err = run(
        capsys, "import", "measurements", "--db", str(demo), str(exported), "--dry-run"
    )
    assert (code, err) == (0, "")
    assert text.splitlines()[:2] == [
        "plan.xlsx: Measurements.",
        "Measurements: 22 rows; new 0, skipped 22, invalid 0.",
    ]
    code, _text, err = run(
        capsys, "import", "measurements", "--db", str(demo), str(exported), "--sheet", "Nope"
    )
    assert code == 1
    assert "the workbook has no sheet named Nope" in err
