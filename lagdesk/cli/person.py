"""``lagdesk person export|erase``: answer a person's access or erasure request from a shell.

Erasing cannot be undone, so it asks first; where there is nobody to ask (a script, a
pipe) it refuses unless --yes says the question was answered beforehand.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lagdesk.cli import (
    add_wait_option,
    open_database_for_reading,
    open_database_for_writing,
)
from lagdesk.errors import UserError
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate

#: What the records are called whose link to an erased person is cleared, by table.
KEPT = {
    "task": QT_TRANSLATE_NOOP("PersonalData", "tasks"),
    "action": QT_TRANSLATE_NOOP("PersonalData", "actions"),
    "risk": QT_TRANSLATE_NOOP("PersonalData", "risks"),
    "indicator": QT_TRANSLATE_NOOP("PersonalData", "indicators"),
}


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``person`` with its ``export`` and ``erase`` actions to the lagdesk command."""
    person = commands.add_parser(
        "person",
        parents=[common],
        help=translate("PersonalData", "export or erase what lagdesk holds about one person"),
    )
    actions = person.add_subparsers(dest="person_action", metavar="ACTION")
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument(
        "--person",
        required=True,
        metavar="ID_OR_EMAIL",
        help=translate("PersonalData", "the person's id or e-mail"),
    )

    export = actions.add_parser(
        "export",
        parents=[common, who],
        help=translate(
            "PersonalData", "write everything held about the person to FILE.json and FILE.html"
        ),
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    export.set_defaults(handler=export_command)

    erase = actions.add_parser(
        "erase",
        parents=[common, who],
        help=translate(
            "PersonalData", "erase the person, keeping their attendance as anonymous counts"
        ),
    )
    erase.add_argument(
        "--yes", action="store_true", help=translate("PersonalData", "do not ask for confirmation")
    )
    add_wait_option(erase)
    erase.set_defaults(handler=erase_command)


def export_command(options: argparse.Namespace) -> int:
    from lagdesk.core.stakeholders.personal_data import export_person, find_person

    with open_database_for_reading(options) as database:
        person = find_person(database, options.person)
        assert person.id is not None
        written = export_person(database, person.id, Path(options.out))
    name = f"{person.first_name} {person.last_name}".strip()
    print(translate("PersonalData", "Personal data of {name} written to:").format(name=name))
    for path in written:
        print(f"  {path}")
    return 0


def _confirmed(name: str, person_id: int, path: Path) -> bool:
    """Ask on the terminal; refuse outright when there is none to ask on."""
    if not sys.stdin.isatty():
        text = translate(
            "PersonalData",
            "Erasing {name} cannot be undone and there is no terminal to confirm it on: add --yes to erase without asking.",
        )
        raise UserError(text.format(name=name))
    question = translate(
        "PersonalData",
        "Erase {name} (id {id}) from {path}? This cannot be undone. Type yes to confirm: ",
    )
    try:
        answer = input(question.format(name=name, id=person_id, path=path)).strip().casefold()
    except EOFError:
        return False
    return answer in {"yes", "y", translate("PersonalData", "yes").casefold()}


def erase_command(options: argparse.Namespace) -> int:
    from lagdesk.core.stakeholders.personal_data import erase_person, find_person

    with open_database_for_writing(options) as database:
        person = find_person(database, options.person)
        assert person.id is not None
        name = f"{person.first_name} {person.last_name}".strip()
        if not options.yes and not _confirmed(name, person.id, database.path):
            print(translate("PersonalData", "Nothing was erased."))
            return 1
        report = erase_person(database, person.id)
    removed = report.removed
    summary = translate(
        "PersonalData",
        "Erased {name}. Meetings kept as anonymous counts: {meetings}. Removed: group memberships {memberships}, power/interest assessments {assessments}, consent records {consents}, attendance records {attendance}.",
    )
    print(
        summary.format(
            name=report.name,
            meetings=report.meetings_counted,
            memberships=removed.get("group_membership", 0),
            assessments=removed.get("power_interest_assessment", 0),
            consents=removed.get("consent_record", 0),
            attendance=removed.get("attendance", 0),
        )
    )
    if removed.get("attachment"):
        photos = translate("PersonalData", "Photos showing them, deleted: {photos}.")
        print(photos.format(photos=removed["attachment"]))
    kept = []
    for table, count in sorted(report.unlinked.items()):
        if count:
            kept.append(f"{translate('PersonalData', KEPT.get(table, table))} {count}")
    if kept:
        text = translate("PersonalData", "Kept without an owner or person responsible: {records}.")
        print(text.format(records=", ".join(kept)))
    if report.mentions:
        print(translate("PersonalData", "Free text still names them; edit it where it should not:"))
    for mention in report.mentions:
        where = translate("PersonalData", "{table}.{column}, record {id}")
        print("  " + where.format(id=mention["row_id"], **mention))
    if not report.traces_cleared:
        warning = translate(
            "PersonalData",
            "Warning: another program was using {path}, so old copies of the erased data may remain in unused parts of the file. Close every program using it and compact the file before sharing or backing it up.",
        )
        print(warning.format(path=database.path), file=sys.stderr)
        return 1
    return 0
