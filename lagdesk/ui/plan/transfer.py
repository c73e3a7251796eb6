"""The action plan to Excel and back, and measurements from a list, off the GUI thread.

The app side of `lagdesk export plan`, `lagdesk import plan` and `lagdesk import
measurements`: the same core functions, a busy dialog while they work, a preview of what an
import would create, change or remove before anything is written, and the same words where
the command line has them. An import is written in one transaction; it is not on the undo
stack (the preview says so), the ``changed`` signal tells the pages to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from lagdesk.core.plan.workbook.planner import plan_measurement_import, plan_plan_import
from lagdesk.core.plan.workbook.preview import PlanImportPreview
from lagdesk.core.plan.workbook.writer import (
    PlanImportSummary,
    apply_measurement_import,
    apply_plan_import,
)
from lagdesk.db.database import Database
from lagdesk.reports.xlsx.plan import PlanExport, write_plan_workbook
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.transfers import WorkbookTransfers
from lagdesk.ui.plan.import_dialog import PlanImportDialog


class PlanTransfers(WorkbookTransfers):
    """Export the plan workbook, import it back, import measurements.

    The lead wires ``export_plan`` and ``import_plan`` to the Action plan page and
    ``import_measurements`` to the Indicators page, and reloads them on ``changed``.
    """

    #: An import wrote to the file: pages showing actions or indicators reload.
    changed = Signal()

    dialog: PlanImportDialog | None = None

    def __init__(self, database: Database, parent: QWidget) -> None:
        super().__init__(database, parent)
        self.folder = Path.home()
        self.last_summary: PlanImportSummary | None = None

    # -- export ------------------------------------------------------------------------

    def export_plan(self) -> None:
        title = self.tr("Export the action plan to Excel")
        suggested = self.tr("action-plan-{date}.xlsx").format(date=date.today().isoformat())
        path = self._workbook_path(
            title, self.folder / suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return
        self.folder = path.parent
        database = self._database

        def exported(result: PlanExport) -> None:
            self.last_export = result.path
            counts = result.counts
            message = QCoreApplication.translate(
                "PlanImport",
                "{actions} actions, {funding} funding lines, {indicators} indicators,"
                " {measurements} measurements and {risks} risks written to {path}.",
            )
            self._say(
                message.format(
                    actions=format_number(counts.get("actions", 0)),
                    funding=format_number(counts.get("funding", 0)),
                    indicators=format_number(counts.get("indicators", 0)),
                    measurements=format_number(counts.get("measurements", 0)),
                    risks=format_number(counts.get("risks", 0)),
                    path=result.path,
                )
            )

        self.run(
            title,
            self.tr("Writing {file}…").format(file=path.name),
            lambda: write_plan_workbook(database, path, overwrite=True),
            exported,
            lambda error: self._refuse(title, error),
        )

    # -- import ------------------------------------------------------------------------

    def import_plan(self) -> None:
        self._read(
            self.tr("Import the action plan from Excel"),
            self.tr("Excel workbook (*.xlsx);;All files (*)"),
            plan_plan_import,
        )

    def import_measurements(self) -> None:
        self._read(
            self.tr("Import measurements"),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
            plan_measurement_import,
        )

    def _read(
        self,
        title: str,
        name_filter: str,
        preview: Callable[[Database, Path], PlanImportPreview],
    ) -> None:
        """Ask for the file, then read it into a preview of what importing it would do."""
        path = dialogs.open_file_path(self._parent, title, self.folder, name_filter)
        if path is None:
            return
        self.folder = path.parent
        database = self._database
        self.run(
            title,
            self.tr("Reading {file}…").format(file=path.name),
            lambda: preview(database, path),
            self._show_preview,
            lambda error: self._refuse(title, error),
        )

    def _show_preview(self, preview: PlanImportPreview) -> None:
        dialog = PlanImportDialog(self._parent)
        dialog.set_preview(preview)
        dialog.import_requested.connect(lambda: self._apply(dialog))
        self._hold_preview(dialog)

    def _apply(self, dialog: PlanImportDialog) -> None:
        preview = dialog.preview
        if preview is None or not preview.valid or not preview.changes_anything:
            return
        if preview.add_only:
            title = self.tr("Import measurements")
        else:
            title = self.tr("Import the action plan from Excel")
        rows = sum(1 for row in preview.rows if row.status in ("create", "update"))
        database = self._database
        dialog.set_busy(True)

        def applied(summary: PlanImportSummary) -> None:
            self.last_summary = summary
            dialog.accept()
            self.changed.emit()
            self._say(self.summary_text(summary, preview))

        def failed(error: Any) -> None:
            self.last_message = str(error)
            dialog.set_busy(False)
            dialog.show_problem(str(error))

        apply = apply_measurement_import if preview.add_only else apply_plan_import
        self.run(
            title,
            self.tr("Importing {count} rows…").format(count=format_number(rows)),
            lambda: apply(database, preview),
            applied,
            failed,
            owner=dialog,
        )

    def summary_text(self, summary: PlanImportSummary, preview: PlanImportPreview) -> str:
        n = format_number
        if preview.add_only:
            skipped = sum(sheet.skipped for sheet in summary.sheets.values())
            return self.tr("{file}: measurements added: {created}, skipped: {skipped}.").format(
                file=preview.file_name, created=n(summary.created), skipped=n(skipped)
            )
        message = QCoreApplication.translate(
            "PlanImport", "Imported: {created} created, {updated} updated, {deleted} removed."
        )
        return message.format(
            created=n(summary.created), updated=n(summary.updated), deleted=n(summary.deleted)
        )


__all__ = ["PlanTransfers"]
