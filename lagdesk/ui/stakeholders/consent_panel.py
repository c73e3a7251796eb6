"""A person's consent records: what they agreed to, when, how, and any withdrawal.

Consents given or withdrawn here are stored with the rest of the form, when it is saved;
until then they are marked "not saved yet" and Cancel forgets them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.support import records as r
from lagdesk.core.support.labels import choices, label
from lagdesk.db.codes import ConsentMethod, ConsentPurpose
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.common.models import RecordTableModel
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.common.widgets import DateEdit


def code_combo(enum_cls: Any, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for code, text in choices(enum_cls):
        combo.addItem(text, code)
    return combo


class ConsentTableModel(RecordTableModel[r.ConsentRecord]):
    class Column(IntEnum):
        PURPOSE = 0
        GIVEN = 1
        METHOD = 2
        EVIDENCE = 3
        WITHDRAWN = 4
        STATE = 5

    CONTEXT = "Stakeholders"
    HEADERS = (
        QT_TRANSLATE_NOOP("Stakeholders", "Purpose"),
        QT_TRANSLATE_NOOP("Stakeholders", "Given on"),
        QT_TRANSLATE_NOOP("Stakeholders", "How"),
        QT_TRANSLATE_NOOP("Stakeholders", "Evidence"),
        QT_TRANSLATE_NOOP("Stakeholders", "Withdrawn on"),
        QT_TRANSLATE_NOOP("Stakeholders", "State"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: Rows changed in the form and not stored yet (new ones have no id).
        self.unsaved: set[int] = set()

    def text(self, record: r.ConsentRecord, column: int) -> str:
        match column:
            case self.Column.PURPOSE:
                return label(record.purpose)
            case self.Column.GIVEN:
                return format_date(record.given_on)
            case self.Column.METHOD:
                return label(record.method)
            case self.Column.EVIDENCE:
                return record.evidence
            case self.Column.WITHDRAWN:
                return format_date(record.withdrawn_on)
            case self.Column.STATE:
                if self.row_of_record(record) in self.unsaved:
                    return QCoreApplication.translate("Stakeholders", "Not saved yet")
                if record.withdrawn_on is not None:
                    return QCoreApplication.translate("Stakeholders", "Withdrawn")
                return QCoreApplication.translate("Stakeholders", "Holds")
        return ""

    def row_of_record(self, record: r.ConsentRecord) -> int:
        return next((row for row, found in enumerate(self._records) if found is record), -1)

    def extra(self, record: r.ConsentRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self.row_of_record(record) in self.unsaved:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class ConsentPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: list[r.ConsentRecord] = []
        self._given: list[r.ConsentRecord] = []
        self._withdrawn: dict[int, date] = {}
        self.model = ConsentTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        compact_rows(self.table)
        self.table.setObjectName("consents")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Consent records"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            ConsentTableModel.Column.EVIDENCE, QHeaderView.ResizeMode.Stretch
        )
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        adding = QGroupBox(self.tr("Record a consent"), self)
        self.purpose = code_combo(ConsentPurpose, adding)
        self.given_on = DateEdit(adding)
        self.method = code_combo(ConsentMethod, adding)
        self.evidence = QLineEdit(adding)
        self.evidence.setPlaceholderText(self.tr("for example: signed form in the ULG folder"))
        self.add_button = QPushButton(self.tr("&Add consent"), adding)
        grid = QGridLayout(adding)
        for column, (text, field) in enumerate(
            (
                (self.tr("P&urpose:"), self.purpose),
                (self.tr("&Given on:"), self.given_on),
                (self.tr("&How:"), self.method),
            )
        ):
            caption = QLabel(text, adding)
            caption.setBuddy(field)
            grid.addWidget(caption, 0, column)
            grid.addWidget(field, 1, column)
        evidence_label = QLabel(self.tr("E&vidence:"), adding)
        evidence_label.setBuddy(self.evidence)
        grid.addWidget(evidence_label, 2, 0)
        grid.addWidget(self.evidence, 3, 0, 1, 2)
        grid.addWidget(self.add_button, 3, 2)

        self.withdrawn_on = DateEdit(self)
        self.withdraw_button = QPushButton(self.tr("Wi&thdraw the selected consent"), self)
        withdraw_label = QLabel(self.tr("Withdrawn o&n:"), self)
        withdraw_label.setBuddy(self.withdrawn_on)
        withdrawing = QHBoxLayout()
        withdrawing.addWidget(withdraw_label)
        withdrawing.addWidget(self.withdrawn_on)
        withdrawing.addWidget(self.withdraw_button)
        withdrawing.addStretch(1)

        self.note = QLabel(self.tr("Consent changes are stored when you choose OK."), self)
        self.note.setWordWrap(True)
        panel_column = QVBoxLayout(self)
        panel_column.setContentsMargins(0, 0, 0, 0)
        panel_column.addWidget(self.table, 1)
        panel_column.addLayout(withdrawing)
        panel_column.addWidget(adding)
        panel_column.addWidget(self.note)

        self.add_button.clicked.connect(self.add_consent)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        self._update()

    def set_consents(self, stored: Sequence[r.ConsentRecord]) -> None:
        self._stored = list(stored)
        self._given.clear()
        self._withdrawn.clear()
        self._show()

    def _show(self) -> None:
        shown: list[r.ConsentRecord] = []
        unsaved: set[int] = set()
        for record in self._given:
            unsaved.add(len(shown))
            shown.append(record)
        for record in self._stored:
            if record.id in self._withdrawn:
                unsaved.add(len(shown))
                record = dataclasses.replace(record, withdrawn_on=self._withdrawn[record.id])
            shown.append(record)
        self.model.unsaved = unsaved
        self.model.set_records(shown)

    def add_consent(self) -> None:
        record = r.ConsentRecord(
            person_id=0,  # set when the form is stored
            purpose=ConsentPurpose(self.purpose.currentData()),
            given_on=self.given_on.date_value(),
            method=ConsentMethod(self.method.currentData()),
            evidence=self.evidence.text().strip(),
        )
        self._given.insert(0, record)
        self.evidence.clear()
        self._show()

    def withdraw_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        if row < len(self._given):  # not stored yet: simply forget it
            del self._given[row]
        else:
            record = self._stored[row - len(self._given)]
            if record.id is not None and record.withdrawn_on is None:
                self._withdrawn[record.id] = self.withdrawn_on.date_value()
        self._show()

    def pending_given(self) -> list[r.ConsentRecord]:
        return list(reversed(self._given))

    def pending_withdrawn(self) -> list[tuple[r.ConsentRecord, date]]:
        return [(c, self._withdrawn[c.id]) for c in self._stored if c.id in self._withdrawn]

    def has_changes(self) -> bool:
        return bool(self._given or self._withdrawn)

    def _update(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        can_withdraw = False
        if rows:
            row = rows[0].row()
            if row < len(self._given):
                can_withdraw = True
            else:
                record = self._stored[row - len(self._given)]
                can_withdraw = record.withdrawn_on is None and record.id not in self._withdrawn
        self.withdraw_button.setEnabled(can_withdraw)
