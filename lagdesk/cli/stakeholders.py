"""`lagdesk import stakeholders` and `lagdesk export stakeholders`.

Import prints what it did (or, with --dry-run, what it would do) and exits 0; a file that
cannot be read, or rows that are refused without --skip-invalid, exit 1 after one line per
problem, with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lagdesk.cli import (
    add_import_options,
    add_output_options,
    add_subject,
    checked_output,
    open_database_for_reading,
    open_database_for_writing,
)
from lagdesk.i18n import translate

IMPORT_SUBJECTS = ("stakeholders",)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add `import stakeholders` and `export stakeholders` to the lagdesk command line."""
    people = add_subject(
        commands,
        common,
        "import stakeholders",
        translate("Import", "people, their organisations and groups from an .xlsx or .csv file"),
    )
    add_import_options(people, translate("Import", "check and report, write nothing"))
    people.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "create"),
        default="skip",
        help=translate("Import", "what to do with a row for someone already known (default: skip)"),
    )
    people.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate("Import", "import the valid rows, leave the others"),
    )
    people.add_argument(
        "--encoding", metavar="NAME", help=translate("Import", "text encoding of a CSV file")
    )
    people.add_argument(
        "--sheet", metavar="NAME", help=translate("Import", "sheet of a workbook to read")
    )
    people.set_defaults(handler=import_stakeholders)

    workbook = add_subject(
        commands,
        common,
        "export stakeholders",
        translate("Import", "people and organisations to an .xlsx workbook"),
    )
    add_output_options(workbook)
    workbook.set_defaults(handler=export_stakeholders)


def _print_plan(plan: Any) -> None:
    details = []
    if plan.encoding_label:
        details.append(plan.encoding_label)
    if plan.delimiter:
        shown = translate("Import", "tab") if plan.delimiter == "\t" else plan.delimiter
        details.append(translate("Import", "separator {separator}").format(separator=shown))
    if plan.sheet:
        details.append(translate("Import", "sheet {sheet}").format(sheet=plan.sheet))
    line = translate("Import", "{file}: {rows} rows read ({details}).").format(
        file=plan.file_name, rows=len(plan.rows), details=", ".join(details)
    )
    print(line)
    if plan.extra_columns:
        print(
            translate("Import", "Columns ignored: {columns}.").format(
                columns=", ".join(plan.extra_columns)
            )
        )
    print(
        translate(
            "Import",
            "New people: {new}. Already known: {existing} ({unchanged} unchanged)."
            " Repeated in the file: {repeated}. Invalid: {invalid}.",
        ).format(**vars(plan.counts))
    )
    for warning in plan.warnings:
        print(translate("Import", "Note: {warning}").format(warning=warning))


def _print_summary(summary: Any) -> None:
    if summary.dry_run:
        print(translate("Import", "Dry run: nothing was written. The import would give:"))
    print(
        translate(
            "Import",
            "Created: {created}. Updated: {updated}. Unchanged: {unchanged}."
            " Skipped: {skipped}. Rejected: {rejected}.",
        ).format(
            created=summary.created,
            updated=summary.updated,
            unchanged=summary.unchanged,
            skipped=summary.skipped,
            rejected=summary.rejected_rows,
        )
    )
    print(
        translate("Import", "New organisations: {organisations}. New groups: {groups}.").format(
            organisations=summary.organisations_created, groups=summary.groups_created
        )
    )
    for problem in summary.rejected:
        print(translate("Import", "Rejected: {problem}").format(problem=problem))


def import_stakeholders(options: argparse.Namespace) -> int:
    from lagdesk.core.stakeholders.importing.applying import apply_import
    from lagdesk.core.stakeholders.importing.planning import plan_import
    from lagdesk.errors import ValidationError

    with open_database_for_writing(options) as database:
        plan = plan_import(database, options.file, encoding=options.encoding, sheet=options.sheet)
        _print_plan(plan)
        try:
            summary = apply_import(
                database,
                plan,
                on_duplicate=options.on_duplicate,
                skip_invalid=options.skip_invalid,
                dry_run=options.dry_run,
            )
        except ValidationError as exc:
            for problem in exc.problems:
                print(f"lagdesk: {problem}", file=sys.stderr)
            rows = len({problem.row for problem in exc.problems})
            message = translate(
                "Import",
                "lagdesk: {rows} row(s) refused; nothing was imported."
                " Correct the file, or add --skip-invalid to import the other rows.",
            )
            print(message.format(rows=rows), file=sys.stderr)
            return 1
    _print_summary(summary)
    return 0


def export_stakeholders(options: argparse.Namespace) -> int:
    from lagdesk.reports.xlsx.stakeholders import export_stakeholders as export

    out = checked_output(options)
    with open_database_for_reading(options) as database:
        done = export(database, out, overwrite=options.force)
    message = translate(
        "Import", "{people} people and {organisations} organisations written to {path}."
    )
    print(message.format(people=done.people, organisations=done.organisations, path=done.path))
    return 0
