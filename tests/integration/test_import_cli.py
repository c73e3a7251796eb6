"""`lagdesk import stakeholders` and `lagdesk export stakeholders` as a user meets them:
exit codes 0/1/2, one line per problem, never a traceback, nothing half-written."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lagdesk import cli

MODULE = "lagdesk.cli.stakeholders"


def test_the_commands_are_wired_into_the_cli() -> None:
    assert MODULE in cli.COMMAND_MODULES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    tables = ("organisation", "person", "stakeholder_group", "group_membership",
              "power_interest_assessment")  # fmt: skip
    with sqlite3.connect(path) as connection:
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_file, tmp_path / "demo.sqlite"))


def people_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])


def test_export_then_dry_run_import_reports_nothing_to_do(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "people.xlsx"
    code, out, err = run(
        capsys, "export", "stakeholders", "--db", str(demo), "--out", str(out_file)
    )
    assert (code, err) == (0, "")
    people = people_count(demo)
    assert f"{people} people" in out
    before = dump(demo)
    code, out, err = run(
        capsys, "import", "stakeholders", "--db", str(demo), str(out_file), "--dry-run"
    )
    assert (code, err) == (0, "")
    assert "Dry run: nothing was written." in out
    assert f"Created: 0. Updated: 0. Unchanged: {people}. Skipped: 0. Rejected: 0." in out
    code, out, _ = run(
        capsys,
        "import",
        "stakeholders",
        "--db",
        str(demo),
        str(out_file),
        "--on-duplicate",
        "update",
    )
    assert code == 0
    assert f"Unchanged: {people}." in out
    assert dump(demo) == before


def test_invalid_rows_stop_the_import_with_one_line_each(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "Imię;Nazwisko;E-mail;Organizacja;Sektor\r\n"
        "Anna;Nowak;anna(at)um.pl;Nowa Fundacja;civic\r\n"
        "Jan;Kowalski;jan@um.example;;\r\n"
        ";;x@y.pl;;\r\n",
        encoding="cp1250",
    )
    before = dump(demo)
    code, out, err = run(capsys, "import", "stakeholders", "--db", str(demo), str(path))
    assert code == 1
    assert err.splitlines() == [
        "lagdesk: people.csv, row 2, E-mail: anna(at)um.pl is not an e-mail address.",
        "lagdesk: people.csv, row 4, Nazwisko: This field is required.",
        "lagdesk: 2 row(s) refused; nothing was imported. Correct the file,"
        " or add --skip-invalid to import the other rows.",
    ]
    assert "Windows-1250" in out
    assert "separator ;" in out
    assert dump(demo) == before

    code, out, err = run(
        capsys, "import", "stakeholders", "--db", str(demo), str(path), "--skip-invalid"
    )
    assert (code, err) == (0, "")
    assert "Created: 1. Updated: 0. Unchanged: 0. Skipped: 0. Rejected: 2." in out
    assert "Rejected: people.csv, row 2, E-mail: anna(at)um.pl is not an e-mail address." in out
    assert people_count(demo) == len(before["person"]) + 1


def test_an_explicit_encoding_is_used(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lv.csv"
    path.write_bytes("Vārds,Uzvārds\r\nĢirts,Ļaudāts\r\n".encode("cp1257"))
    code, out, _ = run(
        capsys, "import", "stakeholders", "--db", str(demo), str(path), "--encoding", "cp1257"
    )
    assert code == 0
    assert "Created: 1." in out
    with sqlite3.connect(demo) as connection:
        assert connection.execute("SELECT 1 FROM person WHERE last_name='Ļaudāts'").fetchone()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "photo.xlsx",
            b"\x89PNG\r\n\x1a\n" + bytes(64),
            "photo.xlsx: this is not an Excel workbook",
        ),
        ("empty.csv", b"", "empty.csv: the file is empty."),
        ("nobody.csv", b"First name\r\nAnna\r\n", "nobody.csv: no column holds the last name"),
    ],
)
def test_a_file_that_cannot_be_read_is_one_line(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    expected: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = dump(demo)
    code, out, err = run(capsys, "import", "stakeholders", "--db", str(demo), str(path))
    assert code == 1
    assert len(err.splitlines()) == 1
    assert err.startswith(f"lagdesk: {expected}")
    assert out == ""
    assert dump(demo) == before


def test_a_missing_database_or_file_is_one_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "import", "stakeholders", "--db", str(demo), str(tmp_path / "no.csv")
    )
    assert (code, err) == (1, "lagdesk: no.csv: no such file.\n")
    code, _, err = run(capsys, "import", "stakeholders", str(tmp_path / "no.csv"))
    assert code == 1
    assert "no such file" in err
    assert len(err.splitlines()) == 1
    code, _, err = run(capsys, "export", "stakeholders", "--out", str(tmp_path / "x.xlsx"))
    assert code == 1
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "stakeholders", "people.csv", "--on-duplicate", "merge"],
        ["import", "stakeholders"],
        ["import", "meetings", "people.csv"],
        ["export", "stakeholders"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_export_keeps_an_existing_file_unless_forced(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "people.xlsx"
    target.write_bytes(b"keep me")
    code, _, err = run(capsys, "export", "stakeholders", "--db", str(demo), "--out", str(target))
    assert code == 1
    assert err.splitlines() == [
        f"lagdesk: {target} exists already; choose another name or add --force."
    ]
    assert target.read_bytes() == b"keep me"
    code, _, _ = run(
        capsys, "export", "stakeholders", "--db", str(demo), "--out", str(target), "--force"
    )
    assert code == 0
    assert target.read_bytes().startswith(b"PK")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_real_process_prints_no_traceback(demo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    result = subprocess.run(
        [sys.executable, "-m", "lagdesk", "import", "stakeholders", "--db", str(demo), str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "lagdesk: bad.xlsx: the workbook is damaged or incomplete; open it in Excel or"
        " LibreOffice and save it again."
    ]
