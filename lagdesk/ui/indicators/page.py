"""The Indicators area: the indicator library (new, edit, delete; preloaded procurement
indicators and the user's own), the results framework of every indicator at a report date
with a filter, a dashboard of status counts, and for the selected indicator its progress
chart and its measurements (add, delete, paste from a spreadsheet). Every change is
undoable."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from lagdesk.core.indicators import library as indicators
from lagdesk.core.indicators.library import IndicatorDetail, IndicatorRow
from lagdesk.core.indicators.progress import (
    STATUS_COLOURS,
    IndicatorProgress,
    all_progress,
    status_label,
)
from lagdesk.core.meetings import attachments
from lagdesk.core.support import deletion, records
from lagdesk.db.codes import ProgressStatus
from lagdesk.db.database import Database
from lagdesk.db.errors import DatabaseError
from lagdesk.errors import LagdeskError, ValidationError
from lagdesk.reports.charts.indicator_progress import ProgressSeries, indicator_progress_figure
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.formatting import format_date, format_number, from_qdate, parse_number
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.common.undo import ChangeCommand
from lagdesk.ui.common.widgets import DateEdit, heading, show_status
from lagdesk.ui.indicators.commands import (
    DeleteIndicatorCommand,
    EditIndicatorCommand,
    NewIndicatorCommand,
)
from lagdesk.ui.indicators.evidence import EvidenceDialog
from lagdesk.ui.indicators.indicator_dialog import IndicatorDialog
from lagdesk.ui.indicators.models import (
    EVIDENCE,
    MEN,
    NAME,
    SOURCE,
    WOMEN,
    MeasurementsModel,
    ResultsModel,
)
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

#: The origins the filter offers (data of the "Show" box).
ALL, LIBRARY, OWN = "all", "library", "own"


def matches(row: IndicatorRow, text: str, origin: str = ALL) -> bool:
    """Whether the filter shows ``row``: its code or name contains ``text`` (any case),
    and it comes from the library or is the user's own as ``origin`` asks."""
    indicator = row.indicator
    if origin != ALL and indicators.is_library(indicator) != (origin == LIBRARY):
        return False
    wanted = text.strip().casefold()
    return not wanted or wanted in indicator.code.casefold() or wanted in indicator.name.casefold()


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
        self._all_rows: list[IndicatorRow] = []
        self._progress: dict[int, IndicatorProgress] = {}
        self.indicator_dialog: IndicatorDialog | None = None
        self.evidence_dialog: EvidenceDialog | None = None
        self.results_model = ResultsModel(self)
        self.measurements_model = MeasurementsModel(self)
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
        buttons, filters = self._library_bar()
        top.addLayout(filters, 1)
        column.addLayout(top)
        second = QHBoxLayout()
        self.dashboard = QLabel()
        self.dashboard.setObjectName("dashboard")
        self.dashboard.setTextFormat(Qt.TextFormat.RichText)
        self.dashboard.setWordWrap(True)
        second.addWidget(self.dashboard, 1)
        second.addLayout(buttons)
        column.addLayout(second)

        self.table = QTableView()
        self.table.setObjectName("results_table")
        self.table.setModel(self.results_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        compact_rows(self.table)
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Results framework"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._open_index)
        # Insert adds, Enter edits, Delete deletes (keys read here rather than through
        # shortcuts, so they work whatever window is active, like the table's own keys).
        self.table.installEventFilter(self)
        self.filter_edit.installEventFilter(self)

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

    def _library_bar(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The New / Edit / Delete buttons, and the filter of the results framework."""
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New indicator…"))
        self.new_button.setObjectName("new_indicator")
        self.new_button.setToolTip(self.tr("Add an indicator of your own (Insert)"))
        self.new_button.clicked.connect(self.new_indicator)
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
        filters = QHBoxLayout()
        filter_label = QLabel(self.tr("Fil&ter:"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("indicator_filter")
        self.filter_edit.setPlaceholderText(self.tr("Code or name contains…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(90)
        self.filter_edit.setAccessibleName(self.tr("Filter indicators"))
        self.filter_edit.textChanged.connect(self._show_rows)
        filter_label.setBuddy(self.filter_edit)
        origin_label = QLabel(self.tr("Sho&w:"))
        self.origin_combo = QComboBox()
        self.origin_combo.setObjectName("indicator_origin")
        self.origin_combo.setToolTip(
            self.tr("Library: preloaded procurement indicators; own: those you added")
        )
        self.origin_combo.addItem(self.tr("All"), ALL)
        self.origin_combo.addItem(self.tr("Library"), LIBRARY)
        self.origin_combo.addItem(self.tr("Own"), OWN)
        self.origin_combo.currentIndexChanged.connect(self._show_rows)
        origin_label.setBuddy(self.origin_combo)
        filters.addWidget(filter_label)
        filters.addWidget(self.filter_edit, 1)
        filters.addSpacing(8)
        filters.addWidget(origin_label)
        filters.addWidget(self.origin_combo)
        return row, filters

    def _measurements_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Measu&rements"))
        self.measurements = QTableView()
        self.measurements.setObjectName("measurements_table")
        self.measurements.setModel(self.measurements_model)
        self.measurements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measurements.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.measurements.verticalHeader().hide()
        compact_rows(self.measurements)
        self.measurements.horizontalHeader().setStretchLastSection(True)
        self.measurements.horizontalHeader().setSectionResizeMode(
            EVIDENCE, QHeaderView.ResizeMode.ResizeToContents
        )
        title.setBuddy(self.measurements)
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addStretch(1)
        title_row.addWidget(self._evidence_button())
        column.addLayout(title_row)
        column.addWidget(self.measurements, 1)

        form = QGridLayout()
        self.new_date = DateEdit()
        self.new_date.setObjectName("new_date")
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

    def _evidence_button(self) -> QPushButton:
        """The button opening the selected measurement's evidence files, enabled when one
        measurement is selected; it sits beside the title rather than among the buttons
        below, so that the page stays narrow."""
        self.evidence_button = QPushButton(self.tr("Evidence file&s…"))
        self.evidence_button.setObjectName("measurement_evidence")
        self.evidence_button.setToolTip(
            self.tr("The files that prove the selected measurement: add, save a copy, remove")
        )
        self.evidence_button.clicked.connect(self.open_evidence)
        self.evidence_button.setEnabled(False)
        self.measurements.selectionModel().selectionChanged.connect(
            self._update_measurement_buttons
        )
        return self.evidence_button

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
        except (LagdeskError, DatabaseError) as error:
            self.report_error(error)
            return
        self._all_rows = rows
        self._progress = dict(progress)
        self._show_rows()

    def _show_rows(self) -> None:
        """Show the indicators the filter lets through, keeping the selection if it can."""
        keep = self.selected_id()
        text = self.filter_edit.text()
        origin = self.origin_combo.currentData() or ALL
        rows = [row for row in self._all_rows if matches(row, text, origin)]
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
            self.measurements_model.set_rows([], {})
            self._update_measurement_buttons()
            self._set_canvas(None)
            return
        try:
            measured = indicators.measurement_rows(self.database, row.id)
            milestones = indicators.milestones_of(self.database, row.id)
            evidence = attachments.evidence_counts(self.database, row.id)
        except (LagdeskError, DatabaseError) as error:
            self.report_error(error)
            return
        self.measurements_model.set_rows(measured, evidence)
        self._update_measurement_buttons()
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

    # -- the indicator library ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.table, self.filter_edit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            key = event.key()
            if key == Qt.Key.Key_Insert:
                self.new_indicator()
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
            self.open_indicator(found.id)

    def new_indicator(self) -> IndicatorDialog | None:
        """Open the dialog on a blank indicator with a free code; stored (and undoable) on
        Save."""
        try:
            detail = indicators.new_indicator_detail(self.database)
        except (LagdeskError, DatabaseError) as error:
            self.report_error(error)
            return None
        return self._open_dialog(detail)

    def edit_indicator(self) -> IndicatorDialog | None:
        found = self.selected_id()
        return None if found is None else self.open_indicator(found)

    def open_indicator(self, indicator_id: int) -> IndicatorDialog | None:
        try:
            detail = indicators.load_indicator_detail(self.database, indicator_id)
        except (LagdeskError, DatabaseError) as error:
            self.report_error(error)
            return None
        return self._open_dialog(detail)

    def _open_dialog(self, detail: IndicatorDetail) -> IndicatorDialog | None:
        try:
            choices = indicators.indicator_choices(self.database)
        except (LagdeskError, DatabaseError) as error:
            self.report_error(error)
            return None
        dialog = IndicatorDialog(self.database, detail, choices, self)
        dialog.accepted.connect(lambda: self._indicator_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.indicator_dialog = dialog
        dialog.open()
        return dialog

    def _indicator_saved(self, dialog: IndicatorDialog) -> None:
        saved = dialog.saved
        if saved is None or saved.id is None:
            return
        code = saved.indicator.code
        if dialog.before.id is None:
            text = self.tr("New indicator {code}").format(code=code)
            command: ChangeCommand = NewIndicatorCommand(
                self.database, text, saved.id, self.report_error
            )
        else:
            text = self.tr("Edit indicator {code}").format(code=code)
            command = EditIndicatorCommand(
                self.database, text, dialog.before, saved, self.report_error
            )
        self._show_after_change(saved)
        self.undo_stack.push(command)
        self.table.setFocus()

    def _show_after_change(self, saved: IndicatorDetail) -> None:
        """Make the next reload select the saved indicator, clearing a filter that hides it."""
        self._indicator = saved.indicator
        origin = self.origin_combo.currentData() or ALL
        if not matches(IndicatorRow(saved.indicator, ()), self.filter_edit.text(), origin):
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(False)
            self.origin_combo.blockSignals(True)
            self.origin_combo.setCurrentIndex(0)
            self.origin_combo.blockSignals(False)

    def delete_indicator(self) -> None:
        """Delete the selected indicator with its measurements, milestones and links
        (asking first when it has measurements); undo puts all of it back."""
        indicator = self._indicator
        if indicator is None or indicator.id is None:
            return
        try:
            count = indicators.measurement_count(self.database, indicator.id)
        except (LagdeskError, DatabaseError) as error:
            self.report_error(error)
            return
        if count and not dialogs.confirm(
            self,
            self.tr("Delete indicator"),
            self.tr(
                "Delete indicator {code} “{name}” and its {count} measurements? "
                "You can undo this with Ctrl+Z."
            ).format(code=indicator.code, name=indicator.name, count=count),
            self.tr("Delete"),
        ):
            return
        row = self.results_model.row_of(indicator.id)
        try:
            snapshot = indicators.delete_indicator(self.database, indicator.id)
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Delete indicator"), str(error))
            return
        text = self.tr("Delete indicator {code}").format(code=indicator.code)
        self._indicator = None
        self.undo_stack.push(
            DeleteIndicatorCommand(self.database, text, snapshot, self.report_error)
        )
        if self.results_model.rowCount():
            self.select_row(min(max(row, 0), self.results_model.rowCount() - 1))
        show_status(self, text)

    # -- measurements -----------------------------------------------------------------------

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

    def selected_measurement(self) -> indicators.MeasurementRow | None:
        """The one selected measurement, or None when none (or several) is selected."""
        rows = {index.row() for index in self.measurements.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        return self.measurements_model.record_at(rows.pop())

    def _update_measurement_buttons(self, *_args: object) -> None:
        self.evidence_button.setEnabled(self.selected_measurement() is not None)

    def open_evidence(self) -> EvidenceDialog | None:
        """Open the evidence files of the selected measurement (not modal)."""
        found = self.selected_measurement()
        indicator = self._indicator
        if found is None or found.id is None or indicator is None:
            return None
        if self.evidence_dialog is not None:
            self.evidence_dialog.close()
        measurement = found.measurement
        description = self.tr("{code} {name}: measurement of {date}, value {value}").format(
            code=indicator.code,
            name=indicator.name,
            date=format_date(measurement.measured_on),
            value=format_number(measurement.value),
        )
        dialog = EvidenceDialog(self.database, self.undo_stack, found.id, description, self)
        dialog.finished.connect(lambda _result: self._forget_evidence(dialog))
        self.evidence_dialog = dialog
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _forget_evidence(self, dialog: EvidenceDialog) -> None:
        if self.evidence_dialog is dialog:
            self.evidence_dialog = None
        dialog.deleteLater()

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
