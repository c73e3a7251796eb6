"""The import preview: which column feeds which field, the problems found, the people
already known (skip, update or add each), and a summary. Nothing is written until Import.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.stakeholders.importing import columns as stakeholder_columns
from lagdesk.core.stakeholders.importing.plan import ImportCounts, ImportPlan, MissingColumnError
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.common.widgets import error_colour, paragraph
from lagdesk.ui.stakeholders.import_models import (
    DECISION_LABELS,
    ImportRowModel,
    ProblemTableModel,
    decision_label,
)

Index = QModelIndex | QPersistentModelIndex


class DecisionDelegate(QStyledItemDelegate):
    """A combo box for "what to do" with a row that matches someone."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code in DECISION_LABELS:
            combo.addItem(decision_label(code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _table(model: QAbstractItemModel, parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    compact_rows(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class ImportDialog(QDialog):
    #: The user chose other columns: label -> field ("" for none). The owner plans again.
    replan_requested = Signal(dict)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.setMinimumSize(820, 600)
        self.about = paragraph("")
        self.about.setObjectName("import_about")
        self.columns_box = QGroupBox(self.tr("Columns of the file"), self)
        self.columns_grid = QGridLayout(self.columns_box)
        self.column_combos: dict[str, QComboBox] = {}
        self.extra = QLabel(self.columns_box)
        self.extra.setWordWrap(True)

        self.problem_model = ProblemTableModel(self)
        self.problems = _table(self.problem_model, self, "problems")
        self.known_model = ImportRowModel(self)
        self.known = _table(self.known_model, self, "duplicates")
        self.known.setItemDelegateForColumn(ImportRowModel.Column.DECISION, DecisionDelegate(self))
        self.known.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.all_model = ImportRowModel(self)
        self.all_rows = _table(self.all_model, self, "all_rows")
        self.all_rows.hideColumn(ImportRowModel.Column.DECISION)
        self.for_all = QComboBox(self)
        for code in DECISION_LABELS:
            self.for_all.addItem(decision_label(code), code)
        self.apply_all = QPushButton(self.tr("Apply to &all"), self)
        known_page = QWidget(self)
        known_column = QVBoxLayout(known_page)
        known_row = QHBoxLayout()
        for_all_label = QLabel(self.tr("For every person already known:"), known_page)
        for_all_label.setBuddy(self.for_all)
        known_row.addWidget(for_all_label)
        known_row.addWidget(self.for_all)
        known_row.addWidget(self.apply_all)
        known_row.addStretch(1)
        known_column.addLayout(known_row)
        known_column.addWidget(self.known, 1)
        known_column.addWidget(paragraph(self.tr(
            "Choose a row and press F2 (or double-click) to change what is done with it."
        )))  # fmt: skip
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.problems, "")
        self.tabs.addTab(known_page, "")
        self.tabs.addTab(self.all_rows, "")

        self.summary = paragraph("")
        self.summary.setObjectName("import_summary")
        self.skip_invalid = QCheckBox(self.tr("&Skip the rows with problems"), self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        column = QVBoxLayout(self)
        column.addWidget(self.about)
        column.addWidget(self.columns_box)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.summary)
        column.addLayout(bottom)

        self.skip_invalid.toggled.connect(self._update)
        self.apply_all.clicked.connect(
            lambda: self.known_model.set_all_decisions(self.for_all.currentData())
        )
        self.buttons.accepted.connect(self.import_requested)
        self.buttons.rejected.connect(self.reject)

    # -- showing a plan ----------------------------------------------------------------

    def set_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.setWindowTitle(self.tr("Import people from {file}").format(file=plan.file_name))
        about = [self.tr("{file}: {count} rows below the header in row {header}.").format(
            file=plan.file_name, count=format_number(len(plan.rows)), header=plan.header_row
        )]  # fmt: skip
        if plan.encoding_label:
            about.append(self.tr("Text encoding: {encoding}.").format(encoding=plan.encoding_label))
        if plan.sheet:
            about.append(self.tr("Sheet: {sheet}.").format(sheet=plan.sheet))
        self.about.setText(" ".join(about))
        self._show_columns(plan.columns)
        self.problem_model.set_records(plan.problems)
        self.known_model.set_records([row for row in plan.rows if row.duplicate is not None])
        self.all_model.set_records(plan.rows)
        counts = plan.counts
        self.tabs.setTabText(0, self.tr("&Problems ({count})").format(count=len(plan.problems)))
        self.tabs.setTabText(1, self.tr("Already &known ({count})").format(
            count=counts.existing + counts.repeated
        ))  # fmt: skip
        self.tabs.setTabText(2, self.tr("All &rows ({count})").format(count=counts.rows))
        self.tabs.setCurrentIndex(
            0 if counts.invalid else (1 if self.known_model.rowCount() else 2)
        )
        self.summary.setText(self._summary(counts))
        self._update()

    def show_missing_column(self, error: MissingColumnError) -> None:
        """The file has no last-name column that lagdesk recognises: let the user pick one."""
        self.plan = None
        self.setWindowTitle(self.tr("Import people from {file}").format(file=error.file.name))
        self.about.setText(str(error))
        self._show_columns(error.columns)
        for model in (self.known_model, self.all_model):
            model.set_records([])
        self.problem_model.set_records([])
        self.summary.setText(self.tr("Choose the column that holds the last name."))
        self._update()

    def _show_columns(self, columns: stakeholder_columns.ColumnMapping) -> None:
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.extra:
                widget.deleteLater()
        self.column_combos.clear()
        per_row = 3
        for index, label in enumerate(columns.labels):
            combo = QComboBox(self.columns_box)
            combo.addItem(self.tr("(not imported)"), "")
            for name in stakeholder_columns.FIELDS:
                combo.addItem(stakeholder_columns.header(name), name)
            combo.setCurrentIndex(max(combo.findData(columns.fields.get(label, "")), 0))
            combo.currentIndexChanged.connect(self._columns_changed)
            caption = QLabel(label, self.columns_box)
            caption.setBuddy(combo)
            caption.setToolTip(label)
            row, place = divmod(index, per_row)
            self.columns_grid.addWidget(caption, row, place * 2, Qt.AlignmentFlag.AlignRight)
            self.columns_grid.addWidget(combo, row, place * 2 + 1)
            self.column_combos[label] = combo
        rows = (len(columns.labels) + per_row - 1) // per_row
        self.columns_grid.addWidget(self.extra, rows, 0, 1, per_row * 2)
        extra = columns.extra
        self.extra.setText(
            self.tr("Not imported: {columns}.").format(columns=", ".join(extra)) if extra else ""
        )
        self.extra.setVisible(bool(extra))

    def mapping(self) -> dict[str, str]:
        return {label: combo.currentData() for label, combo in self.column_combos.items()}

    def _columns_changed(self) -> None:
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the file again with these columns…"))
        self.replan_requested.emit(self.mapping())

    def show_problem(self, message: str) -> None:
        """A re-plan the file refused (a column chosen twice, ...)."""
        self.summary.setText(message)
        self.summary.setStyleSheet(f"color: {error_colour(self.summary)};")
        self.import_button.setEnabled(False)

    def _summary(self, counts: ImportCounts) -> str:
        """ "Rows: 3 · new people: 1 · already in the register: 1 (with changes: 1) · ..." """
        n = format_number
        parts = [
            self.tr("Rows: {count}").format(count=n(counts.rows)),
            self.tr("new people: {count}").format(count=n(counts.new)),
        ]
        if counts.existing:
            parts.append(
                self.tr("already in the register: {count} (with changes: {changed})").format(
                    count=n(counts.existing), changed=n(counts.existing - counts.unchanged)
                )
            )
        if counts.repeated:
            parts.append(
                self.tr("repeating an earlier row: {count}").format(count=n(counts.repeated))
            )
        if counts.invalid:
            parts.append(self.tr("with problems: {count}").format(count=n(counts.invalid)))
        if counts.new_organisations:
            parts.append(
                self.tr("new organisations: {count}").format(count=n(counts.new_organisations))
            )
        if counts.new_groups:
            parts.append(self.tr("new groups: {count}").format(count=n(counts.new_groups)))
        return " · ".join(parts) + "."

    def _update(self) -> None:
        self.summary.setStyleSheet("")
        plan = self.plan
        if plan is None:
            self.import_button.setEnabled(False)
            return
        counts = plan.counts
        self.skip_invalid.setEnabled(counts.invalid > 0)
        blocked = counts.invalid > 0 and not self.skip_invalid.isChecked()
        self.import_button.setEnabled(counts.valid > 0 and not blocked)
        self.import_button.setToolTip(
            self.tr("Some rows have problems: correct the file, or skip those rows.")
            if blocked
            else ""
        )

    def decisions(self) -> dict[int, Any]:
        return dict(self.known_model.decisions)
