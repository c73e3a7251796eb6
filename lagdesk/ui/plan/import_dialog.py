"""The plan (or measurement) import preview: what each sheet would create, change or remove,
the rows refused and why, and one Import button. Nothing is written until Import, and then
everything at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan.workbook.preview import PlanImportPreview
from lagdesk.core.support.table_files.encodings import encoding_label
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.widgets import error_colour, paragraph
from lagdesk.ui.plan.import_models import (
    ChangeModel,
    IssueModel,
    SheetCountModel,
    changes_of,
    issues_of,
    sheet_name,
)

#: Rows looked at to size a column to its contents (the change list may be very long).
SIZE_SAMPLE = 200


def _table(model: QAbstractItemModel, parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(False)
    table.verticalHeader().hide()
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(SIZE_SAMPLE)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class PlanImportDialog(QDialog):
    """Shows a PlanImportPreview; the owner applies it when ``import_requested`` fires."""

    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: PlanImportPreview | None = None
        self.busy = False
        self.setMinimumSize(820, 560)
        self.about = paragraph("", self)
        self.about.setObjectName("import_about")
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.count_model = SheetCountModel(self)
        self.counts = _table(self.count_model, self, "sheet_counts")
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts.horizontalHeader().setStretchLastSection(False)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts.horizontalHeader().setSectionResizeMode(
            SheetCountModel.Column.SHEET, QHeaderView.ResizeMode.ResizeToContents
        )
        self.counts.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.change_model = ChangeModel(self)
        self.changes = _table(self.change_model, self, "changes")
        self.issue_model = IssueModel(self)
        self.issues = _table(self.issue_model, self, "issues")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.changes, "")
        self.tabs.addTab(self.issues, "")

        self.summary = paragraph("", self)
        self.summary.setObjectName("import_summary")
        self.note = paragraph(
            self.tr(
                "Nothing is written until you press Import. Then the whole file is imported in"
                " one step, or nothing if something goes wrong. Undo does not take an import"
                " back: check the changes above first."
            ),
            self,
        )
        self.note.setObjectName("import_note")
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        column = QVBoxLayout(self)
        column.addWidget(self.about)
        column.addWidget(self.counts)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.summary)
        column.addWidget(self.note)
        column.addWidget(self.buttons)

        self.buttons.accepted.connect(self._import_clicked)
        self.buttons.rejected.connect(self.reject)

    # -- showing a preview -------------------------------------------------------------

    def set_preview(self, preview: PlanImportPreview) -> None:
        self.preview = preview
        if preview.add_only:
            title = self.tr("Import measurements from {file}")
        else:
            title = self.tr("Import the action plan from {file}")
        self.setWindowTitle(title.format(file=preview.file_name))
        self.about.setText(self._about(preview))

        sheets = list(preview.sheets.values())
        self.count_model.set_records(sheets)
        for column in (
            SheetCountModel.Column.CHANGED,
            SheetCountModel.Column.UNCHANGED,
            SheetCountModel.Column.REMOVED,
        ):
            self.counts.setColumnHidden(column, preview.add_only)
        self.counts.setColumnHidden(
            SheetCountModel.Column.SKIPPED, not any(s.counts.skipped for s in sheets)
        )
        self.counts.setColumnHidden(
            SheetCountModel.Column.PROBLEMS, not any(s.counts.invalid for s in sheets)
        )
        self.counts.setColumnHidden(
            SheetCountModel.Column.REMOVED,
            preview.add_only or not any(s.counts.deletes for s in sheets),
        )
        height = self.counts.horizontalHeader().sizeHint().height()
        height += self.counts.verticalHeader().defaultSectionSize() * len(sheets)
        self.counts.setFixedHeight(height + 2 * self.counts.frameWidth())

        changes = changes_of(preview)
        issues = issues_of(preview)
        problems = sum(1 for issue in issues if issue.blocking)
        self.change_model.set_records(changes)
        self.issue_model.set_records(issues)
        self.tabs.setTabText(
            0, self.tr("&Changes ({count})").format(count=format_number(len(changes)))
        )
        self.tabs.setTabText(
            1,
            self.tr("&Problems ({problems}) and notes ({notes})").format(
                problems=format_number(problems), notes=format_number(len(issues) - problems)
            ),
        )
        self.tabs.setCurrentIndex(1 if problems else 0)
        self._update()

    def _about(self, preview: PlanImportPreview) -> str:
        sheets = ", ".join(sheet_name(sheet) for sheet in preview.sheets.values())
        if preview.encoding:
            separator = self.tr("tab") if preview.delimiter == "\t" else preview.delimiter
            lines = [
                self.tr("{file} (text encoding {encoding}, separator {separator}).").format(
                    file=preview.file_name,
                    encoding=encoding_label(preview.encoding),
                    separator=separator,
                )
            ]
        else:
            lines = [
                self.tr("{file}: sheets {sheets}.").format(file=preview.file_name, sheets=sheets)
            ]
        ignored = QCoreApplication.translate("PlanImport", "{sheet}: columns ignored: {columns}.")
        for sheet in preview.sheets.values():
            if sheet.extra_columns:
                lines.append(
                    ignored.format(sheet=sheet_name(sheet), columns=", ".join(sheet.extra_columns))
                )
        return "\n".join(lines)

    def _summary(self, preview: PlanImportPreview) -> str:
        n = format_number
        counts = preview.counts.values()
        creates = sum(c.creates for c in counts)
        updates = sum(c.updates for c in counts)
        unchanged = sum(c.unchanged for c in counts)
        deletes = sum(c.deletes for c in counts)
        skipped = sum(c.skipped for c in counts)
        parts = [self.tr("New: {count}").format(count=n(creates))]
        if not preview.add_only:
            parts.append(self.tr("changed: {count}").format(count=n(updates)))
            parts.append(self.tr("unchanged: {count}").format(count=n(unchanged)))
        if deletes:
            parts.append(self.tr("funding lines removed: {count}").format(count=n(deletes)))
        if skipped:
            parts.append(self.tr("skipped: {count}").format(count=n(skipped)))
        return " · ".join(parts) + "."

    def _update(self) -> None:
        self.summary.setStyleSheet("")
        preview = self.preview
        if preview is None:
            self.import_button.setEnabled(False)
            return
        problems = preview.problems
        if problems:
            rows = len({(problem.file, problem.row) for problem in problems})
            self.summary.setText(
                self.tr(
                    "{rows} row(s) have problems, listed under Problems. Nothing can be"
                    " imported until they are corrected: correct the file and import it again."
                ).format(rows=format_number(rows))
            )
            self.summary.setStyleSheet(f"color: {error_colour(self.summary)};")
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr("Correct the rows with problems first."))
        elif not preview.changes_anything:
            self.summary.setText(
                self.tr("Nothing to change: the database already holds what the file says.")
            )
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr("There is nothing to import."))
        else:
            self.summary.setText(self._summary(preview))
            self.import_button.setEnabled(True)
            self.import_button.setToolTip("")
        self.note.setVisible(self.import_button.isEnabled())
        if self.import_button.isEnabled():
            self.import_button.setDefault(True)
            self.cancel_button.setText(self.tr("Cancel"))
        else:
            self.cancel_button.setText(self.tr("Close"))

    def _import_clicked(self) -> None:
        if self.import_button.isEnabled():
            self.import_requested.emit()

    # -- while and after importing -----------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        """Import is pressed: no second press, no closing, while the file is written."""
        self.busy = busy
        self.import_button.setEnabled(not busy and self.preview is not None)
        self.cancel_button.setEnabled(not busy)

    def show_problem(self, message: str) -> None:
        """Applying failed (the database was locked, a disk error...): nothing was written."""
        self.summary.setText(message)
        self.summary.setStyleSheet(f"color: {error_colour(self.summary)};")
        self.cancel_button.setEnabled(True)
        self.import_button.setEnabled(self.preview is not None and self.preview.valid)

    def reject(self) -> None:
        if not self.busy:  # Escape or the window's close button while writing: wait
            super().reject()


__all__ = ["PlanImportDialog"]
