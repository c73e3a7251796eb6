"""Opening a file for the window: its lock (see core.support.file_lock), then the database."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from lagdesk.core.support.file_lock import HeldLock, acquire_lock
from lagdesk.db.database import Database, open_database
from lagdesk.db.errors import DatabaseReadOnlyError

__all__ = ["OpenFile", "open_file"]


@dataclass
class OpenFile:
    """An open database and the lock that keeps other lagdesk windows and commands off it."""

    database: Database
    lock: HeldLock | None
    #: Made by this open (a new file holds nothing to back up yet).
    created: bool = False

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def open_file(path: Path | str, *, create: bool = True, lock: HeldLock | None = None) -> OpenFile:
    """Lock (unless ``lock`` is already held), then open (or create) ``path``; a new file
    starts with the procurement indicator library.

    Raises FileInUseError when another lagdesk holds the lock, and the DatabaseFileError of
    ``open_database`` otherwise; nothing stays locked after a failure. A folder where no
    lock can be written (read-only media) is opened without one. A read-only file, or a
    file in a read-only folder, is opened for reading only (the window says so).
    """
    path = Path(path).expanduser().resolve()
    held = lock if lock is not None else acquire_lock(path)
    try:
        new = create and not path.exists()
        database = _open(path, create=create)
    except BaseException:
        if held is not None:
            held.release()
        raise
    if new:
        from lagdesk.core.indicators.preloaded import set_up_new_file

        try:
            set_up_new_file(database)
        except BaseException:
            database.close()
            if held is not None:
                held.release()
            raise
    return OpenFile(database, held, created=new)


def _open(path: Path, *, create: bool) -> Database:
    if path.is_file() and not _may_write(path):
        return open_database(path, create=False, writable=False)
    try:
        return open_database(path, create=create)
    except DatabaseReadOnlyError:
        if not path.is_file():
            raise
        return open_database(path, create=False, writable=False)


def _may_write(path: Path) -> bool:
    """Whether lagdesk may change the file: the file itself, and its folder (where SQLite
    keeps the -wal and -shm beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
