"""Turning a meeting's decision into an action of the plan: pick the objective, check the
title and type, and core numbers the action under that objective.

``make_action`` is the way in: with no objective in the plan yet it says so and stops.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import minutes as mn
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import ActionType, ObjectiveLevel
from lagdesk.db.database import Database
from lagdesk.errors import UserError, ValidationError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.widgets import FieldMessages, paragraph


def make_action(
    database: Database, decision: mn.DecisionRow, parent: QWidget | None
) -> mn.ActionRef | None:
    """Ask for the objective and title and make the action; None when the user cancels or
    the plan has no objective to put it under."""
    try:
        objectives = mn.objective_choices(database)
    except UserError as error:
        dialogs.show_user_error(
            parent, QCoreApplication.translate("Minutes", "Make an action"), error
        )
        return None
    if not objectives:
        dialogs.show_information(
            parent,
            QCoreApplication.translate("Minutes", "Make an action"),
            QCoreApplication.translate(
                "Minutes",
                "The action plan has no objectives yet; add them in the Action plan area first.",
            ),
        )
        return None
    dialog = ActionFromDecisionDialog(database, decision, objectives, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.made
    return None


class ActionFromDecisionDialog(QDialog):
    """The action is made (through core) when the user chooses "Make action"; a refused
    one keeps the dialog open with the problem shown."""

    def __init__(
        self,
        database: Database,
        decision: mn.DecisionRow,
        objectives: Sequence[mn.ObjectiveChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._decision = decision
        #: The action made, once the dialog is accepted.
        self.made: mn.ActionRef | None = None
        self.setWindowTitle(
            self.tr("Decision {number} → action of the plan").format(number=decision.number)
        )
        self.setMinimumWidth(620)

        about = paragraph(
            self.tr("Decision {number}: {text}").format(
                number=decision.number, text=mn.short_title(decision.text, 300)
            ),
            self,
        )
        self.objective = QComboBox(self)
        self.objective.setObjectName("objective")
        # Long objective titles must not push the labels out of the form.
        self.objective.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.objective.setMinimumContentsLength(40)
        self._fill_objectives(objectives)
        self.code = QLabel(self)
        self.code.setObjectName("action_code")
        self.title = QLineEdit(mn.short_title(decision.text), self)
        self.title.setMaxLength(mn.TITLE_LENGTH)
        self.title.setObjectName("action_title")
        self.title.setCursorPosition(0)
        self.type = QComboBox(self)
        for code, text in choices(ActionType):
            self.type.addItem(text, code)
        self.type.setCurrentIndex(max(self.type.findData(mn.DEFAULT_ACTION_TYPE), 0))

        form = QFormLayout()
        self.messages = FieldMessages(QLabel(self))
        self.messages.add_row(form, self.tr("&Objective:"), "objective_id", self.objective)
        form.addRow(self.tr("Code:"), self.code)
        self.messages.add_row(form, self.tr("&Title:"), "title", self.title)
        self.messages.add_row(form, self.tr("T&ype:"), "type", self.type)
        note = paragraph(
            self.tr(
                "The action starts as planned; complete it (lead, dates, cost) in the "
                "Action plan area. It keeps a link to this decision."
            ),
            self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(
            self.tr("&Make action"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(about)
        column.addLayout(form)
        column.addWidget(note)
        column.addWidget(self.messages.general)
        column.addStretch(1)
        column.addWidget(buttons)

        self.objective.currentIndexChanged.connect(self._show_code)
        self._show_code()
        self.objective.setFocus()

    def _fill_objectives(self, objectives: Sequence[mn.ObjectiveChoice]) -> None:
        """Specific objectives under their strategic one; a strategic objective that has
        specific ones is only their heading, one without them can hold actions itself."""
        model = self.objective.model()
        assert isinstance(model, QStandardItemModel)
        first = -1
        for position, choice in enumerate(objectives):
            following = objectives[position + 1] if position + 1 < len(objectives) else None
            specific = choice.level is ObjectiveLevel.SPECIFIC
            heading = (
                not specific
                and following is not None
                and following.level is (ObjectiveLevel.SPECIFIC)
            )
            indent = "    " if specific else ""
            self.objective.addItem(f"{indent}{choice.code}  {choice.title}", choice.id)
            item = model.item(self.objective.count() - 1)
            if heading:
                item.setEnabled(False)
                font = QFont(self.objective.font())
                font.setBold(True)
                item.setFont(font)
            elif first < 0:
                first = self.objective.count() - 1
        self.objective.setCurrentIndex(max(first, 0))

    def select_objective(self, objective_id: int) -> None:
        self.objective.setCurrentIndex(max(self.objective.findData(objective_id), 0))

    def _show_code(self) -> None:
        objective_id = self.objective.currentData()
        if objective_id is None:
            self.code.clear()
            return
        try:
            self.code.setText(mn.next_action_code(self._database, objective_id))
        except UserError as error:
            self.code.setText(str(error))

    def accept(self) -> None:
        self.messages.clear()
        objective_id = self.objective.currentData()
        title = self.title.text().strip()
        if not title:
            self.messages.show_field("title", self.tr("Give the action a title."))
            self.title.setFocus()
            return
        try:
            self.made = mn.action_from_decision(
                self._database,
                self._decision.id,
                objective_id,
                title=title,
                today=date.today(),
                type=ActionType(self.type.currentData()),
            )
        except ValidationError as error:
            self.messages.show(error.problems)
            return
        except UserError as error:
            self.messages.show_general(str(error))
            return
        super().accept()
