"""Reading a table file (.xlsx or .csv) into rows of cells, whatever its format.

A file-level problem (empty, damaged, encrypted, not a spreadsheet, too large) raises
ImportFileError naming the file; problems of single cells travel with the cell as
Unreadable, so the plan can name their row and column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from lagdesk.errors import UserError
from lagdesk.i18n import translate

#: Data rows read at most; a larger file is refused rather than read into memory.
MAX_DATA_ROWS = 50_000
#: Non-empty rows above the header (a title, a date) looked at when looking for it.
HEADER_SEARCH_ROWS = 10
#: Columns read at most; cells further right are ignored.
MAX_COLUMNS = 200
#: Longest cell accepted (Excel's own limit).
MAX_CELL_CHARS = 32_767

SUFFIXES = (".csv", ".xlsx", ".xlsm")


@dataclass(frozen=True)
class Unreadable:
    """A cell whose value lagdesk cannot take: a formula, an error value."""

    reason: str


Cell = str | int | float | bool | date | datetime | time | timedelta | Unreadable | None


@dataclass
class SheetRows:
    """The non-empty rows of a file, numbered as the user sees them in Excel or LibreOffice."""

    file: Path
    format: str
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)
    encoding: str | None = None
    #: Scores of the code pages tried, when the encoding was guessed (see encodings.py).
    encoding_scores: dict[str, int] = field(default_factory=dict)
    encoding_guessed: bool = False
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()


class ImportFileError(UserError):
    """The file as a whole cannot be imported; the message names it."""

    def __init__(self, file: Path | str, message: str) -> None:
        self.file = Path(file)
        super().__init__(f"{self.file.name}: {message}")
        self.reason = message


class TooManyRowsError(ImportFileError):
    def __init__(self, file: Path | str) -> None:
        message = translate(
            "Import", "the file has more than {limit} rows; split it into smaller files."
        ).format(limit=f"{MAX_DATA_ROWS:,}")
        super().__init__(file, message)


def is_blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class RowCollector:
    """Keeps the non-empty rows and stops a file that has too many of them."""

    def __init__(self, target: SheetRows) -> None:
        self.target = target
        self.limit = MAX_DATA_ROWS + HEADER_SEARCH_ROWS + 1

    def add(self, number: int, cells: Iterable[Cell]) -> None:
        row = list(cells)[:MAX_COLUMNS]
        if all(is_blank(value) for value in row):
            return
        if len(self.target.rows) >= self.limit:
            raise TooManyRowsError(self.target.file)
        self.target.rows.append((number, row))


def _sniff(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except IsADirectoryError as exc:
        raise ImportFileError(path, translate("Import", "this is a folder, not a file.")) from exc
    except OSError as exc:
        raise ImportFileError(path, exc.strerror or str(exc)) from exc


def read_rows(
    path: Path,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    is_header: Callable[[str], bool] | None = None,
) -> SheetRows:
    """Read ``path`` (.csv or .xlsx) into numbered rows, or raise ImportFileError.

    ``is_header`` recognises the column names the caller expects; a CSV file whose
    encoding is guessed is read in the encoding that shows more of them (see csv_source).
    """
    if not path.exists():
        raise ImportFileError(path, translate("Import", "no such file."))
    head = _sniff(path)
    if not head:
        raise ImportFileError(path, translate("Import", "the file is empty."))
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportFileError(
            path,
            translate(
                "Import",
                "lagdesk imports .xlsx and .csv files; save the file in one of these formats.",
            ),
        )
    if suffix == ".csv":
        from lagdesk.core.support.table_files.csv_source import read_csv

        return read_csv(path, encoding=encoding, is_header=is_header)
    from lagdesk.core.support.table_files.xlsx_source import read_xlsx

    return read_xlsx(path, sheet=sheet)
