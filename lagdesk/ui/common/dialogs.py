"""Every modal message box and file chooser the app shows goes through these functions.

They are module-level so that tests replace them (``monkeypatch.setattr(dialogs, ...)``)
and never block on a modal dialog. Call them as ``dialogs.show_error(...)``, not through a
``from`` import, or the replacement is not seen.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lagdesk.errors import FieldProblem, UserError, ValidationError

PLAIN = Qt.TextFormat.PlainText


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """A problem the user can act on (bad file, locked database, failed backup)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(PLAIN)
    box.exec()


def show_user_error(parent: QWidget | None, title: str, error: UserError) -> None:
    """What a page shows when core or the file refuses: the error's own message.

    It takes only a ``UserError``; any other exception is a bug, left for the crash dialog.
    """
    show_error(parent, title, str(error))


T = TypeVar("T")


def stored_or_shown(
    parent: QWidget,
    store: Callable[[], T],
    show_problems: Callable[[list[FieldProblem]], None],
    title: str,
) -> T | None:
    """What ``store`` (a core call) returned; None when core refused, the form still open:
    field problems go under their fields, any other refusal to a message box ``title``."""
    try:
        return store()
    except ValidationError as error:
        show_problems(list(error.problems))
    except UserError as error:
        show_user_error(parent, title, error)
    return None


def show_information(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(PLAIN)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something destructive; ``action`` labels the button that goes ahead."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setTextFormat(PLAIN)
    go_ahead = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go_ahead


class Unsaved(Enum):
    """What to do with an edit not stored yet, before it would be lost."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget | None, title: str, text: str) -> Unsaved:
    """ "Save changes to …?" with Save, Discard and Cancel (Escape keeps the edit)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(PLAIN)
    box.button(QMessageBox.StandardButton.Save).setText(
        QCoreApplication.translate("Dialogs", "&Save")
    )
    box.button(QMessageBox.StandardButton.Discard).setText(
        QCoreApplication.translate("Dialogs", "&Discard")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialogs", "Cancel")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


class Conflict(Enum):
    """Which value wins in the fields both the user and someone else changed."""

    MINE = "mine"
    FILE = "file"


def resolve_conflict(
    parent: QWidget | None, title: str, fields: list[tuple[str, str, str]]
) -> Conflict | None:
    """Show each field changed both here and elsewhere, (label, in the file, yours), and
    ask which to keep; None (Cancel) goes back to the form with the user's text."""
    header = (
        QCoreApplication.translate("Dialogs", "Field"),
        QCoreApplication.translate("Dialogs", "In the file now"),
        QCoreApplication.translate("Dialogs", "Yours"),
    )
    rows = "".join(
        "<tr>" + "".join(f"<td nowrap>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in fields
    )
    head = "".join(f"<th align='left'>{html.escape(cell)}</th>" for cell in header)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        html.escape(
            QCoreApplication.translate(
                "Dialogs", "This record was changed elsewhere since you opened it."
            )
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    # Rich text for the table of values; every piece of it is escaped above.
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setInformativeText(
        f"<table cellspacing='0' cellpadding='4'><tr>{head}</tr>{rows}</table>"
        + "<p>"
        + html.escape(QCoreApplication.translate("Dialogs", "Which values do you want to keep?"))
        + "</p>"
    )
    mine = box.addButton(
        QCoreApplication.translate("Dialogs", "Keep &mine"), QMessageBox.ButtonRole.AcceptRole
    )
    theirs = box.addButton(
        QCoreApplication.translate("Dialogs", "Keep the &file's"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("Dialogs", "Cancel"))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is mine:
        return Conflict.MINE
    if clicked is theirs:
        return Conflict.FILE
    return None


def save_file_path(
    parent: QWidget | None, caption: str, suggested: Path, name_filter: str
) -> Path | None:
    """A path to write to, or None when the user cancels. Overwriting is confirmed."""
    chosen, _selected = QFileDialog.getSaveFileName(parent, caption, str(suggested), name_filter)
    return Path(chosen) if chosen else None


def folder_path(parent: QWidget | None, caption: str, suggested: Path) -> Path | None:
    """An existing folder to write into, or None when the user cancels."""
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(suggested))
    return Path(chosen) if chosen else None


def new_file_path(
    parent: QWidget | None, caption: str, suggested: Path, name_filter: str
) -> Path | None:
    """A name for a new file; an existing file is not offered for overwriting."""
    chosen, _selected = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(suggested),
        name_filter,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(chosen) if chosen else None


def open_file_path(
    parent: QWidget | None, caption: str, directory: Path, name_filter: str
) -> Path | None:
    chosen, _selected = QFileDialog.getOpenFileName(parent, caption, str(directory), name_filter)
    return Path(chosen) if chosen else None


def open_file_paths(
    parent: QWidget | None, caption: str, directory: Path, name_filter: str
) -> list[Path]:
    """Several existing files to read; an empty list when the user cancels."""
    chosen, _selected = QFileDialog.getOpenFileNames(parent, caption, str(directory), name_filter)
    return [Path(name) for name in chosen]


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def show_crash(parent: QWidget | None, log_path: Path | None) -> None:
    """Shown for a bug: no traceback, only where the details were written."""
    title = QCoreApplication.translate("Dialogs", "lagdesk met an unexpected problem")
    text = QCoreApplication.translate(
        "Dialogs",
        "Something went wrong inside lagdesk. Your data saved so far is safe. "
        "If it happens again, please send the log file to the people who support lagdesk.",
    )
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(PLAIN)
    if log_path is not None:
        box.setInformativeText(
            QCoreApplication.translate("Dialogs", "Log file: {path}").format(path=log_path)
        )
        folder = box.addButton(
            QCoreApplication.translate("Dialogs", "Open log folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
    else:
        folder = None
    box.exec()
    if folder is not None and box.clickedButton() is folder and log_path is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent)))


def escape(text: str) -> str:
    """Text placed inside rich text (the About box)."""
    return html.escape(text)
