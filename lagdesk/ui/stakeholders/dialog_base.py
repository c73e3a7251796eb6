"""The shell of the person, organisation and group forms: a ``RecordDialog`` whose fields
sit on a Details tab beside the form's other tabs, with extra buttons left of OK and Cancel.

A refused edit shows each problem under its field and brings the Details tab forward.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from lagdesk.errors import FieldProblem
from lagdesk.ui.common.record_dialog import RecordDialog, Submit


class StakeholderDialog(RecordDialog):
    def __init__(self, submit: Submit, loaded: Any, parent: QWidget | None = None) -> None:
        super().__init__(submit, loaded, parent)
        self.setMinimumWidth(560)

    def _place_form(self) -> None:
        self.tabs = QTabWidget(self)
        self.details = QWidget(self.tabs)
        details_column = QVBoxLayout(self.details)
        details_column.addLayout(self.form)
        details_column.addStretch(1)
        self.tabs.addTab(self.details, self.tr("&Details"))

    def _lay_out(self) -> None:
        self.extra_buttons = QHBoxLayout()
        bottom = QHBoxLayout()
        bottom.addLayout(self.extra_buttons)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.messages.general)
        column.addLayout(bottom)

    def add_extra_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        self.extra_buttons.addWidget(button)
        return button

    def edit(self) -> Any:
        """What the form holds; raise ValidationError for values that are not readable."""
        raise NotImplementedError

    def record(self) -> Any:
        """What goes to ``submit`` is the form's edit: the record and what comes with it."""
        return self.edit()

    def _show_problems(self, problems: Sequence[FieldProblem]) -> None:
        super()._show_problems(problems)
        if any(self.messages.message_for(p.key) for p in problems):
            self.tabs.setCurrentWidget(self.details)
