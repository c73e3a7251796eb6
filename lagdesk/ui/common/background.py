"""Long work (imports, exports) on a worker thread behind a busy dialog.

The worker touches no widget: it reports its result or its error through signals, whose
slots run on the GUI thread. Errors a user can act on (a UserError: bad file, read-only
folder, locked database) are handed over as they are, to be shown as a
message; anything else is a bug, logged, and reported as a plain sentence.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from lagdesk.errors import UserError

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)  # the exception, for errors a user can act on; else a message
    progress = Signal(int, int, str)  # done, total (0: unknown), what is being done
    cancelled = Signal()


class Cancelled(Exception):
    """The user cancelled the work before it finished."""


class Progress:
    """Handed to cancellable work: it reports its steps here, and a step after the user
    pressed Cancel raises ``Cancelled`` (on the worker thread), which ends the work."""

    #: Steps are passed on at most this often, so a long loop does not flood the GUI.
    INTERVAL = 0.05

    def __init__(self, signals: TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._phase = ""
        self._last = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def phase(self, text: str) -> None:
        """Start a new stage of the work, named ``text`` (its steps are counted afresh)."""
        self._phase = text
        self._last = 0.0
        self(0, 0)

    def __call__(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - self._last >= self.INTERVAL or done == total:
            self._last = now
            self._signals.progress.emit(done, total, self._phase)


class Task(QRunnable):
    """Runs ``work`` on a pool thread and reports its result or its error."""

    def __init__(self, work: Callable[[], Any], signals: TaskSignals | None = None) -> None:
        super().__init__()
        self.signals = signals or TaskSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as error:
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

    The dialog appears only when the work takes longer than a moment. ``run`` has no Cancel
    button: an import stopped half-way would have to be undone anyway. ``run_cancellable``
    has one, for work that writes nothing until it is whole (exports, previews).
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
        dialog = QProgressDialog(text, "", 0, 0, owner or self._parent)
        dialog.setCancelButton(None)
        self._start(Task(work), dialog, title, done, failed)

    def run_cancellable(
        self,
        title: str,
        text: str,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None],
        failed: Callable[[Any], None],
        cancelled: Callable[[], None] | None = None,
        owner: QWidget | None = None,
    ) -> Progress:
        """Like ``run``, with a progress bar and a Cancel button; ``work(progress)`` reports
        its steps to ``progress``. Returns the Progress, whose ``cancel()`` stops the work."""
        signals = TaskSignals()
        progress = Progress(signals)
        cancel_text = QCoreApplication.translate("Background", "Cancel")
        dialog = QProgressDialog(text, cancel_text, 0, 0, owner or self._parent)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)

        def stepped(step: int, total: int, phase: str) -> None:
            if progress.cancelled:
                return
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(step, total) if total else 0)
            dialog.setLabelText(phase or text)

        def cancel() -> None:
            progress.cancel()
            dialog.setLabelText(QCoreApplication.translate("Background", "Cancelling…"))

        dialog.canceled.connect(cancel)
        signals.progress.connect(stepped)
        task = Task(lambda: work(progress), signals)
        self._start(task, dialog, title, done, failed, cancelled or (lambda: None))
        return progress

    def _start(
        self,
        task: Task,
        dialog: QProgressDialog,
        title: str,
        done: Callable[[Any], None],
        failed: Callable[[Any], None],
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        """Show ``dialog`` over the work (after a moment), run ``task`` and hand its end to
        ``done``, ``failed`` or ``cancelled`` once the dialog is gone."""
        signals = task.signals
        self._signals.add(signals)  # kept alive until the task reports
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self.progress = dialog

        def ended(then: Callable[..., None], *result: Any) -> None:
            self._signals.discard(signals)
            dialog.blockSignals(True)  # its reset must not read as a Cancel
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
            if self.progress is dialog:
                self.progress = None
            then(*result)

        signals.finished.connect(lambda result: ended(done, result))
        signals.failed.connect(lambda error: ended(failed, error))
        if cancelled is not None:
            signals.cancelled.connect(lambda: ended(cancelled))
        self.pool.start(task)

    @property
    def busy(self) -> bool:
        """True while a task has not reported yet."""
        return bool(self._signals)

    def wait(self) -> None:
        self.pool.waitForDone()


__all__ = ["BackgroundRunner", "Cancelled", "Progress", "Task", "TaskSignals"]
