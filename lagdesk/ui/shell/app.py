"""Starting the desktop app: logging and crash dialog, settings, language, the file, the window.

Order: logging and the crash hook, settings and language, the file's single-instance lock,
then the window is shown at once with "Opening…", and the next turn of the event loop loads
the storage layer and opens the file (backup, migration, checks) before building the page
on screen. Charts, exports and migrations are imported only when used.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from lagdesk import APP_NAME, ORGANISATION_NAME, __version__
from lagdesk.core.support import paths
from lagdesk.core.support.file_lock import FileInUseError, acquire_lock
from lagdesk.errors import UserError
from lagdesk.i18n import LANGUAGES, install_language, normalise_language
from lagdesk.ui.common import dialogs
from lagdesk.ui.shell import crash, settings

OnShown = Callable[[QMainWindow], None]


def _language_argument(text: str) -> str:
    try:
        return normalise_language(text)
    except ValueError:
        choices = ", ".join(LANGUAGES)
        raise argparse.ArgumentTypeError(
            f"unknown language {text!r}; choose one of {choices}"
        ) from None


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="lagdesk", description="lagdesk desktop app")
    parser.add_argument("--db", type=Path, help="the lagdesk file to open (created if new)")
    parser.add_argument("--lang", type=_language_argument, help="language: en, pl, lv, ro, bg")
    return parser.parse_args(argv)


def choose_language(requested: str | None, stored: QSettings) -> str:
    """--lang, else the language chosen in the app, else the system's."""
    if requested:
        return requested
    try:
        return normalise_language(settings.text_value(stored, settings.LANGUAGE) or None)
    except ValueError:
        return normalise_language(None)


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = paths.resource_path("lagdesk.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run(
    argv: list[str] | None = None,
    *,
    on_shown: OnShown | None = None,
    on_ready: OnShown | None = None,
) -> int:
    """Run the app on ``--db`` (default: the user's data folder) and return its exit code.

    ``on_shown`` is called once the window is on screen, ``on_ready`` once the file is open
    and its first page is built (both for tests and benchmarks).
    """
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    hook = crash.CrashHandler(crash.start_logging(paths.log_dir()))
    hook.install()
    try:
        return _run(args, on_shown, on_ready)
    finally:
        hook.uninstall()
        crash.stop_logging()


def _cannot_start(error: UserError) -> None:
    crash.log.warning("Not started: %s", error)
    dialogs.show_user_error(None, QCoreApplication.translate("App", "lagdesk cannot start"), error)


def _run(args: argparse.Namespace, on_shown: OnShown | None, on_ready: OnShown | None) -> int:
    app = application()
    settings.configure()
    install_language(choose_language(args.lang, settings.app_settings()))

    path: Path = (args.db or paths.default_database_path()).expanduser().resolve()
    if args.db is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            crash.log.warning("Cannot create %s: %s", path.parent, error)
    try:
        lock = acquire_lock(path)
    except FileInUseError as error:
        _cannot_start(error)
        return 1

    from lagdesk.ui.shell.main_window import MainWindow

    window = MainWindow(None, pending_path=path)
    window.show()
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(window))

    def open_the_file() -> None:
        from lagdesk.ui.shell.opening import open_file

        try:
            opened = open_file(path, create=True, lock=lock)
        except Exception as error:  # every failure ends the start, never at "Opening…"
            window.hide()
            app.exit(1)
            if isinstance(error, UserError):
                _cannot_start(error)
                return
            raise  # a bug: the crash dialog names the log
        crash.log.info("Opened %s", opened.path)
        try:
            window.attach(opened)
        except UserError as error:  # the first page met a damaged part of the file
            crash.log.warning("First page of %s: %s", opened.path, error)
            dialogs.show_user_error(window, APP_NAME, error)
        if on_ready is not None:
            QTimer.singleShot(0, lambda: on_ready(window))

    QTimer.singleShot(0, open_the_file)
    try:
        return app.exec()
    finally:
        opened_at_all = window.is_open
        window.shutdown()
        if not opened_at_all and lock is not None:
            lock.release()
        # Closing the last window while quitting posts a second Quit; drop it so that an
        # application object that outlives run() (tests, a restart) keeps working.
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
