"""The progress chart of the selected indicator (``reports.charts.indicator_progress``,
the figure the exports draw too), or a hint while none is selected."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lagdesk.core.indicators.library import MeasurementRow
from lagdesk.core.indicators.progress import STATUS_COLOURS, IndicatorProgress, status_label
from lagdesk.core.support import records
from lagdesk.db.codes import ProgressStatus
from lagdesk.reports.charts.indicator_progress import ProgressSeries, indicator_progress_figure


def progress_series(
    indicator: records.Indicator,
    unit_label: str,
    found: IndicatorProgress | None,
    measured: Sequence[MeasurementRow],
    milestones: Sequence[records.IndicatorMilestone],
) -> ProgressSeries:
    """What the chart draws of ``indicator``: its baseline, target, milestones and
    measurements, and its progress at the report date (``found``, None without data)."""
    status = ProgressStatus.NO_DATA if found is None else found.status
    baseline = (
        (indicator.baseline_date, indicator.baseline_value)
        if indicator.baseline_date is not None and indicator.baseline_value is not None
        else None
    )
    target = (
        (indicator.target_date, indicator.target_value)
        if indicator.target_date is not None and indicator.target_value is not None
        else None
    )
    return ProgressSeries(
        code=indicator.code,
        name=indicator.name,
        unit_label=unit_label,
        baseline=baseline,
        target=target,
        milestones=tuple((item.due_on, item.value) for item in milestones),
        measurements=tuple(
            (item.measurement.measured_on, item.measurement.value) for item in measured
        ),
        accumulation="cumulative" if indicator.accumulation == "cumulative" else "latest",
        current=None if found is None else found.current_value,
        progress=None if found is None else found.progress,
        status=status_label(status),
        status_colour=STATUS_COLOURS[status],
    )


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas: FigureCanvasQTAgg | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Select an indicator to see its progress."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.empty, 1)

    def draw(self, series: ProgressSeries, today: date) -> None:
        self._set_canvas(FigureCanvasQTAgg(indicator_progress_figure(series, today=today)))

    def clear(self) -> None:
        self._set_canvas(None)

    def _set_canvas(self, canvas: FigureCanvasQTAgg | None) -> None:
        if self.canvas is not None:
            self.column.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = canvas
        self.empty.setVisible(canvas is None)
        if canvas is None:
            return
        canvas.setMinimumSize(240, 180)
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        canvas.setAccessibleName(self.tr("Progress chart"))
        self.column.addWidget(canvas, 1)
        canvas.draw_idle()
