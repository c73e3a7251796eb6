"""The Indicators area: the indicator library (new, edit, delete; preloaded procurement
indicators and the user's own), the results framework of every indicator at a report date
with a filter, a dashboard of status counts, and for the selected indicator its progress
chart and its measurements (add, delete, paste from a spreadsheet). Every change is
undoable.

The page lays out its pieces and keeps them in step (which indicator is selected, what the
filter shows); the filter bar (``filters``), the chart (``progress_chart``) and the
measurements (``measurements_panel``) are widgets of their own."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.indicators import library as indicators
from lagdesk.core.indicators.library import IndicatorDetail, IndicatorRow
from lagdesk.core.indicators.progress import (
    STATUS_COLOURS,
    IndicatorProgress,
    all_progress,
    status_label,
)
from lagdesk.core.meetings import attachments
from lagdesk.core.support import records
from lagdesk.db.codes import ProgressStatus
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.formatting import from_qdate
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.common.widgets import DateEdit, heading, show_status
from lagdesk.ui.indicators.filters import IndicatorFilters
from lagdesk.ui.indicators.indicator_dialog import IndicatorDialog
from lagdesk.ui.indicators.library_actions import IndicatorActions
from lagdesk.ui.indicators.measurements_panel import MeasurementsPanel
from lagdesk.ui.indicators.models import NAME, SOURCE, ResultsModel
from lagdesk.ui.indicators.progress_chart import ProgressChart, progress_series
from lagdesk.ui.plan.transfer import PlanTransfers
from lagdesk.ui.shell.areas import Area

log = logging.getLogger(__name__)

#: Dashboard order of the statuses.
DASHBOARD_ORDER = (
    ProgressStatus.ACHIEVED,
    ProgressStatus.ON_TRACK,
    ProgressStatus.AT_RISK,
    ProgressStatus.OFF_TRACK,
    ProgressStatus.NO_DATA,
)


class IndicatorsPage(QWidget):
    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("indicators_page")
        self.database = database
        self.undo_stack = undo_stack
        self.counts: Counter[ProgressStatus] = Counter()
        self._indicator: records.Indicator | None = None
        self._sized = False
        self._all_rows: list[IndicatorRow] = []
        self._progress: dict[int, IndicatorProgress] = {}
        self.results_model = ResultsModel(self)
        self.filters = IndicatorFilters()
        self.filters.changed.connect(self._show_rows)
        self.chart = ProgressChart()
        self.measurements = MeasurementsPanel(database, undo_stack, self.report_error)
        self.library = IndicatorActions(database, undo_stack, self.report_error, self)
        self.library.saved.connect(self._show_saved)
        self.library.deleted.connect(self._forget_deleted)
        self._build()
        self.undo_stack.indexChanged.connect(self.reload)
        self.reload()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 12)
        column.setSpacing(8)
        column.addWidget(heading(Area.INDICATORS.title))
        top = QHBoxLayout()
        self.as_of = DateEdit()  # the locale's format, with a four-digit year
        self.as_of.setObjectName("as_of")
        as_of_label = QLabel(self.tr("&As of:"))
        as_of_label.setBuddy(self.as_of)
        self.as_of.dateChanged.connect(self.reload)
        top.addWidget(as_of_label)
        top.addWidget(self.as_of)
        top.addSpacing(16)
        top.addWidget(self.filters, 1)
        column.addLayout(top)
        second = QHBoxLayout()
        self.dashboard = QLabel()
        self.dashboard.setObjectName("dashboard")
        self.dashboard.setTextFormat(Qt.TextFormat.RichText)
        self.dashboard.setWordWrap(True)
        second.addWidget(self.dashboard, 1)
        second.addLayout(self._library_buttons())
        column.addLayout(second)
        column.addWidget(self._splitter(), 1)

    def _splitter(self) -> QSplitter:
        """The results framework above; the selected indicator's chart and measurements
        below."""
        self.table = self._results_table()
        self.detail = QWidget()
        detail_row = QHBoxLayout(self.detail)
        detail_row.setContentsMargins(0, 0, 0, 0)
        detail_row.addWidget(self.chart, 3)
        detail_row.addWidget(self.measurements, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.detail.setEnabled(False)
        return splitter

    def _results_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("results_table")
        table.setModel(self.results_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        compact_rows(table)
        table.horizontalHeader().setResizeContentsPrecision(60)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setAccessibleName(self.tr("Results framework"))
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(self._open_index)
        # Insert adds, Enter edits, Delete deletes (keys read here rather than through
        # shortcuts, so they work whatever window is active, like the table's own keys).
        table.installEventFilter(self)
        self.filters.text_edit.installEventFilter(self)
        return table

    def _library_buttons(self) -> QHBoxLayout:
        """New, Edit, Delete and Import measurements."""
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New indicator…"))
        self.new_button.setObjectName("new_indicator")
        self.new_button.setToolTip(self.tr("Add an indicator of your own (Insert)"))
        self.new_button.clicked.connect(self.library.new_indicator)
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setObjectName("edit_indicator")
        self.edit_button.setToolTip(self.tr("Edit every field of the selected indicator (Enter)"))
        self.edit_button.clicked.connect(self.edit_indicator)
        self.delete_indicator_button = QPushButton(self.tr("Delete indi&cator"))
        self.delete_indicator_button.setObjectName("delete_indicator")
        self.delete_indicator_button.setToolTip(
            self.tr("Delete the selected indicator with its measurements (Delete)")
        )
        self.delete_indicator_button.clicked.connect(self.delete_indicator)
        self.transfers = PlanTransfers(self.database, self)
        self.import_measurements_button = QPushButton(self.tr("Import &measurements…"))
        self.import_measurements_button.setObjectName("import_measurements")
        self.import_measurements_button.setToolTip(
            self.tr("Add measurements from an .xlsx or .csv file, with a preview first")
        )
        self.import_measurements_button.clicked.connect(self.transfers.import_measurements)
        self.transfers.changed.connect(self.reload)
        for button in (
            self.new_button,
            self.edit_button,
            self.delete_indicator_button,
            self.import_measurements_button,
        ):
            row.addWidget(button)
        return row

    # -- reading --------------------------------------------------------------------------

    def report_date(self) -> date:
        return from_qdate(self.as_of.date())

    def selected_id(self) -> int | None:
        return None if self._indicator is None else self._indicator.id

    def reload(self) -> None:
        """Read every indicator and its progress at the report date (one ``all_progress``)."""
        try:
            rows = indicators.indicator_rows(self.database)
            progress = all_progress(self.database, self.report_date())
        except UserError as error:
            self.report_error(error)
            return
        self._all_rows = rows
        self._progress = dict(progress)
        self._show_rows()

    def _show_rows(self) -> None:
        """Show the indicators the filter lets through, keeping the selection if it can."""
        keep = self.selected_id()
        rows = [row for row in self._all_rows if self.filters.shows(row)]
        self.results_model.set_rows(rows, self._progress)
        self.counts = Counter(self.results_model.status_of(row) for row in rows)
        self._show_dashboard(len(rows))
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
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self._indicator is not None
        self.edit_button.setEnabled(chosen)
        self.delete_indicator_button.setEnabled(chosen)

    def _show_dashboard(self, shown: int) -> None:
        parts = []
        for status in DASHBOARD_ORDER:
            text = self.tr("{status} {count}").format(
                status=status_label(status), count=self.counts.get(status, 0)
            )
            parts.append(
                f'<span style="color:{STATUS_COLOURS[status]}; font-weight:600">'
                f"{dialogs.escape(text)}</span>"
            )
        text = " · ".join(parts)
        if shown != len(self._all_rows):
            lead = self.tr("{shown} of {total} indicators:").format(
                shown=shown, total=len(self._all_rows)
            )
            text = f"{dialogs.escape(lead)} {text}"
        self.dashboard.setText(text)

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
        self._update_buttons()
        if row is None or row.id is None:
            self.measurements.show_indicator(None)
            self.chart.clear()
            return
        try:
            measured = indicators.measurement_rows(self.database, row.id)
            milestones = indicators.milestones_of(self.database, row.id)
            evidence = attachments.evidence_counts(self.database, row.id)
        except UserError as error:
            self.report_error(error)
            return
        self.measurements.show_indicator(row.indicator, measured, evidence)
        self._draw(row, measured, milestones)

    def _draw(
        self,
        row: IndicatorRow,
        measured: list[indicators.MeasurementRow],
        milestones: list[records.IndicatorMilestone],
    ) -> None:
        found = self.results_model.progress_at(self.results_model.row_of(row.id))
        unit = self.results_model.text(row, 3)
        series = progress_series(row.indicator, unit, found, measured, milestones)
        self.chart.draw(series, self.report_date())

    # -- a measurement typed and not added (asked about by the window) --------------------

    def has_unsaved_changes(self) -> bool:
        return self.measurements.typed_measurement()

    def unsaved_changes_name(self) -> str:
        indicator = self._indicator
        code = indicator.code if indicator is not None else ""
        return self.tr("the new measurement of {indicator}").format(indicator=code)

    def save_changes(self) -> bool:
        return self.measurements.add_measurement()

    def discard_changes(self) -> None:
        self.measurements.clear_typed()

    # -- writing --------------------------------------------------------------------------

    def report_error(self, error: Exception) -> None:
        log.warning("Indicators page: %s", error)
        dialogs.show_error(self, self.tr("Indicators"), str(error))

    # -- the indicator library ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.table, self.filters.text_edit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            key = event.key()
            if key == Qt.Key.Key_Insert:
                self.library.new_indicator()
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.table.currentIndex())
                return True
            if watched is self.table and event.matches(QKeySequence.StandardKey.Delete):
                self.delete_indicator()
                return True
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        found = self.results_model.record_at(index.row()) if index.isValid() else None
        if found is not None and found.id is not None:
            self.library.open_indicator(found.id)

    def edit_indicator(self) -> IndicatorDialog | None:
        found = self.selected_id()
        return None if found is None else self.library.open_indicator(found)

    def _show_saved(self, saved: IndicatorDetail) -> None:
        """Make the next reload select the saved indicator, clearing a filter that hides it."""
        self._indicator = saved.indicator
        self.filters.reveal(IndicatorRow(saved.indicator, ()))
        self.table.setFocus()

    def _forget_deleted(self, _indicator_id: int) -> None:
        self._indicator = None

    def delete_indicator(self) -> None:
        """Delete the selected indicator, then select the one now in its row."""
        indicator = self._indicator
        if indicator is None or indicator.id is None:
            return
        row = self.results_model.row_of(indicator.id)
        text = self.library.delete_indicator(indicator)
        if text is None:
            return
        if self.results_model.rowCount():
            self.select_row(min(max(row, 0), self.results_model.rowCount() - 1))
        show_status(self, text)
