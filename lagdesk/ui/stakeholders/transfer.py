"""Import people from a file and export the register to Excel, off the GUI thread.

Reading, checking and writing a 20,000-row file takes seconds, so each step runs on a
worker thread behind a busy dialog; the worker touches no widget and reports through
signals, whose slots run on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal

from lagdesk.core.stakeholders.importing.applying import ImportSummary, apply_import
from lagdesk.core.stakeholders.importing.plan import ImportPlan, MissingColumnError
from lagdesk.core.stakeholders.importing.planning import plan_import
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.transfers import WorkbookTransfers
from lagdesk.ui.stakeholders.import_dialog import ImportDialog


class Transfers(WorkbookTransfers):
    #: An import wrote to the file: the lists reload.
    imported = Signal()

    dialog: ImportDialog | None = None

    # -- import ------------------------------------------------------------------------

    def import_people(self) -> None:
        path = dialogs.open_file_path(
            self._parent,
            self.tr("Import people"),
            Path.home(),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if path is None:
            return
        title = self.tr("Import people")
        text = self.tr("Reading {file}…").format(file=path.name)
        self.run(
            title,
            text,
            lambda: plan_import(self._database, path),
            self._show_preview,
            lambda error: self._plan_failed(error, title),
        )

    def _plan_failed(self, error: Any, title: str) -> None:
        if isinstance(error, MissingColumnError):
            dialog = self._open_dialog(error.file)
            dialog.show_missing_column(error)
            return
        self._refuse(title, error)

    def _open_dialog(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(self._parent)
        dialog.replan_requested.connect(lambda mapping: self._replan(dialog, path, mapping))
        dialog.import_requested.connect(lambda: self._apply(dialog))
        self._hold_preview(dialog)
        return dialog

    def _show_preview(self, plan: ImportPlan) -> None:
        dialog = self._open_dialog(plan.file)
        dialog.set_plan(plan)

    def _replan(self, dialog: ImportDialog, path: Path, mapping: dict[str, str]) -> None:
        def replanned(plan: ImportPlan) -> None:
            dialog.set_plan(plan)

        def refused(error: Any) -> None:
            if isinstance(error, MissingColumnError):
                dialog.show_missing_column(error)
            else:
                dialog.show_problem(str(error))

        self.run(
            self.tr("Import people"),
            self.tr("Reading {file} again…").format(file=path.name),
            lambda: plan_import(self._database, path, mapping=mapping),
            replanned,
            refused,
            owner=dialog,
        )

    def _apply(self, dialog: ImportDialog) -> None:
        plan = dialog.plan
        if plan is None:
            return
        decisions = dialog.decisions()
        skip_invalid = dialog.skip_invalid.isChecked()
        dialog.import_button.setEnabled(False)

        def applied(summary: ImportSummary) -> None:
            dialog.accept()
            self.imported.emit()
            self._say(self.summary_text(summary))

        def failed(error: Any) -> None:
            dialog.show_problem(str(error))

        self.run(
            self.tr("Import people"),
            self.tr("Importing {count} rows…").format(count=format_number(len(plan.rows))),
            lambda: apply_import(
                self._database, plan, decisions=decisions, skip_invalid=skip_invalid
            ),
            applied,
            failed,
            owner=dialog,
        )

    def summary_text(self, summary: ImportSummary) -> str:
        n = format_number
        parts = [
            self.tr("Import done. People added: {count}").format(count=n(summary.created)),
            self.tr("updated: {count}").format(count=n(summary.updated)),
            self.tr("skipped: {count}").format(count=n(summary.skipped)),
        ]
        if summary.unchanged:
            parts.append(self.tr("already up to date: {count}").format(count=n(summary.unchanged)))
        if summary.rejected_rows:
            parts.append(
                self.tr("rows with problems left out: {count}").format(
                    count=n(summary.rejected_rows)
                )
            )
        if summary.organisations_created:
            parts.append(
                self.tr("new organisations: {count}").format(count=n(summary.organisations_created))
            )
        if summary.groups_created:
            parts.append(self.tr("new groups: {count}").format(count=n(summary.groups_created)))
        return " · ".join(parts) + "."

    # -- export ------------------------------------------------------------------------

    def export_register(self) -> None:
        from lagdesk.reports.xlsx.stakeholders import export_stakeholders

        stem = self._database.path.stem
        path = self._workbook_path(
            self.tr("Export people and organisations"),
            Path.home() / self.tr("{file} stakeholders.xlsx").format(file=stem),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path is None:
            return
        title = self.tr("Export people and organisations")

        def exported(result: Any) -> None:
            self.last_export = result.path
            self._say(
                self.tr(
                    "{people} people and {organisations} organisations written to {file}."
                ).format(
                    people=format_number(result.people),
                    organisations=format_number(result.organisations),
                    file=result.path,
                )
            )

        self.run(
            title,
            self.tr("Writing {file}…").format(file=path.name),
            lambda: export_stakeholders(self._database, path, overwrite=True),
            exported,
            lambda error: self._refuse(title, error),
        )
