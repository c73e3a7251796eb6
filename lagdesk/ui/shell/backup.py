"""A backup copy of the open file, made on a worker thread.

The worker touches no widget: it reports through the signals of a QObject that lives on
the GUI thread, so the slots run there.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from lagdesk.errors import UserError

if TYPE_CHECKING:
    from lagdesk.db.database import Database

log = logging.getLogger(__name__)


def default_backup_name(database_path: Path, today: date) -> str:
    """``Koszalin-backup-2024-09-18.sqlite`` for ``Koszalin.sqlite``."""
    return f"{database_path.stem}-backup-{today.isoformat()}.sqlite"


class BackupSignals(QObject):
    finished = Signal(str)  # the backup's path
    failed = Signal(str)  # a message for the user


class BackupTask(QRunnable):
    """Copies ``database`` to ``destination`` with SQLite's online backup."""

    def __init__(self, database: Database, destination: Path) -> None:
        super().__init__()
        self.signals = BackupSignals()
        self._database = database
        self._destination = destination

    def run(self) -> None:
        from lagdesk.core.support.maintenance import backup

        try:
            written = backup(self._database, self._destination)
        except UserError as error:
            self.signals.failed.emit(str(error))
        except Exception:
            log.exception("Backup to %s failed", self._destination)
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "Backup", "The backup to {path} failed. The details are in the log file."
                ).format(path=self._destination)
            )
        else:
            self.signals.finished.emit(str(written))
