"""`lagdesk demo`, `check`, `backup`, `backups`, `restore` and `recover`: the file itself.

A demo file is made in one transaction; check reads the file without changing it and
exits 1 when it found a problem; a backup is taken with SQLite's backup API while the file
may be in use; restore puts a checked backup in place and keeps the previous state beside
the file; recover salvages what a damaged file still holds into a new one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lagdesk.cli import (
    CommandError,
    add_output_options,
    add_wait_option,
    checked_output,
    database_path,
    holding_the_file,
    open_database_for_reading,
    open_database_for_writing,
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

    listing = commands.add_parser(
        "backups",
        parents=[common],
        help=translate("CommandLine", "list the backups of the database: automatic and upgrade"),
    )
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(handler=list_backups)

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=translate(
            "CommandLine", "put a backup in place of the database, keeping the current state"
        ),
    )
    restore.add_argument("--from", dest="backup", type=Path, required=True, metavar="BACKUP")
    restore.add_argument(
        "--yes", action="store_true", help=translate("CommandLine", "do not ask for confirmation")
    )
    add_wait_option(restore)
    restore.set_defaults(handler=restore_backup)

    recover = commands.add_parser(
        "recover",
        parents=[common],
        help=translate(
            "CommandLine", "salvage what can be read from a damaged database into a new file"
        ),
    )
    add_output_options(recover)
    recover.set_defaults(handler=recover_file)


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
    with open_database_for_reading(options, as_it_is=True) as database:
        written = backup(database, out)
    print(translate("CommandLine", "Backup written to {path}.").format(path=written))
    return 0


def list_backups(options: argparse.Namespace) -> int:
    from lagdesk.core.support.backups import list_backups as backups_of

    path = database_path(options).expanduser().resolve()
    found = backups_of(path)
    if options.format == "json":
        rows = [
            {
                "path": str(backup.path),
                "created": backup.created.isoformat(),
                "reason": backup.reason,
                "size": backup.size,
            }
            for backup in found
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not found:
        print(translate("CommandLine", "No backups of {path} yet.").format(path=path))
        return 0
    headings = (
        translate("CommandLine", "Created"),
        translate("CommandLine", "Reason"),
        translate("CommandLine", "Size"),
        translate("CommandLine", "Path"),
    )
    rows_text = [
        (
            backup.created.strftime("%Y-%m-%d %H:%M:%S"),
            backup.reason,
            f"{backup.size:,}".replace(",", " "),
            str(backup.path),
        )
        for backup in found
    ]
    widths = [max(len(row[i]) for row in (headings, *rows_text)) for i in range(3)]
    for row in (headings, *rows_text):
        print(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:>{widths[2]}}  {row[3]}")
    return 0


def restore_backup(options: argparse.Namespace) -> int:
    from lagdesk.core.support.backups import check_backup
    from lagdesk.core.support.backups import restore_backup as restore

    path = database_path(options).expanduser().resolve()
    backup = Path(options.backup).expanduser().resolve()
    check_backup(backup)
    if not options.yes:
        if not sys.stdin.isatty():
            raise CommandError(
                translate(
                    "CommandLine",
                    "restore replaces {path}; add --yes to confirm when not asked at a terminal.",
                ).format(path=path)
            )
        question = translate(
            "CommandLine",
            "Replace {path} with the backup {backup}? The current state is kept beside it. [y/N] ",
        ).format(path=path, backup=backup)
        answer = input(question).strip().lower()
        if answer not in (
            "y",
            "yes",
            translate("CommandLine", "y"),
            translate("CommandLine", "yes"),
        ):
            print(translate("CommandLine", "Nothing was changed."), file=sys.stderr)
            return 1
    # The window's lock keeps lagdesk off the file; restore_backup also refuses a file that
    # another program has open in SQLite.
    with holding_the_file(options):
        result = restore(path, backup)
    print(
        translate("CommandLine", "{path} restored from {backup}.").format(
            path=result.path, backup=result.restored_from
        )
    )
    if result.previous is not None:
        print(
            translate("CommandLine", "The previous state was moved to {previous}.").format(
                previous=result.previous
            )
        )
    return 0


def recover_file(options: argparse.Namespace) -> int:
    from lagdesk.core.support.recovery import recover
    from lagdesk.db.database import live_file_parts

    source = database_path(options).expanduser().resolve()
    out = checked_output(options)
    if out.expanduser().resolve() in live_file_parts(source):
        raise CommandError(
            translate(
                "CommandLine", "{path} is the damaged file or part of it; choose another name."
            ).format(path=out)
        )
    report = recover(source, out)
    print(
        translate("CommandLine", "Recovered from {source} into {path} (schema {revision}):").format(
            source=report.source, path=report.destination, revision=report.revision
        )
    )
    headings = (
        translate("CommandLine", "Table"),
        translate("CommandLine", "read"),
        translate("CommandLine", "recovered"),
        translate("CommandLine", "dropped"),
    )
    width = max([len(headings[0]), *(len(table.table) for table in report.tables)])
    print(f"  {headings[0]:<{width}}  {headings[1]:>9}  {headings[2]:>9}  {headings[3]:>9}")
    for table in report.tables:
        print(
            f"  {table.table:<{width}}  {table.read:>9}  {table.recovered:>9}  {table.dropped:>9}"
        )
    unreadable = [table.table for table in report.tables if table.unreadable]
    if unreadable:
        print(
            translate("CommandLine", "Parts of these tables could not be read: {tables}").format(
                tables=", ".join(unreadable)
            )
        )
    if report.lost_tables:
        print(
            translate("CommandLine", "These tables could not be read at all: {tables}").format(
                tables=", ".join(report.lost_tables)
            )
        )
    return 0
