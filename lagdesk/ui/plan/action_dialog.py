"""The action detail: the action's main fields, its lead organisation and funding lines.

Problems core finds (an end before the start, a negative amount, ...) are shown beside
their fields and nothing is stored; funding lines adding up to more than the cost give a
warning that does not stop the save. The decision the action came from is shown read-only.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core import records
from lagdesk.core import stakeholders as sh
from lagdesk.core.errors import FieldProblem, LagdeskError, ValidationError
from lagdesk.core.labels import choices
from lagdesk.core.plan_actions import ActionDetail, ActionSaved, save_action_detail
from lagdesk.core.plan_funding import over_cost_warning
from lagdesk.db.codes import ActionStatus, ActionType, FundingSource, FundingStatus
from lagdesk.db.database import Database
from lagdesk.db.errors import DatabaseError
from lagdesk.ui import dialogs
from lagdesk.ui.formatting import format_date
from lagdesk.ui.plan.actions_model import format_money
from lagdesk.ui.widgets import FieldMessages, OptionalDateEdit, error_colour

SOURCE, AMOUNT, STATUS = range(3)


def parse_money(text: str) -> Decimal | None:
    """An amount typed the locale's way (or with a dot); None when empty.

    Raises ValueError for text that is not an amount."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    locale = QLocale()
    cleaned = cleaned.replace(locale.groupSeparator(), "") if locale.groupSeparator() else cleaned
    cleaned = cleaned.replace(locale.decimalPoint(), ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not value.is_finite():
        raise ValueError(text)
    return value.quantize(Decimal("0.01"))


class ActionDialog(QDialog):
    """Edit one action; ``saved`` holds core's answer after a successful save."""

    def __init__(
        self, database: Database, detail: ActionDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("action_dialog")
        self._database = database
        self._detail = detail
        self.before = detail
        self.saved: ActionSaved | None = None
        action = detail.action
        self.setWindowTitle(
            self.tr("Action {code}").format(code=action.code)
            if action.code
            else self.tr("New action")
        )
        self._build()
        self._fill(detail)
        self._update_totals()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        general = QLabel(self)
        general.hide()
        self.messages = FieldMessages(general)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.messages.add_row(form, self.tr("&Title:"), "title", self.title_edit)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(70)
        self.messages.add_row(form, self.tr("&Description:"), "description", self.description_edit)
        self.type_combo = QComboBox()
        for code, text in choices(ActionType):
            self.type_combo.addItem(text, code.value)
        self.messages.add_row(form, self.tr("T&ype:"), "type", self.type_combo)
        self.lead_combo = QComboBox()
        self.lead_combo.addItem(self.tr("(none)"), None)
        try:
            organisations = sh.organisation_rows(
                self._database, sh.organisation_ids(self._database)
            )
        except (LagdeskError, DatabaseError):
            organisations = []
        for organisation in organisations:
            self.lead_combo.addItem(organisation.name, organisation.id)
        self.messages.add_row(
            form, self.tr("&Lead organisation:"), "lead_organisation_id", self.lead_combo
        )
        self.status_combo = QComboBox()
        for code, text in choices(ActionStatus):
            self.status_combo.addItem(text, code.value)
        self.messages.add_row(form, self.tr("&Status:"), "status", self.status_combo)
        self.progress_spin = QSpinBox()
        self.progress_spin.setRange(0, 100)
        self.progress_spin.setSuffix(" %")
        self.messages.add_row(form, self.tr("&Progress:"), "progress_percent", self.progress_spin)
        self.start_edit = OptionalDateEdit()
        self.messages.add_row(form, self.tr("St&art:"), "start_date", self.start_edit)
        self.end_edit = OptionalDateEdit()
        self.messages.add_row(form, self.tr("&End:"), "end_date", self.end_edit)
        self.cost_edit = QLineEdit()
        self.cost_edit.setPlaceholderText(self.tr("EUR"))
        self.cost_edit.textChanged.connect(self._update_totals)
        self.messages.add_row(form, self.tr("Estimated &cost:"), "estimated_cost", self.cost_edit)
        self.expected_edit = QPlainTextEdit()
        self.expected_edit.setTabChangesFocus(True)
        self.expected_edit.setFixedHeight(50)
        self.messages.add_row(
            form, self.tr("E&xpected result:"), "expected_result", self.expected_edit
        )
        self.outputs_edit = QPlainTextEdit()
        self.outputs_edit.setTabChangesFocus(True)
        self.outputs_edit.setFixedHeight(50)
        self.messages.add_row(form, self.tr("&Outputs:"), "outputs", self.outputs_edit)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas"))
        self.messages.add_row(form, self.tr("Ta&gs:"), "tags", self.tags_edit)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Came from:"), self.source_label)

        self.funding_table = QTableWidget(0, 3)
        self.funding_table.setObjectName("funding_table")
        self.funding_table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Amount (EUR)"), self.tr("Status")]
        )
        self.funding_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.funding_table.verticalHeader().setVisible(False)
        self.funding_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.funding_table.itemChanged.connect(self._update_totals)
        self.add_line_button = QPushButton(self.tr("Add f&unding line"))
        self.add_line_button.clicked.connect(lambda: self.add_funding_line())
        self.remove_line_button = QPushButton(self.tr("Re&move funding line"))
        self.remove_line_button.clicked.connect(self.remove_funding_line)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_line_button)
        buttons_row.addWidget(self.remove_line_button)
        buttons_row.addStretch(1)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("funding_totals")
        self.warning_label = QLabel()
        self.warning_label.setObjectName("funding_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {error_colour(self.warning_label)};")
        self.warning_label.hide()
        self.funding_problem = QLabel()
        self.funding_problem.setWordWrap(True)
        self.funding_problem.setStyleSheet(f"color: {error_colour(self.funding_problem)};")
        self.funding_problem.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.addLayout(form)
        funding_heading = QLabel(self.tr("&Funding lines"))
        funding_heading.setBuddy(self.funding_table)
        column.addWidget(funding_heading)
        column.addWidget(self.funding_table, 1)
        column.addLayout(buttons_row)
        column.addWidget(self.totals_label)
        column.addWidget(self.warning_label)
        column.addWidget(self.funding_problem)
        column.addWidget(general)
        column.addWidget(self.buttons)
        self.resize(640, 820)

    def _fill(self, detail: ActionDetail) -> None:
        action = detail.action
        self.title_edit.setText(action.title)
        self.description_edit.setPlainText(action.description)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(action.type.value), 0))
        lead = self.lead_combo.findData(action.lead_organisation_id)
        self.lead_combo.setCurrentIndex(max(lead, 0))
        self.status_combo.setCurrentIndex(
            max(self.status_combo.findData(ActionStatus(action.status).value), 0)
        )
        self.progress_spin.setValue(action.progress_percent)
        self.start_edit.set_date_value(action.start_date)
        self.end_edit.set_date_value(action.end_date)
        self.cost_edit.setText(format_money(action.estimated_cost))
        self.expected_edit.setPlainText(action.expected_result)
        self.outputs_edit.setPlainText(action.outputs)
        self.tags_edit.setText(", ".join(detail.tags))
        source = detail.source_decision
        if source is None:
            self.source_label.setText(self.tr("Not from a meeting decision"))
        else:
            self.source_label.setText(
                self.tr("From meeting {title}, {date}, decision {number}").format(
                    title=source.meeting_title,
                    date=format_date(source.meeting_date),
                    number=source.number,
                )
            )
            self.source_label.setToolTip(source.text)
        for line in detail.funding_lines:
            self.add_funding_line(line)

    # -- funding lines -------------------------------------------------------------------

    def add_funding_line(self, line: records.FundingLine | None = None) -> None:
        table = self.funding_table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        source = QComboBox()
        for code, text in choices(FundingSource):
            source.addItem(text, code.value)
        status = QComboBox()
        for code, text in choices(FundingStatus):
            status.addItem(text, code.value)
        amount = QTableWidgetItem(format_money(line.amount) if line else "")
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount.setData(Qt.ItemDataRole.UserRole, line.id if line else None)
        amount.setData(Qt.ItemDataRole.UserRole + 1, line.note if line else "")
        if line is not None:
            source.setCurrentIndex(max(source.findData(FundingSource(line.source).value), 0))
            status.setCurrentIndex(max(status.findData(FundingStatus(line.status).value), 0))
        else:
            status.setCurrentIndex(max(status.findData(FundingStatus.POTENTIAL.value), 0))
        table.setCellWidget(row, SOURCE, source)
        table.setItem(row, AMOUNT, amount)
        table.setCellWidget(row, STATUS, status)
        table.blockSignals(False)
        status.currentIndexChanged.connect(self._update_totals)
        if line is None:
            table.setCurrentCell(row, AMOUNT)
        self._update_totals()

    def remove_funding_line(self) -> None:
        row = self.funding_table.currentRow()
        if row >= 0:
            self.funding_table.removeRow(row)
            self._update_totals()

    def _lines(self) -> tuple[list[records.FundingLine], list[FieldProblem]]:
        lines: list[records.FundingLine] = []
        problems: list[FieldProblem] = []
        action_id = self._detail.action.id or 0
        for row in range(self.funding_table.rowCount()):
            source = self.funding_table.cellWidget(row, SOURCE)
            status = self.funding_table.cellWidget(row, STATUS)
            item = self.funding_table.item(row, AMOUNT)
            assert isinstance(source, QComboBox)
            assert isinstance(status, QComboBox)
            text = item.text() if item else ""
            try:
                amount = parse_money(text)
            except ValueError:
                amount = None
            if amount is None:
                problems.append(
                    FieldProblem(
                        self.tr("funding amount"),
                        self.tr("Row {row}: the amount “{text}” is not a number.").format(
                            row=row + 1, text=text
                        ),
                        row=row + 1,
                        key="funding.amount",
                    )
                )
                continue
            lines.append(
                records.FundingLine(
                    id=item.data(Qt.ItemDataRole.UserRole) if item else None,
                    action_id=action_id,
                    source=FundingSource(source.currentData()),
                    amount=amount,
                    status=FundingStatus(status.currentData()),
                    note=(item.data(Qt.ItemDataRole.UserRole + 1) if item else "") or "",
                )
            )
        return lines, problems

    def _cost(self) -> Decimal | None:
        try:
            return parse_money(self.cost_edit.text())
        except ValueError:
            return None

    def _update_totals(self) -> None:
        lines, _ = self._lines()
        cost = self._cost()
        probe = dataclasses.replace(
            self._detail,
            action=dataclasses.replace(self._detail.action, estimated_cost=cost),
            funding_lines=tuple(lines),
        )
        totals = probe.totals
        self.totals_label.setText(
            self.tr(
                "Cost EUR {cost} · secured EUR {secured} · applied EUR {applied} · "
                "potential EUR {potential} · gap EUR {gap}"
            ).format(
                cost=format_money(totals.cost),
                secured=format_money(totals.secured),
                applied=format_money(totals.applied),
                potential=format_money(totals.potential),
                gap=format_money(totals.gap),
            )
        )
        warning = over_cost_warning(cost, totals, key="estimated_cost")
        self.warning_label.setText(warning.message if warning else "")
        self.warning_label.setVisible(warning is not None)

    # -- saving --------------------------------------------------------------------------

    def detail(self) -> tuple[ActionDetail, list[FieldProblem]]:
        """The dialog's contents as an ``ActionDetail``, and problems found before core."""
        problems: list[FieldProblem] = []
        try:
            cost = parse_money(self.cost_edit.text())
        except ValueError:
            cost = None
            problems.append(
                FieldProblem(
                    self.tr("estimated cost"),
                    self.tr("“{text}” is not an amount.").format(text=self.cost_edit.text()),
                    key="estimated_cost",
                )
            )
        lines, line_problems = self._lines()
        problems += line_problems
        action = dataclasses.replace(
            self._detail.action,
            title=self.title_edit.text().strip(),
            description=self.description_edit.toPlainText(),
            type=ActionType(self.type_combo.currentData()),
            lead_organisation_id=self.lead_combo.currentData(),
            status=ActionStatus(self.status_combo.currentData()),
            progress_percent=self.progress_spin.value(),
            start_date=self.start_edit.date_value(),
            end_date=self.end_edit.date_value(),
            estimated_cost=cost,
            expected_result=self.expected_edit.toPlainText(),
            outputs=self.outputs_edit.toPlainText(),
        )
        tags = tuple(tag.strip() for tag in self.tags_edit.text().split(",") if tag.strip())
        detail = dataclasses.replace(
            self._detail, action=action, tags=tags, funding_lines=tuple(lines)
        )
        return detail, problems

    def _show(self, problems: list[FieldProblem]) -> None:
        self.messages.show(problem for problem in problems if not problem.key.startswith("funding"))
        funding = [str(problem) for problem in problems if problem.key.startswith("funding")]
        self.funding_problem.setText("\n".join(funding))
        self.funding_problem.setVisible(bool(funding))

    def accept(self) -> None:
        detail, problems = self.detail()
        if problems:
            self._show(problems)
            return
        try:
            self.saved = save_action_detail(self._database, detail)
        except ValidationError as error:
            self._show(list(error.problems))
            return
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Action not saved"), str(error))
            return
        super().accept()
