"""Power and interest scores with their dated history, in a form or in the matrix tab.

Every change of the scores becomes a new dated assessment; earlier ones stay in the list.
In a form the new scores are stored when the form is saved; in the matrix tab "Save
assessment" stores them at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import records as r
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_date, format_number
from lagdesk.ui.common.models import RecordTableModel
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.common.widgets import DateEdit


@dataclass(frozen=True)
class AssessmentInput:
    power: int
    interest: int
    on: date
    note: str


class AssessmentHistoryModel(RecordTableModel[r.PowerInterestAssessment]):
    class Column(IntEnum):
        DATE = 0
        POWER = 1
        INTEREST = 2
        QUADRANT = 3
        NOTE = 4

    CONTEXT = "Stakeholders"
    HEADERS = (
        QT_TRANSLATE_NOOP("Stakeholders", "Assessed on"),
        QT_TRANSLATE_NOOP("Stakeholders", "Power"),
        QT_TRANSLATE_NOOP("Stakeholders", "Interest"),
        QT_TRANSLATE_NOOP("Stakeholders", "Quadrant"),
        QT_TRANSLATE_NOOP("Stakeholders", "Note"),
    )
    RIGHT_ALIGNED = frozenset({Column.POWER, Column.INTEREST})

    def text(self, record: r.PowerInterestAssessment, column: int) -> str:
        match column:
            case self.Column.DATE:
                return format_date(record.assessed_on)
            case self.Column.POWER:
                return format_number(record.power)
            case self.Column.INTEREST:
                return format_number(record.interest)
            case self.Column.QUADRANT:
                return sh.quadrant_label(sh.quadrant(record.power, record.interest))
            case self.Column.NOTE:
                return record.note
        return ""


def score_box(parent: QWidget) -> QSpinBox:
    """1 to 5, or "–" (0) while the stakeholder has no score."""
    box = QSpinBox(parent)
    box.setRange(0, 5)
    box.setSpecialValueText(QCoreApplication.translate("Stakeholders", "–"))
    box.setAccelerated(False)
    return box


class AssessmentPanel(QWidget):
    """Scores, date and note of a new assessment above the history, newest first."""

    save_requested = Signal()

    def __init__(self, *, immediate: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._latest: r.PowerInterestAssessment | None = None
        self.power = score_box(self)
        self.power.setObjectName("power")
        self.interest = score_box(self)
        self.interest.setObjectName("interest")
        self.assessed_on = DateEdit(self)
        self.assessed_on.setMaximumWidth(self.assessed_on.sizeHint().width() + 40)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("why the scores changed (optional)"))
        self.quadrant = QLabel(self)
        self.quadrant.setObjectName("quadrant")
        self.save_button = QPushButton(self.tr("Save &assessment"), self)
        self.save_button.setVisible(immediate)
        self.save_button.clicked.connect(self.save_requested)

        scores = QHBoxLayout()
        scores.addWidget(self.power)
        interest_label = QLabel(self.tr("&Interest (1–5):"), self)
        interest_label.setBuddy(self.interest)
        scores.addWidget(interest_label)
        scores.addWidget(self.interest)
        scores.addSpacing(12)
        scores.addWidget(self.quadrant, 1)
        form = QFormLayout()
        form.addRow(self.tr("Powe&r (1–5):"), scores)
        form.addRow(self.tr("Assessed &on:"), self.assessed_on)
        form.addRow(self.tr("&Note:"), self.note)
        if immediate:
            form.addRow("", self.save_button)
        for row, field in ((scores, self.power), (self.assessed_on, self.assessed_on)):
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        note_label = form.labelForField(self.note)
        if isinstance(note_label, QLabel):
            note_label.setBuddy(self.note)
        for box in (self.power, self.interest):
            box.valueChanged.connect(self._update)
        self.note.textChanged.connect(self._update)

        self.history_model = AssessmentHistoryModel(self)
        self.history = QTableView(self)
        self.history.setModel(self.history_model)
        compact_rows(self.history)
        self.history.setObjectName("history")
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.setTabKeyNavigation(False)
        self.history.setAccessibleName(self.tr("Earlier assessments"))
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            AssessmentHistoryModel.Column.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.history_title = QLabel(self.tr("History (newest first):"), self)
        self.history_title.setBuddy(self.history)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.history_title)
        column.addWidget(self.history, 1)
        self._update()

    def set_history(self, history: Sequence[r.PowerInterestAssessment]) -> None:
        """Show the stakeholder's assessments (newest first); the scores start from the latest."""
        self.history_model.set_records(history)
        self._latest = history[0] if history else None
        self.power.setValue(self._latest.power if self._latest else 0)
        self.interest.setValue(self._latest.interest if self._latest else 0)
        self.note.clear()
        self.assessed_on.set_date_value(date.today())
        self._update()

    def clear(self) -> None:
        self.set_history([])

    @property
    def latest(self) -> r.PowerInterestAssessment | None:
        return self._latest

    def is_half_set(self) -> bool:
        return (self.power.value() == 0) != (self.interest.value() == 0)

    def pending(self) -> AssessmentInput | None:
        """The new assessment to store, or None when the scores are unchanged or unset."""
        power, interest = self.power.value(), self.interest.value()
        if not power or not interest:
            return None
        latest = self._latest
        unchanged = latest is not None and (latest.power, latest.interest) == (power, interest)
        if unchanged and not self.note.text().strip():
            return None
        return AssessmentInput(
            power, interest, self.assessed_on.date_value(), self.note.text().strip()
        )

    def _update(self) -> None:
        power, interest = self.power.value(), self.interest.value()
        if power and interest:
            self.quadrant.setText(sh.quadrant_label(sh.quadrant(power, interest)))
        elif self._latest is None:
            self.quadrant.setText(self.tr("Not assessed yet"))
        else:
            self.quadrant.setText(self.tr("Give both scores"))
        self.save_button.setEnabled(self.pending() is not None)
        self.history_title.setVisible(self.history_model.rowCount() > 0)
        self.history.setVisible(self.history_model.rowCount() > 0)
