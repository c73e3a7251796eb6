"""Edits kept in a page that are not in the file yet, and the question before they are lost.

Most of the app stores each change at once, with undo. A page that keeps an edit until the
user saves it (the network's form; minutes the autosave could not write) answers
``KeepsEdits``; before the window quits, opens another file or shows another page it asks
"Save changes to …?" for each such page (``settle``): Save stores the edit (a refusal keeps
the user where they are, with their text), Discard drops it, Cancel keeps it. A table cell
being typed in is ended first, which stores it, and a page that saves by itself
(``save_pending``) is asked to, so only what could not be stored is asked about.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from lagdesk.ui.common import dialogs


@runtime_checkable
class KeepsEdits(Protocol):
    def has_unsaved_changes(self) -> bool:
        """Whether something typed here is not in the file yet."""
        ...

    def unsaved_changes_name(self) -> str:
        """What the edit is about, as the question names it ("the network GenProcure")."""
        ...

    def save_changes(self) -> bool:
        """Store the edit; False when it was refused (the page shows why, the edit stays)."""
        ...

    def discard_changes(self) -> None:
        """Drop the edit: the page shows what the file holds."""
        ...


def finish_typing(parent: QWidget) -> None:
    """End the edit under the keyboard (a table cell being typed in) so that it is stored
    the way leaving the cell stores it, while the file is still open."""
    focused = QApplication.focusWidget()
    if focused is not None and parent.isAncestorOf(focused):
        focused.clearFocus()
        QCoreApplication.sendPostedEvents()  # what the commit queued: the write itself


def settle(parent: QWidget, pages: Iterable[object]) -> bool:
    """Ask about each page's unsaved edit; False when the user chose to stay (Cancel, or a
    save that was refused)."""
    finish_typing(parent)
    for page in pages:
        pending = getattr(page, "save_pending", None)
        if callable(pending):
            pending()  # what a page saves by itself (minutes being typed) needs no question
        if not settle_parts(parent, _parts(page)):
            return False
    return True


def _parts(page: object) -> list[object]:
    """A page with several editors lists them (``unsaved_parts``); others are one."""
    parts = getattr(page, "unsaved_parts", None)
    return list(parts()) if callable(parts) else [page]


def settle_parts(parent: QWidget, parts: Iterable[object]) -> bool:
    """Ask about each editor's unsaved edit (no page-level steps); False to stay."""
    for page in parts:
        if not isinstance(page, KeepsEdits) or not page.has_unsaved_changes():
            continue
        title = QCoreApplication.translate("Unsaved", "Unsaved changes")
        question = QCoreApplication.translate(
            "Unsaved", "Save changes to {what}? If you do not, they are lost."
        ).format(what=page.unsaved_changes_name())
        answer = dialogs.ask_save_changes(parent, title, question)
        if answer is dialogs.Unsaved.CANCEL:
            return False
        if answer is dialogs.Unsaved.SAVE and not page.save_changes():
            return False
        if answer is dialogs.Unsaved.DISCARD:
            page.discard_changes()
    return True
