"""What the window says about the open file itself: read-only, damaged, gone.

Banners above the pages, each with the words of the problem and what to do about it:
the file opened for reading only; damage found by SQLite's quick check (run off the GUI
thread after each open); the file, its folder or its ``-wal`` gone while open, found after
each write and on a timer, with "Save a copy as…" to keep what the open connection still
holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lagdesk.db.errors import DatabaseFileError
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs

if TYPE_CHECKING:
    from lagdesk.db.database import Database
    from lagdesk.ui.shell.main_window import MainWindow

#: How often the open file is looked at between writes, in milliseconds.
WATCH_INTERVAL_MS = 5000


class FileBanner(QFrame):
    """One line of warning above the pages, with an optional button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#{name} {{ background: #fff4ce; border: 1px solid #d8b600; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.button = QPushButton()
        self.button.hide()
        row.addWidget(self.button)
        self.hide()

    def say(self, text: str, action: str = "") -> None:
        self.label.setText(text)
        self.button.setText(action)
        self.button.setVisible(bool(action))
        self.show()


class _QuickCheck(QRunnable):
    def __init__(self, health: FileHealth, database: Database) -> None:
        super().__init__()
        self.health = health
        self.database = database

    def run(self) -> None:
        from lagdesk.core.support.maintenance import quick_problem

        problem = quick_problem(self.database)
        if problem is not None:
            self.health.damage_found.emit(self.database, problem)


class FileHealth(QObject):
    """The banners of a window and the watch over its open file."""

    #: From any thread: a write or the timer found the file gone (a DatabaseFileError).
    file_problem_found = Signal(object)
    #: From the quick check's thread: the database checked and what is wrong with it.
    damage_found = Signal(object, str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.database: Database | None = None
        self.banners = QWidget()
        column = QVBoxLayout(self.banners)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.read_only_banner = FileBanner("read_only_banner")
        self.damage_banner = FileBanner("damage_banner")
        self.problem_banner = FileBanner("file_problem_banner")
        for banner in (self.read_only_banner, self.damage_banner, self.problem_banner):
            column.addWidget(banner)
        self.problem_banner.button.clicked.connect(self.save_a_copy)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_INTERVAL_MS)
        self.timer.timeout.connect(self.look)
        self.file_problem_found.connect(self._show_file_problem)
        self.damage_found.connect(self._show_damage)

    def watch(self, database: Database) -> None:
        """Start looking at ``database``, the window's file from now on."""
        if database is self.database:
            return
        self.stop()
        self.database = database
        for banner in (self.read_only_banner, self.damage_banner, self.problem_banner):
            banner.hide()
        if database.read_only:
            self.read_only_banner.say(self.tr("Read-only: changes cannot be saved here"))
        else:
            database.on_file_problem.append(self._told_by_database)
            self.timer.start()
        self.pool.start(_QuickCheck(self, database))

    def stop(self) -> None:
        self.timer.stop()
        self.pool.waitForDone()
        listeners = [] if self.database is None else self.database.on_file_problem
        if self._told_by_database in listeners:
            listeners.remove(self._told_by_database)
        self.database = None

    def _told_by_database(self, problem: DatabaseFileError) -> None:
        """Called on the thread that wrote: the signal takes it to the GUI thread."""
        self.file_problem_found.emit(problem)

    def look(self) -> None:
        """The timer's look at the file: work left in the -wal goes into the file, and a
        problem reaches the banner through the database's listeners (each told once)."""
        if self.database is not None:
            self.database.after_write()

    def _show_file_problem(self, problem: DatabaseFileError) -> None:
        if self.database is None or problem.path != self.database.path:
            return
        self.problem_banner.say(str(problem), self.tr("Save a copy as…"))

    def _show_damage(self, database: Database, problem: str) -> None:
        if database is not self.database:
            return
        self.damage_banner.say(
            self.tr(
                "{path} is damaged ({problem}). Restore from a backup "
                "(File → Restore from backup…) or run lagdesk recover --db {path} "
                "--out NEW_FILE to save what can still be read."
            ).format(path=database.path, problem=problem)
        )

    def save_a_copy(self) -> bool:
        """Copy what the open file still holds to a file the user names, then open it."""
        database = self.database
        if database is None:
            return False
        folder = Path.home() if not database.path.parent.is_dir() else database.path.parent
        suggested = folder / f"{database.path.stem}-copy{database.path.suffix or '.sqlite'}"
        chosen = dialogs.new_file_path(
            self.window,
            self.tr("Save a copy as"),
            suggested,
            QCoreApplication.translate("FileActions", "lagdesk files (*.sqlite *.db)"),
        )
        if chosen is None:
            return False
        try:
            copy = database.save_copy(chosen)
        except UserError as error:
            dialogs.show_user_error(self.window, self.tr("The copy was not saved"), error)
            return False
        if not self.window.switch_file(copy, create=False):
            return False
        self.window.statusBar().showMessage(
            self.tr("The copy {path} is now open.").format(path=copy), 10000
        )
        return True
