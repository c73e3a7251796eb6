"""The Excel report of the large demo against a bare openpyxl dump of the same cells.

lagdesk's side is ``export_report`` on the large demo (20,000 people, 2,000 actions,
1,000 indicators, 50,000 measurements): reading every subject from the file, building the
thirteen sheets (typed cells, formula guards, widths, filters) and saving the workbook.
The floor writes exactly the values of those sheets, captured once in the set-up, with a
bare write-only openpyxl workbook (``sheet.append`` of plain values) and saves it. So the
ratio says what lagdesk adds, reading the database included, to the cost of the file.

The set-up also runs the command once in a child process and refuses a peak memory
(maximum resident set) of 500 MB or more.
"""

from __future__ import annotations

import functools
import subprocess
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import databases
from benchmarks.children import ChildError, child_env, python_command

AS_OF = date(2025, 12, 31)
MEMORY_LIMIT_MB = 500


@functools.cache
def _out_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="lagdesk-bench-report-"))


@functools.cache
def _database() -> Any:
    from lagdesk.db.database import open_database

    return open_database(databases.large(), create=False)


@functools.cache
def _captured() -> list[tuple[str, list[str], list[Any]]]:
    """The sheets as the report writes them: title, headers, rows of plain values."""
    from lagdesk.reports.xlsx import report as report_xlsx

    sheets: list[tuple[str, list[str], list[Any]]] = []
    original = report_xlsx.write_table

    def capture(workbook: Any, title: str, columns: Any, rows: Any, used: set[str]) -> int:
        if isinstance(rows, report_xlsx.RowStream):
            rows = list(rows.rows)
        sheets.append((title, [column.header for column in columns], rows))
        return original(workbook, title, columns, rows, used)

    report_xlsx.write_table = capture  # type: ignore[assignment]
    try:
        workbook, _ = report_xlsx.build_report(_database(), as_of=AS_OF)
        workbook.save(_out_dir() / "captured.xlsx")  # a write-only workbook must be saved
    finally:
        report_xlsx.write_table = original  # type: ignore[assignment]
    return sheets


def lagdesk_export_report() -> None:
    from lagdesk.reports.xlsx.report import export_report

    export_report(_database(), _out_dir() / "report.xlsx", as_of=AS_OF)


def bare_openpyxl_dump() -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    workbook = Workbook(write_only=True)
    for title, headers, rows in _captured():
        sheet = workbook.create_sheet(title[:31])
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
    workbook.save(_out_dir() / "bare.xlsx")


def check_rows_and_memory() -> None:
    """Every row of the large demo is in the report, and the command stays under 500 MB."""
    from openpyxl import load_workbook

    sheets = _captured()
    lagdesk_export_report()
    book = load_workbook(_out_dir() / "report.xlsx", read_only=True)
    for title, _, rows in sheets:
        written = sum(1 for _ in book[title[:31]].iter_rows(values_only=True))
        if written != len(rows) + 1:
            raise AssertionError(f"{title}: {written - 1} rows written, {len(rows)} expected")
    book.close()
    out = _out_dir() / "child.xlsx"
    arguments = [
        "export", "report", "--db", str(databases.large()), "--out", str(out), "--force",
        "--as-of", AS_OF.isoformat(),
    ]  # fmt: skip
    script = (
        "import resource, sys\n"
        "from lagdesk.cli import main\n"
        f"code = main({arguments!r})\n"
        "print('MAXRSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        python_command("-c", script), env=child_env(), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise ChildError(f"export report failed: {done.stderr.strip()[-300:]}")
    line = next(line for line in done.stdout.splitlines() if line.startswith("MAXRSS"))
    peak_mb = int(line.split()[1]) / 1024
    if peak_mb >= MEMORY_LIMIT_MB:
        raise AssertionError(f"peak memory {peak_mb:.0f} MB (limit {MEMORY_LIMIT_MB} MB)")
    print(f"  Excel report of the large demo: peak memory {peak_mb:.0f} MB")
