"""`lagdesk export attendance-sheet`: the printable sign-in sheet of a meeting, as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from lagdesk.i18n import translate


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add `export attendance-sheet` to the lagdesk command line."""
    from lagdesk.cli import subjects

    sheet = subjects(commands, "export", common).add_parser(
        "attendance-sheet",
        parents=[common],
        help=translate("SignIn", "a meeting's sign-in sheet to a PDF file"),
    )
    sheet.add_argument(
        "--meeting",
        type=int,
        required=True,
        metavar="ID",
        help=translate("SignIn", "id of the meeting"),
    )
    sheet.add_argument("--out", type=Path, required=True, metavar="FILE")
    sheet.add_argument(
        "--force", action="store_true", help=translate("SignIn", "replace FILE if it exists")
    )
    sheet.set_defaults(handler=export_attendance_sheet)


def _open(options: argparse.Namespace) -> Any:
    from lagdesk.db.database import open_database

    path = getattr(options, "db", None)
    if path is None:
        from lagdesk.core.paths import default_database_path

        path = default_database_path()
    return open_database(path, create=False)


def export_attendance_sheet(options: argparse.Namespace) -> int:
    from lagdesk.core.errors import LagdeskError
    from lagdesk.core.sign_in import sign_in_sheet
    from lagdesk.reports.pdf import write_sign_in_pdf

    out = Path(options.out)
    if out.exists() and not options.force:
        raise LagdeskError(
            translate(
                "SignIn", "{path} exists already; choose another name or add --force."
            ).format(path=out)
        )
    if not out.parent.is_dir():
        raise LagdeskError(
            translate("SignIn", "{path}: the folder does not exist.").format(path=out.parent)
        )
    with _open(options) as database:
        sheet = sign_in_sheet(database, options.meeting)
    pages = write_sign_in_pdf(sheet, out)
    print(
        translate(
            "SignIn", "Sign-in sheet for {people} people written to {path} ({pages} pages)."
        ).format(people=len(sheet.invited), path=out, pages=pages)
    )
    return 0
