"""Table models of the Indicators page: the results framework and one indicator's measurements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from lagdesk.core.indicators.library import IndicatorRow, MeasurementRow, PersonChoice, is_library
from lagdesk.core.indicators.progress import (
    STATUS_COLOURS,
    IndicatorProgress,
    status_label,
)
from lagdesk.core.support.labels import label
from lagdesk.db.codes import ProgressStatus
from lagdesk.i18n import QT_TRANSLATE_NOOP, TextContext
from lagdesk.ui.common.formatting import format_date, format_number, format_percent
from lagdesk.ui.common.models import ID_ROLE, Index, RecordTableModel
from lagdesk.ui.common.text import counted

#: The role under which the status column holds its ``ProgressStatus``.
STATUS_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: The role under which the progress column holds the progress share (1.0 = 100 %).
PROGRESS_ROLE = int(Qt.ItemDataRole.UserRole) + 2
#: The role under which the origin column holds True for a preloaded library indicator.
LIBRARY_ROLE = int(Qt.ItemDataRole.UserRole) + 3

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
    ORIGIN,
) = range(12)


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
        QT_TRANSLATE_NOOP("ResultsModel", "Origin"),
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
        if column == ORIGIN:
            if is_library(indicator):
                return QCoreApplication.translate("ResultsModel", "Library")
            return QCoreApplication.translate("ResultsModel", "Own")
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
        if column == ORIGIN and role == LIBRARY_ROLE:
            return is_library(record.indicator)
        if column == PROGRESS and role == PROGRESS_ROLE:
            found = self._progress.get(record.id or 0)
            return None if found is None else found.progress
        return None


DATE, VALUE, WOMEN, MEN, EVIDENCE, NOTE = range(6)
#: The role under which the evidence column holds its number of files (0 when none).
EVIDENCE_ROLE = int(Qt.ItemDataRole.UserRole) + 4
# The context of the evidence column's count (see ``TextContext``).
EvidenceFiles = TextContext("EvidenceFiles")


def files_text(count: int) -> str:
    """ "2 files" for the evidence column; empty when there are none."""
    if count <= 0:
        return ""
    return counted(EvidenceFiles.tr("%n files", "", count), count, "1 file")


class MeasurementsModel(RecordTableModel[MeasurementRow]):
    """The measurements of one indicator; the women/men columns only when disaggregated,
    and how many evidence files each has."""

    CONTEXT = "MeasurementsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MeasurementsModel", "Date"),
        QT_TRANSLATE_NOOP("MeasurementsModel", "Value"),
        QT_TRANSLATE_NOOP("MeasurementsModel", "Women"),
        QT_TRANSLATE_NOOP("MeasurementsModel", "Men"),
        QT_TRANSLATE_NOOP("MeasurementsModel", "Evidence"),
        QT_TRANSLATE_NOOP("MeasurementsModel", "Source"),
    )
    RIGHT_ALIGNED = frozenset({VALUE, WOMEN, MEN})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._evidence: dict[int, int] = {}

    def set_rows(self, rows: Sequence[MeasurementRow], evidence: Mapping[int, int]) -> None:
        """Show ``rows``; ``evidence``: measurement id -> number of evidence files."""
        self._evidence = dict(evidence)
        self.set_records(rows)

    def evidence_count(self, record: MeasurementRow) -> int:
        return self._evidence.get(record.id or 0, 0)

    def extra(self, record: MeasurementRow, column: int, role: int) -> Any:
        if column == EVIDENCE and role == EVIDENCE_ROLE:
            return self.evidence_count(record)
        return None

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
        if column == EVIDENCE:
            return files_text(self.evidence_count(record))
        if column == NOTE:
            return measurement.source_note
        return ""


class PeopleModel(QAbstractListModel):
    """The people an indicator's owner is chosen from, "(none)" first: a light list model
    so that a file with 20,000 people opens the dialog without a pause."""

    def __init__(self, people: Sequence[PersonChoice], parent: Any = None) -> None:
        super().__init__(parent)
        self._people = list(people)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._people):
            return None
        person = self._people[index.row() - 1] if index.row() else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if person is None:
                return QCoreApplication.translate("PeopleModel", "(none)")
            return person.name
        if role == ID_ROLE:
            return None if person is None else person.id
        return None

    def row_of(self, person_id: int | None) -> int:
        if person_id is None:
            return 0
        for row, person in enumerate(self._people, start=1):
            if person.id == person_id:
                return row
        return 0
