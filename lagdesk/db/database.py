"""Opening a lagdesk file: checks, backup before migration, engine and sessions.

One engine per file, a short-lived Session per operation. Opening an up-to-date file costs
a header read and two PRAGMA queries; Alembic is imported only when a migration is due.
"""

from __future__ import annotations

import os
import sqlite3
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from lagdesk.db import schema
from lagdesk.db.copying import copy_through
from lagdesk.db.errors import (
    DatabaseAccessError,
    DatabaseCorruptError,
    DatabaseDiskFullError,
    DatabaseFileError,
    DatabaseIOError,
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    EmptyDatabaseFileError,
    NewerSchemaError,
    NotALagdeskDatabaseError,
    PathTooLongError,
    WalGoneError,
)
from lagdesk.db.watch import FileWatch
from lagdesk.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
#: The longest full path SQLite's file layer opens (its 512-byte buffer less the room it
#: keeps for "-journal"); a longer one fails with a bare "unable to open database file".
MAX_PATH_BYTES = 504
BUSY_TIMEOUT_MS = 5000


# One engine per file for the life of the process (its dialect and compiled statements are
# reused when the file is opened again); the least recently opened go beyond this many.
MAX_ENGINES = 8
_ENGINES: OrderedDict[Path, sa.Engine] = OrderedDict()


def engine_for(path: Path) -> sa.Engine:
    engine = _ENGINES.pop(path, None) or create_sqlite_engine(path)
    _ENGINES[path] = engine
    while len(_ENGINES) > MAX_ENGINES:
        _, oldest = _ENGINES.popitem(last=False)
        oldest.dispose()
    return engine


# Engines whose file is known to be lagdesk's (see create_sqlite_engine).
_VERIFIED: weakref.WeakSet[sa.Engine] = weakref.WeakSet()


def create_sqlite_engine(path: Path) -> sa.Engine:
    """An engine whose every connection sets foreign keys, a busy timeout and WAL.

    WAL is the one setting that writes to the file, so it waits until the file is known
    to be lagdesk's: ``open_database`` adds the engine to ``_VERIFIED`` then.
    """
    # Built from parts, not a URL string: a string would have "%20" decoded and be cut at
    # "?" or "#", so "K%20group.sqlite" would open "K group.sqlite".
    engine = sa.create_engine(sa.URL.create("sqlite", database=str(path)))

    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Deleted personal data is overwritten, not left in free pages.
        cursor.execute("PRAGMA secure_delete=ON")
        if engine in _VERIFIED:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    event.listen(engine, "connect", set_pragmas)
    return engine


@dataclass
class Database:
    """An open lagdesk file."""

    path: Path
    engine: sa.Engine
    sessions: sessionmaker[Session] = field(init=False)
    #: Where the copy made before a migration went, if one was made at this open.
    migration_backup: Path | None = None
    #: Opened for reading only (a read-only file or folder, or a command that only reads):
    #: every write raises DatabaseReadOnlyError.
    read_only: bool = False
    #: Read from an upgraded copy in memory, because the file has an older schema and was
    #: opened for reading only (the file itself is not upgraded).
    upgraded_in_memory: bool = False
    #: The held connection that watches the file while it is open (writable files only).
    watch: FileWatch | None = field(default=None, repr=False)
    #: Called (from the thread that wrote) when a write finds the file gone or its -wal
    #: deleted; the window shows it. Each problem is told once.
    on_file_problem: list[Callable[[DatabaseFileError], None]] = field(
        default_factory=list, repr=False
    )
    _told: set[type[DatabaseFileError]] = field(init=False, default_factory=set, repr=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        SQLite's errors that the user or the machine caused (the file locked, read-only,
        damaged, the disk full or failing) leave as a ``DatabaseFileError`` naming the
        file; any other driver error is a bug and leaves as it is.

        The transaction takes SQLite's write lock at its start (BEGIN IMMEDIATE), not at its
        first write: what it reads before writing (is this person known already?) cannot be
        changed by another writer until it commits, so two imports of one file never both
        find a person missing and create them twice. Reads that write nothing use
        ``reading``.
        """
        with self._file_problems(), self.sessions() as session, session.begin():
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            yield session
        self.after_write()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; its errors leave as ``session``'s do."""
        with self._file_problems(), self.sessions() as session:
            yield session

    @contextmanager
    def _file_problems(self) -> Iterator[None]:
        try:
            yield
        except (sa.exc.DBAPIError, sqlite3.Error) as exc:
            problem = file_problem(self.path, exc)
            if problem is None:
                raise
            # A write that fails because the file or its folder went: say that, not "I/O".
            raise (self.file_problem() or problem) from exc

    def file_problem(self) -> DatabaseFileError | None:
        """The file or its folder gone, moved or replaced, or its -wal deleted, since it was
        opened (None when all is well, or when nothing watches the file)."""
        return None if self.watch is None else self.watch.problem()

    def after_write(self) -> DatabaseFileError | None:
        """Write committed work from the -wal into the file, and look at the file: called
        after each write and by the window's timer.

        A passive checkpoint after each write (it never waits; a few milliseconds) keeps
        the file itself whole: a copy of the file alone holds every change, and a -wal
        deleted by another program loses nothing committed. A deleted -wal is noticed
        and its pages, still reachable through the open connections, go into the file.
        """
        watch = self.watch
        if watch is None:
            return None
        problem = watch.problem()
        if isinstance(problem, WalGoneError):
            watch.rescue_into_file()
        elif problem is None and watch.wal_size() > 0:
            watch.checkpoint()
        if problem is not None and type(problem) not in self._told:
            self._told.add(type(problem))
            for listener in list(self.on_file_problem):
                listener(problem)
        return problem

    def save_copy(self, destination: Path | str) -> Path:
        """Copy what is open, with the work not yet in the file, to ``destination`` (SQLite's
        backup API through the held connection): still possible when the file's folder has
        gone, since the open connection keeps the deleted file alive."""
        destination = Path(destination).expanduser().resolve()
        refuse_live_destination(destination, self.path)
        if self.watch is None:
            return backup_file(self.engine, destination, source_path=self.path)
        try:
            return self.watch.save_copy(destination)
        except OSError as exc:
            raise DatabaseAccessError(destination, exc.strerror or str(exc)) from exc
        except sqlite3.Error as exc:
            raise translate_sqlite_error(destination, exc) from exc

    def close(self) -> None:
        """Close the file's connections; the engine stays registered for a later open.

        The held connection closes last, after a checkpoint that leaves the whole file in
        the file itself (no -wal left to copy along)."""
        self.engine.dispose()
        _VERIFIED.discard(self.engine)
        if self.watch is not None:
            self.watch.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def translate_sqlite_error(path: Path, error: BaseException) -> DatabaseFileError:
    """Map a driver error met while opening or copying a file to a message a user can act on."""
    return file_problem(path, error) or DatabaseAccessError(path, _driver_text(error))


# SQLite's primary result codes for what the user or the machine caused, by the words of
# its messages (for errors that carry no code).
_LOCKED = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED), ("locked", "busy")
_NOT_A_DATABASE = (sqlite3.SQLITE_NOTADB,), ("not a database",)
_DAMAGED = (sqlite3.SQLITE_CORRUPT,), ("malformed", "corrupt")
_READ_ONLY = (sqlite3.SQLITE_READONLY,), ("readonly", "read-only")
_FULL = (sqlite3.SQLITE_FULL,), ("disk is full",)
_DISK_FAILING = (sqlite3.SQLITE_IOERR,), ("disk i/o error",)
_CANNOT_OPEN = (sqlite3.SQLITE_CANTOPEN,), ("unable to open database file",)


def file_problem(path: Path, error: BaseException) -> DatabaseFileError | None:
    """The user's message for a driver error the user or the machine caused, naming the
    file; None for anything else (a missing table, a broken constraint: those are bugs or
    handled by their caller)."""
    text = _driver_text(error)
    code = getattr(getattr(error, "orig", None) or error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    lowered = text.lower()

    def meets(kind: tuple[tuple[int, ...], tuple[str, ...]]) -> bool:
        codes, words = kind
        if primary is not None:
            return primary in codes
        return any(word in lowered for word in words)

    if meets(_LOCKED):
        return DatabaseLockedError(path)
    if meets(_NOT_A_DATABASE):
        return NotALagdeskDatabaseError(path)
    if meets(_DAMAGED):
        return DatabaseCorruptError(path, text)
    if meets(_READ_ONLY):
        return DatabaseReadOnlyError(path)
    if meets(_FULL):
        return DatabaseDiskFullError(path)
    if meets(_DISK_FAILING):
        return DatabaseIOError(path)
    if meets(_CANNOT_OPEN):
        return DatabaseAccessError(path, text)
    return None


def _driver_text(error: BaseException) -> str:
    return str(getattr(error, "orig", None) or error)


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except IsADirectoryError as exc:
        raise NotALagdeskDatabaseError(path) from exc
    except OSError as exc:
        raise DatabaseAccessError(path, exc.strerror or str(exc)) from exc


def open_database(path: Path | str, *, create: bool = True, writable: bool = True) -> Database:
    """Open (or create) a lagdesk file, migrating it to the current schema.

    Raises a ``DatabaseFileError`` subclass with a user-facing message for a missing, locked,
    damaged, foreign, empty or newer file; the file is left untouched in those cases.
    ``writable=False`` opens it for reading only and never changes it, not even to upgrade
    it (see ``lagdesk.db.reading``).
    """
    path = Path(path).expanduser().resolve()
    length = len(os.fsencode(path))
    if length > MAX_PATH_BYTES:
        raise PathTooLongError(path, length, MAX_PATH_BYTES)
    exists = path.exists()
    if not exists and (not create or not writable):
        raise DatabaseMissingError(path)
    if exists:
        header = _read_header(path)
        if not header and path.is_file():
            raise EmptyDatabaseFileError(path)
        if header != SQLITE_HEADER:
            raise NotALagdeskDatabaseError(path)
        if not writable:
            from lagdesk.db.reading import open_for_reading

            return open_for_reading(path)
    elif not path.parent.is_dir():
        raise DatabaseMissingError(path.parent)

    engine = engine_for(path)
    try:
        database = _prepare(path, engine)
        database.watch = FileWatch(path, BUSY_TIMEOUT_MS)
    except DatabaseFileError:
        engine.dispose()
        raise
    except (sa.exc.DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        raise translate_sqlite_error(path, exc) from exc
    return database


@dataclass(frozen=True)
class _Identity:
    application_id: int
    table_count: int
    revision: str | None


def _read_identity(connection: sa.Connection) -> _Identity:
    """What the file is, read with queries that change nothing in it."""
    application_id, table_count, has_version = connection.exec_driver_sql(
        "SELECT (SELECT application_id FROM pragma_application_id),"
        " (SELECT count(*) FROM sqlite_master WHERE type='table'),"
        " EXISTS (SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version')"
    ).one()
    revision = None
    if has_version:
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        revision = None if row is None else str(row[0])
    return _Identity(int(application_id), int(table_count), revision)


def _prepare(path: Path, engine: sa.Engine) -> Database:
    database = Database(path, engine)
    with engine.connect() as connection:
        identity = _read_identity(connection)
        connection.rollback()
        if identity.table_count and identity.application_id != schema.APPLICATION_ID:
            raise NotALagdeskDatabaseError(path)
        revision = identity.revision
        if identity.table_count and revision != schema.HEAD and revision not in schema.REVISIONS:
            raise NewerSchemaError(path, revision or "?")
        _VERIFIED.add(engine)
        connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    if identity.table_count == 0:
        _migrate(engine)
    elif revision != schema.HEAD:
        database.migration_backup = backup_file(
            engine, migration_backup_path(path, revision or "?"), source_path=path
        )
        _migrate(engine)
    return database


def _migrate(engine: sa.Engine) -> None:
    from lagdesk.db.migrate import upgrade_keeping_rows

    upgrade_keeping_rows(engine, path_of(engine))


def path_of(engine: sa.Engine) -> Path:
    return Path(engine.url.database or "")


def migration_backup_path(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix or '.sqlite'}")


def live_file_parts(path: Path) -> tuple[Path, ...]:
    """The files that make up an open lagdesk file: itself, its write-ahead log, its shared
    memory index and the window's lock. No copy may be written onto any of them."""
    path = Path(path).expanduser().resolve()
    return (path, *(path.with_name(path.name + tail) for tail in ("-wal", "-shm", ".lock")))


def refuse_live_destination(destination: Path, source_path: Path) -> None:
    """Raise when ``destination`` is ``source_path`` or one of the files beside it that
    belong to it (writing there would damage the very file being copied)."""
    destination = Path(destination).expanduser().resolve()
    if destination in live_file_parts(source_path):
        message = translate(
            "Database",
            "{path} belongs to the lagdesk file {file}: a copy written there would damage it. Choose another name.",
        )
        raise DatabaseFileError(
            destination,
            message.format(path=destination, file=Path(source_path).expanduser().resolve()),
        )


def backup_file(engine: sa.Engine, destination: Path, *, source_path: Path | None = None) -> Path:
    """Copy a live database with SQLite's online backup API (safe with WAL and readers),
    whole or not at all (see ``copy_through``), refusing the file's own parts.
    """
    destination = Path(destination).expanduser().resolve()
    if source_path is not None:
        refuse_live_destination(destination, source_path)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        return copy_through(source, destination)
    except OSError as exc:
        raise DatabaseAccessError(destination, exc.strerror or str(exc)) from exc
    except sqlite3.Error as exc:
        raise translate_sqlite_error(destination, exc) from exc
    finally:
        raw.close()
