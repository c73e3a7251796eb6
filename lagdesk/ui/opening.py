"""Opening a file for the window: a lock next to it, so two lagdesk windows never share it.

SQLite would let two programs write the same file in turn, but two windows each showing
their own (soon stale) view of it would confuse a user; the lock makes the second one say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from lagdesk.db.database import Database, open_database


class FileInUseError(Exception):
    """The file is open in another lagdesk window; ``str()`` is the user's message."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Opening",
                "{path} is already open in another lagdesk window. "
                "Switch to that window, or close it there and try again.",
            ).format(path=path)
        )
        self.path = path


@dataclass
class OpenFile:
    """An open database and the lock that keeps other lagdesk windows off it."""

    database: Database
    lock: QLockFile | None

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def open_file(path: Path | str, *, create: bool = True) -> OpenFile:
    """Lock, then open (or create) ``path``.

    Raises FileInUseError when another lagdesk holds the lock, and the DatabaseError of
    ``open_database`` otherwise; nothing stays locked after a failure. A folder where no
    lock can be written (read-only media) is opened without one.
    """
    path = Path(path).expanduser().resolve()
    lock = QLockFile(str(lock_path(path)))
    # A lagdesk window keeps its file for hours: only a dead owner makes a lock stale.
    lock.setStaleLockTime(0)
    held: QLockFile | None = lock
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:
            raise FileInUseError(path)
        held = None
    try:
        database = open_database(path, create=create)
    except BaseException:
        if held is not None:
            held.unlock()
        raise
    return OpenFile(database, held)
