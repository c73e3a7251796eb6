"""Keeping an open file in sight: one connection held for as long as it is open.

While a lagdesk file is open, its recent work lives in the ``-wal`` beside it until a
checkpoint writes it into the file itself. Two things can then lose work without a word:
another program deleting the ``-wal`` (then a crash loses every change since the last
checkpoint), and the file or its folder going away (deleted, renamed, unmounted), after
which saves go into a file no one can reach. The watch keeps one connection open (so the
``-wal`` is never removed behind lagdesk's back by a last connection closing), checkpoints
often, notices when the file, its folder or its ``-wal`` is no longer the one it opened,
and can still copy everything out through its connection when the path is gone.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path

from lagdesk.db.copying import copy_through
from lagdesk.db.errors import (
    DatabaseFileError,
    FileMovedError,
    FolderGoneError,
    WalGoneError,
)

FileIdentity = tuple[int, int]


def identity_of(path: Path) -> FileIdentity | None:
    """The device and inode of ``path``, or None when nothing is there."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


class FileWatch:
    """The held connection of one open, writable file, and what it notices."""

    def __init__(self, path: Path, busy_timeout_ms: int) -> None:
        self.path = path
        self.wal = Path(f"{path}-wal")
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(
            f"{path.as_uri()}?mode=rw", uri=True, check_same_thread=False, isolation_level=None
        )
        try:
            self._connection.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
            # A read opens the -wal and -shm: from now on they stay open with the file.
            self._connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            self._connection.close()
            raise
        self._file = identity_of(path)
        self._wal_file = identity_of(self.wal)
        self._closed = False

    def problem(self) -> DatabaseFileError | None:
        """What went wrong with the file since it was opened, if anything (two stat calls)."""
        if self._closed:
            return None
        now = identity_of(self.path)
        if now is None and not self.path.parent.is_dir():
            return FolderGoneError(self.path)
        if now != self._file:
            return FileMovedError(self.path)
        wal = identity_of(self.wal)
        if self._wal_file is None:
            self._wal_file = wal
        elif wal != self._wal_file:
            return WalGoneError(self.path)
        return None

    def wal_size(self) -> int:
        try:
            return self.wal.stat().st_size
        except OSError:
            return 0

    def checkpoint(self, mode: str = "PASSIVE") -> None:
        """Write committed work from the -wal into the file (PASSIVE: never waits for
        readers or writers; TRUNCATE at close also empties the -wal)."""
        assert mode in ("PASSIVE", "FULL", "TRUNCATE")
        with self._lock, contextlib.suppress(sqlite3.Error):
            # Busy or failing: SQLite's own checkpoint, or the next one, catches up.
            if not self._closed:
                self._connection.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()

    def rescue_into_file(self) -> None:
        """After the -wal was deleted: the connections still hold it open, so a checkpoint
        can still write its committed pages into the file. Done after every write from
        then on (the deleted -wal is still where SQLite writes), until the file closes."""
        self.checkpoint("FULL")

    def save_copy(self, destination: Path) -> Path:
        """Copy the file as this connection sees it (with the work still in its -wal) to
        ``destination``, whole or not at all; works after the path itself has gone."""
        with self._lock:
            return copy_through(self._connection, destination)

    def close(self) -> None:
        """Checkpoint everything into the file and let the connection go; the file is then
        one file again (copied alone, it holds all the work)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                if self.problem_free():
                    self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite3.Error:
                pass  # busy (another program reads it) or gone: the last closer checkpoints
            finally:
                self._connection.close()

    def problem_free(self) -> bool:
        return identity_of(self.path) == self._file
