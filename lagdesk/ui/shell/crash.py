"""Logging to a rotating file, and what a user sees when lagdesk itself fails.

A bug never shows a bare traceback: it goes to the log file, and the user gets a short
dialog that names that file.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from lagdesk.errors import UserError

LOG_FILE_NAME = "lagdesk.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3

log = logging.getLogger("lagdesk")
_handler: logging.FileHandler | None = None


def start_logging(directory: Path) -> Path | None:
    """Log to ``directory``/lagdesk.log (the temp folder if that one cannot be written)."""
    global _handler
    stop_logging()
    for folder in (directory, Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            rotate(folder / LOG_FILE_NAME)
            handler = logging.FileHandler(folder / LOG_FILE_NAME, encoding="utf-8")
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        _handler = handler
        return folder / LOG_FILE_NAME
    return None


def rotate(path: Path) -> None:
    """Keep the log small: at start-up a log over the limit becomes .1 (.1 becomes .2 ...).

    Done once per start rather than with logging.handlers, whose import costs start-up time.
    """
    if not path.is_file() or path.stat().st_size < MAX_LOG_BYTES:
        return
    for number in range(LOG_BACKUPS - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def stop_logging() -> None:
    global _handler
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashHandler:
    """``sys.excepthook`` for the GUI: log the exception, then show the crash dialog once.

    ``install`` and ``uninstall`` restore whatever hook was there before (pytest-qt has one).
    """

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self._previous: ExceptHook | None = None
        self._showing = False

    def install(self) -> None:
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None:
            if sys.excepthook is self:
                sys.excepthook = self._previous
            self._previous = None

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            return
        if isinstance(error, UserError):
            self._tell(error)
            return
        log.critical("Unexpected error", exc_info=(kind, error, trace))
        if self.log_path is None:
            sys.__excepthook__(kind, error, trace)
        # Widgets only on the GUI thread, and one dialog at a time.
        if self._showing or threading.current_thread() is not threading.main_thread():
            return
        self._showing = True
        try:
            from lagdesk.ui.common import dialogs

            dialogs.show_crash(QApplication.activeWindow(), self.log_path)
        finally:
            self._showing = False

    def _tell(self, error: UserError) -> None:
        """A problem the user or the machine caused (the disk full, the file read-only or
        gone) that a page did not catch: its own message, not the crash dialog."""
        log.warning("Not done: %s", error)
        if self._showing or threading.current_thread() is not threading.main_thread():
            return
        self._showing = True
        try:
            from lagdesk import APP_NAME
            from lagdesk.ui.common import dialogs

            dialogs.show_user_error(QApplication.activeWindow(), APP_NAME, error)
        finally:
            self._showing = False
