"""The plan workbook: actions, funding, indicators, measurements and risks, one table each.

The sheets have exactly the columns the plan import reads (lagdesk.core.plan.workbook), with
headers and code labels in the current language, so an official can export, edit in Excel
or LibreOffice and import the file back; imported unchanged, it changes nothing. Each sheet
is a real table: one bold header row, frozen below it, a filter on every column, sized
columns, dates as dates, amounts as numbers with two decimals, codes and text as text
(never a formula, whatever a title begins with). The sheets are streamed (openpyxl
write-only), so a plan of 2,000 actions and 50,000 measurements costs little memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from lagdesk.core.plan.workbook.sheets import Column
from lagdesk.core.plan.workbook.snapshot import SheetData, workbook_sheets
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import translate
from lagdesk.reports.xlsx.safety import safe_cell, save_atomically, start_table

CONTEXT = "PlanExport"
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
WHOLE_FORMAT = "0"
NUMBER_FORMAT = "General"
MIN_WIDTH, MAX_WIDTH = 8, 60
#: Rows looked at to size the columns.
WIDTH_SAMPLE = 2000
#: Widths of columns whose cells are not text.
FIXED_WIDTHS = {"date": 12.0, "money": 15.0, "int": 10.0, "number": 12.0}


@dataclass(frozen=True)
class PlanExport:
    path: Path
    #: sheet key (actions, funding, indicators, measurements, risks) -> rows written.
    counts: dict[str, int]

    @property
    def actions(self) -> int:
        return self.counts.get("actions", 0)

    @property
    def indicators(self) -> int:
        return self.counts.get("indicators", 0)

    @property
    def measurements(self) -> int:
        return self.counts.get("measurements", 0)


def _width(column: Column, header: str, values: Sequence[object]) -> float:
    longest = len(header) + 2
    if column.kind in FIXED_WIDTHS:
        return max(FIXED_WIDTHS[column.kind], min(MAX_WIDTH, longest))
    for value in values:
        for line in str(value or "").splitlines() or [""]:
            longest = max(longest, len(line) + 2)
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest)))


def _data_cell(sheet: Any, column: Column, value: object) -> Any:
    """A cell with the value, typed and formatted by what the column holds."""
    if column.kind in ("date", "money", "int", "number"):
        cell = safe_cell(sheet, value)
        if isinstance(value, date):
            cell.number_format = DATE_FORMAT
        elif column.kind == "money":
            cell.number_format = MONEY_FORMAT
        elif column.kind == "int":
            cell.number_format = WHOLE_FORMAT
        return cell
    return safe_cell(sheet, "" if value is None else value, text=True)


def _write_sheet(workbook: Any, data: SheetData) -> int:
    sheet = workbook.create_sheet(data.title)
    columns, headers, rows = data.spec.columns, data.headers, data.rows
    for index, (column, header) in enumerate(zip(columns, headers, strict=True)):
        sample = [row[index] for row in rows[:WIDTH_SAMPLE]]
        sheet.column_dimensions[get_column_letter(index + 1)].width = _width(column, header, sample)
    start_table(sheet, headers, len(rows))
    for row in rows:
        sheet.append(
            [_data_cell(sheet, column, value) for column, value in zip(columns, row, strict=True)]
        )
    return len(rows)


def build_workbook(database: Database) -> tuple[Any, dict[str, int]]:
    """The workbook in memory (write-only: save it once) and the rows of each sheet."""
    workbook = Workbook(write_only=True)
    counts = {data.spec.key: _write_sheet(workbook, data) for data in workbook_sheets(database)}
    return workbook, counts


def write_plan_workbook(
    database: Database, out: Path | str, *, overwrite: bool = True
) -> PlanExport:
    """Write the plan workbook to ``out`` (.xlsx), all of it or nothing.

    ``overwrite`` False refuses a file that exists (the CLI checks --force itself).
    """
    path = Path(out)
    if path.suffix.lower() != ".xlsx":
        message = translate("PlanExport", "{file}: the export is an Excel workbook; name it .xlsx.")
        raise UserError(message.format(file=path.name))
    if path.exists() and not overwrite:
        message = translate(
            "PlanExport", "{file} exists already; choose another name or replace it."
        )
        raise UserError(message.format(file=path))
    if not path.parent.is_dir():
        message = translate("PlanExport", "{folder}: the folder does not exist.")
        raise UserError(message.format(folder=path.parent))
    workbook, counts = build_workbook(database)
    try:
        save_atomically(workbook, path)
    except OSError as exc:
        message = translate("PlanExport", "{file} cannot be written: {reason}.")
        raise UserError(message.format(file=path, reason=exc.strerror or exc)) from exc
    return PlanExport(path, counts)


__all__ = ["PlanExport", "build_workbook", "write_plan_workbook"]
