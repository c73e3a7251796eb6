"""What a form does when its record changed in the file since the form was filled.

Core (``store.update``) stores only the fields the user changed and refuses with
``EditConflict`` when one of them was changed elsewhere meanwhile (an import, another
program). The form then shows both values of each such field and asks which to keep; the
answer becomes the "as loaded" record of the next attempt, so the user's choice is stored
and everything else changed elsewhere stays.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from lagdesk.core.support import store
from lagdesk.core.support.labels import has_label, label
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.formatting import format_date, format_number
from lagdesk.ui.common.widgets import FieldMessages


def shown_value(value: Any, editor: QWidget | None = None) -> str:
    """A stored value as the form shows it: a choice by its label, a date in the locale."""
    if isinstance(editor, QComboBox):
        index = editor.findData(value)
        if index >= 0:
            return editor.itemText(index)
    if value is None or value == "":
        return QCoreApplication.translate("Dialogs", "(empty)")
    if isinstance(value, bool) or isinstance(editor, QCheckBox):
        if value:
            return QCoreApplication.translate("Dialogs", "Yes")
        return QCoreApplication.translate("Dialogs", "No")
    if isinstance(value, StrEnum) and has_label(value):
        return label(value)
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float | Decimal):
        return format_number(float(value))
    return str(value)


def conflict_rows(
    conflict: store.EditConflict, messages: FieldMessages | None
) -> list[tuple[str, str, str]]:
    """(field label, value in the file, the user's value) of each field in conflict."""
    rows = []
    for field in conflict.conflicts:
        row = messages.row_of(field.key) if messages is not None else None
        name, editor = row if row is not None else (field.label, None)
        rows.append(
            (name.rstrip(":"), shown_value(field.in_file, editor), shown_value(field.yours, editor))
        )
    return rows


def resolved_base(
    parent: QWidget, title: str, conflict: store.EditConflict, messages: FieldMessages | None
) -> Any | None:
    """Ask which values to keep; the "as loaded" record to store the edit against, or None
    when the user went back to the form."""
    choice = dialogs.resolve_conflict(parent, title, conflict_rows(conflict, messages))
    if choice is dialogs.Conflict.MINE:
        return store.keep_mine(conflict)
    if choice is dialogs.Conflict.FILE:
        return store.keep_file_values(conflict)
    return None


def choice_for_form(
    form: QWidget, conflict: store.EditConflict, messages: FieldMessages
) -> Any | None:
    """``resolved_base`` for a dialog, asked under its title; when the user goes back to
    the form instead, the conflict stays said there."""
    base = resolved_base(form, form.windowTitle(), conflict, messages)
    if base is None:
        messages.show_general(str(conflict))
    return base
