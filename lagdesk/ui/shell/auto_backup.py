"""The automatic backups the window makes: on open (the day's first) and on close (if the
file changed), see lagdesk.core.support.backups.

The storage layer is imported when a file is opened, not with the window (see app.py).
The open backup runs on a worker thread, so the first page is not held up; closing waits
for it, then makes the close backup (a copy of a file of a few megabytes takes moments).
A backup that fails is logged and said in the status bar; it never stops the work.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from lagdesk.errors import UserError

if TYPE_CHECKING:
    from lagdesk.core.support.backups import ChangeWatch
    from lagdesk.db.database import Database

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(str)  # the backup's path
    failed = Signal(str)  # a message for the user


class _OpenBackup(QRunnable):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.signals = _Signals()
        self._database = database

    def run(self) -> None:
        from lagdesk.core.support import backups

        try:
            made = backups.make_backup(self._database, backups.OPEN)
        except UserError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a backup never stops the work: log it, say it
            log.exception("The automatic backup of %s failed", self._database.path)
            self.signals.failed.emit(str(error))
        else:
            self.signals.finished.emit(str(made.path))


class AutoBackups(QObject):
    """Makes the automatic backups of the window's file."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._watch: ChangeWatch | None = None
        self._running: list[_Signals] = []

    def file_opened(self, database: Database, *, new: bool = False) -> None:
        """Start watching ``database`` for changes; back it up unless that was done today
        already (or the file is new: it holds nothing yet)."""
        from lagdesk.core.support import backups

        self.stop_watching()
        try:
            self._watch = backups.ChangeWatch(database.path)
        except Exception:  # an unreadable file is reported when it is used, not here
            log.warning("Cannot watch %s for changes", database.path, exc_info=True)
        if new or backups.backed_up_today(database.path):
            return
        task = _OpenBackup(database)
        self._running.append(task.signals)
        task.signals.finished.connect(self._made)
        task.signals.failed.connect(self._failed)
        self._pool.start(task)

    def file_closing(self, database: Database) -> None:
        """Back up ``database`` if it changed since it was opened, before it closes."""
        from lagdesk.core.support import backups

        self._pool.waitForDone()
        changed = self._watch is not None and self._watch.changed
        self.stop_watching()
        if not changed:
            return
        self.window.statusBar().showMessage(
            self.tr("Making a backup of {name}…").format(name=database.path.name)
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backups.make_backup(database, backups.CLOSE)
        except UserError as error:
            log.warning("The backup on closing %s failed: %s", database.path, error)
        except Exception:
            log.exception("The backup on closing %s failed", database.path)
        finally:
            QApplication.restoreOverrideCursor()
            self.window.statusBar().clearMessage()

    def stop_watching(self) -> None:
        """Forget the file's changes (it is closing, or being replaced by a restore)."""
        self._pool.waitForDone()
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def _made(self, path: str) -> None:
        log.info("Automatic backup made: %s", path)
        self._running = [signals for signals in self._running if signals is not self.sender()]

    def _failed(self, message: str) -> None:
        self._running = [signals for signals in self._running if signals is not self.sender()]
        self.window.statusBar().showMessage(
            self.tr("The automatic backup failed: {problem}").format(problem=message), 10000
        )
