"""Copying an open SQLite file with its online backup API: the one way lagdesk copies one.

Backups, Save a copy as… and a restore all copy this way, so every copy is consistent while
the file is in use, is written whole or not at all, and is one self-contained file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def copy_through(source: sqlite3.Connection, destination: Path) -> Path:
    """Copy what ``source`` sees (with work still in its -wal) to ``destination``.

    The copy is written to ``<destination>.part`` and renamed when whole, so a copy that
    fails or is interrupted (even by Ctrl+C) leaves no partial file; a ``.part`` left by a
    run that was killed outright is replaced. The copy is out of WAL mode: nothing is needed
    beside it. Errors leave as the driver's or the system's; callers name the file.
    """
    partial = destination.with_name(destination.name + ".part")
    try:
        partial.unlink(missing_ok=True)
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        partial.replace(destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination
