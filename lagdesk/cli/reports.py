"""`lagdesk export iap` and `export charts`: the Integrated Action Plan as a Word, PDF or
HTML document, and every chart as its own file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from lagdesk.cli import (
    CommandError,
    add_output_options,
    add_subject,
    checked_output,
    open_database_for_reading,
)
from lagdesk.i18n import translate

#: Document formats by the --out file's suffix.
IAP_FORMATS = (".docx", ".pdf", ".html")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add `export iap` to the lagdesk command line."""
    iap = add_subject(
        commands,
        common,
        "export iap",
        translate("Iap", "the Integrated Action Plan to a .docx, .pdf or .html file"),
    )
    iap.add_argument(
        "--version",
        metavar="NAME",
        help=translate("Iap", "a saved version of the plan (default: the plan as it is now)"),
    )
    iap.add_argument(
        "--with-names",
        action="store_true",
        help=translate("Iap", "show local group members' personal names"),
    )
    _add_as_of(iap)
    add_output_options(iap)
    iap.set_defaults(handler=export_iap)

    charts = add_subject(
        commands,
        common,
        "export charts",
        translate("Iap", "every chart to its own file in a folder"),
    )
    charts.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="DIR",
        help=translate("Iap", "the folder to write the charts into (created if missing)"),
    )
    charts.add_argument(
        "--format",
        choices=("png", "svg", "pdf"),
        default="png",
        help=translate("Iap", "file format of the charts (default: png)"),
    )
    _add_as_of(charts)
    charts.set_defaults(handler=export_charts)

    report = add_subject(
        commands,
        common,
        "export report",
        translate("Iap", "the Excel report: one sheet per subject"),
    )
    report.add_argument(
        "--pseudonymise",
        action="store_true",
        help=translate("Iap", "replace personal names and contacts with pseudonyms (P-0001 ...)"),
    )
    _add_as_of(report)
    add_output_options(report)
    report.set_defaults(handler=export_report)


def _add_as_of(parser: argparse.ArgumentParser) -> None:
    """--as-of, the day whose values every export reports (today when not given)."""
    parser.add_argument(
        "--as-of",
        type=date.fromisoformat,
        metavar="DATE",
        help=translate("Iap", "report date for current values (YYYY-MM-DD; default: today)"),
    )


def iap_format(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in IAP_FORMATS:
        raise CommandError(
            translate("Iap", "{path}: name the file .docx, .pdf or .html.").format(path=out)
        )
    return suffix


def export_iap(options: argparse.Namespace) -> int:
    from lagdesk.core.reporting.plan_content import gather_iap
    from lagdesk.reports.iap import iap_document, write_iap

    out = checked_output(options)
    iap_format(out)
    with open_database_for_reading(options) as database:
        data = gather_iap(
            database,
            as_of=options.as_of or date.today(),
            version=options.version,
            with_names=options.with_names,
        )
    document = iap_document(data)
    pages = write_iap(document, out)
    message = (
        translate("Iap", "Integrated Action Plan written to {path} ({pages} pages).")
        if pages
        else translate("Iap", "Integrated Action Plan written to {path}.")
    )
    print(message.format(path=out, pages=pages))
    return 0


def export_charts(options: argparse.Namespace) -> int:
    import sys

    from lagdesk.core.reporting.plan_content import gather_iap
    from lagdesk.reports.charts.files import write_charts

    folder: Path = options.out
    if folder.exists() and not folder.is_dir():
        raise CommandError(translate("Iap", "{path} is a file, not a folder.").format(path=folder))
    if not folder.parent.is_dir():
        raise CommandError(
            translate("CommandLine", "{path}: the folder does not exist.").format(
                path=folder.parent
            )
        )
    made = not folder.exists()
    folder.mkdir(exist_ok=True)

    def progress(done: int, total: int) -> None:
        if total > 20 and (done % 50 == 0 or done == total):
            print(
                translate("Iap", "{done} of {total} charts drawn").format(done=done, total=total),
                file=sys.stderr,
            )

    try:
        with open_database_for_reading(options) as database:
            data = gather_iap(
                database, as_of=options.as_of or date.today(), max_progress_charts=None
            )
            files = write_charts(database, data, folder, options.format, progress)
    except BaseException:
        if made and not any(folder.iterdir()):
            folder.rmdir()
        raise
    print(
        translate("Iap", "{count} charts written to {path}.").format(count=len(files), path=folder)
    )
    return 0


def export_report(options: argparse.Namespace) -> int:
    from lagdesk.reports.xlsx.report import export_report as write_report

    out = checked_output(options)
    with open_database_for_reading(options) as database:
        written = write_report(
            database, out, as_of=options.as_of or date.today(), pseudonymise=options.pseudonymise
        )
    print(
        translate("Iap", "Excel report written to {path}: {sheets} sheets, {rows} rows.").format(
            path=out, sheets=len(written.rows), rows=sum(written.rows.values())
        )
    )
    return 0
