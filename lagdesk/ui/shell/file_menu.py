"""The File menu: new, open, recent files, backup now, restore, settings and quit."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QProgressDialog

from lagdesk.ui.common import dialogs
from lagdesk.ui.shell import settings
from lagdesk.ui.shell.backup import BackupSignals, BackupTask, default_backup_name

if TYPE_CHECKING:
    from lagdesk.ui.shell.main_window import MainWindow


class FileActions(QObject):
    """Owns the File menu's actions and the backup that may be running."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_action = QAction(window)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = QAction(window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(window)
        self.backup_action = QAction(window)
        self.restore_action = QAction(window)
        self.settings_action = QAction(window)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = QAction(window)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.retranslate()

        self.new_action.triggered.connect(self.new_file)
        self.open_action.triggered.connect(self.open_file)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.settings_action.triggered.connect(self.show_settings)
        self.quit_action.triggered.connect(window.close)

        self._pool = QThreadPool(self)
        self._running: BackupSignals | None = None
        self._progress: QProgressDialog | None = None

    def retranslate(self) -> None:
        """Name the actions in the language in force (again, after it changed)."""
        self.new_action.setText(self.tr("&New…"))
        self.new_action.setStatusTip(self.tr("Start a new lagdesk file"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setStatusTip(self.tr("Open another lagdesk file"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.backup_action.setText(self.tr("&Backup now…"))
        self.backup_action.setStatusTip(
            self.tr("Save a copy of this file, for example on a USB stick")
        )
        self.restore_action.setText(self.tr("Res&tore from backup…"))
        self.restore_action.setStatusTip(
            self.tr("Put one of this file's automatic backups in its place")
        )
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))

    def fill(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)
        menu.addSeparator()
        menu.addAction(self.settings_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _folder(self) -> Path:
        return self.window.current_path.parent

    # -- new and open ------------------------------------------------------------------

    def new_file(self) -> bool:
        chosen = dialogs.new_file_path(
            self.window,
            self.tr("New lagdesk file"),
            self._folder() / self.tr("New file.sqlite"),
            self._name_filter(),
        )
        if chosen is None:
            return False
        if not chosen.suffix:
            chosen = chosen.with_suffix(".sqlite")
        if chosen.exists():
            dialogs.show_error(
                self.window,
                self.tr("New lagdesk file"),
                self.tr(
                    "{path} already exists. Choose another name, or use File > Open to open it."
                ).format(path=chosen),
            )
            return False
        return self.window.switch_file(chosen, create=True)

    def open_file(self) -> bool:
        chosen = dialogs.open_file_path(
            self.window,
            self.tr("Open lagdesk file"),
            self._folder(),
            self._name_filter(all_files=True),
        )
        if chosen is None:
            return False
        return self.window.switch_file(chosen, create=False)

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            settings.remove_recent_file(self.window.settings, path)
            self.rebuild_recent()
            dialogs.show_error(
                self.window,
                self.tr("Open recent"),
                self.tr("{path} no longer exists, so it was removed from the list.").format(
                    path=path
                ),
            )
            return False
        return self.window.switch_file(path, create=False)

    def rebuild_recent(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files(self.window.settings)
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if files:
            self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear list"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        settings.set_recent_files(self.window.settings, [self.window.current_path])
        self.rebuild_recent()

    def _name_filter(self, *, all_files: bool = False) -> str:
        lagdesk_files = self.tr("lagdesk files (*.sqlite *.db)")
        every_file = self.tr("All files (*)")
        return f"{lagdesk_files};;{every_file}" if all_files else lagdesk_files

    # -- backup ------------------------------------------------------------------------

    def backup_now(self) -> bool:
        """Ask where, then copy on a worker thread behind a busy dialog. True if started."""
        if self._running is not None:
            return False
        current = self.window.current_path
        folder = Path(
            settings.text_value(self.window.settings, settings.BACKUP_FOLDER, str(current.parent))
        )
        chosen = dialogs.save_file_path(
            self.window,
            self.tr("Backup now"),
            folder / default_backup_name(current, date.today()),
            self._name_filter(),
        )
        if chosen is None:
            return False
        self.window.settings.setValue(settings.BACKUP_FOLDER, str(chosen.parent))
        task = BackupTask(self.window.database, chosen)
        self._running = task.signals
        task.signals.finished.connect(self._backup_finished)
        task.signals.failed.connect(self._backup_failed)
        self._set_busy(True)
        progress = QProgressDialog(
            self.tr("Making a backup copy of {name}…").format(name=current.name),
            "",
            0,
            0,
            self.window,
        )
        progress.setWindowTitle(self.tr("Backup now"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._progress = progress
        self._pool.start(task)
        return True

    def restore_from_backup(self) -> bool:
        """Choose a backup in the restore dialog and put it in place. True if restored."""
        from lagdesk.ui.shell.restore_dialog import RestoreDialog

        if self._running is not None:
            return False
        dialog = RestoreDialog(self.window.current_path, self.window)
        try:
            if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
                return False
            chosen = dialog.chosen
        finally:
            dialog.deleteLater()
        return self.window.restore(chosen)

    def show_settings(self) -> None:
        from lagdesk.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window.current_path, self.window)
        dialog.exec()
        dialog.deleteLater()

    def wait_for_backup(self) -> None:
        """Block until a running backup ends (before the file is closed)."""
        self._pool.waitForDone()

    def _backup_finished(self, path: str) -> None:
        self._backup_ended()
        self.window.statusBar().showMessage(self.tr("Backup saved to {path}").format(path=path))
        self.window.backup_done.emit(path)

    def _backup_failed(self, message: str) -> None:
        self._backup_ended()
        dialogs.show_error(self.window, self.tr("Backup failed"), message)
        self.window.backup_done.emit("")

    def _backup_ended(self) -> None:
        self._running = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        """No switching files while the worker reads the open one."""
        for action in (self.new_action, self.open_action, self.backup_action, self.restore_action):
            action.setEnabled(not busy)
        self.recent_menu.setEnabled(not busy)
