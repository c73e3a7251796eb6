"""Automatic backups: names, folders, thinning (over made-up dates), the listing, and
copies that are never left half-written or written onto the live file."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from lagdesk.core.support import backups
from lagdesk.db.database import Database, backup_file, migration_backup_path, open_database
from lagdesk.db.errors import DatabaseFileError

NOW = datetime(2026, 12, 8, 12, 0, 0)
MB = 1024 * 1024


def add_organisation(database: Database, name: str) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organisation (name, sector) VALUES (?, 'public')", (name,)
        )


# -- names and folders ------------------------------------------------------------------


@pytest.mark.parametrize("reason", backups.AUTOMATIC)
def test_a_backup_name_says_when_and_why(reason: str) -> None:
    name = backups.backup_name(Path("/data/Koszalin city.sqlite"), NOW, reason)
    assert name == f"Koszalin city.20261208-120000.{reason}.sqlite"
    assert backups.read_backup_name(name) == (NOW, reason)


def test_other_files_are_not_read_as_backups() -> None:
    assert backups.read_backup_name("Koszalin.sqlite") is None
    assert backups.read_backup_name("Koszalin.20261208-120000.open.sqlite.part") is None
    assert backups.read_backup_name("Koszalin.20261399-120000.open.sqlite") is None


def test_two_files_of_the_same_name_get_folders_of_their_own(tmp_path: Path) -> None:
    first = backups.backups_folder(tmp_path / "a" / "Koszalin.sqlite")
    second = backups.backups_folder(tmp_path / "b" / "Koszalin.sqlite")
    assert first != second
    assert first.name.startswith("Koszalin-")
    assert second.name.startswith("Koszalin-")
    assert first.parent == second.parent == Path(os.environ["LAGDESK_DATA_DIR"]) / "backups"
    assert backups.backups_folder(tmp_path / "a" / "." / "Koszalin.sqlite") == first


# -- thinning ---------------------------------------------------------------------------


def kept(created: list[datetime], sizes: list[int] | None = None, cap: int | None = None):
    sizes = sizes or [MB] * len(created)
    flags = backups.backups_to_keep(list(zip(created, sizes, strict=True)), NOW, cap=cap)
    return sorted((c for c, keep in zip(created, flags, strict=True) if keep), reverse=True)


def test_the_last_ten_are_kept_whatever_their_age() -> None:
    created = [NOW - timedelta(minutes=5 * n) for n in range(12)]
    assert kept(created) == created[:10]  # the newest of the day, week and month is among them
    old = [datetime(2020, 1, 1) + timedelta(hours=n) for n in range(12)]
    assert kept(old) == sorted(old, reverse=True)[:10]


def test_one_a_day_for_two_weeks() -> None:
    # Three a day for 20 days: the last ten, then the newest of each day back to 14 days.
    created = [
        datetime(2026, 12, 8, 18 - 4 * n, 0) - timedelta(days=day)
        for day in range(20)
        for n in range(3)
    ]
    created = [c for c in created if c <= NOW]
    result = kept(created)
    daily = {c.date() for c in result if (NOW.date() - c.date()).days < 14}
    assert daily == {NOW.date() - timedelta(days=d) for d in range(14)}
    for day in daily:
        newest = max(c for c in created if c.date() == day)
        assert newest in result


def test_one_a_week_for_eight_weeks_and_one_a_month_for_a_year() -> None:
    created = [NOW - timedelta(days=day) for day in range(0, 500, 1)]
    result = kept(created)
    weeks = {c.isocalendar()[:2] for c in result}
    this_monday = NOW.date() - timedelta(days=NOW.weekday())
    for week in range(8):
        monday = this_monday - timedelta(weeks=week)
        assert monday.isocalendar()[:2] in weeks
    months = {(c.year, c.month) for c in result}
    assert {(2026, m) for m in range(1, 13)} <= months
    assert (2025, 12) not in months  # thirteen months back
    assert min(result) >= datetime(2026, 1, 1)
    # No more than the rules allow: 10 last + 14 days + 8 weeks + 12 months at most.
    assert len(result) <= 10 + 14 + 8 + 12


def test_the_size_cap_removes_the_oldest_first_but_never_the_newest() -> None:
    created = [NOW - timedelta(days=d) for d in range(10)]
    assert kept(created, cap=3 * MB) == created[:3]
    assert kept(created, [5 * MB] * 10, cap=MB) == created[:1]


def test_the_default_cap_grows_with_a_large_file() -> None:
    assert backups.size_cap(MB) == backups.SIZE_CAP_BYTES
    assert backups.size_cap(400 * MB) == 5 * 400 * MB


def test_thinning_an_empty_list() -> None:
    assert backups.backups_to_keep([], NOW) == []


# -- making and listing -----------------------------------------------------------------


def test_make_backup_writes_a_sound_copy_and_lists_it(database: Database) -> None:
    add_organisation(database, "Urząd Miejski")
    made = backups.make_backup(database, backups.MANUAL, now=NOW)
    assert made.path.parent == backups.backups_folder(database.path)
    copy = sqlite3.connect(made.path)
    assert copy.execute("SELECT name FROM organisation").fetchall() == [("Urząd Miejski",)]
    copy.close()
    again = backups.make_backup(database, backups.MANUAL, now=NOW)
    assert again.path != made.path
    listed = backups.list_backups(database.path)
    assert {(b.path, b.created, b.reason) for b in listed} == {
        (again.path, NOW, "manual"),
        (made.path, NOW, "manual"),
    }
    assert {b.size for b in listed} == {made.path.stat().st_size}


def test_thinning_after_a_backup_removes_old_ones(database: Database) -> None:
    folder = backups.backups_folder(database.path)
    folder.mkdir(parents=True)
    for n in range(15):
        when = datetime(2020, 1, 1, 9, 0) + timedelta(minutes=n)
        (folder / backups.backup_name(database.path, when, backups.OPEN)).write_bytes(b"x")
    backups.make_backup(database, backups.CLOSE, now=NOW)
    listed = backups.list_backups(database.path)
    assert len(listed) == 10
    assert listed[0].reason == "close"
    assert listed[0].created == NOW


def test_upgrade_copies_and_restore_sets_beside_the_file_are_listed(db_path: Path) -> None:
    open_database(db_path).close()
    upgrade = migration_backup_path(db_path, "0001_baseline")
    upgrade.write_bytes(db_path.read_bytes())
    aside = db_path.with_name("city.before-restore-20261201-080000.sqlite")
    aside.write_bytes(db_path.read_bytes())
    aside.with_name(aside.name + "-wal").write_bytes(b"w" * 100)
    db_path.with_name("other.before-restore-20261201-080000.sqlite").write_bytes(b"")
    listed = {b.path.name: b for b in backups.list_backups(db_path)}
    assert listed[upgrade.name].reason == "upgrade"
    assert listed[aside.name].reason == "before-restore"
    assert listed[aside.name].created == datetime(2026, 12, 1, 8, 0)
    assert listed[aside.name].size == db_path.stat().st_size + 100
    assert len(listed) == 2


def test_backed_up_today(database: Database) -> None:
    assert not backups.backed_up_today(database.path, now=NOW)
    backups.make_backup(database, backups.OPEN, now=NOW - timedelta(days=1))
    assert not backups.backed_up_today(database.path, now=NOW)
    backups.make_backup(database, backups.OPEN, now=NOW.replace(hour=0))
    assert backups.backed_up_today(database.path, now=NOW)


def test_change_watch_sees_a_write_but_not_a_read(database: Database) -> None:
    watch = backups.ChangeWatch(database.path)
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM person").all()
        assert not watch.changed
        add_organisation(database, "Gmina")
        assert watch.changed
    finally:
        watch.close()


# -- backups that are never half-written or written onto the live file -------------------


def test_an_interrupted_backup_leaves_no_part_file(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C while the copy is being written: no .part, no copy."""
    destination = tmp_path / "copy.sqlite"
    real_connect = sqlite3.connect

    def connect(path: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(path).endswith(".part"):
            real_connect(path).execute("CREATE TABLE half (x)")  # type: ignore[call-overload]
            raise KeyboardInterrupt
        return real_connect(path, *args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(KeyboardInterrupt):
        backup_file(database.engine, destination, source_path=database.path)
    monkeypatch.undo()
    assert not destination.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_a_part_file_left_at_the_same_name_is_replaced(database: Database, tmp_path: Path) -> None:
    destination = tmp_path / "copy.sqlite"
    destination.with_name("copy.sqlite.part").write_bytes(b"left by a killed run")
    backup_file(database.engine, destination, source_path=database.path)
    assert destination.read_bytes().startswith(b"SQLite format 3")
    assert list(tmp_path.glob("*.part")) == []


def test_a_part_file_of_a_killed_backup_is_swept(database: Database) -> None:
    folder = backups.backups_folder(database.path)
    folder.mkdir(parents=True)
    stale = folder / "city.20200101-090000.open.sqlite.part"
    stale.write_bytes(b"half")
    old = time.time() - 2 * backups.STALE_PART_SECONDS
    os.utime(stale, (old, old))
    fresh = folder / "city.20261208-115959.open.sqlite.part"
    fresh.write_bytes(b"still being written")
    backups.make_backup(database, backups.OPEN, now=NOW)
    assert not stale.exists()
    assert fresh.exists()


@pytest.mark.parametrize("tail", ["", "-wal", "-shm", ".lock"])
def test_a_backup_never_goes_onto_the_live_file(database: Database, tail: str) -> None:
    target = database.path.with_name(database.path.name + tail)
    before = target.read_bytes() if target.exists() else None
    with pytest.raises(DatabaseFileError, match="belongs to the lagdesk file"):
        backup_file(database.engine, target, source_path=database.path)
    assert (target.read_bytes() if target.exists() else None) == before
