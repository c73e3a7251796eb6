"""`lagdesk export plan`, `lagdesk import plan` and `lagdesk import measurements`.

An import first prints what it would do (new, changed and unchanged rows per sheet, the
changed fields, notes), then writes it in one transaction, or with --dry-run writes
nothing. A file that cannot be read, or any refused row, exits 1 after one line per
problem naming the file, sheet, row and column, with nothing written.
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

#: Changed rows listed one by one at most; the rest are counted.
MAX_CHANGE_LINES = 50


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add `export plan`, `import plan` and `import measurements` to the command line."""
    workbook = add_subject(
        commands,
        common,
        "export plan",
        translate(
            "PlanImport", "actions, funding, indicators, measurements and risks to an .xlsx file"
        ),
    )
    add_output_options(workbook)
    workbook.set_defaults(handler=export_plan)

    dry_run = translate("PlanImport", "check and report, write nothing")
    plan = add_subject(
        commands,
        common,
        "import plan",
        translate("PlanImport", "the action plan and indicators from an exported .xlsx file"),
    )
    add_import_options(plan, dry_run)
    plan.set_defaults(handler=import_plan)

    measurements = add_subject(
        commands,
        common,
        "import measurements",
        translate("PlanImport", "indicator measurements from an .xlsx or .csv file"),
    )
    add_import_options(measurements, dry_run)
    measurements.add_argument(
        "--encoding", metavar="NAME", help=translate("PlanImport", "text encoding of a CSV file")
    )
    measurements.add_argument(
        "--sheet", metavar="NAME", help=translate("PlanImport", "sheet of a workbook to read")
    )
    measurements.set_defaults(handler=import_measurements)


def export_plan(options: argparse.Namespace) -> int:
    from lagdesk.reports.xlsx.plan import write_plan_workbook

    out = checked_output(options)
    with open_database_for_reading(options) as database:
        done = write_plan_workbook(database, out)
    counts = done.counts
    message = translate(
        "PlanImport",
        "{actions} actions, {funding} funding lines, {indicators} indicators,"
        " {measurements} measurements and {risks} risks written to {path}.",
    )
    print(
        message.format(
            actions=counts.get("actions", 0),
            funding=counts.get("funding", 0),
            indicators=counts.get("indicators", 0),
            measurements=counts.get("measurements", 0),
            risks=counts.get("risks", 0),
            path=done.path,
        )
    )
    return 0


def _sheet_name(sheet: Any) -> str:
    return str(sheet.sheet or sheet.spec.label)


def _print_counts(preview: Any) -> None:
    for sheet in preview.sheets.values():
        counts = sheet.counts
        if preview.add_only:
            line = translate(
                "PlanImport",
                "{sheet}: {rows} rows; new {creates}, skipped {skipped}, invalid {invalid}.",
            )
        elif sheet.key == "funding":
            line = translate(
                "PlanImport",
                "{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged},"
                " removed {deletes}, invalid {invalid}.",
            )
        else:
            line = translate(
                "PlanImport",
                "{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged},"
                " invalid {invalid}.",
            )
        print(
            line.format(
                sheet=_sheet_name(sheet),
                rows=counts.rows,
                creates=counts.creates,
                updates=counts.updates,
                unchanged=counts.unchanged,
                deletes=counts.deletes,
                skipped=counts.skipped,
                invalid=counts.invalid,
            )
        )
        if sheet.extra_columns:
            message = translate("PlanImport", "{sheet}: columns ignored: {columns}.")
            print(message.format(sheet=_sheet_name(sheet), columns=", ".join(sheet.extra_columns)))


def _change_lines(preview: Any) -> list[str]:
    lines: list[str] = []
    for sheet in preview.sheets.values():
        name = _sheet_name(sheet)
        for row in sheet.rows:
            if not row.valid:
                continue
            if row.status == "update":
                fields = "; ".join(
                    translate("PlanImport", "{field}: “{old}” -> “{new}”").format(
                        field=sheet.headers.get(key) or sheet.spec.column(key).label,
                        old=old,
                        new=new,
                    )
                    for key, (old, new) in row.changes.items()
                )
                line = translate("PlanImport", "  {sheet}, row {row} ({code}): {fields}")
                lines.append(line.format(sheet=name, row=row.row, code=row.key, fields=fields))
            elif row.status == "create" and not preview.add_only:
                line = translate("PlanImport", "  {sheet}, row {row} ({code}): new")
                lines.append(line.format(sheet=name, row=row.row, code=row.key))
            elif row.status == "skip":
                line = translate("PlanImport", "  {sheet}, row {row} ({code}): skipped, {reason}")
                lines.append(
                    line.format(sheet=name, row=row.row, code=row.key, reason=row.skip_reason)
                )
        for removal in sheet.removals:
            line = translate("PlanImport", "  {sheet}: removed {line}")
            lines.append(line.format(sheet=name, line=removal.description))
    return lines


def _print_preview(preview: Any) -> None:
    from lagdesk.core.support.table_files.encodings import encoding_label

    sheets = ", ".join(_sheet_name(sheet) for sheet in preview.sheets.values())
    if preview.encoding:
        shown = translate("PlanImport", "tab") if preview.delimiter == "\t" else preview.delimiter
        line = translate("PlanImport", "{file} ({encoding}, separator {separator}): {sheets}.")
        print(
            line.format(
                file=preview.file_name,
                encoding=encoding_label(preview.encoding),
                separator=shown,
                sheets=sheets,
            )
        )
    else:
        line = translate("PlanImport", "{file}: {sheets}.")
        print(line.format(file=preview.file_name, sheets=sheets))
    _print_counts(preview)
    lines = _change_lines(preview)
    for line in lines[:MAX_CHANGE_LINES]:
        print(line)
    if len(lines) > MAX_CHANGE_LINES:
        message = translate("PlanImport", "  ... and {count} more.")
        print(message.format(count=len(lines) - MAX_CHANGE_LINES))
    for warning in preview.warnings:
        print(translate("PlanImport", "Note: {warning}").format(warning=warning))


def _refuse(preview: Any) -> int:
    for problem in preview.problems:
        print(f"lagdesk: {problem}", file=sys.stderr)
    rows = len({(problem.file, problem.row) for problem in preview.problems})
    message = translate(
        "PlanImport",
        "lagdesk: {rows} row(s) refused; nothing was imported. Correct the file and import it"
        " again.",
    )
    print(message.format(rows=rows), file=sys.stderr)
    return 1


def _apply(database: Any, preview: Any, dry_run: bool) -> int:
    from lagdesk.core.plan.workbook.writer import apply_plan_import

    if not preview.valid:
        return _refuse(preview)
    if not preview.changes_anything:
        print(
            translate(
                "PlanImport", "Nothing to import: the database already holds what the file says."
            )
        )
        return 0
    summary = apply_plan_import(database, preview, dry_run=dry_run)
    if summary.dry_run:
        print(translate("PlanImport", "Dry run: nothing was written."))
        message = translate(
            "PlanImport",
            "The import would create {created}, update {updated} and remove {deleted}.",
        )
    else:
        message = translate(
            "PlanImport", "Imported: {created} created, {updated} updated, {deleted} removed."
        )
    print(message.format(created=summary.created, updated=summary.updated, deleted=summary.deleted))
    return 0


def import_plan(options: argparse.Namespace) -> int:
    from lagdesk.core.plan.workbook.planner import plan_plan_import

    with open_database_for_writing(options) as database:
        preview = plan_plan_import(database, options.file)
        _print_preview(preview)
        return _apply(database, preview, options.dry_run)


def import_measurements(options: argparse.Namespace) -> int:
    from lagdesk.core.plan.workbook.planner import plan_measurement_import

    with open_database_for_writing(options) as database:
        preview = plan_measurement_import(
            database, options.file, encoding=options.encoding, sheet=options.sheet
        )
        _print_preview(preview)
        return _apply(database, preview, options.dry_run)
