"""Excel workbooks (.xlsx), read as a stream with openpyxl.

The sheet's XML is parsed row by row (openpyxl's read-only parser), so a sheet of a million
rows is refused after MAX_DATA_ROWS without being read whole. Formulas are read as formulas
(``data_only=False``): their cached results may be stale or missing, so a formula cell
becomes an Unreadable cell the plan reports, not a value. A value merged over several rows
(an organisation written once beside its people) counts for each row of the merge.
"""

from __future__ import annotations

import logging
import warnings
import zipfile
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from lagdesk.core.support.table_files.sources import (
    MAX_COLUMNS,
    ImportFileError,
    RowCollector,
    SheetRows,
    TooManyRowsError,
    Unreadable,
)
from lagdesk.i18n import translate

log = logging.getLogger(__name__)

MAX_SHARED_STRINGS_BYTES = 200 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
#: What a cell may hold; ``datetime`` is a ``date``.
VALUE_TYPES = (str, int, float, bool, date, time, timedelta)


def _damaged(path: Path) -> ImportFileError:
    return ImportFileError(
        path,
        translate(
            "Import",
            "the workbook is damaged or incomplete; open it in Excel or LibreOffice"
            " and save it again.",
        ),
    )


def _unreadable_zip(path: Path) -> ImportFileError:
    """A zip feature Python's zipfile does not read (a newer zip version, strong encryption,
    a compression method such as Deflate64) that some programs use when saving."""
    return ImportFileError(
        path,
        translate(
            "Import",
            "the workbook is saved in a form lagdesk cannot read; open it in Excel or"
            " LibreOffice and save it as .xlsx (Excel Workbook).",
        ),
    )


def _is_encrypted(path: Path) -> bool:
    """Office keeps a password-protected workbook in an OLE file with an EncryptedPackage."""
    with path.open("rb") as handle:
        tail = b""
        while chunk := handle.read(1024 * 1024):
            if ENCRYPTED_MARK in tail + chunk:
                return True
            tail = chunk[-len(ENCRYPTED_MARK) :]
    return False


def _check_container(path: Path) -> None:
    """Refuse what is not a workbook, with a message that says what it is instead."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):
        if _is_encrypted(path):
            message = translate(
                "Import",
                "the workbook is protected with a password; open it, remove the password"
                " (File > Info > Protect Workbook) and save it again.",
            )
        else:
            message = translate(
                "Import", "this is an old .xls workbook; save it as .xlsx (Excel Workbook)."
            )
        raise ImportFileError(path, message)
    if not zipfile.is_zipfile(path):
        if head.startswith(b"PK"):
            raise _damaged(path)
        raise ImportFileError(path, translate("Import", "this is not an Excel workbook (.xlsx)."))
    try:
        with zipfile.ZipFile(path) as archive:
            sizes = {info.filename: info.file_size for info in archive.infolist()}
    except NotImplementedError as exc:
        raise _unreadable_zip(path) from exc
    except Exception as exc:  # zipfile fails in many ways on a damaged file
        raise _damaged(path) from exc
    names = set(sizes)
    # Shared strings are read whole (sheets are streamed): refuse what would not fit.
    if any(
        size > MAX_SHARED_STRINGS_BYTES for name, size in sizes.items() if "sharedStrings" in name
    ):
        raise TooManyRowsError(path)
    if "xl/workbook.xml" in names or any(name.startswith("xl/") for name in names):
        return
    if "word/document.xml" in names:
        message = translate("Import", "this is a Word document, not an Excel workbook.")
    elif "mimetype" in names or "content.xml" in names:
        message = translate(
            "Import", "this is an OpenDocument file; save it as .xlsx (Excel 2007-365)."
        )
    else:
        message = translate("Import", "this is not an Excel workbook (.xlsx).")
    raise ImportFileError(path, message)


def _cell(raw: dict[str, Any]) -> Any:
    value, kind = raw["value"], raw["data_type"]
    if kind == "f" or (value is not None and not isinstance(value, VALUE_TYPES)):
        formula = value if isinstance(value, str) else getattr(value, "text", None) or "="
        if len(formula) > 60:
            formula = formula[:59] + "…"
        return Unreadable(
            translate(
                "Import",
                "the cell holds a formula ({formula}); lagdesk does not calculate formulas."
                " Copy the column and paste it as values.",
            ).format(formula=formula)
        )
    if kind == "e":
        return Unreadable(
            translate("Import", "the cell shows the error {error}.").format(error=value)
        )
    return value


def _fill_merged(table: SheetRows, merged: Any) -> None:
    """Give every row of a merged range the value of its top cell, in the range's first column."""
    from openpyxl.utils import range_boundaries  # type: ignore[import-untyped]

    if not merged or not getattr(merged, "mergeCell", None):
        return
    by_number = dict(table.rows)
    for merge in merged.mergeCell:
        try:
            first_col, first_row, _last_col, last_row = range_boundaries(merge.ref)
        except (TypeError, ValueError):
            continue
        top = by_number.get(first_row)
        if top is None or first_col > len(top) or last_row <= first_row:
            continue
        value = top[first_col - 1]
        for number in range(first_row + 1, last_row + 1):
            cells = by_number.get(number)
            if cells is None:
                continue
            cells.extend([None] * (first_col - len(cells)))
            if cells[first_col - 1] is None:
                cells[first_col - 1] = value


def _choose_sheet(path: Path, found: list[tuple[Any, Any]], sheet: str | None) -> tuple[Any, Any]:
    """(sheet, relationship) of the chosen sheet among those openpyxl found."""
    names = [entry.name for entry, _rel in found]
    if not names:
        raise ImportFileError(path, translate("Import", "the workbook has no sheets."))
    if sheet is None:
        return found[0]
    if sheet not in names:
        message = translate(
            "Import", "the workbook has no sheet named {sheet}; its sheets are: {names}."
        )
        raise ImportFileError(path, message.format(sheet=sheet, names=", ".join(names)))
    return found[names.index(sheet)]


def _rows(path: Path, reader: Any, target: str, table: SheetRows) -> Any:
    """Parse the sheet's XML row by row; returns openpyxl's merged-cell list, if any."""
    from openpyxl.worksheet._reader import WorkSheetParser  # type: ignore[import-untyped]

    workbook = reader.wb
    collector = RowCollector(table)
    with reader.archive.open(target) as source:
        parser = WorkSheetParser(
            source,
            reader.shared_strings,
            data_only=False,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, raw_cells in parser.parse():
            cells: list[Any] = []
            for raw in raw_cells:
                column = raw["column"]
                if column > MAX_COLUMNS:
                    continue
                if column > len(cells):
                    cells.extend([None] * (column - len(cells)))
                cells[column - 1] = _cell(raw)
            collector.add(number, cells)
    return parser.merged_cells


def _open_workbook(handle: Any) -> Any:
    """openpyxl's reader up to the list of sheets, without reading any sheet.

    ``load_workbook`` would scan every sheet of a read-only workbook once just to find
    its size, which costs seconds on a sheet of a million rows.
    """
    from openpyxl.reader.excel import ExcelReader  # type: ignore[import-untyped]
    from openpyxl.styles.stylesheet import apply_stylesheet  # type: ignore[import-untyped]

    reader = ExcelReader(handle, read_only=True, data_only=False, keep_links=False)
    reader.read_manifest()
    reader.read_strings()
    reader.read_workbook()
    apply_stylesheet(reader.archive, reader.wb)
    return reader


def read_xlsx(path: Path, *, sheet: str | None = None) -> SheetRows:
    _check_container(path)
    table = SheetRows(path, "xlsx")
    try:
        # Reading from our own handle closes the file even when a damaged one fails half-way.
        with path.open("rb") as handle, warnings.catch_warnings():
            # openpyxl warns about parts it skips (data validation, extensions): not ours.
            warnings.simplefilter("ignore")
            reader = _open_workbook(handle)
            found = [
                (entry, rel)
                for entry, rel in reader.parser.find_sheets()
                if rel.target in reader.valid_files
            ]
            chosen, rel = _choose_sheet(path, found, sheet)
            table.sheet = chosen.name
            table.sheets = tuple(entry.name for entry, _rel in found)
            if "chartsheet" in rel.Type:
                raise ImportFileError(
                    path, translate("Import", "the chosen sheet is a chart, not a table.")
                )
            merged = _rows(path, reader, rel.target, table)
        _fill_merged(table, merged)
    except ImportFileError:
        raise
    except NotImplementedError as exc:
        log.info("cannot read %s", path, exc_info=True)
        raise _unreadable_zip(path) from exc
    except Exception as exc:  # a damaged file fails anywhere inside openpyxl, zipfile, zlib
        log.info("cannot read %s", path, exc_info=True)
        raise _damaged(path) from exc
    return table
