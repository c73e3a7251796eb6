"""The command line as a user meets it: exit codes, one-line errors, JSON and TSV output."""

import argparse
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lagdesk import cli
from lagdesk.core.reporting import listing
from lagdesk.db.database import open_database
from tests.integration.pdftext import has, pdf_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def handler_modules(parser: argparse.ArgumentParser) -> set[str]:
    """The modules whose functions handle a command of `parser`, at any depth."""
    found: set[str] = set()
    handler = parser.get_default("handler")
    if handler is not None:
        found.add(handler.__module__)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for subparser in action.choices.values():
                found |= handler_modules(subparser)
    return found


def test_every_cli_module_is_listed_and_adds_a_command() -> None:
    folder = Path(cli.__file__).parent
    modules = {f"lagdesk.cli.{p.stem}" for p in folder.glob("*.py") if p.stem != "__init__"}
    assert modules == set(cli.COMMAND_MODULES)
    assert modules <= handler_modules(cli.build_parser())


def test_the_handler_scan_sees_a_module_that_adds_nothing() -> None:
    parser = argparse.ArgumentParser()
    parser.add_subparsers().add_parser("demo").set_defaults(handler=cli.main)
    assert handler_modules(parser) == {"lagdesk.cli"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "koszalin.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LAGDESK_DATA_DIR", str(folder / "data"))
        assert cli.main(["demo", "--db", str(path)]) == 0
    return path


def test_demo_then_check_is_sound(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--db", str(demo_db))
    assert code == 0
    assert "sound" in out


def test_demo_refuses_a_database_with_data(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_db.stat().st_size
    code, _, err = run(capsys, "demo", "--db", str(demo_db))
    assert code == 1
    assert str(demo_db.name) in err
    assert "Traceback" not in err
    assert demo_db.stat().st_size == before


@pytest.mark.parametrize(
    ("subject", "keys"),
    [
        ("people", {"id", "first_name", "last_name", "organisation", "email"}),
        ("organisations", {"id", "name", "sector"}),
        ("meetings", {"id", "type", "title", "start"}),
        ("actions", {"id", "code", "title", "objective_code", "start", "end", "status"}),
        (
            "indicators",
            {
                "id",
                "code",
                "name",
                "unit",
                "level",
                "accumulation",
                "baseline_value",
                "baseline_date",
                "target_value",
                "target_date",
            },
        ),
        ("measurements", {"id", "indicator_code", "date", "value"}),
    ],
)
def test_list_json_objects_carry_the_fields(
    demo_db: Path, capsys: pytest.CaptureFixture[str], subject: str, keys: set[str]
) -> None:
    code, out, _ = run(capsys, "list", subject, "--db", str(demo_db), "--format", "json")
    assert code == 0
    items = json.loads(out)
    assert isinstance(items, list)
    assert items, f"the demo has {subject}"
    assert all(keys <= set(item) for item in items)


def test_meeting_start_is_iso_with_offset(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import datetime

    _, out, _ = run(capsys, "list", "meetings", "--db", str(demo_db), "--format", "json")
    for meeting in json.loads(out):
        start = datetime.fromisoformat(meeting["start"])
        assert start.utcoffset() is not None


def test_indicator_dates_are_iso(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    _, out, _ = run(capsys, "list", "indicators", "--db", str(demo_db), "--format", "json")
    dated = [item for item in json.loads(out) if item["baseline_date"]]
    assert dated
    for item in dated:
        date.fromisoformat(item["baseline_date"])


def test_list_indicators_progress_as_of(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def listed(*extra: str) -> dict[str, dict[str, object]]:
        code, out, err = run(
            capsys, "list", "indicators", "--db", str(demo_db), "--format", "json", *extra
        )
        assert (code, err) == (0, "")
        return {item["code"]: item for item in json.loads(out)}

    def progress(item: dict[str, object]) -> tuple[object, object, object]:
        return item["current_value"], item["progress"], item["status"]

    end_2024 = listed("--as-of", "2024-12-31")
    # KOS-01, latest, 0 -> 30: 27 on 2024-12-31 is 0.9 (expected 462/827 days): on track.
    assert progress(end_2024["KOS-01"]) == (27.0, 0.9, "on_track")
    # PROC-09, cumulative 0 -> 40: 9 by then, 0.225 against 0.9 x 365/1095 = 0.3: at risk.
    assert progress(end_2024["PROC-09"]) == (9.0, 0.225, "at_risk")
    # PROC-10 has a baseline, a target and no measurement; PROC-01 has nothing at all.
    assert progress(end_2024["PROC-10"]) == (0.0, 0.0, "no_data")
    assert progress(end_2024["PROC-01"]) == (None, None, "no_data")
    # A year on: KOS-01 still at 0.9 and its target date passed: exactly 0.9 x 1, on track;
    # PROC-19 (strategy adopted, yes/no, due 2025-12-31) still 0: off track.
    later = listed("--as-of", "2026-01-01")
    assert progress(later["KOS-01"]) == (27.0, 0.9, "on_track")
    assert progress(later["PROC-19"]) == (0.0, 0.0, "off_track")
    # Before any measurement of KOS-01 (the first is 2023-12-31): the baseline, no data.
    assert progress(listed("--as-of", "2023-10-01")["KOS-01"]) == (0.0, 0.0, "no_data")
    # Without --as-of: today's statuses, always one of the five codes.
    statuses = {"no_data", "achieved", "on_track", "at_risk", "off_track"}
    assert {item["status"] for item in listed().values()} <= statuses

    code, out, _ = run(capsys, "list", "indicators", "--db", str(demo_db), "--as-of", "2024-12-31")
    assert code == 0
    header, *lines = out.splitlines()
    assert header.split("\t")[-3:] == ["current_value", "progress", "status"]
    by_code = {line.split("\t")[1]: line.split("\t")[-3:] for line in lines}
    assert by_code["KOS-01"] == ["27.0", "0.9", "on_track"]
    assert by_code["PROC-01"] == ["", "", "no_data"]

    for bad in ("2024-13-01", "31/12/2024", "2024-W01-1", "today"):
        with pytest.raises(SystemExit) as caught:
            cli.main(["list", "indicators", "--db", str(demo_db), "--as-of", bad])
        assert caught.value.code == 2
        err = capsys.readouterr().err
        assert f"argument --as-of: '{bad}' is not a date; write it as YYYY-MM-DD" in err
    code, _, err = run(capsys, "list", "people", "--db", str(demo_db), "--as-of", "2024-12-31")
    assert code == 1
    assert "--as-of" in err


def test_list_people_matches_the_raw_table(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "list", "people", "--db", str(demo_db), "--format", "json")
    people = json.loads(out)
    connection = sqlite3.connect(demo_db)
    rows = dict(connection.execute("SELECT id, last_name FROM person").fetchall())
    connection.close()
    assert {p["id"]: p["last_name"] for p in people} == rows


def test_list_tsv_has_a_header_and_one_line_per_row(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "list", "organisations", "--db", str(demo_db))
    lines = out.splitlines()
    assert lines[0].split("\t")[:3] == ["id", "name", "sector"]
    connection = sqlite3.connect(demo_db)
    (count,) = connection.execute("SELECT count(*) FROM organisation").fetchone()
    connection.close()
    assert len(lines) == count + 1


def test_global_db_option_before_the_command(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db), "list", "actions", "--format", "json")
    assert code == 0
    assert json.loads(out)


def test_backup_makes_a_sound_copy(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "copy.sqlite"
    code, _, _ = run(capsys, "backup", "--db", str(demo_db), "--out", str(out_file))
    assert code == 0
    assert run(capsys, "check", "--db", str(out_file))[0] == 0
    code, _, err = run(capsys, "backup", "--db", str(demo_db), "--out", str(out_file))
    assert code == 1
    assert "--force" in err


def test_backup_into_a_missing_folder(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "backup", "--db", str(demo_db), "--out", str(tmp_path / "no" / "x.sqlite")
    )
    assert code == 1
    assert "does not exist" in err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "list", "people", "--db", str(tmp_path / "none.sqlite"))
    assert code == 1
    assert "no such file" in one_line_error(err)
    assert not (tmp_path / "none.sqlite").exists()


def test_foreign_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    for command in (["list", "people"], ["check"], ["backup", "--out", str(tmp_path / "b.sqlite")]):
        code, _, err = run(capsys, *command, "--db", str(path))
        assert code == 1
        assert "not a lagdesk database" in one_line_error(err)


def test_corrupt_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    code, _, err = run(capsys, "list", "people", "--db", str(path))
    assert code == 1
    one_line_error(err)


def test_locked_file(locked_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "list", "people", "--db", str(locked_db))
    assert code == 1
    assert "in use by another program" in one_line_error(err)


def test_check_lists_each_problem(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_database(db_path).close()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute(
        "INSERT INTO person (id, last_name, organisation_id) VALUES (1, 'Nowak', 999)"
    )
    connection.execute(
        "INSERT INTO attendance (meeting_id, person_id, status) VALUES (777, 1, 'attended')"
    )
    connection.commit()
    connection.close()
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 1
    assert "2 problem" in out
    assert "person" in out
    assert "attendance" in out


def test_check_on_a_newer_file(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_database(db_path).close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num='9999_future'")
    connection.commit()
    connection.close()
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 1
    assert "newer" in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ["list"],
        ["list", "cats"],
        ["demo", "--size", "huge"],
        ["frobnicate"],
        ["--lang", "xx", "check"],
    ):
        with pytest.raises(SystemExit) as caught:
            cli.main(argv)
        assert caught.value.code == 2
    capsys.readouterr()


def test_an_unexpected_error_is_one_line_naming_the_log(
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    isolated_dirs: Path,
) -> None:
    open_database(db_path).close()

    def broken(database: object) -> None:
        raise ZeroDivisionError("bug")

    monkeypatch.setitem(listing.LISTINGS, "people", broken)
    code, _, err = run(capsys, "list", "people", "--db", str(db_path))
    assert code == 1
    line = one_line_error(err)
    assert "ZeroDivisionError" in line
    log = isolated_dirs / "data" / "logs" / "lagdesk-cli.log"
    assert "Traceback" in log.read_text()


def test_lang_option_is_accepted_everywhere(tmp_path: Path) -> None:
    """Run in a child: --lang starts a QCoreApplication, which a test process must not keep."""
    for argv in (["--lang", "pl", "list", "people"], ["check", "--lang", "bg"]):
        result = subprocess.run(
            [sys.executable, "-m", "lagdesk", *argv, "--db", str(tmp_path / "none.sqlite")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_pdf_plan_is_written_in_another_language(demo_db: Path, tmp_path: Path) -> None:
    """A child process, as a user runs it: --lang loads catalogues into a QCoreApplication,
    which the PDF writer replaces by a QGuiApplication (once that left the catalogues of
    the dead application behind and the export failed)."""
    out = tmp_path / "plan.pdf"
    argv = ["export", "iap", "--lang", "ro", "--db", str(demo_db), "--out", str(out)]
    result = subprocess.run(
        [sys.executable, "-m", "lagdesk", *argv], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "pagini" in result.stdout  # the message is Romanian too
    assert out.read_bytes().startswith(b"%PDF")
    if has("pdftotext"):
        assert "Plan Integrat de Acțiune" in pdf_text(out, 1)


def test_python_dash_m_runs_the_same_cli(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lagdesk", "list", "people", "--db", str(tmp_path / "none.sqlite")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("lagdesk: ")
    assert "Traceback" not in result.stderr
