"""`lagdesk backups`, `restore` and `recover` as a user meets them: JSON keys, exit codes,
a restore that a stale -wal cannot damage, failures that leave the file as it was, and a
damaged file salvaged into one that `check` accepts."""

from __future__ import annotations

import io
import json
import random
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from lagdesk import cli
from lagdesk.core.support import backups
from lagdesk.core.support.maintenance import check
from lagdesk.db.database import open_database

PAGE = 4096


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def city(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Koszalin.sqlite"
    shutil.copy(demo_file, path)
    return path


def people(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [name for (name,) in connection.execute("SELECT last_name FROM person ORDER BY id")]
    finally:
        connection.close()


def add_person(path: Path, last_name: str) -> None:
    with open_database(path) as database, database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO person (first_name, last_name) VALUES ('Ewa', ?)", (last_name,)
        )


def automatic_backup(path: Path, reason: str = backups.OPEN) -> Path:
    with open_database(path) as database:
        return backups.make_backup(database, reason).path


# -- lagdesk backups ---------------------------------------------------------------------


def test_backups_lists_automatic_and_upgrade_copies_as_json(
    city: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = automatic_backup(city)
    upgrade = city.with_name("Koszalin.before-0001_baseline-20261201-093000.sqlite")
    shutil.copy(city, upgrade)
    code, out, _ = run(capsys, "backups", "--db", str(city), "--format", "json")
    assert code == 0
    listed = json.loads(out)
    assert [set(row) for row in listed] == [{"path", "created", "reason", "size"}] * 2
    by_path = {row["path"]: row for row in listed}
    assert by_path[str(made)]["reason"] == "open"
    assert by_path[str(made)]["size"] == made.stat().st_size
    assert datetime.fromisoformat(by_path[str(made)]["created"]).date() == datetime.now().date()
    assert by_path[str(upgrade)] == {
        "path": str(upgrade),
        "created": "2026-12-01T09:30:00",
        "reason": "upgrade",
        "size": upgrade.stat().st_size,
    }


def test_backups_as_a_table(city: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "backups", "--db", str(city))
    assert code == 0
    assert "No backups" in out
    made = automatic_backup(city, backups.CLOSE)
    code, out, _ = run(capsys, "backups", "--db", str(city))
    heading, row = out.splitlines()
    assert heading.split() == ["Created", "Reason", "Size", "Path"]
    assert row.split()[2] == "close"
    assert row.endswith(str(made))


# -- lagdesk restore ---------------------------------------------------------------------


def test_restore_with_a_stale_wal_beside_the_file_gives_the_backups_rows(
    city: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = automatic_backup(city)
    before = people(city)
    add_person(city, "Nowak-after-backup")
    # The file as a crash leaves it: a -wal holding commits not yet in the main file.
    holder = sqlite3.connect(city)
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("INSERT INTO person (first_name, last_name) VALUES ('Jan', 'Only-in-wal')")
    holder.commit()
    wal = city.with_name(city.name + "-wal")
    stale_wal = wal.read_bytes()
    holder.close()
    wal.write_bytes(stale_wal)
    assert wal.stat().st_size > 0

    code, out, err = run(capsys, "restore", "--db", str(city), "--from", str(backup), "--yes")
    assert code == 0, err
    assert people(city) == before
    assert check(city).sound
    assert not wal.exists() or "Only-in-wal" not in people(city)
    previous = next(
        b for b in backups.list_backups(city) if b.reason == backups.BEFORE_RESTORE
    ).path
    assert str(previous) in out
    # The previous state (file and its log together) still holds what was done after.
    assert people(previous)[-2:] == ["Nowak-after-backup", "Only-in-wal"]


def test_restore_without_yes_and_no_terminal_is_refused(
    city: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = automatic_backup(city)
    add_person(city, "Kept")
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    original = city.read_bytes()
    code, _, err = run(capsys, "restore", "--db", str(city), "--from", str(backup))
    assert code == 1
    assert "--yes" in err
    assert city.read_bytes() == original


def test_a_damaged_backup_is_refused_and_the_file_stays(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(city, damaged)
    damage(damaged, pages=(3, 4, 5))
    original = city.read_bytes()
    code, _, err = run(capsys, "restore", "--db", str(city), "--from", str(damaged), "--yes")
    assert code == 1
    assert "damaged" in err
    assert "Traceback" not in err
    assert city.read_bytes() == original
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    code, _, err = run(capsys, "restore", "--db", str(city), "--from", str(text), "--yes")
    assert code == 1
    assert "not a lagdesk file" in err
    assert city.read_bytes() == original


def test_a_restore_that_fails_its_last_check_puts_the_original_back(
    city: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = automatic_backup(city)
    add_person(city, "Kept")
    original = city.read_bytes()
    checked: list[Path] = []

    def failing_on_the_file_itself(path: Path) -> bool:
        checked.append(path)
        return path != city.resolve()

    monkeypatch.setattr(backups, "_integrity_ok", failing_on_the_file_itself)
    code, _, err = run(capsys, "restore", "--db", str(city), "--from", str(backup), "--yes")
    assert code == 1
    assert "put back" in err
    assert city.resolve() in checked
    assert city.read_bytes() == original
    assert "Kept" in people(city)
    assert sorted(p.name for p in city.parent.iterdir() if "Koszalin" in p.name) == [
        "Koszalin.sqlite"
    ]


def test_restore_refuses_a_newer_backup(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.sqlite"
    shutil.copy(city, newer)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    code, _, err = run(capsys, "restore", "--db", str(city), "--from", str(newer), "--yes")
    assert code == 1
    assert "newer" in err


def test_backup_out_refuses_the_live_files(city: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = city.read_bytes()
    for target in (city, city.with_name(city.name + "-wal"), city.with_name(city.name + "-shm")):
        code, _, err = run(capsys, "backup", "--db", str(city), "--out", str(target), "--force")
        assert code == 1
        assert str(target.resolve()) in err
        assert "belongs to the lagdesk file" in err
    assert city.read_bytes() == original


# -- lagdesk recover ---------------------------------------------------------------------


def damage(path: Path, pages: tuple[int, ...]) -> None:
    data = bytearray(path.read_bytes())
    noise = random.Random(15)
    for page in pages:
        data[page * PAGE : (page + 1) * PAGE] = bytes(noise.randrange(256) for _ in range(PAGE))
    path.write_bytes(bytes(data))


def test_recover_salvages_a_damaged_file_into_one_check_accepts(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    total = sum(1 for _ in people(city))
    damage(city, pages=(30, 80, 120))  # tables' pages; the schema's own pages stay whole
    assert run(capsys, "check", "--db", str(city))[0] == 1
    out_file = tmp_path / "salvaged.sqlite"
    code, out, err = run(capsys, "recover", "--db", str(city), "--out", str(out_file))
    assert code == 0, err
    code, check_out, _ = run(capsys, "check", "--db", str(out_file))
    assert code == 0
    assert "sound" in check_out
    rows = {
        line.split()[0]: [int(n) for n in line.split()[1:]]
        for line in out.splitlines()
        if line.startswith("  ") and line.split()[1].isdigit()
    }
    connection = sqlite3.connect(out_file)
    for table, (read, recovered, dropped) in rows.items():
        (count,) = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        assert count == recovered
        assert read == recovered + dropped
    connection.close()
    assert rows["organisation"][1] > 0
    assert 0 < len(people(out_file)) <= total
    assert sum(recovered for _, recovered, _ in rows.values()) < 1034
    assert sum(recovered for _, recovered, _ in rows.values()) > 500


def test_recover_of_a_sound_file_keeps_every_row(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "copy.sqlite"
    code, _, _ = run(capsys, "recover", "--db", str(city), "--out", str(out_file))
    assert code == 0
    assert people(out_file) == people(city)
    assert check(out_file).sound


def test_recover_refuses_the_file_itself_and_an_existing_file(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = city.read_bytes()
    code, _, err = run(capsys, "recover", "--db", str(city), "--out", str(city))
    assert code == 1
    assert "--force" in err
    code, _, err = run(capsys, "recover", "--db", str(city), "--out", str(city), "--force")
    assert code == 1
    assert "the damaged file" in err
    assert city.read_bytes() == original
    existing = tmp_path / "existing.sqlite"
    existing.write_bytes(b"mine")
    code, _, err = run(capsys, "recover", "--db", str(city), "--out", str(existing))
    assert code == 1
    assert existing.read_bytes() == b"mine"


def test_recover_of_an_older_revision_upgrades_the_salvage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fixture = Path(__file__).parents[1] / "fixtures" / "schema-0001_baseline.sqlite"
    old = tmp_path / "old.sqlite"
    shutil.copy(fixture, old)
    out_file = tmp_path / "salvaged.sqlite"
    code, out, err = run(capsys, "recover", "--db", str(old), "--out", str(out_file))
    assert code == 0, err
    assert "0001_baseline" in out
    report = check(out_file)
    assert report.sound
    from lagdesk.db import schema

    assert report.revision == schema.HEAD
    assert list(tmp_path.glob("*.before-*")) == []
    source = sqlite3.connect(old)
    (expected,) = source.execute("SELECT count(*) FROM person").fetchone()
    source.close()
    assert len(people(out_file)) == expected


def test_recover_of_a_file_without_its_header_says_so(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(city, pages=(0,))
    out_file = tmp_path / "salvaged.sqlite"
    code, _, err = run(capsys, "recover", "--db", str(city), "--out", str(out_file))
    assert code == 1
    assert "no SQLite header" in err
    assert "Traceback" not in err
    assert not out_file.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_recover_salvages_what_a_crash_left_in_the_wal_and_changes_nothing(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = sqlite3.connect(city)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("INSERT INTO person (first_name, last_name) VALUES ('Jan', 'Only-in-wal')")
    holder.commit()
    wal = city.with_name(city.name + "-wal")
    log = wal.read_bytes()
    holder.close()
    wal.write_bytes(log)  # as a crash leaves it
    before = city.read_bytes()
    out_file = tmp_path / "salvaged.sqlite"
    code, _, err = run(capsys, "recover", "--db", str(city), "--out", str(out_file))
    assert code == 0, err
    assert "Only-in-wal" in people(out_file)
    assert city.read_bytes() == before
    assert wal.read_bytes() == log
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_command_line_says_when_opening_made_an_upgrade_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    old = tmp_path / "old.sqlite"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema-0001_baseline.sqlite", old)
    with cli.open_database_of(argparse.Namespace(db=old)) as database:
        copy = database.migration_backup
    assert copy is not None
    err = capsys.readouterr().err
    assert "was upgraded" in err
    assert str(copy) in err
    with cli.open_database_of(argparse.Namespace(db=old)):
        pass
    assert capsys.readouterr().err == ""


def test_restore_is_refused_while_the_file_is_open(
    city: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = automatic_backup(city)
    add_person(city, "Kept")
    with open_database(city) as database, database.engine.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM person").all()
        connection.rollback()
        code, _, err = run(capsys, "restore", "--db", str(city), "--from", str(backup), "--yes")
    assert code == 1
    assert "in use by another program" in err
    assert "Kept" in people(city)
    assert backups.BEFORE_RESTORE not in [b.reason for b in backups.list_backups(city)]


def test_restore_refuses_a_file_open_in_a_window_and_changes_nothing(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lagdesk.core.support.file_lock import acquire_lock

    backup = automatic_backup(city)
    add_person(city, "Później")
    window = acquire_lock(city)
    assert window is not None
    try:
        code, _out, err = run(capsys, "restore", "--db", str(city), "--from", str(backup), "--yes")
    finally:
        window.release()
    assert code == 1
    assert "is open in lagdesk" in err
    assert "Później" in people(city)
    assert not list(tmp_path.glob("Koszalin.before-restore-*"))
    code, _out, _err = run(capsys, "restore", "--db", str(city), "--from", str(backup), "--yes")
    assert code == 0
    assert "Później" not in people(city)


def test_an_import_makes_the_days_backup_first_and_a_dry_run_none(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("First name,Last name\nAnna,Dziedzic\n", encoding="utf-8")
    before = people(city)
    code, _out, _err = run(
        capsys, "import", "stakeholders", "--db", str(city), str(sheet), "--dry-run"
    )
    assert code == 0
    assert backups.list_backups(city) == []
    code, _out, _err = run(capsys, "import", "stakeholders", "--db", str(city), str(sheet))
    assert code == 0
    made = backups.list_backups(city)
    assert [backup.reason for backup in made] == [backups.OPEN]
    assert people(made[0].path) == before
    assert "Dziedzic" in people(city)
    sheet.write_text("First name,Last name\nJan,Zieliński\n", encoding="utf-8")
    assert run(capsys, "import", "stakeholders", "--db", str(city), str(sheet))[0] == 0
    assert len(backups.list_backups(city)) == 1
