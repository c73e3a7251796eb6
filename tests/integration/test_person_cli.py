"""``lagdesk person export|erase`` as a user meets it: files written, confirmation, errors."""

import io
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from lagdesk import cli
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import AttendanceStatus, Gender, MeetingType, Sector
from lagdesk.db.database import open_database

MODULE = "lagdesk.cli.person"


def test_the_commands_are_wired_into_the_cli() -> None:
    assert MODULE in cli.COMMAND_MODULES


@pytest.fixture
def city(db_path: Path) -> Path:
    """Anna Nowak at two meetings; two people who share one e-mail."""
    with open_database(db_path) as database:
        civic = store.save(database, r.Organisation(name="Fundacja", sector=Sector.CIVIC))
        anna, *_ = store.save_all(
            database,
            [
                r.Person(
                    first_name="Anna",
                    last_name="Nowak",
                    organisation_id=civic.id,
                    gender=Gender.FEMALE,
                    email="anna.nowak@example.org",
                ),
                r.Person(first_name="Piotr", last_name="Zieliński", email="biuro@example.org"),
                r.Person(first_name="Ewa", last_name="Zielińska", email="Biuro@Example.org"),
            ],
        )
        for day in (5, 12):
            meeting = store.save(
                database,
                r.Meeting(
                    type=MeetingType.LOCAL_GROUP_MEETING,
                    title=f"ULG {day}",
                    starts_at=datetime(2024, 3, day, 16),
                ),
            )
            store.save(
                database,
                r.Attendance(
                    meeting_id=meeting.id,  # type: ignore[arg-type]
                    person_id=anna.id,  # type: ignore[arg-type]
                    status=AttendanceStatus.ATTENDED,
                ),
            )
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def people(path: Path) -> list[str]:
    with open_database(path, create=False) as database:
        return [person.last_name for person in store.find(database, r.Person)]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_export_writes_both_files(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "anna.json"
    code, stdout, err = run(
        capsys, "person", "export", "--db", str(city), "--person", "ANNA.NOWAK@example.org", "--out", str(out)
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert str(out) in stdout
    assert str(out.with_suffix(".html")) in stdout
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["last_name"] == "Nowak"
    assert len(json.loads(out.read_text(encoding="utf-8"))["attendance"]) == 2
    assert "Personal data held about Anna Nowak" in out.with_suffix(".html").read_text("utf-8")


def test_erase_with_yes(city: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, err = run(capsys, "person", "erase", "--db", str(city), "--person", "1", "--yes")
    assert (code, err) == (0, "")
    assert "Erased Anna Nowak." in stdout
    assert "Meetings kept as anonymous counts: 2." in stdout
    assert "attendance records 2" in stdout
    assert people(city) == ["Zieliński", "Zielińska"]


def test_erase_without_yes_and_without_a_terminal_refuses(
    city: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("yes\n"))
    code, stdout, err = run(capsys, "person", "erase", "--db", str(city), "--person", "1")
    assert code == 1
    assert stdout == ""
    assert len(err.strip().splitlines()) == 1
    assert "--yes" in err
    assert "Nowak" in people(city)


@pytest.mark.parametrize(
    ("answer", "erased"), [("yes", True), ("y", True), ("no", False), ("", False)]
)
def test_erase_asks_on_a_terminal(
    city: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    erased: bool,
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal())
    questions: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: questions.append(prompt) or answer)
    code, stdout, _ = run(capsys, "person", "erase", "--db", str(city), "--person", "1")
    assert "Erase Anna Nowak (id 1)" in questions[0]
    assert code == (0 if erased else 1)
    assert ("Nowak" not in people(city)) is erased
    assert ("Nothing was erased." in stdout) is not erased


@pytest.mark.parametrize("action", ["export", "erase"])
@pytest.mark.parametrize("key", ["999", "nobody@example.org"])
def test_an_unknown_person_is_one_line(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], action: str, key: str
) -> None:
    extra = ["--out", str(tmp_path / "x.json")] if action == "export" else ["--yes"]
    code, stdout, err = run(capsys, "person", action, "--db", str(city), "--person", key, *extra)
    assert code == 1
    assert stdout == ""
    assert err.count("\n") == 1
    assert err.startswith("lagdesk: No person with the id or e-mail")
    assert "Traceback" not in err
    assert not (tmp_path / "x.json").exists()


def test_an_ambiguous_email_lists_the_ids(city: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "person", "erase", "--db", str(city), "--person", "biuro@example.org", "--yes"
    )
    assert code == 1
    assert err.count("\n") == 1
    assert "ids 2, 3" in err
    assert people(city) == ["Nowak", "Zieliński", "Zielińska"]


def test_a_missing_database_is_one_line_and_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite"
    code, _, err = run(capsys, "person", "erase", "--db", str(missing), "--person", "1", "--yes")
    assert code == 1
    assert err.count("\n") == 1
    assert not missing.exists()


def test_person_without_an_action_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["person"])
    assert caught.value.code == 2


def test_the_installed_command_runs_end_to_end(city: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lagdesk", "person", "erase", "--db", str(city), "--person", "1"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 1
    assert "--yes" in result.stderr
    assert "Traceback" not in result.stderr
