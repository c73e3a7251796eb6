"""Errors inside a session on an open file: what the user or the machine caused becomes a
message naming the file (a UserError); a bug stays the driver's error."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from lagdesk.db.database import Database, open_database
from lagdesk.db.errors import (
    DatabaseAccessError,
    DatabaseCorruptError,
    DatabaseDiskFullError,
    DatabaseFileError,
    DatabaseIOError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    NotALagdeskDatabaseError,
)
from lagdesk.errors import UserError

ADD_ORGANISATION = sa.text("INSERT INTO organisation (name, sector) VALUES (:name, 'public')")


def organisation_names(database: Database) -> list[str]:
    with database.reading() as session:
        return list(session.execute(sa.text("SELECT name FROM organisation")).scalars())


def add_organisation(database: Database, name: str, *, first: str = "") -> None:
    """One write in one transaction; ``first`` is a statement run before it."""
    with database.session() as session:
        if first:
            session.execute(sa.text(first))
        session.execute(ADD_ORGANISATION, {"name": name})


def fill_to_the_limit(database: Database) -> None:
    """A transaction that grows the file past SQLite's own limit on its size, which it
    answers with SQLITE_FULL as it does a full disk."""
    with database.session() as session:
        session.execute(ADD_ORGANISATION, {"name": "Kept out"})
        pages = session.execute(sa.text("PRAGMA page_count")).scalar_one()
        session.execute(sa.text(f"PRAGMA max_page_count = {pages}"))
        for number in range(2000):
            session.execute(ADD_ORGANISATION, {"name": f"Organisation {number} " + "x" * 200})


def count_organisations(database: Database, kind: str) -> None:
    with database.session() if kind == "session" else database.reading() as session:
        session.execute(sa.text("SELECT count(*) FROM organisation"))


def test_writing_to_a_read_only_file_names_the_file(db_path: Path) -> None:
    open_database(db_path).close()
    read_only = Database(db_path, sa.create_engine(f"sqlite:///file:{db_path}?mode=ro&uri=true"))
    try:
        with pytest.raises(DatabaseReadOnlyError, match="read-only") as raised:
            add_organisation(read_only, "Urząd Miejski")
        assert str(db_path) in str(raised.value)
        assert isinstance(raised.value, UserError)
        assert isinstance(raised.value.__cause__, sa.exc.OperationalError)
        assert organisation_names(read_only) == []  # reading still works
    finally:
        read_only.close()


def test_a_full_disk_names_the_file_and_saves_nothing(database: Database) -> None:
    with pytest.raises(DatabaseDiskFullError, match="full") as raised:
        fill_to_the_limit(database)
    assert str(database.path) in str(raised.value)
    assert organisation_names(database) == []


def test_a_file_another_program_locks_names_the_file(database: Database) -> None:
    holder = sqlite3.connect(database.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError, match="in use by another program") as raised:
            add_organisation(database, "Waiting", first="PRAGMA busy_timeout = 0")
        assert str(database.path) in str(raised.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.fixture
def failing_statements(database: Database) -> Iterator[list[Exception]]:
    """Each statement raises the next error put in the list, as the driver would."""
    errors: list[Exception] = []

    def fail(*_args: object) -> None:
        if errors:
            raise errors.pop(0)

    event.listen(database.engine, "before_cursor_execute", fail)
    yield errors
    event.remove(database.engine, "before_cursor_execute", fail)


@pytest.mark.parametrize(
    ("error", "expected", "words"),
    [
        (sqlite3.OperationalError("database is locked"), DatabaseLockedError, "in use"),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            DatabaseReadOnlyError,
            "read-only",
        ),
        (sqlite3.OperationalError("database or disk is full"), DatabaseDiskFullError, "full"),
        (sqlite3.OperationalError("disk I/O error"), DatabaseIOError, "disk I/O error"),
        (
            sqlite3.DatabaseError("database disk image is malformed"),
            DatabaseCorruptError,
            "damaged",
        ),
        (
            sqlite3.DatabaseError("file is not a database"),
            NotALagdeskDatabaseError,
            "not a lagdesk",
        ),
        (
            sqlite3.OperationalError("unable to open database file"),
            DatabaseAccessError,
            "cannot be opened",
        ),
    ],
    ids=["locked", "read-only", "full", "io", "malformed", "not-a-database", "cannot-open"],
)
@pytest.mark.parametrize("kind", ["session", "reading"])
def test_each_problem_of_the_file_becomes_its_message(
    database: Database,
    failing_statements: list[Exception],
    error: Exception,
    expected: type[DatabaseFileError],
    words: str,
    kind: str,
) -> None:
    failing_statements.append(error)
    with pytest.raises(expected, match=words) as raised:
        count_organisations(database, kind)
    assert str(database.path) in str(raised.value)
    assert raised.value.__cause__ is not None


def test_a_bug_in_a_statement_stays_the_drivers_error(database: Database) -> None:
    """A missing table is not the user's doing: it goes to the crash dialog, not a message."""
    with pytest.raises(sa.exc.OperationalError) as raised, database.session() as session:
        session.execute(sa.text("SELECT * FROM no_such_table"))
    assert not isinstance(raised.value, UserError)
    with pytest.raises(sa.exc.OperationalError), database.reading() as session:
        session.execute(sa.text("SELECT locked FROM organisation"))


def test_a_broken_rule_stays_for_its_caller(database: Database) -> None:
    """Core turns constraint failures into its own messages; the session leaves them be."""
    with pytest.raises(sa.exc.IntegrityError), database.session() as session:
        session.execute(sa.text("INSERT INTO organisation (name, sector) VALUES (NULL, 'x')"))


def test_the_command_line_says_what_failed_in_one_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A disk failing after the file opened: exit 1 and the file's message, not a bug report."""
    from lagdesk import cli

    open_database(db_path).close()

    def fail(_connection: object, _cursor: object, statement: str, *_args: object) -> None:
        if "FROM person" in statement:
            raise sqlite3.OperationalError("disk I/O error")

    event.listen(sa.engine.Engine, "before_cursor_execute", fail)
    try:
        code = cli.main(["list", "people", "--db", str(db_path)])
    finally:
        event.remove(sa.engine.Engine, "before_cursor_execute", fail)
    lines = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(lines) == 1
    assert str(db_path) in lines[0]
    assert "disk I/O error" in lines[0]
