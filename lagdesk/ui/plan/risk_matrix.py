"""The 5 x 5 likelihood x impact matrix beside the risk register.

Each cell shows how many risks sit there: the open and mitigated ones, or all of them with
"Include closed risks". Clicking a cell (or Enter / Space on it) asks the register to show
only those risks; the same again, or "Show all", shows every risk again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan.risks import SCALE
from lagdesk.db.codes import RiskStatus
from lagdesk.ui.common.text import counted
from lagdesk.ui.common.widgets import heading
from lagdesk.ui.plan.risks_model import (
    CELL_ROLE,
    TEXT_ON_TINT,
    Cell,
    RiskMatrixModel,
    impact_label,
    likelihood_label,
)

CELL_WIDTH = 72
CELL_HEIGHT = 46
#: What the matrix counts unless "Include closed risks" is ticked.
OPEN_STATUSES = (RiskStatus.OPEN, RiskStatus.MITIGATED)


class ChosenCellDelegate(QStyledItemDelegate):
    """Draws a thick frame round the cell the register is filtered on."""

    def __init__(self, model: RiskMatrixModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if self._model.chosen is not None and index.data(CELL_ROLE) == self._model.chosen:
            painter.save()
            pen = QPen(QColor(TEXT_ON_TINT))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(2, 2, -3, -3))
            painter.restore()


class RiskMatrixWidget(QWidget):
    #: The cell the register should show, or None for every risk.
    cell_chosen = Signal(object)
    #: "Include closed risks" was ticked or cleared.
    include_closed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("risk_matrix")
        self.model = RiskMatrixModel(self)
        self.view = QTableView()
        self.view.setObjectName("risk_matrix_view")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChosenCellDelegate(self.model, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setCornerButtonEnabled(False)
        self.view.setAccessibleName(self.tr("Likelihood and impact matrix"))
        for header, size in (
            (self.view.horizontalHeader(), CELL_WIDTH),
            (self.view.verticalHeader(), CELL_HEIGHT),
        ):
            header.setMinimumSectionSize(size)
            header.setDefaultSectionSize(size)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setHighlightSections(False)
        self.view.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.installEventFilter(self)
        self.view.clicked.connect(self._clicked)

        self.likelihood_axis = QLabel(self.tr("Likelihood ↑"))
        self.likelihood_axis.setObjectName("likelihood_axis")
        self.likelihood_axis.setToolTip(
            self.tr("From {low} (1) to {high} (5)").format(
                low=likelihood_label(1), high=likelihood_label(5)
            )
        )
        self.impact_axis = QLabel(self.tr("Impact →"))
        self.impact_axis.setObjectName("impact_axis")
        self.impact_axis.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.impact_axis.setToolTip(
            self.tr("From {low} (1) to {high} (5)").format(
                low=impact_label(1), high=impact_label(5)
            )
        )
        self.include_closed = QCheckBox(self.tr("Include &closed risks"))
        self.include_closed.setToolTip(
            self.tr("Count closed risks too; otherwise only open and mitigated ones")
        )
        self.include_closed.toggled.connect(self.include_closed_changed)
        self.show_all_button = QPushButton(self.tr("Show a&ll"))
        self.show_all_button.setToolTip(self.tr("Show every risk in the register again"))
        self.show_all_button.clicked.connect(lambda: self.choose(None))
        self.counted_label = QLabel()
        self.counted_label.setObjectName("matrix_counted")
        self.counted_label.setWordWrap(True)

        under = QHBoxLayout()
        under.addWidget(self.include_closed)
        under.addStretch(1)
        under.addWidget(self.show_all_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        title = heading(self.tr("Likelihood × imp&act"), level=2)
        title.setBuddy(self.view)
        title.setAccessibleName(self.tr("Likelihood × impact"))
        column.addWidget(title)
        column.addWidget(self.likelihood_axis)
        column.addWidget(self.view)
        column.addWidget(self.impact_axis)
        column.addWidget(self.counted_label)
        column.addLayout(under)
        column.addStretch(1)
        self._fit()
        self._update_texts()

    def _fit(self) -> None:
        """The view exactly as large as its headers and 25 cells."""
        frame = 2 * self.view.frameWidth()
        width = self.view.verticalHeader().sizeHint().width() + CELL_WIDTH * len(SCALE) + frame
        height = self.view.horizontalHeader().sizeHint().height() + CELL_HEIGHT * len(SCALE)
        self.view.setFixedSize(width, height + frame)

    # -- state ---------------------------------------------------------------------------

    def counted_statuses(self) -> tuple[RiskStatus, ...] | None:
        """The statuses the matrix counts; None for all."""
        return None if self.include_closed.isChecked() else OPEN_STATUSES

    def set_counts(self, counts: dict[Cell, int]) -> None:
        self.model.set_counts(counts)
        self._update_texts()

    @property
    def chosen(self) -> Cell | None:
        return self.model.chosen

    def choose(self, cell: Cell | None) -> None:
        """Filter the register on ``cell`` (None: no filter)."""
        if cell == self.model.chosen:
            return
        self.model.set_chosen(cell)
        self._update_texts()
        self.cell_chosen.emit(cell)

    def toggle(self, cell: Cell) -> None:
        self.choose(None if cell == self.model.chosen else cell)

    def _update_texts(self) -> None:
        total = self.model.total()
        if self.include_closed.isChecked():
            text = counted(
                self.tr("%n risks counted, closed ones included", "", total),
                total,
                "1 risk counted, closed ones included",
            )
        else:
            text = counted(
                self.tr("%n open or mitigated risks counted", "", total),
                total,
                "1 open or mitigated risk counted",
            )
        if self.model.chosen is not None:
            likelihood, impact = self.model.chosen
            text += "\n" + self.tr(
                "Register shows likelihood {likelihood} × impact {impact} only."
            ).format(likelihood=likelihood, impact=impact)
        self.counted_label.setText(text)
        self.show_all_button.setEnabled(self.model.chosen is not None)

    # -- input ---------------------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        cell = index.data(CELL_ROLE)
        if cell is not None:
            self.toggle(tuple(cell))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        ):
            index = self.view.currentIndex()
            if index.isValid():
                self._clicked(index)
            return True
        return super().eventFilter(watched, event)
