"""Table models of the Indicators page: the results framework and one indicator's measurements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from lagdesk.core.indicators import IndicatorRow, MeasurementRow
from lagdesk.core.labels import label
from lagdesk.core.progress import STATUS_COLOURS, IndicatorProgress, ProgressStatus, status_label
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.formatting import format_date, format_number, format_percent
from lagdesk.ui.record_model import RecordTableModel

#: The role under which the status column holds its ``ProgressStatus``.
STATUS_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: The role under which the progress column holds the progress share (1.0 = 100 %).
PROGRESS_ROLE = int(Qt.ItemDataRole.UserRole) + 2

(
    OBJECTIVES,
    CODE,
    NAME,
    UNIT,
    BASELINE,
    TARGET,
    SOURCE,
    FREQUENCY,
    CURRENT,
    PROGRESS,
    STATUS,
) = range(11)


def _number(value: float | None) -> str:
    return "" if value is None else format_number(value)


class ResultsModel(RecordTableModel[IndicatorRow]):
    """Every indicator with its current value, progress and status at one report date."""

    CONTEXT = "ResultsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ResultsModel", "Objectives"),
        QT_TRANSLATE_NOOP("ResultsModel", "Code"),
        QT_TRANSLATE_NOOP("ResultsModel", "Indicator"),
        QT_TRANSLATE_NOOP("ResultsModel", "Unit"),
        QT_TRANSLATE_NOOP("ResultsModel", "Baseline"),
        QT_TRANSLATE_NOOP("ResultsModel", "Target"),
        QT_TRANSLATE_NOOP("ResultsModel", "Source"),
        QT_TRANSLATE_NOOP("ResultsModel", "Frequency"),
        QT_TRANSLATE_NOOP("ResultsModel", "Current value"),
        QT_TRANSLATE_NOOP("ResultsModel", "Progress"),
        QT_TRANSLATE_NOOP("ResultsModel", "Status"),
    )
    RIGHT_ALIGNED = frozenset({BASELINE, TARGET, CURRENT, PROGRESS})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._progress: dict[int, IndicatorProgress] = {}

    def set_rows(
        self, rows: Sequence[IndicatorRow], progress: Mapping[int, IndicatorProgress]
    ) -> None:
        self._progress = dict(progress)
        self.set_records(rows)

    def progress_at(self, row: int) -> IndicatorProgress | None:
        record = self.record_at(row)
        if record is None or record.id is None:
            return None
        return self._progress.get(record.id)

    def status_of(self, record: IndicatorRow) -> ProgressStatus:
        found = self._progress.get(record.id or 0)
        return ProgressStatus.NO_DATA if found is None else found.status

    def text(self, record: IndicatorRow, column: int) -> str:
        indicator = record.indicator
        found = self._progress.get(record.id or 0)
        if column == OBJECTIVES:
            return ", ".join(record.objective_codes)
        if column == CODE:
            return indicator.code
        if column == NAME:
            return indicator.name
        if column == UNIT:
            return label(indicator.unit)
        if column == BASELINE:
            return _number(indicator.baseline_value)
        if column == TARGET:
            return _number(indicator.target_value)
        if column == SOURCE:
            return indicator.data_source
        if column == FREQUENCY:
            return label(indicator.frequency)
        if column == CURRENT:
            return "" if found is None else _number(found.current_value)
        if column == PROGRESS:
            if found is None or found.progress is None:
                return ""
            return format_percent(round(found.progress * 100))
        if column == STATUS:
            return status_label(self.status_of(record))
        return ""

    def extra(self, record: IndicatorRow, column: int, role: int) -> Any:
        if column == STATUS:
            status = self.status_of(record)
            if role == STATUS_ROLE:
                return status
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(STATUS_COLOURS[status])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(STATUS_COLOURS[status]))
        if column == PROGRESS and role == PROGRESS_ROLE:
            found = self._progress.get(record.id or 0)
            return None if found is None else found.progress
        return None


DATE, VALUE, WOMEN, MEN, NOTE = range(5)


class MeasurementsModel(RecordTableModel[MeasurementRow]):
    """The measurements of one indicator; the women/men columns only when disaggregated."""

    CONTEXT = "MeasurementsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MeasurementsModel", "Date"),
        QT_TRANSLATE_NOOP("MeasurementsModel", "Value"),
        QT_TRANSLATE_NOOP("MeasurementsModel", "Women"),
        QT_TRANSLATE_NOOP("MeasurementsModel", "Men"),
        QT_TRANSLATE_NOOP("MeasurementsModel", "Source"),
    )
    RIGHT_ALIGNED = frozenset({VALUE, WOMEN, MEN})

    def text(self, record: MeasurementRow, column: int) -> str:
        measurement = record.measurement
        if column == DATE:
            return format_date(measurement.measured_on)
        if column == VALUE:
            return format_number(measurement.value)
        if column == WOMEN:
            return _number(record.women)
        if column == MEN:
            return _number(record.men)
        if column == NOTE:
            return measurement.source_note
        return ""
