"""Opening a lagdesk file for reading only: a read-only file or folder, or a command that
only reads (list, export, check, backup).

Nothing is written to the file: no WAL switch, no upgrade. SQLite opens it with
``mode=ro``; in a read-only folder, where SQLite cannot make the ``-shm`` a WAL file needs,
with ``immutable=1`` (then changes left in a ``-wal`` by a crash are not seen). A file with
an older schema is copied into memory with the backup API and that copy is upgraded, so
readers see the current schema while the file stays as it was. Every connection is
``query_only``: a write raises SQLite's read-only error, which ``Database`` reports as
DatabaseReadOnlyError.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.pool import QueuePool, StaticPool

from lagdesk.db import schema
from lagdesk.db.database import (
    BUSY_TIMEOUT_MS,
    Database,
    _migrate,
    _read_identity,
    translate_sqlite_error,
)
from lagdesk.db.errors import DatabaseFileError, NewerSchemaError, NotALagdeskDatabaseError


def _connect_read_only(path: Path, *, immutable: bool) -> sqlite3.Connection:
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(f"{path.as_uri()}?{query}", uri=True, check_same_thread=False)


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _file_engine(path: Path, *, immutable: bool) -> sa.Engine:
    engine = sa.create_engine(
        "sqlite://",
        creator=lambda: _connect_read_only(path, immutable=immutable),
        poolclass=QueuePool,
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _memory_engine(path: Path, source: sa.Engine) -> sa.Engine:
    """An upgraded copy of the file in memory, for reading a file of an older schema."""
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    raw = source.raw_connection()
    try:
        driver = raw.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.backup(memory)
    finally:
        raw.close()
    memory.execute("PRAGMA foreign_keys=ON")
    engine = sa.create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    _migrate(engine)
    memory.execute("PRAGMA query_only=ON")  # upgraded: from now on the copy is only read
    return engine


def open_for_reading(path: Path, *, upgrade_in_memory: bool = True) -> Database:
    """``open_database(path, writable=False)``; ``path`` exists and has SQLite's header.

    ``upgrade_in_memory=False`` reads an older file as it is (for a backup, which copies the
    file, not a view of it)."""
    engine = _file_engine(path, immutable=False)
    try:
        try:
            identity = _identity(engine)
        except sa.exc.OperationalError as exc:
            # A WAL file in a read-only folder: no -shm can be made beside it.
            if getattr(exc.orig, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_CANTOPEN:
                raise
            engine.dispose()
            engine = _file_engine(path, immutable=True)
            identity = _identity(engine)
        if identity.table_count and identity.application_id != schema.APPLICATION_ID:
            raise NotALagdeskDatabaseError(path)
        revision = identity.revision
        if identity.table_count and revision != schema.HEAD and revision not in schema.REVISIONS:
            raise NewerSchemaError(path, revision or "?")
        if revision == schema.HEAD or not upgrade_in_memory:
            return Database(path, engine, read_only=True)
        memory = _memory_engine(path, engine)
        engine.dispose()
        return Database(path, memory, read_only=True, upgraded_in_memory=True)
    except DatabaseFileError:
        engine.dispose()
        raise
    except (sa.exc.DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        raise translate_sqlite_error(path, exc) from exc


def _identity(engine: sa.Engine) -> Any:
    with engine.connect() as connection:
        identity = _read_identity(connection)
        connection.rollback()
    return identity
