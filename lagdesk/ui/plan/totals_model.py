"""The plan's money as two tables: funding by source, and cost and funding by objective.

Each table ends with a bold total line. Amounts are ``Decimal`` euro from
``core.plan_funding.plan_totals``, written with two decimals and the currency as the chosen
language writes money (``i18n.format_amount``, as the action table's cells are);
``AMOUNT_ROLE`` gives the exact value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from lagdesk.core.plan.funding import ObjectiveTotals, PlanTotals
from lagdesk.core.support.labels import label
from lagdesk.db.codes import ObjectiveLevel
from lagdesk.i18n import QT_TRANSLATE_NOOP, format_amount

Index = QModelIndex | QPersistentModelIndex
#: The exact value of a cell: a Decimal amount or share (None when there is none).
AMOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CONTEXT = "PlanTotals"


def format_share(value: Decimal | None) -> str:
    """A share (1 = all) as a percentage with one decimal; empty without a value."""
    if value is None:
        return ""
    number = QLocale().toString(float(value) * 100, "f", 1)
    return QCoreApplication.translate("Numbers", "{number} %").format(number=number)


@dataclass(frozen=True)
class TotalsLine:
    """One line of a totals table: texts in the first columns, then the amounts."""

    texts: tuple[str, ...]
    amounts: tuple[Decimal | None, ...]
    #: The last column is a share (0 to 1 and more), not an amount.
    share_last: bool = False
    is_total: bool = False
    is_heading: bool = False
    tooltip: str = ""


class TotalsTableModel(QAbstractTableModel):
    """Read-only lines of texts and amounts; subclasses name the columns."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[TotalsLine] = []

    def set_lines(self, lines: Sequence[TotalsLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line_at(self, row: int) -> TotalsLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and section >= self.text_columns()
        ):
            return RIGHT
        return None

    def text_columns(self) -> int:
        return len(self.HEADERS) - self.amount_columns()

    def amount_columns(self) -> int:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.line_at(index.row())
        if line is None or not 0 <= index.column() < len(self.HEADERS):
            return None
        column = index.column()
        texts = self.text_columns()
        amount = line.amounts[column - texts] if column >= texts else None
        share = line.share_last and column == len(self.HEADERS) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if column < texts:
                return line.texts[column]
            if share:
                return format_share(amount)
            return format_amount(amount)
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= texts:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and (line.is_total or line.is_heading):
            font = QFont()
            font.setBold(True)
            return font
        if role == AMOUNT_ROLE and column >= texts:
            return amount
        return None


class SourceTotalsModel(TotalsTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTotals", "Source"),
        QT_TRANSLATE_NOOP("PlanTotals", "Secured"),
        QT_TRANSLATE_NOOP("PlanTotals", "Applied"),
        QT_TRANSLATE_NOOP("PlanTotals", "Potential"),
        QT_TRANSLATE_NOOP("PlanTotals", "Total"),
    )

    def amount_columns(self) -> int:
        return 4

    def set_totals(self, totals: PlanTotals) -> None:
        lines = [
            TotalsLine(
                (label(source.source),),
                (source.secured, source.applied, source.potential, source.total),
            )
            for source in totals.by_source.values()
        ]
        overall = totals.overall
        lines.append(
            TotalsLine(
                (QCoreApplication.translate("PlanTotals", "Total"),),
                (overall.secured, overall.applied, overall.potential, overall.funded),
                is_total=True,
            )
        )
        self.set_lines(lines)


class ObjectiveTotalsModel(TotalsTableModel):
    """Each strategic objective (bold) followed by its specific objectives; its amounts
    include theirs. The total line is the plan's."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTotals", "Code"),
        QT_TRANSLATE_NOOP("PlanTotals", "Objective"),
        QT_TRANSLATE_NOOP("PlanTotals", "Cost"),
        QT_TRANSLATE_NOOP("PlanTotals", "Secured"),
        QT_TRANSLATE_NOOP("PlanTotals", "Applied"),
        QT_TRANSLATE_NOOP("PlanTotals", "Potential"),
        QT_TRANSLATE_NOOP("PlanTotals", "Gap"),
        QT_TRANSLATE_NOOP("PlanTotals", "Secured share"),
    )

    def amount_columns(self) -> int:
        return 6

    def set_totals(self, totals: PlanTotals) -> None:
        lines: list[TotalsLine] = []

        def add(node: ObjectiveTotals, depth: int) -> None:
            money = node.totals
            indent = "    " * depth
            lines.append(
                TotalsLine(
                    (node.code, indent + node.title),
                    (
                        money.cost,
                        money.secured,
                        money.applied,
                        money.potential,
                        money.gap,
                        money.secured_share,
                    ),
                    share_last=True,
                    is_heading=node.level == ObjectiveLevel.STRATEGIC,
                    tooltip=f"{node.code} {node.title}".strip(),
                )
            )
            for child in node.children:
                add(child, depth + 1)

        for node in totals.by_objective:
            add(node, 0)
        overall = totals.overall
        lines.append(
            TotalsLine(
                ("", QCoreApplication.translate("PlanTotals", "Whole plan")),
                (
                    overall.cost,
                    overall.secured,
                    overall.applied,
                    overall.potential,
                    overall.gap,
                    overall.secured_share,
                ),
                share_last=True,
                is_total=True,
            )
        )
        self.set_lines(lines)
