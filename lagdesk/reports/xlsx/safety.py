"""Writing cells that Excel and LibreOffice show as the text they are, never as formulas.

A cell whose text begins with = + - @ (or a tab or carriage return, which some programs
strip first) can be run as a formula when the file is opened or the cell is edited:
spreadsheet formula injection. Such text is written as a text cell (``data_type "s"``)
with Excel's quote-prefix style, so the file shows the text and editing keeps it text.
Characters the file format cannot hold are dropped rather than failing the export.

Shared by every Excel export: build rows with ``safe_cell`` or ``append_row``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from lagdesk.core.support.files import write_atomically

#: First characters that make a spreadsheet treat text as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Excel's limit for the text of one cell.
MAX_CELL_CHARS = 32_767
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
TEXT_FORMAT = "@"


def looks_like_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def clean_text(text: str) -> str:
    """Text without the control characters an .xlsx file cannot hold, cut to Excel's limit."""
    return _ILLEGAL.sub("", text)[:MAX_CELL_CHARS]


def safe_cell(sheet: Any, value: object, *, text: bool = False, wrap: bool = False) -> Any:
    """A cell for ``sheet.append`` (normal or write-only sheet) holding ``value`` safely.

    Text that looks like a formula becomes a quote-prefixed text cell. ``text`` also marks
    the cell with the text number format, so what a user types there stays text (phone
    numbers keep their leading + and zeros). Numbers, dates and None pass unchanged.
    """
    if isinstance(value, str):
        value = clean_text(value)
    cell = WriteOnlyCell(sheet, value)
    if looks_like_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    if text and (value is None or isinstance(value, str)):
        cell.number_format = TEXT_FORMAT
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def append_row(sheet: Any, values: Iterable[object], *, text: bool = False) -> None:
    sheet.append([safe_cell(sheet, value, text=text) for value in values])


def save_atomically(workbook: Any, path: Path) -> Path:
    """Save to a temporary file beside ``path``, then rename it: never a half-written file."""
    return write_atomically(Path(path), workbook.save)


def print_as_table(sheet: Any) -> None:
    """Print set-up officials expect of a table: landscape, one page wide, header repeated."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"


def start_table(sheet: Any, headers: Sequence[str], row_count: int) -> None:
    """Make a write-only sheet a table of ``row_count`` rows: frozen bold header row (the
    headers appended here), a filter over every row, printed as a table."""
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{row_count + 1}"
    print_as_table(sheet)
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = safe_cell(sheet, text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
