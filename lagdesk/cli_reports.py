"""`lagdesk export iap`: the Integrated Action Plan as a Word, PDF or HTML document."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from lagdesk.cli import CommandError, add_output_options, checked_output, open_database_of, subjects
from lagdesk.i18n import translate

#: Document formats by the --out file's suffix.
IAP_FORMATS = (".docx", ".pdf", ".html")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add `export iap` to the lagdesk command line."""
    iap = subjects(commands, "export", common).add_parser(
        "iap",
        parents=[common],
        help=translate("Iap", "the Integrated Action Plan to a .docx, .pdf or .html file"),
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
    iap.add_argument(
        "--as-of",
        type=date.fromisoformat,
        metavar="DATE",
        help=translate("Iap", "report date for current values (YYYY-MM-DD; default: today)"),
    )
    add_output_options(iap)
    iap.set_defaults(handler=export_iap)


def iap_format(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in IAP_FORMATS:
        raise CommandError(
            translate("Iap", "{path}: name the file .docx, .pdf or .html.").format(path=out)
        )
    return suffix


def export_iap(options: argparse.Namespace) -> int:
    from lagdesk.core.iap import gather_iap
    from lagdesk.reports.iap import iap_document, write_iap

    out = checked_output(options)
    iap_format(out)
    with open_database_of(options) as database:
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
