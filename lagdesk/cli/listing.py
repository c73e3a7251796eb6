"""`lagdesk list SUBJECT`: the records of one area as TSV or JSON, for scripts and quick checks."""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

from lagdesk.cli import CommandError, open_database_for_reading
from lagdesk.i18n import translate

LIST_SUBJECTS = (
    "people",
    "organisations",
    "meetings",
    "actions",
    "indicators",
    "measurements",
    "attendance",
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add `list SUBJECT` to the lagdesk command line."""
    listing = commands.add_parser(
        "list", parents=[common], help=translate("CommandLine", "print a list of records")
    )
    listing.add_argument("subject", choices=LIST_SUBJECTS)
    listing.add_argument("--format", choices=("tsv", "json"), default="tsv")
    listing.add_argument(
        "--meeting",
        type=int,
        metavar="ID",
        help=translate("CommandLine", "attendance: only this meeting"),
    )
    listing.add_argument(
        "--as-of",
        type=iso_date,
        metavar="DATE",
        help=translate("CommandLine", "indicators: progress as of DATE (YYYY-MM-DD), not today"),
    )
    listing.set_defaults(handler=list_records)


def list_records(options: argparse.Namespace) -> int:
    from lagdesk.core.reporting.listing import LISTINGS, list_attendance, list_indicators

    if options.meeting is not None and options.subject != "attendance":
        raise CommandError(translate("CommandLine", "--meeting goes with list attendance only"))
    if options.as_of is not None and options.subject != "indicators":
        raise CommandError(translate("CommandLine", "--as-of goes with list indicators only"))
    with open_database_for_reading(options) as database:
        if options.subject == "attendance":
            listing = list_attendance(database, options.meeting)
        elif options.subject == "indicators":
            listing = list_indicators(database, options.as_of)
        else:
            listing = LISTINGS[options.subject](database)
    if options.format == "json":
        json.dump(listing.as_dicts(), sys.stdout, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        write_tsv(sys.stdout, listing.columns, listing.rows)
    return 0


def iso_date(text: str) -> date:
    """An --as-of value: a calendar date written YYYY-MM-DD (a usage error otherwise)."""
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(
        translate("CommandLine", "{text} is not a date; write it as YYYY-MM-DD").format(
            text=repr(text)
        )
    )


def write_tsv(stream: TextIO, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    writer.writerows(["" if value is None else value for value in row] for row in rows)
