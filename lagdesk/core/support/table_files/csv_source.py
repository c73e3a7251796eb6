"""CSV files as Excel and LibreOffice write them in the users' locales.

The encoding is guessed from the first SAMPLE_BYTES (see encodings.py) and the file is then
read as a stream, so a huge file costs no more memory than the rows kept. The delimiter is
the one of comma, semicolon and tab that the header line uses most outside quotes (Excel
writes semicolons where the decimal mark is a comma: Poland, Latvia, Romania, Bulgaria); a
first line "sep=;" (Excel's own hint) names it. Rows are numbered as a spreadsheet shows
them: one per record, so a quoted cell with line breaks is still one row.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from pathlib import Path

from lagdesk.core.support.table_files.encodings import (
    UTF16_BOMS,
    check_encoding_name,
    encoding_label,
    guess_encoding,
    preference_order,
)
from lagdesk.core.support.table_files.sources import ImportFileError, RowCollector, SheetRows
from lagdesk.i18n import translate

SAMPLE_BYTES = 4 * 1024 * 1024
DELIMITERS = (";", ",", "\t")
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

#: Tells a header the caller knows, spelled with its own accents, from any other text.
HeaderTest = Callable[[str], bool]


def _read_sample(path: Path) -> tuple[bytes, bool]:
    try:
        with path.open("rb") as handle:
            sample = handle.read(SAMPLE_BYTES + 1)
    except OSError as exc:
        raise ImportFileError(path, exc.strerror or str(exc)) from exc
    return sample[:SAMPLE_BYTES], len(sample) <= SAMPLE_BYTES


def _refuse_binary(path: Path, sample: bytes) -> None:
    if sample.startswith((ZIP_MAGIC, OLE_MAGIC)):
        message = translate(
            "Import", "this is a spreadsheet workbook, not a CSV file; rename it to .xlsx."
        )
        raise ImportFileError(path, message)
    if b"\x00" in sample[:65536] and not sample.startswith(UTF16_BOMS):
        raise ImportFileError(path, translate("Import", "this is not a text (CSV) file."))


def _nul_in_row(path: Path, row: int) -> ImportFileError:
    """A NUL (zero byte, as a character) is in no CSV text a spreadsheet writes: the file is
    binary or damaged past the sample looked at first (a text editor may hide it)."""
    message = translate(
        "Import",
        "row {row} holds a NUL character (a zero byte), which no text (CSV) file has; the"
        " file is damaged or is not a CSV file. Open it in a spreadsheet program and save it"
        " as CSV UTF-8.",
    )
    return ImportFileError(path, message.format(row=row))


def _choose_encoding(
    path: Path, sample: bytes, complete: bool, given: str | None, is_header: HeaderTest | None
) -> SheetRows:
    table = SheetRows(path, "csv")
    if given:
        try:
            table.encoding = check_encoding_name(given)
        except LookupError as exc:
            message = translate("Import", "{name} is not an encoding lagdesk knows.")
            raise ImportFileError(path, message.format(name=given)) from exc
        if table.encoding == "utf-8" and sample.startswith(codecs.BOM_UTF8):
            table.encoding = "utf-8-sig"
        return table
    guess = guess_encoding(sample, complete=complete)
    if guess is None:
        message = translate(
            "Import",
            "lagdesk cannot tell the text encoding of this file; save it as CSV UTF-8.",
        )
        raise ImportFileError(path, message)
    table.encoding = guess.encoding
    table.encoding_scores = dict(guess.scores)
    table.encoding_guessed = not guess.certain
    if not guess.certain:
        known = is_header or (lambda _text: False)
        order = preference_order()
        table.encoding = max(
            guess.scores,
            key=lambda name: (
                known_headers(sample, name, known),
                guess.scores[name],
                -order.index(name),
            ),
        )
    return table


def known_headers(sample: bytes, encoding: str, is_header: HeaderTest) -> int:
    """How many cells of the first record, decoded so, are headers ``is_header`` knows."""
    text = first_record(sample[:65536].decode(encoding, errors="replace"))
    delimiter, _ = sniff_delimiter(text)
    cells = next(csv.reader([text], delimiter=delimiter), [])
    return sum(1 for cell in cells if is_header(cell))


def first_record(text: str) -> str:
    """The text of the first record: up to the first line break outside quotes."""
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            return text[:index]
    return text


def _unquoted_count(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def sniff_delimiter(text: str) -> tuple[str, bool]:
    """(delimiter, whether a "sep=" line names it) for the decoded start of a file."""
    line = first_record(text.lstrip("\ufeff"))
    if line.lower().startswith("sep=") and len(line) == 5:
        return line[4], True
    counts = {delimiter: _unquoted_count(line, delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return (best if counts[best] else ","), False


def first_bad_line(path: Path, encoding: str) -> int | str:
    """The line (1-based) holding the first byte ``encoding`` cannot decode."""
    decoder = codecs.getincrementaldecoder(encoding)()
    lines = 1
    with path.open("rb") as handle:
        while chunk := handle.read(65536):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return lines + chunk[: max(exc.start, 0)].count(b"\n")
            lines += chunk.count(b"\n")
    return "?"


def read_csv(
    path: Path, *, encoding: str | None = None, is_header: HeaderTest | None = None
) -> SheetRows:
    """Read a CSV file into rows; ``is_header`` recognises the column names the caller
    expects, which settles a guessed encoding that letters alone cannot."""
    sample, complete = _read_sample(path)
    _refuse_binary(path, sample)
    table = _choose_encoding(path, sample, complete, encoding, is_header)
    assert table.encoding is not None
    try:
        head = sample.decode(table.encoding, errors="replace")
    except LookupError as exc:  # a codec that is not a text encoding (e.g. "rot13")
        message = translate("Import", "{name} is not an encoding lagdesk knows.")
        raise ImportFileError(path, message.format(name=encoding)) from exc
    delimiter, has_sep_line = sniff_delimiter(head)
    table.delimiter = delimiter
    collector = RowCollector(table)
    number = 0
    try:
        with (
            path.open("rb") as raw,
            io.TextIOWrapper(raw, encoding=table.encoding, errors="strict", newline="") as text,
        ):
            if has_sep_line:
                text.readline()
            for number, cells in enumerate(csv.reader(text, delimiter=delimiter), start=1):
                if "\x00" in "".join(cells):
                    raise _nul_in_row(path, number)
                collector.add(number, cells)
    except UnicodeError as exc:
        message = translate(
            "Import",
            "line {line} is not valid {encoding} text; choose the file's encoding"
            " or save it as CSV UTF-8.",
        ).format(line=first_bad_line(path, table.encoding), encoding=encoding_label(table.encoding))
        raise ImportFileError(path, message) from exc
    except csv.Error as exc:
        message = translate("Import", "row {row} cannot be read as CSV ({detail}).")
        raise ImportFileError(path, message.format(row=number + 1, detail=exc)) from exc
    except OSError as exc:
        raise ImportFileError(path, exc.strerror or str(exc)) from exc
    return table
