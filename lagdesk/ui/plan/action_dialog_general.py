"""The action dialog's General tab (what the action is, when, its state and cost, tags and
EU gender dimension) and its Organisations tab (lead, partners, responsible person)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan.actions import normal_tags
from lagdesk.core.support import records
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import ActionStatus, ActionType, GenderDimension
from lagdesk.errors import FieldProblem
from lagdesk.i18n import currency_symbol
from lagdesk.ui.common.widgets import FieldMessages, OptionalDateEdit
from lagdesk.ui.plan.action_dialog_funding import parse_money
from lagdesk.ui.plan.action_dialog_lists import CheckList, SearchableCombo
from lagdesk.ui.plan.actions_model import CURRENCY, money_text

#: Tags offered as check boxes; the stored tag is the code (``normal_tags`` lower-cases).
GENDER_TAG, GREEN_TAG, DIGITAL_TAG = "gender", "green", "digital"


def _with_currency(edit: QLineEdit) -> QWidget:
    """``edit`` with the currency's symbol on the side the chosen language writes it ("€"
    before the number in English, after it in Polish); focus goes to the edit."""
    symbol = currency_symbol(CURRENCY)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    sign = QLabel(symbol, holder)
    sign.setObjectName("currency_symbol")
    sign.setTextFormat(Qt.TextFormat.PlainText)
    before = QLocale().toCurrencyString(0.0, symbol, 2).startswith(symbol)
    row.addWidget(sign if before else edit)
    row.addWidget(edit if before else sign)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    holder.setFocusProxy(edit)
    return holder


def _text_box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class GeneralTab(QWidget):
    def __init__(
        self,
        messages: FieldMessages,
        objectives: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        left, right = QFormLayout(), QFormLayout()
        self.title_edit = QLineEdit()
        messages.add_row(left, self.tr("&Title:"), "title", self.title_edit)
        self.description_edit = _text_box(110)
        messages.add_row(left, self.tr("&Description:"), "description", self.description_edit)
        self.objective_combo = QComboBox()
        self.objective_combo.setMinimumContentsLength(30)
        self.objective_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for objective_id, text in objectives:
            self.objective_combo.addItem(text, objective_id)
        messages.add_row(left, self.tr("O&bjective:"), "objective_id", self.objective_combo)
        self.type_combo = QComboBox()
        for code, text in choices(ActionType):
            self.type_combo.addItem(text, code.value)
        messages.add_row(left, self.tr("T&ype:"), "type", self.type_combo)
        self.status_combo = QComboBox()
        for code, text in choices(ActionStatus):
            self.status_combo.addItem(text, code.value)
        messages.add_row(left, self.tr("&Status:"), "status", self.status_combo)
        self.progress_spin = QSpinBox()
        self.progress_spin.setRange(0, 100)
        self.progress_spin.setSuffix(" %")
        messages.add_row(left, self.tr("&Progress:"), "progress_percent", self.progress_spin)
        self.start_edit = OptionalDateEdit()
        messages.add_row(left, self.tr("St&art:"), "start_date", self.start_edit)
        self.end_edit = OptionalDateEdit()
        messages.add_row(left, self.tr("&End:"), "end_date", self.end_edit)
        self.cost_edit = QLineEdit()
        self.cost_edit.setObjectName("cost_edit")
        self.cost_edit.setAccessibleName(self.tr("Estimated cost"))
        self.cost_edit.setPlaceholderText(money_text(Decimal(0)))
        messages.add_row(
            left, self.tr("Estimated &cost:"), "estimated_cost", _with_currency(self.cost_edit)
        )

        self.expected_edit = _text_box(100)
        messages.add_row(right, self.tr("E&xpected result:"), "expected_result", self.expected_edit)
        self.outputs_edit = _text_box(100)
        messages.add_row(right, self.tr("O&utputs:"), "outputs", self.outputs_edit)
        self.gender_tag = QCheckBox(self.tr("Ge&nder"))
        self.green_tag = QCheckBox(self.tr("G&reen"))
        self.digital_tag = QCheckBox(self.tr("D&igital"))
        boxes = QWidget()
        boxes_row = QHBoxLayout(boxes)
        boxes_row.setContentsMargins(0, 0, 0, 0)
        for box in (self.gender_tag, self.green_tag, self.digital_tag):
            boxes_row.addWidget(box)
        boxes_row.addStretch(1)
        right.addRow(self.tr("Tags:"), boxes)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas"))
        messages.add_row(right, self.tr("Ot&her tags:"), "tags", self.tags_edit)
        self.dimension_combo = QComboBox()
        self.dimension_combo.addItem(self.tr("Not assessed"), None)
        for code, text in choices(GenderDimension):
            self.dimension_combo.addItem(text, code.value)
        self.dimension_combo.setToolTip(
            self.tr(
                "01: the action targets gender equality; 02: gender equality is "
                "mainstreamed in it; 03: it is gender neutral."
            )
        )
        messages.add_row(
            right, self.tr("EU gender di&mension:"), "gender_dimension", self.dimension_combo
        )
        columns = QHBoxLayout(self)
        for form, stretch in ((left, 3), (right, 2)):
            holder = QVBoxLayout()
            holder.addLayout(form)
            holder.addStretch(1)
            columns.addLayout(holder, stretch)

    def fill(self, action: records.Action, tags: Sequence[str]) -> None:
        self.title_edit.setText(action.title)
        self.description_edit.setPlainText(action.description)
        self.objective_combo.setCurrentIndex(
            max(self.objective_combo.findData(action.objective_id), 0)
        )
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(action.type.value), 0))
        self.status_combo.setCurrentIndex(
            max(self.status_combo.findData(ActionStatus(action.status).value), 0)
        )
        self.progress_spin.setValue(action.progress_percent)
        self.start_edit.set_date_value(action.start_date)
        self.end_edit.set_date_value(action.end_date)
        self.cost_edit.setText(money_text(action.estimated_cost))
        self.expected_edit.setPlainText(action.expected_result)
        self.outputs_edit.setPlainText(action.outputs)
        dimension = action.gender_dimension
        self.dimension_combo.setCurrentIndex(
            max(self.dimension_combo.findData(dimension.value if dimension else None), 0)
        )
        tags = normal_tags(tags)
        self.gender_tag.setChecked(GENDER_TAG in tags)
        self.green_tag.setChecked(GREEN_TAG in tags)
        self.digital_tag.setChecked(DIGITAL_TAG in tags)
        known = {GENDER_TAG, GREEN_TAG, DIGITAL_TAG}
        self.tags_edit.setText(", ".join(tag for tag in tags if tag not in known))

    def tags(self) -> tuple[str, ...]:
        ticked = [
            tag
            for tag, box in (
                (GENDER_TAG, self.gender_tag),
                (GREEN_TAG, self.green_tag),
                (DIGITAL_TAG, self.digital_tag),
            )
            if box.isChecked()
        ]
        return normal_tags([*ticked, *self.tags_edit.text().split(",")])

    def cost(self) -> tuple[Decimal | None, FieldProblem | None]:
        """The typed cost (None when empty) or a problem naming the field."""
        try:
            return parse_money(self.cost_edit.text()), None
        except ValueError:
            return None, FieldProblem(
                self.tr("estimated cost"),
                self.tr("“{text}” is not an amount.").format(text=self.cost_edit.text()),
                key="estimated_cost",
            )

    def action(self, before: records.Action) -> tuple[records.Action, list[FieldProblem]]:
        cost, problem = self.cost()
        dimension = self.dimension_combo.currentData()
        action = dataclasses.replace(
            before,
            title=self.title_edit.text().strip(),
            description=self.description_edit.toPlainText(),
            objective_id=self.objective_combo.currentData() or before.objective_id,
            type=ActionType(self.type_combo.currentData()),
            status=ActionStatus(self.status_combo.currentData()),
            progress_percent=self.progress_spin.value(),
            start_date=self.start_edit.date_value(),
            end_date=self.end_edit.date_value(),
            estimated_cost=cost,
            expected_result=self.expected_edit.toPlainText(),
            outputs=self.outputs_edit.toPlainText(),
            gender_dimension=GenderDimension(dimension) if dimension else None,
        )
        return action, [problem] if problem else []


class OrganisationsTab(QWidget):
    """Who carries the action out, picked from the stakeholder register."""

    def __init__(
        self,
        messages: FieldMessages,
        organisations: Sequence[tuple[int, str]],
        people: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        form = QFormLayout()
        self.lead_combo = SearchableCombo(self.tr("(none)"))
        self.lead_combo.set_entries(organisations)
        self.lead_combo.setToolTip(self.tr("Type any part of the name to search the register."))
        messages.add_row(
            form, self.tr("Lea&d organisation:"), "lead_organisation_id", self.lead_combo
        )
        self.responsible_combo = SearchableCombo(self.tr("(none)"))
        self.responsible_combo.set_entries(people)
        self.responsible_combo.setToolTip(
            self.tr("Type any part of the name or organisation to search the register.")
        )
        messages.add_row(
            form,
            self.tr("&Responsible person:"),
            "responsible_person_id",
            self.responsible_combo,
        )
        self.partners = CheckList(self.tr("Type to filter organisations"))
        self.partners.setObjectName("partner_list")
        self._organisations = list(organisations)
        messages.add_row(form, self.tr("&Partner organisations:"), "partner_ids", self.partners)
        column = QVBoxLayout(self)
        column.addLayout(form, 1)

    def fill(self, action: records.Action, partner_ids: Sequence[int]) -> None:
        self.lead_combo.set_current_id(action.lead_organisation_id)
        self.responsible_combo.set_current_id(action.responsible_person_id)
        self.partners.set_entries(self._organisations, partner_ids)

    def choices(
        self, action: records.Action
    ) -> tuple[records.Action, tuple[int, ...], list[FieldProblem]]:
        problems = []
        lead, lead_known = self.lead_combo.current_id()
        if not lead_known:
            problems.append(
                FieldProblem(
                    self.tr("lead organisation"),
                    self.tr(
                        "No organisation “{text}” in the register; pick one from the list."
                    ).format(text=self.lead_combo.typed_text()),
                    key="lead_organisation_id",
                )
            )
        person, person_known = self.responsible_combo.current_id()
        if not person_known:
            problems.append(
                FieldProblem(
                    self.tr("responsible person"),
                    self.tr("No person “{text}” in the register; pick one from the list.").format(
                        text=self.responsible_combo.typed_text()
                    ),
                    key="responsible_person_id",
                )
            )
        action = dataclasses.replace(
            action, lead_organisation_id=lead, responsible_person_id=person
        )
        return action, self.partners.checked_ids(), problems
