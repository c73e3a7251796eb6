"""Property tests: whatever a file holds, the import raises only UserError (a message
for the user) or succeeds, and a failed import leaves the database exactly as it was."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from test_import_support import HEADER, seed, table_counts

from lagdesk.core.stakeholders.importing.applying import apply_import
from lagdesk.core.stakeholders.importing.planning import plan_import
from lagdesk.db.database import Database, open_database
from lagdesk.errors import UserError

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HEADERS = [*HEADER, "E-mail", "Nazwisko", "Imię", "Shoe size", ""]
TRICKY = [
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    '"',
    ";",
    ",",
    "\n",
    "'",
    "ł",
    "Ж",
    "ā",
    "ş",
    "€",
    "\ufeff",
]
SAMPLES = [
    "Nowak",
    "Anna",
    "public",
    "civic",
    "female",
    "a@b.pl",
    "3",
    "6",
    "=SUM(A1)",
    "Org",
    "G1; G2",
]

text_cell = st.one_of(
    st.sampled_from(SAMPLES),
    st.text(alphabet=st.sampled_from(TRICKY) | st.characters(codec="utf-8"), max_size=12),
)
counter = itertools.count()


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One database for all examples of a test: each example compares before and after."""
    database = open_database(tmp_path_factory.mktemp("properties") / "city.sqlite")
    seed(database)
    yield database
    database.close()


def run_import(database: Database, path: Path, choice: tuple[str, bool, bool]) -> None:
    on_duplicate, skip_invalid, dry_run = choice
    before = table_counts(database)
    try:
        plan = plan_import(database, path)
    except UserError as error:
        message = str(error)
        assert table_counts(database) == before
        assert message.startswith(f"{path.name}: ")
        return
    for row in plan.rows:
        for problem in row.problems:
            assert problem.row == row.row
            assert problem.file == path.name
            assert problem.field
    try:
        summary = apply_import(
            database,
            plan,
            on_duplicate=on_duplicate,  # type: ignore[arg-type]
            skip_invalid=skip_invalid,
            dry_run=dry_run,
        )
    except UserError:
        assert table_counts(database) == before
        return
    written = summary.created + summary.updated + summary.unchanged + summary.skipped
    assert written + summary.rejected_rows == len(plan.rows)
    if dry_run:
        assert table_counts(database) == before


choices = st.tuples(st.sampled_from(["skip", "update", "create"]), st.booleans(), st.booleans())


def csv_text(header: list[str], rows: list[list[str]], delimiter: str, quote: bool) -> str:
    def cell(value: str) -> str:
        if quote or any(c in value for c in f'"{delimiter}\r\n'):
            return '"' + value.replace('"', '""') + '"'
        return value  # sometimes left broken on purpose when the draw says so

    return "\r\n".join(delimiter.join(cell(value) for value in row) for row in [header, *rows])


@SETTINGS
@given(
    header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
    rows=st.lists(st.lists(text_cell, max_size=9), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    quote=st.booleans(),
    raw=st.booleans(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1250", "cp1251", "cp1257", "utf-16"]),
    with_last_name=st.booleans(),
    choice=choices,
)
def test_any_csv_is_imported_or_refused_cleanly(
    tmp_path: Path,
    shared_database: Database,
    header: list[str],
    rows: list[list[str]],
    delimiter: str,
    quote: bool,
    raw: bool,
    encoding: str,
    with_last_name: bool,
    choice: tuple[str, bool, bool],
) -> None:
    if with_last_name:
        header = [*header[:2], "Last name", *header[2:]]
    if raw:  # cells joined with no quoting at all: broken quotes, stray separators
        text = "\n".join(delimiter.join(row) for row in [header, *rows])
    else:
        text = csv_text(header, rows, delimiter, quote)
    path = tmp_path / f"people-{next(counter)}.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    run_import(shared_database, path, choice)


xlsx_cell = st.one_of(
    st.none(),
    st.sampled_from(SAMPLES),
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))
        | st.sampled_from("=+-@;"),
        max_size=12,
    ),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
)


@SETTINGS
@given(
    header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
    rows=st.lists(st.lists(xlsx_cell, max_size=9), max_size=6),
    title_rows=st.integers(min_value=0, max_value=2),
    merge=st.booleans(),
    with_last_name=st.booleans(),
    choice=choices,
)
def test_any_workbook_is_imported_or_refused_cleanly(
    tmp_path: Path,
    shared_database: Database,
    header: list[str],
    rows: list[list[Any]],
    title_rows: int,
    merge: bool,
    with_last_name: bool,
    choice: tuple[str, bool, bool],
) -> None:
    if with_last_name:
        header = [*header[:2], "Last name", *header[2:]]
    workbook = Workbook()
    sheet = workbook.active
    for _ in range(title_rows):
        sheet.append(["Stakeholders"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    if merge and len(rows) >= 2:
        first = title_rows + 2
        sheet.merge_cells(start_row=first, start_column=1, end_row=first + 1, end_column=1)
    path = tmp_path / f"people-{next(counter)}.xlsx"
    workbook.save(path)
    run_import(shared_database, path, choice)


@SETTINGS
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_bytes_are_refused_or_read(
    tmp_path: Path, shared_database: Database, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"noise-{next(counter)}{suffix}"
    path.write_bytes(data)
    run_import(shared_database, path, ("skip", True, False))
