"""`lagdesk export calendar` and `lagdesk import calendar`: meetings as iCalendar (.ics) files.

Both exit 0 after one line saying what they did; a problem (file exists, not an .ics file,
an event that ends before it starts, ...) exits 1 with one line on stderr, nothing written.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from lagdesk.cli import (
    add_output_options,
    add_subject,
    add_wait_option,
    checked_output,
    open_database_for_reading,
    open_database_for_writing,
)
from lagdesk.i18n import translate


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Calendar", "{text} is not a date like 2024-03-31").format(text=text)
        ) from None


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add `export calendar` and `import calendar` to the lagdesk command line."""
    export = add_subject(
        commands,
        common,
        "export calendar",
        translate("Calendar", "meetings to an iCalendar (.ics) file"),
    )
    add_output_options(export)
    export.add_argument(
        "--from",
        dest="start",
        type=_day,
        metavar="DATE",
        help=translate("Calendar", "only meetings starting on or after DATE (YYYY-MM-DD)"),
    )
    export.add_argument(
        "--to",
        dest="end",
        type=_day,
        metavar="DATE",
        help=translate("Calendar", "only meetings starting on or before DATE (YYYY-MM-DD)"),
    )
    export.set_defaults(handler=export_calendar)

    invitation = add_subject(
        commands,
        common,
        "import calendar",
        translate("Calendar", "a meeting from an iCalendar (.ics) invitation"),
    )
    invitation.add_argument("file", type=Path, metavar="FILE")
    add_wait_option(invitation)
    invitation.set_defaults(handler=import_calendar)


def export_calendar(options: argparse.Namespace) -> int:
    from lagdesk.core.meetings.ics import export_calendar as export

    out = checked_output(options)
    with open_database_for_reading(options) as database:
        written = export(database, out, start=options.start, end=options.end)
    print(
        translate("Calendar", "{count} meeting(s) written to {path}.").format(
            count=written, path=out
        )
    )
    return 0


def import_calendar(options: argparse.Namespace) -> int:
    from lagdesk.core.meetings.ics import parse_invitation
    from lagdesk.core.support.store import save
    from lagdesk.core.support.zones import local_iso

    # Read the file first, so that a bad file is reported even before the database opens.
    meeting = parse_invitation(options.file)
    with open_database_for_writing(options) as database:
        saved = save(database, meeting)
    print(
        translate("Calendar", "Meeting {id} imported: {title}, {start} ({zone}).").format(
            id=saved.id,
            title=saved.title,
            start=local_iso(saved.starts_at, saved.timezone),
            zone=saved.timezone,
        )
    )
    return 0
