"""Backups and health checks of a lagdesk file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from lagdesk.db import schema
from lagdesk.db.base import Base
from lagdesk.db.database import (
    SQLITE_HEADER,
    Database,
    backup_file,
    translate_sqlite_error,
)
from lagdesk.db.errors import (
    DatabaseMissingError,
    EmptyDatabaseFileError,
    NotALagdeskDatabaseError,
)
from lagdesk.i18n import translate


def backup(database: Database, destination: Path | str) -> Path:
    """A consistent copy of the open file, taken while it stays in use."""
    return backup_file(database.engine, Path(destination), source_path=database.path)


@dataclass
class CheckReport:
    path: Path
    revision: str | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def check(path: Path | str) -> CheckReport:
    """Integrity, foreign keys and schema revision, read without changing the file.

    Raises DatabaseFileError for a file that is missing or not a lagdesk database at all.
    """
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise DatabaseMissingError(path)
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        raise EmptyDatabaseFileError(path)
    if header != SQLITE_HEADER:
        raise NotALagdeskDatabaseError(path)
    report = CheckReport(path)
    try:
        connection = _connect_read_only(path)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(path, exc) from exc
    # Text that is not valid UTF-8 (written by another program) is read with U+FFFD in
    # its place here, so the other checks go on; _check_text names where it is.
    connection.text_factory = _lenient_text
    try:
        _check_identity(connection, report)
        _check_integrity(connection, report)
        _check_foreign_keys(connection, report)
        _check_tables(connection, report)
        _check_text(connection, report)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(path, exc) from exc
    finally:
        connection.close()
    return report


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that changes nothing. In a read-only folder SQLite cannot make the -shm
    a WAL file needs; the file is then read as it is (``immutable``)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        connection.close()
        if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_CANTOPEN:
            raise
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except BaseException:
        connection.close()
        raise
    return connection


def _check_identity(connection: sqlite3.Connection, report: CheckReport) -> None:
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    if application_id != schema.APPLICATION_ID:
        raise NotALagdeskDatabaseError(report.path)
    row = connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    version = (
        connection.execute("SELECT version_num FROM alembic_version").fetchone() if row else None
    )
    report.revision = version[0] if version else None
    if report.revision == schema.HEAD:
        return
    if report.revision in schema.REVISIONS:
        message = translate(
            "Check",
            "Schema revision {revision} is older; lagdesk upgrades it when the file is opened.",
        )
        report.notes.append(message.format(revision=report.revision))
    elif report.revision is None:
        report.problems.append(translate("Check", "The schema revision is missing."))
    else:
        message = translate("Check", "Schema revision {revision} is newer than this lagdesk knows.")
        report.problems.append(message.format(revision=report.revision))


def _check_integrity(connection: sqlite3.Connection, report: CheckReport) -> None:
    for (message,) in connection.execute("PRAGMA integrity_check"):
        if message != "ok":
            report.problems.append(
                translate("Check", "Integrity: {message}").format(message=message)
            )


def _check_foreign_keys(connection: sqlite3.Connection, report: CheckReport) -> None:
    for table, rowid, parent, _index in connection.execute("PRAGMA foreign_key_check"):
        message = translate(
            "Check", "Table {table}, row {rowid}: refers to a missing row of {parent}."
        )
        report.problems.append(message.format(table=table, rowid=rowid, parent=parent))


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


#: At most this many rows of invalid text are named, then their number.
MAX_TEXT_PROBLEMS = 20


def _check_text(connection: sqlite3.Connection, report: CheckReport) -> None:
    """Every text value that is not valid UTF-8, by table, row and column: lagdesk cannot
    show such a value, and a table holding one fails to load."""
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    columns = {
        table: [
            row[1] for row in connection.execute("SELECT * FROM pragma_table_info(?)", (table,))
        ]
        for table in tables
    }
    found = 0
    connection.text_factory = bytes
    try:
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            for column in columns[table]:
                name = '"' + str(column).replace('"', '""') + '"'
                rows = connection.execute(
                    f"SELECT rowid, {name} FROM {quoted} WHERE typeof({name}) = 'text'"
                )
                for rowid, value in rows:
                    try:
                        value.decode("utf-8")
                    except UnicodeDecodeError:
                        found += 1
                        if found <= MAX_TEXT_PROBLEMS:
                            message = translate(
                                "Check",
                                "Table {table}, row {rowid}: column {column} holds text that is not valid UTF-8.",
                            )
                            report.problems.append(
                                message.format(table=table, rowid=rowid, column=column)
                            )
    finally:
        connection.text_factory = _lenient_text
    if found > MAX_TEXT_PROBLEMS:
        message = translate("Check", "{count} more values are not valid UTF-8 text.")
        report.problems.append(message.format(count=found - MAX_TEXT_PROBLEMS))


def _check_tables(connection: sqlite3.Connection, report: CheckReport) -> None:
    if report.revision != schema.HEAD:
        return
    import lagdesk.db.models  # noqa: F401  (registers the tables)

    present = {
        name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    for table in sorted(set(Base.metadata.tables) - present):
        report.problems.append(translate("Check", "Table {table} is missing.").format(table=table))


def quick_problem(database: Database) -> str | None:
    """What SQLite's quick check finds wrong with the open file (None: nothing).

    Fast enough to run after every open (it skips the index cross-checks of
    ``integrity_check``); a page too damaged to be read at all ends the check with
    SQLite's own words, which are the problem then.
    """
    try:
        with database.engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA quick_check(5)").fetchall()
            connection.rollback()
    except (sa.exc.DBAPIError, sqlite3.Error) as exc:
        return str(getattr(exc, "orig", None) or exc)
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    return "; ".join(problems) or None
