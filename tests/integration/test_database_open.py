"""Opening files: new, current, older (migrated after a backup), newer, foreign, broken."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from lagdesk.db import database as database_module
from lagdesk.db import schema
from lagdesk.db.database import open_database
from lagdesk.db.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseMissingError,
    NewerSchemaError,
    NotALagdeskDatabaseError,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_at_head_and_stamped(db_path: Path) -> None:
    with open_database(db_path) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == schema.APPLICATION_ID
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert revision == schema.HEAD


def test_every_connection_sets_the_pragmas(db_path: Path) -> None:
    with open_database(db_path) as db:
        for _ in range(3):
            with db.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_missing_file_is_refused_without_create(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissingError, match="no such file"):
        open_database(tmp_path / "nothing.sqlite", create=False)
    assert not (tmp_path / "nothing.sqlite").exists()


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissingError):
        open_database(tmp_path / "no" / "such" / "city.sqlite")


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("minutes of the meeting\n" * 20)
    before = digest(path)
    with pytest.raises(NotALagdeskDatabaseError, match="not a lagdesk database"):
        open_database(path)
    assert digest(path) == before


def test_other_applications_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    connection.execute("INSERT INTO songs (title) VALUES ('x')")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(NotALagdeskDatabaseError):
        open_database(path)
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0


def stamp(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    stamp(db_path, "9999_from_the_future")
    before = digest(db_path)
    with pytest.raises(NewerSchemaError, match="newer version of lagdesk"):
        open_database(db_path)
    assert digest(db_path) == before


def test_garbage_after_a_valid_header_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    with pytest.raises((DatabaseCorruptError, NotALagdeskDatabaseError)):
        open_database(path)


def test_locked_file_gives_a_clear_message(locked_db: Path) -> None:
    with pytest.raises(DatabaseLockedError, match="in use by another program"):
        open_database(locked_db)


def test_older_revision_is_backed_up_then_migrated(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older file gets a backup made with the backup API before the upgrade runs."""
    with open_database(db_path) as db, db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organisation (name, sector) VALUES ('Urząd Miejski', 'public')"
        )
    stamp(db_path, "0000_older")
    monkeypatch.setattr(schema, "REVISIONS", ("0000_older", schema.HEAD))
    upgraded: list[Path] = []

    def fake_migrate(engine: object) -> None:
        backups = list(db_path.parent.glob("city.before-0000_older-*.sqlite"))
        assert len(backups) == 1, "the backup must exist before the upgrade starts"
        upgraded.append(backups[0])
        stamp(db_path, schema.HEAD)

    monkeypatch.setattr(database_module, "_migrate", fake_migrate)
    with open_database(db_path) as db:
        assert db.migration_backup == upgraded[0]
    copy = sqlite3.connect(upgraded[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000_older",)
    assert copy.execute("SELECT name FROM organisation").fetchone() == ("Urząd Miejski",)
    copy.close()


@pytest.mark.parametrize("revision", schema.REVISIONS)
def test_fixture_of_each_release_opens_and_keeps_its_data(tmp_path: Path, revision: str) -> None:
    source = FIXTURES / f"schema-{revision}.sqlite"
    path = tmp_path / "fixture.sqlite"
    shutil.copy(source, path)
    with open_database(path) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            schema.HEAD
        )
        names = {row[0] for row in connection.exec_driver_sql("SELECT last_name FROM person")}
        assert "Wiśniewska" in names
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_unknown_sector_counts_are_merged_when_they_become_unique(tmp_path: Path) -> None:
    path = tmp_path / "fixture.sqlite"
    shutil.copy(FIXTURES / "schema-0001_baseline.sqlite", path)
    connection = sqlite3.connect(path)
    connection.executemany(
        "INSERT INTO anonymous_attendance (meeting_id, sector, gender, count) VALUES (1, ?, ?, ?)",
        [(None, "female", 2), (None, "female", 3), (None, "male", 1), ("civic", "female", 4)],
    )
    connection.commit()
    connection.close()
    with open_database(path) as db, db.engine.begin() as connection:
        rows = connection.exec_driver_sql(
            "SELECT sector, gender, count FROM anonymous_attendance ORDER BY gender, sector"
        ).fetchall()
        assert rows == [(None, "female", 5), ("civic", "female", 4), (None, "male", 1)]
        with pytest.raises(sa.exc.IntegrityError):
            connection.exec_driver_sql(
                "INSERT INTO anonymous_attendance (meeting_id, sector, gender, count) "
                "VALUES (1, NULL, 'male', 1)"
            )


def test_backup_of_an_open_database_opens(db_path: Path, tmp_path: Path) -> None:
    from lagdesk.core.support.maintenance import backup

    with open_database(db_path) as db:
        with db.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO organisation (name, sector) VALUES ('Politechnika Koszalińska', 'knowledge')"
            )
        out = backup(db, tmp_path / "copy.sqlite")
    with open_database(out, create=False) as copy, copy.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT name FROM organisation").scalar() == (
            "Politechnika Koszalińska"
        )


def test_a_backup_is_one_file_that_reading_leaves_alone(db_path: Path, tmp_path: Path) -> None:
    """A backup is not in WAL mode: reading it makes no -wal or -shm beside it."""
    from lagdesk.core.support.maintenance import backup

    with open_database(db_path) as db:
        out = backup(db, tmp_path / "copy.sqlite")
    connection = sqlite3.connect(out)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert connection.execute("SELECT count(*) FROM person").fetchone() == (0,)
    connection.close()
    assert sorted(path.name for path in tmp_path.glob("copy.sqlite*")) == ["copy.sqlite"]
