"""`lagdesk demo`, `lagdesk check` and `lagdesk backup`: the database file itself.

A demo file is made in one transaction; check reads the file without changing it and
exits 1 when it found a problem; a backup is taken with SQLite's backup API while the file
may be in use.
"""

from __future__ import annotations

import argparse
import sys

from lagdesk.cli import (
    add_output_options,
    add_wait_option,
    checked_output,
    database_path,
    open_database_for_writing,
    open_database_of,
)
from lagdesk.i18n import translate


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add `demo`, `check` and `backup` to the lagdesk command line."""
    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=translate("CommandLine", "fill a new database with demo data"),
    )
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    add_wait_option(demo)
    demo.set_defaults(handler=make_demo)

    check_parser = commands.add_parser(
        "check",
        parents=[common],
        help=translate("CommandLine", "check integrity, foreign keys and the schema revision"),
    )
    check_parser.set_defaults(handler=check_file)

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=translate("CommandLine", "copy the database safely while in use"),
    )
    add_output_options(backup)
    backup.set_defaults(handler=back_up)


def make_demo(options: argparse.Namespace) -> int:
    from lagdesk.demo import build_demo

    def progress(step: str) -> None:
        print(step, file=sys.stderr)

    with open_database_for_writing(options, create=True) as database:
        summary = build_demo(database, size=options.size, seed=options.seed, progress=progress)
    total = sum(summary.counts.values())
    message = translate("CommandLine", "Demo data ({size}) written to {path}: {total} records.")
    print(message.format(size=options.size, path=database.path, total=total))
    for table, number in sorted(summary.counts.items()):
        print(f"  {table}\t{number}")
    return 0


def check_file(options: argparse.Namespace) -> int:
    from lagdesk.core.support.maintenance import check

    report = check(database_path(options))
    for note in report.notes:
        print(note)
    if report.sound:
        print(
            translate("CommandLine", "{path}: sound (schema {revision}).").format(
                path=report.path, revision=report.revision
            )
        )
        return 0
    print(
        translate("CommandLine", "{path}: {count} problem(s) found:").format(
            path=report.path, count=len(report.problems)
        )
    )
    for problem in report.problems:
        print(f"  {problem}")
    return 1


def back_up(options: argparse.Namespace) -> int:
    from lagdesk.core.support.maintenance import backup

    out = checked_output(options)
    with open_database_of(options) as database:
        written = backup(database, out)
    print(translate("CommandLine", "Backup written to {path}.").format(path=written))
    return 0
