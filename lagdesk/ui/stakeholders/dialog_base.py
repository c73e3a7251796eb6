"""The shell of the person and organisation forms: tabs, field messages, OK and Cancel.

Like ``RecordDialog``: the edit goes to ``submit`` (core calls that store it); a refused
edit keeps the form open with each problem under its field, on the tab that holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lagdesk.errors import UserError, ValidationError
from lagdesk.ui.common.widgets import FieldMessages

Submit = Callable[[Any], Any]


class StakeholderDialog(QDialog):
    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(560)
        self._submit = submit
        #: What ``submit`` returned, once the dialog is accepted.
        self.saved: Any = None
        self.tabs = QTabWidget(self)
        self.details = QWidget(self.tabs)
        self.form = QFormLayout()
        details_column = QVBoxLayout(self.details)
        details_column.addLayout(self.form)
        details_column.addStretch(1)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.messages = FieldMessages(QLabel(self))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.extra_buttons = QHBoxLayout()
        bottom = QHBoxLayout()
        bottom.addLayout(self.extra_buttons)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.messages.general)
        column.addLayout(bottom)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_row(self, label: str, field: str, editor: QWidget) -> None:
        self.messages.add_row(self.form, label, field, editor)

    def add_extra_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        self.extra_buttons.addWidget(button)
        return button

    def edit(self) -> Any:
        """What the form holds; raise ValidationError for values that are not readable."""
        raise NotImplementedError

    def accept(self) -> None:
        self.messages.clear()
        try:
            self.saved = self._submit(self.edit())
        except ValidationError as error:
            self.messages.show(error.problems)
            if any(self.messages.message_for(p.key) for p in error.problems):
                self.tabs.setCurrentWidget(self.details)
            return
        except UserError as error:
            self.messages.show_general(str(error))
            return
        super().accept()
