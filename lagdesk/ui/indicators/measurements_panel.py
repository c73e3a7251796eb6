"""The measurements of the selected indicator, beside its progress chart: the table with
its Evidence column, the line that adds one (date, value, women and men when the indicator
is split by gender, source), Delete, Paste… from a spreadsheet, and the evidence files of
the selected measurement. Every change is undoable on the page's stack."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.indicators import library as indicators
from lagdesk.core.support import deletion, records
from lagdesk.db.database import Database
from lagdesk.errors import UserError, ValidationError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.formatting import format_date, format_number, from_qdate, parse_number
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.common.widgets import DateEdit
from lagdesk.ui.indicators.commands import AddMeasurementsCommand, DeleteMeasurementCommand
from lagdesk.ui.indicators.evidence import EvidenceDialog
from lagdesk.ui.indicators.models import EVIDENCE, MEN, WOMEN, MeasurementsModel

Report = Callable[[Exception], None]


class MeasurementsPanel(QWidget):
    """The measurements of one indicator (``show_indicator``)."""

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        report: Report,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.undo_stack = undo_stack
        self.report_error = report
        self._indicator: records.Indicator | None = None
        self.evidence_dialog: EvidenceDialog | None = None
        self.model = MeasurementsModel(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._title_row())
        column.addWidget(self.table, 1)
        column.addLayout(self._form())
        column.addLayout(self._buttons())
        self.warning = QLabel()
        self.warning.setObjectName("measurement_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #D55E00;")
        self.warning.hide()
        column.addWidget(self.warning)

    # -- building -------------------------------------------------------------------------

    def _title_row(self) -> QHBoxLayout:
        """The title and the table, with the evidence button beside the title rather than
        among the buttons below, so that the page stays narrow."""
        title = QLabel(self.tr("Measu&rements"))
        self.table = QTableView()
        self.table.setObjectName("measurements_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            EVIDENCE, QHeaderView.ResizeMode.ResizeToContents
        )
        title.setBuddy(self.table)
        self.evidence_button = QPushButton(self.tr("Evidence file&s…"))
        self.evidence_button.setObjectName("measurement_evidence")
        self.evidence_button.setToolTip(
            self.tr("The files that prove the selected measurement: add, save a copy, remove")
        )
        self.evidence_button.clicked.connect(self.open_evidence)
        self.evidence_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        row = QHBoxLayout()
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(self.evidence_button)
        return row

    def _form(self) -> QGridLayout:
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
        return form

    def _buttons(self) -> QHBoxLayout:
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
        paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, self.table)
        paste_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste_shortcut.activated.connect(self.paste_from_clipboard)
        delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_measurement)
        for button in (self.add_button, self.delete_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    # -- reading --------------------------------------------------------------------------

    def show_indicator(
        self,
        indicator: records.Indicator | None,
        measured: Sequence[indicators.MeasurementRow] = (),
        evidence: Mapping[int, int] | None = None,
    ) -> None:
        """Show the measurements of ``indicator`` (none, and disabled, when it is None)."""
        self._indicator = indicator
        self.model.set_rows(list(measured), dict(evidence or {}))
        self._update_buttons()
        if indicator is None:
            return
        split = indicators.is_disaggregated(indicator)
        self.table.setColumnHidden(WOMEN, not split)
        self.table.setColumnHidden(MEN, not split)
        self.new_women.setVisible(split)
        self.new_men.setVisible(split)

    def selected_measurement(self) -> indicators.MeasurementRow | None:
        """The one selected measurement, or None when none (or several) is selected."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        return self.model.record_at(rows.pop())

    def _update_buttons(self, *_args: object) -> None:
        self.evidence_button.setEnabled(self.selected_measurement() is not None)

    # -- adding and deleting --------------------------------------------------------------

    def _optional_number(self, field: QLineEdit, name: str) -> float | None:
        try:
            return parse_number(field.text())
        except ValueError:
            message = self.tr("{field}: “{text}” is not a number.")
            raise ValueError(message.format(field=name, text=field.text())) from None

    def typed_measurement(self) -> bool:
        """Whether a measurement is typed in the line above the buttons and not added yet."""
        fields = (self.new_value, self.new_women, self.new_men, self.new_note)
        return self._indicator is not None and any(field.text().strip() for field in fields)

    def clear_typed(self) -> None:
        for field in (self.new_value, self.new_women, self.new_men, self.new_note):
            field.clear()

    def add_measurement(self) -> bool:
        """Add the measurement typed; False when there is none or it was refused."""
        indicator = self._indicator
        if indicator is None or indicator.id is None:
            return False
        try:
            value = self._optional_number(self.new_value, self.tr("Value"))
            women = self._optional_number(self.new_women, self.tr("Women"))
            men = self._optional_number(self.new_men, self.tr("Men"))
        except ValueError as error:
            dialogs.show_error(self, self.tr("Add measurement"), str(error))
            return False
        if value is None:
            dialogs.show_error(self, self.tr("Add measurement"), self.tr("Enter a value."))
            self.new_value.setFocus()
            return False
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
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Add measurement"), error)
            return False
        assert saved.id is not None
        if indicators.before_baseline(indicator, measured_on):
            self._warn(
                self.tr(
                    "Saved, but this measurement is dated before the baseline date; check the date."
                )
            )
        else:
            self.warning.hide()
        self.clear_typed()
        self.undo_stack.push(
            AddMeasurementsCommand(
                self.database, self.tr("Add measurement"), [saved.id], self.report_error
            )
        )
        self.new_value.setFocus()
        return True

    def _warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.show()

    def delete_measurement(self) -> None:
        index = self.table.currentIndex()
        found = self.model.record_at(index.row()) if index.isValid() else None
        if found is None or found.id is None:
            return
        try:
            snapshot = deletion.delete_with_snapshot(self.database, records.Measurement, found.id)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Delete measurement"), error)
            return
        self.undo_stack.push(
            DeleteMeasurementCommand(
                self.database, self.tr("Delete measurement"), snapshot, self.report_error
            )
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
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Paste measurements"), error)
            return
        early = sum(indicators.before_baseline(indicator, item.measured_on) for item in parsed)
        if early:
            self._warn(
                self.tr(
                    "Saved, but {count} pasted measurements are dated before the baseline date."
                ).format(count=early)
            )
        text = self.tr("Paste {count} measurements").format(count=len(ids))
        self.undo_stack.push(AddMeasurementsCommand(self.database, text, ids, self.report_error))

    # -- evidence -------------------------------------------------------------------------

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
