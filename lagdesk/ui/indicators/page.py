"""The Indicators area: the results framework of every indicator at a report date, a
dashboard of status counts, and for the selected indicator its progress chart and its
measurements (add, delete, paste from a spreadsheet; every change undoable)."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core import deletion, indicators, records
from lagdesk.core.errors import LagdeskError, ValidationError
from lagdesk.core.indicators import IndicatorRow
from lagdesk.core.progress import STATUS_COLOURS, ProgressStatus, all_progress, status_label
from lagdesk.db.database import Database
from lagdesk.db.errors import DatabaseError
from lagdesk.reports.charts.indicator_progress import ProgressSeries, indicator_progress_figure
from lagdesk.ui import dialogs
from lagdesk.ui.formatting import from_qdate, parse_number, to_qdate
from lagdesk.ui.indicators.models import (
    MEN,
    NAME,
    SOURCE,
    WOMEN,
    MeasurementsModel,
    ResultsModel,
)
from lagdesk.ui.stakeholders.tables import compact_rows
from lagdesk.ui.undo import ChangeCommand

log = logging.getLogger(__name__)

#: Dashboard order of the statuses.
DASHBOARD_ORDER = (
    ProgressStatus.ACHIEVED,
    ProgressStatus.ON_TRACK,
    ProgressStatus.AT_RISK,
    ProgressStatus.OFF_TRACK,
    ProgressStatus.NO_DATA,
)


class AddMeasurementsCommand(ChangeCommand):
    """Measurements already stored; undo deletes them, redo puts them back exactly."""

    def __init__(self, page: IndicatorsPage, text: str, ids: list[int]) -> None:
        super().__init__(text, page.report_error)
        self.database = page.database
        self.ids = ids
        self.snapshots: list[deletion.DeletedRows] = []

    def apply(self) -> None:
        for snapshot in self.snapshots:
            deletion.restore(self.database, snapshot)
        self.snapshots = []

    def revert(self) -> None:
        self.snapshots = [
            deletion.delete_with_snapshot(self.database, records.Measurement, record_id)
            for record_id in self.ids
        ]


class DeleteMeasurementCommand(ChangeCommand):
    """A measurement already deleted (``snapshot``); undo restores it, redo deletes again."""

    def __init__(self, page: IndicatorsPage, text: str, snapshot: deletion.DeletedRows) -> None:
        super().__init__(text, page.report_error)
        self.database = page.database
        self.snapshot = snapshot
        self.record_id = snapshot.root_id

    def apply(self) -> None:
        self.snapshot = deletion.delete_with_snapshot(
            self.database, records.Measurement, self.record_id
        )

    def revert(self) -> None:
        deletion.restore(self.database, self.snapshot)


class IndicatorsPage(QWidget):
    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("indicators_page")
        self.database = database
        self.undo_stack = undo_stack
        self.canvas: FigureCanvasQTAgg | None = None
        self.counts: Counter[ProgressStatus] = Counter()
        self._indicator: records.Indicator | None = None
        self._sized = False
        self.results_model = ResultsModel(self)
        self.measurements_model = MeasurementsModel(self)
        self._build()
        self.undo_stack.indexChanged.connect(self.reload)
        self.reload()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        self.as_of = QDateEdit(to_qdate(date.today()))
        self.as_of.setObjectName("as_of")
        self.as_of.setCalendarPopup(True)
        as_of_label = QLabel(self.tr("&As of:"))
        as_of_label.setBuddy(self.as_of)
        self.as_of.dateChanged.connect(self.reload)
        top.addWidget(as_of_label)
        top.addWidget(self.as_of)
        top.addSpacing(16)
        self.dashboard = QLabel()
        self.dashboard.setObjectName("dashboard")
        self.dashboard.setTextFormat(Qt.TextFormat.RichText)
        self.dashboard.setWordWrap(True)
        top.addWidget(self.dashboard, 1)
        column.addLayout(top)

        self.table = QTableView()
        self.table.setObjectName("results_table")
        self.table.setModel(self.results_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        compact_rows(self.table)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Results framework"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QWidget()
        detail_row = QHBoxLayout(self.detail)
        detail_row.setContentsMargins(0, 0, 0, 0)
        chart = QWidget()
        self.chart_column = QVBoxLayout(chart)
        self.chart_column.setContentsMargins(0, 0, 0, 0)
        self.chart_empty = QLabel(self.tr("Select an indicator to see its progress."))
        self.chart_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_column.addWidget(self.chart_empty, 1)
        detail_row.addWidget(chart, 3)
        detail_row.addWidget(self._measurements_panel(), 2)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        column.addWidget(splitter, 1)
        self.detail.setEnabled(False)

    def _measurements_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("&Measurements"))
        self.measurements = QTableView()
        self.measurements.setObjectName("measurements_table")
        self.measurements.setModel(self.measurements_model)
        self.measurements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measurements.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.measurements.verticalHeader().hide()
        compact_rows(self.measurements)
        self.measurements.horizontalHeader().setStretchLastSection(True)
        title.setBuddy(self.measurements)
        column.addWidget(title)
        column.addWidget(self.measurements, 1)

        form = QGridLayout()
        self.new_date = QDateEdit(to_qdate(date.today()))
        self.new_date.setObjectName("new_date")
        self.new_date.setCalendarPopup(True)
        self.new_date.setAccessibleName(self.tr("Measurement date"))
        self.new_value = QLineEdit()
        self.new_value.setObjectName("new_value")
        self.new_value.setPlaceholderText(self.tr("Value"))
        self.new_value.setAccessibleName(self.tr("Value"))
        self.new_women = QLineEdit()
        self.new_women.setPlaceholderText(self.tr("Women"))
        self.new_women.setAccessibleName(self.tr("Women"))
        self.new_men = QLineEdit()
        self.new_men.setPlaceholderText(self.tr("Men"))
        self.new_men.setAccessibleName(self.tr("Men"))
        self.new_note = QLineEdit()
        self.new_note.setPlaceholderText(self.tr("Source"))
        self.new_note.setAccessibleName(self.tr("Source"))
        for field in (self.new_value, self.new_women, self.new_men, self.new_note):
            field.returnPressed.connect(self.add_measurement)
        form.addWidget(self.new_date, 0, 0)
        form.addWidget(self.new_value, 0, 1)
        form.addWidget(self.new_women, 1, 0)
        form.addWidget(self.new_men, 1, 1)
        form.addWidget(self.new_note, 2, 0, 1, 2)
        column.addLayout(form)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.setToolTip(self.tr("Add the measurement typed above"))
        self.add_button.clicked.connect(self.add_measurement)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the selected measurement (Delete)"))
        self.delete_button.clicked.connect(self.delete_measurement)
        self.paste_button = QPushButton(self.tr("&Paste…"))
        self.paste_button.setToolTip(
            self.tr("Paste lines of date (YYYY-MM-DD), value and optional source, tab-separated.")
        )
        self.paste_button.clicked.connect(self.paste_from_clipboard)
        paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, self.measurements)
        paste_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste_shortcut.activated.connect(self.paste_from_clipboard)
        delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.measurements)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_measurement)
        for button in (self.add_button, self.delete_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.warning = QLabel()
        self.warning.setObjectName("measurement_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #D55E00;")
        self.warning.hide()
        column.addWidget(self.warning)
        return panel

    # -- reading --------------------------------------------------------------------------

    def report_date(self) -> date:
        return from_qdate(self.as_of.date())

    def selected_id(self) -> int | None:
        return None if self._indicator is None else self._indicator.id

    def reload(self) -> None:
        """Read every indicator and its progress at the report date (one ``all_progress``)."""
        keep = self.selected_id()
        try:
            rows = indicators.indicator_rows(self.database)
            progress = all_progress(self.database, self.report_date())
        except (LagdeskError, DatabaseError) as error:
            self.report_error(error)
            return
        self.results_model.set_rows(rows, progress)
        self.counts = Counter(self.results_model.status_of(row) for row in rows)
        self._show_dashboard()
        if not self._sized and rows:
            self._sized = True
            self.table.resizeColumnsToContents()
            for column, widest in ((NAME, 320), (SOURCE, 200)):
                if self.table.columnWidth(column) > widest:
                    self.table.setColumnWidth(column, widest)
        row = self.results_model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.select_row(row)
        else:
            self._show_indicator(None)

    def _show_dashboard(self) -> None:
        parts = []
        for status in DASHBOARD_ORDER:
            text = self.tr("{status} {count}").format(
                status=status_label(status), count=self.counts.get(status, 0)
            )
            parts.append(
                f'<span style="color:{STATUS_COLOURS[status]}; font-weight:600">'
                f"{dialogs.escape(text)}</span>"
            )
        self.dashboard.setText(" · ".join(parts))

    def select_row(self, row: int) -> None:
        index = self.results_model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self._indicator = None
        self.table.selectionModel().setCurrentIndex(index, flags)
        record = self.results_model.record_at(row)
        if record is not None and self._indicator is None:  # the selection did not change
            self._show_indicator(record)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if len(rows) == 1:
            self._show_indicator(self.results_model.record_at(rows.pop()))

    def _show_indicator(self, row: IndicatorRow | None) -> None:
        self._indicator = None if row is None else row.indicator
        self.detail.setEnabled(row is not None)
        if row is None or row.id is None:
            self.measurements_model.set_records([])
            self._set_canvas(None)
            return
        try:
            measured = indicators.measurement_rows(self.database, row.id)
            milestones = indicators.milestones_of(self.database, row.id)
        except (LagdeskError, DatabaseError) as error:
            self.report_error(error)
            return
        self.measurements_model.set_records(measured)
        split = indicators.is_disaggregated(row.indicator)
        self.measurements.setColumnHidden(WOMEN, not split)
        self.measurements.setColumnHidden(MEN, not split)
        self.new_women.setVisible(split)
        self.new_men.setVisible(split)
        self._draw(row, measured, milestones)

    def _draw(
        self,
        row: IndicatorRow,
        measured: list[indicators.MeasurementRow],
        milestones: list[records.IndicatorMilestone],
    ) -> None:
        indicator = row.indicator
        found = self.results_model.progress_at(self.results_model.row_of(row.id))
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
        series = ProgressSeries(
            code=indicator.code,
            name=indicator.name,
            unit_label=self.results_model.text(row, 3),
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
        figure = indicator_progress_figure(series, today=self.report_date())
        self._set_canvas(FigureCanvasQTAgg(figure))

    def _set_canvas(self, canvas: FigureCanvasQTAgg | None) -> None:
        if self.canvas is not None:
            self.chart_column.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = canvas
        self.chart_empty.setVisible(canvas is None)
        if canvas is None:
            return
        canvas.setMinimumSize(240, 180)
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        canvas.setAccessibleName(self.tr("Progress chart"))
        self.chart_column.addWidget(canvas, 1)
        canvas.draw_idle()

    # -- writing --------------------------------------------------------------------------

    def report_error(self, error: Exception) -> None:
        log.warning("Indicators page: %s", error)
        dialogs.show_error(self, self.tr("Indicators"), str(error))

    def _optional_number(self, field: QLineEdit, name: str) -> float | None:
        try:
            return parse_number(field.text())
        except ValueError:
            message = self.tr("{field}: “{text}” is not a number.")
            raise ValueError(message.format(field=name, text=field.text())) from None

    def add_measurement(self) -> None:
        indicator = self._indicator
        if indicator is None or indicator.id is None:
            return
        try:
            value = self._optional_number(self.new_value, self.tr("Value"))
            women = self._optional_number(self.new_women, self.tr("Women"))
            men = self._optional_number(self.new_men, self.tr("Men"))
        except ValueError as error:
            dialogs.show_error(self, self.tr("Add measurement"), str(error))
            return
        if value is None:
            dialogs.show_error(self, self.tr("Add measurement"), self.tr("Enter a value."))
            self.new_value.setFocus()
            return
        measured_on = from_qdate(self.new_date.date())
        split = indicators.is_disaggregated(indicator)
        try:
            saved = indicators.add_measurement(
                self.database,
                records.Measurement(
                    indicator_id=indicator.id,
                    measured_on=measured_on,
                    value=value,
                    source_note=self.new_note.text().strip(),
                ),
                women=women if split else None,
                men=men if split else None,
            )
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Add measurement"), str(error))
            return
        assert saved.id is not None
        if indicators.before_baseline(indicator, measured_on):
            self._warn(
                self.tr(
                    "Saved, but this measurement is dated before the baseline date; check the date."
                )
            )
        else:
            self.warning.hide()
        for field in (self.new_value, self.new_women, self.new_men, self.new_note):
            field.clear()
        self.undo_stack.push(AddMeasurementsCommand(self, self.tr("Add measurement"), [saved.id]))
        self.new_value.setFocus()

    def _warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.show()

    def delete_measurement(self) -> None:
        index = self.measurements.currentIndex()
        found = self.measurements_model.record_at(index.row()) if index.isValid() else None
        if found is None or found.id is None:
            return
        try:
            snapshot = deletion.delete_with_snapshot(self.database, records.Measurement, found.id)
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Delete measurement"), str(error))
            return
        self.undo_stack.push(
            DeleteMeasurementCommand(self, self.tr("Delete measurement"), snapshot)
        )

    def paste_from_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        """Store the tab-separated "date, value[, source]" lines of ``text`` in one
        transaction, or show every bad line and store nothing."""
        indicator = self._indicator
        if indicator is None or indicator.id is None:
            return
        try:
            parsed = indicators.parse_pasted(indicator.id, text)
            ids = indicators.paste_measurements(self.database, indicator.id, text)
        except ValidationError as error:
            lines = "\n".join(problem.message for problem in error.problems)
            dialogs.show_error(self, self.tr("Paste measurements"), lines)
            return
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Paste measurements"), str(error))
            return
        early = sum(indicators.before_baseline(indicator, item.measured_on) for item in parsed)
        if early:
            self._warn(
                self.tr(
                    "Saved, but {count} pasted measurements are dated before the baseline date."
                ).format(count=early)
            )
        self.undo_stack.push(
            AddMeasurementsCommand(
                self, self.tr("Paste {count} measurements").format(count=len(ids)), ids
            )
        )
