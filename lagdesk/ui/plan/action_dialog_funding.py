"""The action dialog's Funding tab: the funding lines (source, amount, status) and the
action's totals (funded, secured share, gap) as they are being typed."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan.funding import FundingTotals
from lagdesk.core.support import records
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import FundingSource, FundingStatus
from lagdesk.errors import FieldProblem
from lagdesk.i18n import currency_symbol, format_amount
from lagdesk.ui.common.formatting import format_percent
from lagdesk.ui.common.widgets import error_colour
from lagdesk.ui.plan.actions_model import CURRENCY, money_text

SOURCE, AMOUNT, STATUS = range(3)


def parse_money(text: str) -> Decimal | None:
    """An amount typed the locale's way (or with a dot), with or without the currency as
    the screen shows it ("18 000,00 €", "EUR 18000"); None when empty.

    Raises ValueError for text that is not an amount."""
    cleaned = text.strip()
    for mark in (currency_symbol(CURRENCY), CURRENCY, CURRENCY.lower()):
        cleaned = cleaned.replace(mark, "")
    for space in ("\u00a0", "\u202f", " "):
        cleaned = cleaned.replace(space, "")
    if not cleaned:
        return None
    locale = QLocale()
    if locale.negativeSign() not in ("", "-"):
        cleaned = cleaned.replace(locale.negativeSign(), "-")
    cleaned = cleaned.replace(locale.groupSeparator(), "") if locale.groupSeparator() else cleaned
    cleaned = cleaned.replace(locale.decimalPoint(), ".")
    try:
        value = Decimal(cleaned)
        if not value.is_finite():
            raise ValueError(text)
        return value.quantize(Decimal("0.01"))
    except InvalidOperation as error:  # not a number, or too many digits to keep cents
        raise ValueError(text) from error


class AmountDelegate(QStyledItemDelegate):
    """Shows a typed amount with its currency, as the other amounts on screen are; the
    editor gets the plain number (text that is not an amount is shown as typed)."""

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        text = "" if value is None else str(value)
        try:
            amount = parse_money(text)
        except ValueError:
            return text
        return format_amount(amount)


class FundingTab(QWidget):
    """The funding lines table; ``changed`` fires on every edit so totals follow."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("funding_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Amount"), self.tr("Status")]
        )
        self.amount_delegate = AmountDelegate(self.table)
        self.table.setItemDelegateForColumn(AMOUNT, self.amount_delegate)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self.changed)
        heading = QLabel(self.tr("Funding l&ines (F2 edits an amount):"), self)
        heading.setBuddy(self.table)
        self.add_button = QPushButton(self.tr("&Add funding line"), self)
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button = QPushButton(self.tr("&Remove funding line"), self)
        self.remove_button.clicked.connect(self.remove_line)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("funding_totals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("funding_problems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet(f"color: {error_colour(self.problem_label)};")
        self.problem_label.hide()
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addWidget(self.totals_label)
        column.addWidget(self.problem_label)

    def add_line(self, line: records.FundingLine | None = None) -> None:
        table = self.table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        source = QComboBox()
        source.setAccessibleName(self.tr("Source"))
        for code, text in choices(FundingSource):
            source.addItem(text, code.value)
        status = QComboBox()
        status.setAccessibleName(self.tr("Status"))
        for code, text in choices(FundingStatus):
            status.addItem(text, code.value)
        amount = QTableWidgetItem(money_text(line.amount) if line else "")
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
        status.currentIndexChanged.connect(self.changed)
        source.currentIndexChanged.connect(self.changed)
        if line is None:
            table.setCurrentCell(row, AMOUNT)
            table.setFocus()
            table.editItem(amount)
        self.changed.emit()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def lines(self, action_id: int) -> tuple[list[records.FundingLine], list[FieldProblem]]:
        """The lines as typed, and a problem for each amount that is not a number."""
        lines: list[records.FundingLine] = []
        problems: list[FieldProblem] = []
        for row in range(self.table.rowCount()):
            source = self.table.cellWidget(row, SOURCE)
            status = self.table.cellWidget(row, STATUS)
            item = self.table.item(row, AMOUNT)
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
                        self.tr("the amount “{text}” is not a number.").format(text=text),
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

    def show_totals(self, totals: FundingTotals, cost_set: bool) -> None:
        share = totals.secured_share if totals.cost > 0 else None
        share_text = (
            format_percent(round(float(share) * 100, 1))
            if share is not None
            else self.tr("not known")
        )
        cost_text = format_amount(totals.cost) if cost_set else self.tr("not set")
        self.totals_label.setText(
            self.tr(
                "Estimated cost {cost} · funding lines {funded}\n"
                "Secured {secured} ({share} of the cost) · applied {applied} · "
                "potential {potential}\nFunding gap (cost − secured) {gap}"
            ).format(
                cost=cost_text,
                funded=format_amount(totals.funded),
                secured=format_amount(totals.secured),
                share=share_text,
                applied=format_amount(totals.applied),
                potential=format_amount(totals.potential),
                gap=format_amount(totals.gap),
            )
        )

    def show_problems(self, messages: list[str]) -> None:
        self.problem_label.setText("\n".join(messages))
        self.problem_label.setVisible(bool(messages))
