"""The power/interest matrix on screen: the chart, the list of its points, and the scores
of the chosen stakeholder with their history. Imports matplotlib (see ``matrix_tab``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.stakeholders.composition import Kind
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import translate
from lagdesk.reports.charts.power_interest import point_positions, power_interest_figure
from lagdesk.ui.common import unsaved
from lagdesk.ui.common.tables import list_table
from lagdesk.ui.common.undo import SaveRecordCommand, UndoableWidget, UndoContext
from lagdesk.ui.common.widgets import paragraph, show_status
from lagdesk.ui.stakeholders.assessment_panel import AssessmentPanel
from lagdesk.ui.stakeholders.matrix_tab import MatrixPointModel

#: A click this close to a point (in pixels) chooses it.
CLICK_RADIUS = 14


class MatrixView(UndoableWidget):
    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        context: UndoContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, undo_stack, context, parent)
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self._positions = np.zeros((0, 2))
        self._ring: Any = None
        self._chosen: tuple[Kind, int] | None = None
        #: The stakeholder whose scores the panel shows (and may hold new ones typed).
        self._scored: sh.MatrixPoint | None = None
        self._going_back = False
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.people = QRadioButton(self.tr("Peop&le"), self)
        self.organisations = QRadioButton(self.tr("Organisatio&ns"), self)
        self.people.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.people)
        kinds.addButton(self.organisations)
        self.group = QComboBox(self)
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group.setMinimumContentsLength(28)
        group_label = QLabel(self.tr("Gro&up:"), self)
        group_label.setBuddy(self.group)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Show:"), self))
        controls.addWidget(self.people)
        controls.addWidget(self.organisations)
        controls.addSpacing(16)
        controls.addWidget(group_label)
        controls.addWidget(self.group)
        controls.addStretch(1)
        self.set_groups([])

        self.chart = QWidget(self)
        self.chart_column = QVBoxLayout(self.chart)
        self.chart_column.setContentsMargins(0, 0, 0, 0)

        self.model = MatrixPointModel(self)
        self.table = list_table(
            self.model, "matrix_points", self.tr("Stakeholders in the matrix"), self
        )
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MatrixPointModel.Column.NAME, QHeaderView.ResizeMode.Stretch)
        average = self.fontMetrics().averageCharWidth()
        for column, width in ((2, 6), (3, 7), (4, 15)):
            header.resizeSection(column, width * average + 16)
        # The chart's legend gives the sector, the history the dates.
        self.table.hideColumn(MatrixPointModel.Column.SECTOR)
        self.table.hideColumn(MatrixPointModel.Column.ASSESSED)

        self.assessment_box = QGroupBox(self.tr("Scores"), self)
        self.assessment = AssessmentPanel(immediate=True, parent=self.assessment_box)
        QVBoxLayout(self.assessment_box).addWidget(self.assessment)
        self.assessment_box.setEnabled(False)
        hint = paragraph(
            self.tr(
                "Click a point or choose a row to see and change its scores. Stakeholders "
                "without scores are not in the matrix: give their first scores in their form."
            )
        )
        hint.setEnabled(False)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.table)
        side.addWidget(self.assessment_box)
        side.setChildrenCollapsible(False)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 1)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(side, 1)
        right_column.addWidget(hint)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chart)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        view_column = QVBoxLayout(self)
        view_column.setContentsMargins(0, 0, 0, 0)
        view_column.addLayout(controls)
        view_column.addWidget(splitter, 1)

        self.people.toggled.connect(self.refresh)
        self.group.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.assessment.save_requested.connect(self.save_assessment)

    # -- what is shown -----------------------------------------------------------------

    @property
    def kind(self) -> Kind:
        return "person" if self.people.isChecked() else "organisation"

    @property
    def points(self) -> list[sh.MatrixPoint]:
        return self.model.points

    def set_groups(self, groups: Sequence[tuple[int, str, int]]) -> None:
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("Everyone"), None)
        for group_id, name, depth in groups:
            self.group.addItem("    " * depth + name, group_id)
        self.group.setCurrentIndex(max(self.group.findData(chosen), 0))
        self.group.blockSignals(False)

    def refresh(self) -> None:
        """Read the matrix again (a filter, an undo elsewhere). Scores typed and not saved
        stay typed while their stakeholder is still shown, and are asked about when a
        filter hides them (Cancel keeps them on screen)."""
        typed = self._typed() if self.has_typed_scores() else None
        try:
            points = sh.matrix_points(self._database, self.kind, self.group.currentData())
        except UserError as error:
            self._context.report(error)
            points = []
        chosen = self._chosen
        self.model.set_points(points)
        self._draw(points)
        row = self.model.row_of(*chosen) if chosen else -1
        if row >= 0:
            self.select_row(row)
            if typed is not None:
                self._type_again(typed)
        elif (
            typed is not None
            and self._scored is not None
            and not unsaved.settle_parts(self, [TypedScores(self, self._scored)])
        ):
            self._type_again(typed)  # Cancel: the stakeholder stays in the scores box
        else:
            self._chosen = self._scored = None
            self.assessment.clear()
            self.assessment_box.setEnabled(False)
            self.assessment_box.setTitle(self.tr("Scores"))

    def _draw(self, points: Sequence[sh.MatrixPoint]) -> None:
        figure = power_interest_figure(points)
        canvas = FigureCanvasQTAgg(figure)
        canvas.setParent(self.chart)
        canvas.setMinimumSize(320, 280)
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        canvas.setAccessibleName(self.tr("Power/interest matrix"))
        canvas.mpl_connect("button_press_event", self._clicked)
        if self.canvas is not None:
            self.chart_column.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.chart_column.addWidget(canvas)
        self.figure, self.canvas = figure, canvas
        self._positions = np.array(point_positions(points)).reshape(-1, 2)
        axes = figure.axes[0]
        (self._ring,) = axes.plot(
            [], [], linestyle="none", marker="o", markersize=11, markerfacecolor="none",
            markeredgecolor="#D55E00", markeredgewidth=2, zorder=6,
        )  # fmt: skip
        canvas.draw_idle()

    # -- choosing a stakeholder --------------------------------------------------------

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def point_at(self, x: float, y: float) -> int:
        """The row of the point drawn nearest to display position (x, y), or -1."""
        if self.figure is None or not len(self._positions):
            return -1
        shown = self.figure.axes[0].transData.transform(self._positions)
        distances = np.hypot(shown[:, 0] - x, shown[:, 1] - y)
        nearest = int(np.argmin(distances))
        ratio = self.canvas.device_pixel_ratio if self.canvas is not None else 1.0
        return nearest if distances[nearest] <= CLICK_RADIUS * ratio else -1

    def _clicked(self, event: MouseEvent) -> None:
        if event.inaxes is None or event.x is None or event.y is None:
            return
        row = self.point_at(event.x, event.y)
        if row >= 0:
            self.select_row(row)

    def _row_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        point = self.model.points[current.row()] if current.isValid() else None
        if point is None or self._going_back:
            return
        scored = self._scored
        if (
            scored is not None
            and (scored.kind, scored.id) != (point.kind, point.id)
            and previous.isValid()
        ):
            if not unsaved.settle_parts(self, [TypedScores(self, scored)]):
                self._going_back = True  # Cancel: back to the stakeholder being scored
                try:
                    self.select_row(previous.row())
                finally:
                    self._going_back = False
                return
            row = self.model.row_of(point.kind, point.id)
            if row != self.table.currentIndex().row():  # saving redrew the matrix
                self.select_row(row)
                return
        self._chosen = (point.kind, point.id)
        self._scored = point
        if self._ring is not None and current.row() < len(self._positions):
            x, y = self._positions[current.row()]
            self._ring.set_data([x], [y])
            if self.canvas is not None:
                self.canvas.draw_idle()
        owner = {"person_id": point.id} if point.kind == "person" else {"organisation_id": point.id}
        try:
            history = sh.assessment_history(self._database, **owner)
        except UserError as error:
            self._context.report(error)
            return
        self.assessment.set_history(history)
        self.assessment_box.setEnabled(True)
        self.assessment_box.setTitle(self.tr("Scores of {name}").format(name=point.name))

    # -- a new assessment --------------------------------------------------------------

    def typed_scores(self) -> TypedScores | None:
        """New scores typed for the stakeholder shown, for the window to ask about."""
        return None if self._scored is None else TypedScores(self, self._scored)

    def _typed(self) -> tuple[int, int, str, date]:
        form = self.assessment
        return (
            form.power.value(),
            form.interest.value(),
            form.note.text(),
            form.assessed_on.date_value(),
        )

    def _type_again(self, typed: tuple[int, int, str, date]) -> None:
        power, interest, note, on = typed
        form = self.assessment
        form.power.setValue(power)
        form.interest.setValue(interest)
        form.note.setText(note)
        form.assessed_on.set_date_value(on)

    def has_typed_scores(self) -> bool:
        return self.assessment_box.isEnabled() and self.assessment.pending() is not None

    def discard_assessment(self) -> None:
        """Show the chosen stakeholder's latest scores again."""
        self.assessment.set_history(self.assessment.history_model.records())

    def save_assessment(self) -> bool:
        """Store the new scores of the stakeholder shown; False when there were none or
        core refused them."""
        pending = self.assessment.pending()
        point = self._scored
        if point is None or pending is None:
            return False
        owner = {"person_id": point.id} if point.kind == "person" else {"organisation_id": point.id}
        try:
            made = sh.assess(
                self._database,
                power=pending.power,
                interest=pending.interest,
                on=pending.on,
                note=pending.note,
                **owner,
            )
        except UserError as error:
            self._context.report(error)
            return False
        text = self.tr("Assess {name}").format(name=point.name)
        self._undo.push(SaveRecordCommand(self._context, text, None, made))
        show_status(self, self.tr("New assessment of {name} saved.").format(name=point.name))
        return True


class TypedScores:
    """New scores typed for one stakeholder and not saved (``lagdesk.ui.common.unsaved``)."""

    def __init__(self, view: MatrixView, point: sh.MatrixPoint) -> None:
        self.view = view
        self.point = point

    def has_unsaved_changes(self) -> bool:
        return self.view.has_typed_scores()

    def unsaved_changes_name(self) -> str:
        return translate("MatrixView", "the scores of {name}").format(name=self.point.name)

    def save_changes(self) -> bool:
        return self.view.save_assessment()

    def discard_changes(self) -> None:
        self.view.discard_assessment()
