"""`lagdesk export attendance-sheet`: the printable sign-in sheet of a meeting, as PDF."""

from __future__ import annotations

import argparse

from lagdesk.cli import add_output_options, add_subject, checked_output, open_database_for_reading
from lagdesk.i18n import translate


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add `export attendance-sheet` to the lagdesk command line."""
    sheet = add_subject(
        commands,
        common,
        "export attendance-sheet",
        translate("SignIn", "a meeting's sign-in sheet to a PDF file"),
    )
    sheet.add_argument(
        "--meeting",
        type=int,
        required=True,
        metavar="ID",
        help=translate("SignIn", "id of the meeting"),
    )
    add_output_options(sheet)
    sheet.set_defaults(handler=export_attendance_sheet)


def export_attendance_sheet(options: argparse.Namespace) -> int:
    from lagdesk.core.meetings.sign_in import sign_in_sheet
    from lagdesk.reports.pdf import write_sign_in_pdf

    out = checked_output(options)
    with open_database_for_reading(options) as database:
        sheet = sign_in_sheet(database, options.meeting)
    pages = write_sign_in_pdf(sheet, out)
    print(
        translate(
            "SignIn", "Sign-in sheet written to {path}. Invited: {people}. Pages: {pages}."
        ).format(people=len(sheet.invited), path=out, pages=pages)
    )
    return 0
