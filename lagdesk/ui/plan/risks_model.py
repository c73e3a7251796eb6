"""The risk register's table, its filters, and the 5 x 5 likelihood x impact matrix model.

Score cells and matrix cells share one colour per band (``plan_risks.score_band``): green
up to 4, amber 5 to 9, red from 10. The tints are light with dark text so they read on
light and dark palettes alike.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from lagdesk.core.plan.risks import SCALE, RiskBand, RiskRow, score_band
from lagdesk.core.support.labels import label
from lagdesk.db.codes import RiskCategory, RiskStatus
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.models import RecordTableModel, refiltering

Index = QModelIndex | QPersistentModelIndex
Cell = tuple[int, int]

#: Score and status come early: they are what a reader scans the register for.
(CODE, TITLE, SCORE, LIKELIHOOD, IMPACT, STATUS, CATEGORY, OWNER, ACTIONS, MITIGATION) = range(10)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: The matrix cell's (likelihood, impact) and its count.
CELL_ROLE = Qt.ItemDataRole.UserRole + 3
COUNT_ROLE = Qt.ItemDataRole.UserRole + 4

BAND_TINTS: dict[RiskBand, str] = {
    RiskBand.LOW: "#B9E5CC",
    RiskBand.MEDIUM: "#FBDD8E",
    RiskBand.HIGH: "#F5AE93",
}
TEXT_ON_TINT = "#1B1B1B"


def likelihood_label(value: int) -> str:
    """The short word for a likelihood of 1 to 5."""
    words = {
        1: QCoreApplication.translate("Risks", "Rare"),
        2: QCoreApplication.translate("Risks", "Unlikely"),
        3: QCoreApplication.translate("Risks", "Possible"),
        4: QCoreApplication.translate("Risks", "Likely"),
        5: QCoreApplication.translate("Risks", "Almost certain"),
    }
    return words.get(value, "")


def impact_label(value: int) -> str:
    """The short word for an impact of 1 to 5."""
    words = {
        1: QCoreApplication.translate("Risks", "Negligible"),
        2: QCoreApplication.translate("Risks", "Minor"),
        3: QCoreApplication.translate("Risks", "Moderate"),
        4: QCoreApplication.translate("Risks", "Major"),
        5: QCoreApplication.translate("Risks", "Severe"),
    }
    return words.get(value, "")


def band_label(band: RiskBand) -> str:
    words = {
        RiskBand.LOW: QCoreApplication.translate("Risks", "low"),
        RiskBand.MEDIUM: QCoreApplication.translate("Risks", "medium"),
        RiskBand.HIGH: QCoreApplication.translate("Risks", "high"),
    }
    return words[band]


def scale_text(value: int, word: str) -> str:
    """ "4 – Likely": the number first, so typing it in a list finds it."""
    return QCoreApplication.translate("Risks", "{value} – {word}").format(value=value, word=word)


def band_brush(score: int) -> QBrush:
    return QBrush(QColor(BAND_TINTS[score_band(score)]))


class RiskTableModel(RecordTableModel[RiskRow]):
    """The register: one row per risk, read-only (edits go through the risk dialog)."""

    CONTEXT = "Risks"
    HEADERS = (
        QT_TRANSLATE_NOOP("Risks", "Code"),
        QT_TRANSLATE_NOOP("Risks", "Title"),
        QT_TRANSLATE_NOOP("Risks", "Score"),
        QT_TRANSLATE_NOOP("Risks", "Likelihood"),
        QT_TRANSLATE_NOOP("Risks", "Impact"),
        QT_TRANSLATE_NOOP("Risks", "Status"),
        QT_TRANSLATE_NOOP("Risks", "Category"),
        QT_TRANSLATE_NOOP("Risks", "Owner"),
        QT_TRANSLATE_NOOP("Risks", "Actions"),
        QT_TRANSLATE_NOOP("Risks", "Mitigation"),
    )

    def text(self, record: RiskRow, column: int) -> str:
        values = {
            CODE: record.code,
            TITLE: record.title,
            CATEGORY: label(record.category),
            LIKELIHOOD: str(record.likelihood),
            IMPACT: str(record.impact),
            SCORE: str(record.score),
            OWNER: record.owner_name,
            STATUS: label(record.status),
            ACTIONS: ", ".join(record.action_codes),
            MITIGATION: " ".join(record.mitigation.split()),
        }
        return values.get(column, "")

    def tooltip(self, record: RiskRow, column: int) -> str | None:
        if column in (TITLE, MITIGATION):
            return record.title if column == TITLE else record.mitigation or None
        if column == LIKELIHOOD:
            return likelihood_label(record.likelihood)
        if column == IMPACT:
            return impact_label(record.impact)
        if column == SCORE:
            return QCoreApplication.translate("Risks", "Score {score}: {band}").format(
                score=record.score, band=band_label(score_band(record.score))
            )
        return None

    def alignment(self, record: RiskRow, column: int) -> int | None:
        return int(Qt.AlignmentFlag.AlignCenter) if column in (LIKELIHOOD, IMPACT, SCORE) else None

    def background(self, record: RiskRow, column: int) -> QBrush | None:
        return band_brush(record.score) if column == SCORE else None

    def foreground(self, record: RiskRow, column: int) -> QBrush | None:
        return QBrush(QColor(TEXT_ON_TINT)) if column == SCORE else None

    def extra(self, record: RiskRow, column: int, role: int) -> Any:
        return self._sort_key(record, column) if role == SORT_ROLE else None

    def _sort_key(self, item: RiskRow, column: int) -> Any:
        if column == CODE:
            digits = item.code[1:]
            return int(digits) if digits.isdigit() else 1 << 30
        if column == LIKELIHOOD:
            return item.likelihood
        if column == IMPACT:
            return item.impact
        if column == SCORE:
            return item.score
        if column == ACTIONS:
            # "2.10" after "2.9"; risks without actions last.
            padded = (
                ".".join(part.zfill(6) if part.isdigit() else part for part in code.split("."))
                for code in item.action_codes
            )
            return " ".join(padded) or "~"
        return self.text(item, column).casefold()


class RiskFilterProxy(QSortFilterProxyModel):
    """Sorts the register and keeps the risks of one status, one category, one matrix cell."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setSortRole(SORT_ROLE)
        self._status: RiskStatus | None = None
        self._category: RiskCategory | None = None
        self._cell: Cell | None = None
        self._cell_statuses: frozenset[RiskStatus] | None = None

    def set_status(self, status: RiskStatus | None) -> None:
        with refiltering(self):
            self._status = status

    def set_category(self, category: RiskCategory | None) -> None:
        with refiltering(self):
            self._category = category

    def set_cell(self, cell: Cell | None, statuses: Collection[RiskStatus] | None = None) -> None:
        """Keep only the risks of one matrix cell, of ``statuses`` when given (those the
        matrix counts)."""
        with refiltering(self):
            self._cell = cell
            self._cell_statuses = frozenset(statuses) if statuses is not None else None

    @property
    def cell(self) -> Cell | None:
        return self._cell

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RiskTableModel)
        item = model.record_at(source_row)
        if item is None:
            return False
        if self._status is not None and item.status != self._status:
            return False
        if self._category is not None and item.category != self._category:
            return False
        if self._cell is not None:
            if (item.likelihood, item.impact) != self._cell:
                return False
            if self._cell_statuses is not None and item.status not in self._cell_statuses:
                return False
        return True


class RiskMatrixModel(QAbstractTableModel):
    """The 5 x 5 matrix: likelihood 5 in the top row down to 1, impact 1 to 5 left to right;
    each cell holds how many risks sit there."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._counts: dict[Cell, int] = {}
        self._chosen: Cell | None = None

    @staticmethod
    def cell_at(row: int, column: int) -> Cell:
        return (len(SCALE) - row, column + 1)

    def index_of(self, cell: Cell) -> QModelIndex:
        likelihood, impact = cell
        return self.index(len(SCALE) - likelihood, impact - 1)

    def set_counts(self, counts: dict[Cell, int]) -> None:
        self._counts = dict(counts)
        self.dataChanged.emit(self.index(0, 0), self.index(len(SCALE) - 1, len(SCALE) - 1))

    def count(self, cell: Cell) -> int:
        return self._counts.get(cell, 0)

    def total(self) -> int:
        return sum(self._counts.values())

    @property
    def chosen(self) -> Cell | None:
        return self._chosen

    def set_chosen(self, cell: Cell | None) -> None:
        before = self._chosen
        self._chosen = cell
        for changed in (before, cell):
            if changed is not None:
                index = self.index_of(changed)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SCALE)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SCALE)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not 0 <= section < len(SCALE):
            return None
        if orientation == Qt.Orientation.Horizontal:
            value = section + 1
            word = impact_label(value)
        else:
            value = len(SCALE) - section
            word = likelihood_label(value)
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return f"{value}\n{word}"
            return scale_text(value, word)
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Horizontal:
                return QCoreApplication.translate("Risks", "Impact {value}: {word}").format(
                    value=value, word=word
                )
            return QCoreApplication.translate("Risks", "Likelihood {value}: {word}").format(
                value=value, word=word
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column()):
            return None
        cell = self.cell_at(index.row(), index.column())
        count = self.count(cell)
        likelihood, impact = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count else ""
        if role == COUNT_ROLE:
            return count
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.BackgroundRole:
            return band_brush(likelihood * impact)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(TEXT_ON_TINT))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and count:
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.25)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate(
                "Risks", "Likelihood {likelihood} ({likely}) × impact {impact} ({severe}): {count}"
            ).format(
                likelihood=likelihood,
                likely=likelihood_label(likelihood),
                impact=impact,
                severe=impact_label(impact),
                count=count,
            )
        return None
