"""The lock next to an open file (``<name>.lock``), shared by the window and the command line.

SQLite would let two programs write the same file in turn, but two windows each showing
their own (soon stale) view of it would confuse a user, and a command importing into a file
that a window (or another command) is changing would work from a view that is out of date;
the lock makes the second one say so, or wait. It is an operating-system lock on the lock
file (``filelock``: flock on Unix, LockFileEx on Windows), so it ends with its process, even
one that was killed: no stale lock to guess about. Kept apart from opening the database so
start-up can check it before loading the storage layer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from filelock import FileLock, Timeout

from lagdesk.errors import UserError
from lagdesk.i18n import translate


class FileInUseError(UserError):
    """The file is open in another lagdesk window; ``str()`` is the user's message."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Opening",
                "{path} is already open in another lagdesk window. "
                "Switch to that window, or close it there and try again.",
            ).format(path=path)
        )
        self.path = path


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class HeldLock:
    """A file's lock while this process holds it; ``release()`` gives it up (once)."""

    def __init__(self, path: Path, lock: FileLock, identity: tuple[int, int] | None) -> None:
        self.path = path
        self._lock: FileLock | None = lock
        self._identity = identity

    @property
    def held(self) -> bool:
        return self._lock is not None

    def release(self) -> None:
        """Give the lock up and remove its file, so a closed file leaves nothing behind.

        On Unix the file is removed while still locked, and only when it is still the file
        locked here: a waiter that had it open then finds it gone and tries again
        (``filelock`` checks the link count), so no two ever hold the same name. Windows
        removes it after unlocking by itself.
        """
        lock, self._lock = self._lock, None
        if lock is None:
            return
        if sys.platform != "win32" and self._identity is not None:
            try:
                found = os.stat(lock.lock_file)
                if (found.st_dev, found.st_ino) == self._identity:
                    os.unlink(lock.lock_file)
            except OSError:
                pass  # gone already, or a folder that turned read-only: the lock still ends
        lock.release(force=True)

    def __enter__(self) -> HeldLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire_lock(path: Path, *, timeout: float = 0) -> HeldLock | None:
    """Take the file's lock, waiting up to ``timeout`` seconds for another holder to end.

    None where no lock can be written (a read-only folder or medium): the file opens
    without one, as nothing else can write there either. Raises FileInUseError when
    another lagdesk (a window or a command) holds it after ``timeout``.
    """
    identity: list[tuple[int, int]] = []

    def note_identity(fd: int) -> None:
        found = os.fstat(fd)
        identity.append((found.st_dev, found.st_ino))

    lock = FileLock(
        str(lock_path(path)), thread_local=False, fallback_to_soft=False, on_acquired=note_identity
    )
    try:
        lock.acquire(timeout=max(timeout, 0), poll_interval=0.1)
    except Timeout:
        raise FileInUseError(path) from None
    except OSError:
        return None  # no lock can be written here: read-only folder or medium, no flock
    return HeldLock(path, lock, identity[0] if identity else None)


__all__ = ["FileInUseError", "HeldLock", "acquire_lock", "lock_path"]
