"""Backup copies of the open file (File > Backup now…, the automatic ones), made on a
worker thread.

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


class AutomaticBackupTask(QRunnable):
    """Makes an automatic backup (see lagdesk.core.support.backups) of ``database`` for
    ``reason``; its outcome is kept in ``problem`` as well as signalled, for a caller that
    waits on the pool once the event loop has ended."""

    def __init__(self, database: Database, reason: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = BackupSignals()
        self._database = database
        self._reason = reason
        self.problem: str | None = None

    def run(self) -> None:
        from lagdesk.core.support import backups

        try:
            made = backups.make_backup(self._database, self._reason)
        except UserError as error:
            self.problem = str(error)
            self.signals.failed.emit(self.problem)
        except Exception as error:  # a backup never stops the work: log it, say it
            log.exception("The automatic backup of %s failed", self._database.path)
            self.problem = str(error)
            self.signals.failed.emit(self.problem)
        else:
            self.signals.finished.emit(str(made.path))
