"""plan_import: read a stakeholder file and check every row against the database, writing
nothing, so that a user sees what would happen (and why a row would be refused) first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from lagdesk.core.stakeholders.importing import values as v
from lagdesk.core.stakeholders.importing.columns import (
    FIELDS,
    ColumnMapping,
    is_spelled_header,
    match_columns,
)
from lagdesk.core.stakeholders.importing.columns import field_of_header as known_field
from lagdesk.core.stakeholders.importing.matching import Snapshot, resolve
from lagdesk.core.stakeholders.importing.plan import (
    ImportPlan,
    ImportRow,
    MissingColumnError,
    PersonValues,
)
from lagdesk.core.support import records as r
from lagdesk.core.support.table_files.cells import CellProblem, cell_text, column_labels
from lagdesk.core.support.table_files.sources import (
    HEADER_SEARCH_ROWS,
    MAX_DATA_ROWS,
    Cell,
    ImportFileError,
    SheetRows,
    TooManyRowsError,
    Unreadable,
    is_blank,
    read_rows,
)
from lagdesk.core.support.validation import problems_of
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem
from lagdesk.i18n import translate

TEXT_FIELDS = ("organisation", "first_name", "last_name", "role", "email", "phone", "notes")


def _header_text(value: Cell) -> str:
    if isinstance(value, Unreadable):
        return ""
    try:
        return cell_text(value)
    except CellProblem:
        return ""


def _find_header(rows: list[tuple[int, list[Cell]]], mapping: dict[str, str] | None) -> int:
    """Index of the header row: the first of the top rows that names known columns.

    A title or a date above the table is skipped. With a mapping, the header is the first
    row that has every column the mapping names.
    """
    for index, (_number, cells) in enumerate(rows[: HEADER_SEARCH_ROWS + 1]):
        texts = [_header_text(cell) for cell in cells]
        if mapping is not None:
            if set(mapping) <= set(column_labels(texts)):
                return index
            continue
        found = {known_field(text) for text in texts if text.strip()} - {None}
        if "last_name" in found or len(found) >= 2:
            return index
    return 0


def _columns(path: Path, headers: Sequence[str], mapping: dict[str, str] | None) -> ColumnMapping:
    try:
        columns = match_columns(headers, mapping)
    except ValueError as exc:
        message = translate(
            "Import",
            "the column choice names {name}, which is not a column of the file"
            " or a field lagdesk imports, or is chosen twice.",
        ).format(name=exc.args[0] if exc.args else "?")
        raise ImportFileError(path, message) from exc
    if "last_name" not in columns.present:
        raise MissingColumnError(path, columns)
    return columns


def _parse(field_name: str, value: Cell) -> object:
    if field_name in TEXT_FIELDS:
        return v.text_value(value, field_name)
    if field_name == "sector":
        return v.sector_value(value)
    if field_name == "gender":
        return v.gender_value(value)
    if field_name == "groups":
        return v.group_names(value)
    return v.score_value(value)  # power, interest


def _preview_text(value: Cell) -> str:
    if isinstance(value, Unreadable):
        return ""
    try:
        return cell_text(value)
    except CellProblem:
        return ""


def parse_row(
    number: int, cells: list[Cell], columns: ColumnMapping, file_name: str
) -> ImportRow | None:
    """One row's values and cell problems; None for a row with nothing in the read columns."""
    picked: dict[str, Cell] = {}
    for index, label in enumerate(columns.labels):
        name = columns.fields.get(label)
        if name is not None:
            picked[name] = cells[index] if index < len(cells) else None
    if all(is_blank(value) for value in picked.values()):
        return None
    row = ImportRow(row=number, values=PersonValues())

    def problem(name: str, message: str) -> FieldProblem:
        return FieldProblem(columns.label_of(name), message, number, file_name, name)

    for name, value in picked.items():
        row.cells[name] = _preview_text(value)
        try:
            setattr(row.values, name, _parse(name, value))
        except CellProblem as exc:
            row.problems.append(problem(name, str(exc)))
    values = row.values
    if (values.power is None) != (values.interest is None):
        missing = "interest" if values.interest is None else "power"
        given = "power" if missing == "interest" else "interest"
        if not any(p.key == missing for p in row.problems):
            message = translate("Import", "give both power and interest, or neither.")
            row.problems.append(problem(missing if missing in picked else given, message))
    person = r.Person(
        first_name=values.first_name,
        last_name=values.last_name,
        gender=values.gender,
        role=values.role,
        email=values.email,
        phone=values.phone,
        notes=values.notes,
    )
    already = {p.key for p in row.problems}
    for found in problems_of(person):
        if found.key in picked and found.key not in already:
            row.problems.append(problem(found.key, found.message))
    return row


def plan_rows(
    database: Database,
    table: SheetRows,
    *,
    mapping: dict[str, str] | None = None,
    today: date | None = None,
) -> ImportPlan:
    """The plan for rows already read (plan_import without the reading)."""
    path = table.file
    if not table.rows:
        raise ImportFileError(path, translate("Import", "the file has no rows."))
    header_index = _find_header(table.rows, mapping)
    header_number, header_cells = table.rows[header_index]
    columns = _columns(path, [_header_text(cell) for cell in header_cells], mapping)
    data = table.rows[header_index + 1 :]
    if len(data) > MAX_DATA_ROWS:
        raise TooManyRowsError(path)
    rows = [
        row
        for number, cells in data
        if (row := parse_row(number, cells, columns, path.name)) is not None
    ]
    if not rows:
        message = translate("Import", "the file has a header row but no people below it.")
        raise ImportFileError(path, message)
    plan = ImportPlan(
        file=path,
        format=table.format,
        columns=columns,
        header_row=header_number,
        rows=rows,
        encoding=table.encoding,
        encoding_guessed=table.encoding_guessed,
        encoding_scores=dict(table.encoding_scores),
        delimiter=table.delimiter,
        sheet=table.sheet,
        sheets=table.sheets,
        planned_on=today or date.today(),
    )
    resolve(plan, Snapshot.load(database, plan.planned_on))
    order = {label: index for index, label in enumerate(columns.labels)}
    for row in plan.rows:  # in the order of the file's columns, as a user reads the row
        row.problems.sort(key=lambda problem: order.get(problem.field, len(order)))
        row.warnings.sort(key=lambda problem: order.get(problem.field, len(order)))
    return plan


def plan_import(
    database: Database,
    path: Path | str,
    *,
    mapping: dict[str, str] | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Read ``path`` (.xlsx or .csv) and check it against ``database``; writes nothing.

    ``mapping`` (column label -> field, "" to ignore a column) replaces the guessed one;
    ``encoding`` replaces the guessed text encoding of a CSV file; ``sheet`` picks a sheet
    of a workbook (the first by default). Raises ImportFileError (a UserError) for a
    file that cannot be read at all; problems of single rows are in the plan.
    """
    table = read_rows(Path(path), encoding=encoding, sheet=sheet, is_header=is_spelled_header)
    return plan_rows(database, table, mapping=mapping, today=today)


__all__ = ["FIELDS", "plan_import", "plan_rows"]
