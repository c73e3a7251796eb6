"""The progress chart of the selected indicator (``reports.charts.indicator_progress``,
the figure the exports draw too), or a hint while none is selected."""

from __future__ import annotations

from datetime import date

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lagdesk.reports.charts.indicator_progress import ProgressSeries, indicator_progress_figure


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
