"""The automatic backups the window makes: on open (the day's first) and on close (if the
file changed), see lagdesk.core.support.backups.

The storage layer is imported when a file is opened, not with the window (see app.py).
Both run on a worker thread: the open backup so the first page is not held up, the close
backup behind a short progress that closing waits for (a file of a few megabytes takes
moments).
A backup that fails is logged and said in the status bar; it never stops the work.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog

from lagdesk.ui.shell.backup import AutomaticBackupTask

if TYPE_CHECKING:
    from lagdesk.core.support.backups import ChangeWatch
    from lagdesk.db.database import Database

log = logging.getLogger(__name__)


class AutoBackups(QObject):
    """Makes the automatic backups of the window's file."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._watch: ChangeWatch | None = None
        self._running: list[AutomaticBackupTask] = []

    def file_opened(self, database: Database, *, new: bool = False) -> None:
        """Start watching ``database`` for changes; back it up unless that was done today
        already (or the file is new: it holds nothing yet). A file open for reading only
        cannot change here: nothing to watch or back up."""
        from lagdesk.core.support import backups

        self.stop_watching()
        if database.read_only:
            return
        try:
            self._watch = backups.ChangeWatch(database.path)
        except sqlite3.Error:  # an unreadable file is reported when it is used, not here
            log.warning("Cannot watch %s for changes", database.path, exc_info=True)
        if new or backups.backed_up_today(database.path):
            return
        task = AutomaticBackupTask(database, backups.OPEN)
        self._running.append(task)
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
        # On a worker thread behind a short progress; user input waits meanwhile. When the
        # app is already quitting the loop does not run, and the wait below does the work.
        task = AutomaticBackupTask(database, backups.CLOSE)
        progress = QProgressDialog(
            self.tr("Making a backup of {name}…").format(name=database.path.name),
            "",
            0,
            0,
            self.window,
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        loop = QEventLoop()
        task.signals.finished.connect(loop.quit)
        task.signals.failed.connect(loop.quit)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._pool.start(task)
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            self._pool.waitForDone()
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
            progress.deleteLater()
        if task.problem is not None:
            log.warning("The backup on closing %s failed: %s", database.path, task.problem)

    def stop_watching(self) -> None:
        """Forget the file's changes (it is closing, or being replaced by a restore)."""
        self._pool.waitForDone()
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def _made(self, path: str) -> None:
        log.info("Automatic backup made: %s", path)
        self._forget(self.sender())

    def _failed(self, message: str) -> None:
        self._forget(self.sender())
        self.window.statusBar().showMessage(
            self.tr("The automatic backup failed: {problem}").format(problem=message), 10000
        )

    def _forget(self, signals: QObject) -> None:
        self._running = [task for task in self._running if task.signals is not signals]
