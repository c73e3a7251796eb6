"""Base of the dialogs that edit one record: problems appear next to the fields.

The dialog hands the record as it was loaded and the edited record to ``submit`` (a core
call that stores only the fields the user changed, ``store.update``). A refused record
keeps the dialog open with each problem under its field; nothing is stored. When the record
was changed elsewhere in a field the user changed too, the dialog shows both values and
asks which to keep, then stores again against the record as the file holds it now.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.support.store import EditConflict
from lagdesk.errors import FieldProblem, UserError, ValidationError
from lagdesk.ui.common.edit_conflict import choice_for_form
from lagdesk.ui.common.widgets import FieldMessages

#: (the record as loaded, or None for a new one; what ``record()`` gives) -> what was stored
Submit = Callable[[Any, Any], Any]


class RecordDialog(QDialog):
    def __init__(self, submit: Submit, loaded: Any, parent: QWidget | None = None) -> None:
        """``loaded``: the record the form is filled from (None, or no id, when new)."""
        super().__init__(parent)
        self.setMinimumWidth(440)
        self._submit = submit
        #: What the edit is compared with: the record as the form got it from the file, or
        #: after a conflict the file's record with the user's choice made.
        self.loaded: Any = loaded if getattr(loaded, "id", None) is not None else None
        #: What ``submit`` returned (the stored record), once the dialog is accepted.
        self.saved: Any = None
        self.form = QFormLayout()
        self._place_form()
        self.messages = FieldMessages(QLabel(self))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _place_form(self) -> None:
        """Build what holds ``form``: built before the buttons, it comes before them in
        the tab order."""

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.messages.general)
        column.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_row(self, label: str, field: str, editor: QWidget) -> None:
        self.messages.add_row(self.form, label, field, editor)

    def record(self) -> Any:
        """The edited record; raise ValidationError for values that are not even readable."""
        raise NotImplementedError

    def _show_problems(self, problems: Sequence[FieldProblem]) -> None:
        self.messages.show(problems)

    def accept(self) -> None:
        self.messages.clear()
        try:
            self.saved = self._submit(self.loaded, self.record())
        except EditConflict as conflict:
            base = choice_for_form(self, conflict, self.messages)
            if base is None:
                return
            self.loaded = base
            self.accept()
            return
        except ValidationError as error:
            self._show_problems(error.problems)
            return
        except UserError as error:
            self.messages.show_general(str(error))
            return
        super().accept()
