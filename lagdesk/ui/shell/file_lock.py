"""The lock next to an open file, so two lagdesk windows never share it.

SQLite would let two programs write the same file in turn, but two windows each showing
their own (soon stale) view of it would confuse a user; the lock makes the second one say so.
Kept apart from opening the database so start-up can check it before loading the storage
layer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from lagdesk.errors import UserError


class FileInUseError(UserError):
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


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def acquire_lock(path: Path) -> QLockFile | None:
    """Take the file's lock; None where no lock can be written (read-only media).

    Raises FileInUseError when another lagdesk holds it.
    """
    lock = QLockFile(str(lock_path(path)))
    # A lagdesk window keeps its file for hours: only a dead owner makes a lock stale.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        raise FileInUseError(path)
    return None
