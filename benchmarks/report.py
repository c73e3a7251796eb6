"""The printed table (one line per row, as each finishes) and the JSON copy of the run."""

from __future__ import annotations

import json
import platform
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO

from benchmarks.harness import Row, RowResult

VERSIONED = ("PySide6-Essentials", "SQLAlchemy")


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    ms = seconds * 1000
    return f"{ms:.2f}" if ms < 10 else f"{ms:.1f}" if ms < 1000 else f"{ms:.0f}"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _target(value: float | None) -> str:
    return "-" if value is None else f"<= {value:g}"


class Table:
    """Column widths fixed from the selected rows, so lines can print as rows finish."""

    def __init__(self, rows: Sequence[Row], out: TextIO = sys.stdout) -> None:
        self.out = out
        self.name_width = max(len("measurement"), *(len(row.name) for row in rows))
        self.floor_width = max(len("floor"), *(len(row.floor_name) for row in rows))

    def _line(self, cells: Sequence[str]) -> str:
        name, measure, floor_name, floor, ratio, target, result = cells
        return (
            f"{name:<{self.name_width}}  {measure:>10}  {floor_name:<{self.floor_width}}  "
            f"{floor:>10}  {ratio:>6}  {target:>7}  {result}"
        ).rstrip()

    def header(self, repeat: int) -> None:
        print(f"medians of {repeat} interleaved runs, after one warm-up", file=self.out)
        head = ("measurement", "lagdesk ms", "floor", "floor ms", "ratio", "target", "result")
        line = self._line(head)
        print(line, file=self.out)
        print("-" * len(line), file=self.out, flush=True)

    def add(self, result: RowResult) -> None:
        # An ERROR row shows no numbers: a partial set of runs would read as a result.
        broken = result.error is not None
        cells = (
            result.row.name,
            "-" if broken else _ms(result.measure_median_s),
            result.row.floor_name,
            "-" if broken else _ms(result.floor_median_s),
            "-" if broken else _ratio(result.ratio),
            _target(result.row.target),
            f"ERROR  {result.error}" if broken else result.status,
        )
        print(self._line(cells), file=self.out, flush=True)

    def footer(self, results: Sequence[RowResult]) -> None:
        failed = [result.row.name for result in results if result.failed]
        summary = f"{len(failed)} of {len(results)} rows failed" if failed else "all rows OK"
        print(summary, file=self.out, flush=True)


def _versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in VERSIONED:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found


def _row_json(result: RowResult) -> dict[str, Any]:
    def ms(values: Sequence[float]) -> list[float]:
        return [round(value * 1000, 4) for value in values]

    median, floor, ratio = result.measure_median_s, result.floor_median_s, result.ratio
    if result.error is not None:  # the samples stay, the summary does not
        median = floor = ratio = None
    return {
        "name": result.row.name,
        "floor_name": result.row.floor_name,
        "lagdesk_ms": None if median is None else round(median * 1000, 4),
        "floor_ms": None if floor is None else round(floor * 1000, 4),
        "ratio": None if ratio is None else round(ratio, 4),
        "target": result.row.target,
        "status": result.status,
        "error": result.error,
        "lagdesk_samples_ms": ms(result.measure_s),
        "floor_samples_ms": ms(result.floor_s),
    }


def write_json(path: Path, results: Sequence[RowResult], *, repeat: int) -> None:
    document = {
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": platform.platform(),
        "versions": _versions(),
        "repeat": repeat,
        "rows": [_row_json(result) for result in results],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    partial.replace(path)
