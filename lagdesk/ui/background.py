"""Long work (imports, exports) on a worker thread behind a busy dialog.

The worker touches no widget: it reports its result or its error through signals, whose
slots run on the GUI thread. Errors a user can act on (a LagdeskError or a DatabaseError:
bad file, read-only folder, locked database) are handed over as they are, to be shown as a
message; anything else is a bug, logged, and reported as a plain sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from lagdesk.core.errors import LagdeskError
from lagdesk.db.errors import DatabaseError

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)  # the exception, for errors a user can act on; else a message


class Task(QRunnable):
    """Runs ``work`` on a pool thread and reports its result or its error."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except (LagdeskError, DatabaseError) as error:
            self.signals.failed.emit(error)
        except Exception:
            log.exception("A background task failed")
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "Background", "Something went wrong. The details are in the log file."
                )
            )
        else:
            self.signals.finished.emit(result)


class BackgroundRunner(QObject):
    """Runs one piece of work at a time off the GUI thread, with a busy dialog over ``parent``.

    The dialog appears only when the work takes longer than a moment; it has no Cancel
    button, because an import or an export stopped half-way would have to be undone anyway.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.progress: QProgressDialog | None = None
        self._signals: set[TaskSignals] = set()

    def run(
        self,
        title: str,
        text: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Any], None],
        owner: QWidget | None = None,
    ) -> None:
        """Start ``work``; ``done(result)`` or ``failed(error)`` is called on the GUI thread."""
        task = Task(work)
        signals = task.signals
        self._signals.add(signals)  # kept alive until the task reports
        progress = QProgressDialog(text, "", 0, 0, owner or self._parent)
        progress.setWindowTitle(title)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress

        def ended() -> None:
            self._signals.discard(signals)
            progress.reset()
            progress.deleteLater()
            if self.progress is progress:
                self.progress = None

        def succeeded(result: Any) -> None:
            ended()
            done(result)

        def refused(error: Any) -> None:
            ended()
            failed(error)

        signals.finished.connect(succeeded)
        signals.failed.connect(refused)
        self.pool.start(task)

    @property
    def busy(self) -> bool:
        """True while a task has not reported yet."""
        return bool(self._signals)

    def wait(self) -> None:
        self.pool.waitForDone()


__all__ = ["BackgroundRunner", "Task", "TaskSignals"]
