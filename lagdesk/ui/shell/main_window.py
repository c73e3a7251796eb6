"""The main window: sidebar of areas, one page per area (built when first shown), menus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lagdesk import __version__
from lagdesk.errors import UserError
from lagdesk.i18n import LANGUAGES, current_language, install_language
from lagdesk.ui.common import dialogs, unsaved
from lagdesk.ui.shell import settings
from lagdesk.ui.shell.areas import Area, area_named
from lagdesk.ui.shell.auto_backup import AutoBackups
from lagdesk.ui.shell.file_health import FileHealth
from lagdesk.ui.shell.file_menu import FileActions
from lagdesk.ui.shell.pages import build_page
from lagdesk.ui.shell.sidebar import Sidebar

if TYPE_CHECKING:
    from lagdesk.db.database import Database
    from lagdesk.ui.shell.opening import OpenFile


class MainWindow(QMainWindow):
    #: Emitted when a backup ends: its path, or "" when it failed.
    backup_done = Signal(str)

    def __init__(
        self,
        opened: OpenFile | None,
        parent: QWidget | None = None,
        *,
        pending_path: Path | None = None,
    ) -> None:
        """A window on ``opened``, or on ``pending_path`` while that file is being opened."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings.app_settings()
        self._file: OpenFile | None = opened
        self._pending_path = pending_path
        self.undo_stack = QUndoStack(self)
        self._pages: dict[Area, QWidget] = {}

        self.sidebar = Sidebar()
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        row.addWidget(self.stack, 1)
        # Banners about the file itself (read-only, damaged, gone) above everything else.
        self.health = FileHealth(self)
        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.health.banners)
        column.addWidget(central, 1)
        self.setCentralWidget(outer)

        self.path_label = QLabel()
        self.statusBar().addPermanentWidget(self.path_label)
        self.files = FileActions(self)
        self.auto_backups = AutoBackups(self)
        self._build_menus()

        self.resize(1100, 720)
        geometry = self.settings.value(settings.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value(settings.STATE)
        if state is not None:
            self.restoreState(state)
        self.sidebar.area_selected.connect(self.show_area)
        if opened is None:
            self._show_opening()
        else:
            self._show_file()
            self._file_opened()
            self.show_area(area_named(settings.text_value(self.settings, settings.AREA)))

    def _show_opening(self) -> None:
        """What the window shows in the moment between start-up and the file being open."""
        path = self._pending_path or Path()
        self.setWindowFilePath(str(path))
        self.setWindowTitle(self.tr("{file} — lagdesk").format(file=path.name))
        self.path_label.setText(str(path))
        self.opening_label = QLabel(self.tr("Opening {file}…").format(file=path.name))
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening_label)
        self.stack.setCurrentWidget(self.opening_label)
        self.sidebar.setEnabled(False)
        self.menuBar().setEnabled(False)

    def attach(self, opened: OpenFile) -> None:
        """Show the file that start-up has just opened."""
        self._file = opened
        self.stack.removeWidget(self.opening_label)
        self.opening_label.deleteLater()
        self.sidebar.setEnabled(True)
        self.menuBar().setEnabled(True)
        self._show_file()
        self._file_opened()
        self.show_area(area_named(settings.text_value(self.settings, settings.AREA)))

    @property
    def is_open(self) -> bool:
        return self._file is not None

    # -- the open file -----------------------------------------------------------------

    @property
    def database(self) -> Database:
        assert self._file is not None, "the window's file is closed"
        return self._file.database

    @property
    def current_path(self) -> Path:
        return self.database.path

    def switch_file(self, path: Path, *, create: bool) -> bool:
        """Open ``path`` instead of the current file; on failure the current one stays."""
        path = Path(path).expanduser().resolve()
        if path == self.current_path:
            self.statusBar().showMessage(
                self.tr("{name} is already open.").format(name=path.name), 5000
            )
            return True
        if not self.settle_unsaved():
            return False
        from lagdesk.ui.shell.opening import open_file

        try:
            opened = open_file(path, create=create)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("The file was not opened"), error)
            return False
        area = self.sidebar.current_area() or Area.NETWORK
        self.undo_stack.clear()
        self._drop_pages()
        self.health.stop()
        old, self._file = self._file, opened
        if old is not None:
            self.auto_backups.file_closing(old.database)
            old.close()
        self._show_file()
        self._file_opened()
        self.show_area(area)
        return True

    def _file_opened(self) -> None:
        """Start the file's automatic backups; say so if opening it made an upgrade copy."""
        assert self._file is not None
        self.auto_backups.file_opened(self._file.database, new=self._file.created)
        copy = self._file.database.migration_backup
        if copy is not None:
            self.statusBar().showMessage(
                self.tr(
                    "{name} was upgraded to this version of lagdesk; a copy of it as it was "
                    "is in {backup}."
                ).format(name=self.current_path.name, backup=copy.name),
                20000,
            )

    def restore(self, backup: Path) -> bool:
        """Put ``backup`` in place of the open file (the file is closed meanwhile, its lock
        kept) and open the result; on failure the file is opened again as it was."""
        from lagdesk.core.support.backups import restore_backup
        from lagdesk.ui.shell.opening import open_file

        assert self._file is not None
        path = self.current_path
        area = self.sidebar.current_area() or Area.NETWORK
        self.undo_stack.clear()
        self._drop_pages()
        self.health.stop()
        self.auto_backups.stop_watching()
        lock, self._file.lock = self._file.lock, None
        self._file.close()
        self._file = None
        problem: UserError | None = None
        try:
            result = restore_backup(path, backup)
        except UserError as error:
            problem = error
        finally:  # even after a bug, the file (restored or as it was) is open again
            try:
                self._file = open_file(path, create=False, lock=lock)
            except UserError as error:
                dialogs.show_user_error(self, self.tr("The file was not opened"), error)
                self.close()
            else:
                self._show_file()
                self._file_opened()
                self.show_area(area)
        if self._file is None:
            return False
        if problem is not None:
            dialogs.show_user_error(self, self.tr("The backup was not restored"), problem)
            return False
        where = (
            self.tr("The file as it was before is kept as {previous}.").format(
                previous=result.previous
            )
            if result.previous is not None
            else ""
        )
        dialogs.show_information(
            self,
            self.tr("Restore from backup"),
            " ".join(
                part
                for part in (
                    self.tr("{name} was restored from {backup}.").format(
                        name=path.name, backup=backup.name
                    ),
                    where,
                )
                if part
            ),
        )
        return True

    def _show_file(self) -> None:
        path = self.current_path
        self.setWindowFilePath(str(path))
        self.setWindowTitle(self.tr("{file} — lagdesk").format(file=path.name))
        self.path_label.setText(str(path))
        self.path_label.setToolTip(self.tr("The file you are working in"))
        settings.add_recent_file(self.settings, path)
        self.files.rebuild_recent()
        self.health.watch(self.database)

    # -- areas and pages ---------------------------------------------------------------

    def show_area(self, area: Area) -> None:
        if self.sidebar.current_area() is not area:
            self.sidebar.select(area)  # comes back here through area_selected
            return
        if self._file is None:
            return
        shown = self.stack.currentWidget()
        if shown is not self._pages.get(area) and not unsaved.settle(self, [shown]):
            left = next((a for a, p in self._pages.items() if p is shown), None)
            if left is not None:
                self.sidebar.select(left)  # Cancel: back to the page with the edit
            return
        page = self._pages.get(area)
        if page is None:
            page = build_page(area, self.database, self.undo_stack)
            self._pages[area] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def page(self, area: Area) -> QWidget | None:
        """The page of ``area`` if it was built (pages are built when first shown)."""
        return self._pages.get(area)

    def wait_for_background_work(self) -> None:
        """Let a backup, import or export that is running finish before its file closes.

        Every page runs such work in a QThreadPool of its own, so waiting for all the pools
        below the window covers areas added later too.
        """
        for pool in self.findChildren(QThreadPool):
            pool.waitForDone()

    def settle_unsaved(self) -> bool:
        """Before the file closes: pages write what they save by themselves, then the user
        is asked about each edit still unsaved. False when they chose to stay."""
        return unsaved.settle(self, self._pages.values())

    def save_pending(self) -> None:
        """Let pages write what they keep unsaved (minutes being typed) before a file closes."""
        for page in self._pages.values():
            save = getattr(page, "save_pending", None)
            if callable(save):
                save()

    def _drop_pages(self) -> None:
        self.save_pending()
        self.wait_for_background_work()
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()

    # -- menus -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.files.fill(bar.addMenu(self.tr("&File")))

        edit = bar.addMenu(self.tr("&Edit"))
        # Our own prefixes: Qt has no catalogue for every language lagdesk speaks.
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)

        view = bar.addMenu(self.tr("&View"))
        self.area_actions: dict[Area, QAction] = {}
        for area in Area:
            action = view.addAction(area.title)
            action.setShortcut(area.shortcut)
            action.triggered.connect(lambda _checked=False, a=area: self.show_area(a))
            self.area_actions[area] = action
        view.addSeparator()
        self._add_language_menu(view.addMenu(self.tr("&Language")))

        help_menu = bar.addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About lagdesk"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)

    def _add_language_menu(self, menu: QMenu) -> None:
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._language_chosen)

    def _language_chosen(self, action: QAction) -> None:
        code = str(action.data())
        if code != current_language() and self.is_open and not self.settle_unsaved():
            for other in action.actionGroup().actions():  # the pages stay: so does the language
                other.setChecked(other.data() == current_language())
            return
        self.settings.setValue(settings.LANGUAGE, code)
        if code != current_language():
            self.change_language(code)

    def change_language(self, code: str) -> None:
        """Speak ``code`` from now on, without a restart: menus, sidebar and pages are
        built again in it and the open file stays open on the same area. The undo history
        is cleared, as when another file opens: its steps belong to the pages rebuilt."""
        install_language(code)
        area = self.sidebar.current_area()
        bar = self.menuBar()
        for action in bar.actions():
            menu = action.menu()
            bar.removeAction(action)
            if menu is not None:
                menu.deleteLater()
        self.undo_action.deleteLater()
        self.redo_action.deleteLater()
        for area_action in self.area_actions.values():
            area_action.deleteLater()
        self.files.retranslate()
        self._build_menus()
        self.sidebar.retranslate()
        if self._file is None:
            return
        self.undo_stack.clear()
        self._drop_pages()
        self._show_file()
        if area is not None:
            self.show_area(area)
        self.statusBar().showMessage(
            self.tr("lagdesk now speaks {language}.").format(language=LANGUAGES[code]), 5000
        )

    def show_about(self) -> None:
        description = self.tr(
            "An offline desk for local action group coordinators: stakeholders, meetings, "
            "the Integrated Action Plan and its indicators."
        )
        version = self.tr("Version {version}").format(version=__version__)
        file_line = self.tr("Open file: {path}").format(path=self.current_path)
        text = "".join(
            (
                "<h3>lagdesk</h3>",
                f"<p>{dialogs.escape(version)}</p>",
                f"<p>{dialogs.escape(description)}</p>",
                f"<p>{dialogs.escape(file_line)}</p>",
            )
        )
        dialogs.show_about(self, self.tr("About lagdesk"), text)

    # -- closing -----------------------------------------------------------------------

    def shutdown(self) -> None:
        """Save the window's state and close the file (once; safe to call again)."""
        if self._file is None:
            return
        self.settings.setValue(settings.GEOMETRY, self.saveGeometry())
        self.settings.setValue(settings.STATE, self.saveState())
        area = self.sidebar.current_area()
        if area is not None:
            self.settings.setValue(settings.AREA, area.value)
        self.settings.sync()
        self.save_pending()
        self.wait_for_background_work()
        self.health.stop()
        self.undo_stack.clear()
        self.auto_backups.file_closing(self._file.database)
        self._file.close()
        self._file = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_open and not self.settle_unsaved():
            event.ignore()
            return
        self.shutdown()
        event.accept()
