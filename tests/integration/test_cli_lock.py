"""The command line inside the file's lock: every command that changes the file takes the
lock a lagdesk window takes, refuses at once while it is held (exit 1, one line, nothing
written) or waits with --wait SECONDS; commands that only read work while it is held."""

from __future__ import annotations

import csv
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lagdesk import cli
from lagdesk.core.support.file_lock import HeldLock, acquire_lock, lock_path
from lagdesk.ui.shell.opening import open_file

PEOPLE = 300
IN_USE = "is open in lagdesk (a window or another command); nothing was changed."


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_people(path: Path, count: int = PEOPLE) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Organisation", "Sector", "First name", "Last name", "Email"])
        for number in range(count):
            writer.writerow(
                [f"Organisation {number % 24}", "civic", f"Jan {number}", f"Kowalski {number}",
                 f"jan.{number}@example.org"]
            )  # fmt: skip
    return path


def people_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])


def fingerprint(path: Path) -> str:
    """The file's content as SQLite reads it (the WAL included)."""
    with sqlite3.connect(path) as connection:
        dump = "\n".join(connection.iterdump())
    return hashlib.sha256(dump.encode()).hexdigest()


@pytest.fixture
def city(demo_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_file, tmp_path / "Koszalin.sqlite")).resolve()


@pytest.fixture
def held(city: Path) -> Iterator[HeldLock]:
    """The file's lock, held as a lagdesk window holds it."""
    lock = acquire_lock(city)
    assert lock is not None
    yield lock
    lock.release()


INVITATION = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\nBEGIN:VEVENT\r\n"
    b"UID:1@example.org\r\nSUMMARY:Co-design workshop\r\n"
    b"DTSTART;TZID=Europe/Warsaw:20241010T100000\r\n"
    b"DTEND;TZID=Europe/Warsaw:20241010T130000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def writing_commands(city: Path, folder: Path) -> dict[str, list[str]]:
    invite = folder / "invite.ics"
    invite.write_bytes(INVITATION)
    people = write_people(folder / "people.csv", 3)
    return {
        "demo": ["demo"],
        "import stakeholders": ["import", "stakeholders", str(people)],
        "import stakeholders --dry-run": ["import", "stakeholders", str(people), "--dry-run"],
        "import plan": ["import", "plan", str(folder / "plan.xlsx")],
        "import measurements": ["import", "measurements", str(people)],
        "import calendar": ["import", "calendar", str(invite)],
        "person erase": ["person", "erase", "--person", "1", "--yes"],
    }


WRITING = [
    "demo",
    "import stakeholders",
    "import stakeholders --dry-run",
    "import plan",
    "import measurements",
    "import calendar",
    "person erase",
]


@pytest.mark.parametrize("command", WRITING)
def test_a_writing_command_refuses_a_file_open_in_lagdesk(
    command: str,
    city: Path,
    held: HeldLock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = fingerprint(city)
    argv = writing_commands(city, tmp_path)[command]
    code, out, err = run(capsys, *argv, "--db", str(city))
    assert code == 1
    assert err == (
        f"lagdesk: {city} {IN_USE} Close it there and try again,"
        " or add --wait SECONDS to wait for it.\n"
    )
    assert "Traceback" not in out + err
    assert fingerprint(city) == before


def test_a_file_open_in_the_window_is_refused_by_an_import(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_file(city)
    try:
        people = people_count(city)
        code, _, err = run(
            capsys,
            "import",
            "stakeholders",
            "--db",
            str(city),
            str(write_people(tmp_path / "p.csv")),
        )
        assert code == 1
        assert IN_USE in err
        assert people_count(city) == people
    finally:
        window.close()
    # Once the window has closed the file, the same command goes ahead.
    code, out, _ = run(capsys, "import", "stakeholders", "--db", str(city), str(tmp_path / "p.csv"))
    assert code == 0
    assert "Created: 300." in out
    assert not lock_path(city).exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "people"],
        ["check"],
        ["export", "stakeholders", "--out", "{out}/people.xlsx"],
        ["backup", "--out", "{out}/copy.sqlite"],
        ["person", "export", "--person", "1", "--out", "{out}/person.json"],
    ],
    ids=["list", "check", "export", "backup", "person-export"],
)
def test_reading_commands_work_while_the_file_is_open(
    argv: list[str],
    city: Path,
    held: HeldLock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = [part.format(out=tmp_path) for part in argv]
    code, _, err = run(capsys, *argv, "--db", str(city))
    assert (code, err) == (0, "")


def test_wait_gives_up_after_its_seconds(
    city: Path, held: HeldLock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = people_count(city)
    code, _, err = run(
        capsys,
        "import",
        "stakeholders",
        "--db",
        str(city),
        str(write_people(tmp_path / "p.csv")),
        "--wait",
        "0.3",
    )
    assert code == 1
    waiting, refused = err.splitlines()
    assert waiting == (
        f"waiting for {city}: it is open in lagdesk (a window or another command) (up to 0.3 s)…"
    )
    assert refused == (
        f"lagdesk: {city} is still open in lagdesk (a window or another command) after 0.3 s;"
        " nothing was changed."
    )
    assert people_count(city) == people


def test_wait_must_be_a_number(city: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        cli.main(["demo", "--db", str(city), "--wait", "soon"])
    assert usage.value.code == 2
    assert "--wait" in capsys.readouterr().err


def lagdesk(*argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "lagdesk", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(child: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = child.communicate()
    return child.returncode, out, err


def test_an_import_waits_for_the_window_then_imports(city: Path, tmp_path: Path) -> None:
    people = people_count(city)
    file = write_people(tmp_path / "people.csv")
    lock = acquire_lock(city)
    assert lock is not None
    try:
        waiter = lagdesk("import", "stakeholders", "--db", str(city), str(file), "--wait", "600")
        refused = lagdesk("import", "stakeholders", "--db", str(city), str(file))
        code, out, err = finish(refused)
        assert (code, out) == (1, "")
        assert err.startswith(f"lagdesk: {city} {IN_USE}")
        assert waiter.stderr is not None
        assert waiter.stderr.readline().startswith(f"waiting for {city}: it is open in lagdesk")
        assert people_count(city) == people
    finally:
        lock.release()
    code, out, err = finish(waiter)
    assert (code, err) == (0, "")
    assert f"Created: {PEOPLE}." in out
    assert people_count(city) == people + PEOPLE


def test_two_imports_of_one_file_at_once_with_wait_add_everyone_once(
    city: Path, tmp_path: Path
) -> None:
    people = people_count(city)
    file = write_people(tmp_path / "people.csv")
    children = [
        lagdesk("import", "stakeholders", "--db", str(city), str(file), "--wait", "600")
        for _ in range(2)
    ]
    results = [finish(child) for child in children]
    assert [code for code, _, _ in results] == [0, 0]
    assert people_count(city) == people + PEOPLE
    outputs = sorted(out for _, out, _ in results)
    assert any(f"Created: {PEOPLE}." in out for out in outputs)
    assert any("Created: 0." in out for out in outputs)
