"""``python -m benchmarks``: run the rows, print the table, exit 1 if a row missed or failed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks import databases
from benchmarks.children import CACHE_DIR
from benchmarks.harness import Row, run_row
from benchmarks.report import Table, write_json
from benchmarks.rows import ROWS

DEFAULT_REPEAT = 5


def select_rows(rows: Sequence[Row], wanted: Sequence[str]) -> list[Row]:
    """Rows named exactly (case-insensitive), or else containing the text, in table order."""
    chosen: set[str] = set()
    for text in wanted:
        needle = text.casefold().strip()
        exact = [row.name for row in rows if row.name.casefold() == needle]
        partial = [row.name for row in rows if needle in row.name.casefold()]
        if not (exact or partial):
            raise ValueError(f"no row matches {text!r}")
        chosen.update(exact or partial)
    return [row for row in rows if row.name in chosen]


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="lagdesk speed as ratios against bare floors measured in the same run.",
    )
    parser.add_argument(
        "--repeat", type=_positive, default=DEFAULT_REPEAT, help="timed runs per side"
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="run only this row (exact name or part of it); may be given again",
    )
    parser.add_argument("--list", action="store_true", help="print the row names and exit")
    parser.add_argument(
        "--rebuild", action="store_true", help="build the cached demo databases again"
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=CACHE_DIR / "last.json",
        metavar="PATH",
        help="where to write the table as JSON (default: %(default)s)",
    )
    parser.add_argument("--no-json", action="store_true", help="do not write the JSON copy")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    if arguments.list:
        for row in ROWS:
            print(row.name)
        return 0
    try:
        rows = select_rows(ROWS, arguments.only) if arguments.only else list(ROWS)
    except ValueError as exc:
        names = ", ".join(repr(row.name) for row in ROWS)
        print(f"{exc}; the rows are: {names}", file=sys.stderr)
        return 2
    if arguments.rebuild:
        databases.request_rebuild()

    table = Table(rows)
    table.header(arguments.repeat)
    results = []
    try:
        for row in rows:
            result = run_row(row, repeat=arguments.repeat)
            table.add(result)
            results.append(result)
    except KeyboardInterrupt:
        print("interrupted; nothing written", file=sys.stderr)
        return 130
    table.footer(results)
    if not arguments.no_json:
        write_json(arguments.json, results, repeat=arguments.repeat)
    return 1 if any(result.failed for result in results) else 0


if __name__ == "__main__":
    sys.exit(main())
