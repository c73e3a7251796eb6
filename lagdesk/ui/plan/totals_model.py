"""The plan's money as two tables: funding by source, and cost and funding by objective.

Each table ends with a bold total line. Amounts are ``Decimal`` euro from
``core.plan_funding.plan_totals``, written with two decimals and the currency as the chosen
language writes money (``i18n.format_amount``, as the action table's cells are);
``AMOUNT_ROLE`` gives the exact value.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont

from lagdesk.core.plan.funding import ObjectiveTotals, PlanTotals
from lagdesk.core.support.labels import label
from lagdesk.db.codes import ObjectiveLevel
from lagdesk.i18n import QT_TRANSLATE_NOOP, format_amount
from lagdesk.ui.common.models import RIGHT, RecordTableModel

#: The exact value of a cell: a Decimal amount or share (None when there is none).
AMOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
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


class TotalsTableModel(RecordTableModel[TotalsLine]):
    """Read-only lines of texts and amounts; subclasses name the columns."""

    CONTEXT = CONTEXT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and self.text_columns() <= section < len(self.HEADERS)
        ):
            return RIGHT
        return super().headerData(section, orientation, role)

    def text_columns(self) -> int:
        return len(self.HEADERS) - self.amount_columns()

    def amount_columns(self) -> int:
        raise NotImplementedError

    def _amount(self, line: TotalsLine, column: int) -> Decimal | None:
        texts = self.text_columns()
        return line.amounts[column - texts] if texts <= column < len(self.HEADERS) else None

    def text(self, record: TotalsLine, column: int) -> str:
        if column < self.text_columns():
            return record.texts[column]
        if record.share_last and column == len(self.HEADERS) - 1:
            return format_share(self._amount(record, column))
        return format_amount(self._amount(record, column))

    def tooltip(self, record: TotalsLine, column: int) -> str | None:
        return record.tooltip or None

    def alignment(self, record: TotalsLine, column: int) -> int | None:
        return RIGHT if column >= self.text_columns() else None

    def font(self, record: TotalsLine, column: int) -> QFont | None:
        if not (record.is_total or record.is_heading):
            return None
        font = QFont()
        font.setBold(True)
        return font

    def extra(self, record: TotalsLine, column: int, role: int) -> Any:
        if role == AMOUNT_ROLE and column >= self.text_columns():
            return self._amount(record, column)
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
        self.set_records(lines)


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
        self.set_records(lines)
