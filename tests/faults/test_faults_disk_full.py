"""A full disk: every export and every write to the file says so in one line, naming the
file; nothing half-written stays, and the lagdesk file stays sound and unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from faultkit import Shown, count, dump, fill, lagdesk, plain_failure

from lagdesk.core.support.maintenance import check
from lagdesk.db.database import Database, open_database
from lagdesk.db.errors import DatabaseDiskFullError

EXPORTS = {
    "report": ["export", "report", "--out", "{disk}/report.xlsx"],
    "plan": ["export", "plan", "--out", "{disk}/plan.xlsx"],
    "stakeholders": ["export", "stakeholders", "--out", "{disk}/people.xlsx"],
    "iap-docx": ["export", "iap", "--out", "{disk}/iap.docx"],
    "iap-pdf": ["export", "iap", "--out", "{disk}/iap.pdf"],
    "iap-html": ["export", "iap", "--out", "{disk}/iap.html"],
    "charts": ["export", "charts", "--out", "{disk}/charts"],
    "calendar": ["export", "calendar", "--out", "{disk}/meetings.ics"],
    "sign-in": ["export", "attendance-sheet", "--meeting", "1", "--out", "{disk}/sign-in.pdf"],
}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_an_export_to_a_full_disk_is_one_line_and_leaves_nothing(
    name: str, demo: Path, small_disk: Path
) -> None:
    fill(small_disk, leave_bytes=2048)
    arguments = [part.format(disk=small_disk) for part in EXPORTS[name]]
    done = lagdesk("--db", str(demo), *arguments)
    target = Path(arguments[arguments.index("--out") + 1])
    line = plain_failure(done, target.name)
    assert "full" in line or "No space left" in line
    assert sorted(path.name for path in small_disk.iterdir()) == ["filler"]


def test_an_import_into_a_file_on_a_full_disk_changes_nothing(
    demo: Path, small_disk: Path, tmp_path: Path
) -> None:
    database_file = small_disk / "city.sqlite"
    shutil.copy(demo, database_file)
    before = dump(database_file)
    people = tmp_path / "people.csv"
    rows = [f"Name{n};Surname{n};p{n}@example.org;Org {n};civic" for n in range(3000)]
    people.write_text(
        "First name;Last name;E-mail;Organisation;Sector\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    fill(small_disk, leave_bytes=8192)
    done = lagdesk("import", "stakeholders", "--db", str(database_file), str(people))
    plain_failure(done, "city.sqlite", "full")
    (small_disk / "filler").unlink()
    assert check(database_file).sound
    assert dump(database_file) == before


def _grow_past(database: Database, limit_pages: int) -> None:
    with database.session() as session:
        connection = session.connection()
        connection.exec_driver_sql(f"PRAGMA max_page_count={limit_pages}")
        for number in range(5000):
            session.execute(
                sa.text("INSERT INTO person (first_name, last_name, email) VALUES (:f, :l, :e)"),
                {"f": "Ann" * 50, "l": f"Row {number}", "e": f"a{number}@example.org"},
            )


def test_a_write_past_the_files_size_limit_leaves_it_sound_and_unchanged(demo: Path) -> None:
    """SQLITE_FULL without a mount: the file may not grow past its current pages."""
    before = dump(demo)
    people = count(demo, "person")
    pages = demo.stat().st_size // 4096
    with open_database(demo) as database, pytest.raises(DatabaseDiskFullError, match="is full"):
        _grow_past(database, pages)
    assert check(demo).sound
    assert count(demo, "person") == people
    assert dump(demo) == before


def test_the_app_shows_a_full_disk_as_its_message_not_the_crash_dialog(
    demo: Path, tmp_path: Path, qapp: object, shown: Shown
) -> None:
    """A write a page does not catch reaches the exception hook: a UserError there is the
    user's message (which names the file), the crash dialog stays for bugs."""
    from lagdesk.ui.shell import crash

    log_file = crash.start_logging(tmp_path / "logs")
    handler = crash.CrashHandler(log_file)
    try:
        with open_database(demo) as database:
            try:
                _grow_past(database, demo.stat().st_size // 4096)
            except DatabaseDiskFullError as error:
                handler(type(error), error, error.__traceback__)
    finally:
        crash.stop_logging()
    assert shown.crashes == []
    ((title, message),) = shown.errors
    assert title == "lagdesk"
    assert message == f"The disk that holds {demo} is full. Free some space and try again."


def test_every_write_reaches_the_file_while_it_stays_open(demo: Path) -> None:
    """Each write is checkpointed: the file alone, copied while open, holds the work (and
    a -wal deleted by another program takes nothing committed with it)."""
    people = count(demo, "person")
    with open_database(demo) as database:
        with database.session() as session:
            session.execute(
                sa.text("INSERT INTO person (first_name, last_name) VALUES ('Ann', 'Wal')")
            )
        alone = demo.with_name("alone.sqlite")
        shutil.copyfile(demo, alone)
        assert count(alone, "person") == people + 1
