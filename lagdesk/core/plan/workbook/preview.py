"""What a plan import would do (``PlanImportPreview``: sheets, rows, problems, changes),
and reading one sheet's rows into it (``read_sheet``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagdesk.core.plan.workbook.sheets import RowStatus, SheetSpec, parse_cell
from lagdesk.core.support.table_files.cells import CellProblem, cell_text, column_labels, header_key
from lagdesk.core.support.table_files.sources import (
    HEADER_SEARCH_ROWS,
    Cell,
    ImportFileError,
    SheetRows,
    Unreadable,
    is_blank,
)
from lagdesk.errors import FieldProblem
from lagdesk.i18n import translate

# --- The preview ---------------------------------------------------------------------------


@dataclass
class PlanRow:
    """One row of a sheet, read, checked and compared with what is stored."""

    sheet: str
    #: The row number a spreadsheet shows.
    row: int
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[FieldProblem] = field(default_factory=list)
    warnings: list[FieldProblem] = field(default_factory=list)
    status: RowStatus = "create"
    #: field -> (stored text, text from the file), for a row that updates.
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Why a row of a measurement list is skipped.
    skip_reason: str = ""
    #: The record to write (id set for an update); references to records the same
    #: import creates are resolved when it is applied, from ``refs``.
    record: Any = None
    refs: dict[str, Any] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def key(self) -> str:
        """The row's code, as the file writes it, for messages."""
        for name in ("code", "action_code", "indicator_code"):
            if self.values.get(name):
                return str(self.values[name])
        return ""


@dataclass(frozen=True)
class Removal:
    """A stored record the import deletes (funding lines only)."""

    sheet: str
    id: int
    description: str


@dataclass(frozen=True)
class SheetCounts:
    rows: int
    creates: int
    updates: int
    unchanged: int
    deletes: int
    skipped: int
    invalid: int


@dataclass
class SheetPreview:
    spec: SheetSpec
    #: The sheet's name in the file (None for a CSV file).
    sheet: str | None
    #: field -> the header the file uses for it.
    headers: dict[str, str]
    header_row: int
    extra_columns: tuple[str, ...]
    rows: list[PlanRow] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def present(self) -> frozenset[str]:
        return frozenset(self.headers)

    @property
    def counts(self) -> SheetCounts:
        statuses = [row.status for row in self.rows if row.valid]
        return SheetCounts(
            rows=len(self.rows),
            creates=statuses.count("create"),
            updates=statuses.count("update"),
            unchanged=statuses.count("unchanged"),
            deletes=len(self.removals),
            skipped=statuses.count("skip"),
            invalid=sum(1 for row in self.rows if not row.valid),
        )


@dataclass
class PlanImportPreview:
    """A workbook read and checked against the database, with nothing written yet."""

    file: Path
    format: str
    sheets: dict[str, SheetPreview] = field(default_factory=dict)
    #: True for a list of measurements, whose rows are only added.
    add_only: bool = False
    encoding: str | None = None
    delimiter: str | None = None
    #: What the database held when the file was compared with it (snapshot.plan_state).
    state: tuple[object, ...] = ()

    @property
    def file_name(self) -> str:
        return self.file.name

    @property
    def rows(self) -> list[PlanRow]:
        return [row for sheet in self.sheets.values() for row in sheet.rows]

    @property
    def problems(self) -> list[FieldProblem]:
        return [problem for row in self.rows for problem in row.problems]

    @property
    def warnings(self) -> list[FieldProblem]:
        return [warning for row in self.rows for warning in row.warnings]

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def counts(self) -> dict[str, SheetCounts]:
        return {key: sheet.counts for key, sheet in self.sheets.items()}

    @property
    def changes_anything(self) -> bool:
        return any(
            counts.creates or counts.updates or counts.deletes for counts in self.counts.values()
        )


class PlanImportError(ImportFileError):
    """The workbook as a whole cannot be imported (no known sheet, a missing column)."""


# --- Reading the sheets ---------------------------------------------------------------------


def _header_text(value: Cell) -> str:
    if isinstance(value, Unreadable):
        return ""
    try:
        return cell_text(value)
    except CellProblem:
        return ""


def _known_headers(spec: SheetSpec) -> dict[str, str]:
    """Header key -> field for one sheet; the UI language wins over a variant."""
    keys: dict[str, str] = {}
    for column in spec.columns:
        for text in (column.header, *column.variants):
            keys.setdefault(header_key(text), column.field)
    for column in spec.columns:
        translated = header_key(column.label)
        if translated:
            keys[translated] = column.field
    return keys


def _where(file: Path, sheet: str | None) -> str:
    if sheet is None:
        return file.name
    return translate("PlanImport", "{file}, sheet {sheet}").format(file=file.name, sheet=sheet)


def read_sheet(spec: SheetSpec, table: SheetRows) -> SheetPreview:
    """The header mapping and the parsed rows of one sheet (nothing compared yet)."""
    known = _known_headers(spec)
    where = _where(table.file, table.sheet)
    header_index = 0
    for index, (_number, cells) in enumerate(table.rows[: HEADER_SEARCH_ROWS + 1]):
        found = {known.get(header_key(_header_text(cell))) for cell in cells} - {None}
        if len(found) >= 2 or set(spec.required) <= found:
            header_index = index
            break
    header_number, header_cells = table.rows[header_index] if table.rows else (1, [])
    texts = [_header_text(cell) for cell in header_cells]
    labels = column_labels(texts)
    fields_at: dict[int, str] = {}
    headers: dict[str, str] = {}
    for index, (text, shown) in enumerate(zip(texts, labels, strict=True)):
        name = known.get(header_key(text)) if text.strip() else None
        if name is not None and name not in headers:
            headers[name] = shown
            fields_at[index] = name
    missing = [spec.column(name).label for name in spec.required if name not in headers]
    if missing:
        message = translate(
            "PlanImport", "sheet {sheet} has no column “{column}”; its columns are: {columns}."
        ).format(
            sheet=table.sheet or spec.label,
            column=missing[0],
            columns=", ".join(label for label in labels if label) or "-",
        )
        raise PlanImportError(table.file, message)
    extra = tuple(shown for index, shown in enumerate(labels) if index not in fields_at)
    preview = SheetPreview(spec, table.sheet, headers, header_number, extra)
    rows: list[PlanRow] = []
    for number, cells in table.rows[header_index + 1 :]:
        picked = {name: cells[i] if i < len(cells) else None for i, name in fields_at.items()}
        if all(is_blank(value) for value in picked.values()):
            continue
        row = PlanRow(spec.key, number)
        for name, value in picked.items():
            try:
                row.values[name] = parse_cell(spec.column(name), value)
            except CellProblem as exc:
                row.problems.append(FieldProblem(headers[name], str(exc), number, where, name))
        rows.append(row)
    preview.rows = rows
    return preview


def _sheet_named(names: Sequence[str], spec: SheetSpec) -> str | None:
    wanted = {header_key(spec.title), header_key(spec.label)}
    return next((name for name in names if header_key(name) in wanted), None)
